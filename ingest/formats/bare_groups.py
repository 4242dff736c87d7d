"""A numbered item that only heads its sub-items: "3. Meddelelser" with nothing of its
own, then "3.1 Title", "3.2 Title" … each with its case number and decision (a
secretary's Word minutes, Heading 1 over Heading 2), among items without sub-items
("1.", "2.", "4." …).

Each sub-item is an item of the meeting, the bare heading none: all are numbered 1, 2,
3 … in reading order (two items of one meeting never share a number, and "4." would
otherwise be both the fourth printed item and the sub-item 3.2's place), each keeping
its printed number as its label ("3.1", and "4" for the item printed "4.").
"""

from __future__ import annotations

from .numbered_runs import NumberedStart

_MINOR = 1000  # `text_numbered` numbers a decimal candidate "3.2" as 3 * 1000 + 2
_MIN_SUBS = 2


def split_groups(run: list[NumberedStart], subs: list[NumberedStart],
                 lines: list[str]) -> list[NumberedStart]:
    """The `run` with each item whose next line with text is its first sub-item (of
    `subs`, the "N.M" candidates) replaced by its sub-items N.1, N.2 … (two or more,
    each with the item's own lines below it); the `run` itself when no item is such a
    heading."""
    out: list[NumberedStart] = []
    for k, start in enumerate(run):
        end = run[k + 1].line if k + 1 < len(run) else len(lines)
        own = _sub_items(start, [s for s in subs if start.line < s.line < end], lines)
        out += own or [NumberedStart(start.line, start.body, start.number, start.title,
                                     start.evidence, start.label or str(start.number))]
    if len(out) == len(run):
        return run
    return [NumberedStart(s.line, s.body, n, s.title, s.evidence, s.label)
            for n, s in enumerate(out, 1)]


def _sub_items(start: NumberedStart, subs: list[NumberedStart],
               lines: list[str]) -> list[NumberedStart]:
    """The sub-items start.number.1, .2 … right below the item's heading, or []."""
    nxt = next((i for i in range(start.line + 1, len(lines)) if lines[i].strip()), None)
    numbers = [s.number for s in subs]
    first = start.number * _MINOR + 1
    if len(subs) < _MIN_SUBS or subs[0].line != nxt or numbers != list(
            range(first, first + len(subs))) or not all(s.evidence for s in subs):
        return []
    return [NumberedStart(s.line, s.body, s.number, s.title, s.evidence,
                          "{}.{}".format(*divmod(s.number, _MINOR))) for s in subs]
