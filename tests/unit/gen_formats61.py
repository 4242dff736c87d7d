"""Builds the invented binary fixtures of layout round 61 (fpdf2: `pdf_files`): `python
tests/unit/gen_formats61.py [NAME …]` writes fixtures/formats61/ (its HTML fixtures are
written by hand and committed as they are)

* 03_eg_margin.pdf — an EG referat whose section labels stand in a narrow left column,
  the dated decision's label wrapped over three lines ("Beslutning i Kultur- og" /
  "Fritidsudvalget den" / "05.03.2024"), an earlier one among them, and a vote side
  with its count and a remark after a dash;
* 04_edoc_historik.pdf — a KMD eDoc referat whose item opens with a "Historik" section
  above its Sagsfremstilling, the earlier decision one line "Body, date, pkt. N: text".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdf_files import pieces_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats61"


def _eg_margin() -> bytes:
    head = ["Lunde Kommune", "Referat", "Kultur- og Fritidsudvalget", "Dato: 05.03.2024",
            "Tid: 16:00 - 18:00", "Sted: Mødelokale 2, Rådhuset",
            "Medlemmer: Eva Dam (A), formand, Karl Bo (V), Lis Holm (C)", "Fraværende: -"]
    pieces = [(20, k, line) for k, line in enumerate(head)]
    row = len(head) + 1

    def label(lines: list[str], text: list[str]) -> None:
        nonlocal row
        pieces.extend((20, row + k, line) for k, line in enumerate(lines))
        pieces.extend((62, row + k, line) for k, line in enumerate(text))
        row += max(len(lines), len(text))

    def decision(day: str, text: list[str]) -> None:
        label(["Beslutning i Kultur- og", "Fritidsudvalget den", day], [])
        label([], text)

    def title(text: str, case: str) -> None:
        nonlocal row
        pieces.extend([(20, row, text), (150, row, case)])
        row += 1

    title("Pkt. 12   Godkendelse af dagsorden", "Sagsnr.: 24/101")
    decision("05.03.2024", ["Godkendt."])
    title("Pkt. 13   Tilskud til spillesteder", "Sagsnr.: 24/877")
    label(["Sagsfremstilling"], ["Der er søgt om tilskud fra puljen."])
    decision("06.02.2024", ["Sagen blev udsat."])
    decision("05.03.2024", ["Godkendt.", "For stemte: A og C (2)",
                            "Imod stemte: V (2) – formandens stemme var afgørende."])
    return pieces_pdf([pieces])


def _edoc_history() -> bytes:
    lines = ["LUNDE KOMMUNE", "REFERAT", "Kulturudvalget", "Mødedato: Tirsdag den 5. marts 2024",
             "Mødetid: Kl. 14:00 - 16:00", "Mødested: Mødelokale 2, Rådhuset",
             "Medlemmer: Eva Dam (A), formand, Karl Bo (V)", "",
             "41. Tilskud til spillesteder",
             "Sag nr.: 24/877 Dok. nr.: 24/877-12 Sagsbehandler: IHO", "Historik",
             "Kulturudvalget, 06.02.2024, pkt. 30: Sagen blev udsat.", "Sagsfremstilling",
             "Der er søgt om tilskud fra puljen.", "Indstilling",
             "Direktøren indstiller, at tilskuddet gives.", "Beslutning", "Godkendt."]
    return pieces_pdf([[(20, k, line) for k, line in enumerate(lines) if line]])


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"03_eg_margin.pdf": _eg_margin, "04_edoc_historik.pdf": _edoc_history}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
