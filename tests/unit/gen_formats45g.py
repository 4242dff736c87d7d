"""Builds the invented PDF of layout round 45 (g) (needs fpdf2 and the Liberation fonts):
`python tests/unit/gen_formats45g.py` writes fixtures/formats45g/04_protokol_sideskift.pdf
— a Byråd's beslutningsprotokol whose every page opens with the same two-line running
header ("LINDBY KOMMUNE  Byrådet" / "Beslutningsprotokol - Byrådets møde tirsdag den 21.
maj 2024") and ends with "Side N af M"; items "N. Title". Item 2's decision is "Ad 1: …" /
"Ad 2: …" on page 1; item 3's "Beslutning" heading ends page 1 and its "Ad 1: …" (a long
line) / "Ad 2: …" lines open page 2 under the running header; item 4's decision opens
page 3 with its heading and the same lines below. No "(fortsat)" heading anywhere."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent / "fixtures" / "formats45g"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-"

_LONG = ("Kommunen har i 2023 gennemført en kortlægning af de kommunale bygningers "
         "energiforbrug. Kortlægningen viser, at de 14 største bygninger står for 71 % af "
         "forbruget, og at en energirenovering kan reducere forbruget med op til 30 %. ")


class _Protocol(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.cell(0, 5, "LINDBY KOMMUNE")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Byrådet", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("F", "", 9)
        self.cell(0, 5, "Beslutningsprotokol - Byrådets møde tirsdag den 21. maj 2024",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")


def _text(pdf: FPDF, text: str, style: str = "", size: float = 10) -> None:
    pdf.set_font("F", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def protocol(path: Path) -> None:
    """The protocol, its page breaks set where the decisions go on."""
    pdf = _Protocol(format="A4")
    for style, face in (("", "Regular"), ("B", "Bold")):
        pdf.add_font("F", style, f"{FONT}{face}.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()
    _text(pdf, "Referat af Byrådets møde", "B", 14)
    for line in ("Mødedato: Tirsdag den 21. maj 2024", "Mødetidspunkt: Kl. 19.00",
                 "Mødested: Byrådssalen, Lindby Rådhus",
                 "Medlemmer: Borgmester Karen Dahl (A), Ole Sand (A), Mette Krog (V), "
                 "Jens Bro (V), Lis Hald (F), Ib Mørk (O), Tina Berg (C)",
                 "Fraværende: Ib Mørk (O)"):
        _text(pdf, line)
    pdf.ln(3)
    # (each entry: a heading's line, or a bold label, its text, or a page break)
    for entry in (
            ("1. Godkendelse af dagsorden",), ("Beslutning", "Godkendt."), (),
            ("2. Regnskab 2023",),
            ("Indstilling", "Økonomiudvalget indstiller til Byrådet, at\n1. regnskabet "
                            "godkendes,\n2. overskuddet overføres til 2024."),
            ("Beslutning", "Ad 1: Godkendt.\nAd 2: Godkendt."), (),
            ("3. Energirenovering af kommunale bygninger",), ("", "Sagsnr.: 13.03.00-G01-2-24"),
            ("Sagsfremstilling", _LONG * 2),
            ("Indstilling", "Økonomiudvalget indstiller til Byrådet, at\n1. der gives en "
                            "anlægsbevilling på 12,5 mio. kr.,\n2. projektet gennemføres i "
                            "2024 og 2025."),
            ("Beslutning", None),  # the decision's lines under the next page's header
            ("", "Ad 1: Godkendt med den ændring, at bevillingen finansieres af "
                 "kassebeholdningen.\nAd 2: Godkendt.\nFor stemte 6 (A, V, F og C), imod "
                 "stemte 0."), (),
            ("4. Lokalplan 91 - Boliger ved Skovvej, endelig vedtagelse",),
            ("", "Sagsnr.: 01.02.05-P16-91-23"), ("Sagsfremstilling", _LONG),
            ("Indstilling", "Økonomiudvalget indstiller til Byrådet, at\n1. Lokalplan 91 "
                            "vedtages endeligt,\n2. høringssvarene besvares som beskrevet."),
            (None, None),  # the decision's heading opens the next page
            ("Beslutning", "Ad 1: Godkendt med den ændring, at bebyggelsens højde nedsættes "
                           "til 8,5 m.\nAd 2: Godkendt.\nJens Bro (V) deltog ikke i "
                           "behandlingen af punktet på grund af inhabilitet."), (),
            ("5. Salg af grund på Industrivej 3",), ("", "Lukket punkt"),
            ("Beslutning", "Godkendt.")):
        if not entry:
            pdf.ln(2)
        elif len(entry) == 1:
            _text(pdf, entry[0], "B", 12)
        else:
            label, text = entry
            if label:
                _text(pdf, label, "B")
            if text is None:
                pdf.add_page()
            else:
                _text(pdf, text)
    _text(pdf, "Mødet hævet kl. 20.40.")
    pdf.output(str(path))


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    protocol(HERE / "04_protokol_sideskift.pdf")
