"""An election between candidates, the votes given per candidate: "For Ib Dam (C) stemte:
C, V og O (8 stemmer)." / "For Eva Holm (A) stemte: A og F (7 stemmer).", as a
konstituerende møde records the election of its borgmester. Each candidate is a side of
its own, keyed "for <candidate>", so both candidates' voters are kept and neither side
reads as votes against the item ("imod" would say the seven voted against the election).
"""

from __future__ import annotations

import re

from .vote_names import voter_names

# "For Ib Dam (C) stemte: C, V og O (8 stemmer)": the candidate is a person's name (capitals,
# two to five words, the party in brackets), so "For indstillingen stemte: …" is no candidate
_CANDIDATE_RE = re.compile(
    r"^\W*(?i:for)\s+(?P<c>[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,4}(?:\s+\([^()]{1,12}\))?)"
    r"\s+(?i:stemte)\s*:?\s+(?P<n>[^.;]+?)(?:\s*\(\d+(?:\s+\w+)?\))?\s*[.;]?\s*$")


def candidate_votes(line: str) -> list[tuple[str, list[str]]]:
    """[("for <candidate>", voters)] of a line giving one candidate's votes; [] else.

    >>> candidate_votes("For Ib Dam (C) stemte: C, V og O (8 stemmer).")
    [('for Ib Dam (C)', ['C', 'V', 'O'])]
    >>> candidate_votes("For stemte: A og V (5).")
    []
    """
    if not (m := _CANDIDATE_RE.match(line.strip())):
        return []
    voters = voter_names(m["n"])
    return [(f"for {' '.join(m['c'].split())}", voters)] if voters else []
