"""The attendance line a template prints under every decision ("Godkendt." /
"Fraværende: Lene Bach (K)", an EG print's "Afbud: Liselott Blixt"): who was away from
the item, no part of what was decided. `finish` reads the names into the item's
absentees first, then the decision ends before the line, so that an answer quoting the
decision quotes the decision only. Under a closed item's notice ("Punktet er behandlet
for lukkede døre.") the line makes the notice no decision (`closed_decision`). Above
the decision, a line of names under "Afbud:" or "Fraværende:" is the item's absence
(`absence_line`, read by `text_item_body`); below the decision or its attachments, the
names under a heading of its own closing the item are its absence too (`absence_block`)."""

from __future__ import annotations

import re

from referat.domain import AgendaItem

from .closed_marks import closed_notice, mark_line, mark_only
from .people import decision_people
from .text_people import participants_from_list

# One person named in such a sentence, their party after the name: "Poul Riis (O)"
_NAMED = r"(?:[A-ZÆØÅ][\w.-]*[ \t]+){0,3}[A-ZÆØÅ][\w.-]*(?:[ \t]+\([A-ZÆØÅ]{1,4}\))?"
# The decision's last line, a bare "Fraværende:" or "Afbud:" label and the names after it
# (or a sentence naming who was away: "Poul Riis (O) var fraværende.", a Prescriba print's;
# several, "Ida Holm (C), Bo Dam (F) og Eva Lund (K) var" / "fraværende.", wrapped where
# the print wraps, or run on after the decision's own last sentence when lines are joined)
_TRAILER_RE = re.compile(r"(?:\n|(?<=[.!?])[ \t]+)[ \t]*(?:(?i:afbud|fraværende)[ \t]*(?P<h>\n)?"
                         r"[ \t]*(?(h)|:[ \t]*)(?P<n>\S[^\n]*?)|"
                         rf"{_NAMED}(?:[ \t]*,\s*{_NAMED})*(?:\s+og\s+{_NAMED})?"
                         r"\s+var\s+fraværende\.?)[ \t]*\Z")


def absence_trailer(text: str) -> tuple[str, list[str]]:
    """The decision text without its last line when that line only says who was away,
    and the people it names; `(text, [])` when the text has no such line after the
    decision itself.

    >>> absence_trailer("Godkendt.\\nFraværende: Lene Bach (K)")
    ('Godkendt.', ['Lene Bach (K)'])
    >>> absence_trailer("Godkendt.\\nPoul Riis (O) var fraværende.")
    ('Godkendt.', ['Poul Riis (O)'])
    >>> absence_trailer("Fraværende: Lene Bach (K)")
    ('Fraværende: Lene Bach (K)', [])
    >>> absence_trailer("Godkendt.\\n\\nFraværende: Ingen")
    ('Godkendt.', [])
    >>> absence_trailer("Godkendt.\\nFraværende\\nLene Bach (K)")
    ('Godkendt.', ['Lene Bach (K)'])
    >>> absence_trailer("Intet. Ida Holm (C), Bo Dam (F) og Eva Lund (K) var\\nfraværende.")
    ('Intet.', ['Ida Holm (C)', 'Bo Dam (F)', 'Eva Lund (K)'])
    >>> absence_trailer("Godkendt.\\nFraværende: Lene Bach (K). Ib Dal (V) ankom under punktet.")
    ('Godkendt.\\nIb Dal (V) ankom under punktet.', ['Lene Bach (K)'])
    """
    m = _TRAILER_RE.search(text)
    if not m or not text[:m.start()].strip():
        return text, []
    if _NO_ONE_RE.match(m["n"] or ""):  # (the template's line when all came: no one)
        return text[:m.start()].rstrip(), []
    trailer, kept = m.group(0).strip(), ""
    if m["n"] and (note := _COME_GO_RE.search(trailer)):  # (… a member came during it)
        trailer, kept = trailer[:note.start()], "\n" + trailer[note.end():]
    names = decision_people(trailer)[0]
    return (text[:m.start()].rstrip() + kept, names) if names else (text, [])


# A sentence after the names about a member who came or left during the item: "Fraværende:
# Ida Holm (C). Bo Dam (V) deltog fra kl. 15.40 under behandlingen af punktet." – what
# happened at this item, kept with its decision, no line of the template's
_COME_GO_RE = re.compile(r"(?<=[.!])[ \t]+(?=(?:[A-ZÆØÅ][\w.-]*[ \t]+){1,4}(?:\([A-ZÆØÅ]{1,4}\)"
                         r"[ \t]+)?(?:deltog[ \t]+fra|ankom|kom|mødte|forlod|gik)\b)")


def absence_heading(text: str) -> bool:
    """Whether the decision ends in who was away under a heading of its own, the names
    on the line below it ("Fraværende" / "Karsten Møller Nielsen (V)"): a part of its
    own after the decision, no line of it."""
    m = _TRAILER_RE.search(text)
    return bool(m and m["h"] and absence_trailer(text)[1])


# The template's attendance line naming no one: "Fraværende: Ingen", "Afbud: –"
_NO_ONE_RE = re.compile(r"^(?:ingen(?:\s+fraværende|\s+afbud)?|intet|[-–—])\.?$", re.IGNORECASE)


