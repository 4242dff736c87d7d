"""Builds the invented binary fixtures of layout round 60 (fpdf2: `pdf_files`): `python
tests/unit/gen_formats60.py [NAME …]` writes fixtures/formats60/ (its JSON and HTML
fixtures are written by hand and committed as they are)

* 06_fravaerende.pdf — a Byråd's referat whose "Fraværende:" label heads one name on the
  line below, ending with the list's full stop ("Ole Vang (O).");
* 03_acadre_dagsorden.pdf — an Acadre agenda under its letterhead ("Lunde Kommune"), its
  facts one cell a line ("Mødested:" / "Mødelokale 2, Rådhuset"), and a running header;
* 09_acadre_2009.pdf — an older Acadre referat whose running header repeats the committee
  on every page, the front page's too, its facts one cell a line ("Mødetidspunkt:" /
  "Kl. 13:00 - 16:00"), items "Sag nr. 7" over the title, a closed one "… - LUKKET SAG";
* 08_ocr.pdf — a scanned referat's OCR text: "l" read "1" inside words ("Mi1jøudva1g",
  "k1."), "ø" read "o" in a label ("Modested:"), and "Modet haevet k1. 16.2O" over the
  page's footer under the last decision;
* 07_navneopraab.docx — a Word referat whose decision holds a roll-call vote as bullets
  ("For stemte: …", "Imod stemte: …", "Undlod at stemme: …"), names with their parties.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from office_files import docx, para, table  # noqa: E402
from pdf_files import pieces_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats60"


def _rows(lines: list[str], x: float = 20, first: int = 0) -> list[tuple[float, int, str]]:
    return [(x, first + k, line) for k, line in enumerate(lines) if line]


def _absent_full_stop() -> bytes:
    lines = ["Lunde Kommune", "", "Referat", "Byrådet",
             "Mandag den 4. marts 2024 kl. 18:00 - 20:00",
             "Mødested: Byrådssalen, Lunde Rådhus", "Deltagere:",
             "Eva Dam (A), borgmester, Karl Bo (V), Lis Holm (C)", "Fraværende:",
             "Ole Vang (O).", "", "1. Meddelelser", "Sagsnr.: 24-000011   Åbent punkt",
             "Beslutning i Byrådet den 04-03-2024", "Taget til efterretning.", "",
             "2. Salg af grund", "Sagsnr.: 24-000012   Lukket punkt",
             "Beslutning i Byrådet den 04-03-2024", "Godkendt.", "", "Mødet hævet kl. 20:00."]
    return pieces_pdf([_rows(lines)])


def _paged(pages: list[list[str]], running: str) -> list[list[tuple[float, int, str]]]:
    """Each page's lines under the running header and its page number."""
    return [[(20, 0, running), (170, 0, f"Side {n}"), *_rows(lines, first=2)]
            for n, lines in enumerate(pages, 1)]


def _acadre_agenda() -> bytes:
    front = ["Lunde Kommune", "Dagsorden", "Kulturudvalget", "Mødedato:", "03-09-2024",
             "Mødetidspunkt:", "15:30", "Mødested:", "Mødelokale 2, Rådhuset", "Medlemmer:",
             "Eva Dam (O), formand", "Karl Bo (V)", "Afbud:", "Karl Bo (V)"]
    items = ["98. Godkendelse af dagsorden", "Åbent punkt", "Sagsnr.: 24-000310",
             "Indstilling", "Direktionen indstiller, at dagsordenen godkendes.",
             "99. Tilskud til foreninger", "Åbent punkt", "Sagsnr.: 24-000311", "Indstilling",
             "Direktionen indstiller, at tilskuddene gives."]
    return pieces_pdf(_paged([front, items], "Kulturudvalget - Dagsorden - 03.09.2024"))


def _acadre_2009() -> bytes:
    front = ["LUNDE KOMMUNE", "REFERAT", "Udvalget for Miljø", "Mødedato:",
             "Onsdag den 14. oktober 2009", "Mødetidspunkt:", "Kl. 13:00 - 16:00", "Mødested:",
             "Mødelokale 3, Rådhuset", "Medlemmer:", "Kaj Holm (A), formand, Eva Dam (V),",
             "Ole Vang (O)", "Fraværende:", "Ole Vang (O)"]
    items = ["Sag nr. 7", "Spildevandsplan 2009", "Sagsnr.: 07/2419",
             "Beslutning i Udvalget for Miljø den 14-10-2009", "Godkendt.", "Sag nr. 8",
             "Køb af areal ved stranden - LUKKET SAG", "Sagsnr.: 09/1517",
             "Beslutning i Udvalget for Miljø den 14-10-2009", "Godkendt."]
    return pieces_pdf(_paged([front, items], "Udvalget for Miljø, 14-10-2009"))


def _ocr() -> bytes:
    lines = ["LUNDE KOMMUNE", "REFERAT", "Mi1jøudva1g",
             "Modedato:  Tirsdag den 1O. marts 2O15, kl. 14.00", "Modested:  Lokale 1, Radhuset",
             "Deltagere: Kaj Ho1m (V), formand, Eva Dam (A)", "Fravaerende: Ole Vang (C)",
             "21. Vejbe1ysning - udskiftning", "Sagsnr.: 15/00341", "Beslutning:", "Godkendt.",
             "22. Ekspropriation   (Lukket punkt)", "Sagsnr.: 14/03115", "Beslutning:",
             "Godkendt.", "Modet haevet k1. 16.2O", "Side 1 af l"]
    return pieces_pdf([_rows(lines)])


def _roll_call() -> bytes:
    bullet = (1, 0)
    parts = [para("Referat", "Title"), para("Økonomiudvalget"),
             table([["Mødedato", "19.11.2024"], ["Mødetidspunkt", "16:30"],
                    ["Mødested", "Byrådssalen, Lunde Rådhus"],
                    ["Deltagere", "Eva Dam (A), Karl Bo (V), Ole Vang (Ø), Lis Holm (O)"]]),
             para("1. Salg af grunde", "Heading1"), para("Sagsnr.: 23/18802"),
             para("Beslutning", "Heading2"), para("Anbefales."),
             para("Afstemning ved navneopråb:"),
             para("For stemte: Eva Dam (A), Karl Bo (V)", num=bullet),
             para("Imod stemte: Ole Vang (Ø)", num=bullet),
             para("Undlod at stemme: Lis Holm (O)", num=bullet)]
    return docx(parts, {"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"},
                {1: "bullet"})


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"03_acadre_dagsorden.pdf": _acadre_agenda, "06_fravaerende.pdf": _absent_full_stop,
             "07_navneopraab.docx": _roll_call, "08_ocr.pdf": _ocr,
             "09_acadre_2009.pdf": _acadre_2009}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
