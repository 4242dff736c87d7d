"""Answer classes found by the f-batch (40 questions scored before any fix): several
periods side by side ("i 2022 og i 2024"), a period of the matter mistaken for the
meeting's ("nytårskuren i januar 2024 – tog udvalget det til efterretning?"), "vinteren
2024", the date in the sentence before the one naming the topic, compounds of a money
word that ask no sum ("budgetramme"), past tense of strong verbs, and the meeting's
list read for the administration or for one person's title."""

from __future__ import annotations

from datetime import date

import pytest

from rag.compose.multi import period_parts
from rag.intent import asked_type
from rag.query import parse_question
from referat.periods import find_period

FEB_2023 = date(2023, 2, 7)


@pytest.mark.parametrize(("question", "parts"), [
    ("Hvor mange var ansat i løntilskud i kommunen i 2024 og 2022?",
     ["Hvor mange var ansat i løntilskud i kommunen i 2022?",
      "Hvor mange var ansat i løntilskud i kommunen i 2024?"]),
    ("Hvilken stilling havde han på udvalgsmødet i september 2020, og på mødet i februar "
     "2024?", ["Hvilken stilling havde han på udvalgsmødet i september 2020?",
               "Hvilken stilling havde han på udvalgsmødet i februar 2024?"]),
    ("hvad skete der på møderne i juni og september 2020",
     ["hvad skete der på møderne i juni 2020", "hvad skete der på møderne i september 2020"]),
    ("Hvad har Ballerup lavet sammen med Gladsaxe ifølge referaterne fra 2023 og 2024?",
     ["Hvad har Ballerup lavet sammen med Gladsaxe ifølge referaterne fra 2023?",
      "Hvad har Ballerup lavet sammen med Gladsaxe ifølge referaterne fra 2024?"]),
])
def test_periods_side_by_side_are_one_question_each_in_date_order(
        question: str, parts: list[str]) -> None:
    assert period_parts(question) == parts


@pytest.mark.parametrize("question", [
    "Hvordan udviklede ledigheden sig fra 2015 til 2024?",
    "Hvordan var ledigheden mellem 2019 og 2020?",
    "hvad besluttede udvalget om studieturen i 2023?",
])
def test_a_range_or_one_period_is_not_split(question: str) -> None:
    assert period_parts(question) == []


@pytest.mark.parametrize(("question", "acts_then"), [
    ("hvad besluttede udvalget om SKP og mentorstøtte i efteråret 2015?", True),
    ("nytårskuren om AI i januar 2024 - tog udvalget det til orientering?", False),
    ("Musa Kekec holdt ferie i juli 2015. Skulle udvalget godkende, hvem der tog over?",
     False),
    ("har udvalget besluttet at tage med til jobcamp i aalborg til oktober", False),
])
def test_a_period_is_the_acts_only_in_the_clause_of_the_act(question: str,
                                                            acts_then: bool) -> None:
    from rag.scope import _acts_then

    assert _acts_then(question) is acts_then


class _NoMeetings:
    """A lookup whose archive holds no meeting in any asked period."""

    class names:  # noqa: N801 - mirrors the retriever's attribute
        municipalities = ["Ballerup"]

        @staticmethod
        def committees_in(text: str) -> list[str]:
            return []

        @staticmethod
        def municipalities_in(text: str) -> list[str]:
            return []

        @staticmethod
        def name_words(text: str) -> set[str]:
            return set()

    @staticmethod
    def meetings_in(filters: object) -> list[object]:
        # a meeting exists only when no period is asked
        return [] if getattr(filters, "date_from", None) else [object()]


def test_a_matters_period_without_a_meeting_is_a_preference_not_a_dead_end() -> None:
    """No meeting in January 2024, and the question puts none of the committee's acts
    then: retrieve everywhere and prefer what names January 2024; a period of the act
    with no meeting says so."""
    from rag.scope import scope

    q = parse_question("nytårskuren om kunstig intelligens i januar 2024 - tog udvalget "
                       "det til efterretning?")
    filters, note = scope(q, None, _NoMeetings())
    assert note is None and filters.date_from is None and "januar 2024" in q.unreported
    q = parse_question("hvad besluttede udvalget om mentorstøtte i efteråret 2015?")
    _, note = scope(q, None, _NoMeetings())
    assert note is not None and "Der er intet møde i efteråret 2015" in note


def test_winter_named_by_a_year_is_the_winter_of_its_january() -> None:
    winter = find_period("referatet fra vinteren 2024")
    assert (winter.start, winter.end) == (date(2023, 12, 1), date(2024, 2, 29))
    later = find_period("i vinteren 2024/25")
    assert (later.start, later.end) == (date(2024, 12, 1), date(2025, 2, 28))


