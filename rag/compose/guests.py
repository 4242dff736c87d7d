"""Who took part under the items, beside the committee: "Hvem deltog under punkt 5 på
mødet 8/9-20?", "Var der gæster med under nogle af punkterne?", "Hvem fra
administrationen kom ind under de enkelte punkter på februarmødet 2024?".

The meeting's own list (its members and standing staff) does not answer these; each
item says who joined for it ("På udvalgets møde deltager analytiker Kenneth Andersen
fra Exometric", under "Yderligere deltagelse"). The answer quotes those lines, item by
item in agenda order, each cited.
"""

from __future__ import annotations

import re
from dataclasses import replace

from referat.danish import danish_date, sentences
from referat.domain import Answer, ItemRef

from ..intent import is_yes_no
from .base import Context

# The question asks for the people who joined for the items ("under sagerne"), or names
# guests of a meeting ("gæster på mødet"); not a guest of an event ("oplægsholderne ved
# nytårskuren", "hvor mange af de 180 gæster").
_UNDER_ITEMS = re.compile(r"\bunder (?:sagerne|punkterne|de enkelte (?:punkter|sager)|hvert "
                          r"punkt|(?:nogle|flere|et|ét|en|én) af (?:punkterne|sagerne))\b|"
                          r"\bkom ind under\b", re.I)
# A guest of the meeting: "gæster", "oplægsholdere", "kom der nogen ind og holdt oplæg?"
_GUEST = re.compile(r"\b(?:gæst\w*|oplægsholder\w*|ud ?over (?:udvalget|medlemmerne|"
                    r"politikerne|de faste)|holdt (?:et )?oplæg|"
                    # "kom der eksterne konsulenter og fremlagde analyser på mødet?"
                    r"eksterne?|konsulent\w*|udefra|(?:fremlagde|præsenterede|gennemgik)\s+"
                    r"(?:\w+\s+)?(?:analyse\w*|undersøgelse\w*|rapport\w*|resultat\w*))\b",
                    re.I)
_AT_MEETING = re.compile(r"\b(?:på|til|under|ved|i) (?:\w+\s+)?(?:udvalgs)?mødet\b", re.I)
_HOW_MANY = re.compile(r"\bhvor mange\b", re.I)
_ATTENDED = re.compile(r"\b(?:deltog|deltager|deltagere|var med|sad med|til stede)\b", re.I)
# A line of an item that names who joined for it.
_JOINED = re.compile(r"\bmøde\s+deltager\b|\bdeltager\b[^.]{0,200}\bunder\s+behandling|"
                     r"\bdeltager på mødet\b|\bdeltog under\b|\bdeltager under\b", re.I)
_MAX_CHARS = 300
# The unit the asker names: "Hvem fra Center for Politik og Organisation sad med …?"
_FROM_UNIT = re.compile(r"\bfra\s+((?:[Cc]enter|[Aa]fdeling\w*|[Ss]ekretariat\w*)\s+for\s+"
                        r"[A-ZÆØÅ]\w+(?:(?:,\s*|\s+og\s+)[A-ZÆØÅ]\w+)*|[A-ZÆØÅ][a-zæøå]+"
                        r"(?:sporet|centret|afsnittet|teamet))")


def asks_guests(question: str, punkt: int | None) -> bool:
    """Does the question ask who joined for the items (or for one named item)?

    >>> asks_guests("Hvem deltog under punkt 5 på mødet 8/9-20?", 5)
    True
    >>> asks_guests("Var der gæster med under nogle af punkterne?", None)
    True
    >>> asks_guests("Kom der nogen ind og holdt oplæg under et af punkterne?", None)
    True
    >>> asks_guests("Hvem deltog i mødet 8/9-20?", None)
    False
    >>> asks_guests("Hvilke oplægsholdere talte ved nytårskuren ud over ministeren?", None)
    False
    """
    if _HOW_MANY.search(question):
        return False
    return bool(_UNDER_ITEMS.search(question)) or (
        bool(_GUEST.search(question)) and bool(_AT_MEETING.search(question))) or (
        punkt is not None and bool(_ATTENDED.search(question)))


def _joined(text: str) -> list[str]:
    """The item's lines that name who joined for it."""
    out = []
    for s in sentences(text):
        if _JOINED.search(s):
            out.append(s if len(s) <= _MAX_CHARS else s[:_MAX_CHARS].rsplit(" ", 1)[0] + " …")
    return out


def compose_guests(ctx: Context) -> Answer | None:
    """The items' guest lines of the asked meeting (or of the one named item), cited; None
    when no item of it names a guest (the meeting's own list then answers)."""
    first = next((c for c in ctx.candidates if ctx.q.punkt in (None, c.punkt)), None)
    if first is None:
        return None
    meeting = ctx.lookup.meeting(first.ref)
    if meeting is None:
        return None
    numbers = [n for n, _, closed in meeting.agenda if not closed and (
        ctx.q.punkt is None or n == ctx.q.punkt)]
    found: list[tuple[ItemRef, str, list[str]]] = []
    for n in numbers:
        view = ctx.lookup.item(replace(first.ref, punkt=n))
        if view is None:
            continue
        lines = _joined("\n".join(t for _, t in view.sections))
        if lines:
            found.append((view.ref, view.title, lines))
    unit = _FROM_UNIT.search(ctx.question)
    if unit and any(unit.group(1).lower() in " ".join(lines).lower() for *_, lines in found):
        # only the lines of the named unit's people
        found = [(ref, title, kept) for ref, title, lines in found
                 if (kept := [x for x in lines if unit.group(1).lower() in x.lower()])]
    if not found:
        return None
    under = found[0][0].name if ctx.q.punkt is not None else "punkterne"
    head = (f"Ud over udvalgets medlemmer deltog disse under {under} på mødet i "
            f"{ctx.committee(first)} den {danish_date(first.meeting_date)}:")
    if is_yes_no(ctx.question):  # "Var der gæster med under nogle af punkterne?"
        head = f"Ja. {head}"
    parts = [head]
    for ref, title, lines in found:
        quoted = " […] ".join(lines)
        parts.append(f"- {ref.name.capitalize()} ({title}): »{quoted}«")
    citations = [ctx.cite(ref, " ".join(lines), title=title) for ref, title, lines in found]
    return ctx.answer("\n".join(parts), citations, kind="who")
