"""Builds the invented PDFs of layout round 33 (needs fpdf2 and the DejaVu fonts):
`python tests/unit/gen_formats33.py` writes them to fixtures/formats33/."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent / "fixtures" / "formats33"
FONT = "/usr/share/fonts/truetype/dejavu/"


def _doc() -> FPDF:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("F", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=20)
    return pdf


# (number, title, case, closed, [(label, text)])
BOX_ITEMS = [
    (1, "Godkendelse af dagsorden", "24/00310", False, [("Beslutning", "Godkendt.")]),
    (2, "Klimatilpasning ved Gudenåen - projektforslag til offentlig høring", "24/05521",
     False, [("Sagsfremstilling", "Forslaget beskytter 40 boliger mod oversvømmelse."),
             ("Indstilling", "Forvaltningen indstiller, at forslaget sendes i høring."),
             ("Beslutning", "Godkendt med 4 stemmer for (V, A, C) mod 1 stemme imod (Ø).")]),
    (3, "Vandløbsregulativ for Hørbyvad Bæk", "23/09917", False,
     [("Sagsfremstilling", "Regulativet er revideret efter høringen."),
      ("Beslutning", "Udvalget besluttede at udsætte sagen til næste møde.")]),
    (4, "Ekspropriation til stiforbindelse", "24/06602", True, [("Beslutning", "Godkendt.")]),
    (5, "Orientering", "24/00311", False,
     [("Sagsfremstilling", "Orientering om status på affaldssortering i etageboliger."),
      ("Beslutning", "Taget til efterretning.")]),
]


def number_boxes(footer: bool) -> FPDF:
    """One item to a page, its number white in a filled box left of the title."""
    pdf = _doc()
    if footer:
        foot = "Miljøudvalget - 3. marts 2025 - Side {}"
        pdf.footer = lambda: (pdf.set_y(-14), pdf.set_font("F", "", 8),  # type: ignore[method-assign]
                              pdf.cell(0, 5, foot.format(pdf.page_no()), align="R"))
    pdf.add_page()
    pdf.set_font("F", "B", 18)
    pdf.cell(0, 10, "Silkeborg Kommune", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 12)
    for line in ("Referat", "Miljøudvalget", "Mødedato 3. marts 2025", "Mødetidspunkt 16:00",
                 "Mødested Udvalgsværelse 2, Silkeborg Rådhus",
                 "Medlemmer Karen Holm (V), formand", "Per Dahl (A)", "Lone Friis (C)",
                 "Bo Skov (Ø)", "Anna Lund (F)", "Fraværende Anna Lund (F)"):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    for number, title, case, closed, sections in BOX_ITEMS:
        pdf.add_page()
        top = pdf.get_y()
        pdf.set_fill_color(0, 94, 140)
        pdf.rect(pdf.l_margin, top, 20, 20, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("F", "B", 24)
        pdf.set_xy(pdf.l_margin, top + 3)
        pdf.cell(20, 14, str(number), align="C")
        pdf.set_text_color(0, 0, 0)
        x = pdf.l_margin + 25
        pdf.set_xy(x, top)
        pdf.set_font("F", "B", 14)
        pdf.multi_cell(120, 6.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x)
        pdf.set_font("F", "", 9)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(0, 5, f"Sag: {case} · {'Lukket sag' if closed else 'Åben sag'}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(max(pdf.get_y(), top + 24))
        for label, text in sections:
            pdf.set_font("F", "B", 11)
            pdf.cell(0, 7, label, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return pdf


PARAGRAPHS = [
    (31, "24/11001", "Godkendelse af dagsorden", False, [("Beslutning", "Godkendt.")]),
    (32, "24/08210", "Tilskud til foreningshus i Tølløse", False,
     [("Sagen", "Foreningen søger 300.000 kr. til nyt tag."),
      ("Indstilling", "Administrationen indstiller, at der gives 300.000 kr."),
      ("Beslutning", "Der gives 200.000 kr. For stemte 5 (V, C), imod stemte 2 (A).")]),
    (33, "24/03377", "Køb af areal ved Ugerløse", True, [("Beslutning", "Godkendt.")]),
    (34, "24/11002", "Eventuelt", False, [("Beslutning", "Intet.")]),
]


def paragraph_protocol() -> FPDF:
    """A beslutningsprotokol: each item a running § number, its case number in the left
    margin on the § line, inline bold labels, the reading and the signatures at the end."""
    pdf = _doc()
    pdf.footer = lambda: (pdf.set_y(-14), pdf.set_font("F", "", 8),  # type: ignore[method-assign]
                          pdf.cell(0, 5, f"Side {pdf.page_no()}", align="C"))
    pdf.add_page()
    margin = 45
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "HOLBÆK KOMMUNE", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Beslutningsprotokol for Teknik- og Miljøudvalget", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, "Mødet afholdt tirsdag den 8. april 2025 kl. 14.00 i Mødelokale 4, "
                   "Holbæk Rådhus.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Til stede: Mads Berg (V), formand, Ida Kruse (A), Ole Kjær (C).",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Fraværende: Tove Bach (A).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for number, case, title, closed, sections in PARAGRAPHS:
        y = pdf.get_y()
        pdf.set_font("F", "", 8)
        pdf.set_xy(15, y + 0.6)
        pdf.cell(28, 5, case)
        pdf.set_xy(margin, y)
        pdf.set_font("F", "B", 11)
        pdf.multi_cell(0, 6, f"§ {number}." + (" (Lukket)" if closed else "") + f" {title}",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 10)
        for label, text in sections:
            pdf.set_x(margin)
            pdf.multi_cell(0, 5, f"**{label}:** {text}", markdown=True, new_x="LMARGIN",
                           new_y="NEXT")
        pdf.ln(3)
    pdf.set_x(margin)
    pdf.multi_cell(0, 5, "Protokollen oplæst og godkendt. Mødet hævet kl. 15.20.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_x(margin)
    pdf.cell(0, 5, "Mads Berg            Ida Kruse            Ole Kjær")
    return pdf


if __name__ == "__main__":
    number_boxes(footer=True).output(str(HERE / "pdf_number_box_item_per_page.pdf"))
    number_boxes(footer=False).output(str(HERE / "pdf_number_box_no_footer.pdf"))
    paragraph_protocol().output(str(HERE / "pdf_paragraph_protocol_margin_case.pdf"))
