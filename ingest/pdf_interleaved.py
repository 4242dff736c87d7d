"""Two columns drawn line by line across both (read stage, used by `ingest.read`).

A layout program that sets a page in two columns may draw it row by row, so the page's
text takes one line from each column in turn, and no reader of lines can tell which
line belongs to which column. Read with positions, two such layouts are put in order:

* a narrow label column beside the text (an InDesign referat's side labels), whose
  labels wrap over several lines: "Beslutning i" / "Plan- og" / "Miljøudvalget" /
  "den" / "10.02.2026" stand between the decision's own lines ("Godkendt, idet …" /
  "2026."), and "Sagsfrem-" / "stilling" around the first line of the text. Each
  label is gathered on the line where it starts ("Beslutning i Plan- og
  Miljøudvalget den 10.02.2026", "Sagsfremstilling"), above the text beside it, and
  its other lines go (a label whose lines the text gives together is left as it is);
* two columns of facts side by side (the meeting's date, time and place on the left,
  its members, those absent and the secretary on the right), drawn row by row with
  lines of unequal height: "MØDEDATO" / "MEDLEMMER" / "Tirsdag den 27. januar 2026" /
  "Thomas Kirkegaard Bonde (C), formand" / … The left column's lines are put first,
  then the right column's;
* two columns of running text on one line grid (`pdf_prose_columns`).

A label-and-value grid (a label and its value on each line, a value wrapped onto
lines of its own) is neither: its labels stand on their values' lines and none wraps; nor
is an item's "Åben sag" beside its case number far right, the next section's heading a
paragraph's gap below it (a label's lines stand at most one and a half of the page's
leadings apart).
A page without such columns is left as it is."""

from __future__ import annotations

import re
from statistics import median

from .pdf_pieces import pieces
from .pdf_prose_columns import prose_columns

Chunk = tuple[float, float, str]  # x, y (baseline) and the text of one piece

_SAME_LINE = 1.5  # points between two baselines on one line
_SAME_X = 2.0  # points between two left edges in one column
_LABEL_GAP = 40.0  # how far right of a side label its text starts (points), at least
_LABEL_CHARS = 25  # a side label's line is short
_COLUMNS_GAP = 120.0  # how far apart two columns of facts start (points), at least
_MIN_ROWS = 3  # lines in each column of facts, at least
_LEADINGS = 1.5  # a wrapped label's next line stands at most this many of the page's leadings below
# a word ending with a hyphen before "og" ("Plan- og Miljøudvalget") is not cut in two
_AND_RE = re.compile(r"^(?:og|eller|samt|til)\b")


def interleaved_columns(page: object, text: str) -> str:
    """The page's text with wrapped side labels and row-by-row fact columns in order."""
    lines = text.split("\n")
    if len([ln for ln in lines if ln.strip()]) < 2 * _MIN_ROWS:
        return text
    drawn = pieces(page)
    chunks = [(x, y, text) for x, y, _, text in drawn]
    for mend in (_side_labels, _fact_columns):
        lines = mend(chunks, lines) or lines
    # (two columns of running text drawn row by row: `pdf_prose_columns`)
    return "\n".join(prose_columns(drawn, lines) or lines)


def _join_label(parts: list[str]) -> str:
    """A wrapped label's lines as one: "Sagsfrem-" / "stilling" → "Sagsfremstilling",
    "Plan- og" / "Miljøudvalget" → "Plan- og Miljøudvalget"."""
    out = parts[0]
    for part in parts[1:]:
        if re.search(r"\w-$", out) and part[:1].islower() and not _AND_RE.match(part):
            out = out[:-1] + part
        else:
            out += " " + part
    return out


def _continues(before: str, line: str) -> bool:
    """Whether a side label's line right below `before` goes on with its label: the label
    is cut in a word ("Sagsfrem-") or after a small word ("Beslutning i", "Plan- og"), or
    the line starts small ("den", "10.02.2026"). A grid's next label ("Dato" /
    "Tidspunkt"), a column's next entry ("Sagsnr.: 24-000210" / "Beslutning"), starts
    a label of its own."""
    return bool(re.search(r"\w-$|\b[a-zæøå]{1,3}$", before)) or line[:1].islower() \
        or line[:1].isdigit()


def _find(lines: list[str], text: str, start: int) -> int | None:
    """The first line from `start` on that holds exactly `text`."""
    return next((k for k in range(start, len(lines)) if lines[k].strip() == text), None)


