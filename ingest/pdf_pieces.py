"""Each piece of text a PDF page shows, with where and how large it is drawn (read stage:
the one visitor the position readers share — margin marks, footnotes, wrapped side
labels and fact columns, two pages on one sheet).

`pypdf` hands a visitor each piece's text matrix `tm` and the current matrix `cm`; the
piece's place on the page is their product's translation, its drawn size the font size
scaled by both."""

from __future__ import annotations

Piece = tuple[float, float, float, str]  # x, y (baseline), drawn size, text
SAME_LINE = 1.5  # points between two baselines on one line


def extracted(page: object, before: object = None,
              seen: object = None) -> tuple[str, list[Piece]]:
    """`page`'s text as `pypdf` gives it, and every piece of it, blank ones and line breaks
    too (their texts put together are, but for a right-to-left script, the page's text),
    in drawing order; `before` and `seen` are `pypdf`'s operand and text visitors."""
    out: list[Piece] = []

    def visit(text: str, cm: list, tm: list, font: object, size: object) -> None:
        if seen is not None:
            seen(text, cm, tm, font, size)  # type: ignore[operator]
        scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1)
        try:
            drawn = float(size or 0) * scale  # type: ignore[arg-type]
        except (TypeError, ValueError):
            drawn = 0.0
        out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], drawn, text))

    extra = {"visitor_operand_before": before} if before is not None else {}
    text = page.extract_text(visitor_text=visit, **extra) or ""  # type: ignore[attr-defined]
    return text, out


def runs(page: object) -> list[Piece]:
    """Every piece of text `pypdf` gives for `page` (`extracted`)."""
    return extracted(page)[1]


def pieces(page: object) -> list[Piece]:
    """Every non-blank piece of text on `page`, in drawing order."""
    return [(x, y, size, text.strip()) for x, y, size, text in runs(page) if text.strip()]


def placed(page: object) -> list[tuple[float, float, str]]:
    """Every piece as (x, y, text), in drawing order: where a reader needs no sizes."""
    return [(x, y, text) for x, y, _, text in pieces(page)]


def baselines(drawn: list[Piece]) -> list[list[Piece]]:
    """The pieces on each baseline (within `SAME_LINE`), top to bottom, each baseline's
    in the order they sort to, left to right."""
    rows: list[list[Piece]] = []
    for piece in sorted(drawn, key=lambda p: (-p[1], p[0])):
        if rows and abs(rows[-1][0][1] - piece[1]) <= SAME_LINE:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return rows


def said(row: list[Piece]) -> str:
    """A baseline's text, its pieces joined by single spaces."""
    return " ".join(" ".join(p[3] for p in row).split())
