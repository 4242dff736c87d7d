"""Bulleted lists in PDF text: every list item stays a line and a sentence of its own,
not glued to the sentence before it. Chromium draws a `<ul>`'s discs as shapes marked as
list labels (`/Lbl`) in its tagged PDF; Word and others write bullet glyphs."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.text import parse_minutes
from referat.danish import sentences

from .pdf_files import objects_pdf
from .test_formats_pdf_layouts import _pdf

_HEAD = ["Greve Kommune", "Referat", "Udvalg: Økonomiudvalget",
         "Mødedato: 3. februar 2025, kl. 08:30", "Punkt 1 Budget 2025", "Beslutning",
         "Udvalget besluttede følgende"]
_LIST = ["at godkende budgettet for 2025",
         "at give forvaltningen bemyndigelse til at indgå aftaler om drift af de nye",
         "anlæg og til at forhandle priser",  # the item above, wrapped
         "Byrådet orienteres."]
_DECISION = ("Udvalget besluttede følgende\n• at godkende budgettet for 2025\n"
             "• at give forvaltningen bemyndigelse til at indgå aftaler om drift af de nye "
             "anlæg og til at forhandle priser\n• Byrådet orienteres.")


def _literal(text: str) -> str:
    raw = text.encode("cp1252").decode("latin-1")
    return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _tagged_pdf(path: Path, lines: list[tuple[bool, str]]) -> Path:
    """One page of a tagged PDF as Chromium prints HTML: each line its own marked
    paragraph; a list item's disc drawn as a filled shape inside `/Lbl` marked content."""
    ops, y = [], 800
    for n, (disc, text) in enumerate(lines):
        x = 60 if disc or (n and lines[n - 1][0] and text[:1].islower()) else 40
        if disc:
            ops.append(f"/Lbl <</MCID {2 * n}>> BDC 48 {y + 2} 4 4 re f EMC")
        ops.append(f"/P <</MCID {2 * n + 1}>> BDC BT /F1 10 Tf {x} {y} Td "
                   f"{_literal(text)} Tj ET EMC")
        y -= 14
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /StructTreeRoot >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    path.write_bytes(objects_pdf(objects))
    return path


def _units(decision: str) -> list[str]:
    return sentences(decision)


def test_drawn_bullets_of_a_tagged_pdf_keep_list_items_apart(tmp_path):
    lines = [(False, s) for s in _HEAD]
    lines += [(True, _LIST[0]), (True, _LIST[1]), (False, _LIST[2]), (True, _LIST[3])]
    lines += [(False, "Sagsfremstilling"), (False, "Tekst efter listen.")]
    (m,) = read_meetings(_tagged_pdf(tmp_path / "chromium.pdf", lines))
    assert m.item(1).decision == _DECISION
    assert "at godkende budgettet for 2025" not in _units(m.item(1).decision)[0]
    assert m.item(1).section("Sagsfremstilling") == "Tekst efter listen."


def test_bullet_glyphs_start_list_items(tmp_path):
    page = "\n".join([*_HEAD, f"▪ {_LIST[0]}", f"◦ {_LIST[1]}", _LIST[2], "•", _LIST[3],
                      "– tankestreg som punkt", "Sagsfremstilling", "Tekst."])
    (m,) = read_meetings(_pdf(tmp_path, [page]))
    assert m.item(1).decision == _DECISION + "\n- tankestreg som punkt"
    units = _units(m.item(1).decision)
    assert units[1:] == ["• at godkende budgettet for 2025",
                         "• at give forvaltningen bemyndigelse til at indgå aftaler om drift "
                         "af de nye anlæg og til at forhandle priser",
                         "• Byrådet orienteres.", "- tankestreg som punkt"]


def test_symbol_font_bullets_in_extracted_text():
    text = "\n".join([*_HEAD, f"\uf0b7 {_LIST[0]}", f"\uf0b7{_LIST[1]}", _LIST[2],
                      f"\uf0b7 {_LIST[3]}"])
    assert parse_minutes(text).item(1).decision == _DECISION
