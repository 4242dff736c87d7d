"""Classes found by the `ai` batch (questions typed on a phone: "feb 24", "udv", no
Danish letters) and the `aj` batch (details deep in long items). Each test fails on the
code before its fix."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from rag.intent import asks_decision
from rag.names import ArchiveNames
from rag.query import parse_question
from rag.scope import scope
from referat.periods import find_periods


def _periods(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(p.kind, p.year, p.month) for p in find_periods(text)]


def test_two_years_after_fra_are_two_years_not_a_range() -> None:
    assert _periods("ifølge referaterne fra 2023 og 2024") == [("year", 2023, None),
                                                              ("year", 2024, None)]
    assert _periods("fra 2015 til 2024") == [("range", 2015, None)]
    assert _periods("mellem 2019 og 2020") == [("range", 2019, None)]


@pytest.mark.parametrize(("text", "year", "month"), [
    ("leverandørsamarbejdet feb 24 blev det godkendt", 2024, 2),
    ("exometric analyse sept 20 tog de den til efterretning", 2020, 9),
])
def test_a_two_digit_year_before_a_verb(text: str, year: int,
                                                          month: int) -> None:
    assert _periods(text) == [("month", year, month)]


def test_a_count_or_a_day_after_a_month_is_not_a_year() -> None:
    assert _periods("i juni 15 unge") == [("month", None, 6)]
    assert _periods("mødet marts 18 hvem var der") == [("month", None, 3)]


@pytest.mark.parametrize(("question", "not_topic"), [
    ("Hvorfor fik erhvervslivet sit eget kommunebrand?", "eget"),
    ("Laver Ballerup kortdata om firmaerne helt alene?", "helt"),
    ("Hvem fortalte politikerne om unge og uddannelse?", "politik"),
])
def test_words_of_the_asking_are_not_the_matter(question: str, not_topic: str) -> None:
    """"eget", "helt alene", "politikerne" (the committee) are how people ask, not what
    an item must name: as topic words they cost the right item its confidence."""
    assert not_topic not in parse_question(question).topic


def test_udv_is_the_committee_in_a_decision_question() -> None:
    assert asks_decision("socialt ansvar q2 2015 hvad gjorde udv")
    assert "udv" not in parse_question("socialt ansvar q2 2015 hvad gjorde udv").topic


def test_a_title_asked_of_a_month_is_read_from_that_months_meeting() -> None:
    """"hvem var konstitueret centerchef i februar 2024?" is the February meeting's list
    (a preference found no item "about" February and declined); "hvem fik flest
    henvendelser i februar 2024?" keeps the month as the data's period."""
    feb = SimpleNamespace(date=date(2024, 2, 6))
    lookup = SimpleNamespace(names=ArchiveNames(["Ballerup"], ["EBU"]),
                             meetings_in=lambda f: [feb] if not f.date_from or (
                                 f.date_from <= feb.date <= f.date_to) else [])
    title = parse_question("hvem var konstitueret centerchef i februar 2024")
    filters, note = scope(title, None, lookup)
    assert note is None and filters.date_from == date(2024, 2, 1)
    other = parse_question("hvem fik flest henvendelser i februar 2024")
    assert scope(other, None, lookup)[0].date_from is None


@pytest.mark.parametrize("question", [
    "I udkastet var et af fokusområderne arbejdskraft. Gik udvalget med til udkastet på "
    "mødet i september 2020?",
    "Ballerup har en overledighed på sygedagpengeområdet. Gjorde udvalget mere end at "
    "notere tallene?",
])
def test_agreeing_or_doing_more_than_noting_asks_the_decision(question: str) -> None:
    assert parse_question(question).kind == "decision"


def test_taking_up_an_offer_is_not_a_vote_against() -> None:
    """"har taget imod et tilbud" receives; only "stemte imod", "var imod" votes."""
    from rag.roles import who_role

    q = ("Gladsaxe har ikke haft mange virksomheder, der har taget imod et tilsvarende "
         "tilbud. Hvordan begrunder administrationen alligevel at tilbyde energitjek?")
    assert parse_question(q).kind != "vote" and who_role(q) is None
    assert parse_question("var nogen imod studieturen?").kind == "vote"


