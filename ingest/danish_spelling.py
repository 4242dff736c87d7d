"""Danish letters an old system lost, given back where the word can be only one word the
reader knows (a label, a heading, a role, a body's name, a municipality):

* a text saved in a Windows code page and read as UTF-8 holds U+FFFD ("�") for every
  "æ", "ø", "å": "M�dedato", "B�rne- og Skoleudvalget", "Hj�rring Kommune" are
  "Mødedato", "Børne- og Skoleudvalget", "Hjørring Kommune" – a word only where exactly
  one known word fits its letters; a KLE case number's facet "�00" is "Ø00" (the only
  Danish letter KLE's facets use), and a "�" standing alone between spaces or figures is
  the en dash it was ("14:00 � 17:15"). Any other word ("Halkj�r", a person's name) is
  read with a stand-in letter, so the rules that read names and words see a word, and
  is given its "�" back in what the meeting stores (`given_back`): no letter is guessed;
* a committee printed in ASCII transliteration ("OEKONOMIUDVALGET", "Boerne- og
  Ungeudvalget"), or as a scan's OCR read it ("Miljoudvalget", "0KONOMIUDVALGET",
  "Byradet", "Fritids udvalget"), is named with its Danish letters when the word is a
  known body's ("Økonomiudvalget"), and a municipality so written by its official name
  ("Holbaek" is "Holbæk"); a person's name is never spelled again.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache

from referat.municipalities import MUNICIPALITIES, official_name

_LOST = "\ufffd"
_DANISH = "æøåÆØÅ"
# the first parts of committees' names, Danish letters or not ("Handicap" + "rådet")
_BODY_PARTS = """børne børn økonomi miljø ældre beskæftigelse beskæftigelses byråd grøn grønt
    nærdemokrati læring velfærd bæredygtighed fællesskab fællesskaber idræt vækst skole
    unge ungdoms social sundhed sundheds teknik kultur fritid plan erhverv erhvervs klima
    handicap integration integrations senior folkeoplysning folkeoplysnings familie
    arbejdsmarked arbejdsmarkeds uddannelse uddannelses omsorg psykiatri landdistrikt
    landdistrikter forsyning natur trafik ejendom digitalisering dagtilbud hoved
    bygnings by byudvikling udvikling klage huslejeklage husleje fredning""".split()
_BODY_ENDS = ("", "udvalget", "udvalg", "udvalgets", "rådet", "råd", "rådets", "nævnet",
              "nævn", "kommissionen", "bestyrelsen")
# the labels, headings and roles the reader keys on that hold a Danish letter
_WORDS = """mødedato mødetid mødetidspunkt mødested mødelokale møde mødet mødt fremmøde
    fremmødt fraværende næstformand rådmand rådhus rådhuset rådhusets byrådssalen
    byrådssal udvalgsværelse udvalgsværelset mødesal mødesalen økonomi høring høringer
    bemærkning bemærkninger åben åbent åbne lørdag søndag hævet påtegning lovgrundlag
    beslutningstræffende afgørelse tiltrådt tiltræder godkendt""".split()


def _masked(word: str) -> str:
    """The word as a file that lost its Danish letters to U+FFFD writes it."""
    return re.sub(f"[{_DANISH}]", _LOST, word.lower())


def _ascii(word: str) -> str:
    """The word as a 7-bit export transliterates it: "Økonomi" → "oekonomi"."""
    return word.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


@cache
def _index(key: Callable[[str], str], proper: bool) -> dict[str, str | None]:
    """Known words by how `key` writes them (None where two known words collide)."""
    words = [p + e for p in _BODY_PARTS for e in _BODY_ENDS if p + e]
    if proper:  # (names written with a capital: bodies and municipalities)
        words += [part for name in MUNICIPALITIES for part in re.split(r"[- ]", name.lower())]
    else:
        words += _WORDS
    out: dict[str, str | None] = {}
    for word in words:
        k = key(word)
        out[k] = word if out.get(k, word) == word else None
    return out


def _known(word: str, key: Callable[[str], str]) -> tuple[str, bool] | None:
    """The known word `word` writes (and whether it is a name), if exactly one."""
    for proper in (True, False):
        if found := _index(key, proper).get(key(word)):
            return found, proper
    return None


_LOST_WORD_RE = re.compile(f"[\\w{_LOST}]*{_LOST}[\\w{_LOST}]*")
_KLE_FACET_RE = re.compile(f"(?<=\\b\\d\\d\\.\\d\\d\\.\\d\\d-){_LOST}(?=\\d\\d-)")
_LOST_DASH_RE = re.compile(f"(?<=[ \\d.]){_LOST}(?=[ \\d])")
# what may stand before a word that opens a line, a label or a sentence
_OPENING = "\n.:!?|*#(\"“>"


def _restored_word(text: str, m: re.Match[str]) -> str:
    token = m.group(0)
    if not (known := _known(token, _masked)) or len(known[0]) != len(token):
        return token
    word, proper = known
    before = text[:m.start()].rstrip(" \t")[-1:]
    capital = proper or not before or before in _OPENING
    shouting = token.isupper() and sum(c.isalpha() for c in token) > 1
    out = []
    for k, (c, letter) in enumerate(zip(token, word, strict=True)):
        if c != _LOST:
            out.append(c)
        else:
            out.append(letter.upper() if shouting or (k == 0 and capital) else letter)
    return "".join(out)


def _known_restored(text: str) -> str:
    text = _KLE_FACET_RE.sub("Ø", text)
    text = _LOST_DASH_RE.sub("–", text)
    return _LOST_WORD_RE.sub(lambda m: _restored_word(text, m), text)


def _stood_in(word: str) -> str:
    """The word with a stand-in letter for each U+FFFD ("Halkj�r" → "Halkjør")."""
    return "".join(("Ø" if k == 0 or word.isupper() else "ø") if c == _LOST else c
                   for k, c in enumerate(word))


def with_lost_letters(text: str) -> str:
    """`text` with the Danish letters U+FFFD stands for where only one word fits, a
    stand-in letter in any other word (`lost_words` tells which).

    >>> with_lost_letters("**M�dedato:** 13. april\\nBeslutning i B�rne- og Skoleudvalget")
    '**Mødedato:** 13. april\\nBeslutning i Børne- og Skoleudvalget'
    >>> with_lost_letters("Hj�rring Kommune, kl. 14:00 � 17:15, 00.30.14-�00-4-16, Halkj�r")
    'Hjørring Kommune, kl. 14:00 – 17:15, 00.30.14-Ø00-4-16, Halkjør'
    """
    if _LOST not in text:
        return text
    return _LOST_WORD_RE.sub(lambda m: _stood_in(m.group(0)), _known_restored(text))


def lost_words(raw: bytes) -> dict[str, str]:
    """The words of a UTF-8 file read with a stand-in letter, each to the word as the file
    prints it ("Halkjør" → "Halkj�r"); {} for any other file."""
    if b"\xef\xbf\xbd" not in raw:
        return {}
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # (a PDF's or a code page's bytes: no U+FFFD of its own)
        return {}
    return {_stood_in(m.group(0)): m.group(0)
            for m in _LOST_WORD_RE.finditer(_known_restored(text))}


def given_back(value: object, words: dict[str, str]) -> object:
    """`value` (a meeting, its items and people, their texts) with each word read with a
    stand-in letter written as the file prints it."""
    if not words:
        return value
    if isinstance(value, str):
        pattern = _word_pattern(tuple(sorted(words, key=len, reverse=True)))
        return pattern.sub(lambda m: words[m.group(0)], value)
    if isinstance(value, list):
        return [given_back(v, words) for v in value]
    if isinstance(value, dict):
        return {k: given_back(v, words) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            object.__setattr__(value, f.name, given_back(getattr(value, f.name), words))
    return value


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


_ASCII_WORD_RE = re.compile(r"[A-Za-z]*(?:[Oo][Ee]|[Aa][Ee]|[Aa][Aa])[A-Za-z]*")
# a word as OCR may read it, a capital "Ø" read as a zero ("0KONOMIUDVALGET")
_OCR_WORD_RE = re.compile(r"[A-Za-z0][A-Za-z]+")
# a body's last word OCR set apart from its compound's first: "Fritids udvalget"
_SPLIT_END_RE = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+s) (udvalget|rådet|radet|nævnet|naevnet)$")
_BODY_END_RE = re.compile(r"(?i)(?:udvalg|r(?:aa|å|a)d|n(?:ae|æ)vn|bestyrelse)\w*$")


def _ocr(word: str) -> str:
    """The word as OCR reads it when it loses the Danish letters: "ø" as "o" (or "0"), "æ"
    as "ae", "å" as "a": "Miljøudvalget" → "miljoudvalget", "0konomi" → "okonomi"."""
    word = word.lower().replace("0", "o").replace("æ", "ae")
    return word.translate(str.maketrans({"ø": "o", "å": "a"}))


def danish_body(name: str) -> str:
    """A committee's name printed in ASCII transliteration, or as OCR read it without its
    Danish letters, with them where the word is a known body's; any other name as it is.

    >>> danish_body("Oekonomiudvalget"), danish_body("Boerne- og Ungeudvalget")
    ('Økonomiudvalget', 'Børne- og Ungeudvalget')
    >>> danish_body("Teknik- og Miljoeudvalget"), danish_body("Kaare Jensen")
    ('Teknik- og Miljøudvalget', 'Kaare Jensen')
    >>> danish_body("Teknik- og Miljoudvalget"), danish_body("0konomiudvalget")
    ('Teknik- og Miljøudvalget', 'Økonomiudvalget')
    >>> danish_body("Byradet"), danish_body("Kultur- og Fritids udvalget")
    ('Byrådet', 'Kultur- og Fritidsudvalget')
    """
    name = _SPLIT_END_RE.sub(r"\1\2", name)
    if re.search(f"[{_DANISH}]", name):  # (a name that prints them spells "ae" on purpose)
        return name
    if not _BODY_END_RE.search(name):
        return name

    def spelled(m: re.Match[str], key: Callable[[str], str]) -> str:
        known = _known(m.group(0), key)
        if not known or known[0] == m.group(0).lower():
            return m.group(0)
        word, first = known[0], m.group(0)[0]
        return word.upper() if m.group(0).isupper() else (  # ("0konomi": a capital Ø)
            word[0].upper() + word[1:] if first.isupper() or first == "0" else word)

    name = _ASCII_WORD_RE.sub(lambda m: spelled(m, _ascii), name)
    return _OCR_WORD_RE.sub(lambda m: spelled(m, _ocr), name)


def danish_municipality(name: str) -> str:
    """A municipality's name as OCR (or a 7-bit text) wrote it without its Danish
    letters, by its official name; any other name as it is.

    >>> danish_municipality("Holbaek"), danish_municipality("Lemvig"), danish_municipality("Egeby")
    ('Holbæk', 'Lemvig', 'Egeby')
    """
    if name in MUNICIPALITIES or re.search(f"[{_DANISH}]", name):
        return name
    return official_name(name) or name
