"""Answer classes found by the aa-batch (fresh questions in a staff member's and a
citizen's words, half of them held out): names and committee initials typed in lower
case, a month with a two-digit year."""

from __future__ import annotations

from types import SimpleNamespace

from rag.names import ArchiveNames, as_spelled
from referat.periods import find_periods

EBU = "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"


class _Store:
    def participant_names(self) -> list[str]:
        return ["Sandra Marsenic (A)", "Jannik Karoli Plum Nielsen (direktør)", "Ole"]


def _retriever(vocab: set[str]) -> SimpleNamespace:
    return SimpleNamespace(lexical=SimpleNamespace(vocab=vocab), store=_Store(),
                           names=ArchiveNames(["Ballerup"], [EBU]))


def test_a_listed_person_typed_in_lower_case_is_read_as_a_name() -> None:
    retriever = _retriever(set())
    assert as_spelled("sad sandra marsenic med 7/2-23", retriever) == \
        "sad Sandra Marsenic med 7/2-23"
    assert as_spelled("jannik karoli plum nielsen – hvilken stilling?", retriever) \
        .startswith("Jannik Karoli Plum Nielsen")
    assert as_spelled("ole sagde nej", retriever) == "ole sagde nej"  # one word: no name


def test_committee_initials_typed_in_lower_case() -> None:
    assert as_spelled("hvad besluttede ebu om studieturen", _retriever(set())) == \
        "hvad besluttede EBU om studieturen"
    # a word the archive has stays a word
    assert as_spelled("hvad besluttede ebu om studieturen", _retriever({"ebu"})) == \
        "hvad besluttede ebu om studieturen"


def test_a_month_with_a_two_digit_year() -> None:
    [period] = find_periods("katrine joensen oplæg ebu feb 23 – beslutning")
    assert (period.start.year, period.start.month) == (2023, 2)
    [period] = find_periods("status feb-24?")
    assert period.start.year == 2024
    [period] = find_periods("i juni 15 unge")
    assert period.start is None  # "15 unge" is a count, not 2015
