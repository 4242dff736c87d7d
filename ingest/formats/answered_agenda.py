"""A board's minutes that answer its agenda list point by point: the agenda as a
numbered list ("Dagsorden:" / "1. Godkendelse af referat" / …), then "Ad pkt. 1:" alone
above each point's text. The items are the answers, titled from the list."""

from __future__ import annotations

import re

from .closed_marks import closed_title
from .text_numbered import NumberedStart

_AD_ALONE_RE = re.compile(r"^(?:\*\*|__)?Ad\s+(?:punkt|pkt\.?)?\s*(\d{1,3})\s*[:.)]?(?:\*\*|__)?$",
                          re.IGNORECASE)
_LISTED_TITLE_RE = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*?)\s*$")


def answered_agenda(lines: list[str]) -> list[NumberedStart]:
    """A board's minutes that answer its agenda list point by point: "Dagsorden:" / "1.
    Godkendelse af referat" / … then "Ad pkt. 1:" alone above each point's text. The
    items take their titles from the list; [] when the minutes are not written so."""
    answers = [(i, int(m.group(1))) for i, ln in enumerate(lines)
               if (m := _AD_ALONE_RE.match(ln.strip()))]
    if len(answers) < 2 or [n for _, n in answers] != list(
            range(answers[0][1], answers[0][1] + len(answers))):
        return []
    titles: dict[int, str] = {}
    for ln in lines[:answers[0][0]]:
        if (m := _LISTED_TITLE_RE.match(ln)) and int(m.group(1)) not in titles:
            titles[int(m.group(1))] = m.group(2)
    if not all(n in titles for _, n in answers):
        return []
    return [NumberedStart(i, _below_restated(lines, i, titles[n]), n, titles[n])
            for i, n in answers]


def _below_restated(lines: list[str], at: int, title: str) -> int:
    """Where the answer's text starts: below its "Ad punkt N." line, and below the
    list's title the typist wrote again under it ("GODKENDELSE AF DAGSORDEN.")."""
    k = at + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    said = _bare(lines[k]) if k < len(lines) else ""
    return k + 1 if said and _bare(closed_title(title)[1]) == said else at + 1


def _bare(line: str) -> str:
    """A title's words, in lower case, without its marks ("(LUKKET)") and end stop."""
    return " ".join(re.sub(r"[^\w/]+", " ", closed_title(line)[1].lower()).split())
