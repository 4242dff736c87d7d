"""Items added to an agenda after it went out, printed as "5a. Hastesag: Nødreparation
…" / "5b. …" after item 5, each with its own case number and decision; and an item's
sub-items decided apart from it ("5.1 Skybrudsplan …" after item 5's decision), each
with its own case number and decision too.

They look like sub-items ("3a. Ansøgning fra …" under "3. Ansøgninger til puljen"),
which `text_item_body` keeps inside their item, as a citation names the item. The
difference is the item above them: a real sub-item's item is only a heading over its
parts, while an item that has reached its own decision before "5a." is finished, so
the lettered parts after it (each with a case number or a decision of its own) are
items of their own. So are the parts under a group with a text of its own but no
decision ("4. Anlægsbevillinger 2012" over one sentence, then "4a. Frigivelse af …" and
"4b. …") when each has both a case number and a decision of its own: each is a whole
item, treated and decided apart (its own absentees, its own vote), the group an item of
its sentence; and so do two or more parts sharing their item's case number, each with a
decision of its own, when the item presents a whole case (its sections' headings over
their text) and decides nothing itself. (Parts right under a bare heading, "Sag 5 -
Høringer" / "5a. …", stay in it, as before.) Items then run in reading order (5, 6,
7, 8), each keeping its printed mark as its label ("5a", and "6" for the item printed 6
and numbered 8), as lettered items keep theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dated import dated_decision
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE
from .labels import heading_label
from .text_numbered import NumberedStart, sentence_after
from .text_sections import said_line, section_name

_DECISION = "Beslutning"
# "Pkt. 4a Title", "5a. Title": an item added after item 4 or 5, whichever its number
_KEYWORD = r"(?:Pkt\.?|Punkt|Sag|Ad)"  # ("Ad 3a.": a board's minutes answering each point)
_NR = r"(?:(?i:nr)\.?\s*)?"  # ("Sag nr. 19a")
# (a typist's space before the letter, "Punkt 4 a.", with its stop)
_SPACED = r"(?:\s(?=[a-z][.:]))?"
ADDED_ITEM_RE = re.compile(rf"^(?:\d{{1,3}}\s?[a-z][.)]|{_KEYWORD}\s*{_NR}\d{{1,3}}{_SPACED}"
                           r"[a-z][.:]?)\s+\S")


def _lettered_re(numbers: list[int]) -> re.Pattern[str]:
    """ "5a. Title", "5 b) Title", "Pkt. 5a Title", "5.1 Title" under item `number` (one
    of `numbers`)."""
    n = "|".join(map(str, numbers))
    # (or the mark alone on its line, its title on the line below, as a web page prints
    # each item's number above its title: "3a" / "Oplæg fra Teknik- og Miljøudvalget")
    # (a council's "Sag nr. 19a - Title": the keyword's "nr." and a dash before the title)
    return re.compile(rf"^(?:(?:(?P<m>{n})\s?(?P<a>[a-z])[.)]|{_KEYWORD}\s*{_NR}(?P<p>{n})"
                      rf"{_SPACED}(?P<b>[a-z])[.:]?|(?P<d>{n})(?P<s>\.[1-9]\d?)\.?(?=\s+[A-ZÆØÅ]))"
                      rf"\s+(?:[-–]\s+)?(?P<t>\S.*)|(?P<o>{n})(?P<c>[a-z]))$")


def _mark(m: re.Match[str]) -> tuple[str, str]:
    """A lettered item's printed number and its letter (or ".1")."""
    return (m["m"] or m["p"] or m["d"] or m["o"]), (m["a"] or m["b"] or m["s"] or m["c"])


def _marked_title(lines: list[str], i: int, m: re.Match[str]) -> tuple[str, int] | None:
    """The title of the lettered item marked on line `i` and where its text starts: the
    line below a mark alone on its line (None when that line is no title: a section's
    heading, a sentence, nothing), else as `_title` reads it."""
    if m["t"] is not None:
        return _title(lines, i, m["t"])
    j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), len(lines))
    title = lines[j].strip() if j < len(lines) else ""
    if not title[:1].isupper() or section_name(title) or title.endswith("."):
        return None
    return title, j + 1


