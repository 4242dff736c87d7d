"""Builds the invented fixtures of layout round 69 (fpdf2 and the office helpers): `python
tests/unit/gen_formats69.py [NAME …]` writes fixtures/formats69/ (the text, HTML and
Markdown fixtures are written by the tests themselves)

* 02_gitter.pdf — a dagsorden printed as two-column grids, each under a header row
  "Overskrift | Tekst", the cells one a line: "Punkt nr." / "7" / "Titel" / the title /
  "Sagsnr." / "Åben/lukket" / sections / an empty "Beslutning" row;
* 06_etiketter.docx — a Word dagsorden whose items are a heading "Punkt N" and a table of
  labels and texts (Titel, Sagsnr., Adgang, sections), its members' table "Navn | Parti |
  Hverv | Status" (Indkaldt / Afbud).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats63 import _pages_pdf  # noqa: E402
from gen_formats67 import write_fixtures  # noqa: E402
from office_files import docx, para, table  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats69"


def _grid_item(number: str, title: str, case: str, access: str, text: str) -> list[str]:
    return ["Overskrift", "Tekst", "Punkt nr.", number, "Titel", title, "Sagsnr.", case,
            "Åben/lukket", access, "Sagsfremstilling", text, "Beslutning"]


def _gitter() -> bytes:
    return _pages_pdf([[
        "Lunde Kommune", "Dagsorden – Magistraten", "Overskrift", "Tekst", "Mødetidspunkt",
        "Mandag den 3. marts 2025 kl. 15.00", "Mødested", "Rådhuset, mødesal 2",
        "Indkaldte", "Eva Dam (A), borgmester", "Karl Bo (V), rådmand – afbud",
        "Lis Holm (C), medlem",
        *_grid_item("7", "Renovering af svømmehallen", "2025-0001234", "Åben",
                    "Hallen skal renoveres."),
        *_grid_item("8", "Salg af ejendom", "2025-0001235", "Lukket",
                    "Punktet behandles for lukkede døre.")]])


def _label_rows(title: str, case: str, access: str, text: str) -> list[list[str]]:
    return [["Titel", title], ["Sagsnr.", case], ["Adgang", access],
            ["Sagsfremstilling", text], ["Beslutning", ""]]


def _etiketter() -> bytes:
    return docx([
        para("Region Lunde"), para("Dagsorden – Regionsrådet"),
        para("Mødedato: mandag den 23. juni 2025"), para("Mødestart: kl. 16.00"),
        para("Mødested: Regionshuset, mødesal 1"), para("Medlemmer", "Heading2"),
        table([["Navn", "Parti", "Hverv", "Status"], ["Eva Dam", "V", "Formand", "Indkaldt"],
               ["Karl Bo", "A", "Medlem", "Afbud"], ["Lis Holm", "C", "Medlem", "Indkaldt"]]),
        para("Punkt 1", "Heading2"),
        table(_label_rows("Godkendelse af dagsorden", "25/20110", "Åben",
                          "Dagsordenen forelægges.")),
        para("Punkt 2", "Heading2"),
        table(_label_rows("Lejekontrakt for centret", "25/18803", "Lukket",
                          "Punktet behandles for lukkede døre."))],
        styles={"Heading2": "heading 2"})


BUILDERS = (("02_gitter.pdf", _gitter), ("06_etiketter.docx", _etiketter))

if __name__ == "__main__":
    write_fixtures(HERE, BUILDERS, sys.argv[1:])
