"""A fillable PDF form's values put into its page's text (read stage, used by `ingest.read`).

A form filled in and saved without flattening keeps what was written in AcroForm fields:
widget annotations on the page with a value (`/V`) and an appearance Acrobat shows and
prints. The page's own text has only the printed labels ("Beslutning:", "Afbud:"), so
`extract_text` alone reads a filled-in referat as an empty agenda.

Each filled field's value is placed where it stands on the page, by the printed line
it sits on or under:

* a field on the line of its label, to its right ("Afbud: [Inge Hansen]") → the value
  after the label on that line;
* a field below its label ("Beslutning:" above a framed box) → the value on lines of
  its own, after the last printed line above the box;
* a check box → "☒" (ticked) or "☐" at the end of the line it stands on, as a Word
  content control's box reads (`ingest.formats.ticks` reads the marks).
"""

from __future__ import annotations

from dataclasses import dataclass

_TICKED, _UNTICKED = "☒", "☐"


@dataclass
class _Chunk:
    line: int  # the line of the page's text the chunk is on
    x: float
    y: float


@dataclass
class FormField:
    text: str
    box: tuple[float, float, float, float]  # x1, y1 (bottom), x2, y2 (top)
    check: bool


def _inherited(widget: dict, key: str) -> object:
    """A field's entry, from the widget or the field it belongs to (`/Parent`)."""
    node: dict | None = widget
    for _ in range(8):  # (a short chain; a loop in a damaged file ends)
        if node is None:
            return None
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _field(annot: object) -> FormField | None:
    """A widget's value as text, or None for an empty or unknown field."""
    widget = annot.get_object()  # type: ignore[attr-defined]
    if widget.get("/Subtype") != "/Widget" or "/Rect" not in widget:
        return None
    kind, value = _inherited(widget, "/FT"), _inherited(widget, "/V")
    x1, x2 = sorted(float(widget["/Rect"][k]) for k in (0, 2))
    y1, y2 = sorted(float(widget["/Rect"][k]) for k in (1, 3))
    box = (x1, y1, x2, y2)
    if kind == "/Btn":
        state = widget.get("/AS", value)
        if state is None:
            return None  # (a push button)
        return FormField(_UNTICKED if str(state) == "/Off" else _TICKED, box, check=True)
    if kind in ("/Tx", "/Ch") and value is not None:
        values = value if isinstance(value, list) else [value]
        text = "\n".join(str(v) for v in values).replace("\r\n", "\n").replace("\r", "\n")
        return FormField(text.strip(), box, check=False) if text.strip() else None
    return None


def _safe_field(annot: object) -> FormField | None:
    try:
        return _field(annot)
    except Exception:  # a damaged annotation is no reason to lose the page's text
        return None


def form_fields(page: object) -> list[FormField]:
    """The page's filled form fields (check boxes ticked or not)."""
    annots = page.get("/Annots")  # type: ignore[attr-defined]
    if annots is None:
        return []
    found = [f for a in annots.get_object() if (f := _safe_field(a))]
    return found if any(not f.check for f in found) or any(
        f.text == _TICKED for f in found) else []


def _chunks(page: object) -> tuple[str, list[_Chunk]]:
    """The page's text and where each piece of it was drawn."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list, tm: list, font: object, size: object) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append((text, x, y))

    text = page.extract_text(visitor_text=visit) or ""  # type: ignore[attr-defined]
    chunks, line = [], 0
    for piece, x, y in pieces:
        lead = len(piece) - len(piece.lstrip("\n"))
        if piece.strip():
            chunks.append(_Chunk(line + piece[:lead].count("\n"), x, y))
        line += piece.count("\n")
    return text, chunks


def with_form_fields(page: object, text: str) -> str:
    """`text` (the page's text) with the values of the page's filled form fields put
    where they stand (the module's rules); `text` itself when the page has none."""
    fields = form_fields(page)
    if not fields:
        return text
    plain, chunks = _chunks(page)
    lines = text.split("\n")
    if len(lines) != len(plain.split("\n")) or not chunks:
        return "\n".join([text, *(f.text for f in fields if not f.check)])
    inline: dict[int, list[tuple[float, float, str]]] = {}
    below: dict[int, list[tuple[float, float, str]]] = {}
    for field in fields:
        x1, y1, _, y2 = field.box
        beside = [c for c in chunks if y1 - 2 <= c.y <= y2 + 2 and c.x < x1]
        if beside:
            line = max(beside, key=lambda c: c.x).line
            inline.setdefault(line, []).append((-y2, x1, field.text))
            continue
        above = [c for c in chunks if c.y > y2]
        line = min(above, key=lambda c: (c.y, -c.line)).line if above else -1
        below.setdefault(line, []).append((-y2, x1, field.text))
    out = [t for *_, t in sorted(below.get(-1, []))]
    for k, ln in enumerate(lines):
        marks = [t for *_, t in sorted(inline.get(k, []))]
        out.append(" ".join([ln.rstrip(), *marks]) if marks else ln)
        out.extend(t for *_, t in sorted(below.get(k, [])))
    return "\n".join(out)
