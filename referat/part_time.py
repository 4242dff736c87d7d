"""A member there for part of the meeting only: which items they missed.

Minutes say it on the participants list ("Kirsten Lunderød (Ø) - deltog fra punkt 3",
"Fraværende: Bo Jensen (V) under punkt 3 og 4", "Carl Olsen (F) forlod mødet kl. 17.30
efter punkt 2"). `text_people` keeps the phrase as the participant's role (status
"deltog": they took part); `missed_items` turns it into the item numbers they were not
there for, which `finish` adds to those items' absentees, so "hvem var fraværende ved
punkt 4?" names them and the other items do not.
"""

from __future__ import annotations

import re

# the phrase after a name: the word saying what they did, the clock, then where in the
# meeting; in brackets too ("Ole Bak (O) (forlod mødet kl. 16.15 under punkt 6)"); the
# clock since when, then the item it was: "deltog fra kl. 15.35 under behandlingen af punkt 60"
PART_TIME_RE = re.compile(
    r"\s+(?:[-–]\s+|(?P<b>\())?(?P<w>deltog\s+ikke\s+i(?:\s+sagens)?\s+|deltog\s+|mødte\s+|"
    r"ankom\s+|kom\s+|fraværende\s+|gik\s+|forlod\s+mødet\s+)?(?P<k>(?:fra\s+)?kl\.\s*\d{1,2}[.:]\d\d\s+)?"
    r"(?P<p>(?:(?:fra|til|efter|under|før|inden|ved|i)(?:\s+og\s+med)?\s+)?"
    r"(?:behandlingen\s+af\s+)?(?:punkt(?:erne)?|pkt\.|§|sag(?:\s+nr\.)?|ad)\s*\d.{0,40}|(?:fra|til|efter)"
    r"(?:\s+og\s+med)?\s+kl\.\s*\d.{0,30})\.?(?(b)\))$",
    re.IGNORECASE)
# (an item added after another is named by its printed mark: "punkt 9a")
_MARK = r"\d{1,4}(?:[a-zæ](?![\wæøå]))?"
_NUMBERS_RE = re.compile(
    rf"(?:punkt(?:erne)?|pkt\.|§|sag(?:\s+nr\.)?|ad)\s*({_MARK}(?:\s*(?:-|–|,|og)\s*{_MARK})*)",
    re.IGNORECASE)
_WHERE_RE = re.compile(r"^(fra og med|til og med|fra|til|efter|under|før|inden|ved|i)\b",
                       re.IGNORECASE)
_ABSENT_WORDS = ("fraværende", "gik", "forlod")


def part_time(entry: str, absent: bool = False) -> re.Match[str] | None:
    """The part-time phrase at the end of a participants list's entry, if any: a
    bare "punkt 3" needs a word that says what it means ("deltog ikke i", "fraværende"),
    or an `absent` entry's brackets ("Fraværende: Ida Holm (V) - afbud til den
    genoptagne del (punkt 6-9)": away for those items only).

    >>> part_time("Bo Jensen (V) deltog ikke i behandlingen af punkt 3 og 4")["p"]
    'behandlingen af punkt 3 og 4'
    >>> part_time("Jens Hansen, punkt 3") is None
    True
    >>> part_time("Ida Holm (V) - afbud til 2. dag (punkt 6-9)", absent=True)["p"]
    'punkt 6-9'
    """
    m = PART_TIME_RE.search(entry)
    if m is None:
        return None
    word = (m.group("w") or "").lower()
    if _WHERE_RE.match(m.group("p")) or word.startswith(("deltog ikke", "fraværende")) or (
            absent and m.group("b") and not word):
        return m
    return None


