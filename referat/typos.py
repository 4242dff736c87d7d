"""A body's name typed with one slip ("økonomiudvlaget", "beskæftigelsesudvalgt"),
spelled as the archive writes it, when exactly one name of the archive is one edit
away: a swap of two neighbours, a letter too many, too few or wrong. Only names of
bodies: an ordinary word the archive happens not to hold ("manglede", "regningen",
"projektleder") is right as typed, and one edit from another word ("manglene",
"retningen") — measured on the project's questions, a general respelling did more
harm than good.

>>> respell_typos("Hvad besluttede økonomiudvlaget?", {"økonomiudvalg"})
'Hvad besluttede økonomiudvalget?'
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from .danish import QUESTION_WORDS, STOPWORDS
from .stemming import stemmer

_WORD = re.compile(r"[^\W\d_]{8,}")
_LETTERS = "abcdefghijklmnopqrstuvwxyzæøåé"
_ASKING = STOPWORDS | QUESTION_WORDS  # (the words of asking: no index need hold them)
_BODY = re.compile(r"(?:udvalg|råd|bestyrelse|kommunalbestyrelse)(?:et|ets|en|ens|s)?$")


def _edits(word: str) -> Iterator[str]:
    """Every word one edit from `word` that keeps its first letter."""
    for i in range(1, len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield left + right[1:]  # a letter too many
            if len(right) > 1:
                yield left + right[1] + right[0] + right[2:]  # two neighbours swapped
        for c in _LETTERS:
            if right and c != right[0]:
                yield left + c + right[1:]  # a wrong letter
            yield left + c + right  # a letter too few


def respell_typos(text: str, vocab: Container[str]) -> str:
    """`text` with each long word the archive does not know, and that is one edit from
    exactly one word it does know (by stem), spelled that way."""
    stem = stemmer().stemWord

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        lower = word.lower()
        if lower in _ASKING or stem(lower) in vocab:
            return word
        found = {e for e in set(_edits(lower)) if _BODY.search(e) and stem(e) in vocab}
        if len({stem(e) for e in found}) != 1:
            return word
        best = min(found, key=lambda e: (abs(len(e) - len(lower)), e))
        return best.capitalize() if word[0].isupper() else best
    return _WORD.sub(fix, text)
