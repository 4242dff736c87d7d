"""Runs of numbered item starts: the longest chain n, n+1, n+2 … of candidates in
reading order, and the items at either end of it that have no lines of their own (the
opening "Godkendelse af dagsorden", the closing "Eventuelt")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class NumberedStart:
    line: int  # index of the line with the number
    body: int  # index of the first body line after the (possibly wrapped) title
    number: int
    title: str
    evidence: bool = True  # the item's own lines follow it
    label: str = ""  # the item's printed mark when it is no number ("A" of "A. Title")
    section_titled: bool = False  # its title is also a section's name ("5" / "Orientering")


# The agenda's last item, which often has no section or case number of its own
# ("6) Eventuelt" / "Hans Ole Thomsen rejste spørgsmålet …"; abbreviated: "5) Evt.")
CLOSING_TITLES = frozenset({"eventuelt", "evt.", "evt", "meddelelser og eventuelt", "næste møde",
                            "meddelelser", "orientering", "orienteringer", "gensidig orientering",
                            "orientering og eventuelt", "meddelelser fra formanden",
                            "orientering fra formanden", "eventuelt og meddelelser",
                            # (English minutes': "6. Any other business" / "None.")
                            "any other business", "other business", "aob"})
# closing items named together: "Eventuelt og næste møde", "Næste møde / evt."
_JOINED_RE = re.compile(r"\s*(?:\bog\b|,|/|&)\s*")


def is_closing_title(title: str) -> bool:
    """An agenda's closing item ("Eventuelt"), or closing items named together in one
    ("Eventuelt og næste møde").

    >>> is_closing_title("Eventuelt og næste møde"), is_closing_title("Budget og eventuelt")
    (True, False)
    """
    key = title.strip(" .:-–").lower()
    return key in CLOSING_TITLES or bool(key) and all(
        part.strip(" .") in CLOSING_TITLES for part in _JOINED_RE.split(key) if part.strip())


def with_closing_item(run: list[NumberedStart], found: list[NumberedStart],
                      lines: list[str] | None = None) -> list[NumberedStart]:
    """The run and, right after its last item, an "Eventuelt" without the item's own
    lines (a run may not end on an item without them otherwise); of closing items in a
    row ("7) Næste møde" / "8) Evt.") the last. The next number on the file's last line
    (`lines` given) is the last item too, whatever its title, when the contents list
    above names it (`_listed_last`)."""
    if not run:
        return run
    after = [f for f in found if f.line > run[-1].line]
    if lines and len(after) == 1 and after[0].number == run[-1].number + 1 and _listed_last(
            lines, run, after[0]):
        return [*run, after[0]]
    # (and the short items between it and "Eventuelt": "5. Evaluering (10 min.)" / text /
    # "6. Eventuelt" after an item with a "Beslutning:" of its own)
    last = 0
    for k, item in enumerate(after[:4]):
        if item.number != run[-1].number + k + 1:
            break
        if is_closing_title(item.title):
            last = k + 1
    return [*run, *after[:last]]


def _listed_last(lines: list[str], run: list[NumberedStart], last: NumberedStart) -> bool:
    """Whether `last` is the file's last line, its title printed in the contents list
    above the run as well (a dagsorden's "57. Orientering fra formand og direktør", on
    its page alone): an item of the agenda, though no text follows it."""
    title = " ".join(last.title.split()).lower()
    return len(title) > 3 and not any(ln.strip() for ln in lines[last.line + 1:]) and any(
        " ".join(ln.split()).lower().endswith(title) for ln in lines[:run[0].line])


def printed_again(run: list[NumberedStart], found: list[NumberedStart]) -> list[NumberedStart]:
    """The items, not the contents list before them that prints each heading the same
    way (with its case number far right, so each line looks like an item): when every
    item of the run is printed again later, the later ones are the items."""
    later = {(f.number, f.title.lower()[:30]): f for f in reversed(found)
             if run and f.line > run[-1].line}
    again = [later.get((s.number, s.title.lower()[:30])) for s in run]
    return [f for f in again if f] if run and all(again) else run


_OPENING_RE = re.compile(r"^\s*godkendelse\s+af\s+(?:dagsorden|referat)", re.IGNORECASE)


def with_opening_item(run: list[NumberedStart], found: list[NumberedStart],
                       lines: list[str]) -> list[NumberedStart]:
    """The run and, right before its first item, the items numbered just below it whose
    text is only a line or two ("1. Godkendelse af dagsorden" / "Godkendt."): a run may
    not start on an item without its own lines otherwise."""
    while run and (before := [f for f in found if f.line < run[0].line]):
        last = before[-1]
        text = [ln for ln in lines[last.body:run[0].line] if ln.strip()]
        # (an agenda's "87. Godkendelse af dagsorden" has no text at all)
        if last.number != run[0].number - 1 or not (0 < len(text) <= 2 or (
                not text and _OPENING_RE.match(last.title))) or any(len(ln) > 200 for ln in text):
            break
        run = [last, *run]
    return run


def paragraph_evidence(found: list[NumberedStart], lines: list[str]) -> None:
    """A board's protocol that numbers its items as paragraphs and writes each one as
    prose, without a label or case number anywhere ("§ 14. Godkendelse af dagsorden" /
    "Dagsordenen blev godkendt."): three or more "§" headings in a row, numbered n, n+1,
    n+2 … and each with text of its own below it, are the items. (A "§ 14" that a
    sentence cites never opens a line with a title, and never runs on to § 15, § 16.)"""
    marked = [s for s in found if lines[s.line].lstrip("*_ ").startswith("§")]
    numbers = [s.number for s in marked]
    if len(marked) < 3 or numbers != list(range(numbers[0], numbers[0] + len(marked))):
        return
    ends = [s.line for s in marked[1:]] + [len(lines)]
    own = [any(ln.strip() for ln in lines[s.body:end]) for s, end in zip(marked, ends,
                                                                     strict=True)]
    if all(own):
        for start in marked:
            start.evidence = True


def longest_run(found: list[NumberedStart]) -> list[NumberedStart]:
    """The longest chain n, n+1, n+2 … in reading order; on a tie a later predecessor
    (the item heading after a numbered list that ends with the same number), unless only
    the earlier one has the item's own lines after it (an attachment list's "2. …"). A candidate
    without the item's own lines after it (a closed item printed as its title only) may
    stand between two that have them, never at either end of the chain. One number
    may be missing between two that have their own lines (a closed item left out of
    the public minutes)."""
    length: list[int] = []
    before: list[int | None] = []
    last_of: dict[int, int] = {}  # number → index of its best candidate so far
    for k, start in enumerate(found):
        j = last_of.get(start.number - 1)
        if j is None and start.evidence and (g := last_of.get(start.number - 2)) is not None \
                and found[g].evidence:
            j = g  # public minutes leave a closed item out: 1 … 4, 6, 7 is one agenda
        if not start.evidence and (j is None or not found[j].evidence):
            length.append(0)  # no chain starts here, nor holds two of these in a row
            before.append(None)
            continue
        length.append(length[j] + 1 if j is not None else 1)
        before.append(j)
        prev = last_of.get(start.number)
        if prev is None or length[k] > length[prev] or (
                length[k] == length[prev] and (start.evidence or not found[prev].evidence)):
            last_of[start.number] = k
    ends = [k for k, start in enumerate(found) if start.evidence]
    if not ends:
        return []
    k: int | None = max(ends, key=lambda n: (length[n], -n))
    run = []
    while k is not None:
        run.append(found[k])
        k = before[k]
    return run[::-1]


def with_section_titled(run: list[NumberedStart],
                        found: list[NumberedStart]) -> list[NumberedStart]:
    """The run and the items whose title is also a section's name ("5" above
    "Orientering", then its case number) where the number continues the run: after the
    item numbered one less and before the one numbered one more, if any. Elsewhere such a
    number above "Orientering" is no item."""
    out = list(run)
    for start in found:
        if not (start.section_titled and start.evidence):
            continue
        k = next((k for k, s in enumerate(out) if s.line > start.line), len(out))
        fits_before = k > 0 and out[k - 1].number == start.number - 1
        fits_after = k == len(out) or out[k].number == start.number + 1
        if out and fits_before and fits_after:
            out.insert(k, start)
    return out


def in_treated_order(run: list[NumberedStart], found: list[NumberedStart],
                     heads_item: Callable[[NumberedStart], bool]) -> list[NumberedStart]:
    """The run and the item headings printed out of their number's order, as minutes
    printed in the order the items were treated have them ("1.", "2.", "5.", "3.", "4.",
    "6."): each number missing from the run is added when exactly one candidate has it
    and that one heads an item (`heads_item`: the item's own lines right below it), and
    only when all the numbers together are 1 … N, each once. Each keeps its own number;
    the items stay in the order printed."""
    if not run or run[0].number != 1:
        return run
    have = {s.number for s in run}
    extra: dict[int, list[NumberedStart]] = {}
    for start in found:
        if start.number not in have and start.evidence:
            extra.setdefault(start.number, []).append(start)
    if not extra or any(len(c) > 1 or not heads_item(c[0]) for c in extra.values()):
        return run
    merged = sorted([*run, *(c[0] for c in extra.values())], key=lambda s: s.line)
    if sorted(s.number for s in merged) != list(range(1, len(merged) + 1)):
        return run
    return merged
