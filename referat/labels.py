"""An agenda item's printed label: the mark the minutes print for it when that is not
its number in reading order ("5a" for an urgent item added after item 5, "A" for a
lettered item, "lukket punkt 1" for the first item of a closed part numbered from 1
again). Users see the label and look the item up by it; the number stays the identity.
"""

from __future__ import annotations

import re

# A label that is a phrase of its own ("lukket punkt 1", "Sager til orientering, punkt 1")
_PHRASE_RE = re.compile(r"\bpunkt\b", re.IGNORECASE)


def punkt_name(number: int, label: str = "") -> str:
    """How an item is named to a user: by its printed label when it has one.

    >>> punkt_name(5), punkt_name(6, "5a"), punkt_name(1, "A")
    ('punkt 5', 'punkt 5a', 'punkt A')
    >>> punkt_name(5, "lukket punkt 1")
    'lukket punkt 1'
    """
    if not label:
        return f"punkt {number}"
    return label if _PHRASE_RE.search(label) else f"punkt {label}"


def _mark_words(text: str) -> str:
    """ "Lukket punkt 1" → "lukket 1", "punkt 5a" → "5a", "5A." → "5a": a label as typed."""
    words = re.sub(r"[.,:;()]", " ", text.lower()).split()
    return " ".join(w for w in words if w not in ("punkt", "pkt"))


def names_item(wanted: str, number: int, label: str = "") -> bool:
    """Does `wanted` ("5a", "punkt 5a", "Lukket 1") name the item printed with `label`
    (or, without a label, its number)?

    >>> names_item("5a", 6, "5a"), names_item("Punkt 5A", 6, "5a"), names_item("6", 6, "5a")
    (True, True, False)
    >>> names_item("lukket 1", 5, "lukket punkt 1"), names_item("5", 5)
    (True, True)
    """
    return bool(_mark_words(wanted)) and _mark_words(wanted) == _mark_words(
        label or str(number))


def capital(text: str) -> str:
    """`text` with its first letter upper-case: an item's name opening a line."""
    return text[:1].upper() + text[1:]


def heading_name(number: int, label: str = "") -> str:
    """The item's name at the start of a line: "Punkt 5a", "Lukket punkt 1"."""
    return capital(punkt_name(number, label))


def list_entry(number: int, label: str, text: str) -> str:
    """An agenda list's line as the minutes number it: "5. Title", "5a. Title",
    "Lukket punkt 1: Title".

    >>> list_entry(5, "", "Vejplan"), list_entry(6, "5a", "Bro")
    ('5. Vejplan', '5a. Bro')
    >>> list_entry(7, "lukket punkt 1", "Lukket: Køb af areal")
    'Lukket punkt 1: Køb af areal'
    """
    if label and _PHRASE_RE.search(label):
        if "lukket" in label.lower():  # (says "Lukket: " already)
            text = text.removeprefix("Lukket: ")
        return f"{capital(label)}: {text}"
    return f"{label or number}. {text}"


def as_number(wanted: str) -> int | None:
    """The number a typed mark is ("5", "punkt 5"), or None ("5a", "lukket 1").

    >>> as_number("Punkt 5"), as_number("5a"), as_number("lukket punkt 1")
    (5, None, None)
    """
    words = _mark_words(wanted)
    return int(words) if words.isdigit() else None