def _numbers(starts: list[NumberedStart], k: int) -> list[int]:
    """The numbers a lettered item after item `k` may carry: its own ("4a."), and the next
    one when no item has it ("5a.", "5b." on a supplementary agenda, "Tillægsdagsorden",
    after item 4 and before item 6) or when that item comes next (minutes kept in the
    order treated: "Punkt 10a" added after item 9, treated before item 10). An item
    numbered in reading order after sub-items that took its place keeps its printed
    number as its label ("7", numbered 9 after "4.1"–"4.3"): its parts are "7.1", …"""
    label = starts[k].label
    number = int(label) if label.isascii() and label.isdigit() else starts[k].number
    return [number, number + 1]


def _title(lines: list[str], i: int, title: str) -> tuple[str, int]:
    """A lettered item's title and where its text starts: the title goes on over the
    line its case number follows, after a comma ("5a. Lejeaftale for lokaler," / "Torvet
    4" / "Sagsnr.: 24/4512") or wrapped inside a phrase ("9a. Hastesag: … efter stormen
    den 4." / "november 2022" / "Sagsnr.: 22/17002"), unless that line is a sentence of
    its own or a rule ("=====")."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    after = lines[i + 2].strip() if i + 2 < len(lines) else ""
    if any(c.isalpha() for c in nxt) and ":" not in nxt and not section_name(nxt) and (
            title.endswith(",") or not sentence_after(title, nxt)) and (
            CASE_NUMBER_RE.match(after) or BARE_CASE_RE.match(after)):
        return f"{title} {nxt}", i + 2
    return title, i + 1


def decides(line: str) -> bool:
    """A decision's heading, "Beslutning" or "Beslutning: Godkendt." or a dated one."""
    s = line.strip().replace("**", "")
    label = heading_label(s)
    return section_name(label[0] if label else s) == _DECISION or bool(
        len(s) < 160 and dated_decision(s))


def _own_case(lines: list[str]) -> bool:
    """A part with a case number or a decision of its own."""
    return any(CASE_NUMBER_RE.match(s.strip()) or BARE_CASE_RE.match(s.strip())
               or decides(s) for s in lines)


def _whole_item(lines: list[str]) -> bool:
    """A part with both a case number and a decision of its own."""
    return any(CASE_NUMBER_RE.match(s.strip()) or BARE_CASE_RE.match(s.strip())
               for s in lines) and any(decides(s) for s in lines)


def _decided_apart(above: list[str], parts: list[list[str]]) -> bool:
    """Two or more parts, each with a decision's heading of its own ("7.2 Title" /
    "Sagsfremstilling" / … / "Beslutning"), though they share their item's case number,
    under an item presented as a whole case of its own (its sections' headings over
    their text: "Sagsfremstilling", "Indstilling" that the parts be decided one by one)
    that decides nothing: each part is treated and decided apart, an item of its own
    (its own vote, its own absentees), not one decision of them all. (Parts under an
    item's one sentence, "Sagen omfatter to projekter", label their sections in it.)"""
    headed = [s for s in above if section_name(s.strip())]
    told = [s for s in above if not (section_name(s.strip()) or CASE_NUMBER_RE.match(
        s.strip()) or BARE_CASE_RE.match(s.strip()))]
    return bool(headed and told) and len(parts) >= _MIN_OUTLINED and all(
        any(section_name(s.strip()) == _DECISION or len(s) < 160 and dated_decision(s)
            for s in part) for part in parts)


