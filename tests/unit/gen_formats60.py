"""Builds the invented binary fixtures of layout round 60 (fpdf2: `pdf_files`): `python
tests/unit/gen_formats60.py [NAME …]` writes fixtures/formats60/ (its JSON and HTML
fixtures are written by hand and committed as they are)

* 06_fravaerende.pdf — a Byråd's referat whose "Fraværende:" label heads one name on the
  line below, ending with the list's full stop ("Ole Vang (O).");
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
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


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"06_fravaerende.pdf": _absent_full_stop}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
