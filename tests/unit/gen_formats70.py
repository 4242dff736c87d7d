"""Builds the invented fixtures of layout round 70 (fpdf2 and the office helpers): `python
tests/unit/gen_formats70.py [NAME …]` writes fixtures/formats70/ (the text, HTML and
Markdown fixtures are written by the tests themselves)

* 02_sidebar.pdf — a dagsorden whose items each have a sidebar printed above the text, a
  line each: "PUNKT" / the number / the title / "Sagsnr." / the case number / "ÅBEN" or
  "LUKKET", then the sections and an empty "Beslutning" heading; the closed item only the
  note "Sagen behandles for lukkede døre. …";
* 04_saetning.docx — a Word referat whose attendance is one sentence, "Til stede var:
  …, C (O) og D (C); Fraværende: E (F).", its items "Sag N – Title", a closed item shown
  only by a bold paragraph "Lukket punkt.".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats63 import _pages_pdf  # noqa: E402
from gen_formats67 import write_fixtures  # noqa: E402
from office_files import docx, para  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats70"


def _sidebar_item(number: str, case: str, access: str, title: str, *text: str) -> list[str]:
    return ["PUNKT", number, title, "Sagsnr.", case, access, *text]


def _sidebar() -> bytes:
    return _pages_pdf([[
        "Lunde Kommune", "DAGSORDEN", "Kulturudvalget", "Mødedato",
        "Tirsdag den 6. maj 2025", "Mødetid", "15.00", "Medlemmer", "Eva Dam (A) – formand",
        "Karl Bo (V)", "Lis Holm (C)", "Afbud", "Karl Bo (V)", "Indhold",
        "1. Godkendelse af dagsorden", "2. Tilskud til byfesten", "3. Salg af grund (lukket)",
        *_sidebar_item("1", "2025-0000101", "ÅBEN", "Godkendelse af dagsorden", "Indstilling",
                       "Forvaltningen indstiller, at dagsordenen godkendes.", "Beslutning"),
        *_sidebar_item("2", "2025-0000102", "ÅBEN", "Tilskud til byfesten", "Sagsfremstilling",
                       "Byfesten søger om tilskud.", "Indstilling",
                       "Forvaltningen indstiller, at tilskuddet gives.", "Beslutning"),
        *_sidebar_item("3", "2025-0000103", "LUKKET", "Salg af grund",
                       "Sagen behandles for lukkede døre. Sagsfremstillingen offentliggøres "
                       "ikke.")]])


def _saetning() -> bytes:
    return docx([
        para("Referat"), para("Lunde Kommune – Kulturudvalget"),
        para("Mødet blev holdt tirsdag den 6. maj 2025 kl. 15.00-17.00 i Mødelokale 2."),
        para("Til stede var: Eva Dam (A), formand, Karl Bo (V), næstformand, Lis Holm (O) og "
             "Per Vang (C); Fraværende: Ane Lund (F)."),
        para("Sag 1 – Godkendelse af dagsorden", "Heading1"), para("Sagsnr.: 25/101"),
        para("Beslutning: |Godkendt.", bold=False),
        para("Sag 2 – Tilskud til enkeltperson", "Heading1"), para("Sagsnr.: 25/102"),
        para("Lukket punkt.", bold=True), para("Beslutning: |Indstillingen blev godkendt."),
        para("Sag 3 – Orientering", "Heading1"), para("Sagsnr.: 25/103"),
        para("Beslutning: |Taget til efterretning.")],
        styles={"Heading1": "heading 1"})


BUILDERS = (("02_sidebar.pdf", _sidebar), ("04_saetning.docx", _saetning))

if __name__ == "__main__":
    write_fixtures(HERE, BUILDERS, sys.argv[1:])
