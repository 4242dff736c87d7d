"""Builds the invented fixtures of layout round 44 (d) that come from a PDF (needs fpdf2,
the Liberation fonts and poppler's `pdftotext`): `python tests/unit/gen_formats44d.py`
writes fixtures/formats44d/ — a Børneudvalg's landscape decision protocol that is one
table "Nr. | Emne | Indstilling | Udvalgets beslutning" (the last head centred over its
column, cells wrapping over several lines, the table over two pages with its head row
repeated and a footer "… Side N af M"): the PDF itself (03), its `pdftotext -layout`
text (01), and the plain `pdftotext` text of the same table set wider, its heads left
(02)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).parent / "fixtures" / "formats44d"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-"

_ROWS = (
    ("1", "Godkendelse af dagsorden", "Dagsordenen godkendes.", "Godkendt."),
    ("2", "Ny legeplads ved Kirkebakken Skole\nSagsnr.: 17.20.00-G01-4-24",
     "Administrationen indstiller, at udvalget godkender placeringen af den nye legeplads "
     "og frigiver 1,1 mio. kr. fra puljen til skolernes udearealer.",
     "Godkendt.\nFor stemte: A, F og Ø (4)\nImod stemte: C (1)"),
    ("3", "Kvalitetsrapport for dagtilbud 2024\nSagsnr.: 28.00.00-A00-2-24",
     "Administrationen indstiller, at kvalitetsrapporten tages til efterretning og sendes "
     "til høring i forældrebestyrelserne.",
     "Taget til efterretning.\nFraværende: Mona Holt (C)"),
    ("4", "Status på skolernes trivselsmåling\nSagsnr.: 17.01.00-G01-9-24",
     "Administrationen indstiller, at udvalget tager status til efterretning og beder om en "
     "handleplan for de tre skoler, hvor trivslen er faldet mest, til mødet i marts 2025.",
     "Taget til efterretning med den bemærkning, at handleplanen også skal omfatte SFO.\n"
     "Udvalget ønsker en temadrøftelse i april."),
    ("5", "Lukket punkt: Ansøgning om skoleskift",
     "Indstillingen fremgår af den lukkede sag.", "Indstillingen blev godkendt."),
    ("6", "Eventuelt", "", "Formanden orienterede om skolernes juleafslutning."),
)
_HEAD = ("Nr.", "Emne", "Indstilling", "Udvalgets beslutning")


_FACTS = (("Mødedato:", "Torsdag den 12. december 2024"), ("Mødetidspunkt:", "16:00 - 18:00"),
          ("Mødested:", "Rådhuset, lokale 2"),
          ("Medlemmer:", "Anne Vig (A), formand, Mona Holt (C), Ib Dal (A), Eva Krog (F), "
                         "Ali Nur (Ø), Kim Lund (V)"),
          ("Afbud:", "Kim Lund (V)"))


def _fact(pdf: FPDF, label: str, value: str) -> None:
    """A fact of the head: its label in bold, its value beside it (wrapping under it)."""
    pdf.set_font("F", "B", 9)
    pdf.cell(28, 5, label)
    pdf.set_font("F", "", 9)
    pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


class _Protocol(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Egedal Kommune · Børneudvalget · Beslutningsprotokol 12.12.2024")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")


def protocol(path: Path, wide: bool) -> None:
    """The protocol as a PDF: A5 landscape with the decision's head centred, or (`wide`)
    A4 landscape with every head left and the table lower on the first page."""
    pdf = _Protocol(orientation="L", format="A4" if wide else (148, 210))
    for style, face in (("", "Regular"), ("B", "Bold")):
        pdf.add_font("F", style, f"{FONT}{face}.ttf")
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("F", "B", 13)
    for line in ("Egedal Kommune", "Børneudvalget - Beslutningsprotokol"):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    for label, value in _FACTS:
        _fact(pdf, label, value)
    pdf.ln(75 if wide else 3)
    pdf.set_font("F", "", 8.5)
    widths = (14, 70, 95, 95) if wide else (10, 48, 66, 66)
    with pdf.table(col_widths=widths, line_height=4.2, text_align="LEFT", width=sum(widths),
                   align="LEFT", padding=1.2, v_align="TOP", repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220))) as t:
        row = t.row()
        for head in _HEAD:
            row.cell(head, align="C" if head.startswith("Udvalgets") and not wide else "L")
        for cells in _ROWS:
            row = t.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)
    pdf.set_font("F", "", 9)
    pdf.cell(0, 5, "Mødet hævet kl. 17.50.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    pdf_path = HERE / "03_tabelprotokol.pdf"
    protocol(pdf_path, wide=False)
    subprocess.run(["pdftotext", "-layout", str(pdf_path),
                    str(HERE / "01_tabelprotokol_layout.txt")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        wide = Path(tmp) / "wide.pdf"
        protocol(wide, wide=True)
        subprocess.run(["pdftotext", str(wide), str(HERE / "02_tabelprotokol_afsnit.txt")],
                       check=True)