def test_the_date_in_the_sentence_before_answers_when(archive, context) -> None:
    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 2, 6), 9, "Evaluering af samarbejdet med Idrætsfællesskabet", {
        "Sagsfremstilling": (
            "Den 23. november 2023 blev der afholdt et evalueringsmøde med Idrætsfællesskabet. "
            "Der blev aftalt følgende: samarbejdet med Idrætsfællesskabet forlænges i 1. "
            "halvår 2024. Forløbet er med to ugentlige fremmøder.")})
    answer = compose_fact(context("Hvornår blev det aftalt at forlænge samarbejdet med "
                                  "Idrætsfællesskabet?", [item]))
    assert not answer.declined and "23. november 2023" in answer.text
    assert "forlænges" in answer.text


@pytest.mark.parametrize(("question", "kind"), [
    ("Under hvilken budgetramme ligger ordningen med støttekontaktpersoner?", "free"),
    ("Hvad stod der i budgetaftalen om iværksætteri?", "free"),
    ("Hvad er budgettet for studieturen?", "amount"),
    ("Hvilket tilskud fik foreningen?", "amount"),
])
def test_a_money_compound_with_another_head_asks_no_sum(question: str, kind: str) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize(("asked", "written"), [
    ("beskrev", "beskrives"), ("hang", "hænger"), ("steg", "stiger"), ("ai", "kunstig"),
])
def test_the_past_of_a_strong_verb_and_everyday_abbreviations_match(asked: str,
                                                                    written: str) -> None:
    from rag.confidence import match_weight
    from referat.danish import stems

    assert match_weight(stems(asked)[0], set(stems(written))) > 0


def test_the_administration_at_a_meeting_is_the_list_without_its_politicians(
        front_page, context) -> None:
    from rag.compose.meeting import compose_meeting

    question = "Hvem repræsenterede forvaltningen ved udvalgsmødet den 7. februar 2023?"
    assert parse_question(question).meeting_aspect == "attendees"
    answer = compose_meeting(context(question, [front_page]))
    assert "Wolstrup" in answer.text and "Steen Pedersen" in answer.text
    assert "Per Kensø" in answer.text and "afbud" in answer.text
    assert "Musa Kekec" not in answer.text and "Allan Kristensen" not in answer.text


def test_a_persons_title_at_a_meeting_is_read_from_its_list(front_page, context) -> None:
    from rag.compose.people import role_holder

    front = front_page
    answer = role_holder(context("Var Allan Kristensen stadig 2. viceborgmester da udvalget "
                                 "mødtes 7/2-23?", [front]), "yesno")
    assert answer is not None and "Allan Kristensen (C) (2. viceborgmester) — deltog" in answer.text
    # a question about a decision at the meeting is not about a person's entry
    assert role_holder(context("Var der fuld enighed om at gøre Anja Holtze til formand på "
                               "mødet?", [front]), "yesno") is None


# -- the g-batch ------------------------------------------------------------------------


def test_a_first_part_without_a_matter_takes_the_later_parts() -> None:
    from rag.compose.multi import split_parts

    parts = split_parts("Hvad gik godt og hvad gik skidt med forløbene hos "
                        "Idrætsfællesskabet?")
    assert parts == ["Hvad gik godt forløbene hos Idrætsfællesskabet?",
                     "hvad gik skidt med forløbene hos Idrætsfællesskabet?"]


def test_a_party_asked_of_a_named_meeting_is_read_from_that_meetings_list(
        archive, context) -> None:
    """Enhedslisten sat with the committee in February 2024, not in March 2025: the
    March list answers, saying that no one of Ø is on it."""
    from rag.catalog import MeetingInfo
    from rag.compose.people import role_holder

    march = archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", date(2025, 3, 18), "08:00", "Toms", ["Anja Holtze (A)",
                                                            "André Amingsø (D)"], [],
        [(1, "Besøg hos Toms Gruppen", False)], "referat", "x.txt"))
    february = archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", date(2024, 2, 6), "08:00", "Rådhuset", ["Saima B. Inanc (Ø)"],
        [], [(1, "Meddelelser", False)], "referat", "y.txt"))
    answer = role_holder(context("Var Enhedslisten med, da udvalget holdt møde hos Toms i "
                                 "marts 2025?", [february, march]), "yesno")
    assert answer is not None and "18. marts 2025 nævner ingen fra Enhedslisten (Ø)" in answer.text
    assert "André Amingsø (D)" in answer.text and "Saima" not in answer.text


