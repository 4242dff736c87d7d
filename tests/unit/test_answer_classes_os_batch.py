"""Answer classes found on the dev half of the os batch (other municipalities' minutes,
written blind): money asked as "hvor mange ekstra penge", members asked of a committee by
its own name, and a decision approving a point with its lettered sub-points."""

from __future__ import annotations

import pytest

from rag.compose.proposal import proposal_note
from rag.intent import asked_type
from rag.meeting_intent import MEETING_ASPECTS


@pytest.mark.parametrize("question", [
    "Broen over åen: hvor mange ekstra penge skulle der til?",
    "Hvor mange flere penge fik skolen?",
    "Hvor mange penge fik foreningen?",
])
def test_how_many_money_is_an_amount(question: str) -> None:
    assert asked_type(question) == "amount"


def test_how_many_more_people_is_still_a_count() -> None:
    assert asked_type("Hvor mange flere ledige var der i marts?") == "count"


@pytest.mark.parametrize("question", [
    "Hvem var medlemmer af socialudvalget på mødet 4. marts?",
    "Hvem er medlem af ældreudvalget?",
    "Hvad hedder teknikudvalgets medlemmer?",
])
def test_members_asked_of_a_body_by_its_own_name_is_the_attendance_list(question: str) -> None:
    assert any(aspect == "attendees" and rx.search(question) for aspect, rx in MEETING_ASPECTS)


def test_a_point_approved_with_its_lettered_sub_points_quotes_the_proposal() -> None:
    """"1. a.-d. Godkendt" approves point 1 and its sub-points a–d: the answer says what
    point 1 proposed, not only "Godkendt"."""
    note = proposal_note("1. a.-d. Godkendt\nUdvalget takker rådet.",
                         {1: "at kommissoriet fastholdes: a. … b. … c. … d. …"})
    assert note.startswith("Indstillingens punkt 1 »at kommissoriet fastholdes")
    assert note.endswith(": Godkendt")


def test_what_a_committee_by_its_initials_said_is_its_decision() -> None:
    """"Hvad sagde ØU til …?" asks the committee's decision, as "hvad sagde udvalget til
    …?" does; "hvad sagde KL?" (no committee's initials) does not."""
    from rag.query import parse_question
    assert parse_question("Hvad sagde ØU i juni til huslejestigningen?").kind == "decision"
    assert parse_question("Hvad sagde KL om det?").kind != "decision"


@pytest.mark.parametrize("line", ["(Ø) stemmer imod pkt. 3.", "Imod stemmer F.",
                                  "Enhedslisten stemte imod."])
def test_a_vote_against_in_the_present_tense_is_a_vote_line(line: str) -> None:
    from rag.compose.who import ROLE_LINES
    assert ROLE_LINES["against"].search(line)


def test_one_written_with_its_accent_counts_a_singular_noun() -> None:
    """"modtaget én indberetning" answers "hvor mange?" (the article "en" counts nothing)."""
    from referat.values import find_values
    assert [(v.text, v.number) for v in find_values("Der er modtaget én indberetning.")
            if v.kind == "count"] == [("én indberetning", 1.0)]
    assert not [v for v in find_values("Der er modtaget en indberetning.") if v.kind == "count"]


def test_cases_that_came_in_are_no_agenda_count() -> None:
    """"Hvor mange sager kom der ind via whistleblowerordningen?" asks a figure of the
    minutes; "hvor mange sager var der på mødet?" asks the agenda."""
    def agenda(q: str) -> bool:
        return any(a == "agenda" and rx.search(q) for a, rx in MEETING_ASPECTS)
    assert not agenda("Hvor mange sager kom der ind via kommunens whistleblowerordning?")
    assert agenda("Hvor mange sager var der på mødet i juni?")


def test_a_closed_item_quotes_the_decision_its_minutes_publish() -> None:
    """Many minutes print a closed item's decision, not its case text: the answer says the
    item is closed and quotes that decision; with none printed, it says nothing is public."""
    from datetime import date

    from rag.compose.closed import compose_closed
    from tests.unit.item_context import item_context
    day = date(2024, 4, 10)
    decision = "Udvalget anbefaler punkt 1 med bemærkning om, at der først tages endelig stilling."
    ctx = item_context("Hvad sagde ØU om salget af skolen?", [(5, "Skolen, salg", day)],
                       {5: [("Beslutning", decision)]})
    answer = compose_closed(ctx, ctx.candidates[0])
    assert "lukket punkt" in answer.text and "endelig stilling" in answer.text
    assert answer.citations[0].section == "Beslutning"
    bare = item_context("Hvad sagde ØU om salget af skolen?", [(5, "Skolen, salg", day)], {})
    assert "hverken sagsfremstilling eller beslutning" in compose_closed(
        bare, bare.candidates[0]).text


