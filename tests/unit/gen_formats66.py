"""Builds the invented PDF fixtures of layout round 66 (fpdf2): `python
tests/unit/gen_formats66.py [NAME …]` writes fixtures/formats66/ (its HTML fixture is
written by hand and committed as it is)

* 01_fremmoede.pdf — a letterhead (the municipality, the committee, a running line with
  the date, "Side 1") at the top of every page, a members' table "Medlem" / "Fremmødt
  (ja/nej)" printed a cell a line, a contents list on page 1 and the items from page 2;
* 02_sbsys.pdf — SBSYS-style "Sag 1: …" items with sections Resumé / Forvaltningens
  indstilling / Politisk behandling, a "Protokoltilførsel" under the decision and a
  "Deltagere: … Afbud: …" head;
* 03_beslutninger.pdf — a region's "Beslutninger" / "fra mødet i Regionsrådet" under its
  letterhead.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats63 import _pages_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats66"
_LETTERHEAD = ["Lunde Kommune", "Teknikudvalget", "Referat – Teknikudvalget – d. 5/3-2025"]


def _fremmoede() -> bytes:
    return _pages_pdf([[
        *_LETTERHEAD, "Side 1", "REFERAT", "Teknikudvalget", "Mødedato: d. 5/3-2025",
        "Mødetidspunkt: kl. 16.30 - 18.00", "Mødested: Mødelokale 4, Rådhuset",
        "Medlemmer", "Medlem", "Fremmødt (ja/nej)", "Eva Dam (A), formand", "ja",
        "Karl Bo (V)", "nej", "Lis Holm (C)", "ja", "Indholdsfortegnelse",
        "1. Godkendelse af dagsorden", "2. Vejplan 2025", "3. Lukket punkt: Salg af grund –",
        "valg af køber", "4. Eventuelt"], [
        *_LETTERHEAD, "Side 2", "1. Godkendelse af dagsorden", "Sagsnr.: 25/1001",
        "Beslutning", "Godkendt.", "2. Vejplan 2025", "Sagsnr.: 25/1002", "Sagsfremstilling",
        "Planen prioriterer tre projekter.", "Beslutning", "Godkendt.",
        "3. Lukket punkt: Salg af grund – valg af", "køber", "Sagsnr.: 25/1003", "Beslutning",
        "Godkendt."], [
        *_LETTERHEAD, "Side 3", "4. Eventuelt", "Sagsnr.: 25/1001", "Beslutning", "Intet."]])


def _sbsys() -> bytes:
    return _pages_pdf([[
        "Skoleudvalget 08-04-2025 – side 1", "Lunde Kommune", "Referat", "Skoleudvalget",
        "Mødedato:", "8. april 2025", "Mødetid:", "17:00 - 19:00", "Mødested:",
        "Rådhuset, mødelokale 1",
        "Deltagere: Eva Dam (A), formand, Karl Bo (V), Lis Holm (Ø), Per Lund (F)",
        "Afbud: Ida Vang (V)", "Sag 1: Meddelelser", "Sagsnummer: 00.01.00-A00-4-25", "Resumé",
        "Forvaltningen orienterer om sygefraværet.", "Forvaltningens indstilling",
        "Forvaltningen indstiller, at orienteringen tages til efterretning.",
        "Politisk behandling", "Orienteringen blev taget til efterretning.",
        "Sag 2: Skoledistrikter", "Sagsnummer: 17.02.00-P20-2-25", "Resumé",
        "Distrikterne foreslås ændret.", "Forvaltningens indstilling",
        "Forvaltningen indstiller, at forslaget sendes i høring.", "Politisk behandling",
        "For stemte 2 (A og V). Imod stemte 1 (Ø). 1 undlod at stemme (F). Indstillingen blev",
        "dermed godkendt.", "Lis Holm (Ø) kunne ikke tiltræde indstillingen.",
        "Protokoltilførsel", "Lis Holm (Ø) ønskede følgende ført til protokol: \"Distrikterne",
        "bør vente et år.\""]])


def _beslutninger() -> bytes:
    return _pages_pdf([[
        "REGION LUNDE", "Beslutninger", "fra mødet i Regionsrådet",
        "Tirsdag den 10. juni 2025, kl. 15.00 – 17.00", "Regionshuset, mødesal 2",
        "Fraværende: Karl Bo (V)", "1. Godkendelse af dagsorden", " Sagsnr. 25-000101",
        "Beslutning i Regionsrådet den 10. juni 2025", "Dagsordenen blev godkendt.",
        "2. Akutklinik i Vestby", " Sagsnr. 25-000202",
        "Beslutning i Regionsrådet den 10. juni 2025", "Indstillingen blev tiltrådt."]])


_BUILT = {"01_fremmoede.pdf": _fremmoede, "02_sbsys.pdf": _sbsys,
          "03_beslutninger.pdf": _beslutninger}


def main(names: list[str]) -> None:
    """Writes the fixtures named, or all (fpdf2 stamps each PDF with its time of making,
    so only the fixtures named change their committed bytes)."""
    HERE.mkdir(parents=True, exist_ok=True)
    for name in names or list(_BUILT):
        (HERE / name).write_bytes(_BUILT[name]())


if __name__ == "__main__":
    main(sys.argv[1:])
