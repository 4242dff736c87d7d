"""Builds the invented binary fixtures of layout round 57 (fpdf2 for the PDFs, the .docx in
code): `python tests/unit/gen_formats57.py [NAME …]` writes fixtures/formats57/ (its text
and HTML fixtures are written by hand and committed as they are)

* 09_margenkolonne.pdf — an Acadre-style referat: each label in a left margin column,
  its text on the right; each decision labelled by the body and the date, the body's name
  wrapped in the column ("Kultur- og" / "Fritidsudvalget," / "02-10-2025"), an earlier
  meeting's decision as history;
* 03_administrationen.pdf — an SBSYS-style referat: bullet lists under "Deltagere:" and
  "Fraværende:", then the staff's line "Fra administrationen deltog: …" wrapped onto a
  second line;
* 08_brevhoved.pdf — a local council's minutes written in Word: the letterhead's name
  and below it a line of contact details ("… · www.… · …@…"), the title sentence with
  date, time and place, "Til stede:" wrapped before its last name ("og Eva Bak");
* 10_omraade.docx — an Ældreråd's referat in Word: the members in a table "Navn | Område
  | Fremmøde" (the area each member is elected in, the role in brackets after the name),
  a staff line below it, items as headings "Punkt N – Title".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from office_files import docx, para, table  # noqa: E402
from pdf_files import Piece, pieces_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats57"


def _margin_column() -> bytes:
    head = ["Lunde Kommune", "Referat", "Kultur- og Fritidsudvalget", "Mødedato: 02-10-2025",
            "Mødetid: 16:00", "Mødested: Mødelokale 3, Lunde Rådhus", ""]
    pieces: list[Piece] = [(20, k, line) for k, line in enumerate(head) if line]
    row = len(head)

    def labelled(label: list[str], text: list[str]) -> None:
        nonlocal row  # (the left cell drawn first, then the right one, as a table's cells)
        pieces.extend((20, row + k, part) for k, part in enumerate(label))
        pieces.extend((60, row + k, part) for k, part in enumerate(text) if part)
        row += max(len(label), len(text))

    body = ["Kultur- og", "Fritidsudvalget,"]
    pieces.append((20, row, "12. Godkendelse af dagsorden"))
    row += 1
    labelled(["Sagsnr.:"], ["25/1100"])
    labelled(["Sagsansvarlig:"], ["Kultur og Fritid"])
    labelled([*body, "02-10-2025"], ["Godkendt."])
    pieces.append((20, row, "13. Tilskud til spejderhytte"))
    row += 1
    labelled(["Sagsnr.:"], ["25/1412"])
    labelled(["Sagsansvarlig:"], ["Kultur og Fritid"])
    labelled(["Sagsfremstilling"], ["", "Spejderne søger om 80.000 kr. til et nyt tag."])
    labelled([*body, "04-09-2025"], ["Sagen udsættes til næste møde."])
    labelled([*body, "02-10-2025"], ["Ansøgningen imødekommes."])
    return pieces_pdf([pieces])


def _lines_pdf(lines: list[str]) -> bytes:
    return pieces_pdf([[(20, k, line) for k, line in enumerate(lines) if line]])


def _staff_line() -> bytes:
    return _lines_pdf([
        "Referat", "Folkeoplysningsudvalget", "Mødedato: 20.05.2025", "Mødetid: 17:00 - 19:00",
        "Mødested: Lunde Rådhus, mødelokale 1", "Deltagere:", "• Mads Holt (V), formand",
        "• Rita Dam (Lunde Idrætsråd)", "• Ib Lund (A)", "Fraværende:", "• Kim Hauge (Ø)",
        "Fra administrationen deltog: Kulturchef Tove Ravn og sekretær Lise",
        "Bruun (referent).", "", "1. Godkendelse af dagsorden", "Sagsnr.: 00.22.04-A00-1-25",
        "Beslutning", "Godkendt.", "2. Tilskud til aftenskoler", "Sagsnr.: 18.15.00-Ø40-2-25",
        "Beslutning", "Godkendt som indstillet."])


def _letterhead() -> bytes:
    return _lines_pdf([
        "Vestby Lokalråd", "Lokalråd i Lunde Kommune · www.vestby-lokalraad.dk · "
        "post@vestby-lokalraad.dk", "",
        "Referat af bestyrelsesmøde onsdag den 4. juni 2025 kl. 19.30 i Vestby Forsamlingshus",
        "Til stede: Anna Holm (formand), Bo Krog (kasserer), Jens Lind, Mia Sand",
        "og Eva Bak", "Afbud: Lars Dahl", "", "1. Godkendelse af referat",
        "Beslutning: Godkendt.", "2. Sommerfest", "Festen holdes den 21. juni.",
        "Beslutning: Mia og Eva står for festen."])


def _area_table() -> bytes:
    members = [["Navn", "Område", "Fremmøde"], ["Karen Bøgh (formand)", "Vestby", "Deltog"],
               ["Ole Sand", "Nørre Lunde", "Afbud"], ["Grete Holm", "Vestby", "Deltog"]]
    return docx([
        para("Lunde Kommune"), para("Referat", "Title"), para("Ældrerådet"),
        para("Mødedato: 14.03.2025"), para("Tid: 10:00 - 12:00"),
        para("Sted: Lunde Rådhus, mødelokale 4"), para("Deltagere", "Heading1"),
        table(members), para("Fra forvaltningen deltog: Ældrechef Bo Lind (referent)."),
        para("Punkt 1 – Godkendelse af dagsorden", "Heading2"), para("Beslutning:", bold=True),
        para("Godkendt."), para("Punkt 2 – Høring om madservice", "Heading2"),
        para("Kommunen har sendt kvalitetsstandarden i høring."), para("Beslutning:", bold=True),
        para("Rådet afgiver høringssvar.")],
        styles={"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"})


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"03_administrationen.pdf": _staff_line, "08_brevhoved.pdf": _letterhead,
             "09_margenkolonne.pdf": _margin_column, "10_omraade.docx": _area_table}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
