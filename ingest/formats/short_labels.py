"""An item's section labels abbreviated as a typist writes them at a line's start:
"Sagsfr.: …", "Indst.: …", "Besl.: …", "Bsl.:", "Tidl. beh.:" (with the text after the
colon, or alone in a margin column), and the recommendation's run-in "Forv. indstiller,"
– written out as the labels the parser reads ("Sagsfremstilling:", "Indstilling:",
"Beslutning:", "Tidligere behandling:", "Forvaltningen indstiller,").

A label is abbreviated when one of its words ends in a full stop; each such word stands
for a known heading's word that it opens ("Sagsfr" → "sagsfremstilling") or, failing
that, whose letters it keeps in order from the first ("Bsl" → "beslutning"); the other
words are written out. The known heading nearest to it (opening words before kept
letters, the letters found earliest, then the shortest) is the label; a label that no
known heading fits stays as written, and so does the text after it."""

from __future__ import annotations

import re

from .common import CANONICAL_HEADINGS, RECOMMENDS

# The headings an abbreviation may stand for: the known section headings, and the
# recommendation's run-in opening ("Forvaltningen indstiller, at …")
_HEADINGS = sorted({*CANONICAL_HEADINGS, *RECOMMENDS})
# One to three words at a line's start, one of them cut with a full stop, then a colon
# (or the comma of a recommendation's run-in), in bold or not
_SHORT_RE = re.compile(
    r"^([ \t]*(?:\*\*|__)?)((?:[A-ZÆØÅa-zæøå]+\.?[ \t]){0,2}[A-ZÆØÅa-zæøå]+\.?)"
    r"(?<=[.a-zæøå])((?:[ \t]*(?:\*\*|__))?[ \t]*[:,])", re.MULTILINE)
_MIN_STEM = 3
_VOWELS = frozenset("aeiouyæøå")


def _kept_letters(stem: str, word: str) -> int | None:
    """Where the last of `stem`'s letters falls in `word`, kept in order from its first
    letter ("bsl" in "beslutning": 3); None when they are not, or when the stem is no
    skeleton of consonants after its first letter ("Bem." is no "beslutningstema")."""
    if not word.startswith(stem[:1]) or _VOWELS.intersection(stem[1:]):
        return None
    at = 0
    for letter in stem[1:]:
        at = word.find(letter, at + 1)
        if at < 0:
            return None
    return at if at <= 2 * len(stem) else None


def _fit(words: list[str], heading: str) -> tuple[int, int, int] | None:
    """How near the abbreviated `words` come to a known heading: (words only kept in
    letters, the latest kept letter, the heading's length); None when they do not fit."""
    known = heading.split()
    if len(known) != len(words):
        return None
    kept, latest = 0, 0
    for word, full in zip(words, known, strict=True):
        if not word.endswith("."):
            if word != full:
                return None
            continue
        stem = word[:-1]
        if len(stem) < _MIN_STEM or len(stem) >= len(full):
            return None
        if full.startswith(stem):
            continue
        at = _kept_letters(stem, full)
        if at is None:
            return None
        kept, latest = kept + 1, max(latest, at)
    return kept, latest, len(heading)


def written_out(label: str) -> str | None:
    """The known heading an abbreviated label stands for, in its capitalisation; None
    for a label without an abbreviation or one that no heading fits.

    >>> written_out("Bsl."), written_out("Tidl. beh."), written_out("Forv. indstiller")
    ('Beslutning', 'Tidligere behandling', 'Forvaltningen indstiller')
    >>> written_out("Sagsfr."), written_out("Sagsnr."), written_out("Beslutning")
    ('Sagsfremstilling', None, None)
    """
    words = label.lower().split()
    if not any(w.endswith(".") for w in words):
        return None
    fits = sorted((fit, h) for h in _HEADINGS if (fit := _fit(words, h)))
    if not fits:
        return None
    heading = fits[0][1]
    return heading[:1].upper() + heading[1:]


def full_labels(text: str) -> str:
    """The text with its abbreviated section labels written out.

    >>> full_labels("Indst.: Formanden foreslår, at …\\nBesl.: Godkendt.")
    'Indstilling: Formanden foreslår, at …\\nBeslutning: Godkendt.'
    >>> full_labels("Forv. indstiller,\\nat planen vedtages.\\nJ.nr.: 24/1")
    'Forvaltningen indstiller,\\nat planen vedtages.\\nJ.nr.: 24/1'
    """
    def out(m: re.Match[str]) -> str:
        full = written_out(m.group(2))
        if not full or (m.group(3).endswith(",") and not full.lower().startswith(RECOMMENDS)):
            return m.group(0)
        return m.group(1) + full + m.group(3)

    return _SHORT_RE.sub(out, text)
