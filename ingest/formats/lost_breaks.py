"""A text field exported with its line breaks lost: one line in which every line of the
printed page is glued to the next with no space between (an eDoc export's `FullText`):

    3.\tBroerSagsnr.: 2015-2211Dok.nr.: 2016-11340SammendragTre af de fire …
    Økonomiudvalgettirsdag den 3. maj 2016, kl. 17:00i Mødelokale 1 på X Rådhus…

Read so, the title line holds the item's whole text and the front page is no list of
people. The breaks are set again where the glue shows: a word going on with a capital
word ("KanalenSagsnr.", "(A) - formandHanne", "2016.Bilag", "Punkt 9Sammendrag"), a
known heading glued to its text however it is preceded ("punktet: Supplerende
sagsfremstillingBy", "Bilag2016-10980"), a lettered point ("11873a.Status", "atA)der"),
an attachment's number ("… 20162016-11651 - Sygefravær"), a weekday's date line
("Økonomiudvalgettirsdag den 3. maj") and the place after its clock time ("kl. 17:00i
Mødelokale 1"). A text with line breaks of its own is split at them only, unless its
lines still show the glue (a known heading between a sentence's end or a number and its
text, "2007.SagsfremstillingHøringssvarene", "Sagsnr.: 2010-00412Dok.nr.", "… den
03.03.2010 Punkt 1Taget til efterretning": an export that kept a paragraph's break and
lost every other): each of its lines is then restored so.
"""

from __future__ import annotations

import re
from itertools import pairwise

from referat.danish import DANISH_WEEKDAYS

from .item_text import GLUABLE

_HEADINGS = "|".join(GLUABLE)
_BREAK_RE = re.compile(
    # (a word, a number, a sentence or a bracket going on with a capitalised word)
    r"(?<=[a-zæøå\d.)])(?=[A-ZÆØÅ][a-zæøå])"
    # (a known heading glued to the text after it)
    rf"|(?<=.)(?=(?:{_HEADINGS})[A-ZÆØÅ\d])"
    # (a point lettered in capitals: "atA)der")
    r"|(?<=[\w.])(?=[A-H]\)[a-zæøå])"
    # (a date line's weekday glued to the heading above it, the place to its clock time)
    rf"|(?<=[a-zæøå])(?=(?:{'|'.join(DANISH_WEEKDAYS)}) den \d)"
    r"|(?<=\d[:.]\d\d)(?=i [A-ZÆØÅ])"
    # (an attachment's document number glued to the title above: "1. kvartal 20162016-11651 -")
    r"|(?<=\d)(?=(?:19|20)\d\d-\d{3,} - )"
)
# (a point lettered in small letters, "11873a.Status", "Herstederneb.KKR": the list's
# letters in turn, so that a sentence's end, "broerne.Økonomiudvalgets", is none)
_POINT_RE = re.compile(r"(?<=[\w.])(?=[a-h]\.[A-ZÆØÅ])")
# (a heading that opens a line glued to a number: "Bilag2016-10980 - Oversigt …")
_HEADING_NUMBER_RE = re.compile(rf"(?:{_HEADINGS})(?=\d)")
# (the glue in a text that kept some breaks: a heading glued to both its neighbours, the
# document number to the case number, a decision's heading to its text)
_GLUED_HEADING_RE = re.compile(rf"[a-zæøå\d.)](?:{_HEADINGS})[A-ZÆØÅ\d]|\dDok\.nr\.|"
                               r"\d{4} Punkt \d{1,3}[A-ZÆØÅ][a-zæøå]")


def _glued_lines(text: str) -> list[str]:
    cuts = {0, len(text)} | {m.start() for m in _BREAK_RE.finditer(text)}
    letter = "a"
    for m in _POINT_RE.finditer(text):
        if text[m.start()] == letter:  # (the point keeps its text: "a.Status")
            cuts = (cuts | {m.start()}) - {m.start() + 2}
            letter = chr(ord(letter) + 1)
    for cut in sorted(cuts):
        if m := _HEADING_NUMBER_RE.match(text, cut):
            cuts.add(m.end())
    return [text[a:b] for a, b in pairwise(sorted(cuts)) if text[a:b].strip()]


def restored_lines(text: str) -> list[str]:
    """The text's lines, with the breaks an export lost set again (see the module's
    docstring); a text with breaks of its own split at them only.

    >>> restored_lines("1.\\tMødeSagsnr.: 12-3Dok.nr.: 4SammendragKort.Bilag2016-1 - Kort")
    ['1.\\tMøde', 'Sagsnr.: 12-3', 'Dok.nr.: 4', 'Sammendrag', 'Kort.', 'Bilag', \
'2016-1 - Kort']
    """
    if "\n" not in text.strip():
        return [ln for page in text.split("\f") for ln in _glued_lines(page)]
    if not _GLUED_HEADING_RE.search(text):
        return text.split("\n")
    return [ln for line in re.split(r"[\n\f]", text)
            for ln in (_glued_lines(line) if line.strip() else [line])]
