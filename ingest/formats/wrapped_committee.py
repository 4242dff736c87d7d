"""A committee's name wrapped in the head's title line ("Referat fra mødet i Udvalget for
Det Nære" / "Sundhedsvæsen"): the title's last words are then only the first part of the
name. The part on the next line belongs to it when the minutes print the whole name on
one line elsewhere (a running header or footer: "Region Syddanmark - Udvalget for Det
Nære Sundhedsvæsen - 13-05-2025")."""

from __future__ import annotations

import re

# The rest of a name on its own line: one to three words, the first capitalised
_REST_RE = re.compile(r"[A-ZÆØÅ][\w-]*(?: [\w-]+){0,2}")


def unwrapped(name: str | None, head: list[str], text: str) -> str | None:
    """`name` with the words the head's next line carries on, when the text prints the
    joined name on one line; `name` as it is otherwise.

    >>> unwrapped("Udvalget for Det Nære", ["Referat fra mødet i Udvalget for Det Nære",
    ...     "Sundhedsvæsen", "Tirsdag den 13. maj 2025"], "Udvalget for Det Nære Sundhedsvæsen - 1")
    'Udvalget for Det Nære Sundhedsvæsen'
    """
    if not name:
        return name
    for line, below in zip(head, head[1:], strict=False):
        rest = " ".join(below.split())
        if not line.rstrip().endswith(name) or not _REST_RE.fullmatch(rest):
            continue
        whole = re.compile(rf"(?<!\w){re.escape(f'{name} {rest}')}(?!\w)")
        if any(whole.search(" ".join(ln.split())) for ln in text.splitlines()):
            return f"{name} {rest}"
    return name
