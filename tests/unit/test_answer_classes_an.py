"""Answer classes found by the an- and ao-batches (120 questions written from the minutes'
side, scored before any fix): a question that opens with a conditional clause; a
question with no matter but that something happens ("hvornår træder det i kraft?"); a
meeting asked for by its part of the day ("var det et morgenmøde?"); one aspect of every
meeting ("afbud, år for år"); whether a vote was unanimous; the remarks of a decision
asked for as reservations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rag.catalog import MeetingInfo


@pytest.mark.parametrize(("question", "asked"), [
    # the conditional clause names a count; the question asks for reservations
    ("hvis der skal skæres ned på antallet af politikere i råd og nævn, hvilke forbehold "
     "tog udvalget så i feb 2024?", "free"),
    ("Hvis antallet af ledige stiger, hvad gør jobcentret så?", "free"),
    # (a conditional clause after the question does not hide it)
    ("Hvor mange ledige var der, når man ser bort fra corona?", "count"),
])
def test_a_leading_conditional_clause_is_not_what_is_asked(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked


@pytest.mark.parametrize(("question", "clarify"), [
    ("Hvornår træder det i kraft?", True),
    ("hvornår går det i gang?", True),
    ("hvad sker der så nu?", True),
    ("Hvornår træder rygeforbuddet i kraft?", False),
    ("Hvornår startede IPS-indsatsen?", False),
])
def test_that_something_happens_is_no_matter_of_its_own(question: str, clarify: bool) -> None:
    from rag.follow_up import needs_topic
    from rag.query import parse_question

    assert needs_topic(parse_question(question)) is clarify


@pytest.mark.parametrize("question", ["Var det et morgenmøde d. 8/9-2020?",
                                      "var det et eftermiddagsmøde i juni 2015?"])
def test_a_meeting_asked_for_by_its_part_of_the_day(question: str) -> None:
    from rag.query import parse_question

    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")


def _meeting(day: date, absent: list[str], place: str = "Rådhuset") -> MeetingInfo:
    return MeetingInfo("Ballerup", "EBU", day, "08:00", place, ["Musa Kekec (A)"], absent,
                       [(1, "Meddelelser", False)], "referat", f"{day}.txt")


def test_every_meetings_absentees_year_by_year(archive, context) -> None:  # noqa: ANN001
    from rag.compose.meeting import compose_meeting

    first = archive.add_meeting(_meeting(date(2015, 6, 9), []))
    archive.add_meeting(_meeting(date(2020, 9, 8), ["Dennis Sørensen (A)"]))
    archive.add_meeting(_meeting(date(2025, 3, 18), ["Sandra Marsenic (A)"], "Toms Allé 1"))
    question = "hvilke politikere har meldt afbud til udvalgsmøderne i arkivet, år for år"
    ctx = context(question, [first])
    assert (ctx.q.kind, ctx.q.meeting_aspect) == ("meeting", "absentees")
    answer = compose_meeting(ctx)
    lines = answer.text.splitlines()
    # every meeting, in date order, the ones with apologies cited (not only the first)
    assert [x.split(":")[0] for x in lines[1:]] == [
        "- 9. juni 2015", "- 8. september 2020", "- 18. marts 2025"]
    assert "Dennis Sørensen (A)" in lines[2] and "Sandra Marsenic (A)" in lines[3]
    assert sorted(c.ref.date.year for c in answer.citations) == [2020, 2025]

    where = context("hvor er udvalgets møder blevet holdt gennem årene?", [first])
    assert (where.q.kind, where.q.meeting_aspect) == ("meeting", "place")
    assert "Toms Allé 1" in compose_meeting(where).text
    # a named meeting is one meeting
    one = context("Hvem meldte afbud til mødet i juni 2015?", [first])
    assert "møde for møde" not in compose_meeting(one).text


@pytest.mark.parametrize(("question", "kind"), [
    ("Var valget af fungerende formand ude hos Toms enstemmigt?", "vote"),
    ("Var udvalget enigt om studieturen til Lund?", "vote"),
    # agreed on: what was decided, not how they voted
    ("hvilket symbol blev de enige om at bruge i kampagnerne?", "fact"),
    # the vote by its nouns
    ("Hvordan fordelte stemmerne sig, da udvalget valgte formand?", "vote"),
    ("hvordan gik afstemningen om formanden i marts 2025?", "vote"),
])
def test_unanimity_is_asked_of_the_vote(question: str, kind: str) -> None:
    from rag.query import parse_question

    q = parse_question(question)
    assert q.kind == kind
    # (the vote's words are no matter to find)
    assert not {"enstem", "afstemning", "stemmern"} & set(q.topic)


def test_unanimity_is_answered_by_the_vote_lines() -> None:
    from rag.compose.decision import yes_no_line

    decision = ("Indstillingens punkt 1: Indstillingen godkendt.\n\nSaime Bilen Inanc (Ø) "
                "stemte i mod beslutningen.")
    assert yes_no_line("Var udvalget enigt om studieturen?", decision).startswith("Nej")
    assert yes_no_line("Blev studieturen vedtaget enstemmigt?",
                       "Indstillingen godkendt.").startswith("Ja")


def test_a_post_held_for_a_while_has_three_names() -> None:
    from rag.confidence import match_weight
    from referat.danish import stems

    fungerende = stems("fungerende", frozenset())[0]
    assert match_weight(fungerende, set(stems("midlertidig formand"))) > 0


def test_reservations_asked_for_are_the_decisions_remarks() -> None:
    from rag.intent import DECISION, asked_type

    question = ("hvis der skal skæres ned på antallet af politikere i råd og nævn, hvilke "
                "forbehold tog udvalget så i feb 2024?")
    assert DECISION.search(question) and asked_type(question) == "free"
    assert DECISION.search("Hvilke bemærkninger havde politikerne til strategien?")
    assert not DECISION.search("Hvilke krav stiller loven til virksomhederne?")


def test_a_time_named_by_what_filled_it_is_that_matter() -> None:
    from referat.lexicon import known_forms

    vocab = {"corona", "tid", "ledig", "valg"}
    ordered = sorted(vocab)
    assert known_forms(["coronatid"], vocab, ordered) == {"coronatid": ["corona"]}
    assert known_forms(["coronaperiod"], vocab, ordered) == {"coronaperiod": ["corona"]}
    # (an unknown first part is no period of anything known)
    assert "sommertid" not in known_forms(["sommertid"], vocab, ordered)


@pytest.mark.parametrize("question", [
    "sidste møde på toms allé – hvor mange stod på deltagerlisten",
    "hvor mange kom til mødet på toms allé?",
])
def test_a_meeting_named_by_where_it_was_held_in_lower_case(question: str) -> None:
    from rag.query import parse_question

    assert parse_question(question).kind == "meeting"


def test_each_quote_of_a_free_answer_brings_the_sentence_that_goes_on_with_it(
        archive, context) -> None:  # noqa: ANN001 - fixtures
    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 2, 6), 6, "Grønne pendlervaner og cykelparkering", {
        "Sagsfremstilling": "Pendlervanerne hos virksomhederne skal ændres. Det sker med "
                            "fælles cykeldage hver måned. Budgettet er ikke fastlagt. "
                            "Cykelparkeringen ved stationen skal udbygges. Den får 200 nye "
                            "pladser under tag. Bilag 1 er vedlagt."})
    answer = compose_fact(context("Hvad står der om pendlervanerne og cykelparkeringen?",
                                  [item]))
    # both sentences on the topic, each with the one that says what it means
    assert "fælles cykeldage" in answer.text and "200 nye pladser" in answer.text
    assert "Budgettet" not in answer.text.split("fælles cykeldage")[1].split("Cykel")[0]


@pytest.mark.parametrize(("question", "aimed"), [
    ("skal lave et job paa en kommunal skole efter 1 april 2024 gælder den røgfri "
     "arbejdstid også for mig", True),
    ("Indførte udvalget røgfri arbejdstid for kommunens ansatte fra 1. januar 2024?", True),
    ("Hvad besluttede udvalget på mødet den 7. februar 2023 om studieturen?", False),
    ("hvad står der i referatet fra 6/2-24 om energitjek", False),
])
def test_a_day_something_takes_effect_is_the_matters_not_a_meeting(question: str,
                                                                   aimed: bool) -> None:
    from rag.query import parse_question
    from rag.scope import _aimed_at

    assert _aimed_at(parse_question(question)) is aimed


def test_two_meetings_compared_by_the_time_of_day() -> None:
    from rag.compose.multi import period_parts
    from rag.query import parse_question

    question = "Mødtes udvalget på samme tid af dagen i juni 2015 som i september 2020?"
    parts = period_parts(question)
    assert len(parts) == 2 and "juni 2015" in parts[0] and "september 2020" in parts[1]
    q = parse_question(parts[0])
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")


def test_a_sentence_pasted_from_the_minutes_names_its_item(tmp_path) -> None:  # noqa: ANN001
    """"Jeg har kopieret sætningen '…'. Hvad gjorde udvalget så med sagen?": the item that
    holds the sentence (any spacing, any line breaks), not a guess."""
    from ingest.chunk import meeting_key, meeting_to_nodes
    from ingest.itemstore import ItemStore
    from ingest.parse import parse_minutes
    from ingest.read import read_text
    from rag.quoted import items_by_quote

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    store = ItemStore(tmp_path / "items.sqlite")
    for path in sorted(seeds.glob("*.txt")):
        meeting = parse_minutes(read_text(path), source=str(path))
        store.put_meeting(meeting_key(meeting), meeting, "sha", meeting_to_nodes(meeting, "sha"))
    found = items_by_quote(store, "Jeg har kopieret sætningen 'Center for Arbejdsmarked og de "
                                  "faglige organisationer ønsker således at fastholde og "
                                  "forankre nytteindsatsen i Servicekorpset på Lindbjergvej.' "
                                  "Hvad gjorde udvalget så med sagen?")
    assert [(v.ref.date.isoformat(), v.ref.punkt) for v in found] == [("2024-02-06", 10)]
    # a claim in quotes that the minutes do not hold, and a short quote, name nothing
    assert items_by_quote(store, "Står der 'udvalget besluttede at lukke jobcentret helt "
                                 "ned i 2024'?") == []
    assert items_by_quote(store, "Hvad betyder 'taget til efterretning'?") == []