def closed_decision(item: AgendaItem, decided: bool = True) -> None:
    """Minutes publish a closed item's decision only, without a heading: its one text is
    its decision when the meeting has decisions (`decided`), unless that text is the
    notice that the item was closed ("Punktet er lukket.", "Punktet er behandlet for
    lukkede døre."), also with the attendance line a template prints under every item
    ("Fraværende: X"), whose names are the item's absentees: the notice is no text of
    the item (its closed flag says it), in an agenda too; nor is that line alone (under
    the title, the closed mark after it: "Fraværende: X" / "Lukket punkt"); nor, in minutes
    that decide, the closed mark again in italics ("*Lukket sag*"). The notice closing a
    closed item's decision ("Godkendt." / "Punktet er behandlet for lukkede døre.", a
    FirstAgenda print's) goes from it too: where it was treated, no part of what it
    decided; so does the notice alone under the title above the decision, and the mark
    with its reason opening the decision ("Lukket punkt, da det vedrører enkeltpersoner.")."""
    for section in item.sections if item.closed else []:
        said, _, last = section.text.rpartition("\n")
        if section.name == "Beslutning" and said.strip() and closed_notice(last):
            section.text = said.rstrip()
    # (… and the notice alone under the title, untitled, above the decision: "Sagen
    # behandles for lukkede døre, jf. styrelseslovens § 10." / "Beslutning i …")
    if item.closed and len(item.sections) > 1 and item.sections[0].name == "Beskrivelse" and (
            closed_notice(item.sections[0].text)):
        item.sections = item.sections[1:]
    if not item.closed or [s.name for s in item.sections] != ["Beskrivelse"]:
        return _without_lead_mark(item)
    notice, away = absence_trailer(item.sections[0].text)
    if not away and _ABSENT_LINE_RE.match(notice.strip()):
        notice, away = "", decision_people(notice.strip())[0]
    if notice and not closed_notice(notice) and not (decided and mark_only(notice)):
        item.sections[0].name = "Beslutning" if decided else item.sections[0].name
        _without_lead_mark(item)
    else:
        item.absentees = [*item.absentees, *(a for a in away if a not in item.absentees)]
        item.sections = []


# "Afbud: Nour El-Amin, Jesper Krogh": names only (a sentence, "Afbud: Hanne Jensen
# (A) deltog ikke i …", is the item's text); "Fraværende under punktet: …", and the
# reason after the names ("…, inhabil", "… – inhabil"), no name
_ABSENT_LINE_RE = re.compile(
    r"^(?:Afbud|Fraværende(?:\s+under\s+(?:punktet|sagen|behandlingen))?)\s*:\s*"
    r"((?:[^,.;:]{1,40}?(?:,\s*|\s+og\s+))*[^,.;:–]{1,40}?)"
    r"(?:\s*(?:,|\s[–-])\s*(?:inhabil|pga\.\s+inhabilitet|på\s+grund\s+af\s+inhabilitet))?$")


def absence_line(line: str, current: str | None, head: bool) -> re.Match[str] | None:
    """A line naming who was absent from the item, the names its group 1: "**Afbud:** …"
    anywhere; "Afbud: …" under the title; "Afbud: …" or "Fraværende: …" after the
    Indstilling, before the decision (one in the decision is the decision's own); made a
    heading by a converter, alone on its page ("#### **Afbud** …"), too."""
    if (bold := re.sub(r"^#{1,6}\s*(?=\*\*)", "", line)).startswith("**"):
        return re.match(r"^\**Afbud\**\s*:?\s*(\S.*)$", bold)
    if current == "Indstilling" or (head and current == "Beskrivelse" and line.startswith(
            "Afbud")):
        return _ABSENT_LINE_RE.match(line)
    return None


# "Fraværende" / "Afbud" alone on its line, a heading over the names below it
_BARE_ABSENT_RE = re.compile(r"^\**(?:Fraværende|Afbud)\**\s*:?\**$", re.IGNORECASE)


def absence_block(body: list[str]) -> tuple[list[str], list[str]]:
    """The item's lines without the block of who was away that closes it, a heading of
    its own over a line of names only ("Fraværende" / "Bettina Lind (F), Amalie Friis"),
    and the names; `(body, [])` when the item ends otherwise.

    >>> absence_block(["Beslutning", "Godkendt.", "Bilag", "Notat", "", "Fraværende",
    ...                "Bo Lind (F), Ane Friis Holm, Jens Ravn Ole (V)", ""])[1]
    ['Bo Lind (F)', 'Ane Friis Holm', 'Jens Ravn Ole (V)']
    """
    filled = [k for k, line in enumerate(body) if line.strip()]
    if len(filled) < 3 or not _BARE_ABSENT_RE.match(body[filled[-2]].strip()):
        return body, []
    m = _ABSENT_LINE_RE.match(f"Fraværende: {body[filled[-1]].strip()}")
    names = [p.name for p in participants_from_list(m.group(1), "afbud")
             if p.status == "afbud"] if m and not _NO_ONE_RE.match(m.group(1)) else []
    return (body[:filled[-2]], names) if names else (body, [])


_FIRST_SENTENCE_RE = re.compile(r"^(?P<s>[^.!?]{4,120}[.!?])\s+(?=[A-ZÆØÅ])")
# the mark with the reason the item is closed: "Lukket punkt, da det vedrører enkeltpersoner."
_MARK_WHY_RE = re.compile(r"^(?:lukket|fortroligt?)\s+(?:punkt|sag)\s*[,–-]?\s+(?:da|fordi|pga\.|"
                          r"på\s+grund\s+af)\s", re.IGNORECASE)


def _without_lead_mark(item: AgendaItem) -> None:
    """A closed item's decision opened by its closed mark with the reason, a sentence of
    the paragraph ("Lukket punkt, da det vedrører enkeltpersoner. Rådet valgte …"): the
    mark is no part of what was decided (the item's flag says it)."""
    for section in item.sections if item.closed else []:
        m = _FIRST_SENTENCE_RE.match(section.text)
        if section.name == "Beslutning" and m and (mark_line(m["s"]) or _MARK_WHY_RE.match(m["s"])):
            section.text = section.text[m.end():]
