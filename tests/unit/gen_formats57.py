"""Builds the invented binary fixtures of layout round 57 (fpdf2 for the PDFs, the .docx in
code): `python tests/unit/gen_formats57.py` writes fixtures/formats57/ (its text and HTML
fixtures are written by hand and committed as they are)

* 09_margenkolonne.pdf — an Acadre-style referat: each label in a left margin column,
  its text on the right; each decision labelled by the body and the date, the body's name
  wrapped in the column ("Kultur- og" / "Fritidsudvalget," / "02-10-2025"), an earlier
  meeting's decision as history;
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
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


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "09_margenkolonne.pdf").write_bytes(_margin_column())


if __name__ == "__main__":
    main()
