"""An item's heading printed as a one-row table "N | Title | Åben | Sagsnr. …" (Acrobat's
PDFMaker), whose cells a PDF's text gives one a line where the title wraps in its cell:

    4
    Orientering om sygefravær i Sundhed og
    Omsorg
    Åben Sagsnr. 19/2871

read as the row reads on one line elsewhere: "4 Orientering om sygefravær i Sundhed og
Omsorg", then its status "Åben" and its case number "Sagsnr. 19/2871" on lines of their
own, where an item's status and case number under its title are read. Found by that
shape only: the number alone, a title of up to three lines, the status cell with the
case number's cell after it on one line. A boxed header table over each item ("Punkt |
Overskrift | Sagsnr. | Åbent/Lukket" over "1 | Title | 19/80 | Åbent") gives the case
number's cell alone and the status alone after it: that row is read the same way, so a
short case number ("19/80", which reads as no case number by itself) is no word of the
title."""

from __future__ import annotations

import re

from .text_sections import section_name

_NUMBER_CELL_RE = re.compile(r"^\s*(\d{1,4})\s*$")
# (the row's last two cells on one line: a status alone below a title is read as it is)
_STATUS_CELL_RE = re.compile(r"^\s*((?i:åben|åbent|lukket)(?:\s+(?i:punkt|sag))?)"
                             r"\s+((?i:sagsnr|sags nr|j\.\s?nr)\.?\s*:?\s*\S.*?)\s*$")
_TITLE_CELL_RE = re.compile(r"^\s*[A-ZÆØÅ\"“«][^:]*$")
# ... or a row "N | Title | case | status" (a boxed header table over each item, its head
# row "Punkt | Overskrift | Sagsnr. | Åbent/Lukket"): the case number's cell alone, a short
# one too ("19/80"), then the status alone; no date ("14-01-2019")
_CASE_CELL_RE = re.compile(r"^\s*((?!\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d\s*$)"
                           r"(?:[A-ZÆØÅ]{2,5}-)?\d{2,4}[-/.]\d{2,}(?:[-/.]\w+)*)\s*$")
_CASE_LABEL_RE = re.compile(r"^(?i:sagsnr|sags nr|sagsnummer|j\.\s?nr|journalnr)\.?:?$")
_STATUS_ALONE_RE = re.compile(r"^\s*((?i:åben|åbent|lukket)(?:\s+(?i:punkt|sag))?)\s*$")
_TITLE_CELL_LINES = 3  # a title wraps in its cell onto at most this many lines


def row_cells(lines: list[str]) -> list[str]:
    """`lines` with each such row written as the heading, status and case number lines
    (unchanged when there is none).

    >>> row_cells(["4", "Orientering om", "sygefravær", "Lukket Sagsnr. 19/2871"])
    ['4 Orientering om sygefravær', 'Lukket', 'Sagsnr. 19/2871']
    >>> row_cells(["1", "Godkendelse af dagsorden", "19/80", "Åbent"])
    ['1 Godkendelse af dagsorden', 'Åbent', 'Sagsnr. 19/80']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _NUMBER_CELL_RE.match(lines[i]) and (row := _row(lines, i)):
            out += row[0]
            i = row[1]
            continue
        out.append(lines[i])
        i += 1
    return out


def _row(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The row that starts with the number cell at line `i` and the line after it."""
    title: list[str] = []
    for k in range(i + 1, min(len(lines), i + 2 + _TITLE_CELL_LINES)):
        s = lines[k].strip()
        if title and (status := _STATUS_CELL_RE.match(s)):
            heading = f"{lines[i].strip()} {' '.join(title)}"
            return [heading, status.group(1), status.group(2)], k + 1
        if title and (case := _CASE_CELL_RE.match(s)) and k + 1 < len(lines) and (
                status := _STATUS_ALONE_RE.match(lines[k + 1])) and not any(
                _CASE_LABEL_RE.match(t) for t in title):  # ("Sagsnr." / "2025-01": a label's)
            heading = f"{lines[i].strip()} {' '.join(title)}"
            return [heading, status.group(1), f"Sagsnr. {case.group(1)}"], k + 2
        if not s or section_name(s) or not (_TITLE_CELL_RE.match(s) or title and s[:1].islower()):
            return None
        title.append(s)
    return None
