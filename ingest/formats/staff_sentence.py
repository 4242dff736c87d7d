"""The administration's people named in a sentence by their posts, below the members:

    Desuden deltog regionsdirektør Karl Mose og kontorchef Ane Vig (referent).

Such a sentence names staff, as "Fra administrationen deltog …" does, no member who
came in another's place; read as a substitute's sentence ("Desuden deltog Bo Dam (V)."),
both officials became one person with the role 'stedfortræder'. A sentence is staff's
when every person it names is an official: a post before the name ("kontorchef Ane
Vig") or after it in brackets ("Ane Vig (referent)", "Karl Mose (direktør for …)").
"""

from __future__ import annotations

import re

from .text_people import OFFICE_FIRST_RE

# An official's post: a director, a head of office, a consultant, the minutes' writer …
# (a compound shared by two posts: "kultur- og fritidschef")
# (an adjective before it: "teknisk chef"; a clerk's post of the typed era: "overassistent")
# (capitalised at a line's start too: a table cell's "Direktør for Social og Sundhed …")
_POST = (r"(?:\w+-\s+og\s+)?(?:[a-zæøå]+\s+)?\w*(?:(?i:d)irektør|(?i:c)hef|leder|"
         r"(?i:k)onsulent|(?i:r)eferent|(?i:s)ekretær|fuldmægtig|medarbejder|sagsbehandler|"
         r"koordinator|rådgiver|jurist|økonom|controller|revisor|specialist|assistent|ingeniør|"
         r"protokolfører)")
# ... the area it heads named after it ("direktør for Børn og Unge Ole Bjerregaard")
_AREA = r"(?:\s+for\s+[A-ZÆØÅ][\w-]+(?:\s+og\s+[A-ZÆØÅ][\w-]+)?)?"
_POST_FIRST_RE = re.compile(rf"^{_POST}{_AREA}\s+[A-ZÆØÅ]\w+(?:\s+[A-ZÆØÅ][\w-]+)*"
                            r"(?:\s*\([^()]*\))?$")
_POST_AFTER_RE = re.compile(rf"^[A-ZÆØÅ]\w+(?:\s+[A-ZÆØÅ][\w-]+)+\s*\((?:[^()]*\s)?{_POST}\b"
                            r"[^()]*\)$", re.IGNORECASE)
# the entries: apart at commas and "og", not inside brackets ("(direktør for Social og …)")
_ENTRY_SPLIT_RE = re.compile(r"\s*,\s*(?![^()]*\))|(?<!-)\s+og\s+(?![^()]*\))")
# ... nor inside the area a post heads: "direktør for Børn og Unge" is one post
_AREA_AND_RE = re.compile(rf"({_POST}\s+for\s+[A-ZÆØÅ][\w-]+)\s+og\s+(?=[A-ZÆØÅ])")
_AND = "\x00"  # (the area's "og", kept from the split)


def staff_only(names: str) -> bool:
    """Whether every person `names` lists is an official.

    >>> staff_only("regionsdirektør Karl Mose og kontorchef Ane Vig (referent)")
    True
    >>> staff_only("Ane Vig (sekretær for udvalget, referent)")
    True
    >>> staff_only("kultur- og fritidschef Ib Bak og konsulent Ane Vig (punkt 3-6)")
    True
    >>> staff_only("direktør for Børn og Unge Ib Bak, skolechef Ane Vig og Eva Lund (referent)")
    True
    >>> staff_only("Bo Dam (V)"), staff_only("direktør Karl Mose og Bo Dam (V)")
    (False, False)
    """
    kept = _AREA_AND_RE.sub(rf"\1{_AND}", names.strip().rstrip("."))
    entries = [e.strip().replace(_AND, " og ") for e in _ENTRY_SPLIT_RE.split(kept) if e.strip()]
    return bool(entries) and all(
        _POST_FIRST_RE.match(e) or _POST_AFTER_RE.match(e) for e in entries)


def official_row(row: str) -> bool:
    """Whether a line of the list of those also present ("Desuden:", "Desuden deltog:")
    names an official, no member: a post before the name, with no party's bracket
    ("Beredskabschef Jan Glerup"), or a post that `staff_only` knows, a note on the items
    after it ("Miljømedarbejder Sidsel Grønbech (pkt. 17)").

    >>> official_row("Miljømedarbejder Sidsel Grønbech (pkt. 17)"), official_row("Bo Dam (V)")
    (True, False)
    """
    return bool(OFFICE_FIRST_RE.match(row) and "(" not in row) or staff_only(row)
