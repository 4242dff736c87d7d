"""Footnotes set as a word processor sets them (read stage, used by `ingest.read`): a
small figure raised above the line after the word it annotates ("… 12 mio. kr.¹ For
resten …") and, at the foot of the same page, the note itself: the same small figure
before a line of small text ("¹ Heraf 2 mio. kr. fra staten.").

The text layer has no superscripts: the raised figure comes out as a line of its own
that cuts the sentence in two ("… 12 mio. kr." / "1" / "  For resten"), and the note's
lines stand at the end of the page, where they run on into whatever item the page
ends with, or into the middle of a decision the page break cuts. Read with positions,
a figure is a note's mark when it is set smaller than the text beside it and raised
above that text's baseline, and the page's foot holds a note with the same number
below all the body text: the mark goes (the sentence is joined again) and so do the
note's lines, which annotate the text but are no words of the item. A page without
such a pair is left as it is."""

from __future__ import annotations

import re
from collections import Counter

from .pdf_pieces import pieces

_DIGITS_RE = re.compile(r"^\d{1,2}$")
_SMALL = 0.75  # a mark's size, at most, against the body text's
_NOTE_TEXT = 0.9  # a note's text size, at most, against the body text's
_RAISE = (0.15, 0.7)  # how far a mark stands above its line's baseline (body sizes)
_LEADING = 1.6  # a note's next line, at most this far below (its text's size)

Chunk = tuple[float, float, float, str]  # x, y, size, text


def _body_size(chunks: list[Chunk]) -> float:
    """The size most of the page's text is set in."""
    sizes: Counter[float] = Counter()
    for _, _, size, text in chunks:
        sizes[round(size, 1)] += len(text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _raised(mark: Chunk, chunks: list[Chunk], body: float, top: bool) -> Chunk | None:
    """The text chunk that `mark` is raised above by a superscript's rise: body text
    left of it (`top`: a mark in the text, the nearest such chunk) or a note's small
    text right of it (at the foot); None when there is none."""
    x, y, _, _ = mark
    found: list[Chunk] = []
    for c in chunks:
        cx, cy, size, text = c
        if (cx, cy) == (x, y) or _DIGITS_RE.match(text):
            continue
        fits = size >= _NOTE_TEXT * body if top else size <= _NOTE_TEXT * body
        rise = y - cy
        if fits and _RAISE[0] * body <= rise <= _RAISE[1] * body and (
                cx < x if top else cx > x and cx - x < 4 * body):
            found.append(c)
    return max(found, key=lambda c: c[0] if top else -c[0]) if found else None


def _notes(chunks: list[Chunk]) -> tuple[list[Chunk], dict[str, list[str]]]:
    """The page's marks in the text (top to bottom) and its notes' texts by number."""
    body = _body_size(chunks)
    if not body:
        return [], {}
    small = [c for c in chunks if _DIGITS_RE.match(c[3]) and c[2] <= _SMALL * body]
    text_floor = min((c[1] for c in chunks if c[2] >= _NOTE_TEXT * body
                      and not _DIGITS_RE.match(c[3])), default=0.0)
    marks = [(*c[:3], f"{c[3]}\n{before[3]}") for c in small
             if (before := _raised(c, chunks, body, top=True))]  # (number, the text before)
    feet = sorted((c for c in small if c[1] < text_floor and _raised(c, chunks, body, top=False)),
                  key=lambda c: -c[1])
    notes: dict[str, list[str]] = {}
    for k, (x, y, _, number) in enumerate(feet):
        below = feet[k + 1][1] if k + 1 < len(feet) else float("-inf")
        # the note's text: small text right of the number, line under line (no gap)
        # down to the next note
        said: list[str] = []
        last = y
        for cx, cy, size, t in sorted(chunks, key=lambda c: (-c[1], c[0])):
            if size <= _NOTE_TEXT * body and below + 1 < cy < last + 1 and cx > x - 1 and (
                    last - cy <= _LEADING * size) and not _DIGITS_RE.match(t):
                said.append(t)
                last = cy
        notes[number] = said
    marks.sort(key=lambda c: (-c[1], c[0]))
    if not notes or {m[3].split("\n")[0] for m in marks} != set(notes):
        return [], {}
    return marks, notes


def without_footnotes(page: object, text: str) -> str:
    """The page's text without its footnotes' marks and notes (`text` as it is when the
    page has none)."""
    lines = text.split("\n")
    if not any(_DIGITS_RE.match(ln.strip()) for ln in lines):
        return text
    marks, notes = _notes(pieces(page))
    if not marks:
        return text
    drop: set[int] = set()
    for number, said in notes.items():  # the notes' lines, from the page's foot up
        at = next((k for k in range(len(lines) - 1, 0, -1) if lines[k].strip() == number
                   and k + 1 < len(lines) and said and lines[k + 1].strip() == said[0]), None)
        if at is None:
            return text
        drop.add(at)
        drop.update(k for k in range(at + 1, min(len(lines), at + 1 + len(said)))
                    if lines[k].strip() in said)
    joined: dict[int, str] = {}  # a mark's line: the sentence before it joined to its rest
    start = 0
    for _, _, _, said in marks:
        number, before = said.split("\n")
        at = next((k for k in range(max(start, 1), len(lines)) if k not in drop
                   and lines[k].strip() == number and lines[k - 1].strip()), None)
        glued = next((k for k in range(start, len(lines)) if k not in drop
                      and before + number in lines[k]), None)
        if glued is not None and (at is None or glued < at):  # ("Djursland.1 Evaluering")
            at = glued
            joined[at] = joined.get(at, lines[at]).replace(before + number, before, 1)
            start = at
            continue
        if at is None:
            return text
        drop.add(at)
        host = max(k for k in range(at) if k not in drop)  # (two marks on one line)
        rest = lines[at + 1] if at + 1 < len(lines) else ""
        if rest[:1].isspace() and rest.strip() and at + 1 not in drop:
            joined[host] = f"{joined.get(host, lines[host]).rstrip()} {rest.strip()}"
            drop.add(at + 1)
        start = at + 1
    return "\n".join(joined.get(k, ln) for k, ln in enumerate(lines) if k not in drop)
