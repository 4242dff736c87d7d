"""A forty-sixth round of layouts (round 46's blind files 09, 02, 03, 06 and 01): votes
with a count of members before the parties ("For stemte 7 medlemmer: A, F, Ø og Å"),
and the further layouts below, each read wrongly before."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats46")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_vote_with_members_count_before_the_parties() -> None:
    """"For stemte 3 medlemmer: A, F og Ø" / "Imod stemte 1 medlem: V" are the item's
    votes. Before: no votes."""
    m = one("01_stemmer_medlemmer.txt")
    assert m.items[1].votes == {"for": ["A", "F", "Ø"], "imod": ["V"]}
    assert m.items[1].decision.startswith("Indstillingen blev godkendt.")
