"""What the paper copy of scanned minutes got stamped and written on before it was scanned
(used by `ocr_scan`): the OCR layer reads a rubber stamp and a pen's note as lines of
text in the minutes' head, where the reader would take them for the committee or for
the meeting's date.

* a received stamp: "MODTAGET" (or "Modtaget 14 JUN 2O11", "Indgået …", "SCANNET
  14.06.2O11"), the date on a line of its own below it, and the one line under that
  naming the office that received it ("Skole- og Kulturforvaltningen",
  "Sekretariatet") — never a body that meets;
* an archive stamp: "RANDERS STADSARKIV" / "/ERO KOMMUNE - ARKIVET", the archive's
  span "Nørhald Kommune 1970-2006" and its shelf mark "Arkivnr. 4.118 / læg 7",
  "Kasse 214";
* a filing note "Indsat i mappe 14/6 JH" (OCR "lndsat"), "Journaliseret 14/6";
* a copy's note "Formandens eks." ("Forrnandens eks,"), "Arkiveksemplar".

Only in the head, the lines above the meeting's first date sentence: the same words in
an item's text are that text.
"""

from __future__ import annotations

import re

_HEAD_LINES = 16  # the head: this many non-blank lines at most
# a date as a stamp prints it: "25. FEB. 1999", "14 JUN 2O11", "14.06.2O11", "14/6"
_DATE = (r"\d{1,2}[.\s/-]*(?:[A-ZÆØÅa-zæøå]{3,9}\.?|[\dOl]{1,2})(?:[.\s/-]*[\dOl]{2,4})?")
# the received stamp's word, its date and initials beside it: "Modtaget 14 JUN 2O11"
_RECEIVED_RE = re.compile(rf"^(?:[A-ZÆØÅ/-]+ ){{0,3}}(?:MODTAGET|Modtaget|INDGÅET|Indgået|"
                          rf"INDKOMMET|Indkommet|(?:IND)?SCANNET)(?:[ \t]+{_DATE})?"
                          rf"(?:[ \t]+[A-ZÆØÅ]{{1,4}})?$")
_DATE_LINE_RE = re.compile(rf"^{_DATE}$")  # (the stamp's date below its word)
# the archive's name: "RANDERS STADSARKlV", "/ERO KOMMUNE - ARKIVET"
_ARCHIVE_RE = re.compile(r"^(?:[A-ZÆØÅ/-]+[ \t]+){0,4}(?:[A-ZÆØÅ]*ARK[Il1]V(?:ET)?|"
                         r"[A-ZÆØÅ][a-zæøå]*arkiv(?:et)?)$")
# the archive's span and shelf mark under its name
_SHELF_RE = re.compile(r"^(?:[A-ZÆØÅ/][\wæøåÆØÅ/-]*[ \t]+Kommune[ \t]+\d{4}[ \t]*-[ \t]*\d{4}|"
                       r"(?:Arkivnr|Kasse|L[æa]e?g|Pakke|Bind)\b.{0,30})$", re.IGNORECASE)
# the pen's filing note, and the copy's owner
_FILED_RE = re.compile(r"^(?:[Il1|]ndsat[ \t]+i[ \t]+mappe|[Jj]ournaliseret)\b.{0,30}$")
_COPY_RE = re.compile(r"^(?:[A-ZÆØÅ][\wæøå]+s[ \t]+eks(?:emplar)?[.,]?|"
                      r"[A-ZÆØÅ][a-zæøå]*eksemplar)$")
# the office that received the paper: one line, no body that meets
_BODY_RE = re.compile(r"udvalg|råd|rad\b|bestyrelse|n[æa]e?vn|komit|forsamling|møde|mode\b",
                      re.IGNORECASE)
# the meeting's own date sentence ends the head
_MEETING_DATE_RE = re.compile(r"\bden\s+[\dl]{1,2}\.\s*[a-zæøå]{3,9}\s+\d{4}|\d{1,2}-\d{2}-\d{4}"
                              r"|\d{1,2}\.\d{1,2}\.\d{4}")


def _stamp_lines(lines: list[str]) -> set[int]:
    """The indices of the head's lines a stamp or a pen put on the paper."""
    found: set[int] = set()
    seen = 0
    k = 0
    while k < len(lines) and seen < _HEAD_LINES:
        line = lines[k].strip()
        if not line:
            k += 1
            continue
        seen += 1
        if _MEETING_DATE_RE.search(line) and not _RECEIVED_RE.match(line):
            break
        if _FILED_RE.match(line) or _COPY_RE.match(line):
            found.add(k)
        elif _RECEIVED_RE.match(line):
            found.add(k)
            k = _received_tail(lines, k + 1, found)
            continue
        elif _ARCHIVE_RE.match(line):
            found.add(k)
            while k + 1 < len(lines) and _SHELF_RE.match(lines[k + 1].strip()):
                k += 1
                found.add(k)
        k += 1
    return found


def _received_tail(lines: list[str], k: int, found: set[int]) -> int:
    """The stamp's date line and its office's line below its word; the next line's index."""
    if k < len(lines) and _DATE_LINE_RE.match(lines[k].strip()):
        found.add(k)
        k += 1
    if k < len(lines) and re.fullmatch(r"[A-ZÆØÅ][\wæøå-]*(?: og [A-ZÆØÅ]?[\wæøå-]+)?",
                                       lines[k].strip()) and not _BODY_RE.search(lines[k]):
        found.add(k)
        k += 1
    return k


def without_stamps(text: str) -> str:
    """`text` without the stamps and pen notes in its head; as it is when it has none."""
    lines = text.split("\n")
    found = _stamp_lines(lines)
    if not found:
        return text
    return "\n".join(line for k, line in enumerate(lines) if k not in found)
