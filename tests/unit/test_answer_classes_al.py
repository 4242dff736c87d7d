"""Classes of the 2026-12-03 morning session: a person on a meeting's list asked about in
few words ("steen pedersen med feb 2023?", "Jette Raus titel i 2015"), and the archive's
oldest or newest minutes named as a "referat". Each test fails on the code before."""

from __future__ import annotations

from datetime import date

import pytest

from rag.catalog import MeetingInfo
from rag.query import parse_question
from referat.danish import stems
from referat.periods import find_period
from tests.unit.conftest import COMMITTEE


@pytest.mark.parametrize("question", [
    "Steen Pedersen med feb 2023?",
    "Hvad var Jette Raus titel i 2015?",
    "Christian Skjæran parti 2015 møde",
    "Musa Kekec med 18/3-25?",
])
def test_a_listed_person_asked_in_few_words_asks_the_meetings_list(question: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


@pytest.mark.parametrize("question", [
    "Hvad sagde Anja Holtze med hensyn til budgettet i 2024?",
    "Hvilken rolle har jobcentret i IPS-indsatsen?",
    "Hvilket parti stemte imod forslaget om studieturen?",
])
def test_a_name_or_a_role_word_beside_a_matter_is_no_meeting_question(question: str) -> None:
    assert parse_question(question).kind != "meeting"


def _meeting(archive):  # noqa: ANN001, ANN202 - the conftest's FakeArchive
    """18 March 2025: Musa Kekec sends apologies, and an item's title names him."""
    return archive.add_meeting(MeetingInfo(
        "Ballerup", COMMITTEE, date(2025, 3, 18), "15:00", "Toms Allé nr. 1",
        ["Anja Holtze (A)", "Lars Green Bach (B)", "Jette Rau (erhvervschef)"],
        ["Musa Kekec (A)"],
        [(1, "Besøg hos Toms Gruppen", False),
         (2, "Valg af midlertidig formand under Musa Kekecs (A) fravær", False)],
        "referat", "x.txt"))


def test_a_person_named_in_an_items_title_is_still_found_on_the_list(archive,
                                                                      context) -> None:
    """"Deltog Musa Kekec i mødet 18/3-25?" — his name is also in item 2's title; the
    answer is his own entry (afbud), opening with Nej, not the whole list."""
    from rag.compose.meeting import compose_meeting

    page = _meeting(archive)
    answer = compose_meeting(context("Deltog Musa Kekec i mødet 18/3-25?", [page]))
    assert answer.text.startswith("Nej.")
    assert "Musa Kekec (A) — afbud" in answer.text and "Anja Holtze" not in answer.text


def test_a_genitive_names_the_person(archive, context) -> None:
    from rag.compose.meeting import compose_meeting

    page = _meeting(archive)
    answer = compose_meeting(context("Hvad var Jette Raus titel i marts 2025?", [page]))
    assert "Jette Rau (erhvervschef) — deltog" in answer.text


def test_a_party_named_in_words_is_no_person(archive, context) -> None:
    """"Var der nogen fra Radikale Venstre med …?" asks for the party's member."""
    from rag.compose.meeting import compose_meeting

    page = _meeting(archive)
    answer = compose_meeting(context("Var der nogen fra Radikale Venstre med, da udvalget "
                                     "holdt møde hos Toms i marts 2025?", [page]))
    assert "Lars Green Bach (B)" in answer.text and "nævner ikke" not in answer.text


@pytest.mark.parametrize(("text", "relative"), [
    ("I det ældste referat – hvad var Jette Raus titel?", "first"),
    ("Hvad stod der i det seneste referat om IPS?", "latest"),
    ("i det forrige referat", "previous"),
])
def test_the_oldest_or_newest_minutes_name_a_meeting(text: str, relative: str) -> None:
    period = find_period(text)
    assert period is not None and period.relative == relative


def test_the_archive_is_no_topic() -> None:
    assert "arkiv" not in parse_question("Hvem deltog i det første møde i arkivet?").topic


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvilken placering fik Ballerup i Benchmarkingenhedens rapport?", "rank"),
    ("Hvilken plads havde Ballerup i regionen i 2015?", "rank"),
    ("Hvor godt har Ballerup placeret sig i sammenligningerne?", "rank"),
    ("Hvad sagde udvalget om placeringen af jobcentret?", "free"),
    ("hvad hedder rapporten, hvor alle kommuner rangeres?", "free"),
    ("Hvor mange kvadratmeter gav kommuneplanen plads til?", "count"),
    # (the review's: a place or a space is no rank)
    ("Hvilken placering har butikscentret i Bilbyen?", "free"),
    ("Hvilke pladser er der i fleksjob og løntilskud?", "free"),
    ("Hvor lavt lå ledigheden under COVID-19?", "quantity"),
    ("Hvilken plads har Ballerup i hovedstadsområdet for forsikrede ledige?", "rank"),
])
def test_a_place_in_a_ranking_is_its_own_asked_type(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked


def test_a_rank_is_a_value_an_item_number_is_not() -> None:
    from referat.values import RANK, find_values

    def ranks(text: str) -> list[str]:
        return [v.text for v in find_values(text, frozenset({RANK}))]

    assert ranks("Ballerup Kommune var nr. 44 ud af i alt 44 i regionen.") == [
        "nr. 44 ud af i alt 44"]
    assert ranks("For tredje år i træk topper Ballerup Kommune indekset.") == ["topper"]
    assert ranks("Lokalplan nr. 208 for butikscenter på Tempovej 17-23.") == []
    # (the review's: more ways to state one; a peak is none)
    assert ranks("Ballerup havde den 8. bedste udvikling.") == ["8. bedste"]
    assert ranks("Målet er at ligge i top ti i hovedstadsområdet.") == ["top ti"]
    assert ranks("Andelen toppede i 2020.") == []


def test_a_ranking_not_in_the_item_is_said_to_be_missing(archive, context) -> None:
    """"Hvilken placering fik Ballerup i Benchmarkingenhedens rapport?": the item tells of
    the report, not of a place in it — say so, do not quote the report's description."""
    from rag.compose.fact import compose_fact

    item = archive.add(date(2023, 2, 7), 8, "Uddannelsesindsatsen for unge", {
        "Sagsfremstilling": "Benchmarkingenheden har netop offentliggjort en ny rapport, der "
        "undersøger, hvor mange unge der er uden uddannelse eller beskæftigelse. Rapporten "
        "viser, at 7 pct. af de unge i Ballerup er uden uddannelse."})
    answer = compose_fact(context("Hvilken placering fik Ballerup i Benchmarkingenhedens "
                                  "rapport om unge uden uddannelse?", [item]))
    assert answer.declined and "nævner ikke placeringen" in answer.text
    ranked = archive.add(date(2015, 6, 9), 6, "Status 2014", {
        "Sagsfremstilling": "Benchmarkingenhedens rapport viser, at Ballerup Kommune er nr. "
        "11 ud af 44 i regionen."})
    answer = compose_fact(context("Hvilken placering fik Ballerup i Benchmarkingenhedens "
                                  "rapport?", [ranked]))
    assert "nr. 11 ud af 44" in answer.text and not answer.declined


def test_a_yes_needs_the_decision_to_be_on_what_is_asked(archive, context) -> None:
    """"Besluttede udvalget at stoppe mentorstøtte til ledige over 30 år?" and the item
    approved a proposal on mentors for the young: the approval is quoted, but it is no
    "Ja." to the question; "Blev mentorordningen for unge godkendt?" is."""
    from rag.compose.decision_answer import compose_decision

    item = archive.add(date(2015, 6, 9), 7, "Bevilling af mentorer", {
        "Indstilling": "Administrationen indstiller, at mentorstøtte til unge fremover "
        "kun bevilges til et uddannelses- eller jobrettet formål.",
        "Sagsfremstilling": "For ledige over 30 år kan mentorstøtten kombineres med "
        "sundhed og misbrug. Udgifterne til mentorer er steget.",
        "Beslutning": "Indstillingen godkendt."})
    answer = compose_decision(context("Er det rigtigt, at udvalget i juni 2015 besluttede "
                                      "at stoppe mentorstøtte til ledige over 30 år?",
                                      [item]), item)
    assert answer is not None and not answer.text.startswith("Ja")
    assert "Indstillingen godkendt" in answer.text
    answer = compose_decision(context("Blev mentorstøtte til unge godkendt i juni 2015?",
                                      [item]), item)
    assert answer is not None and answer.text.startswith("Ja.")


def test_typed_abbreviations_of_titles_are_spelled_out() -> None:
    from referat.lexicon import expand_abbreviations

    assert expand_abbreviations("hvem var konst. centerchef feb 24") == (
        "hvem var konstitueret centerchef feb 24")
    assert expand_abbreviations("Hvem var Fmd. i 2025?") == "Hvem var formand i 2025?"
    # the minutes' own abbreviations and words that only begin the same stay
    assert expand_abbreviations("ca. 500.000 kr. jf. bl.a. direktøren") == (
        "ca. 500.000 kr. jf. bl.a. direktøren")


@pytest.mark.parametrize("question", [
    "Hvor mange politikere sad om bordet på vintermødet 2024?",
    "Hvor mange af de fremmødte politikere på udvalgsmødet i juni 2015 kom fra Venstre?",
])
def test_at_the_table_and_the_ones_who_came_ask_the_list(question: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_how_many_of_a_party_counts_its_entries(archive, context) -> None:
    from rag.compose.meeting import compose_meeting

    page = _meeting(archive)
    answer = compose_meeting(context("Hvor mange fra Socialdemokratiet (A) sad om bordet på "
                                     "mødet i marts 2025?", [page]))
    assert answer.text.startswith("1 deltog, 1 havde afbud.")
    assert "Anja Holtze (A) — deltog" in answer.text and "Musa Kekec (A) — afbud" in answer.text


def test_a_meeting_named_by_the_part_of_the_day() -> None:
    from rag.meeting_intent import meeting_named

    assert meeting_named("meldte fra til eftermiddagsmødet") and not meeting_named(
        "borgermødet")
    q = parse_question("Hvem af politikerne meldte fra til eftermiddagsmødet i september 2020?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "absentees")


def test_taking_something_in_is_no_vote() -> None:
    assert parse_question("Hvordan tog politikerne imod det i juni 2015?").kind == "decision"
    assert parse_question("Hvem stemte imod studieturen?").kind == "vote"


def test_a_yes_no_question_after_a_statement_is_yes_no() -> None:
    from rag.intent import is_yes_no

    assert is_yes_no("225-timersreglen var med i meddelelserne på vintermødet 2023. Blev der "
                     "lavet om på noget?")
    assert is_yes_no("Jeg underviser på FGU i Ballerup. Kommer vores elever med i "
                     "iværksætterindsatsen?")
    assert not is_yes_no("Antallet steg. Hvad gjorde udvalget?")


def test_a_part_answered_in_parts_is_headed_once() -> None:
    """"Hvilke firmaer … ifølge referaterne fra 2023 og 2025, og hvordan gik det?": the
    first part is answered per year under its own headings, not under the whole part's
    heading as well."""
    from rag.compose.multi import combine
    from referat.domain import Answer

    inner = combine("firmaer i 2023 og 2025?", ["firmaer i 2023?", "firmaer i 2025?"],
                    [Answer("a", "> Caverion."), Answer("b", "> Toms Gruppen.")])
    outer = combine("…", ["firmaer i 2023 og 2025?", "hvordan gik det?"],
                    [inner, Answer("c", "> Taget til efterretning.")])
    assert "**firmaer i 2023 og 2025?**" not in outer.text
    assert outer.text.count("**") == 6 and "**firmaer i 2023?**" in outer.text


# -- the review's counter-examples ---------------------------------------------------


def test_review_the_outcome_asked_is_the_questions_not_the_statements() -> None:
    from rag.compose.decision import yes_no_line

    assert yes_no_line("Besøget hos Caverion blev udsat. Blev det gennemført senere?",
                       "Udsættes") == "Sagen blev udsat."
    assert not yes_no_line("Lokalplanen blev taget til efterretning. Blev den også "
                           "godkendt?", "Taget til efterretning").startswith("Ja")


def test_review_how_one_member_voted_gets_no_yes_from_the_outcome(archive, context) -> None:
    from rag.compose.decision_answer import compose_decision

    item = archive.add(date(2025, 3, 18), 2, "Valg af midlertidig formand", {
        "Beslutning": "Laila Busted (A) indstillede Anja Holtze (A) som midlertidig "
        "formand. For stemte: Laila Busted (A), Anja Holtze (A). Undlod at stemme: Lars "
        "Green Bach (B). Indstillingen blev herefter godkendt."})
    answer = compose_decision(context("Stemte Lars Green Bach for Anja Holtze som "
                                      "midlertidig formand?", [item]), item)
    assert answer is not None and not answer.text.startswith("Ja")
    assert "Undlod at stemme" in answer.text


def test_review_a_genitive_is_no_other_person_of_that_surname() -> None:
    from rag.compose.people import _entries_naming

    meeting = MeetingInfo("Ballerup", COMMITTEE, date(2025, 3, 18), "", "Rådhuset",
                          ["Erling Andersen (A)", "Jette Rau (erhvervschef)"], [], [],
                          "referat", "x.txt")
    assert _entries_naming(meeting, set(stems("Kenneth Andersens", frozenset()))) == []
    assert _entries_naming(meeting, set(stems("Jette Raus", frozenset()))) == [
        "Jette Rau (erhvervschef)"]


@pytest.mark.parametrize("question", [
    "Hvad kom Katrine Joensen med?",
    "Hvad var rollen for Toms Gruppen på mødet i 2025?",
    "Hvad er stillingen i sagen om Toms Gruppen?",
])
def test_review_a_name_or_a_role_word_alone_does_not_ask_the_list(question: str) -> None:
    assert parse_question(question).kind != "meeting"


def test_review_a_guest_named_in_a_title_is_read_from_the_item(archive, context) -> None:
    from rag.compose.meeting import compose_meeting

    page = archive.add_meeting(MeetingInfo(
        "Ballerup", COMMITTEE, date(2023, 2, 7), "", "Rådhuset",
        ["Anja Holtze (A)"], [], [(3, "Besøg af Erhvervshus Hovedstadens direktør, Katrine "
                                      "Joensen", False)], "referat", "x.txt"))
    archive.add(date(2023, 2, 7), 3, "Besøg af Erhvervshus Hovedstadens direktør, Katrine "
                "Joensen", {"Sagsfremstilling": "Direktør Katrine Joensen fra Erhvervshus "
                            "Hovedstaden er inviteret til at fortælle om indsatsen."})
    answer = compose_meeting(context("Hvad er Katrine Joensens stilling i februar 2023?",
                                     [page]))
    assert "Direktør Katrine Joensen fra Erhvervshus" in answer.text


def test_review_a_meeting_named_by_its_part_of_the_day_is_the_one_that_began_then() -> None:
    from referat.day_parts import begins_in, part_of_day_meeting

    assert part_of_day_meeting("Hvem deltog i eftermiddagsmødet?") == (
        "eftermiddagsmøde", 12, 16)
    assert part_of_day_meeting("Hvem deltog i aftenmødet?")[0] == "aftenmøde"
    assert part_of_day_meeting("Hvem deltog i mødet?") is None
    assert begins_in("13:00", 12, 16) and not begins_in("08:00", 12, 16)


def test_a_day_and_the_committee_sitting_down_name_its_meeting() -> None:
    q = parse_question("Hvad var klokken, da EBU satte sig til bords den 6/2-24?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")
    assert parse_question("Hvad var klokken den 6/2-24?").kind != "meeting"


def test_a_rumour_is_how_it_is_asked_not_the_matter() -> None:
    q = parse_question("Folk siger, at de små firmaer forlader Ballerup. Er der noget om "
                       "snakken?")
    assert "snak" not in q.topic and "snakk" not in q.topic