def added_items(lines: list[str], starts: list[NumberedStart]) -> list[NumberedStart]:
    """`starts` with the lettered items added after a decided item ("5a.", "5b."), all
    numbered in reading order; `starts` itself when there are none."""
    out: list[NumberedStart] = []
    for k, start in enumerate(starts):
        out.append(start)
        end = starts[k + 1].line if k + 1 < len(starts) else len(lines)
        rx = _lettered_re(_numbers(starts, k))
        marks = [i for i in range(start.body, end) if (m := rx.match(lines[i].strip())) and (
            _marked_title(lines, i, m))]
        if not marks:
            if outlined := _outlined_parts(lines, start, end, rx):
                out[-1:] = outlined  # (the bare heading over them is no item of its own)
            continue
        parts = [lines[i + 1:b] for i, b in zip(marks, [*marks[1:], end], strict=True)]
        above = [s for s in lines[start.body:marks[0]] if s.strip()]
        # (a decision said without its heading, "Udvalget besluttede at …", as a typist's
        # minutes write each one)
        if any(map(decides, above)) or any(map(said_line, above)):
            if not all(map(_own_case, parts)):
                continue
        elif not above or not (all(map(_whole_item, parts)) or _decided_apart(above, parts)):
            continue  # parts of an item that is only their heading
        for i in marks:
            m = rx.match(lines[i].strip())
            titled = _marked_title(lines, i, m) if m else None
            assert m is not None and titled is not None
            title, body = titled
            out.append(NumberedStart(i, body, 0, title, label="".join(_mark(m))))
    lead = _leading(lines, starts)
    if len(out) == len(starts):
        return lead + starts
    first = starts[0].number
    return lead + [s if s.number == first + k and not s.label else
                   replace(s, number=first + k, label=s.label or str(s.number))
                   for k, s in enumerate(out)]


# A markdown heading: its level (the number of hashes) and its text
_HASHED_RE = re.compile(r"^(#{1,6})\s+(\S.*)$")
_MIN_OUTLINED = 2


def _outlined_parts(lines: list[str], start: NumberedStart, end: int,
                    rx: re.Pattern[str]) -> list[NumberedStart]:
    """The lettered parts of a markdown item that is only their heading ("## 4. Lejre
    Kommune" / "### 4a. Title" / … / "### 4b. Title"): headings one level deeper, two or
    more, each with a decision of its own, are items of their own, as Word's Heading 2
    parts under a bare Heading 1 are (`bare_groups`); [] for any other item."""
    head = _HASHED_RE.match(lines[start.line].strip())
    marks = [(i, m) for i in range(start.body, end) if (
        hashed := _HASHED_RE.match(lines[i].strip())) and head and len(hashed[1]) > len(
        head[1]) and (m := rx.match(hashed[2]))]
    if len(marks) < _MIN_OUTLINED or any(s.strip() for s in lines[start.body:marks[0][0]]):
        return []
    bounds = [*(i for i, _ in marks[1:]), end]
    if not all(any(map(decides, lines[i + 1:b])) for (i, _), b in zip(marks, bounds, strict=True)):
        return []
    found = []
    for i, m in marks:
        titled = _title(lines, i, m["t"]) if m["t"] is not None else None
        if titled is None:
            return []
        found.append(NumberedStart(i, titled[1], 0, titled[0], label="".join(_mark(m))))
    return found


def _leading(lines: list[str], starts: list[NumberedStart]) -> list[NumberedStart]:
    """Lettered items above the first numbered one, each with its own case number or
    decision: a supplementary agenda's item added to an earlier item ("7a. Title" /
    "Sagsnr.: …" before "10. Title"), numbered as printed ("7a": 7), the contents' line
    of it (no case number of its own) no item."""
    if not starts:
        return []
    first = starts[0]
    rx = _lettered_re([n for n in range(1, first.number)])
    marks = [i for i in range(first.line) if rx.match(lines[i].strip())]
    out: list[NumberedStart] = []
    for i, end in zip(marks, [*marks[1:], first.line][:len(marks)], strict=True):
        if _own_case(lines[i + 1:end]):
            m = rx.match(lines[i].strip())
            titled = _marked_title(lines, i, m) if m else None
            if m is None or titled is None:
                continue
            number, letter = _mark(m)
            title, body = titled
            out.append(NumberedStart(i, body, int(number), title, label=f"{number}{letter}"))
    return out
