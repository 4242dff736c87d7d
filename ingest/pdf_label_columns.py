"""Labels above their values (read stage, used by `ingest.read`): a row of short labels
drawn on one baseline, each heading the column of text drawn under it — a meta strip
"DATO | TID | STED | MØDETYPE" with each value below its label, or side-by-side
"Til stede | Afbud" lists. The text layer gives the labels' row, then every value, so
that each value reads as the last label's; here each label is written with its own
column's lines ("Label: value" for a column of one value, else the label on a line of
its own and its lines under it).

The columns end where the drawing goes back to an earlier column below everything drawn
so far (the text that follows the strip). The labels are set in a style (font and size)
of their own, that no value has: a row of a table's cells, or a label beside its value
("Udsendt: | 16.02.2026"), is no such row. A table drawn row by row (its next row starts
in the first column again, with a cell beside it on the same baseline) is left as it
is."""

from __future__ import annotations

import re

Drawn = tuple[float, float, str, tuple[str, float]]  # x, y, text, (font, drawn size)


def _drawn(page: object) -> list[Drawn]:
    """Every non-blank piece on `page` with its place and style, in drawing order."""
    out: list[Drawn] = []

    def visit(text: str, cm: list, tm: list, font: object, size: object) -> None:
        if text.strip():
            try:
                drawn = round(float(size or 0) * abs(tm[3] or 1) * abs(cm[3] or 1), 1)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                drawn = 0.0
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip(),
                        (name, drawn)))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return out

_SAME_Y = 1.5  # points: one baseline
_SAME_X = 2.0  # points: one column's left edge
_LABEL_RE = re.compile(r"^[A-ZÆØÅ][^\d:;.,!?()]{1,24}:?$")  # a short label, no digit


def _column(x: float, xs: list[float]) -> int | None:
    return next((k for k, left in enumerate(xs) if abs(x - left) <= _SAME_X), None)


def _label_row(drawn: list[tuple[float, float, str]], at: int) -> int:
    """How many pieces from `at` are labels on one baseline, left to right (0 or ≥2)."""
    _, y0, _, style = drawn[at]
    end = at
    while (end < len(drawn) and abs(drawn[end][1] - y0) <= _SAME_Y
           and _LABEL_RE.match(drawn[end][2]) and len(drawn[end][2].split()) <= 3
           and drawn[end][3] == style
           and (end == at or drawn[end][0] > drawn[end - 1][0] + 20)):
        end += 1
    return end - at if end - at >= 2 else 0


def _values(drawn: list[Drawn], start: int, xs: list[float], top: float,
            label_style: tuple[str, float]) -> tuple[list, int] | None:
    """Each column's (y, text) pieces from `start`, and where they end; None when the
    pieces are no such columns."""
    cols: list[list[tuple[float, str]]] = [[] for _ in xs]
    last, k = 0, start
    while k < len(drawn):
        x, y, said, style = drawn[k]
        col = _column(x, xs)
        if col is None or y >= top - _SAME_Y or style == label_style:
            break
        lowest = min((v for c in cols for v, _ in c), default=top)
        if col < last and y < lowest - _SAME_Y:
            nxt = drawn[k + 1] if k + 1 < len(drawn) else None
            if nxt and abs(nxt[1] - y) <= _SAME_Y and _column(nxt[0], xs) is not None:
                return None  # (a table's next row)
            break
        cols[col].append((y, said))
        last, k = col, k + 1
    return (cols, k) if all(cols) else None


def _joined(lines: list[str]) -> list[str]:
    """A column's lines, a wrapped value joined ("I pausen under byrådsmødet," +
    "Byrådssalen"): a line after one that ends in a comma or a hyphen, or that starts in
    lower case."""
    out: list[str] = []
    for line in lines:
        if out and (out[-1].endswith((",", "-")) or line[:1].islower()):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def label_columns(page: object, text: str) -> str:
    """`text` with each label of a labels-above-values row written with its own values."""
    drawn = _drawn(page)
    k = 0
    while k < len(drawn):
        n = _label_row(drawn, k)
        if not n:
            k += 1
            continue
        labels = drawn[k:k + n]
        found = _values(drawn, k + n, [d[0] for d in labels], labels[0][1], labels[0][3])
        if found is None:
            k += n
            continue
        cols, end = found
        old = [d[2] for d in drawn[k:end]]
        block = "\n".join(old)
        at = text.find(block)
        if at < 0 or (at and text[at - 1] != "\n"):
            k = end
            continue
        new: list[str] = []
        for (_, _, label, _), col in zip(labels, cols, strict=True):
            lines = _joined([said for _, said in sorted(col, key=lambda v: -v[0])])
            name = label.rstrip(":")
            new += [f"{name}: {lines[0]}"] if len(lines) == 1 else [name, *lines]
        text = text[:at] + "\n".join(new) + text[at + len(block):]
        k = end
    return text
