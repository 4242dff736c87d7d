"""Meeting notes kept on a Microsoft Loop page (Teams' meeting notes) and printed from the
browser to PDF, read as text. The page is laid out as Loop lays it out, not as minutes:

    Bestyrelsesmøde 19. november                          (the page's title)
    Oprettet ud fra Teams-mødet · Sidst redigeret af …    (the page's own stamp)
    Bestyrelsesmøde – Hjørring Vandselskab A/S            (the meeting's card)
    tirsdag 19. november 2024 · 14:00 – 16:30
    Mødelokale Kilden, Gartnerivej 14, 9800 Hjørring · Microsoft Teams-møde
    Arrangør: Lise Holm / JM / BN / … / 9 inviterede     (the invitees' initials)
    Dagsorden
    ☑ 1. Godkendelse af dagsorden                         (a checklist, ☐ not reached)
    Noter
    1. Godkendelse af dagsorden                           (the notes, one heading an item)
     • Dagsordenen blev gennemgået.
    Beslutninger
     • Pkt. 1: Dagsordenen blev godkendt.                 (every decision, keyed by item)
    Opfølgningsopgaver                                    (the follow-up tasks' table)

Read as it stood, the card's facts were no header's (the time range taken for the
place, the invitees' initials for names), the checklist was taken for items, and every
decision stood in the last item. So, when the page has both the agenda checklist and the
list of decisions keyed "Pkt. N:" by the checklist's numbers:

* the card is written as the labelled lines a minutes header has: its title's body
  ("Bestyrelsesmøde – X" → "Bestyrelsen for X"; "Lokaludvalgsmøde – Amager Lokaludvalg"
  → the body after the dash), "Dato:", "Tid:" and "Sted:" (the place without the online
  meeting beside it); the page's title and stamp above the card and the initials below
  it go;
* the checklist goes (the notes' headings are the items), and so does the notes' own
  heading ("Noter", read as a name after the head's "Afbud:");
* each entry of the decisions list is written under its item's notes heading (found in
  the checklist's order, its title as the entry's) as the item's "Beslutning", the
  entry's wrapped lines with it; the list goes, and what follows it (the follow-up tasks,
  the page's closing lines) is no item's text.

Found by that structure only: any other text is returned as it is.
"""

from __future__ import annotations

import re

from .common import committee_name

# "☑ 3. Takster 2025", "☐ 7. Strategi 2030": the agenda's checklist
_CHECK_RE = re.compile(r"^\s*[☑☒✅☐□]\s*(?P<n>\d{1,3})\.\s+(?P<t>\S.*?)\s*$")
_DECISIONS_RE = re.compile(r"^\s*(?:beslutninger|beslutningsliste|besluttet)\s*:?\s*$",
                           re.IGNORECASE)
# "• Pkt. 3: Bestyrelsen vedtog …": an entry of the decisions list
_ENTRY_RE = re.compile(r"^\s*(?:[•·*-]\s*)?(?:pkt\.?|punkt)\s*(?P<n>\d{1,3})\s*:\s*(?P<t>.*)$",
                       re.IGNORECASE)
_BULLET_RE = re.compile(r"^\s*[•·*◦-]\s")
# The card's day and time: "tirsdag 19. november 2024 · 14:00 – 16:30"
_WHEN_RE = re.compile(r"^\s*(?P<d>\S.*?\d{4})\s+[·•|]\s+(?P<t>\d{1,2}[:.]\d{2}"
                      r"(?:\s*[–—-]\s*\d{1,2}[:.]\d{2})?)\s*$")
_INITIALS_RE = re.compile(r"^\s*(?:[A-ZÆØÅ]{2,3}|\+?\d{1,3}\s+inviterede)\s*$")
_LABEL_RE = re.compile(r"^\s*[A-ZÆØÅ][\w ]{1,30}:")
_DASH_RE = re.compile(r"\s+[–—-]\s+")
_FACT_SPLIT_RE = re.compile(r"\s+[·•|]\s+")  # ("Mødelokale Kilden, … · Microsoft Teams-møde")
# a body's name after the card's dash: "… – Amager Øst Lokaludvalg"
_BODY_END_RE = re.compile(r"(?:udvalg|udvalget|råd|rådet|nævn|nævnet|bestyrelse|bestyrelsen)$",
                          re.IGNORECASE)


