"""A list of people wrapped over the header's lines, made one row again before the header
reads its fields (`text_header_rows.header_rows`):

* a sentence of attendance wrapped after a comma: "Til stede var A (A), formand, B (C)," /
  "C (F) og D (Ø). E (V) havde meldt afbud.";
* a labelled list wrapped as a scan's text wraps it, each line after the first opening
  with the bracket of the entry before it: "Medlemmer: A (A) (formand), B (V)" /
  "(næstformand), C (Ø), D (O), E" / "(B), F (C)". A line of its own, not opening with a
  bracket, stays a row, as a list under its label reads one name a line.
"""

from __future__ import annotations

import re

from .called_substitute import called_substitutes
from .people_labels import people_labels
from .text_people import ABSENT, PRESENT, ROLE_WORD_RE

# "Til stede var …", "Fremmødte var …": the sentence `text_header_rows` reads
PRESENT_SENTENCE_RE = re.compile(
    r"^(?:til\s*stede|fremmødt[e]?)\s+(?:var|er|var\s+følgende)\s*:?\s*(?P<v>\S.*)$", re.IGNORECASE)
# "Medlemmer: A (A), …": a people label with its list on the line
_LABEL_RE = re.compile(r"^([A-Za-zÆØÅæøå/ ]{4,30}?)\s*:\s*\S")


def _opens_list(row: str) -> bool:
    m = _LABEL_RE.match(row)
    label = m.group(1).strip().lower() if m else ""  # ("Fravaerende": typed without "æ")
    return label.replace("ae", "æ").replace("oe", "ø").replace("aa", "å") in (*PRESENT, *ABSENT) \
        or label in (*PRESENT, *ABSENT)


def wrapped_people(lines: list[str]) -> list[str]:
    """The lines with a wrapped list of people joined to the row that opens it.

    >>> wrapped_people(["Medlemmer: Ida Ravn (A) (formand), Bo Dam (V)", "(næstformand), Eva Lund",
    ...                 "(B)", "", "Afbud fra: Bo Dam (V)"])
    ['Medlemmer: Ida Ravn (A) (formand), Bo Dam (V) (næstformand), Eva Lund (B)', '', \
'Afbud fra: Bo Dam (V)']
    >>> wrapped_people(["Til stede var Ida Ravn (A), formand,", "Bo Dam (V) og Eva Lund (B)."])
    ['Til stede var Ida Ravn (A), formand, Bo Dam (V) og Eva Lund (B).']
    >>> wrapped_people(["Deltagere", "Ida Ravn (A), formand, Bo Dam (V), Eva Lund (B), Ole",
    ...                 "Ravn (C), Ib Holm (Ø)", "Afbud", "Per Bak (O)"])[1]
    'Ida Ravn (A), formand, Bo Dam (V), Eva Lund (B), Ole Ravn (C), Ib Holm (Ø)'
    """
    out: list[str] = []
    opened = False  # (the last row opens a labelled list)
    joined = 0  # lines still to join to the last row: a typed paragraph's wrapped list
    for k, line in enumerate(lines):
        last = out[-1].strip() if out else ""
        s = line.strip()
        if s and last and (
                (last.endswith(",") and PRESENT_SENTENCE_RE.match(last))
                or (opened and s.startswith("(")) or joined):
            out[-1] = f"{out[-1].rstrip()} {s}"
            joined = max(0, joined - 1)
            continue
        out.append(line)
        opened = _opens_list(s)
        joined = _paragraph_runs_on(lines, k) if opened else (
            _list_wraps(lines, k) if k and _people_heading(lines[k - 1]) else int(
                _name_wrapped(lines, k)))
    # ("… (afbud). I hans sted var indkaldt …"; "Udvalgets medlemmer:", "… uden afbud:")
    return called_substitutes(people_labels(_absence_values(out)))


def _absence_values(rows: list[str]) -> list[str]:
    """The rows with an absence label alone on its row ("Fraværende:") joined to the one
    entry below it when a label follows that entry: "Fraværende: Bo Dam (A) fra kl. 15.50
    (punkt 6 og 7)" is read with its note (when and for which items), as on one row.

    >>> _absence_values(["Fraværende:", "Bo Dam (A) fra kl. 15.50", "Fra administrationen:"])
    ['Fraværende: Bo Dam (A) fra kl. 15.50', 'Fra administrationen:']
    """
    out: list[str] = []
    k = 0
    while k < len(rows):
        row = rows[k].strip()
        value = rows[k + 1].strip() if k + 1 < len(rows) else ""
        after = rows[k + 2].strip() if k + 2 < len(rows) else ""
        if row.endswith(":") and row[:-1].strip().lower() in ABSENT and value and (
                ":" not in value and "(" in value and _LABEL_ROW_RE.match(after)):
            out.append(f"{row} {value}")
            k += 2
            continue
        out.append(rows[k])
        k += 1
    return out


_LABEL_ROW_RE = re.compile(r"^[A-ZÆØÅ][\wæøå /.-]{1,40}:")  # the next label: "Afbud:", …


