"""Small PDFs built in code for the adapter tests: lines of text set at fixed places on
one A4 page, as a layout program prints them (fpdf2 and the Liberation fonts)."""

from __future__ import annotations

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


def lines_pdf(columns: list[tuple[float, list[str]]], size: int = 10) -> bytes:
    """One page holding each column's lines (x in mm, the lines 6 mm apart from the
    top), the columns written in the order given: a PDF's text in that order."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", "", size)
    pdf.add_page()
    for x, lines in columns:
        for k, line in enumerate(lines):
            pdf.text(x, 20 + 6 * k, line)
    return bytes(pdf.output())
