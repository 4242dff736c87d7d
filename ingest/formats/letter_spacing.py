"""Letter-spaced words made whole (used by `text_lines.normalize`).

A heading set with spaces between its letters reads, in a PDF's text layer or a
typewriter's text, as single letters: "L U K K E T   M Ø D E", "B e s l u t n i n g",
"P U N K T   187", "B Ø R N E - O G  F A M I L I E U D VA L G E T" (a single space between
the letters, a wider gap between the words; a kerned pair "VA" may stay together). Such
a run is one word only where the evidence is strong: a line of nothing but such letters;
four different single letters or more in a row that open the line or stand after a
wide gap; or a known heading's word ("Svendborg Kommune D A G S O R D E N"). So a
sentence's one-letter words ("i", "å", "og i") and a table's marks ("Anna Krog A X X X")
are never glued."""

from __future__ import annotations

import re

# A line of letter-spaced words only: "L U K K E T   M Ø D E"
_SPACED_RE = re.compile(r"^[ \t]*[^\W\d_](?: [^\W\d_])+(?: {2,}[^\W\d_](?: [^\W\d_])*)*[ \t]*$")
# One letter-spaced word inside a line: single letters (a hyphen, a kerned pair of
# capitals) a single space apart, and the gap after it
_WORD_RE = re.compile(r"(?<!\S)((?:[^\W\d_]|-|[A-ZÆØÅ]{2})(?: (?:[^\W\d_]|-|[A-ZÆØÅ]{2})){3,})"
                      r"(?!\S)")
_GAP_RE = re.compile(r" {2,}(?=\S)")
_MIN_LETTERS = 4  # single letters in a spaced word, at least
# a compound's shared part before "og"/"eller": "BØRNE-OG" → "BØRNE- OG"
_SHARED_RE = re.compile(r"(?<=\w)-(?=(?:og|eller|OG|ELLER)$)")


def unspaced(line: str) -> str:
    """The line with its letter-spaced words written as words.

    >>> unspaced("P U N K T   187")
    'PUNKT 187'
    >>> unspaced("B Ø R N E - O G  F A M I L I E U D VA L G E T")
    'BØRNE- OG FAMILIEUDVALGET'
    >>> unspaced("Svendborg Kommune D A G S O R D E N")
    'Svendborg Kommune DAGSORDEN'
    >>> unspaced("Han gik i å og i skole")
    'Han gik i å og i skole'
    """
    if _SPACED_RE.match(line) and len(line.split()) >= 5:
        words = [w.replace(" ", "") for w in re.split(r" {2,}", line.strip())]
        return " ".join(words) if max(map(len, words)) >= 3 else line
    if line.count(" ") < _MIN_LETTERS - 1:
        return line
    out, at = [], 0
    for m in _WORD_RE.finditer(line):
        if m.start() < at or not _strong(m, line):
            continue
        out.append(line[at:m.start()] + _SHARED_RE.sub("- ", m.group(1).replace(" ", "")))
        at = m.end()
        if gap := _GAP_RE.match(line, at):  # (the wide gap after it: one space)
            out.append(" ")
            at = gap.end()
    return "".join(out) + line[at:]


# headings a letter-spaced word may be in the middle of a line
_HEADING_WORDS = frozenset(("DAGSORDEN", "REFERAT", "PUNKT", "LUKKET", "BESLUTNINGSPROTOKOL"))


def _strong(m: re.Match[str], line: str) -> bool:
    """Whether the spaced letters are a word: a known heading's, or four different
    letters or more opening the line or after a wide gap (a kerned pair among them)."""
    tokens = m.group(1).split(" ")
    letters = [t for t in tokens if len(t) == 1 and t.isalpha()]
    opens = m.start() == 0 or line[max(0, m.start() - 2):m.start()] == "  "
    return _known("".join(tokens)) or (
        opens and len(set(letters)) >= _MIN_LETTERS
        and len(letters) >= 3 * sum(1 for t in tokens if len(t) == 2))


def _known(word: str) -> bool:
    from .text_sections import section_name

    return word.upper() in _HEADING_WORDS or bool(section_name(word.capitalize()))
