"""Builds the invented binary fixtures of layout round 58 (fpdf2 for the PDFs, the .docx in
code): `python tests/unit/gen_formats58.py [NAME …]` writes fixtures/formats58/ (its text,
HTML, JSON and XML fixtures are written by hand and committed as they are)

* 02_tospaltet.pdf — a two-column referat: a head block over the page's width, then two
  narrow columns; "Til stede:" a paragraph of names wrapped after a name's first names
  ("…, Anne Marie" / "Holm, Ib Sand og Eva Lund.");
* 03_punktsider.pdf — a referat printed one item a page, each page under a header table
  read as "Lunde Kommune Miljøudvalget" / "Mødedato: 12.03.2019 Punkt: 7" / "Sagsnr.: …
  Status: Åbent punkt", the title below it without a number; item 8 runs onto a second
  page under the same table, item 9 is closed ("Status: Lukket punkt");
* 06_afkrydsning.docx — a Word agenda template: each item's fact table with a "Status" row
  of two check box content controls ("☒ Åbent punkt ☐ Lukket punkt"), item 2's ticked
  "Lukket punkt".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from office_files import W, docx, para, table  # noqa: E402
from pdf_files import pieces_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats58"


def _pages(pages: list[list[str]]) -> bytes:
    return pieces_pdf([[(20, k, line) for k, line in enumerate([*page, f"Side {n}"]) if line]
                       for n, page in enumerate(pages, 1)])


_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _box(checked: bool, label: str) -> str:
    """A check box content control and its label, as Word's template writes them."""
    return (f'<w:sdt><w:sdtPr><w14:checkbox xmlns:w14="{_W14}"><w14:checked w14:val='
            f'"{int(checked)}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>'
            f'{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>'
            f'<w:r><w:t xml:space="preserve"> {label}   </w:t></w:r>')


def _status_row(closed: bool) -> str:
    boxes = _box(not closed, "Åbent punkt") + _box(closed, "Lukket punkt")
    return (f'<w:tbl xmlns:w="{W}"><w:tr><w:tc>{para("Sagsnr.")}</w:tc><w:tc>'
            f'{para("25/0" + ("77" if closed else "12"))}</w:tc></w:tr><w:tr><w:tc>'
            f'{para("Status")}</w:tc><w:tc><w:p>{boxes}</w:p></w:tc></w:tr></w:tbl>')


def _check_boxes() -> bytes:
    return docx([
        para("Lunde Kommune"), para("Dagsorden", "Title"),
        table([["Udvalg", "Teknikudvalget"], ["Mødedato", "3. februar 2026"],
               ["Mødetidspunkt", "Kl. 16.00"], ["Mødested", "Lokale 5, Lunde Rådhus"]]),
        para("1. Vejplan 2026", "Heading1"), _status_row(False),
        para("Sagsfremstilling", bold=True), para("Planen prioriterer 12 veje."),
        para("2. Erstatningskrav", "Heading1"), _status_row(True),
        para("Sagen behandles for lukkede døre.")],
        styles={"Title": "Title", "Heading1": "heading 1"})


def _two_columns() -> bytes:
    head = ["Lunde Kommune", "Handicaprådet", "Referat", "Mødedato: 2. oktober 2014",
            "Mødetidspunkt: kl. 13.00-15.00", "Mødested: Lokale 1, Lunde Rådhus"]
    left = ["Til stede:", "Kaj Dam (formand), Rita Bak", "(næstformand), Ole Vang, Anne Marie",
            "Holm, Ib Sand og Eva Lund.", "Afbud:", "Per Moos.", "1. Godkendelse af dagsorden",
            "Beslutning:", "Godkendt."]
    right = ["2. Høring over handicappolitik", "Sagsfremstilling:",
             "Politikken er sendt i høring.", "Beslutning:", "Rådet afgav høringssvar."]
    return pieces_pdf([[(20, k, line) for k, line in enumerate(head)]
                       + [(20, 8 + k, line) for k, line in enumerate(left)]
                       + [(110, 8 + k, line) for k, line in enumerate(right)]])


def _item_pages() -> bytes:
    def top(number: int, case: str, status: str = "Åbent punkt") -> list[str]:
        return ["Lunde Kommune Miljøudvalget", f"Mødedato: 12.03.2019 Punkt: {number}",
                f"Sagsnr.: {case} Status: {status}"]

    front = ["Referat", "Miljøudvalget", "Mødedato: Tirsdag den 12. marts 2019 kl. 15.00",
             "Mødested: Lokale 2, Lunde Rådhus", "Deltagere:", "Kaj Holm (V), formand",
             "Ruth Berg (A)", "Fraværende:", "Lis Vang (F)", "Punktoversigt",
             "7 Godkendelse af dagsorden", "8 Spildevandsplan 2019-2023 - endelig vedtagelse",
             "9 Erstatningssag (Lukket)"]
    return _pages([
        front,
        [*top(7, "19/0101"), "Godkendelse af dagsorden", "Beslutning", "Godkendt."],
        [*top(8, "18/2210"), "Spildevandsplan 2019-2023 - endelig", "vedtagelse",
         "Sagsfremstilling", "Planen har været i høring i otte uger.", "Indstilling",
         "Forvaltningen indstiller, at planen vedtages."],
        [*top(8, "18/2210"), "Beslutning", "Anbefales over for Byrådet."],
        [*top(9, "19/0377", "Lukket punkt"), "Erstatningssag"]])


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"02_tospaltet.pdf": _two_columns, "03_punktsider.pdf": _item_pages,
             "06_afkrydsning.docx": _check_boxes}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
