"""Builds the invented binary fixture of layout round 44 (a): `python
tests/unit/gen_formats44a.py` writes fixtures/formats44a/01_beslutningsprotokol.xlsx — an
Ældreråd's decision protocol kept in Excel: the facts a label and its value a row (the
date a serial shown "d. mmmm yyyy", the start a day's fraction shown "h:mm", the place an
inline string), a row left out, the items' table ("Nr. | Sag | Sagsnummer | Lukket punkt
| Beslutning | For | Imod | Undlod", the closed flag a yes/no cell, a title in two rich
text runs, a decision with its vote lines inside the cell, a vote by counts), a sheet of
who attended ("Navn | Parti | Rolle | Til stede", an X for each there) and a hidden
sheet listing every member for the form's drop-down."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))  # (the repository, for the package)
from tests.unit.xlsx_files import xlsx  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats44a"
SEPTEMBER_18_2024 = 45553  # Excel's serial day


def decision_protocol() -> bytes:
    """The workbook: sheets "Protokol", "Fremmøde" and the hidden "Medlemsliste"."""
    protocol = [
        ["Hedeby Kommune"],
        ["Beslutningsprotokol"],
        ["Udvalg", "Ældrerådet"],
        ["Dato", ("longdate", SEPTEMBER_18_2024)],
        ["Mødestart", ("clock", 0.5625)],
        ["Sted", ("inline", "Hedeby Rådhus, mødelokale 4")],
        None,
        ["Nr.", "Sag", "Sagsnummer", "Lukket punkt", "Beslutning", "For", "Imod", "Undlod"],
        [1, "Godkendelse af dagsorden", None, False, "Godkendt."],
        [2, ("rich", ["Høring om ", "ældrepolitik 2025-2028"]), "24/11873", False,
         "Ældrerådet anbefaler politikken med den ændring, at besøgsvenner nævnes i afsnit 3."
         "\nFor: Bent Mose, Inga Holt og Karen Vad\nImod: Poul Skov"],
        [3, "Budgetopfølgning for ældreområdet", "24/12002", False,
         "Anbefales over for Social- og Sundhedsudvalget._x000D_\nLise Dahl deltog ikke.", 4, 1],
        [4, "Klage over visitation til plejebolig", None, True,
         "Klagen blev oversendt til forvaltningen."],
        [5, "Eventuelt", None, False, "Inga Holt orienterede om seniorfestivalen den 2. oktober."],
    ]
    attendance = [
        ["Navn", "Parti", "Rolle", "Til stede"],
        ["Bent Mose", None, "Formand", "X"],
        ["Inga Holt", None, "Næstformand", "X"],
        ["Karen Vad", None, None, "X"],
        ["Poul Skov", None, None, "X"],
        ["Lise Dahl", None, None, None],
        ["Jens Krogh", "Venstre", "Byrådets repræsentant", "X"],
    ]
    members = [["Navn", "Rolle"], ["Bent Mose", "Formand"], ["Ole Gammel", "Medlem"]]
    return xlsx([("Protokol", protocol), ("Fremmøde", attendance), ("Medlemsliste", members)],
                hidden=("Medlemsliste",))


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "01_beslutningsprotokol.xlsx").write_bytes(decision_protocol())
