"""Builds the invented binary fixtures of layout round 62 (fpdf2: `pdf_files`): `python
tests/unit/gen_formats62.py [NAME …]` writes fixtures/formats62/ (its HTML and text
fixtures are written by hand and committed as they are)

* 01_prepare_kle.pdf — a Prepare referat whose case numbers are KLE numbers with a
  letter handling facet ("00.01.00-I00-2-24");
* 02_eg_facts.pdf — an EG referat whose items open with a label/value fact table read
  label over value, the decider's label wrapped at its hyphen ("Endelig beslutnings-" /
  "kompetence:"), a closed item's "Status:" / "Lukket" and its closed-doors sentence,
  and the attendance line "Fraværende: …" under every decision;
* 03_acadre_protokol.pdf — an Acadre referat whose "Protokol" counts a vote side with a
  member and her party letter inside the brackets ("1 imod (Karl Bo, V)").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdf_files import pieces_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats62"


def _lines_pdf(lines: list[str]) -> bytes:
    """One page, a line on each row from the left margin."""
    return pieces_pdf([[(20, k, line) for k, line in enumerate(lines) if line]])


def _prepare_kle() -> bytes:
    return _lines_pdf([
        "Lunde Kommune", "Referat", "Teknik- og Miljøudvalget", "Dato: 12.03.2024",
        "Tid: 15:00 - 17:00", "Sted: Mødelokale 2, Rådhuset",
        "Medlemmer: Eva Dam (A), formand, Karl Bo (V), Lis Holm (C)", "",
        "1. Godkendelse af dagsorden", "Sagsnr.: 00.01.00-A00-1-24", "Beslutning", "Godkendt.",
        "2. Meddelelser", "Sagsnr.: 00.01.00-I00-2-24", "Beslutning",
        "Taget til efterretning."])


def _eg_facts() -> bytes:
    def item(head: str, case: str, status: str, text: list[str], decision: str) -> list[str]:
        return [head, "Sagsnr.:", case, "Sagsansvarlig:", "Ida Holm", "Endelig beslutnings-",
                "kompetence:", "Kulturudvalget", "Status:", status, *text,
                "Beslutning i Kulturudvalget den 05.03.2024", decision,
                "Fraværende: Lis Holm (C)"]

    return _lines_pdf([
        "Lunde Kommune   Kulturudvalget   Referat   05.03.2024", "Referat",
        "Udvalg:", "Kulturudvalget", "Mødedato:", "Tirsdag den 05.03.2024", "Mødetidspunkt:",
        "Kl. 16:00", "Mødested:", "Mødelokale 2, Rådhuset", "Medlemmer:",
        "Eva Dam (A) (formand), Karl Bo (V), Lis Holm (C)", "Fraværende:", "Lis Holm (C)", "",
        *item("1. Tilskud til spillesteder", "24/877", "Åben",
              ["Sagsfremstilling", "Der er søgt om tilskud fra puljen."], "Godkendt."),
        *item("2. Salg af byggegrund", "24/912", "Lukket",
              ["Punktet behandles for lukkede døre."], "Godkendt.")])


def _acadre_protokol() -> bytes:
    return _lines_pdf([
        "Lunde Kommune", "Referat", "Social- og Sundhedsudvalget",
        "Tirsdag den 18. juni 2024", "Kl. 16.00 - 18.00", "Sted: Mødelokale 2, Rådhuset",
        "Deltagere: Eva Dam (A), Karl Bo (V), Lis Holm (C), Ole Bak (A)", "",
        "Sag nr. 41 Godkendelse af dagsorden", "Sagsnr.: 24/101", "Protokol", "Godkendt.",
        "Sag nr. 42 Kvalitetsstandard for praktisk hjælp", "Sagsnr.: 24/877", "Sagsfremstilling",
        "Standarden er revideret.", "Protokol",
        "Godkendt med 3 stemmer for (A, C) og 1 imod (Karl Bo, V)."])


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"01_prepare_kle.pdf": _prepare_kle, "02_eg_facts.pdf": _eg_facts,
             "03_acadre_protokol.pdf": _acadre_protokol}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
