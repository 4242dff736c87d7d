"""Danish compounds said apart in a question and together in the minutes, and the
other way round: the lexical search and an item's title match either spelling."""

from __future__ import annotations

import pytest

from referat.danish import topic_stems
from referat.lexicon import compound_covered, compound_expansions

INDEX = sorted({"leverandørsamarbejd", "samarbejd", "leverandør", "uddan", "hjælp",
                "ungeindsats", "ung", "indsats", "sammenlæg", "læg", "psykiatriråd",
                "handicapråd", "status"})


@pytest.mark.parametrize(("question", "expected"), [
    ("hvad hørte udvalget om samarbejdet med leverandørerne?", "leverandørsamarbejd"),
    ("hvad gør kommunen for de unge, hvilken indsats?", "ungeindsats"),
    ("ideen om at lægge Handicaprådet og Psykiatrirådet sammen", "sammenlæg"),
])
def test_two_words_of_the_question_find_the_compound(question: str, expected: str) -> None:
    assert expected in compound_expansions(topic_stems(question), set(INDEX), INDEX)


def test_a_compound_the_index_lacks_is_searched_as_its_parts() -> None:
    found = compound_expansions(topic_stems("hvor mange får uddannelseshjælp?"),
                                set(INDEX), INDEX)
    assert {"uddan", "hjælp"} <= set(found)


def test_unrelated_words_expand_to_nothing() -> None:
    assert compound_expansions(topic_stems("hvad koster studieturen til Lund?"),
                               set(INDEX), INDEX) == []


def test_a_title_with_the_compound_names_both_words() -> None:
    topic = topic_stems("samarbejdet med leverandørerne")
    assert set(topic) <= compound_covered(topic, {"status", "leverandørsamarbejd"})
    assert compound_covered(topic, {"status", "samarbejd"}) == set()


@pytest.mark.parametrize(("stem", "known"), [
    ("behandled", ["behandl"]),  # "behandlede": Snowball keeps the past tense apart
    ("firma", ["virksom"]),  # an everyday word the minutes do not use
    ("ledighed", ["ledig"]),  # a noun made from an adjective the minutes use
])
def test_a_word_the_archive_lacks_stands_for_one_it_has(stem: str, known: list[str]) -> None:
    from referat.lexicon import known_forms
    index = sorted({"behandl", "behandling", "virksom", "virksomhedsbesøg", "ledig"})
    assert known_forms([stem], set(index), index) == {stem: known}


def test_words_the_archive_has_or_cannot_place_stay_as_they_are() -> None:
    from referat.lexicon import known_forms
    index = sorted({"behandl", "virksom", "vind"})
    assert known_forms(["behandl", "vindmøl", "fremmest"], set(index), index) == {}


def test_danish_letters_typed_the_ascii_way() -> None:
    from referat.lexicon import respell
    known = {"nøgletal", "mød", "michael"}
    assert respell("noegletal på moedet", known) == "nøgletal på mødet"
    assert respell("Michael og Aarhus", known) == "Michael og Aarhus"
