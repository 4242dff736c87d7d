"""A paper form of boxed fields (a scanned "mødeblanket" / "sagsblanket"): every box has a
tiny upper-case caption at its top and its value below it, so the page's text is a run of
caption lines, each followed by its value's lines ("UDVALG / RÅD" / "Social- og
Sundhedsudvalget", "MØDETID START" / "14.00", "PUNKT NR." / "1", "OVERSKRIFT" / "Godkendelse
af dagsorden", "ÅBEN / LUKKET" / "LUKKET", "BESLUTNING" / "Godkendt.", "AFSTEMNING" / …).
Read as it is, no item heading is found (every item page is one run of text), the form's
title is taken for the body and the captions stay inside the sections' texts.

A caption is an upper-case line that names a known field, case aside and with what a
parenthesis adds left out ("SAGSFREMSTILLING (RESUMÉ)"); a compound caption names two
fields in one box ("UDVALG / RÅD", "MØDETID START/SLUT"), read by its first known part.
Written back as the text adapter reads minutes: the meeting's fields as "Label: value"
lines ("Udvalg:", "Mødedato:", "Starttid:", "Til stede:" …); an item's number, title, case
and open/closed boxes as its heading (`label_grid.item_heading`); a section's box as its
heading over its text; the vote, absence and disqualification boxes as "Afstemning:",
"Fraværende:" and "Inhabil:" lines; empty boxes and the form's list of items (each item
has its own form page) dropped. A value ends at the next caption or at a blank line (a
page's end). Only a form is read so: six or more captions, among them an item's number
box with a number below it."""

from __future__ import annotations

import re

from .label_grid import defined_items, grid_text, item_field, item_heading
from .text_sections import section_name

# The meeting's boxes: the caption's words → the header label the text adapter reads
_HEAD_FIELDS = {
    "udvalg": "Udvalg", "råd": "Udvalg", "organ": "Udvalg", "udvalgets navn": "Udvalg",
    "mødedato": "Mødedato", "dato for mødet": "Mødedato",
    "mødetid": "Mødetid", "mødetidspunkt": "Mødetid", "tidspunkt": "Mødetid",
    "mødetid start/slut": "Mødetid", "start/slut": "Mødetid",  # (both in one box)
    "mødetid start": "Starttid", "mødestart": "Starttid", "starttid": "Starttid",
    "start": "Starttid", "mødetid slut": "Sluttid", "sluttid": "Sluttid", "slut": "Sluttid",
    "mødested": "Mødested", "sted": "Mødested", "mødelokale": "Mødested",
    "til stede": "Til stede", "tilstede": "Til stede", "fremmødte": "Til stede",
    "deltagere": "Til stede", "afbud": "Afbud", "referent": "Referent",
    "sekretær": "Referent", "kommune": "Kommune",
}
# An item's boxes after its sections: the vote, who was away, who was disqualified
_NOTE_FIELDS = {
    "afstemning": "Afstemning", "afstemningsresultat": "Afstemning",
    "fraværende": "Fraværende", "fraværende ved punktet": "Fraværende",
    "fraværende under punktet": "Fraværende", "inhabilitet": "Inhabil", "inhabil": "Inhabil",
}
# The form's own list of its items ("PUNKTER (NR. – OVERSKRIFT)")
_CONTENTS_RE = re.compile(r"^(?:punkter|dagsordenspunkter|punktliste|dagsorden|indhold)$")
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
_NUMBER_RE = re.compile(r"\d{1,4}")


def _parts(line: str) -> list[str]:
    """The caption's field names, lower-cased, without its parentheses: "UDVALG / RÅD" →
    ["udvalg / råd", "udvalg", "råd"]; "MØDETID START/SLUT" → [..., "mødetid start", "slut"]."""
    key = " ".join(_PAREN_RE.sub("", line).split()).lower().rstrip(":")
    return [key, *(p.strip() for p in key.split("/"))] if "/" in key else [key]


