"""Danish text helpers shared by retrieval and answering: tokens, stems, sentences."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_DANISH

TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
STOPWORDS = frozenset(STOPWORDS_DANISH)

# Words of the question itself, not of its topic ("hvad besluttede udvalget om …").
QUESTION_WORDS = frozenset(
    """
    hvad hvem hvor hvornår hvordan hvorfor hvilke hvilken hvilket hvis mon
    besluttede beslutte besluttet beslutning beslutningen beslutningerne vedtog vedtaget
    blev bliver skete sket ske udvalget udvalg udvalgets mødet møde mødets møderne
    referat referatet referaterne kommune kommunen sagen punktet punkt står står
    godkendt godkendte godkende godkendes mange meget koster kostede stemte stemme
    imod deltog deltager deltagere fik får gik går handlede handler sagt sige siger
    fortæl oplyst oplyses nævnt nævnes gjort gøre gør kan kunne skal skulle vil ville
    var være er har havde finde finder fandt sted tid dato dag års året år om på i af
    til med for fra og eller ved den det de der som en et noget nogen nogle tale
    omkring angående vedrørende ang
    """.split()
)

ABBREVIATIONS = frozenset(
    "bl.a fx f.eks pkt kl nr ca jf mio mia mdr pct stk dvs evt inkl ift mht vedr ang"
    " d ds hhv o.l m.m mv osv bl kr".split()
)

_MONTHS = (
    "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
)


@lru_cache(maxsize=1)
def stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("danish")


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN_RE.findall(text)]


def stems(text: str, drop: frozenset[str] = STOPWORDS) -> list[str]:
    """Stemmed content words: `"studieturen til Lund"` → `["studietur", "lund"]`."""
    words = [t for t in tokens(text) if t not in drop]
    return stemmer().stemWords(words)


def topic_stems(question: str) -> list[str]:
    """Stems of the question's topic words, without question vocabulary and stop words."""
    return stems(question, STOPWORDS | QUESTION_WORDS)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«(]?[A-ZÆØÅ0-9])")


def sentences(text: str) -> list[str]:
    """Split text into sentences and list lines, keeping Danish abbreviations whole.

    A period after a day number ("den 7. februar") or an abbreviation ("bl.a.") does not
    end a sentence; list lines ("1. …", "- …") are sentences of their own.
    """
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = _SENTENCE_END.split(line)
        merged: list[str] = []
        for part in parts:
            if merged:
                prev = merged[-1]
                last = prev.rstrip(".").rsplit(" ", 1)[-1].lower()
                if (
                    last in ABBREVIATIONS
                    or re.fullmatch(r"\d{1,2}", last)
                    and re.match(rf"^({_MONTHS})\b", part, re.IGNORECASE)
                    or len(prev) < 4
                ):
                    merged[-1] = f"{prev} {part}"
                    continue
            merged.append(part)
        out.extend(m.strip() for m in merged if m.strip())
    return out
