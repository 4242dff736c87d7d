"""Builds the invented PDF fixtures of layout round 64 (fpdf2): `python
tests/unit/gen_formats64.py [NAME …]` writes fixtures/formats64/ (its HTML, XML and text
fixtures are written by hand and committed as they are)

* 01_celle.pdf — a decision printed in a narrow table cell, a vote's names broken where
  the cell's lines wrap ("… Byrådet. Ole" / "Bak Holm (C) kunne ikke tiltræde");
* 02_sidefod.pdf — a referat whose committee is named only in the running page footer
  ("Lunde Kommune · Teknikudvalget · Referat · 04.03.2025 Side 1 af 2"), the members' list
  going on a line a member ("Eva Dam (A), næstformand"), and an earlier decision headed
  "Tidligere beslutning (03.12.2024)";
* 03_bestyrelse.pdf — a school board's minutes, "Referat af bestyrelsesmøde" over
  "Skolebestyrelsen ved Lunde Skole" under the school's letterhead, items 1.1 … 2.1 under
  numbered group headings ("2. Lukket punkt") and closing lines after the last item.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats63 import _pages_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats64"


def _celle() -> bytes:
    return _pages_pdf([[
        "Lunde Kommune", "Referat", "Teknikudvalget", "Mødetidspunkt",
        "Tirsdag den 4. marts 2025 kl. 09:00", "Mødested", "Rådhuset, mødelokale 1",
        "Medlemmer", "Eva Dam (A), formand", "Karl Bo (V)", "Ole Bak Holm (C)", "Lis Ravn (O)",
        "Pkt.", "Sag", "Beslutning", "1", "Godkendelse af dagsorden", "Sagsnr.: 2025-000214",
        "Godkendt.", "2", "Lokalplan for boliger ved Søvej", "Sagsnr.: 2024-019873",
        "Anbefales over for Byrådet. Ole", "Bak Holm (C) kunne ikke tiltræde",
        "indstillingen om boligerne.", "3", "Renovering af broen",
        "Sagsnr.: 2024-031122", "Indstillingen blev sat til afstemning. For stemte 3:",
        "Eva Dam (A), Karl Bo (V) og Ole Bak Holm", "(C). Imod stemte 1: Lis Ravn (O).",
        "Anbefales over for Byrådet."]])


def _sidefod() -> bytes:
    foot = "Lunde Kommune  ·  Teknikudvalget  ·  Referat  ·  04.03.2025 Side {} af 2"
    return _pages_pdf([[
        "LUNDE KOMMUNE", "REFERAT", "Mødedato: 04.03.2025", "Mødetid: 16:00 - 18:30",
        "Mødested: Rådhuset, mødelokale 2", "Deltagere: Bo Lund (V), formand",
        "Eva Dam (A), næstformand", "Karl Bo (V)", "Afbud: Lis Ravn (O)", "Indholdsfortegnelse",
        "1.  Godkendelse af dagsorden", "2.  Spildevandsplan, tillæg nr. 3", foot.format(1)], [
        "1. Godkendelse af dagsorden", "Sagsnr.: 25/2011", "Beslutning", "Godkendt.",
        "2. Spildevandsplan, tillæg nr. 3", "Sagsnr.: 24/18231", "Beslutning",
        "Tillægget sendes i høring.", "Sagsfremstilling", "Forsyningen har søgt om et tillæg.",
        "Tidligere beslutning (03.12.2024)",
        "Udvalget besluttede den 03.12.2024: Sagen udsættes.", "Indstilling",
        "Administrationen indstiller, at tillægget sendes i høring.", foot.format(2)]])


def _bestyrelse() -> bytes:
    return _pages_pdf([[
        "Lunde Skole  ·  Lunde Kommune", "Referat af bestyrelsesmøde",
        "Skolebestyrelsen ved Lunde Skole", "Dato: Tirsdag den 20. maj 2025, kl. 17.00-19.30",
        "Sted: Personalerummet, Lunde Skole",
        "Til stede: Eva Dam (formand), Karl Bo (næstformand), Ida Holm (elevrepræsentant)",
        "Fraværende: Ole Bak (forældrerepræsentant)", "1. Indledende punkter",
        "1.1  Godkendelse af dagsorden", "Beslutning: Dagsordenen blev godkendt.",
        "1.2  Orientering fra skoleleder", "Skolelederen orienterede om skolegården.",
        "Beslutning: Taget til efterretning.", "2. Lukket punkt",
        "2.1  Personalesag (lukket punkt)",
        "Punktet blev behandlet for lukkede døre. Medarbejder- og elevrepræsentanter forlod",
        "mødet under punktet.", "Beslutning: Drøftet.",
        "Næste møde: Tirsdag den 17. juni 2025 kl. 17.00.",
        "Referatet er godkendt af formanden Eva Dam."]])


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"01_celle.pdf": _celle, "02_sidefod.pdf": _sidefod,
             "03_bestyrelse.pdf": _bestyrelse}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