# A labelled row's value ending in a first name, its surname alone on the next line:
# "Fra administrationen: Kommunaldirektør Bent" / "Frederiksen" (a table cell's wrap)
# (no comma in the value, a first name of at most ten letters last: no place's or body's)
_ANY_LABEL_RE = re.compile(r"^[A-ZÆØÅ][\wæøå ./-]{1,40}:\s*(?:[^\s,]+\s+){0,2}"
                           r"[A-ZÆØÅ][a-zæøå]{1,9}$")
_SURNAME_RE = re.compile(r"^[A-ZÆØÅ][a-zæøå-]+$")


def _name_wrapped(lines: list[str], k: int) -> bool:
    """Whether row `k` is a label's value whose last name wrapped onto the next line
    alone, a label's row after it."""
    if not _ANY_LABEL_RE.match(lines[k].strip()) or k + 1 >= len(lines):
        return False
    after = lines[k + 2].strip() if k + 2 < len(lines) else ""
    return bool(_SURNAME_RE.match(lines[k + 1].strip())) and bool(
        re.match(r"^[A-ZÆØÅ][\wæøå ./-]{1,40}:", after))


def _people_heading(line: str) -> bool:
    """A people list's label alone on its line, its list below it ("Deltagere")."""
    return line.strip().rstrip(":").strip().lower() in (*PRESENT, *ABSENT)


# entries (and parties) a line of a list run on as one paragraph holds at least:
# "A (A), B (A), C (V), D"
_RUN_ON_ENTRIES = 3


def _list_wraps(lines: list[str], k: int) -> int:
    """How many lines below row `k`, the first under a people heading alone on its line,
    carry on its list of names run on as one paragraph and wrapped at the page's width
    ("…, Mette Krogh Iversen (A), Niels Ole" / "Haugaard (A), Camilla Brix (A), …"): each
    line it wraps from full of entries with their parties, each line it wraps onto holding
    one; 0 for a list of one entry a line ("Ida Holm (A), formand" / "Bo Dam (V)"), and
    for names without parties, a typed paragraph the list's sentence rules read."""
    # (the line a full line's entries wrap from is that line alone, the list read so far
    # only for an entry cut at its end: "…, Ditte Holm" / "Mortensen (F)" / "Afbud Ib Ry (C)"
    # ends the list at the label, the line before it holding one entry)
    n, before, prev = 0, lines[k], lines[k]
    for line in lines[k + 1:]:
        s = line.strip()
        if not (min(prev.count(","), prev.count("(")) >= _RUN_ON_ENTRIES and (
                "," in s or s.endswith(")")) or _cut_entry(before.strip(), s)):
            break
        n, before, prev = n + 1, f"{before.rstrip()} {s}", s
    return n


# the marks that part a list's entries: a comma, a semicolon, a middle dot
_ENTRY_MARKS = (",", ";", "·")
# the rest of a name cut at the line's end, then its party: "Krog (Ø)", "Bech Lund (A)"
_NAME_REST_RE = re.compile(r"^[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,2}\s+\([A-ZÆØÅ]{1,2}\)")


def _cut_entry(before: str, line: str) -> bool:
    """Whether a list of members with their parties, run on in a narrow column, goes on
    from `before` on `line`: `before` ends with an entry's mark ("…, Eva Lund (A)," /
    "næstformand; Ib Holm (V)"), `line` opens with one ("· Ole Bak (F) · Ida"), or the
    name `before` ends with goes on there ("· Ida" / "Krog (Ø)"). A line of its own
    ("Ida Holm (A), formand" / "Bo Dam (V)") and a label end the list."""
    if not line or ":" in line or "(" not in before:
        return False
    last = re.split(r"[,;·]", before)[-1].strip()
    # (a middle dot opening a line is read as a bullet, "• Ole Bak (F)", by then)
    dotted = line.startswith(("·", ";")) or line.startswith("•") and "·" in before
    # (a name cut only in a line of several entries, its first name no role: "Ida Holm (V),
    # Formand" / "Ole Bak (A)" is a list one member a line)
    return before.endswith(_ENTRY_MARKS) or dotted or bool(
        before.count("(") >= 2 and "(" not in last and last[:1].isupper() and not (
            ROLE_WORD_RE.fullmatch(last)) and _NAME_REST_RE.match(line))


_RUN_ON_LINES = 5  # how many lines a typed paragraph's list wraps over, at most


def _paragraph_runs_on(lines: list[str], k: int) -> int:
    """How many lines below row `k` (a labelled list, its sentence not ended) carry on
    its sentence: a typed paragraph wrapped mid-list, "Til stede: A, B, C og" / "D." or
    "Fraværende: E (afbud). I hans sted var indkaldt" / "F, der deltog.", up to the line
    ending the sentence, before a blank line and with no label of its own; 0 when the
    paragraph is no such sentence (a list one name a line)."""
    row = lines[k].strip()
    if row.endswith((".", ":")) or not ("," in row or ". " in row):
        return 0  # (a list's sentence: its names parted by commas, or a second sentence)
    for n, line in enumerate(lines[k + 1: k + 1 + _RUN_ON_LINES], 1):
        s = line.strip()
        if not s or ":" in s:  # (a label's line of its own, a caption "Tabel 1: …")
            return 0
        if s.endswith("."):
            after = lines[k + 1 + n].strip() if k + 1 + n < len(lines) else ""
            return n if not after else 0
    return 0
