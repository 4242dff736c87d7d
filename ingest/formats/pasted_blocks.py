"""Documents pasted whole into an item's text, whose headings are theirs, not the item's:

* a report's table of contents quoted in the case text ("Planen har følgende indhold:" /
  "Indhold" / "1. Indledning ...... 3" / "2. Baggrund ...... 4"), its "Indhold" no
  heading of a section of the item: the list and the text after it go on in the section
  being read;
* an excerpt of another body's minutes ("Uddrag af referat fra Økonomiudvalget den 14.
  marts 2023" / "41. Title" / "Sagsnr.: …" / "Indstilling" / … / "Beslutning
  Økonomiudvalget den 14-03-2023" / its decision / "Fraværende: …"): quoted in the case
  text as printed, its "Indstilling" no recommendation of this item and its decision one
  entry of the case's history (the body, the day, the item's number there, the decision's
  words). The excerpt ends with its attendance line, or at a heading of the item's own
  after its decision.

* an attachment's document expanded on a web page under the item's "Bilag" heading,
  between the marks the page's text sets around it (`html_attachments`): the item's
  Bilag, its "Beslutning" and "Afbud:" another meeting's, however they read.

`pasted_spans` gives the body's lines that belong to such a paste (`text_item_body` adds
them to the section being read as they are) and the history the excerpts give.
"""

from __future__ import annotations

import re
from datetime import date

from referat.domain import Treatment

from ..html_attachments import ATTACHMENT_CLOSE, ATTACHMENT_OPEN
from .dated import dated_decision
from .text_layout import reflow
from .text_sections import section_name

# A contents list's heading, alone on its line
_CONTENTS_RE = re.compile(r"^indhold\s*:?$", re.IGNORECASE)
# One entry of a contents list: a numbered or lettered chapter ("1. Indledning", "4.1
# Energi", "Bilag A. Kort"), or any title with its page number after a leader ("…… 3")
CONTENTS_ENTRY_RE = re.compile(
    r"^(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-H]\.|bilag\s+\w{1,3}\.?)\s+\S.{0,120}|"
    r"\S.{0,120}?(?:\.{3,}|…+|\s{3,})\s*\d{1,3})$", re.IGNORECASE)
# "Uddrag af referat fra Økonomiudvalget den 14. marts 2023", "Uddrag af
# beslutningsprotokollen for Byrådets møde den 3. maj 2022:" (the body and the day after it)
_EXCERPT_RE = re.compile(r"^uddrag\s+af\s+(?:\w*referat(?:et)?|\w*protokol(?:len)?)\s+"
                         r"(?:fra|for|af)\s+(?P<rest>\S.{4,120}?)\s*:?$", re.IGNORECASE)
# The excerpted item's heading with its number there ("41. Title", "Punkt 41: Title")
_NUMBERED_RE = re.compile(r"^(?:punkt\s+|pkt\.\s*)?(?P<n>\d{1,4})[.:]?\s+[A-ZÆØÅ]", re.IGNORECASE)
# The attendance line that ends the excerpted decision ("Fraværende: X (V)", "Afbud: …")
_ATTENDANCE_RE = re.compile(r"^(?:fraværende|afbud|ikke til stede)\b[^:]{0,30}:", re.IGNORECASE)


def contents_only(lines: list[str]) -> bool:
    """Whether the lines are a contents list's entries only (a meeting's own contents
    after its last item), no text of an item."""
    entries = [s.strip() for s in lines if s.strip()]
    return bool(entries) and all(CONTENTS_ENTRY_RE.match(s) for s in entries)


def _next_text(body: list[str], k: int) -> int:
    """The index of the first non-blank line at or after `k` (len(body) if none)."""
    while k < len(body) and not body[k].strip():
        k += 1
    return k


def _contents_end(body: list[str], k: int) -> int | None:
    """Where a contents list pasted at `k` ("Indhold" over two entries or more) ends, when
    the item's text goes on after it; None when `k` heads no such list."""
    if not _CONTENTS_RE.match(body[k].strip()):
        return None
    end, entries = k + 1, 0
    while (at := _next_text(body, end)) < len(body) and CONTENTS_ENTRY_RE.match(body[at].strip()):
        end, entries = at + 1, entries + 1
    return end if entries >= 2 and _next_text(body, end) < len(body) else None


def _same_day(line: str, day: date) -> bool:
    """Whether the line is a dated decision heading of `day`."""
    dated = dated_decision(line) if len(line) < 160 else None
    return bool(dated) and dated[1] == day


def _excerpt(body: list[str], k: int) -> tuple[int, Treatment] | None:
    """The end of another body's minutes excerpted from `k` on, and its entry in the
    case's history; None when `k` heads no excerpt with a decision."""
    head = _EXCERPT_RE.match(body[k].strip())
    dated = head and dated_decision(re.sub(r"(?<=\w)s\s+møde\b", "", head["rest"]))
    if not dated:
        return None
    punkt, at = dated[2], k + 1
    # (its decision's heading names the excerpt's day: "Beslutning Økonomiudvalget den
    # 14-03-2023"; none within a page's lines, or a second excerpt first, and it is none)
    while at < min(len(body), k + 60) and not _same_day(body[at].strip(), dated[1]):
        if _EXCERPT_RE.match(body[at].strip()):
            return None
        punkt = punkt or ((m := _NUMBERED_RE.match(body[at].strip())) and int(m["n"])) or None
        at += 1
    if at >= min(len(body), k + 60):
        return None
    end = at + 1
    while end < len(body) and not section_name(s := body[end].strip()) and not (
            _EXCERPT_RE.match(s)):
        end += 1
        if _ATTENDANCE_RE.match(s):
            break
    said = [ln for ln in body[at + 1:end] if not _ATTENDANCE_RE.match(ln.strip())]
    return end, Treatment(dated[0] or "", dated[1], reflow(said), punkt)


def _attachment_end(body: list[str], k: int) -> int | None:
    """The line after the mark that closes the expanded attachment opened at `k`; None
    when `k` opens none."""
    if body[k].strip() != ATTACHMENT_OPEN:
        return None
    ends = [j for j in range(k + 1, len(body)) if body[j].strip() == ATTACHMENT_CLOSE]
    return ends[0] + 1 if ends else len(body)


def outside_attachments(lines: list[str]) -> list[str]:
    """The lines with an expanded attachment's blank (as many lines): its headings ("1.
    Indledning", "Punkt 3. …") start no item of the meeting."""
    if not any(line.strip() == ATTACHMENT_OPEN for line in lines):
        return lines
    out, inside = [], False
    for line in lines:
        mark = line.strip()
        inside = (inside or mark == ATTACHMENT_OPEN) and mark != ATTACHMENT_CLOSE
        out.append("" if inside or mark == ATTACHMENT_CLOSE else line)
    return out


def pasted_spans(body: list[str]) -> tuple[list[str], set[int], list[Treatment]]:
    """The body without the marks of an expanded attachment, the indexes of its lines
    that a pasted contents list, minutes' excerpt or attachment holds, and the history
    entries the excerpts give (see the module's note)."""
    quoted: set[int] = set()
    history: list[Treatment] = []
    k = 0
    while k < len(body):
        if (shown := _attachment_end(body, k)) is not None:
            end = shown
        elif (found := _excerpt(body, k)) is not None:
            end = found[0]
            history.append(found[1])
        else:
            end = _contents_end(body, k) or k + 1
        if end > k + 1:
            quoted.update(range(k, end))
        k = end
    marks = (ATTACHMENT_OPEN, ATTACHMENT_CLOSE)
    return [("" if ln.strip() in marks else ln) for ln in body], quoted, history