def test_a_name_in_the_question_is_not_the_counted_noun(archive, context) -> None:
    from rag.compose.fact import compose_fact

    item = archive.add(date(2023, 2, 7), 3, "Besøg af Erhvervshus Hovedstadens direktør", {
        "Baggrund": ("Der er seks erhvervshuse med kontorer 12 steder i landet, hvor "
                     "iværksættere kan få hjælp. Erhvervshus Hovedstaden hjælper "
                     "virksomheder i hovedstadsregionen.")})
    answer = compose_fact(context("hvor mange iværksættere fra Ballerup har fået hjælp hos "
                                  "Erhvervshus Hovedstaden?", [item]))
    assert answer.declined and "seks erhvervshuse" not in answer.text


def _with_closed_item(archive):  # noqa: ANN001, ANN202 - the fixture's archive; an item
    """A meeting whose item 12 is closed ("Status på leverandørsamarbejdet"), and its
    open item 10 as the one search found."""
    from rag.catalog import MeetingInfo

    day = date(2024, 2, 6)
    archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", day, "", "Rådhuset", [], [],
        [(10, "Orientering om nytteindsatsen", False),
         (12, "Status på leverandørsamarbejdet", True)], "referat", "x.txt"))
    return archive.add(day, 10, "Orientering om nytteindsatsen", {
        "Sagsfremstilling": "Status for nyttejob i kommunen. Aftalen med FOA er undervejs."},
        committee="EBU")


def test_a_closed_item_named_only_by_its_title_is_found(archive, context) -> None:
    """"leverandører" begins "leverandørsamarbejdet", the title of the meeting's closed
    item; a title word alone ("status") does not point at it."""
    from rag.compose.closed import closed_item

    found = _with_closed_item(archive)
    item = closed_item(context("Stemmer det, at udvalget opsagde aftalen med en af "
                               "kommunens leverandører på mødet 6/2-2024?", [found]))
    assert item is not None and item.punkt == 12 and item.closed
    assert closed_item(context("Hvad var status for nyttejob på mødet 6/2-2024?",
                               [found])) is None


def test_who_is_invited_asks_for_a_group() -> None:
    assert asked_type("hvem skal inviteres til iværksætterdagen som mulige kunder") == "free"


def test_when_another_body_decided_is_the_earlier_treatment_the_item_names(
        archive, context) -> None:
    """The committee only took note; "hvornår blev det besluttet …?" is answered by the
    item's "Tidligere behandling" line, not by a date of the rollout."""
    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 2, 6), 11, "Status på indførelse af røgfri arbejdstid", {
        "Tidligere behandling": "Kommunalbestyrelsen den 19. juni 2023 Punkt 14",
        "Sammendrag": ("Der gives en status på indførelse af røgfri arbejdstid, som træder "
                       "i kraft den 1. april 2024."),
        "Beslutning": "Taget til efterretning"})
    answer = compose_fact(context("Hvornår blev det besluttet at indføre røgfri "
                                  "arbejdstid?", [item]))
    assert "Kommunalbestyrelsen den 19. juni 2023" in answer.text


def test_quoted_sentences_with_text_between_them_are_marked_apart(archive, context) -> None:
    """Two sentences that do not follow each other in the minutes are not quoted as one
    continuous text: the gap is "[…]"; sentences that follow each other stay joined."""
    from rag.compose.passage import ELISION, Quote, joined

    text = ("Studieturen går til Lund. Turen varer to dage. Udvalget bor på hotel. "
            "Prisen er 85.000 kr.")
    item = archive.add(date(2023, 2, 7), 5, "Studietur til Lund", {"Sagsfremstilling": text})
    ctx = context("studieturen", [item])

    def quote(sentence: str) -> Quote:
        return Quote(item, "Sagsfremstilling", sentence, 1.0)

    assert joined(ctx, [quote("Studieturen går til Lund."), quote("Turen varer to dage.")]) \
        == "Studieturen går til Lund. Turen varer to dage."
    assert joined(ctx, [quote("Studieturen går til Lund."), quote("Prisen er 85.000 kr.")]) \
        == "Studieturen går til Lund." + ELISION + "Prisen er 85.000 kr."


def test_the_sources_panel_marks_each_part_of_an_elided_quote() -> None:
    from rag.compose.passage import ELISION
    from ui.render import _mark

    text = "Studieturen går til Lund i efteråret. Turen varer to dage. Prisen er 85.000 kr."
    marked = _mark(text, "Studieturen går til Lund i efteråret." + ELISION
                   + "Prisen er 85.000 kr.")
    assert marked.count("<mark>") == 2 and "<mark>Turen" not in marked


def test_a_closed_item_found_by_its_title_is_first_among_the_sources(archive, context) -> None:
    from rag.compose.closed import closed_item, compose_closed

    found = _with_closed_item(archive)
    ctx = context("Opsagde udvalget aftalen med en af leverandørerne den 6/2-2024?", [found])
    answer = compose_closed(ctx, closed_item(ctx))
    assert answer.retrieved[0].punkt == 12 and answer.citations[0].ref.punkt == 12
    assert "lukket punkt" in answer.text
