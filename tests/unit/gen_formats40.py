"""Builds the invented binary fixtures of layout round 40 (needs fpdf2 and the DejaVu
fonts): `python tests/unit/gen_formats40.py` writes them to fixtures/formats40/ — an
ESDH print whose decisions are headed "Beslutning truffet af <udvalg>" under a running
header on every page, and a Word letter whose items are headed "Ad. N<tab>Title"."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).parent))
from office_files import docx, para  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats40"
FONT = "/usr/share/fonts/truetype/dejavu/"
COMMITTEE = "Social- og Seniorudvalget"

# (title, case, [(label, text)], the decision label's date, decision); a page break
# before items 3 and 5, so that the running header stands between two items
TRUFFET_ITEMS = [
    ("Godkendelse af dagsorden", None, [], "", "Godkendt."),
    ("Plejeboligplan 2025-2030", "27.15.00-P15-2-25", [
        ("Sagsfremstilling", "Behovet for plejeboliger stiger med 60 boliger frem mod 2030. "
         "Administrationen foreslår en udbygning i to etaper."),
        ("Indstilling", "Direktøren indstiller, at planen sendes i høring i Ældrerådet.")],
     "", "Indstillingen blev godkendt.\nFor stemte: A, Ø (4)\nImod stemte: V (1)"),
    ("Tilsynsrapporter 2024", "27.12.00-A00-4-25", [
        ("Sagsfremstilling", "Tilsynet har besøgt alle seks plejecentre uden væsentlige fund."),
        ("Indstilling", "Direktøren indstiller, at orienteringen tages til efterretning.")],
     " den 12.02.2025", "Orienteringen blev taget til efterretning."),
    ("Sag om merudgifter (Lukket punkt)", None, [
        ("Sagsfremstilling", "Sagen behandles for lukkede døre.")],
     "", "Afgørelsen blev stadfæstet."),
    ("Eventuelt", None, [], "", "Intet."),
]


class _Print(FPDF):
    """The running header and footer an ESDH print has on every page (the front page's
    own included)."""

    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, "Nordfjord Kommune", align="L")
        self.cell(0, 5, f"{COMMITTEE} – Referat", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Mødedato 12-02-2025", align="L")
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")


def beslutning_truffet() -> FPDF:
    """Items "Pkt. N – Title", each decision under "Beslutning truffet af <udvalg>"."""
    pdf = _Print(format="A4")
    pdf.add_font("F", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("F", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()

    def p(text: str, style: str = "", size: int = 10, gap: float = 2.5) -> None:
        pdf.set_font("F", style, size)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    p("Referat", "B", 18, 1)
    p(COMMITTEE, "B", 13, 4)
    for label, value in (("Mødedato:", "Onsdag den 12. februar 2025"),
                         ("Mødetidspunkt:", "Kl. 14:00 - 16:00"),
                         ("Mødested:", "Nordfjord Rådhus, lokale 104"),
                         ("Medlemmer:", "Rikke Bro (A), formand\nJens Lyng (V)\nAnna Dahl (Ø)\n"
                                        "Kim Sørensen (A)\nLine Holt (A)"),
                         ("Afbud:", "Line Holt (A)")):
        pdf.set_font("F", "B", 10)
        pdf.cell(35, 5, label)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    for n, (title, case, sections, dated, decision) in enumerate(TRUFFET_ITEMS, 1):
        if n in (3, 5):
            pdf.add_page()
        p(f"Pkt. {n} – {title}", "B", 12, 1)
        if case:
            p(f"Sagsnr.: {case}", "", 9, 2)
        for label, text in sections:
            p(label, "B", 10, 1)
            p(text)
        p(f"Beslutning truffet af {COMMITTEE}{dated}", "B", 10, 1)
        p(decision, gap=5)
    p("Mødet hævet kl. 15:40.")
    return pdf


def _bold(text: str) -> str:
    return (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t>'
            "</w:r></w:p>")


def _ad(number: int, title: str) -> str:
    """"Ad. 2⇥Title" in bold: the number, a tab, the title."""
    return (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Ad. {number}</w:t>'
            f'<w:tab/><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>')


AD_ITEMS = [
    ("Godkendelse af dagsorden", ["Dagsordenen blev godkendt."]),
    ("Trafiksikkerhed ved Skolevej", [
        "Rådet drøftede fodgængerfeltet ved Skolevej. Rådet anbefaler en hævet flade.",
        "For stemte: Ole Bager, Tove Ring og Lis Krogh. Imod stemte: Hans Vig."]),
    ("Ansøgning fra en borger (lukket punkt)", ["Ansøgningen blev imødekommet."]),
    ("Eventuelt", ["Tove Ring foreslog en gåtur for nye medlemmer."]),
]


def ad_letter() -> bytes:
    """A Handicapråd's minutes sent as a letter: letterhead, the letter's own dateline,
    the meeting in the bold subject, attendance sentences, "Ad. N⇥Title" items."""
    parts = [para("Nordfjord Kommune"), para("Handicaprådet"), para("Torvet 3, 9990 Nordfjord"),
             para(""), para("Til Handicaprådets medlemmer"), para(""),
             para("Nordfjord, den 20. marts 2025"), para(""),
             _bold("Referat af Handicaprådets møde mandag den 17. marts 2025 kl. 16.00 på "
                   "Nordfjord Bibliotek, mødelokale 1"),
             para(""),
             para("Til stede: Ole Bager (formand), Tove Ring, Hans Vig og Lis Krogh."),
             para("Afbud: Per Holm Nielsen."), para("")]
    for n, (title, texts) in enumerate(AD_ITEMS, 1):
        parts += [_ad(n, title), *map(para, texts), para("")]
    parts += [para("Med venlig hilsen"), para(""), para("Ole Bager"), para("Formand")]
    return docx(parts)


if __name__ == "__main__":
    beslutning_truffet().output(str(HERE / "03_beslutning_truffet_af.pdf"))
    (HERE / "02_ad_brev.docx").write_bytes(ad_letter())
