"""Word's line numbering in a printed PDF (read stage, used by `ingest.read`).

A draft sent out for comments is often printed with Word's *line numbering* on: a
running number (1, 2, 3 …, continuous over the pages or restarting on each) in the
margin of every body line. The PDF text layer glues each number to its line with no
space ("121. Godkendelse af dagsorden" is line 12, "1. Godkendelse af dagsorden"),
or, in the other drawing order, to its end ("Godkendelse af dagsorden12"), or it
stands on a line of its own above the line it numbers (a writer that draws the numbers
in a pass of their own: "17" / "1. Godkendelse af dagsorden"). Left in,
no item heading, label or case line is recognised.

The numbers are recognised by their structure only: a run of lines whose numbers go
up by one, line after line, broken only at a page break (where the page's header,
footer and footnotes carry no number). When such runs cover most of the text, the
numbers are taken off. A numbered list ("1. …", "2. …") is no line numbering: its
number is followed by its full stop or parenthesis.

A page's footnotes ("¹ Jf. …", at its foot above the footer) would run into whatever
item the page ends with. Each is moved up to the end of the sentence that bears its
mark, so it stays with the text it annotates: in a line-numbered draft every
unnumbered footnote line (Word numbers none), in any other PDF the footnote lines at
a page's foot whose mark the page bears.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MIN_RUN = 5  # numbered lines in one run (a page can be short)
MIN_LINES = 10  # numbered lines in the whole text
SHARE = 0.6  # of the text's non-blank lines that must be numbered
MAX_GAP = 15  # unnumbered lines a run may skip, over a page break (foot, header)
_PAGE = "\f"
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE_RE = re.compile(rf"^([{_SUPERSCRIPTS}]+)\s")
# a footnote drawn first on its page, its text glued to its mark ("¹Handleplanen blev …")
_TOP_NOTE_RE = re.compile(rf"^([{_SUPERSCRIPTS}]+)\s?(?=[A-ZÆØÅ])")
_DIGITS = str.maketrans(_SUPERSCRIPTS, "1234567890")
# a page's number drawn with its foot at the page's top: "3", "Side 3", "- 3 -", "3/4"
_PAGE_NUMBER_RE = re.compile(r"^[-–\s]*(?:side\s+)?\d{1,3}(?:\s*(?:/|af)\s*\d{1,3})?[-–\s]*$",
                             re.IGNORECASE)

Strip = Callable[[str, int], "str | None"]


def _prefix(line: str, n: int) -> str | None:
    """`line` without its leading number `n` (None when it does not open with it)."""
    mark = str(n)
    return line[len(mark):].lstrip() if line.startswith(mark) else None


def _suffix(line: str, n: int) -> str | None:
    """`line` without its trailing number `n` (None when it does not end with it)."""
    mark = str(n)
    return line[:-len(mark)].rstrip() if line.endswith(mark) else None


def _alone(line: str, n: int) -> str | None:
    """"" when `line` is the number `n` alone, a margin's number drawn as a line of its
    own beside the line it numbers (None otherwise)."""
    return "" if line == str(n) else None


def _run(lines: list[str], start: int, strip: Strip) -> list[tuple[int, str]]:
    """The numbered lines from `start` on (line 1 there): (index, text without number)."""
    run: list[tuple[int, str]] = []
    expected, gap, page = 1, 0, False
    between = 1 if strip is _alone else 0  # the numbered line between two lone numbers
    for idx in range(start, len(lines)):
        if _PAGE in lines[idx]:
            page = True
        line = lines[idx].strip()
        if not line:
            continue
        rest = strip(line, expected)
        if rest is not None and (gap == (between if run else 0) or page):
            run.append((idx, rest))
            expected, gap, page = expected + 1, 0, False
            continue
        gap += 1  # the page's foot (footnotes, footer) or the next page's header
        if gap > MAX_GAP:
            break
    return run


def _runs(lines: list[str], strip: Strip) -> dict[int, str]:
    """Every line index in a run of line numbers, with its text without the number."""
    found: dict[int, str] = {}
    idx = 0
    while idx < len(lines):
        line = lines[idx].strip()
        if idx not in found and strip(line, 1) is not None:
            run = _run(lines, idx, strip)
            if len(run) >= MIN_RUN:
                found.update(run)
                idx = run[-1][0] + 1
                continue
        idx += 1
    return found


def _is_numbering(lines: list[str], found: dict[int, str], strip: Strip) -> bool:
    """Whether the runs are the page's line numbers, not a list or a column of figures."""
    body = sum(1 for line in lines if line.strip())
    covered = len(found) * (2 if strip is _alone else 1)  # (a lone number and its line)
    if len(found) < MIN_LINES or covered < SHARE * body:
        return False
    if strip is _prefix:  # "1. Godkendelse" (a numbered list) leaves ". Godkendelse"
        listed = sum(1 for rest in found.values() if rest[:1] in ".):")
        return listed <= 0.2 * len(found)
    # numbers at both ends: a numbered list ("1. Punkt 1"), whichever end counts
    opened = sum(1 for rest in found.values() if rest[:1].isdigit())
    return opened <= 0.5 * len(found)


