"""A vote's sides counted ("For stemte 15 (A, F, Ø), imod stemte 10 (V, C, O)", "Imod
stemte Dansk Folkeparti (2).", "For stemte 4. Imod stemte 1 (Poul Brixen)"), and what a
side given by its count alone names: nobody ("For stemte 24." / "Imod stemte 2: X og Y"
names the two against only), unless another side gives its count with its voters in
brackets, the count then standing for its side as the others' do ("For stemte 5. Imod
stemte 2 (Ida Krogh og Ole Brink)" keeps "5"). An election's votes per candidate are
counted sides too, one a candidate (`candidate_votes`)."""

from __future__ import annotations

import re

from .candidate_votes import candidate_votes
from .vote_names import voter_names

# The side each verb or label names
VOTE_KIND = {
    "stemte imod": "imod", "imod stemte": "imod", "imod": "imod", "kunne ikke tiltræde": "imod",
    "stemmer imod": "imod", "stemmer for": "for", "ikke kunne tiltræde": "imod",
    "kunne ikke anbefale": "imod", "ikke kunne anbefale": "imod",
    "stemte for": "for", "for stemte": "for", "for": "for", "kunne tiltræde": "for",
    "undlod at stemme": "undlod", "undlod": "undlod", "undlader": "undlod",
    "hverken for eller imod": "undlod",
}


# The text in a side's brackets, a voter's party in brackets of its own inside them:
# "For stemte 3 (Ida Holm, Ole Bak og Eva Lund (Ø))"
_INNER = r"(?:[^()]|\([^()]{0,40}\))"
# A vote counted by party: "For stemte 15 (A, F, Ø), imod stemte 10 (V, C, O), 2 undlod
# (B)", "Imod stemte Dansk Folkeparti (2)." (not the count before a label's colon: "For
# stemte (14): <names>" is a vote by name; a side counted, its party, then its voters by
# name after a colon: "imod stemte 1 (O): Per Rømer." names them)
_COUNTED_RE = re.compile(
    r"(?P<k>for stemte|imod stemte|undlod(?: at stemme)?)\s+(?:(?:\d+|(?-i:[a-zæøå]+))\s+)?"
    rf"(?:\((?P<p>{_INNER}{{1,300}})\)(?!\s*:)|(?P<n>(?-i:[A-ZÆØÅ])[\w -]{{1,40}}?)\s*\(\d+\)|"
    r"(?<=\d\s)\([^)]{1,40}\)\s*:\s*(?P<nm>(?-i:[A-ZÆØÅ])[^.;:]{1,300}?)(?=\s*(?:[.;]|$)))|"
    r"(?P<c>\d+)\s+(?P<k2>undlod|stemte imod|stemte for)(?: at stemme)?\s+"
    rf"\((?P<p2>{_INNER}{{1,300}})\)"
    # ("For stemte 4. Imod stemte 1 (Poul Brixen)": a side only counted, no one named)
    r"|(?P<k3>for stemte|imod stemte)\s+(?P<c3>[1-9]\d*)(?=\s*(?:[.,;]|og\s|$))", re.IGNORECASE)


def counted_votes(line: str) -> list[tuple[str, list[str]]]:
    """[("for", ["A", "F", "Ø"]), ("imod", ["Dansk Folkeparti"])] from a counted vote line;
    a candidate's votes in an election, [("for Ib Dam (C)", ["C", "V"])] (`candidate_votes`)."""
    if elected := candidate_votes(line):
        return elected
    # ("Undlod at stemme 1 (Ø).": the abstainers counted, a sentence of their own)
    if not re.match(r"^\W*(?:for stemte|imod stemte|undlod at stemme\s+\d|\d+\s+(?:undlod|stemte))",
                    line, re.I):
        return []
    out = []
    for m in _COUNTED_RE.finditer(line):
        kind = VOTE_KIND[(m.group("k") or m.group("k2") or m.group("k3")).lower().replace(
            " at stemme", "")]
        out.append((kind, [m["c3"]] if m["c3"] else voter_names(  # (the count, when only it)
            m.group("n") or m.group("nm") or m.group("p") or m.group("p2") or "")))
    return out


# Another side's count with its voters in brackets: "Imod stemte 2 (Ida Krogh og Ole Brink)"
_COUNT_AND_VOTERS_RE = re.compile(r"\b(?:stemte|undlod(?:\s+at\s+stemme)?)\s+\d+\s*\(",
                                  re.IGNORECASE)


def without_bare_counts(vote: dict[str, list[str]], text: str) -> dict[str, list[str]]:
    """The vote without a side that only its count names (see the module's note).

    >>> without_bare_counts({"for": ["24"], "imod": ["Ida Holm (Ø)"]},
    ...                     "For stemte 24. Imod stemte 1: Ida Holm (Ø)")
    {'imod': ['Ida Holm (Ø)']}
    """
    if _COUNT_AND_VOTERS_RE.search(text):
        return vote
    return {kind: names for kind, names in vote.items()
            if not (len(names) == 1 and names[0].isdigit())}