def test_modested_alone_asks_where_the_meeting_was() -> None:
    """"mødested 8/9 2020" (no "hvor", no "mødet") asks the meeting's place."""
    from rag.meeting_intent import asks_aspect, meeting_named

    assert meeting_named("mødested 8/9 2020") and asks_aspect("mødested 8/9 2020", "place")


def test_small_words_typed_without_danish_letters() -> None:
    """"paa", "hvornaar" are in no index (stop words), yet they are Danish words."""
    from referat.lexicon import respell

    assert respell("hvornaar var moedet paa raadhuset", {"møde", "rådhus"}) == \
        "hvornår var mødet på rådhuset"
    assert respell("Michael Aabenraa", {"møde"}) == "Michael Aabenraa"


def test_the_place_of_x_is_not_x_itself() -> None:
    """"Hvor ligger Erhvervshus Hovedstadens kontor?" is not answered by "direktøren fra
    Erhvervshus Hovedstaden" (nor "i Ballerup Kommune", the asker's own); a place the
    question names as such ("i Lund") may stand in the answer."""
    from rag.compose.typed import only_given

    where = "Hvor ligger Erhvervshus Hovedstadens kontor, som Ballerups virksomheder bruger?"
    assert only_given("Direktør Katrine Joensen fra Erhvervshus Hovedstaden fortæller om "
                      "tilbud til iværksættere i Ballerup Kommune.", "place", where)
    assert not only_given("Kontoret ligger på Mileparken 9 i Skovlunde.", "place", where)
    assert not only_given("Det foreslås, at følgende fire steder indgår i studieturen til "
                          "Lund: 1. Medicon Village", "place",
                          "hvilke steder skal udvalget besøge i Lund")


def test_a_nationality_answers_which_country() -> None:
    from rag.compose.typed import holds

    question = "Hvilket land kommer ejerne af Caverion fra?"
    assert holds("Caverion er en international koncern, finsk ejet.", "place",
                 question=question)
    assert not holds("Caverion er en international koncern.", "place", question=question)


def test_why_without_a_because_shows_the_sentence_that_explains(archive, context) -> None:
    """"Hvorfor vil jobcentret samle nytteindsatsen på Lindbjergvej?": the sentence on the
    matter only describes the old practice; the one after it says what was wrong with it."""
    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 2, 6), 10, "Orientering om nytteindsatsen", {
        "Sagsfremstilling": "Der har tidligere været fokus på at sende borgere i "
        "nytteindsats fra Lindbjergvej ud på kommunens arbejdspladser, som f.eks. "
        "børnehaver. Den praksis med nytteindsats ude har dog ikke været benyttet ret "
        "aktivt. Budgettet er uændret i 2024."})
    answer = compose_fact(context("Hvorfor vil jobcentret samle nytteindsatsen på "
                                  "Lindbjergvej i stedet for at sende folk ud i "
                                  "børnehaver?", [item]))
    assert "ikke været benyttet ret aktivt" in answer.text
    assert "Budgettet" not in answer.text


def test_a_purpose_clause_gives_the_reason() -> None:
    from rag.compose.passage import REASON

    assert REASON.search("Samarbejdet skal forbedres, så KUI kan nå at tilbyde udsatte "
                         "elever tilbud.")
    assert not REASON.search("Så blev sagen taget til efterretning.")


def test_an_average_is_no_count_of_the_asked_things() -> None:
    """"hvor mange firmaer kom?" is not answered by "(gennemsnit på 3,04 ansatte)"; "hvor
    mange ansatte har de i gennemsnit?" is."""
    from rag.compose.typed import counts

    sentence = "Det er de små virksomheder som fraflytter (gennemsnit på 3,04 ansatte)."
    assert not counts("virksom", sentence, ["virksom", "tiltrækningskampagn"])
    assert counts("ansat", sentence, ["ansat", "virksom", "fraflyt"])
    assert counts("virksom", "I alt 27 virksomheder fraflyttede.", ["virksom"])


