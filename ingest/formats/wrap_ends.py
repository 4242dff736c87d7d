"""Where a line of wrapped text ends: at the edge of its column, its sentence going on
below (`fills`, `cell_width`), or at the end of a list's point, the paragraph after the
list opening below it (`after_list_of`, `point_ended`); and where a page's break in the
middle of a sentence left a blank line (`runs_on`). Read by `text_layout.reflow`."""

from __future__ import annotations

import re

# A line that ends in one of these words was wrapped, however short it is.
CONTINUES = frozenset(
    "og i på til af for med om at en et den det de som der samt eller fra ved under".split()
)


_MIN_CELL_LINES = 3  # lines of a paragraph, for its width to be a narrow column's
_MIN_CELL_WIDTH = 30
_FULL_SHARE = 0.8  # of the column's width: a line that long was wrapped at its edge
_MIN_PROSE_WORDS = 5
_MID_SENTENCE_END_RE = re.compile(r"[a-zæøå)]\.\s+[A-ZÆØÅ]")  # a sentence ends inside a line


def cell_width(para: list[str]) -> int:
    """The width a narrow column wrapped a paragraph at (a table cell's decision: "…
    Byrådet. Per" / "Østergaard Lund (C) kunne ikke tiltræde"): its longest line, for a
    paragraph of prose (a sentence ends inside one of its lines) of three lines or more;
    0 for any other (a list of short lines: "Årsstatus for …" / "Nøgletal på …")."""
    width = max(map(len, para), default=0)
    prose = any(_MID_SENTENCE_END_RE.search(line) for line in para)  # (not a list of lines)
    return width if prose and len(para) >= _MIN_CELL_LINES and width >= _MIN_CELL_WIDTH else 0


def fills(prev: str, width: int) -> bool:
    """Whether a line of prose fills its narrow column (`cell_width`) and stops in the
    middle of a sentence, or at a colon whose list goes on below ("… afstemning. For
    stemte 5:" / "Mette Sandahl (A), …"): wrapped there."""
    return bool(width) and len(prev) >= _FULL_SHARE * width and not prev.endswith(
        (".", "!", "?", ";")) and len(prev.split()) >= _MIN_PROSE_WORDS


_POINT_RE = re.compile(r"^(\d{1,2})\.\s")


def after_list_of(out: list[str], s: str) -> bool:
    """Whether `s`, opened by a capital, is the paragraph after a numbered list, not
    the wrapped rest of its last point: the point ("4. Der er potentiale … til
    kerneopgaver") a line alone after the point before it ("3. …"), ending in no word
    that leaves its sentence open."""
    last, before = (_POINT_RE.match(line) for line in (out[-1], out[-2] if len(out) > 1 else ""))
    return bool(last and before and s[:1].isupper() and int(last[1]) == int(before[1]) + 1) and (
        _closed(out[-1]))


def _closed(line: str) -> bool:
    """Whether a line ends in no comma, hyphen or word that leaves its sentence open."""
    return not line.endswith((",", "-")) and line.rsplit(" ", 1)[-1].lower() not in CONTINUES


# A bullet's point: "• merudgifter til …", "- …"
_BULLET_RE = re.compile(r"^[-•*▪]\s")


def point_ended(prev: str, s: str, width: int) -> bool:
    """Whether `s`, opened by a capital, is the paragraph after a bulleted list, not the
    wrapped rest of its last point: the point's line ("• forsinkede anlægsprojekter …,
    som overføres til 2021") stops well short of the `width` of its paragraph's widest
    line, so it was not wrapped at the column's edge, and in no word that leaves its
    sentence open.

    >>> point_ended("• overføres til 2021", "Den forventede …", 30)
    True
    >>> point_ended("• overføres til", "Den forventede …", 30)
    False
    """
    return bool(width) and bool(_BULLET_RE.match(prev)) and s[:1].isupper() and len(
        prev) < _FULL_SHARE * width and _closed(prev)


_FULL_LINE = 60  # characters: a line of prose that long was wrapped at the page's edge
# A paragraph that opens with a figure and a word in small letters: "11 færre end …"
_FIGURE_GOES_ON_RE = re.compile(r"^\d+(?:,\d+)?\s+[a-zæøå]")


def runs_on(before: str, para: str) -> bool:
    """Whether `para` goes on with the sentence `before` stopped in: the last line above
    is a full line of prose that ends with no stop, and `para` opens with a figure in
    the sentence ("… elever på skolens afdelinger. Der er" / page break / "4 flere end
    …"). A page's break leaves a blank line there, as between paragraphs.

    >>> runs_on("Pr. 1. maj var der 96 elever på skolens to afdelinger i Hjerting. Der er",
    ...         "4 flere end sidste år.")
    True
    >>> runs_on("Tilskud", "4 foreninger har søgt")
    False
    >>> runs_on("Tilskud til foreningerne i 2024 og årene efter fordeles således", "2. at …")
    False
    """
    last = before.rsplit("\n", 1)[-1]
    return (len(last) >= _FULL_LINE and len(last.split()) >= _MIN_PROSE_WORDS
            and not last.endswith((".", "!", "?", ":", ";", ")"))
            and bool(_FIGURE_GOES_ON_RE.match(para)))
