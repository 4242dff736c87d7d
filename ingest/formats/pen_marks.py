"""A pen's marks on the paper copy of scanned minutes, which the OCR layer reads as lines
of text among the printed ones (used by `ocr_scan`): a tick and initials in the margin
(". / ok --?", "ok  -- EBS  ("), a note to oneself between slashes ("/ ta med:
budgetoversigt ! /"), a scribble ("r1ng t. K1m ~~") and the scrawls of signatures
("~~ /\\/\\~ ,"). Left in, such a line becomes an empty decision's text, or a member.

A line is a pen's when its marks outnumber what a printed line holds: two or more
tokens of strokes only (a slash, a tilde, a backslash, a double dash, a lone "(",
"!" or "?"), or one run of tildes, in a short line. Print writes a slash between words
("og/eller"), a single dash between a title's parts and a table's bars, none of which
counts; a line with a bar ("| a | b |"), a markdown rule or a delimited export's
separators (two semicolons, a tab) is never a pen's.
"""

from __future__ import annotations

import re

_MAX_TOKENS = 8  # a note in the margin is short; a sentence with a slash is no note
# a token of strokes only: a slash or backslash, a tilde, a double dash, or a lone mark
# (never a table's border or rule: "+----+", "|", "====")
_STROKE_RE = re.compile(r"^(?=[^\w\s]+$)(?!.*[+=|])(?:[^\w\s]*[/\\~][^\w\s]*|-{2,3}[?!.]?|[(!?])$")
_TILDES_RE = re.compile(r"^~{2,}$")
# (a delimited export's row is printed too, its cells' slashes no pen's: "Punkt;Titel;
# Inhabilitet / fravær / afstemning;")
_PRINTED_RE = re.compile(r"[|]|;[^;]*;|\t|^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
_MIN_STROKES = 2


def pen_line(line: str) -> bool:
    """Whether the line is a pen's mark on the paper, not printed text.

    >>> [pen_line(s) for s in (". / ok --?", "ok  -- EBS  (", "/ ta med: budgetoversigt ! /",
    ...                        "r1ng t. K1m ~~", ",/", "~~ /\\\\/\\\\~ ,")]
    [True, True, True, True, True, True]
    >>> [pen_line(s) for s in ("Budget 2015 - tidsplan - procedure", "og/eller 3 / 4 mio.",
    ...                        "| Navn | Parti |", "---", "Godkendt.", "", "+------+----+", "-- ",
    ...                        "Nr;Titel;Fravær / afstemning;")]
    [False, False, False, False, False, False, False, False, False]
    """
    tokens = line.split()
    if not tokens or len(tokens) > _MAX_TOKENS or _PRINTED_RE.search(line):
        return False
    strokes = [t for t in tokens if _STROKE_RE.match(t)]
    if any(_TILDES_RE.match(t) for t in strokes) or len(strokes) >= _MIN_STROKES:
        return True
    # a line of strokes and specks only: ",/", "/" (a mail's "-- " before its signature
    # is no pen's)
    return any(re.search(r"[/\\~]", t) for t in strokes) and all(
        not any(c.isalnum() for c in t) for t in tokens)


def without_pen_lines(text: str) -> str:
    """`text` without the lines a pen wrote on the paper; as it is when it has none."""
    lines = text.split("\n")
    kept = [ln for ln in lines if not pen_line(ln)]
    return text if len(kept) == len(lines) else "\n".join(kept)
