"""Answer classes found by the k-batch (seeds, asked in new ways) and the o-batch (other
municipalities' minutes), each scored before any fix: a proposal named by the asker's
own verb; the archive's own municipality in the genitive; a day the question names as
a target, not as a meeting; turnover as an amount; "er der blevet færre …?" as a
figure over time."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from rag.names import ArchiveNames
from rag.query import parse_question


def test_an_unknown_verb_is_not_an_absent_matter() -> None:
    """"forslaget om at stramme mentorstøtten": the minutes never say "stramme", but
    the matter (mentorstøtte) is there; an unknown noun still is an absent matter."""
    from rag.premises import absent_matter

    vocab = {"mentorstøt", "ung", "forslag", "mentor", "støt"}
    lexical = SimpleNamespace(vocab=vocab, ordered_vocab=sorted(vocab))
    class Idf(dict):  # the archive's idf: a word it never has is the rarest
        def get(self, key: str, default: float | None = None) -> float:
            return super().get(key, 8.0)

    retriever = SimpleNamespace(lexical=lexical, names=ArchiveNames(["Ballerup"], ["EBU"]),
                                idf=Idf({s: 3.0 for s in vocab}))
    verb = parse_question("Hvad blev der af forslaget om at stramme mentorstøtten til unge?")
    assert absent_matter(verb, retriever) is None
    noun = parse_question("Hvad besluttede udvalget om at opstille vindmøller?")
    assert absent_matter(noun, retriever) == "»vindmøller«"


def test_the_archives_own_municipality_in_the_genitive_is_no_unknown_name() -> None:
    from rag.confidence import unknown_names

    lookup = SimpleNamespace(municipalities=["Ballerup"], idf={}, vocabulary=set(),
                             names=ArchiveNames(["Ballerup"], ["Sundhedsudvalget"]))
    q = parse_question("Hvem fra Center for Ejendomme deltog, da Ballerups "
                       "Sundhedsudvalg behandlede bygningsvedligeholdelse?")
    assert "Ballerups" not in unknown_names(q, lookup, text="Center for Ejendomme deltog.")


def test_a_day_named_as_a_target_is_the_matters_date_not_a_meeting() -> None:
    from rag.scope import scope

    held = SimpleNamespace(date=date(2013, 6, 20))
    lookup = SimpleNamespace(names=ArchiveNames(["Syddjurs"], ["PUK"]),
                             meetings_in=lambda f: [held] if not f.date_from or (
                                 f.date_from <= held.date <= f.date_to) else [])
    target = parse_question("Hvornår skulle det ekstraordinære møde, som udvalget "
                            "indkaldte til den 10. april 2013, holdes?")
    filters, note = scope(target, None, lookup)
    assert note is None and filters.date_from is None
    meeting = parse_question("Hvad besluttede udvalget på mødet den 10. april 2013?")
    assert "intet møde den 10. april 2013" in (scope(meeting, None, lookup)[1] or "")


@pytest.mark.parametrize(("question", "asked"), [
    ("Caverion – hvad omsætter de for om året?", "amount"),
    ("Hvor stor er omsætningen hos Caverion?", "amount"),
    ("Er der blevet færre elev- og praktikpladser fra 2022 til 2024?", "quantity"),
    ("Er der blevet flere i fleksjob siden 2015?", "quantity"),
])
def test_asked_types_in_everyday_words(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked


@pytest.mark.parametrize("question", [
    "Trak sundhedsudvalget i Greve støtten til Stop Spild Lokalt?",
    "Hvad sagde klimaudvalget i Greve om pavillonerne?",
    "Gav byrådet lov til en ny skatepark?",
])
def test_what_another_body_did_is_a_decision_question(question: str) -> None:
    assert parse_question(question).kind == "decision"


def test_a_meeting_named_by_its_committee_and_municipality_is_a_meeting_question() -> None:
    place = parse_question("Hvor holdt børneudvalget i Greve sit møde den 10. september 2024?")
    assert (place.kind, place.meeting_aspect) == ("meeting", "place")
    people = parse_question("Hvem deltog i mødet i Sundheds- og Forebyggelsesudvalget i "
                            "Ballerup den 4. december 2012?")
    assert (people.kind, people.meeting_aspect) == ("meeting", "attendees")


def test_a_second_part_about_the_same_meeting_follows_up_on_the_first() -> None:
    """"Hvem deltog i mødet …, og var der nogen fraværende?": the second part is asked
    as it stands and answered from the first part's meeting (a follow-up), not with the
    first part's words glued on (which made it an item search)."""
    from rag.compose.multi import split_parts
    from rag.follow_up import has_own_topic

    first, second = split_parts("Hvem deltog i mødet i Sundheds- og Forebyggelsesudvalget "
                                "den 4. december 2012, og var der nogen fraværende?")
    assert second == "var der nogen fraværende?"
    assert not has_own_topic(parse_question(second), first)


def test_closed_items_of_the_whole_archive_when_no_meeting_is_named(archive, context
                                                                    ) -> None:  # noqa: ANN001
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting

    older = archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", date(2020, 9, 8), "16:00", "Rådhuset", [], [],
        [(1, "Meddelelser", False)], "referat", "a.txt"))
    archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", date(2024, 2, 6), "08:00", "Rådhuset", [], [],
        [(1, "Meddelelser", False), (12, "Status på leverandørsamarbejdet", True)],
        "referat", "b.txt"))
    q = "Har udvalget behandlet noget for lukkede døre?"
    assert parse_question(q).meeting_aspect == "agenda"
    answer = compose_meeting(context(q, [older]))
    assert "leverandørsamarbejdet" in answer.text and "6. februar 2024" in answer.text
    assert [c.ref.punkt for c in answer.citations] == [12]


