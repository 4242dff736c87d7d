"""Builds the invented fixtures of layout round 68 (fpdf2 and the office helpers): `python
tests/unit/gen_formats68.py [NAME …]` writes fixtures/formats68/ (its JSON and HTML
fixtures are written by hand and committed as they are)

* 02_aarsnumre.pdf — a region's dagsorden whose items are numbered by the year's count
  ("23/2025    Title", also in the contents table), with "Sagsnr." lines and an empty
  "BESLUTNING" heading in each item;
* 03_ombrudt_titel.pdf — a referat whose title line wraps inside the committee's name
  ("Referat fra mødet i Udvalget for Det Lokale" / "Erhvervsliv"), the whole name in the
  running header of each page;
* 06_navn_funktion.docx — a Word referat whose members' table is "Navn | Funktion", the
  absent member's function "Medlem – afbud";
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats63 import _pages_pdf  # noqa: E402
from gen_formats67 import write_fixtures  # noqa: E402
from office_files import docx, para, table  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats68"


def _aarsnumre() -> bytes:
    return _pages_pdf([[
        "REGION LUNDE", "Dagsorden", "Forretningsudvalget", "Mødetidspunkt:",
        "Tirsdag 6. maj 2025 kl. 14.00", "Medlemmer:", "Eva Dam (A), formand", "Karl Bo (V)",
        "Mødested:", "Regionshuset, mødesal 1", "INDHOLDSFORTEGNELSE", "Punkt", "Overskrift",
        "Side", "31/2025", "Vejplan for regionen", "2", "32/2025", "Eventuelt", "2"], [
        "31/2025    Vejplan for regionen", "Sagsnr. 25001234", "INDSTILLING",
        "Administrationen indstiller, at planen godkendes.", "BESLUTNING",
        "32/2025    Eventuelt", "Sagsnr. 25001235", "SAGSFREMSTILLING", "Intet nyt.",
        "BESLUTNING"]])


def _ombrudt_titel() -> bytes:
    running = "Region Lunde - Udvalget for Det Lokale Erhvervsliv - 13-05-2025"
    return _pages_pdf([[
        running, "Region Lunde", "Referat fra mødet i Udvalget for Det Lokale", "Erhvervsliv",
        "Tirsdag den 13. maj 2025, kl. 10:00 - 12:00", "Regionshuset, lokale D3",
        "Til stede: Eva Dam (A), formand, Karl Bo (V)", "1. Godkendelse af dagsorden",
        "Sagsnr.: 25/11201", "Beslutning 13.05.2025", "Godkendt."], [
        running, "2. Eventuelt", "Sagsnr.: 25/11202", "Beslutning 13.05.2025", "Intet."]])


def _navn_funktion() -> bytes:
    return docx([
        para("Lunde Kommune"), para("Referat – Miljøudvalget"),
        para("Dato: tirsdag den 9. september 2025"), para("Tidspunkt: kl. 13.00 til 14.00"),
        para("Sted: Mødelokalet, Rådhuset"), para("Deltagere"),
        table([["Navn", "Funktion"], ["Eva Dam (V)", "Formand"],
               ["Karl Bo (A)", "Medlem – afbud"], ["Lis Holm (L)", "Medlem"]]),
        para("1. Godkendelse af dagsorden", "Heading1"), para("Sagsnr.: 00.01.00-A00-1-25"),
        para("Beslutning"), para("Godkendt.")],
        styles={"Heading1": "heading 1"})


BUILDERS = (("02_aarsnumre.pdf", _aarsnumre), ("03_ombrudt_titel.pdf", _ombrudt_titel),
            ("06_navn_funktion.docx", _navn_funktion))

if __name__ == "__main__":
    write_fixtures(HERE, BUILDERS, sys.argv[1:])