def test_presented_in_a_month_names_a_meeting_then() -> None:
    """"…, da den blev fremlagt i september 2023?" asks that month's meeting: with none
    in the archive the answer says so, instead of quoting the plan that announced it."""
    q = parse_question("Hvad fik udvalget at vide om status på iværksætterindsatsen, da den "
                       "blev fremlagt i september 2023?")
    assert q.names_meeting
    assert not parse_question("Hvor mange iværksættere var der i september 2023?").names_meeting


def test_a_verb_in_the_past_meets_its_other_forms() -> None:
    """Snowball leaves "flyttede" as "flytted": "hvor mange virksomheder flyttede væk?"
    met neither "flytter" nor the list label "Fraflyttere (102)"; "allerede" is no verb."""
    from rag.confidence import match_weight

    assert match_weight("flytted", {"flyt"}) == 1.0
    assert match_weight("flytted", {"fraflyt"}) > 0
    assert match_weight("allered", {"aller"}) == 0.0


def test_stemmer_det_asks_whether_it_is_true() -> None:
    assert parse_question("Stemmer det, at de fleste virksomheder gerne vil blive?").kind \
        != "vote"
    assert parse_question("hvem stemmer imod forslaget?").kind == "vote"


@pytest.mark.parametrize(("asked", "minutes"), [
    ("Hvor mange firmaer forlod Ballerup fra 2016 til 2020?", "1.106 fraflyttede"),
])
def test_everyday_words_for_the_minutes_words(asked: str, minutes: str) -> None:
    from rag.confidence import match_weight
    from referat.danish import stems

    have = set(stems(minutes))
    assert any(match_weight(t, have) > 0 for t in parse_question(asked).topic
               if t not in have and t not in {"ballerup", "2016", "2020", "2025"})


def test_items_by_outcome_span_the_meetings_when_none_is_named(archive, context) -> None:
    """"Hvilke sager blev udsat?" names no meeting: every meeting's postponed items, each
    with its meeting; "… på mødet i februar 2024?" only that meeting's."""
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting
    from tests.unit.conftest import COMMITTEE

    pages = []
    for day, punkt, title in ((date(2023, 2, 7), 1, "Besøg hos Caverion"),
                              (date(2024, 2, 6), 7, "Budgetaftale 2024")):
        pages.append(archive.add_meeting(MeetingInfo(
            "Ballerup", COMMITTEE, day, "", "Rådhuset", [], [],
            [(punkt, title, False), (punkt + 1, "Meddelelser", False)], "referat", "x")))
        archive.add(day, punkt, title, {"Beslutning": "Udsættes."})
        archive.add(day, punkt + 1, "Meddelelser", {"Beslutning": "Taget til efterretning."})
    answer = compose_meeting(context("Har udvalget på nogen af møderne valgt at udsætte en "
                                     "sag? Hvilke?", pages[::-1]))
    assert "Besøg hos Caverion" in answer.text and "Budgetaftale 2024" in answer.text
    assert len(answer.citations) == 2 and "Meddelelser" not in answer.text
    one = compose_meeting(context("Hvilke sager blev udsat på mødet i februar 2024?",
                                  pages[::-1]))
    assert "Budgetaftale 2024" in one.text and "Caverion" not in one.text


@pytest.mark.parametrize(("question", "kind"), [
    ("Gik de med til mødet hos Toms Gruppen?", "decision"),
    ("Gjorde man mere end 5 energitjek om året i Gladsaxe?", "decision"),
])
def test_review_going_along_and_doing_more_are_not_always_decisions(question: str,
                                                                    kind: str) -> None:
    assert parse_question(question).kind != kind


@pytest.mark.parametrize("question", [
    "Hvad skal behandles i september 2023 ifølge sagsoversigten?",
    "Hvornår blev strategien for arbejdsgiverens sociale ansvar behandlet i 2017?",
])
def test_review_a_plan_or_another_bodys_treatment_names_no_meeting(question: str) -> None:
    assert not parse_question(question).names_meeting


