"""A board's minutes that answer its agenda list point by point: the agenda as a
numbered list ("Dagsorden:" / "1. Godkendelse af referat" / …), then "Ad pkt. 1:" alone
above each point's text. The items are the answers, titled from the list."""

from __future__ import annotations

import re

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
    return [NumberedStart(i, i + 1, n, titles[n]) for i, n in answers]
