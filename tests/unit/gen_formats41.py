"""Builds the invented binary fixtures of layout round 41 (needs fpdf2 and the
Liberation fonts): `python tests/unit/gen_formats41.py` writes them to
fixtures/formats41/ — a council's PDF with its members as one justified paragraph, a
PDF print with a facts table under each item's heading, and a Word template whose items
each hold a check box content control before "Lukket punkt"."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from fpdf import FPDF

HERE = Path(__file__).parent / "fixtures" / "formats41"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-"


def _doc(head: str = "") -> FPDF:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", FONT + "Regular.ttf")
    pdf.add_font("F", "B", FONT + "Bold.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 18, 22)

    def header() -> None:
        if head and pdf.page_no() > 1:
            pdf.set_font("F", "", 8)
            pdf.cell(0, 5, head, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    def footer() -> None:
        pdf.set_y(-14)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Side {pdf.page_no()} af {{nb}}", align="R")

    pdf.header, pdf.footer = header, footer  # type: ignore[method-assign]
    return pdf


def _line(pdf: FPDF, text: str, style: str = "", size: float = 10, gap: float = 1) -> None:
    pdf.set_font("F", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


# Fifteen council members, one paragraph; "Ib Vad" wraps before his party "(V);"
MEMBERS = ("Mette Juhl (A), borgmester; Kurt Ravn (V), 1. viceborgmester; Lene Borg (A); "
           "Tom Skov (A); Ulla Brink (A); Emil Sand (A); Dorte Lykke (A); Sten Vig (V); "
           "Pia Thorsen (V); Ib Vad (V); Hans Kure (F); Rita Dahl (F); Amir Naser (Ø); "
           "Berit Holst (C); Finn Leth (O)")


def council_paragraph() -> None:
    """A Byråd's referat whose members stand in one justified paragraph."""
    pdf = _doc("Nørby Kommune - Byrådet - Referat - 28. august 2024")
    pdf.add_page()
    _line(pdf, "NØRBY KOMMUNE", "B", 12)
    _line(pdf, "Byrådet", "B", 18)
    _line(pdf, "Referat", "", 14, 4)
    for label, value in (("Mødedato:", "Onsdag den 28. august 2024"),
                         ("Mødetidspunkt:", "Kl. 19.00 - 21.15"),
                         ("Mødested:", "Byrådssalen, Nørby Rådhus")):
        _line(pdf, f"{label} {value}")
    pdf.set_font("F", "B", 10)
    pdf.cell(32, 5, "Medlemmer:")
    pdf.set_font("F", "", 10)
    pdf.multi_cell(78, 5, MEMBERS, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    _line(pdf, "Fraværende: Finn Leth (O)")
    _line(pdf, "Stedfortræder: Vera Mose (O) for Finn Leth (O)", gap=4)
    for number, title, case, decision in (
            (1, "Godkendelse af dagsorden", "", "Godkendt."),
            (2, "Budgetopfølgning 2. kvartal 2024", "00.30.14-S00-2-24",
             "Taget til efterretning."),
            (3, "Lukket punkt: Salg af byggegrund", "", "Godkendt.")):
        _line(pdf, f"Punkt {number}. {title}", "B", 12)
        if case:
            _line(pdf, f"Sagsnr.: {case}", size=9)
        _line(pdf, "Byrådets beslutning den 28. august 2024", "B", 11)
        _line(pdf, decision, gap=3)
    pdf.output(str(HERE / "03_byraad_medlemsafsnit.pdf"))


def facts_table() -> None:
    """A Prepare-style print: an item to a page, a row of column heads over a row of
    values under each heading ("Sagsnr. Sagsansvarlig Status")."""
    pdf = _doc("Bækby Kommune Teknik- og Miljøudvalget | 05-11-2024")
    pdf.add_page()
    _line(pdf, "BÆKBY KOMMUNE", "B", 12)
    _line(pdf, "Referat", "B", 18)
    _line(pdf, "Teknik- og Miljøudvalget", "", 14, 4)
    for row in ("Mødedato Tirsdag den 5. november 2024", "Mødetidspunkt 16:00 - 17:30",
                "Mødested Mødelokale 3, Bækby Rådhus", "Deltagere Lars Holm (V), formand",
                "Karin Ebbe (A)", "Jonas Tved (F)", "Fraværende Jonas Tved (F)"):
        _line(pdf, row, gap=0)
    for number, title, case, officer, closed, decision in (
            (1, "Godkendelse af dagsorden", "00.01.00-A00-9-24", "Nina Krogh", False,
             "Godkendt."),
            (2, "Trafiksikkerhedsplan 2025-2028", "05.13.00-P15-1-24", "Ole Brask", False,
             "Planen sendes i høring."),
            (3, "Erstatning for skade på vandledning", "", "Ole Brask", True,
             "Indstillingen blev godkendt.")):
        pdf.add_page()
        _line(pdf, f"{number}. {title}", "B", 13, 2)
        pdf.set_font("F", "B", 9)
        for head in ("Sagsnr.", "Sagsansvarlig", "Status"):
            pdf.cell(50, 5, head)
        pdf.ln(5)
        pdf.set_font("F", "", 9)
        for value in (case, officer, "Lukket sag" if closed else "Åben sag"):
            pdf.cell(50, 5, value)
        pdf.ln(8)
        _line(pdf, "Beslutning", "B", 11)
        _line(pdf, decision)
    pdf.output(str(HERE / "07_faktatabel.pdf"))


_W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://'
          'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
          'Extension="xml" ContentType="application/xml"/><Override PartName="/word/document'
          '.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          'document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
         'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
         '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>')


def _p(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _check_box(ticked: bool) -> str:
    """A paragraph: a check box content control, then " Lukket punkt"."""
    box = "\u2612" if ticked else "\u2610"
    return ('<w:p><w:sdt><w:sdtPr><w:tag w:val="Lukket"/><w14:checkbox><w14:checked '
            f'w14:val="{int(ticked)}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{box}'
            '</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> Lukket punkt'
            '</w:t></w:r></w:p>')


def check_box_items() -> None:
    """A Word template's items, each with a "☐ Lukket punkt" check box (ticked in 2)."""
    body = [_p("Skovby Kommune"), _p("Referat", "Title"), _p("Erhvervsudvalget"),
            _p("Mødedato: 9. oktober 2024 kl. 8.30"), _p("Mødested: Skovby Rådhus, lokale 2"),
            _p("Deltagere: Eva Rask (B), formand; Poul Lind (V); Sara Nyborg (A)"),
            _p("Afbud: Poul Lind (V)")]
    for number, title, closed, decision in (
            (1, "Godkendelse af dagsorden", False, "Godkendt."),
            (2, "Ansøgning om erhvervsstøtte", True, "Ansøgningen blev afvist."),
            (3, "Eventuelt", False, "Intet.")):
        body += [_p(f"Punkt {number}. {title}", "Heading1"), _check_box(closed),
                 _p("Beslutning", "Heading2"), _p(decision)]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}>'
                f'<w:body>{"".join(body)}</w:body></w:document>')
    with zipfile.ZipFile(HERE / "06_lukket_afkrydsning.docx", "w") as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)


if __name__ == "__main__":
    council_paragraph()
    facts_table()
    check_box_items()
