"""A case-history table printed one cell a line (a grid table as plain `pdftotext` gives
it): its head row's cells "Dato" / "Udvalg" / "Beslutning" (in any order), then row by
row the date, the body and what it decided:

    Sagens tidligere behandling
    Dato
    Udvalg
    Beslutning
    25.09.2025
    Teknik- og Miljøudvalget
    Forvaltningen udarbejder et anlægsoverslag.

A fourth cell may give the earlier item's number ("Udvalg" / "Dato" / "Punkt" /
"Beslutning"), written after the date in the heading ("… den 14.06.2023 punkt 5").

A PDF's bordered table may come out one row a line instead, its cells a space apart, the
decision last (a cell that wraps goes on on the line below):

    Tidligere behandlet i:
    Udvalg/råd Dato Pkt. Beslutning
    Ældrerådet 22.04.2025 3 Høringssvar afgivet, jf. bilag 2.

Its rows are earlier treatments by a committee, the case's history: the head row's
"Beslutning" is no heading of this meeting's decision. Each row is written as the dated
decision heading minutes print ("Beslutning i <Udvalg> den <dd.mm.yyyy>", its text
below), which `dated` reads as history, as `word_tables` does with a Word table's rows.
Only when every row read has a date and a body; otherwise the lines stay as they are.
"""

from __future__ import annotations

import re

from .dates import written_date
from .word_tables import BODY_HEAD, DATE_HEAD, DECIDED_HEAD

_HEADS = (BODY_HEAD, DATE_HEAD, DECIDED_HEAD, ("punkt", "pkt", "pkt.", "punktnr", "punkt nr"))
# a body's name: "Teknik- og Miljøudvalget", "Byrådet", "Direktionen"
_BODY_RE = re.compile(r"(?i)udvalg|råd|bestyrelse|nævn|kommission|forum|direktion")
_DATE_CELL = 24  # a date cell holds the date (and perhaps its weekday or time), little more


def table_head(lines: list[str], at: int) -> list[int] | None:
    """The kinds (0 body, 1 date, 2 decided, 3 the item's number) of the head row's cells
    at `at`."""
    for width in (4, 3):
        cells = [ln.strip().rstrip(":").lower() for ln in lines[at:at + width]]
        kinds = [next((k for k, heads in enumerate(_HEADS) if c in heads), None) for c in cells]
        if len(kinds) == width and sorted(k for k in kinds if k is not None) == list(
                range(width)):
            return kinds
    return None


def _kind(cell: str) -> int | None:
    """The kind of a head cell; one naming two ("Udvalg/råd") is the kind of either."""
    for part in (cell, *cell.split("/")):
        if (kind := next((k for k, heads in enumerate(_HEADS) if part in heads), None)) is not None:
            return kind
    return None


def _cell_fits(kind: int, cell: str) -> bool:
    if kind == 1:
        return len(cell) <= _DATE_CELL and bool(written_date(cell))
    if kind == 3:
        return bool(re.fullmatch(r"\d{1,4}\.?", cell))
    return kind == 2 or (len(cell) <= 80 and cell[:1].isupper() and bool(_BODY_RE.search(cell)))


def _row(lines: list[str], at: int, kinds: list[int]) -> tuple[dict[int, list[str]], int] | None:
    """The row starting at `at` (its cells by kind) and the line after it."""
    cells: dict[int, list[str]] = {}
    for n, kind in enumerate(kinds):
        cell = lines[at].strip() if at < len(lines) else ""
        if not cell or not _cell_fits(kind, cell):
            return None
        cells[kind], at = [cell], at + 1
        while n == len(kinds) - 1 and at < len(lines) and (nxt := lines[at].strip()) and (
                nxt[0].islower() or not re.search(r"[.!?:)]$", cells[kind][-1])) and not (
                _cell_fits(kinds[0], nxt) and kinds[0] != 2):  # (a cell wrapped to the next line)
            cells[kind].append(nxt)
            at += 1
    return cells, at


