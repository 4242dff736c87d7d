"""A header's label table printed without colons, each label on a line of its own and its
value on the line(s) below it, as a two-column table of facts reads as text:

    Sted
    Udvalgsværelset, Rådhuset, Torvet 1, 8000 Aarhus
    Deltagere
    Eva Lund (A) (formand), Ib Holm (V) (næstformand), Kim Berg (A),
    Ole Dam (C), Sara Kirk (Ø)
    Afbud
    Pia Vang (F)
    Referent
    Jens Bro

Read as it is, the label "Sted" is taken for the place and the first line of the
members' comma list (wrapped after a comma) is no member of any list. Each label is
written with its colon on its value's first line ("Sted: Udvalgsværelset, …",
"Deltagere: Eva Lund (A) …,"), as the labelled header reads it; the lines below stay,
so a wrapped list goes on as one.

Found by structure only: three or more such labels, a place's label among them, each
followed by a line that is no label – a table of the meeting's facts, not a list's
heading ("Deltagere" above one name a line) alone.
"""

from __future__ import annotations

import re

from .text_people import ABSENT, PRESENT, clean_heading

_PLACE = ("sted", "mødested", "lokale", "mødelokale")
# (the facts of one value; a bold "**Afbud**" before names is read as it is)
_FACTS = frozenset((*_PLACE, "tid", "tidspunkt", "mødetidspunkt", "mødetid", "dato", "mødedato"))
_LABELS = frozenset((*_FACTS, *PRESENT, *ABSENT, "referent", "sekretær", "bemærkning",
                     "bemærkninger", "næste møde"))
_LEAST = 3


def _label(row: str) -> str:
    word = clean_heading(row).lower()
    return word if word in _LABELS and ":" not in row else ""


def colonless_labels(rows: list[str]) -> list[str]:
    """The rows with each such label joined to its value's first line.

    >>> colonless_labels(["Sted", "Rådhuset", "Deltagere", "Eva Lund (A),", "Ib Holm (V)",
    ...                   "Afbud", "Pia Vang (F)"])
    ['Sted: Rådhuset', 'Deltagere: Eva Lund (A),', 'Ib Holm (V)', 'Afbud: Pia Vang (F)']
    >>> colonless_labels(["Deltagere", "Eva Lund (A)", "Ib Holm (V)", "Afbud", "Pia Vang (F)"])
    ['Deltagere', 'Eva Lund (A)', 'Ib Holm (V)', 'Afbud', 'Pia Vang (F)']
    """
    at = [k for k, row in enumerate(rows) if _label(row)]
    if len(at) < _LEAST or not any(_label(rows[k]) in _PLACE for k in at) or any(
            k + 1 >= len(rows) or not rows[k + 1].strip() or _label(rows[k + 1]) for k in at):
        return rows
    out: list[str] = []
    for k, row in enumerate(rows):
        if k - 1 in at:
            continue
        out.append(f"{clean_heading(row)}: {rows[k + 1].strip()}" if k in at else row)
    return out


# A label in bold and its value after it on the same line, no colon between: a PDF's two
# columns of facts as a converter writes them ("**Mødelokale** Mødelokale 1, Rådhuset")
# (not a run of several on one line: "**Mødedato** … **Mødested** …" is split into fields
# by `text_header_rows`)
_BOLD_LABEL_RE = re.compile(r"(?m)^([ \t]*)(?:\*\*|__)([^*_:\n]{2,30})(?:\*\*|__)[ \t]+"
                            r"(?=\S)(?![^\n]*(?:\*\*|__)[^*_:\n]{2,30}(?:\*\*|__))")


def bold_labels(text: str) -> str:
    """The text with each such label of the meeting's place, date or time given its colon.

    >>> bold_labels("**Mødelokale** Rådhuset, lokale 1\\n**Sagsfremstilling** Tekst")
    'Mødelokale: Rådhuset, lokale 1\\n**Sagsfremstilling** Tekst'
    """
    return _BOLD_LABEL_RE.sub(lambda m: f"{m[1]}{m[2].strip()}: " if m[2].strip().lower() in (
        _FACTS) else m[0], text)