def part_role(m: re.Match[str], word: str, said: bool = False) -> str:
    """The role a part-time phrase gives its member: what they did (`word`, its own or
    the list's) and where in the meeting ("forlod mødet efter punkt 2"); the clock too
    when the note is in brackets after the name, the role as printed ("Ole Bak (O)
    (forlod mødet kl. 16.15 under punkt 6)"), or, on a participants list (not a note's
    sentence, `said`), says when during an item ("- forlod mødet kl. 17.40 under punkt
    45"), and when it says since when ("deltog fra kl. 15.40 under behandlingen af punkt
    3", in a note's sentence too: without it, "deltog under …" would say there for that
    item only)."""
    place = m.group("p").strip().rstrip(".")
    clock = m.group("k") if m.group("k") and (m.group("b") or (
        not said and place.startswith("under")) or m.group("k").lower().startswith("fra")) else ""
    return f"{' '.join(f'{word} {clock}'.split())} {place}"


def _numbers(text: str) -> list[float]:
    """ "punkt 3 og 4" → [3, 4]; "punkterne 3-5" → [3, 4, 5]; "punkt 9a" → [9.5], the
    added item's place between 9 and 10 as `finish` marks it."""
    out: list[float] = []
    for part in (p for m in _NUMBERS_RE.finditer(text)  # ("Ad 118) og Ad 119)")
                 for p in re.split(r"\s*(?:,|\bog\b)\s*", m.group(1))):
        span = re.match(r"^(\d+)\s*[-–]\s*(\d+)$", part)
        if span and 0 <= int(span[2]) - int(span[1]) <= 50:
            out.extend(range(int(span[1]), int(span[2]) + 1))
        elif part.isdigit():
            out.append(int(part))
        elif re.fullmatch(r"\d+[a-zæ]", part, re.IGNORECASE):
            out.append(int(part[:-1]) + 0.5)
    return out


# "ankom under behandlingen af punkt 3 og forlod mødet efter punkt 7": two notes in one
# role, parted where "og" (or a comma) starts the second one's verb
_CLAUSE_RE = re.compile(r"(?<=\d)\.?\s*(?:,\s*|\s+)(?:og\s+|men\s+)?"
                        r"(?=(?:forlod|gik|ankom|kom|mødte|deltog|var\s+fraværende)\b)",
                        re.IGNORECASE)


def missed_items(role: str, numbers: list[int]) -> list[int]:
    """The item numbers (of `numbers`, the meeting's) a member with this part-time
    `role` was not there for; [] when the role says no such thing.

    >>> missed_items("deltog fra punkt 3", [1, 2, 3, 4])
    [1, 2]
    >>> missed_items("deltog ikke i behandlingen af punkt 3 og 4", [1, 2, 3, 4, 5])
    [3, 4]
    >>> missed_items("forlod mødet kl. 17.30 efter punkt 2", [1, 2, 3, 4])
    [3, 4]
    >>> missed_items("forlod mødet under behandlingen af punkt 3", [1, 2, 3, 4])
    [3, 4]
    >>> missed_items("fraværende under punkt 3", [1, 2, 3, 4])
    [3]
    >>> missed_items("fraværende fra punkt 3", [1, 2, 3, 4])
    [3, 4]
    >>> missed_items("deltog til og med punkt 2", [1, 2, 3])
    [3]
    >>> missed_items("mødte efter punkt 2", [1, 2, 3])
    [1, 2]
    >>> missed_items("deltog ikke i punkterne 2-4", [1, 2, 3, 4, 5])
    [2, 3, 4]
    >>> missed_items("forlod mødet kl. 16.45 efter behandlingen af sag nr. 4", [3, 4, 5])
    [5]
    >>> missed_items("deltog ikke i behandlingen af Ad 118) og Ad 119)", [118, 119, 120])
    [118, 119]
    >>> missed_items("ankom under punkt 3 og forlod mødet efter punkt 7", [1, 2, 3, 7, 8, 9])
    [1, 2, 8, 9]
    >>> missed_items("deltog fra kl. 15.35 under behandlingen af punkt 3", [1, 2, 3, 4])
    [1, 2]
    >>> missed_items("formand", [1, 2])
    []
    """
    clauses = _CLAUSE_RE.split(role)  # one member coming late and leaving early
    if len(clauses) > 1:
        return sorted({n for clause in clauses for n in missed_items(clause, numbers)})
    m = part_time(" " + role)
    if not m:
        return []
    word = (m.group("w") or "").strip().lower()
    place = m.group("p").strip()
    said = _numbers(place)
    if not said:  # "fra kl. 17" names no item
        return []
    where = _WHERE_RE.match(place)
    how = where.group(1).lower() if where else ""
    first, last = min(said), max(said)
    if word.startswith("deltog ikke"):
        return [n for n in numbers if n in said]
    if word.startswith(_ABSENT_WORDS):
        if word == "fraværende" and how in ("", "under", "ved", "i"):
            return [n for n in numbers if n in said]
        if how in ("fra", "fra og med", "før", "inden"):  # ("… forlod mødet inden punkt 6")
            return [n for n in numbers if n >= first]
        if how in ("under", "ved", "i"):  # left while the item was treated: its decision
            return [n for n in numbers if n >= first]  # was made without them
        if how == "efter":
            return [n for n in numbers if n > last]
        if how == "til og med":  # away up to and including it
            return [n for n in numbers if n <= last]
        return []
    # present words ("deltog", "mødte", "ankom", none): there from or up to an item
    if how in ("fra", "fra og med", "under"):
        return [n for n in numbers if n < first]
    if how == "efter":  # came after it
        return [n for n in numbers if n <= last]
    if how == "til og med":
        return [n for n in numbers if n > last]
    return []


