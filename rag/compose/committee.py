"""Which committee treated a matter: "Hvilket udvalg behandlede sagen om studieturen?",
"hvilke udvalg har haft psykiatripolitikken?". In an archive of many committees the
answer says it first, per meeting that treated the matter (committee, date, punkt), then
the quotes the fact composer found.

>>> asks_committee("Hvilket udvalg behandlede sagen om studieturen til Lund?")
True
>>> asks_committee("Hvilket udvalg mente, at gennemgangen skulle være færdig?")
False
"""

from __future__ import annotations

import re
from dataclasses import replace

from referat.danish import danish_date
from referat.domain import Answer

from .base import Context

_ASKS = re.compile(
    r"^\W*(?:i\s+)?hvilke[nt]?\s+(?:\w+\s+)?udvalg\w*\s+(?:\w+\s+){0,2}?"
    r"(?:behandlede|behandlet|havde|har haft|fik|drøftede|drøftet|godkendte|besluttede|"
    r"tog|var)\b", re.I)


def asks_committee(question: str) -> bool:
    return bool(_ASKS.search(question))


def with_committee(ctx: Context, answer: Answer) -> Answer:
    """`answer` with a first line per cited item: who treated it, when, as which punkt."""
    if answer.declined or not answer.citations:
        return answer
    seen: list[tuple] = []
    lines = []
    for c in answer.citations:
        key = (c.ref.committee, c.ref.date, c.ref.punkt)
        if key in seen or not c.ref.punkt:
            continue
        seen.append(key)
        lines.append(f"{ctx.committee(c.ref)} behandlede sagen på mødet den "
                     f"{danish_date(c.ref.date)} ({c.ref.name}: {c.title}).")
    if not lines:
        return answer
    return replace(answer, text="\n".join(lines) + "\n\n" + answer.text)
