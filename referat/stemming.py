"""The Danish stemmer every stem in Referat comes from: the lexical index (`bm25s`, at
ingest and at query time), topic words, sentence matching. Snowball, with the endings it
merges that the minutes must keep apart."""

from __future__ import annotations

from functools import lru_cache

import Stemmer

# Endings Snowball stems together that minutes of an employment committee must keep
# apart: "ledige" (the unemployed) is not "ledelse" nor "(hold)leder" (management) —
# Snowball makes all of them "led".
_OWN_ENDINGS = tuple((end, stem) for ends, stem in (
    ("ledelsens ledelsen ledelses ledelse", "ledels"),
    ("lederens ledernes lederne lederes lederen ledere leder", "leder"))
    for end in ends.split())


def _own_stem(word: str) -> str | None:
    """`"holdlederen"` → `"holdleder"`; None for a word Snowball stems well."""
    lower = word.lower()
    for end, stem in _OWN_ENDINGS:
        if lower.endswith(end):
            return lower[:len(lower) - len(end)] + stem
    return None


class DanishStemmer:
    """The Danish Snowball stemmer with `_OWN_ENDINGS`; PyStemmer's `stemWord`/`stemWords`
    API, so `bm25s` (index and queries) and every stem here agree."""

    def __init__(self) -> None:
        self._snowball = Stemmer.Stemmer("danish")

    def stemWord(self, word: str) -> str:  # noqa: N802 - PyStemmer's name
        return _own_stem(word) or self._snowball.stemWord(word)

    def stemWords(self, words: list[str]) -> list[str]:  # noqa: N802 - PyStemmer's name
        return [_own_stem(w) or s
                for w, s in zip(words, self._snowball.stemWords(words), strict=True)]


@lru_cache(maxsize=1)
def stemmer() -> DanishStemmer:
    return DanishStemmer()