# A note's sentence opens with the member it is about: "Troels Brandt (Ø) deltog fra …"
_NOTE_NAME_RE = re.compile(r"^([A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,4}"
                           r"(?:\s+\([^()]{1,30}\))?)(?=\s+[a-zæøå])")


# The same said place first, the verb before the member: "Fra punkt 5 deltog Ida Holm (V).",
# "Under behandlingen af punkt 3 ankom Bo Dam (A)" (a name, so no official's title first:
# "Fra punkt 5 deltog desuden dagtilbudschef …" names staff, no member)
_PLACE_FIRST_RE = re.compile(
    r"^(?P<p>(?i:fra(?:\s+og\s+med)?|efter|under)\s+(?i:behandlingen\s+af\s+)?"
    r"(?i:punkt(?:erne)?|pkt\.|sag(?:\s+nr\.)?)\s*\d{1,4}[a-z]?)\s+"
    r"(?P<w>(?i:deltog|mødte|ankom|kom))\s+"
    r"(?P<n>[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,4}(?:\s+\([^()]{1,30}\))?)$")


def noted(sentence: str) -> tuple[str, str] | None:
    """(name, part-time role) of a sentence about a member there for part of the meeting,
    wherever it stands (a header's note, another item's decision); None for any other.

    >>> noted("Troels Brandt (Ø) deltog fra kl. 18.40 og deltog ikke i behandlingen af Ad 118).")
    ('Troels Brandt (Ø)', 'deltog ikke i behandlingen af Ad 118)')
    >>> noted("Formanden orienterede om, at mødet forlænges.") is None
    True
    >>> noted("Fra punkt 5 deltog Ida Holm (V).")
    ('Ida Holm (V)', 'deltog fra punkt 5')
    """
    sentence = sentence.strip()
    if inverted := _PLACE_FIRST_RE.match(sentence.rstrip(".")):  # "Fra punkt 5 deltog X (V)"
        place = inverted["p"]
        sentence = f"{inverted['n']} {inverted['w']} {place[:1].lower()}{place[1:]}"
    who = _NOTE_NAME_RE.match(sentence)
    m = part_time(" " + sentence[who.end():]) if who else None
    if not who or not m or not m.group("w"):
        return None
    return who.group(1), part_role(m, m.group("w"), said=True)
