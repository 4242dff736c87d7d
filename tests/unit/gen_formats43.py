"""Builds the invented binary fixture of layout round 43 (needs fpdf2 and the Liberation
fonts): `python tests/unit/gen_formats43.py` writes fixtures/formats43/ — a
Kommunalbestyrelse's two-day strategy seminar whose programme's topics are its items
("Emne N: Title"), dated "mandag den 9. og tirsdag den 10. september 2024", its members
listed after the body's name ("Kommunalbestyrelsen: …"), a day's divider between two
topics and the seminar's closing line after the last; and a joint board's Word referat
whose agenda is one table of group rows ("1 Orientering") over sub-item rows ("1.1" |
Title, then "" | Label | text rows), closed by an item of no group ("3." | "Eventuelt")."""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats42 import FONT  # noqa: E402
from gen_formats42 import _line as line  # noqa: E402  (round 42's PDF lines, one size each)
from office_files import docx, para, table  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats43"


def strategy_seminar() -> None:
    """A Kommunalbestyrelse's seminar over two days, its topics "Emne 1" … "Emne 4"."""
    pdf = FPDF(unit="mm", format="A4")
    for style, face in (("", "Regular"), ("B", "Bold")):
        pdf.add_font("F", style, f"{FONT}{face}.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    for text, style, size, gap in (("LINDHOLT KOMMUNE", "B", 12, 1), ("Referat", "", 14, 1),
                                   ("Kommunalbestyrelsens strategiseminar 2024", "B", 16, 4)):
        line(pdf, text, style, size, gap)
    for row in ("Dato: Mandag den 9. og tirsdag den 10. september 2024",
                "Tid: Mandag kl. 10.00-17.00, tirsdag kl. 8.30-12.00",
                "Sted: Kursuscenter Skovly, Skovvej 12, 6600 Lindholt",
                "Deltagere: Kommunalbestyrelsen: Bente Fog (V), borgmester; Allan Krag (A), "
                "viceborgmester; Sofie Lund (V); Mikkel Rye (A); Hanne Toft (F); Yasmin Berg (Ø)",
                "Afbud: Hanne Toft (F)"):
        line(pdf, row, gap=0)
    pdf.ln(4)
    line(pdf, "Dag 1 – mandag den 9. september 2024", "B", 11)
    topics = [
        ("Emne 1: Klimaplan og grøn omstilling", "Forvaltningen fremlagde status på klimaplanen.",
         "Klimaplanen revideres i 2025 med fokus på transport."),
        ("Emne 2: Boligudvikling i landsbyerne", "Drøftelse af udstykninger i tre landsbyer.",
         "Der udarbejdes en plan for udstykning i Nørre Lindholt."),
        ("Emne 3: Digitalisering i administrationen", "Oplæg om kunstig intelligens.",
         "Forvaltningen afprøver to løsninger i 2025."),
        ("Emne 4: Lukket punkt: Køb af ejendom på Havnevej", "",
         "Kommunalbestyrelsen drøftede købet. Sagen behandles på næste møde."),
    ]
    for k, (heading, talk, conclusion) in enumerate(topics):
        if k == 2:
            line(pdf, "Dag 2 – tirsdag den 10. september 2024", "B", 11)
        line(pdf, heading, "B", 12)
        if talk:
            line(pdf, "Drøftelse:", "B")
            line(pdf, talk)
        line(pdf, "Konklusion:", "B")
        line(pdf, conclusion, gap=3)
    line(pdf, "Seminaret sluttede tirsdag kl. 11.45.")
    pdf.output(str(HERE / "01_strategiseminar.pdf"))


def group_table() -> None:
    """A joint water board's referat: its agenda one table of groups and sub-items."""
    rows = [["1 Orientering", "", ""],
            ["1.1", "Status på vandværkerne", ""],
            ["", "Sagsfremstilling", "Driften har været stabil i første kvartal."],
            ["", "Beslutning", "Taget til efterretning."],
            ["1.2", "Nyt fra sekretariatet", ""],
            ["", "Beslutning", "Taget til efterretning."],
            ["2 Lukkede sager", "", ""],
            ["2.1", "Erstatningssag", ""],
            ["", "Beslutning", "Erstatningen blev afvist."],
            ["3.", "Eventuelt", ""],
            ["", "Beslutning", "Intet."]]
    parts = [para("Referat - Vandrådet Sydfjord", bold=True),
             para("Dato: Onsdag den 4. september 2024"), para("Tid: Kl. 10.00 - 11.30"),
             para("Sted: Sydfjord Vandværk, mødelokalet"),
             para("Medlemmer: Borgmester Anna Kro (A), Sydfjord Kommune, formand"),
             para("Rådmand Per Lynge (V), Nordfjord Kommune, næstformand"),
             table(rows)]
    (HERE / "02_gruppetabel.docx").write_bytes(docx(parts))


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    strategy_seminar()
    group_table()