def _side_labels(chunks: list[Chunk], lines: list[str]) -> list[str] | None:
    """The lines with each wrapped side label on one line, or None if the page has none."""
    beside: dict[int, float] = {}  # a label's chunk → where the text beside it starts
    for n, (x, y, _) in enumerate(chunks):
        right = [c[0] for c in chunks if abs(c[1] - y) <= _SAME_LINE and c[0] > x + _LABEL_GAP]
        if right:
            beside[n] = min(right)
    if len(beside) < 2:
        return None
    left = median(chunks[n][0] for n in beside)
    body = median(beside.values())
    rows = sorted({round(c[1], 1) for c in chunks if abs(c[0] - body) <= _SAME_X}, reverse=True)
    steps = [a - b for a, b in zip(rows, rows[1:], strict=False) if a - b > _SAME_LINE]
    if not steps:
        return None
    step = 1.1 * min(steps)  # (the text's own leading; a paragraph's or a row's gap is more)
    # (a column beside the labels that holds a line now and then, "Sagsnr.: 08/1012" right
    # of each item's "Åben sag", is no text: its rows' gap is no leading, and the page's own
    # says how far below a label's line its next line stands)
    baselines = sorted({round(c[1], 1) for c in chunks}, reverse=True)
    gaps = [a - b for a, b in zip(baselines, baselines[1:], strict=False) if a - b > _SAME_LINE]
    step = min(step, _LEADINGS * median(gaps))
    labels: list[list[Chunk]] = []
    current: list[Chunk] | None = None
    for n in sorted((n for n, c in enumerate(chunks) if abs(c[0] - left) <= _SAME_X
                     and not _right_of_another(chunks, c)), key=lambda n: -chunks[n][1]):
        chunk, by_text = chunks[n], abs(beside.get(n, 0.0) - body) <= _SAME_X
        if current and 0 < current[-1][1] - chunk[1] <= step and len(chunk[2]) <= _LABEL_CHARS \
                and _continues(current[-1][2], chunk[2]):
            current.append(chunk)
            continue
        current = [chunk] if by_text and len(chunk[2]) <= _LABEL_CHARS else None
        if current:
            labels.append(current)
    if not any(len(label) > 1 for label in labels):
        return None
    out = list(lines)
    dropped: set[int] = set()
    start = 0
    for label in labels:
        at = _find(out, label[0][2], start)
        if at is None:
            return None
        rest, k = [], at
        for _, _, part in label[1:]:
            k = _find(out, part, k + 1)
            if k is None:
                return None
            rest.append(k)
        if rest and rest[-1] - at > len(rest):  # (a label drawn as a block reads well as is)
            out[at] = _join_label([c[2] for c in label])
            dropped.update(rest)
        start = (rest or [at])[-1] + 1
    return [ln for k, ln in enumerate(out) if k not in dropped]


def _right_of_another(chunks: list[Chunk], chunk: Chunk) -> bool:
    """Whether another piece stands left of `chunk` on its line: a table's inner cell
    ("Udpeget af" right of "Navn", "Odense Kommune" right of a name) is no side label."""
    return any(abs(c[1] - chunk[1]) <= _SAME_LINE and c[0] < chunk[0] - _SAME_X for c in chunks)


def _fact_columns(chunks: list[Chunk], lines: list[str]) -> list[str] | None:
    """The lines with two columns of facts drawn row by row put one after the other, or
    None if the page has none."""
    for n in range(1, len(chunks)):
        x0, x1 = chunks[n - 1][0], chunks[n][0]
        if x1 - x0 < _COLUMNS_GAP:
            continue
        block = _block(chunks, n - 1, x0, x1)
        if block is not None:
            return _reordered(lines, block, x0) or None
    return None


def _block(chunks: list[Chunk], first: int, left: float, right: float) -> list[Chunk] | None:
    """The run of pieces from `first` on that alternates between the two columns, top
    to bottom, if it is two columns of facts."""
    run: list[Chunk] = []
    for x, y, text in chunks[first:]:
        column = abs(x - left) <= _SAME_X or abs(x - right) <= _SAME_X
        if not column or (run and y > run[-1][1] + _SAME_LINE):
            break
        run.append((x, y, text))
    lefts = [c for c in run if abs(c[0] - left) <= _SAME_X]
    rights = [c for c in run if abs(c[0] - right) <= _SAME_X]
    if len(lefts) < _MIN_ROWS or len(rights) < _MIN_ROWS:
        return None
    # each column's own leading: a line further below its column's last is no part of it
    steps = {side: 2 * median([a[1] - b[1] for a, b in zip(column, column[1:], strict=False)])
             for side, column in ((False, lefts), (True, rights))}
    kept: list[Chunk] = []
    last: dict[bool, Chunk] = {}
    for c in run:
        side = abs(c[0] - right) <= _SAME_X
        if side in last and last[side][1] - c[1] > steps[side]:
            break
        last[side] = c
        kept.append(c)
    lefts = [c for c in kept if abs(c[0] - left) <= _SAME_X]
    rights = [c for c in kept if abs(c[0] - right) <= _SAME_X]
    switches = sum(1 for a, b in zip(kept, kept[1:], strict=False)
                   if abs(a[0] - right) <= _SAME_X and abs(b[0] - left) <= _SAME_X)
    paired = sum(1 for a in lefts if any(abs(a[1] - b[1]) <= _SAME_LINE for b in rights))
    if (len(lefts) < _MIN_ROWS or len(rights) < _MIN_ROWS or switches < 2
            or 3 * paired > min(len(lefts), len(rights))):
        return None  # (a label-and-value grid: each label on its value's line)
    return kept


def _reordered(lines: list[str], block: list[Chunk], left: float) -> list[str] | None:
    """`lines` with the block's lines (one a piece, in drawing order) as the left
    column's, then the right column's; None if the text does not hold them so."""
    at = _find(lines, block[0][2], 0)
    if at is None:
        return None
    rows = [at]
    for _, _, text in block[1:]:
        k = rows[-1] + 1
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or lines[k].strip() != text:
            return None
        rows.append(k)
    ordered = [c[2] for c in block if abs(c[0] - left) <= _SAME_X]
    ordered += [c[2] for c in block if abs(c[0] - left) > _SAME_X]
    return lines[:at] + ordered + lines[rows[-1] + 1:]