def _field(line: str) -> tuple[str, str] | None:
    """(kind, label) of a caption line; None when the line is no caption. The kinds: "head"
    (label the header's), "item" (label number/title/case/access), "section" (label the
    heading), "note" (the line's label) and "contents"."""
    line = line.strip()
    if not (3 <= len(line) <= 60) or not line.isupper() or sum(c.isalpha() for c in line) < 3:
        return None
    if kind := item_field(line):  # ("ÅBEN / LUKKET" whole)
        return "item", kind
    for key in _parts(line):
        if not key:
            continue
        if kind := item_field(key):
            return "item", kind
        if key in _HEAD_FIELDS:
            return "head", _HEAD_FIELDS[key]
        if key in _NOTE_FIELDS:
            return "note", _NOTE_FIELDS[key]
        if _CONTENTS_RE.match(key):
            return "contents", ""
        if section_name(key.capitalize()):
            return "section", key.capitalize()
    return None


def _boxes(lines: list[str]) -> list[tuple[int, int, tuple[str, str] | None]]:
    """The text as (start, end, field) runs: a caption's line with its value's lines, or a
    line outside any box (field None)."""
    out: list[tuple[int, int, tuple[str, str] | None]] = []
    i = 0
    while i < len(lines):
        field = _field(lines[i])
        if field is None:
            out.append((i, i + 1, None))
            i += 1
            continue
        k = i + 1
        while k < len(lines) and lines[k].strip() and _field(lines[k]) is None:
            k += 1
        out.append((i, k, field))
        i = k
    return out


def _is_form(lines: list[str], boxes: list[tuple[int, int, tuple[str, str] | None]]) -> bool:
    fields = [(a, b, f) for a, b, f in boxes if f]
    numbered = any(f == ("item", "number") and b - a == 2 and _NUMBER_RE.fullmatch(
        lines[a + 1].strip()) for a, b, f in fields)
    return numbered and len(fields) >= 6 and any(f == ("item", "title") for _, _, f in fields)


def form_text(text: str) -> str:
    """The text with a boxed form's captions read as the module says; as it was unless it
    is such a form.

    >>> print(form_text("UDVALG / RÅD\\n Byudvalget\\nMØDEDATO\\n 08-09-2025\\nMØDETID START\\n"
    ...                 " 14.00\\nAFSTEMNING\\n\\nPUNKT NR.\\n 1\\nÅBEN / LUKKET\\n LUKKET\\n"
    ...                 "OVERSKRIFT\\n Godkendelse\\nBESLUTNING\\nGodkendt.\\nINHABILITET"))
    Udvalg: Byudvalget
    Mødedato: 08-09-2025
    Starttid: 14.00
    <BLANKLINE>
    1. Godkendelse (lukket)
    Beslutning
    Godkendt.
    """
    lines = text.split("\n")
    boxes = _boxes(lines)
    if not _is_form(lines, boxes):
        return text
    out: list[str] = []
    k = 0
    while k < len(boxes):
        start, end, field = boxes[k]
        if field is None:
            out.append(lines[start])
            k += 1
            continue
        kind, label = field
        value = [ln.strip() for ln in lines[start + 1:end]]
        if kind == "item":  # the item's number, case, access and title boxes, one heading
            head = {"number": "", "title": "", "case": "", "access": ""}
            while k < len(boxes) and (f := boxes[k][2]) and f[0] == "item":
                a, b = boxes[k][0], boxes[k][1]
                head[f[1]] = head[f[1]] or " ".join(ln.strip() for ln in lines[a + 1:b])
                k += 1
            if head["number"] and head["title"]:
                out += item_heading(head["number"], head["title"], head["case"], head["access"])
            continue
        k += 1
        if not value or kind == "contents":
            continue
        if kind == "section":
            out += [label, *value]
        else:  # ("Til stede: Hanne Brix (V) – formand" / "Ole Sandberg (A)" …)
            out += [f"{label}: {value[0]}", *value[1:]]
    return "\n".join(out)


def label_rows(text: str) -> str:
    """The text with a grid's rows (`label_grid`), a boxed form's fields or a definition
    list's item terms put back."""
    return grid_text(form_text(defined_items(text)))
