"""A question as speech-to-text writes it, made into the written form the minutes use.

A question dictated to a phone or a voice assistant comes with its numbers in words,
fillers and self-corrections:

>>> spoken_as_written("øh hvad skete der den ottende september totusind og tyve")
'hvad skete der den 8. september 2020'
>>> spoken_as_written("i marts nej april totusind og femogtyve")
'i april 2025'
>>> spoken_as_written("blev de tre komma fem millioner bevilget under punkt fem")
'blev de 3,5 millioner bevilget under punkt 5'

Small numbers stay words where nothing around them says they are a figure ("de tre
partier"): minutes write them in words too. A committee's name heard as separate words
is joined ("beskæftigelses udvalget"), "hvem var det der …" asks "hvem …", and "året
efter" a year named before it is that year plus one. Written questions pass through
unchanged.
"""

from __future__ import annotations

import re

from .danish import DANISH_MONTHS, STOPWORDS

# One-word sounds of hesitation; never words of a matter.
_FILLERS = re.compile(r"(?<![\w-])(?:øh+m?|æh+m?|øhm|hmm+|hm)(?![\w-])[,.]?\s*", re.IGNORECASE)

# Cardinal atoms, the longest first so that "tretten" is not read as "tre" + "tten".
_UNITS = {
    "en": 1, "et": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20,
    "tredive": 30, "tredve": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50,
    "halvtredsindstyve": 50, "tres": 60, "tresindstyve": 60, "halvfjerds": 70,
    "halvfjerdsindstyve": 70, "firs": 80, "firsindstyve": 80, "halvfems": 90,
    "halvfemsindstyve": 90,
}
_SCALES = {"hundrede": 100, "hundred": 100, "tusind": 1000, "tusinde": 1000}
_ATOMS = sorted([*_UNITS, *_SCALES, "og"], key=len, reverse=True)
_ATOM = re.compile("|".join(_ATOMS))

# Ordinals of a day of the month ("den ottende september"), by their last part.
_ORDINALS = {
    "første": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
    "syvende": 7, "ottende": 8, "niende": 9, "tiende": 10, "ellevte": 11, "tolvte": 12,
    "trettende": 13, "fjortende": 14, "femtende": 15, "sekstende": 16, "syttende": 17,
    "attende": 18, "nittende": 19, "tyvende": 20, "tredivte": 30, "tredvte": 30,
}
_MONTHS = "|".join(DANISH_MONTHS)
_ORDINAL_DAY = re.compile(
    rf"(?<![\w-])(?:(en|to|tre|fire|fem|seks|syv|otte|ni)og)?({'|'.join(_ORDINALS)})"
    rf"(?=\s+(?:{_MONTHS})\b)", re.IGNORECASE)

# Words beside a number in words that make it a figure: "punkt fem", "klokken otte",
# "fem millioner", "tolv procent"
_FIGURE_BEFORE = re.compile(r"(?:punkt|pkt\.?|klokken|kl\.?|nr\.?|nummer|komma)\s*$",
                            re.IGNORECASE)
_FIGURE_AFTER = re.compile(
    r"^\s*(?:komma\b|mio\b|millioner?\b|mia\b|milliarder?\b|kr\b|kroner\b|procent\b|pct\b|"
    rf"(?:{_MONTHS})\b)", re.IGNORECASE)
_SMALL = 13  # below this, a number in words stays a word unless a figure's word is beside it

_WORD = r"[a-zæøåé]+"
_SELF_CORRECTION = re.compile(rf"(?<![\w-])({_WORD})\s*,?\s+nej,?\s+({_WORD})(?![\w-])",
                              re.IGNORECASE)


# A committee's compound name heard as separate words: "kultur og fritids udvalget",
# "erhvervs beskæftigelses og uddannelses udvalget", "beskæftigelses udvalget" (parts
# before the last two, and a part alone, end in the linking s, so that a sentence's
# words — "hvad besluttede udvalget" — are not taken in; `_joined_body` decides)
_SPLIT_BODY = re.compile(r"(?<![\w-])((?:[^\W\d_]{4,}s,?\s+)*?)(?:([^\W\d_]{3,})\s+og\s+)?"
                         r"([^\W\d_]{3,})\s+(udvalg(?:et|ets|s)?)\b", re.IGNORECASE)