def test_a_later_part_naming_only_a_body_and_a_time_asks_the_first_parts_matter() -> None:
    """"Skal skolen sælges? Hvad sagde ØU i april?" is one question (the matter asked of
    ØU in April); "Hvad anbefalede KTM i maj, og hvad besluttede byrådet i juni?" stays
    two, since its first part names a body and a time of its own."""
    from rag.compose.multi import split_parts
    assert split_parts("Skal skolen sælges? Hvad sagde ØU i april?") == [
        "Skal skolen sælges? Hvad sagde ØU i april?"]
    assert len(split_parts("Hvad anbefalede KTM i maj, og hvad besluttede byrådet i juni?")) == 2
    # ... and a later part naming several bodies asks each of them
    assert len(split_parts("Skulle taget sikres? Hvad sagde teknikudvalget, økonomiudvalget "
                           "og byrådet i foråret 2024?")) > 1


def test_an_amount_told_by_its_size_is_an_amount() -> None:
    """"et trecifret millionbeløb" answers "hvor mange penge …?" (at least 100 mio.)."""
    from referat.values import find_values
    found = [(v.kind, v.number) for v in find_values("Der udmøntes et trecifret millionbeløb.")]
    assert ("amount", 1e8) in found


def test_review_cases_stay_as_they_were() -> None:
    """Found by review: the EU is no committee; a council's members are no committee's
    attendance list; "én samlet leverandør" counts suppliers; a value question followed by
    a body's view is two questions."""
    from rag.compose.multi import split_parts
    from rag.query import parse_question
    from referat.values import find_values
    assert parse_question("Hvad siger EU om LIFE ACT ansøgningen?").kind != "decision"
    assert parse_question("Hvad siger EU-reglerne om statsstøtte?").kind != "decision"
    assert not any(a == "attendees" and rx.search("Hvem er medlemmer af Handicaprådet?")
                   for a, rx in MEETING_ASPECTS)
    assert [v.unit for v in find_values("Der vælges én samlet leverandør.")] == ["leverandør"]
    assert len(split_parts("Hvad koster den nye skole? Hvad sagde KFU i februar?")) == 2
    assert len(split_parts("Hvad er status på plejehjemmet? Hvem var med i byrådet i marts?")) \
        == 2


def test_pk_is_an_abbreviation_not_a_sentence_end() -> None:
    from referat.danish import sentences
    assert len(sentences("A (Ø) stemte imod pk. 14, idet Ø ønsker mere. Næste.")) == 2


def test_a_vote_is_read_from_a_near_item_when_the_best_records_none() -> None:
    """The best item's decision records no vote, the next one found as well does: the
    vote asked for is that item's, not "nævner ikke at nogen stemte imod"."""
    from datetime import date

    from rag.compose.who import compose_who
    from tests.unit.item_context import item_context
    day = date(2024, 2, 28)
    ctx = item_context("Hvem stemte imod planen for valget?",
                       [(4, "Budget", day), (7, "Valg til Europa-Parlamentet", day)],
                       {4: [("Beslutning", "Anbefales.")],
                        7: [("Beslutning", "Anbefales. Bo Holm (Ø) stemte imod pkt. 14.")]})
    answer = compose_who(ctx, "against")
    assert "Bo Holm (Ø) stemte imod" in answer.text and answer.citations[0].punkt == 7


def test_the_choice_a_committee_made_is_its_decision() -> None:
    """"hvilken løsning valgte teknikudvalget?" asks the decision; "hvilken virksomhed valgte
    udvalget at besøge?" asks a name."""
    from rag.query import parse_question
    assert parse_question("Stien: hvilken løsning valgte teknikudvalget?").kind == "decision"
    assert parse_question("Hvilken virksomhed valgte udvalget at besøge?").kind != "decision"
