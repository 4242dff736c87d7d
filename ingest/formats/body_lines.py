"""A council's decision box that holds one undated line per body, in the order the case
went: "Børne- og Skoleudvalget anbefaler indstillingen." / "Økonomiudvalget anbefaler
indstillingen. Fraværende: …" / "Byrådet godkender indstillingen …".

Only the meeting's own body's line is this meeting's decision; the other bodies' lines
are their recommendations, the case's earlier treatment (and an absentee named in one
of them was away from that body's meeting, not this one). Dated lines are read by
`dated`; this reads the undated ones, and only when the box has a line of the meeting's
own body as well, so that a box that merely quotes another body stays as it is.
"""

from __future__ import annotations

import re

from .dated import body_key, other_body

# What a body does with a case, as its line in the box says it (present or past tense)
BODY_VERBS = ("anbefaler", "anbefalede", "indstiller", "indstillede", "godkender",
              "godkendte", "oversender", "oversendte", "tiltræder", "tiltrådte", "beslutter",
              "besluttede", "vedtager", "vedtog", "forkaster", "forkastede", "tager", "tog",
              "sender", "sendte", "udsætter", "udsatte", "afviser", "afviste")
_BODY_LINE_RE = re.compile(
    r"^(?P<b>[A-ZÆØÅ][^.:;!?()]{1,70}?(?:udvalget|rådet|bestyrelsen)|[A-ZÆØÅ]{2,5})\s+"
    rf"(?:{'|'.join(BODY_VERBS)})\b")


def per_body(lines: list[str], committee: str) -> tuple[list[tuple[str, list[str]]],
                                                         list[str]] | None:
    """The other bodies' lines of a decision (each body with its lines, a wrapped line
    kept with its own) and the meeting's own body's lines; None when the decision is not
    one line per body with one of them the meeting's own."""
    groups: list[tuple[str, list[str]]] = []
    for line in lines:
        m = _BODY_LINE_RE.match(line.strip())
        if m:
            groups.append((m["b"], [line]))
        elif groups:
            groups[-1][1].append(line)
        elif line.strip():
            return None  # text before the first body's line: no such box
    own_key = body_key(committee)
    own = [g for g in groups if own_key and body_key(g[0]) == own_key]
    others = [g for g in groups if g not in own and (
        other_body(g[0], (committee,)) or g[0].isupper())]
    if not own or not others or len(own) + len(others) != len(groups):
        return None
    return others, [line for _, said in own for line in said]
