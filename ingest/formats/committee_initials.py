"""A committee read only as its initials, from a running header or letterhead that
abbreviates it ("KFU – Dagsorden", "BUF – referat" on every page), while the document
prints the body's full name elsewhere (the cover's "Kultur- og Fritidsudvalget" under
"Dagsorden"): the full name is the committee. Initials are read from the name's parts
as Danish minutes abbreviate them: each part's first letter, a compound's last part
("…udvalget", "…rådet", "…bestyrelsen", "…nævnet") by its own letter too, and a name of
three parts or more also without the "U" of "udvalget" ("Børne-, Unge- og
Familieudvalget": "BUFU" and "BUF"). A name found nowhere, or two bodies with the same
initials, leave the initials as they are. A body spelled out once in running text with
its initials after it ("Klima- og Teknikudvalget (KTU) skal …") names them as well, and
"ØU", which every municipality's finance committee is called, is Økonomiudvalget.
"""

from __future__ import annotations

import html
import re

from referat.domain import Meeting

from .text_header_rows import BODY_NAME_RE
from .text_people import clean_heading

# initials as a header abbreviates a body: two to six capitals, nothing else
_INITIALS_RE = re.compile(r"^[A-ZÆØÅ]{2,6}$")
# a body's full name on a line of its own: capitalised words, commas and hyphens
_NAME_RE = re.compile(r"^[A-ZÆØÅ][\wæøå ,.-]{2,100}$")
# the last part of a compound that names the kind of body, and the letter it gives
_BODY_PARTS = (("udvalg", "U"), ("råd", "R"), ("bestyrelse", "B"), ("nævn", "N"))
_SMALL_WORDS = frozenset("og for i med samt af".split())


def name_initials(name: str) -> set[str]:
    """The initials a body's name may be abbreviated by.

    >>> sorted(name_initials("Børne-, Unge- og Familieudvalget"))
    ['BUF', 'BUFU']
    >>> name_initials("Kultur- og Fritidsudvalget"), name_initials("Regionsrådet")
    ({'KFU'}, {'RR'})
    """
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _SMALL_WORDS]
    if not words:
        return set()
    letters = "".join(w[0].upper() for w in words[:-1])
    last = words[-1]
    for part, letter in _BODY_PARTS:
        at = last.lower().find(part)
        if at > 0:  # a compound: "Familieudvalget" is "F" and "U"
            stem = letters + last[0].upper()
            out = {stem + letter}
            if letter == "U" and len(stem) >= 3:
                out.add(stem)
            return out
        if at == 0:  # "Teknisk Udvalg": the body's word is a part of its own
            return {letters + letter} if letters else set()
    return set()


def spelled_initials(name: str | None, lines: list[str]) -> str | None:
    """The body's full name that `lines` print on a line of its own when `name` is only
    its initials; None when `name` is no initials or no one name fits.

    >>> spelled_initials("KFU", ["KFU – Dagsorden", "Dagsorden", "Kultur- og Fritidsudvalget"])
    'Kultur- og Fritidsudvalget'
    >>> spelled_initials("KFU", ["KFU – Dagsorden", "Kulturudvalget"]) is None
    True
    """
    if not name or not _INITIALS_RE.match(name):
        return None
    found = {heading for line in lines
             if _NAME_RE.match(heading := clean_heading(line)) and BODY_NAME_RE.search(heading)
             and name in name_initials(heading)}
    found = found or {body for line in lines for body in _inline_names(name, line)}
    found = found or {body for line in lines for body in _names_within(name, line)}
    if not found and name in _STANDARD:
        return _STANDARD[name]
    return found.pop() if len(found) == 1 else None


# the initials every municipality writes for the one body of that name
_STANDARD = {"ØU": "Økonomiudvalget"}


def _inline_names(initials: str, line: str) -> list[str]:
    """The bodies `line` spells out with `initials` in brackets after them, the fewest
    words before the bracket that give those initials.

    >>> _inline_names("SSU", "fra Social- og Ældreudvalget til Social- og Sundhedsudvalget (SSU)")
    ['Social- og Sundhedsudvalget']
    """
    return [body for m in re.finditer(rf"(?<=\s)\({initials}\)", line)
            if (body := _fewest_words(initials, line[:m.start()].split()))]


def _names_within(initials: str, line: str) -> list[str]:
    """The bodies with `initials` that `line` names among other words: a page's
    `<title>` ("Referat: Teknik- og Miljøudvalget 12-11-2024 – Lolland Kommune"), a
    footer ("Skive Kommune * Økonomiudvalget * Torvegade 10"), a sentence.

    >>> _names_within("TMU", "Referat: Teknik- og Miljøudvalget 12-11-2024 – Lolland Kommune")
    ['Teknik- og Miljøudvalget']
    """
    words = [w.rstrip(",.;:") for w in line.split()]
    return [body for k, word in enumerate(words) if BODY_NAME_RE.search(word)
            and (body := _fewest_words(initials, words[:k + 1]))]


def _fewest_words(initials: str, words: list[str]) -> str | None:
    """The fewest last `words` that make a body's name with `initials`, or None."""
    return next((body for n in range(1, min(len(words), 8) + 1)
                 if (body := " ".join(words[-n:]))[:1].isupper()
                 and BODY_NAME_RE.search(body) and initials in name_initials(body)), None)


# a web page's title, which the page's text leaves out
_PAGE_TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def titled_initials(meetings: list[Meeting], raw: bytes) -> None:
    """Each meeting read only as its body's initials ("TMU" of a page's heading "TMU –
    Referat") takes the body a web page's `<title>` spells out ("Referat: Teknik- og
    Miljøudvalget 12-11-2024 – Lolland Kommune"); any other name stays."""
    title = _PAGE_TITLE_RE.search(raw[:200_000]) if raw.lstrip()[:1] == b"<" else None
    if title is None:
        return
    line = " ".join(html.unescape(title.group(1).decode("utf-8", "replace")).split())
    for meeting in meetings:
        meeting.committee = spelled_initials(meeting.committee, [line]) or meeting.committee


def own_initials(committee: str | None) -> dict[str, str]:
    """The meeting's own body by each of its initials, as an earlier treatment names it
    ("KFU 01.03.2022, pkt. 5" in the minutes of Kultur- og Fritidsudvalget), a one-word
    committee also by the first two letters of its name ("SOU", Socialudvalget), a body
    named by its place also by its kind alone ("Lokaludvalget", `_short_names`).

    >>> own_initials("Kultur- og Fritidsudvalget"), sorted(own_initials("Socialudvalget"))
    ({'KFU': 'Kultur- og Fritidsudvalget'}, ['SOU', 'SU'])
    """
    if not committee:
        return {}
    initials = name_initials(committee)
    if re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+udvalget?", committee):
        initials.add(committee[:2].upper() + "U")
    return dict.fromkeys(initials | _short_names(committee), committee)


# a body's kind ending its name's last compound, and the ending of its definite form
_DEFINITE = (("udvalg", "et"), ("råd", "et"), ("nævn", "et"), ("bestyrelse", "n"))


def _short_names(committee: str) -> set[str]:
    """A body named by a place and its kind ("Amager Vest Lokaludvalg") by its kind alone,
    in the definite form ("Lokaludvalget", as "Lokaludvalgsmøde 2. marts 2022" reads).

    >>> _short_names("Amager Vest Lokaludvalg"), _short_names("Ældrerådet")
    ({'Lokaludvalget'}, set())
    """
    *place, last = committee.split()
    for part, ending in _DEFINITE:
        if place and last[:1].isupper() and last.lower().endswith(part) and len(last) > len(part):
            return {last + ending}
    return set()