def _next_page(lines: list[str], at: int, kinds: list[int]) -> int | None:
    """Where the table goes on after a page break at `at` (blank lines, the form feed, the
    next page's running header), or None when no row of it follows there."""
    feed = next((k for k in range(at, min(at + 3, len(lines))) if "\f" in lines[k]), None)
    if feed is None or any(lines[k].strip() for k in range(at, feed)):
        return None
    return next((k for k in range(feed + 1, min(feed + 6, len(lines)))
                 if _row(lines, k, kinds)), None)


def history_table(lines: list[str]) -> list[str]:
    """`lines` with each dated committee table's rows as dated decision headings; a table
    running over a page break goes on below the next page's top lines.

    >>> history_table(["Dato", "Udvalg", "Beslutning", "25.09.2025", "Byrådet", "Godkendt.",
    ...                "3. Eventuelt"])
    ['', 'Beslutning i Byrådet den 25.09.2025', 'Godkendt.', '', '3. Eventuelt']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        kinds = table_head(lines, k)
        rows, at = [], k + len(kinds or ())
        while kinds and (row := _row(lines, at, kinds)):
            rows.append(row[0])
            at = row[1]
            if kinds and (nxt := _next_page(lines, at, kinds)) is not None:
                rows.append({-1: lines[at:nxt]})
                at = nxt
        if not rows:
            out.append(lines[k])
            k += 1
            continue
        for cells in rows:
            if -1 in cells:  # (the page's break and top lines between two rows)
                out += cells[-1]
                continue
            when = written_date(cells[1][0])[0]
            item = f" punkt {cells[3][0].rstrip('.')}" if 3 in cells else ""
            out += ["", f"Beslutning i {cells[0][0]} den {when:%d.%m.%Y}{item}", *cells[2]]
        out.append("")
        k = at
    return out


# a row's cells before its decision, by kind: a body's name, its date, the item's number
_CELL_RES = (r"(?P<b>[A-ZÆØÅ].{1,80}?)", r"(?P<d>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})",
             "", r"(?P<n>\d{1,4})\.?")


def _row_re(line: str) -> re.Pattern[str] | None:
    """The pattern of the rows below a head row printed on one line ("Udvalg/råd Dato Pkt.
    Beslutning"): every word a head, the decision last, the body's name followed by a date
    or a number (so that each cell's end is told)."""
    kinds = [_kind(w.lower()) for w in line.strip().rstrip(":").split()]
    if None in kinds or len(set(kinds)) != len(kinds) or not {0, 1, 2} <= set(kinds) or (
            kinds[-1] != 2) or kinds[kinds.index(0) + 1] == 2:
        return None
    return re.compile(r"^" + r"\s+".join(_CELL_RES[k] for k in kinds[:-1])  # type: ignore[index]
                      + r"\s+(?P<t>\S.*)$")


def history_row_lines(lines: list[str]) -> list[str]:
    """`lines` with each history table printed one row a line written as dated decision
    headings, each over its decision (a head row whose rows are not all a body's dated
    decisions stays as it is: "Ikke tidligere behandlet").

    >>> history_row_lines(["Udvalg Dato Pkt. Beslutning", "Byrådet 25.09.2025 4 Godkendt,",
    ...                    "idet sagen sendes i høring.", "Resume"])[1:4]
    ['Beslutning i Byrådet den 25.09.2025 punkt 4', 'Godkendt,', 'idet sagen sendes i høring.']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        rx = _row_re(lines[k])
        rows, at = [], k + 1
        while rx and at < len(lines) and (m := rx.match(lines[at].strip())) and (
                _cell_fits(0, m["b"]) and (when := written_date(m["d"]))):
            rows.append([f"Beslutning i {m['b']} den {when[0]:%d.%m.%Y}"
                         + (f" punkt {m['n']}" if m.groupdict().get("n") else ""), m["t"]])
            at += 1
            while at < len(lines) and (nxt := lines[at].strip()) and not rx.match(nxt) and (
                    nxt[0].islower() or not re.search(r"[.!?:)]$", rows[-1][-1])):
                rows[-1].append(nxt)  # (a cell wrapped to the next line)
                at += 1
        if not rows:
            out.append(lines[k])
            k += 1
            continue
        for row in rows:
            out += ["", *row]
        out.append("")
        k = at
    return out