def test_review_outcome_lists_keep_a_named_meeting_and_a_why(archive, context) -> None:
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting
    from tests.unit.conftest import COMMITTEE

    pages = []
    for day, punkt, title in ((date(2023, 2, 7), 1, "Besøg hos Caverion"),
                              (date(2024, 2, 6), 7, "Budgetaftale 2024")):
        pages.append(archive.add_meeting(MeetingInfo(
            "Ballerup", COMMITTEE, day, "", "Caverion" if punkt == 1 else "Rådhuset", [],
            [], [(punkt, title, False)], "referat", "x")))
        archive.add(day, punkt, title, {"Beslutning": "Udsættes."})
    one = compose_meeting(context("Hvilke punkter blev udsat på mødet hos Caverion?",
                                  pages))
    assert "Caverion" in one.text and "Budgetaftale" not in one.text
    from rag.meeting_intent import asks_aspect
    assert not asks_aspect("Har udvalget valgt at udsætte en sag om budgetaftalen?",
                           "agenda")


def test_when_was_it_approved_and_it_was_approved_here(archive, context) -> None:
    """"hvornår blev studieturen godkendt?" of the item whose own decision approved it: the
    decision and its meeting, not the trip's dates in the text; an item that only took
    note of another body's decision keeps the date in its text."""
    from rag.compose.decision import decided_here

    trip = archive.add(date(2023, 2, 7), 5, "Studietur til Lund", {
        "Sagsfremstilling": "Studieturen gennemføres den 23.-24. november 2023.",
        "Beslutning": "Indstillingen godkendt."})
    assert decided_here(context("hvornår blev studieturen til Lund godkendt", [trip]))
    smoke = archive.add(date(2024, 2, 6), 11, "Røgfri arbejdstid", {
        "Sagsfremstilling": "Kommunalbestyrelsen besluttede den 19. juni 2023 røgfri "
                            "arbejdstid.", "Beslutning": "Taget til efterretning."})
    assert not decided_here(context("hvornår blev røgfri arbejdstid besluttet", [smoke]))


def test_henholdsvis_x_og_y_is_asked_of_each() -> None:
    from rag.compose.listed_parts import both_parts

    assert both_parts("Jeg er statistiker. Hvor mange procentpoint lå Ballerup fra "
                      "landsgennemsnittet på henholdsvis dagpengeledighed og "
                      "fleksjobledighed i nøgletallene?") == [
        "Jeg er statistiker. Hvor mange procentpoint lå Ballerup fra landsgennemsnittet "
        "på dagpengeledighed i nøgletallene?",
        "Jeg er statistiker. Hvor mange procentpoint lå Ballerup fra landsgennemsnittet "
        "på fleksjobledighed i nøgletallene?"]
    assert both_parts("De fik henholdsvis 3 og 4 stemmer.") == []


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvem får ifølge orienteringen om uddannelsesindsatsen tildelt en ungeguide?", "free"),
    ("Hvem får en oversigt over ansatte på særlige vilkår?", "free"),
    ("Hvem fik posten som næstformand?", "person"),
])
def test_who_receives_is_a_group_not_a_name(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked


def test_staff_firms_and_citizens_are_counted_apart() -> None:
    """"Hvor mange medarbejdere er der i Sygedagpengeteamet?" is not answered by "27
    borgere" nor by "medarbejdere fra STAR … med 21 borgere"; "hvor mange deltagere?"
    still is by "180 gæster"."""
    from rag.compose.typed import counts

    topic = ["medarbejd", "sygedagpengeteam"]
    assert not counts("medarbejd", "27 borgere havde indvilget i at deltage.", topic)
    assert not counts("medarbejd", "Herefter gennemførte medarbejdere fra STAR en række "
                                   "interviews med 21 borgere.", topic)
    assert counts("medarbejd", "Teamet har 12 ansatte.", topic)
    assert counts("deltag", "Der kom 180 gæster.", ["deltag", "nytårskur"])
