"""A municipality's news page about a committee's meeting ("Nyt fra Kulturudvalget"):
no head of labelled facts, but a lead sentence that says them ("Kulturudvalget holdt
møde tirsdag den 1. april 2025 kl. 15.00 i Mødelokale 2 på Rådhuset, …") and one that
names who sent apologies ("X (DF) havde meldt afbud til mødet."), then the decisions as
a list of items, each a bullet "Punkt 2: Title" over bullets of labelled parts
("Sagsnr. 25/2041", "Sagen kort: …", "Beslutning: …"). The sentences are written as the
head minutes print ("Mødedato: …", "Mødested: …", "Afbud: …") above the page, the page's
own date ("Nyhed · 3. april 2025", when it was published) left as no meeting's; the
items and their parts lose their bullets, so each is read as an item with its sections."""

from __future__ import annotations

import re

_BODY = (r"[A-ZÆØÅ][\w ,.-]{2,80}?(?i:udvalg|udvalget|rådet|råd|nævnet|nævn|bestyrelsen|"
         r"bestyrelse)")
_DATE = r"(?:[a-zæøå]+dag\s+)?(?:den\s+)?\d{1,2}\.\s*[a-zæøå]{3,9}\s+\d{4}"
# "<Body> holdt (sit) møde <day> den 1. april 2025 kl. 15.00 i <place>."
_HELD_RE = re.compile(
    rf"(?m)^\s*(?P<body>{_BODY})\s+holdt\s+(?:sit\s+|et\s+)?møde\s+(?P<date>{_DATE})"
    r"(?:\s+kl\.?\s*(?P<time>\d{1,2}[.:]\d\d))?"
    r"(?:\s+(?:i|på)\s+(?P<place>[^\n]{3,120}?))?\.(?=\s|$)")
_APOLOGY_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<n>[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3}"
    r"(?:\s+\([^()\n]{1,20}\))?)\s+havde\s+meldt\s+afbud(?:\s+til\s+mødet)?\.", re.MULTILINE)
# the head minutes print: a meeting's date label anywhere in the text's first lines
_LABELLED_RE = re.compile(r"(?im)^\W*(?:mødedato|dato)\s*:")
# "- Punkt 2: Title", "- Punkt 10 (lukket punkt): Title" and the labelled bullets below it
_ITEM_RE = re.compile(r"^\s*[-•*]\s+(?=Punkt\s+\d{1,4}\b[^:\n]{0,30}:\s*\S)")
_PART_RE = re.compile(r"^\s*[-•*]\s+(?=(?:Sagsnr\.?\s+\S|[A-ZÆØÅ][\w .-]{1,40}?:\s))")
_MIN_ITEMS = 2


def _unbulleted(lines: list[str]) -> list[str]:
    """The lines with the bullet taken off each listed item and each labelled part below
    it, when the list has two items or more."""
    if sum(bool(_ITEM_RE.match(line)) for line in lines) < _MIN_ITEMS:
        return lines
    out, inside = [], False
    for line in lines:
        if m := _ITEM_RE.match(line):
            out.append(line[m.end():])
            inside = True
        elif inside and (m := _PART_RE.match(line)):
            out.append(line[m.end():])
        else:
            inside = inside and not line.strip() or inside and bool(_PART_RE.match(line))
            out.append(line)
    return out


def news_minutes(text: str) -> str:
    """A news page's meeting as minutes (see the module's note); any other text as it is.

    >>> print(news_minutes("Nyhed · 3. maj 2025\\nKulturudvalget holdt møde tirsdag den "
    ...     "29. april 2025 kl. 16.00 i Byrådssalen. Se her.\\n"
    ...     "Ida Holm (V) havde meldt afbud til mødet.\\n- Punkt 1: Hal\\n- Beslutning: "
    ...     "Godkendt.\\n- Punkt 2: Sti\\n- Beslutning: Udsat."))
    Kulturudvalget
    Mødedato: tirsdag den 29. april 2025
    Mødetid: kl. 16.00
    Mødested: Byrådssalen
    Afbud: Ida Holm (V)
    <BLANKLINE>
    Nyhed · 3. maj 2025
    Kulturudvalget holdt møde tirsdag den 29. april 2025 kl. 16.00 i Byrådssalen. Se her.
    Ida Holm (V) havde meldt afbud til mødet.
    Punkt 1: Hal
    Beslutning: Godkendt.
    Punkt 2: Sti
    Beslutning: Udsat.
    """
    lines = text.split("\n")
    listed = _unbulleted(lines)
    if listed is lines or _LABELLED_RE.search("\n".join(lines[:40])):
        return text
    body = "\n".join(listed)
    if not (held := _HELD_RE.search(body)) or held.start() > len(body) // 2:
        return text
    head = [" ".join(held["body"].split()), f"Mødedato: {held['date']}"]
    head += [f"Mødetid: kl. {held['time']}"] if held["time"] else []
    head += [f"Mødested: {held['place'].strip()}"] if held["place"] else []
    if away := [m["n"] for m in _APOLOGY_RE.finditer(body[:held.end() + 1000])]:
        head.append(f"Afbud: {', '.join(away)}")
    return "\n".join(head) + "\n\n" + body
