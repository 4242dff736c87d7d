"""Builds the binary fixtures of layout round 49: `python -m tests.unit.gen_formats49`
(from the repository's root) writes fixtures/formats49/

* 01_margenkolonne.pdf — item numbers and a closed item's "Lukket" set in a left margin
  column that is drawn after the page's body, so the page's text lists them last;
* 03_beslutning_kun_stil.docx — decisions marked only by a custom paragraph style
  "Beslutningstekst" (no "Beslutning" heading anywhere).
The PDF needs fpdf2 and the Liberation fonts.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from tests.unit.office_files import docx, para

HERE = Path(__file__).parent / "fixtures" / "formats49"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"

_HEAD = ["Referat", "Teknisk Udvalg", "Mødedato: Tirsdag den 4. februar 2025",
         "Mødetid: 16:00 - 18:00", "Mødested: Rådhuset, lokale 3", "Afbud: Eva Dahl (V)"]
# (margin marks, title, the item's lines)
_ITEMS = [(["1"], "Godkendelse af dagsorden", ["Beslutning", "Godkendt."]),
          (["2"], "Ny cykelsti ved Skovvej", ["Sagsnr.: 25/00123", "Beslutning", "Godkendt."]),
          (["3", "Lukket"], "Køb af areal", ["Sagsnr.: 25/00124", "Beslutning", "Godkendt."])]


def _margin_pdf() -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", "", 10)
    pdf.add_page()
    y, marks = 20.0, []
    for line in _HEAD:
        pdf.text(45, y, line)
        y += 6
    for numbers, title, lines in _ITEMS:
        y += 4
        marks += [(y + 6 * k, mark) for k, mark in enumerate(numbers)]
        pdf.text(45, y, title)
        y += 6
        for line in lines:
            pdf.text(45, y, line)
            y += 6
    for at, mark in marks:  # the margin column, drawn after the body
        pdf.text(15, at, mark)
    return bytes(pdf.output())


def _styled_decisions() -> bytes:
    def item(title: str, decision: list[str], *lead: str) -> list[str]:
        return [para(title, "Overskrift1"), *(para(t) for t in lead),
                *(para(t, "Beslutningstekst") for t in decision)]

    body = [para("Referat", "Titel"), para("Fritidsudvalget", bold=True),
            para("Mødedato: 6. februar 2025 kl. 17.00"), para("Mødested: Hallen, lokale 1"),
            *item("1. Godkendelse af dagsorden", ["Godkendt."]),
            *item("2. Tilskud til klubhus", ["Godkendt.", "For: A, V", "Imod: O"],
                  "Sagsnr.: 25/00555", "Indstilling",
                  "Forvaltningen indstiller, at der bevilges 80.000 kr."),
            *item("3. Eventuelt", ["Intet."])]
    return docx(body, styles={"Titel": "Title", "Overskrift1": "heading 1",
                              "Beslutningstekst": "Beslutningstekst"})


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "01_margenkolonne.pdf").write_bytes(_margin_pdf())
    (HERE / "03_beslutning_kun_stil.docx").write_bytes(_styled_decisions())


if __name__ == "__main__":
    main()
