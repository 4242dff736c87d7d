"""Builds the invented binary fixture of layout round 42 (needs fpdf2 and the Liberation
fonts): `python tests/unit/gen_formats42.py` writes fixtures/formats42/ — a KMD/Cicero
"Dagsorden og referat" print whose item has a "Tidligere beslutninger" block (another
council's and the committee's own earlier decision), then "Behandling" (this meeting's
discussion, a proposal voted down) before this meeting's dated decision."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent / "fixtures" / "formats42"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-"


def _line(pdf: FPDF, text: str, style: str = "", size: float = 10, gap: float = 1) -> None:
    pdf.set_font("F", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def cicero_treatment() -> None:
    """A Kultur- og Fritidsudvalg's referat: "Behandling" after the earlier decisions."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", FONT + "Regular.ttf")
    pdf.add_font("F", "B", FONT + "Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    _line(pdf, "ÅSTRUP KOMMUNE", "B", 12)
    _line(pdf, "Dagsorden og referat", "", 14)
    _line(pdf, "Kultur- og Fritidsudvalget", "B", 16, 4)
    for row in ("Mødedato: Onsdag den 11. september 2024", "Mødetidspunkt: Kl. 16.00 - 17.30",
                "Mødested: Åstrup Rådhus, lokale 1.05", "Medlemmer:", "Eva Bruun (A), formand",
                "Otto Friis (V), næstformand", "Lars Hede (A)", "Signe Mørch (F)",
                "Afbud: Lars Hede (A)"):
        _line(pdf, row, gap=0)
    pdf.ln(4)
    _line(pdf, "1. Godkendelse af dagsorden", "B", 12)
    _line(pdf, "Sagsnr.: 00.22.04-A00-9-24    Dok.nr.: 20411-24", size=9)
    _line(pdf, "Beslutning i Kultur- og Fritidsudvalget den 11-09-2024", "B")
    _line(pdf, "Godkendt.", gap=3)
    _line(pdf, "2. Biblioteksplan 2025-2028", "B", 12)
    _line(pdf, "Sagsnr.: 20.00.00-P22-3-24    Dok.nr.: 20412-24", size=9)
    _line(pdf, "Sagsfremstilling", "B")
    _line(pdf, "Planen har været i høring hos bibliotekets brugerråd.")
    _line(pdf, "Indstilling", "B")
    _line(pdf, "Direktøren indstiller, at planen godkendes.")
    _line(pdf, "Tidligere beslutninger", "B")
    _line(pdf, "Beslutning i Folkeoplysningsudvalget den 20-08-2024", "B")
    _line(pdf, "Folkeoplysningsudvalget anbefaler planen.")
    _line(pdf, "Beslutning i Kultur- og Fritidsudvalget den 12-06-2024", "B")
    _line(pdf, "Udkastet sendes i høring.")
    _line(pdf, "Behandling", "B")
    _line(pdf, "Venstre foreslog længere åbningstider i Nordby. Forslaget blev ikke vedtaget, "
               "idet kun V stemte for.")
    _line(pdf, "Beslutning i Kultur- og Fritidsudvalget den 11-09-2024", "B")
    _line(pdf, "Planen godkendes.")
    _line(pdf, "For stemte: A og F (2)", gap=0)
    _line(pdf, "Imod stemte: V (1)", gap=3)
    _line(pdf, "3. Eventuelt", "B", 12)
    _line(pdf, "Sagsnr.: 00.22.04-A00-9-24    Dok.nr.: 20413-24", size=9)
    _line(pdf, "Beslutning i Kultur- og Fritidsudvalget den 11-09-2024", "B")
    _line(pdf, "Signe Mørch orienterede om Kulturnatten.")
    pdf.output(str(HERE / "05_cicero_behandling.pdf"))


if __name__ == "__main__":
    cicero_treatment()
