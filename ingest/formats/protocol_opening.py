"""A typed forhandlingsprotokol (a pre-2007 council's bound minutes book), as a scan's OCR
gives its text; each form is read as the minutes printed today are:

* the opening sentence names the year before the day, "År 1999, torsdag den 25. marts
  kl. 19.30 afholdt kommunalbestyrelsen ordinært møde …" (OCR: "Ar 1999"): the year is
  put after the day's month, "torsdag den 25. marts 1999 kl. 19.30 …", where a date is read;
* the leaf's folio number, "Blad 1123", alone on its line or closing the running head
  ("Kommunalbestyrelsen, den 25.3.1999      Blad 1124"), is no text;
* an item's local number in brackets after its year-running one, "Sag nr. 43 (3)  Title",
  is no part of the title: "Sag nr. 43  Title";
* the closed part's note that its cases stand in the closed protocol, "(Sagerne er
  protokolleret i den lukkede protokol.)", is no item's decision;
* the parts' headings with their "Å" and "Ø" lost ("ABENT MODE", "LUKKET MODE") read as
  printed, "ÅBENT MØDE" / "LUKKET MØDE", alone on their line.
"""

from __future__ import annotations

import re

from referat.danish import DANISH_MONTHS, DANISH_WEEKDAYS

_WEEKDAYS = "|".join((*DANISH_WEEKDAYS, "lordag", "sondag"))
# "År 1999, torsdag den 25. marts": the year first (OCR: "Ar", "Aar"), then the day
_YEAR_FIRST_RE = re.compile(
    rf"(?m)^([ \t]*)(?:År|Ar|Aar|ÅR|AR|AAR)[ \t]+((?:18|19|20)\d\d)[ \t]*,?[ \t]+"
    rf"((?:(?i:{_WEEKDAYS})[ \t]+)?den[ \t]+\d{{1,2}}\.[ \t]*(?i:{'|'.join(DANISH_MONTHS)}))\b"
    r"(?![ \t]*\d{4})")
# "Blad 1123": a protocol leaf's folio number, alone or at the end of a line after a gap
_FOLIO_RE = re.compile(r"Blad[ \t]+\d{1,5}$")
_FOLIO_GAP = "   "  # (the running head's text, then the folio far right)
# "Sag nr. 43 (3)    Title": the local number after the year-running one
_LOCAL_NUMBER_RE = re.compile(r"(?m)^([ \t]*(?:Sag|SAG|Punkt|PUNKT|Pkt\.?)[ \t]+(?:nr\.?[ \t]*)?"
                              r"\d{1,4}\.?)[ \t]+\(\d{1,3}\)(?=[ \t]+\S|[ \t]*$)")
# the parts' headings as OCR gives them without "Å" and "Ø"
_PART_RE = re.compile(r"(?m)^([ \t]*)(ABENT|AABENT|LUKKET)[ \t]+(MODE|MOEDE)[ \t]*$")
_CLOSED_NOTE_RE = re.compile(r"(?im)^[ \t]*\(?(?:sagen|sagerne|punktet|punkterne)\s+er\s+"
                             r"(?:protokolleret|indført|ført|optaget)\s+i\s+(?:den\s+)?"
                             r"lukkede?\s+protokol\w*\.?\)?[ \t]*$")
_PART_WORD = {"ABENT": "ÅBENT", "AABENT": "ÅBENT", "LUKKET": "LUKKET"}


def protocol_text(text: str) -> str:
    """`text` with a protocol's opening date, folios, local numbers and part headings
    read as printed today; any other text as it is.

    >>> print(protocol_text("Ar 1999, torsdag den 25. marts kl. 19.30 afholdt"))
    torsdag den 25. marts 1999 kl. 19.30 afholdt
    >>> print(protocol_text("Udvalget, den 25.3.1999      Blad 1124\\nSag nr. 43 (3)  Lokalplan"))
    Udvalget, den 25.3.1999
    Sag nr. 43  Lokalplan
    >>> protocol_text("(Sagerne er protokolleret i den lukkede protokol.)")
    ''
    >>> protocol_text("LUKKET MODE"), protocol_text("År 2024, den 3. maj 2024")
    ('LUKKET MØDE', 'År 2024, den 3. maj 2024')
    """
    text = _CLOSED_NOTE_RE.sub("", text)
    text = _YEAR_FIRST_RE.sub(lambda m: f"{m[1]}{m[3]} {m[2]}", text)
    text = _LOCAL_NUMBER_RE.sub(r"\1", "\n".join(_without_folio(ln) for ln in text.split("\n")))
    return _PART_RE.sub(lambda m: f"{m[1]}{_PART_WORD[m[2]]} MØDE", text)



def _without_folio(line: str) -> str:
    """The line without a folio number alone or far right on it (in linear time: a
    line may be a long run of spaces)."""
    if "Blad" not in line:
        return line
    bare = line.rstrip()
    m = _FOLIO_RE.search(bare)
    if m is None:
        return line
    before = bare[: m.start()]
    return before.rstrip() if not before.strip() or before.endswith(_FOLIO_GAP) else line