# A verb's passive ends in a consonant and "es" ("mødtes", "behandles"), a name's part
# in the linking s ("erhvervs", "beskæftigelses")
_PASSIVE = re.compile(r"(?<!els)(?<=[bcdfghjklmnpqrstvwxz])es$", re.IGNORECASE)
# ... but these stand before a definite noun: "hele udvalget", "selve udvalget"
_BEFORE_DEFINITE = frozenset({"hele", "selve", "begge", "halve", "samme"})
# "hvem var det der sendte …?" asks "hvem sendte …?"
_CLEFT = re.compile(r"\b(hvem|hvad|hvilke[nt]?|hvor\w*|hvornår)\s+(?:var|er)\s+det(?:\s+nu|"
                    r"\s+lige)?\s*,?\s+(?:der|som)\s+", re.IGNORECASE)


# A year told relative to the one the question names: "… i 2023, og hvor mange kom der
# så året efter?" asks of 2024
# (not "… i 2024 end året før?", a comparison asked as such)
_RELATIVE_YEAR = re.compile(r"(?<!\bend )\b(?:(?:i\s+)?året\s+(efter|før|inden)|"
                            r"(?:i\s+)?det\s+(følgende|forrige|foregående)\s+år)\b",
                            re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-])")


def _relative_years(text: str) -> str:
    """Each "året efter"/"året før" as the year after or before the year named before it
    (only when exactly one year is named before it)."""
    def year(m: re.Match[str]) -> str:
        named = set(_YEAR.findall(text[:m.start()]))
        if len(named) != 1:
            return m.group(0)
        step = 1 if (m.group(1) or m.group(2)).lower() in ("efter", "følgende") else -1
        return f"i {int(named.pop()) + step}"
    return _RELATIVE_YEAR.sub(year, text)


def _joined_body(m: re.Match[str]) -> str:
    """"erhvervs beskæftigelses og uddannelses udvalget" → "erhvervs-, beskæftigelses- og
    uddannelsesudvalget"; unchanged when a part is a common word ("hvis", "deres")."""
    if m.group(1) and not m.group(2):  # ("Aarhus teknisk udvalg": no list of parts)
        return m.group(1) + _joined_body(re.match(_SPLIT_BODY, m.group(0)[len(m.group(1)):]))
    parts = [w for w in re.split(r"[,\s]+", m.group(1)) if w]
    kept = ""
    while parts and _PASSIVE.search(parts[0]):  # "hvornår mødtes kultur og fritids udvalget"
        kept += f"{parts.pop(0)} "
    parts += [w for w in (m.group(2), m.group(3)) if w]
    # (one part alone is a name's only with the linking s before "udvalget": "hvad
    # besluttede udvalget" is a verb, "kommunens udvalg" a genitive)
    if any(w.lower() in STOPWORDS or w.lower() in _BEFORE_DEFINITE or _PASSIVE.search(w)
           for w in parts) or (len(parts) == 1 and not (
            m.group(4).lower().startswith("udvalget") and parts[0].lower().endswith("s"))):
        return m.group(0)
    *first, last = parts
    head = ", ".join(f"{w}-" for w in first[:-1])
    if first:
        head = f"{head}, {first[-1]}- og " if head else f"{first[-1]}- og "
    return f"{kept}{head}{last}{m.group(4)}"


def _atoms(word: str) -> list[str] | None:
    """A word as number atoms ("femogtyve" → fem, og, tyve), or None if it is no number."""
    word, found = word.lower(), []
    while word:
        m = _ATOM.match(word)
        if m is None:
            return None
        found.append(m.group(0))
        word = word[m.end():]
    return found if any(a != "og" for a in found) else None


def _joins(before: str, after: list[str]) -> bool:
    """"og" joins a unit to a tens ("fem og tyve") and a scale to what follows it
    ("hundrede og tyve"); anything else is two numbers ("fem og seks")."""
    if before in _SCALES:
        return True
    return 0 < _UNITS.get(before, 0) < 10 and len(after) == 1 and _UNITS.get(after[0], 0) >= 20


