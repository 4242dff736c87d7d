"""A decision protocol kept in one worksheet, one row per decision, where a case's
earlier decisions are rows of their own: "Mødedato | Organ | Pkt. | Overskrift | Sagsnr. |
Beslutning" with a row "30-10-2025 | Kultur- og Fritidsudvalget | 63 | Ny halstruktur …"
above the meeting's "04-12-2025 | … | 72 | Ny halstruktur …".

The meeting's own date stands in the facts above the table ("Mødedato | 04-12-2025");
a row of another date whose case (or, without a case column, title) is one of the
meeting's rows is that item's history, not a meeting of its own: it is folded into the
item's row as a "Tidligere behandling" cell ("Kultur- og Fritidsudvalget 30-10-2025,
pkt. 63: Sagen udsættes …"), as a protocol prints it. The meeting's rows then lose the
date column and a body column that names one body in all of them (its name a fact row
"Udvalg | …" above the table).

A sheet without the facts' date, or whose other-dated rows match no item of the
meeting (a log of many meetings: `sheet_meetings`), is left as it is."""

from __future__ import annotations

from .dates import written_date
from .sheet_meetings import DATE_HEADS, head_of
from .text_delimited import column_kind, item_columns
from .xlsx_cells import Sheet

# A column naming the body that decided the row
_BODY_HEADS = frozenset({"organ", "udvalg", "myndighed", "instans", "behandlet af", "forum"})
_HISTORY = "Tidligere behandling"


def _cell(row: list[str], k: int | None) -> str:
    return " ".join(row[k].split()) if k is not None and k < len(row) else ""


def _own_date(rows: list[list[str]]):
    """The meeting's date from a fact row above the table ("Mødedato | 04-12-2025")."""
    return next((d for row in rows if len(row) >= 2 and head_of(row[0]) in DATE_HEADS
                 and (d := written_date(row[1]))), None)


def history_rows(sheet: Sheet) -> Sheet:
    """`sheet` with its other-dated rows of the meeting's cases folded into their items'
    rows as history; unchanged when it has none."""
    rows = sheet.rows
    at = next((k for k, row in enumerate(rows) if item_columns(row)), None)
    if at is None or (day := _own_date(rows[:at])) is None:
        return sheet
    heads = [head_of(c) for c in rows[at]]
    col = next((k for k, h in enumerate(heads) if h in DATE_HEADS), None)
    body = next((k for k, h in enumerate(heads) if h in _BODY_HEADS), None)
    kinds = [column_kind(c) for c in rows[at]]
    key = kinds.index("case") if "case" in kinds else kinds.index("title")
    if col is None:
        return sheet
    end = next((k for k in range(at + 1, len(rows)) if not any(c.strip() for c in rows[k])),
               len(rows))
    table = rows[at + 1:end]
    own = [r for r in table if written_date(_cell(r, col)) == day]
    cases = {_cell(r, key) for r in own} - {""}
    earlier = [r for r in table if r not in own and _cell(r, key) in cases]
    if not earlier or len(own) + len(earlier) != len(table):
        return sheet
    number, decision = kinds.index("number"), kinds.index("Beslutning") if (
        "Beslutning" in kinds) else None
    bodies = {_cell(r, body) for r in own}
    drop = {col} | ({body} if body is not None and len(bodies) == 1 else set())

    def kept(row: list[str]) -> list[str]:
        return [c for k, c in enumerate(row + [""] * (len(heads) - len(row)))
                if k not in drop]

    def entry(row: list[str]) -> str:
        said = " ".join(c for k, c in enumerate(row) if c.strip() and k > (decision or 0)
                        and k not in drop) if decision is not None else ""
        text = " ".join(x for x in (_cell(row, decision), said) if x)
        return f"{_cell(row, body)} {_cell(row, col)}, pkt. {_cell(row, number)}: {text}".strip()

    facts = rows[:at]
    if body is not None and len(bodies) == 1:
        facts = [*facts, ["Udvalg", bodies.pop()]]
    out = [kept(rows[at]) + [_HISTORY]]
    for row in own:
        past = [entry(r) for r in earlier if _cell(r, key) == _cell(row, key)]
        out.append(kept(row) + ["\n".join(past)])
    return Sheet(sheet.name, [*facts, *out, *rows[end:]])
