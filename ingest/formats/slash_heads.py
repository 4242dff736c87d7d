"""A table's head naming two things its column holds, one of them a word the table's
reader knows: "Navn | Udvalg / funktion | Fremmøde" (a joint meeting's members, each
row's cell "BUU, formand") reads as "Navn | funktion | Fremmøde"."""

from __future__ import annotations

import re

_PAIR_RE = re.compile(r"\b([^\W\d]+)\s*/\s*([^\W\d]+)\b")


def known_of_pair(row: str, known: frozenset[str]) -> str:
    """`row` with each "a / b" whose one word is in `known` (lower case) as that word.

    >>> known_of_pair("Navn | Udvalg / funktion | Fremmøde", frozenset({"funktion"}))
    'Navn | funktion | Fremmøde'
    """
    def one(m: re.Match) -> str:
        said = [w for w in m.groups() if w.lower() in known]
        return said[0] if len(said) == 1 else m.group(0)
    return _PAIR_RE.sub(one, row)


def known_head(head: str, known: frozenset[str]) -> str:
    """A head cell naming two things with a slash, each of one or more words, both of
    them heads `known` (lower case) holds ("udpeget af / repræsenterer", "parti /
    organisation"), as the first; any other head as it is. A head whose other part the
    reader does not know is no such pair: "Navn / Name" is one head in two languages,
    read by the bilingual rules.

    >>> known_head("udpeget af / repræsenterer", frozenset({"udpeget af", "repræsenterer"}))
    'udpeget af'
    >>> known_head("navn / name", frozenset({"navn"}))
    'navn / name'
    """
    if head in known or "/" not in head:
        return head
    parts = [" ".join(p.split()) for p in head.split("/")]
    return parts[0] if all(part in known for part in parts) else head