def _value(atoms: list[str]) -> int:
    """"to tusind og fem og tyve" → 2025: units add up, a scale multiplies what is before it."""
    total = current = 0
    for atom in atoms:
        if atom == "og":
            continue
        if atom in _SCALES:
            if _SCALES[atom] == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * _SCALES[atom]
                current = 0
        else:
            current += _UNITS[atom]
    return total + current


def _kind(word: str) -> str | None:
    """"month" or "number" for a self-correction's two words, else None."""
    if word.lower() in DANISH_MONTHS:
        return "month"
    return "number" if _atoms(word) else None


# A figure in digits with its scale in words: "150 tusind kroner" → "150.000 kroner"
_DIGITS_SCALED = re.compile(r"(?<![\d.,])(\d+)(?:,(\d+))?\s+(hundrede|tusinde?)\b", re.IGNORECASE)


def _scaled(m: re.Match[str]) -> str:
    scale = 100 if m.group(3).lower() == "hundrede" else 1000
    value = round(float(f"{m.group(1)}.{m.group(2) or 0}") * scale)
    return f"{value:,}".replace(",", ".")


def _lone_scale(atoms: list[str]) -> bool:
    """"tusind tak": a scale with no number of its own is no figure by itself."""
    return all(a in _SCALES or a == "og" for a in atoms)


def _numbers(text: str) -> str:
    """Each run of number words as digits, where it is a figure (`_SMALL`, `_FIGURE_*`)."""
    out, last = [], 0
    words = list(re.finditer(rf"(?<![\w-]){_WORD}(?![\w-])", text, re.IGNORECASE))
    i = 0
    while i < len(words):
        j, atoms = i, []
        while j < len(words) and (a := _atoms(words[j].group(0)) or (
                ["og"] if j > i and words[j].group(0).lower() == "og" else None)) and (
                j == i or text[words[j - 1].end():words[j].start()].strip() == ""):
            if atoms and atoms[-1] == "og" and not _joins(atoms[-2], a):
                break  # "punkt fem og seks": two numbers, not eleven
            atoms += a
            j += 1
        while j > i and words[j - 1].group(0).lower() == "og":  # ("fem og" + a verb)
            j -= 1
            atoms = atoms[:-1]
        if j == i:
            i += 1
            continue
        start, end = words[i].start(), words[j - 1].end()
        value = _value(atoms)
        listed = last > 0 and text[last:start].strip() in ("og", ",", "eller")  # "5 og 6"
        figure = value >= _SMALL or listed or _FIGURE_BEFORE.search(text[:start]) or \
            _FIGURE_AFTER.match(text[end:])
        lone_article = j == i + 1 and words[i].group(0).lower() in ("en", "et", "ét")
        if figure and not lone_article and not (_lone_scale(atoms) and not _FIGURE_AFTER.match(
                text[end:])):
            out.append(text[last:start] + str(value))
            last = end
        i = j
    return "".join(out) + text[last:]


def _day(m: re.Match[str]) -> int:
    """"enogtyvende" → 21."""
    return _UNITS.get((m.group(1) or "").lower(), 0) + _ORDINALS[m.group(2).lower()]


def spoken_as_written(text: str) -> str:
    """The question without fillers and taken-back words, its numbers, days of the month
    and decimals ("tre komma fem") in digits."""
    text = _FILLERS.sub("", text)
    text = _CLEFT.sub(r"\1 ", text)
    text = _SPLIT_BODY.sub(_joined_body, text)
    text = _SELF_CORRECTION.sub(
        lambda m: m.group(2) if _kind(m.group(1)) and _kind(m.group(1)) == _kind(m.group(2))
        else m.group(0), text)
    text = _ORDINAL_DAY.sub(lambda m: f"{_day(m)}.", text)
    text = _DIGITS_SCALED.sub(_scaled, text)
    text = _numbers(text)
    text = _relative_years(text)
    text = re.sub(r"(?<![\w,])(\d+)\s+komma\s+(\d+)(?!\w)", r"\1,\2", text)
    return re.sub(r"\s{2,}", " ", text).strip()
