"""Builds the invented fixtures of layout round 67 (fpdf2 and the office helpers): `python
tests/unit/gen_formats67.py [NAME …]` writes fixtures/formats67/ (its HTML and Markdown
fixtures are written by hand and committed as they are)

* 01_smalspalte.pdf — a referat printed in a narrow column: each dated decision heading
  wraps before its date ("Beslutning i Plan- og Miljøudvalget den" / "21.01.2025"), an
  earlier one above this meeting's;
* 02_tidligere.pdf — an earlier decision headed on one line with its body and date
  ("Tidligere beslutning – Skoleudvalget 05-11-2024") above this meeting's "BESLUTNING";
* 03_indkaldte.pdf — a dagsorden whose head lists the members under "Indkaldte:", one a
  line, over an "Afbud:" line;
* 05_bemaerkning.docx — a Word referat: a "Start/slut" field and a members' table "Navn |
  Funktion | Bemærkning" with "Afbud" in one row's remark.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats63 import _pages_pdf  # noqa: E402
from office_files import docx, para, table  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats67"


def _smalspalte() -> bytes:
    return _pages_pdf([[
        "Lunde Kommune", "Referat – Plan- og Miljøudvalget", "Mødedato: 11. marts 2025",
        "Mødetid: kl. 15.00 – 16.00", "Mødested: Mødelokale 2, Rådhuset",
        "Til stede: Eva Dam (formand), Karl Bo, Lis Holm", "Afbud: Ida Vang",
        "1. Vejplan 2025", "Sagsnr.: 05.01.00-P20-1-25", "Indstilling",
        "Administrationen indstiller, at planen", "godkendes.",
        "Beslutning i Plan- og Miljøudvalget den", "21.01.2025", "Planen sendes i høring.",
        "Beslutning i Plan- og Miljøudvalget den", "11.03.2025", "Godkendt.",
        "For stemte 2 (V, A). Imod stemte 1 (Ø).", "2. Eventuelt", "Sagsnr.: 00.01.00-A00-1-25",
        "Beslutning i Plan- og Miljøudvalget den", "11.03.2025", "Intet."]])


def _tidligere() -> bytes:
    return _pages_pdf([[
        "Åbent referat", "Skoleudvalget", "Dato: 08-04-2025", "Tid: 17:00", "Sted: Mødelokale 1",
        "Medlemmer: Eva Dam (formand), Karl Bo", "10. Kvalitetsrapport", "Sagsnummer: 25/1010",
        "Indstilling", "Forvaltningen indstiller, at rapporten drøftes.",
        "Tidligere beslutning – Skoleudvalget 05-11-2024",
        "Udvalget bad om et afsnit om fravær.", "BESLUTNING 08-04-2025", "Drøftet.",
        "11. Eventuelt", "Sagsnummer: 25/1011", "BESLUTNING 08-04-2025", "Intet."]])


def _indkaldte() -> bytes:
    return _pages_pdf([[
        "Lunde Kommune", "DAGSORDEN", "Kulturudvalget", "Mødedato: 06.05.2025    Kl.: 17:00",
        "Mødested: Mødelokale 1, Rådhuset", "Indkaldte:", " Eva Dam (formand)",
        "Karl Bo (næstformand)", "Lis Holm", "Ida Vang", "Afbud: Ida Vang", "1",
        "Meddelelser", "Sag nr. 25/1001", "Sagsfremstilling", " Formanden orienterer.",
        "2", "Eventuelt", "Sag nr. 25/1002", "Sagsfremstilling", " Intet."]])


def _bemaerkning() -> bytes:
    return docx([
        para("Lunde Kommune"), para("Referat"), para("Socialudvalget"),
        table([["Mødedato:", "Tirsdag den 10. juni 2025"],
               ["Start/slut:", "Kl. 16:00 – 18:00"], ["Mødelokale:", "Mødelokale 3, Rådhuset"]]),
        para("Medlemmer"),
        table([["Navn", "Funktion", "Bemærkning"], ["Eva Dam", "Formand", ""],
               ["Karl Bo", "Næstformand", "Afbud"], ["Lis Holm", "Medlem", ""]]),
        para("1. Godkendelse af dagsorden", "Heading2"), para("Sagsnr.: SAG-2025-00211"),
        para("Beslutning i Socialudvalget den 10-06-2025", "Heading3"), para("Godkendt."),
        para("2. Eventuelt", "Heading2"), para("Sagsnr.: SAG-2025-00212"),
        para("Beslutning i Socialudvalget den 10-06-2025", "Heading3"), para("Intet.")],
        styles={"Heading2": "heading 2", "Heading3": "heading 3"})


BUILDERS = (("01_smalspalte.pdf", _smalspalte), ("02_tidligere.pdf", _tidligere),
            ("03_indkaldte.pdf", _indkaldte),
            ("05_bemaerkning.docx", _bemaerkning))


def write_fixtures(here: Path, builders: tuple, names: list[str]) -> None:
    """Writes the fixtures named (all when none is: a PDF's bytes hold its time)."""
    here.mkdir(parents=True, exist_ok=True)
    for fixture, build in builders:
        if fixture in names or not names:
            (here / fixture).write_bytes(build())


if __name__ == "__main__":
    write_fixtures(HERE, BUILDERS, sys.argv[1:])