def test_a_figure_of_another_year_does_not_answer_the_asked_year(archive, context
                                                                 ) -> None:  # noqa: ANN001
    from rag.compose.fact import compose_fact

    item = archive.add(date(2012, 12, 4), 8, "Evaluering af rygestopkurser", {
        "Sagsfremstilling": "I 2011 har i alt 68 borgere deltaget på rygestopkurserne."})
    answer = compose_fact(context("Hvor mange borgere deltog i rygestopkurserne i 2012?",
                                  [item]))
    assert answer.declined and "68 borgere" not in answer.text
    answer = compose_fact(context("Hvor mange borgere deltog i rygestopkurserne i 2011?",
                                  [item]))
    assert not answer.declined and "68 borgere" in answer.text


def test_a_compound_of_known_words_that_never_meet_is_an_absent_matter() -> None:
    """"skatepark": "skat" and "park" are both in the archive, never in one chunk."""
    from rag.premises import absent_matter

    vocab = {"skat", "park", "ny", "hund", "vej"}
    pairs = {("park", "skat"), ("skat", "park")}

    def together(parts: list[str]) -> bool:
        return tuple(parts) not in pairs

    lexical = SimpleNamespace(vocab=vocab, ordered_vocab=sorted(vocab), together=together)
    retriever = SimpleNamespace(lexical=lexical, names=ArchiveNames(["Greve"], ["Byrådet"]),
                                idf={s: 3.0 for s in vocab} | {"skatepark": 8.0})
    q = parse_question("Hvad har byrådet besluttet om en ny skatepark i Hundige?")
    assert absent_matter(q, retriever) == "»skatepark«"
    lexical.together = lambda parts: True  # a chunk about a skatepark: known
    assert absent_matter(q, retriever) is None


def test_the_lexical_index_knows_which_stems_meet_in_a_chunk() -> None:
    import bm25s
    import numpy as np

    from ingest.lexical import LexicalIndex, tokenize

    bm25 = bm25s.BM25()
    bm25.index(tokenize(["Skat og afgifter for 2024.", "Parken ved Hundige Strand.",
                         "Skatten på parkering i parken."]), show_progress=False)
    index = LexicalIndex(bm25, np.arange(3), {}, {})
    assert {"skat", "park", "hund"} <= set(index.vocab)
    assert index.together(["skat", "park"])  # the third chunk
    assert not index.together(["skat", "hund"])
    assert not index.together(["skatepark"])


def test_bare_outcomes_are_paired_with_the_options_they_decide() -> None:
    """Greve: "- Ikke godkendt / - Godkendt" against two options of the Indstilling, one
    a bullet and one numbered, with "eller" between them."""
    from rag.compose.proposal import indstilling_points, proposal_note

    points = indstilling_points("Administrationen indstiller\n- at godkende, at der "
                                "arbejdes videre med lokaletilskud\neller\n2. at godkende, "
                                "at ansøgningen ikke imødekommes.")
    assert points == {1: "at godkende, at der arbejdes videre med lokaletilskud",
                      2: "at godkende, at ansøgningen ikke imødekommes."}
    note = proposal_note("- Ikke godkendt\n- Godkendt\nAfbud: Lone Mortensen", points)
    assert note.splitlines() == [
        "Indstillingens punkt 1 »at godkende, at der arbejdes videre med lokaletilskud«: "
        "Ikke godkendt",
        "Indstillingens punkt 2 »at godkende, at ansøgningen ikke imødekommes.«: Godkendt"]


def test_sub_bullets_of_a_numbered_point_stay_in_it_and_blank_lines_pair_too() -> None:
    from rag.compose.proposal import indstilling_points, proposal_note

    assert indstilling_points("1. at godkende følgende:\n- at X\n- at Y\n2. at Z") == {
        1: "at godkende følgende: - at X - at Y", 2: "at Z"}
    points = indstilling_points("- at A\neller\n- at B")
    assert proposal_note("- Ikke godkendt\n\n- Godkendt", points).count("Indstillingens") == 2


def test_a_meeting_question_with_its_own_matter_is_no_follow_up() -> None:
    from rag.follow_up import has_own_topic

    assert has_own_topic(parse_question("Hvor blev mødet om skateparken holdt?"), "Studietur")
    assert not has_own_topic(parse_question("Var der nogen fraværende?"), "Studietur")


def test_at_as_that_keeps_the_matter() -> None:
    from rag.premises import absent_matter

    vocab = {"forslag", "luk"}
    lexical = SimpleNamespace(vocab=vocab, ordered_vocab=sorted(vocab))
    retriever = SimpleNamespace(lexical=lexical, names=ArchiveNames(["Greve"], ["Byrådet"]),
                                idf={"forslag": 2.0, "luk": 2.0, "skatepark": 8.0})
    q = parse_question("Hvad besluttede udvalget om forslaget om at skateparken lukkes?")
    assert absent_matter(q, retriever) == "»skateparken«"
