"""The 8-bit code page of a text file that is not UTF-8: Windows' cp1252 as most Danish
files are, else the legacy encodings older tools saved Danish text in – Mac OS Roman
(Word for Mac up to 2011, TextEdit's "Western (Mac OS Roman)") and DOS's cp850/cp865
(Notepad's "OEM" text, an old mainframe export).

Every byte decodes in Mac Roman and cp850, so no code page is told by whether it decodes
but by what it makes of the bytes above ASCII: in Danish text they are its letters inside
words ("Børne", "Åbent") and its typography (”quotes”, en dashes, bullets, "m²", "§").
The same file read in the wrong code page gives "B¿rne", "Bœrne" or "Bèrne". The code page
whose reading holds the most such characters is chosen, cp1252 when it ties.
"""

from __future__ import annotations

_CODE_PAGES = ("cp1252", "mac_roman", "cp850", "cp865")
_DANISH = frozenset("æøåÆØÅ")
# the other letters a Danish text spells names and loan words with ("Café", "Müller")
_LETTERS = _DANISH | frozenset("éÉèüÜöÖäÄ")
# what else above ASCII Danish minutes print: quotes, dashes, bullets, signs, units
_TYPOGRAPHY = frozenset("“”„‘’‚«»–—•…§°²³½¼€£©®™·×´¨¹")
# at least this share of the characters above ASCII must read so for a code page that is
# not cp1252 (a binary file's bytes read as Mac Roman give "Åçèêù")
_FIT = 0.5


def _in_word(text: str, k: int) -> bool:
    """Whether the letter at `k` stands beside a letter of a Danish word."""
    near = text[max(k - 1, 0):k] + text[k + 1:k + 2]
    return any(c.isascii() and c.isalpha() or c in _DANISH for c in near)


def _fit(text: str) -> tuple[int, int, int]:
    """How many characters above ASCII read as Danish (a letter inside a word, or
    typography), how many of them are Danish letters, and how many there are in all."""
    good = danish = wide = 0
    for k, c in enumerate(text):
        if c.isascii():
            continue
        wide += 1
        if c in _TYPOGRAPHY:
            good += 1
        elif c in _LETTERS and _in_word(text, k):
            good += 1
            danish += c in _DANISH
    return good, danish, wide


def legacy_text(raw: bytes) -> str | None:
    """The text of 8-bit bytes in the code page that reads them as Danish, or None when
    none does (and cp1252 cannot decode them).

    >>> legacy_text("Børne- og Ungeudvalget".encode("cp1252"))
    'Børne- og Ungeudvalget'
    >>> legacy_text("Åbent møde – ”Kultur”".encode("mac_roman"))
    'Åbent møde – ”Kultur”'
    >>> legacy_text("Ældrerådets høring".encode("cp850"))
    'Ældrerådets høring'
    >>> legacy_text(b"Punkt 1 \\x81\\x8d\\x8f\\x90\\x9d") is None
    True
    """
    best: tuple[tuple[int, int], str, str] | None = None
    for page in _CODE_PAGES:
        try:
            text = raw.decode(page)
        except UnicodeDecodeError:
            continue
        good, danish, wide = _fit(text)
        if page != "cp1252" and (not danish or good < _FIT * wide):
            continue
        if best is None or (good, danish) > best[0]:
            best = ((good, danish), page, text)
    return best[2] if best else None
