"""A head that names who chaired the meeting in a sentence of its own, not in a list:
"Mødet blev ledet af regionsrådsformand Sofie Mortensen (A)." (a region's decisions,
which list only the absent). The chair took part, with the words before the name as
the role."""

from __future__ import annotations

import re

# "Mødet blev ledet af [role words] Name Name (P)[, da …]."; the role in lower case
_CHAIR_RE = re.compile(
    r"^(?i:mødet\s+(?:blev\s+)?ledet\s+af)\s+(?P<r>(?:[a-zæøå][\w-]*,?\s+){0,3}?)"
    r"(?P<n>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}(?:\s+\([A-ZÆØÅ]{1,3}\))?)"
    r"(?:,\s.*|\s*\.(?:\s+[A-ZÆØÅ].*)?)?$")  # (a sentence of its own may follow)
# ... or the name first: "Formand Michael Seiding Larsen (V) ledede mødet." (an SBSYS
# print's remark), the role a known title before it
_LED_RE = re.compile(
    r"^(?:(?P<r>(?i:formand|næstformand|viceformand|borgmester|viceborgmester|"
    r"formanden|næstformanden|borgmesteren))\s+)?"
    r"(?P<n>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}(?:\s+\([A-ZÆØÅ]{1,3}\))?)"
    r",?\s+(?i:ledede\s+mødet)(?:,\s.*|\s*\.(?:\s+[A-ZÆØÅ].*)?)?$")


def chair(row: str) -> tuple[str, str] | None:
    """`(name, role)` of the one who chaired, from such a sentence; None for any other.

    >>> chair("Mødet blev ledet af regionsrådsformand Sofie Mortensen (A).")
    ('Sofie Mortensen (A)', 'regionsrådsformand')
    >>> chair("Mødet blev ledet af Ole Berg, da formanden havde afbud.")
    ('Ole Berg', '')
    >>> chair("Mødet blev ledet af borgmester Ib Sand. Der blev holdt et minuts stilhed.")
    ('Ib Sand', 'borgmester')
    >>> chair("Mødet blev ledet af næstformanden, Bo Holm (A), da formanden havde afbud.")
    ('Bo Holm (A)', 'næstformand (ledede mødet)')
    >>> chair("Mødet blev ledet af forvaltningen.") is None
    True
    >>> chair("Formand Michael Holm (V) ledede mødet.")
    ('Michael Holm (V)', 'formand')
    """
    row = " ".join(row.split())
    m = _CHAIR_RE.match(row) or _LED_RE.match(row)
    if m is None:
        return None
    # the role in its bare form ("næstformanden," → "næstformand"); one who led in the
    # chair's place ("da formanden havde meldt afbud") says so
    role = re.sub(r"(formand|borgmester)en$", r"\1", (m["r"] or "").strip().rstrip(",").lower())
    return m["n"], f"{role} (ledede mødet)" if role and chair_away(row) else role


# "…, da formanden havde meldt afbud." / "… i formandens fravær": the chair was away
_CHAIR_AWAY_RE = re.compile(r"\b(?:da\s+formanden\s+(?:havde\s+(?:meldt\s+)?(?:afbud|forfald)|"
                            r"var\s+fraværende|havde\s+meldt\s+forfald)|i\s+formandens\s+fravær)\b",
                            re.IGNORECASE)


def chair_away(row: str) -> bool:
    """Whether a chair's sentence says the committee's chair (formand) was away."""
    return bool(_CHAIR_AWAY_RE.search(row))


# "Formand: Poul Holm. Næstformand: Lene Toft.": the chair and the deputy named by a
# label of their own below a members list that gives no roles (an old eDoc cover)
_ROLE_LABEL_RE = re.compile(
    r"(?:^|(?<=[.;])\s+)(?P<r>(?i:formand|næstformand|viceformand))\s*:\s*"
    r"(?P<n>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}(?:\s+\([A-ZÆØÅ]{1,3}\))?)\s*(?=[.;]|$)")


def labelled_roles(row: str) -> list[tuple[str, str]]:
    """`(name, role)` of each role a head's line gives by its label, in lower case.

    >>> labelled_roles("Formand: Poul Holm. Næstformand: Lene Krabbe Toft.")
    [('Poul Holm', 'formand'), ('Lene Krabbe Toft', 'næstformand')]
    >>> labelled_roles("Formand: Velkommen til mødet, alle sammen.")
    []
    """
    return [(m["n"], m["r"].lower()) for m in _ROLE_LABEL_RE.finditer(" ".join(row.split()))]


# a row cut right after a role's label: "… Formand: Anne Holm (A). Næstformand:"
_LABEL_CUT_RE = re.compile(r"(?:^|[.;]\s+)(?i:formand|næstformand|viceformand)\s*:$")


def label_cut(row: str) -> bool:
    """Whether a head's row ends with a role's label, its name wrapped onto the next row
    (a remark set at the cover's width).

    >>> label_cut("Referatet udsendes med bilag. Næstformand:")
    True
    >>> label_cut("Formand: Poul Holm.")
    False
    """
    return bool(_LABEL_CUT_RE.search(row.rstrip()))