def loop_print(text: str) -> str:
    """The text with a printed Loop page's card, checklist and decisions list read as
    the module's note says; any other text as it is."""
    lines = text.split("\n")
    checks = [(k, int(m["n"]), m["t"]) for k, ln in enumerate(lines) if (m := _CHECK_RE.match(ln))]
    listed = next((k for k, ln in enumerate(lines) if _DECISIONS_RE.match(ln)
                   and checks and k > checks[-1][0]), None)
    if len(checks) < 2 or listed is None:
        return text
    entries = _entries(lines, listed + 1)
    numbers = [n for _, n, _ in checks]
    if len(entries) < 2 or not set(entries) <= set(numbers):
        return text
    heads = _headings(lines, checks, listed)
    if heads is None:
        return text
    top = [ln for k, ln in enumerate(lines[:checks[0][0]])
           if not (k == checks[0][0] - 1 and ln.strip().lower() == "dagsorden")]
    out = _card(top)  # (without the notes' heading, "Noter", between checklist and notes)
    bounds = [*heads, listed]
    for (_, number, _), start, stop in zip(checks, bounds, bounds[1:], strict=False):
        body = lines[start:stop]
        while body and not body[-1].strip():
            body.pop()
        said = entries.get(number)
        out += [*body, *(["", "Beslutning", *said] if said else []), ""]
    return "\n".join(out)  # (the follow-up tasks, the closing lines after the list: no item's)


def _entries(lines: list[str], start: int) -> dict[int, list[str]]:
    """The decisions list's entries from line `start` on, by item number (an entry's
    wrapped lines with it, its key gone)."""
    found: dict[int, list[str]] = {}
    current: list[str] | None = None
    k = start
    while k < len(lines):
        line = lines[k].strip()
        if m := _ENTRY_RE.match(line):
            current = found.setdefault(int(m["n"]), [])
            current.append(m["t"])
        elif current is not None and line and not _BULLET_RE.match(line) and (
                not current[-1].rstrip().endswith((".", "!", "?")) or line[:1].islower()):
            current.append(line)  # (an entry wrapped onto the next line)
        elif line or k + 1 == len(lines) or not _ENTRY_RE.match(lines[k + 1].strip()):
            break  # (the list's end: a blank line goes on only to the next entry)
        k += 1
    return found


def _headings(lines: list[str], checks: list[tuple[int, int, str]],
              listed: int) -> list[int] | None:
    """The line of each checklist entry's notes heading ("3. Takster 2025 – …", its title
    as the entry's first words), in order, between the checklist and the decisions list;
    None when one is missing."""
    heads: list[int] = []
    at = checks[-1][0] + 1
    for _, number, title in checks:
        words = " ".join(title.split()[:3]).casefold()
        at = next((k for k in range(at, listed) if (m := re.match(
            rf"^\s*{number}\.\s+(\S.*)$", lines[k])) and " ".join(
            m.group(1).split()).casefold().startswith(words)), -1)
        if at < 0:
            return None
        heads.append(at)
        at += 1
    return heads


def _card(top: list[str]) -> list[str]:
    """The head with the meeting's card as labelled lines (see the module's note)."""
    when = next((k for k, ln in enumerate(top) if _WHEN_RE.match(ln)), None)
    m = _WHEN_RE.match(top[when]) if when else None
    if m is None or when is None:
        return top
    meeting, *other = _DASH_RE.split(top[when - 1].strip(), maxsplit=1)
    owner = other[0].strip() if other else ""
    body = owner if _BODY_END_RE.search(owner) else committee_name(meeting) + (
        f" for {owner}" if owner else "")
    head = [f"Udvalg: {body}", f"Dato: {m['d']}", f"Tid: {m['t']}"]
    rest = top[when + 1:]
    if rest and rest[0].strip() and not _LABEL_RE.match(rest[0]):
        head.append(f"Sted: {_FACT_SPLIT_RE.split(rest[0].strip())[0]}")
        rest = rest[1:]
    return head + [ln for ln in rest if not _INITIALS_RE.match(ln)]