def _paragraph_end(lines: list[str | None], host: int, numbered: set[int]) -> int:
    """The numbered line that ends the sentence running through line `host` (within a
    few lines; `host` itself when none does)."""
    idx, seen = host, 0
    while idx < len(lines) and seen < 6:
        if idx in numbered:
            seen += 1
            if (lines[idx] or "").rstrip(_SUPERSCRIPTS + " ").endswith((".", "!", "?")):
                return idx
        idx += 1
    return host


def _footnotes_up(lines: list[str | None], numbered: set[int]) -> None:
    """Move each unnumbered footnote line ("¹ Jf. …") up to the end of the sentence that
    bears its mark (in place: the footnote's own line becomes None)."""
    for idx, line in enumerate(lines):
        match = _FOOTNOTE_RE.match((line or "").strip())
        if idx in numbered or not match or line is None:
            continue
        host = next((k for k in range(idx - 1, -1, -1)
                     if k in numbered and _marked(lines[k] or "", match.group(1))), None)
        if host is not None:
            end = _paragraph_end(lines, host, numbered)
            lines[end] = f"{lines[end]}\n{line.strip()}"
            lines[idx] = None


def _marked(line: str, mark: str) -> bool:
    """Whether `line` bears the footnote mark (not a unit's square: "650 kr. pr. m²")."""
    return bool(re.search(rf"(?<!m){re.escape(mark)}", line))


def _plain_marked(line: str, mark: str) -> bool:
    """Whether `line` bears the mark as a plain figure glued to a sentence's or a word's
    end ("… til orientering.1", "handleplanen1 …"; not "kl. 10" or "punkt 1")."""
    digits = re.escape(mark.translate(_DIGITS))
    return bool(re.search(rf"(?:(?<=[a-zæøå][.,;:!?])|(?<=[a-zæøå]{{3}})){digits}(?=[\s.,;:]|$)",
                          line))


def _page_top_notes(lines: list[str]) -> dict[int, int]:
    """The footnote lines a page's text begins with (below at most its page number: its
    foot drawn first), each with the line further down the page that bears its mark."""
    notes: dict[int, int] = {}
    bounds = [-1, *[k for k, ln in enumerate(lines) if _PAGE in ln], len(lines)]
    for top, bottom in zip(bounds, bounds[1:], strict=False):
        filled = [k for k in range(top + 1, bottom) if lines[k].strip()]
        while filled and len(filled) > 1 and _PAGE_NUMBER_RE.match(lines[filled[0]]):
            filled.pop(0)
        notes_here = []
        while filled and (m := _TOP_NOTE_RE.match(lines[filled[0]].strip())):
            notes_here.append((filled.pop(0), m.group(1)))
        for idx, mark in notes_here:
            host = next((k for k in filled if _marked(lines[k], mark)
                         or _plain_marked(lines[k], mark)), None)
            if host is not None:
                notes[idx] = host
    return notes


_FOOTER_LINES = 2  # a page's footer below its footnotes


def _page_foot_notes(lines: list[str]) -> set[int]:
    """The footnote lines ("¹ Jf. …") at the foot of each page, above at most a footer,
    whose mark a line above them on that page bears."""
    notes: set[int] = set()
    bounds = [-1, *[k for k, ln in enumerate(lines) if _PAGE in ln], len(lines)]
    for top, bottom in zip(bounds, bounds[1:], strict=False):
        filled = [k for k in range(top + 1, bottom) if lines[k].strip()]
        foot = next((n for n in range(min(_FOOTER_LINES, len(filled) - 1) + 1) if
                     _FOOTNOTE_RE.match(lines[filled[-1 - n]].strip())), None)
        if foot is None:
            continue
        del filled[len(filled) - foot:]  # the footer below the footnotes
        while filled and (m := _FOOTNOTE_RE.match(lines[filled[-1]].strip())) and any(
                _marked(lines[k], m.group(1)) for k in filled[:-1]
                if not _FOOTNOTE_RE.match(lines[k].strip())):
            notes.add(filled.pop())
    return notes


def strip_line_numbers(text: str) -> str:
    """`text` without Word's margin line numbers (unchanged when it has none); the
    footnotes at a page's foot with the sentence that bears their mark."""
    lines = text.split("\n")
    for strip in (_prefix, _suffix, _alone):
        found = _runs(lines, strip)
        if _is_numbering(lines, found, strip):
            # a line that was only its number (an empty paragraph) goes with it
            kept: list[str | None] = [(found[idx] or None) if idx in found else line
                                      for idx, line in enumerate(lines)]
            _footnotes_up(kept, set(found))
            return "\n".join(line for line in kept if line is not None)
    notes, tops = _page_foot_notes(lines), _page_top_notes(lines)
    if not notes and not tops:
        return text
    body: list[str | None] = list(lines)
    text_lines = {k for k, ln in enumerate(lines) if k not in notes and k not in tops
                  and ln.strip() and _PAGE not in ln}
    for idx, host in tops.items():  # (down to the sentence that bears the mark)
        ended = re.sub(r"\d+$", "", lines[host].rstrip()).endswith((".", "!", "?"))
        end = host if ended else _paragraph_end(body, host, text_lines)
        body[end], body[idx] = f"{body[end]}\n{lines[idx].strip()}", None
    _footnotes_up(body, text_lines)
    return "\n".join(line for line in body if line is not None)
