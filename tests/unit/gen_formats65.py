"""Builds the invented PDF fixtures of layout round 65 (fpdf2): `python
tests/unit/gen_formats65.py [NAME …]` writes fixtures/formats65/ (its HTML, XML and text
fixtures are written by hand and committed as they are)

* 01_protokol.pdf — a council's "Beslutningsprotokol": the members listed a party a line
  ("Venstre: Eva Dam (borgmester), Karl", "Bo"), a substitute "indkaldt for" the absent
  member, a contents table printed a cell a line ("1." / title / page), a party's
  members in brackets voting against, closed items printed as their titles only above
  the "Underskrifter" page;
* 02_udvalgsmoede.pdf — "Udvalgsmøde – Referat" as the title below a running header's
  date, the committee, the date, the time ("Kl. 17:00 – 19:30") and the place on lines
  of their own;
* 03_tillaeg.pdf — boxed item heads whose access row reads "Åbent/lukket: Lukket", and a
  "Tillægsdagsorden" with items 5a and 5b after item 4.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_formats63 import _pages_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats65"


def _protokol() -> bytes:
    return _pages_pdf([[
        "Lunde Kommune", "Beslutningsprotokol", "Byrådet", "Dato: Torsdag den 6. marts 2025",
        "Start kl.: 19:00", "Sted: Byrådssalen, Rådhuset", "Fraværende: Lis Ravn (F)",
        "Stedfortræder: Ole Vang (F) indkaldt for Lis Ravn (F)", "Medlemmer",
        "Venstre: Eva Dam (borgmester), Karl", "Bo",
        "Socialdemokratiet: Ida Holm (1. viceborgmester),",
        "Per Lund", "SF – Socialistisk Folkeparti: Lis Ravn", "Enhedslisten: Mia Sand, Jens Friis",
        "Indholdsfortegnelse", "1.", "Godkendelse af dagsorden", "2", "2.", "Takster for affald",
        "2", "3.", "Lukket punkt: Salg af grund", "2", "4.", "Lukket punkt: Personalesag", "2"], [
        "1. Godkendelse af dagsorden", "Sagsnr.: 00.22.00-A00-1-25",
        "Beslutning i Byrådet den 06-03-2025", "Dagsordenen blev godkendt.",
        "2. Takster for affald", "Sagsnr.: 07.00.00-S55-2-25", "Sagsfremstilling",
        "Der foreslås en ny takst for haveaffald.", "Beslutning i Byrådet den 06-03-2025",
        "Godkendt.", "Enhedslisten (Mia Sand og Jens Friis) kunne ikke tiltræde indstillingen.",
        "3. Lukket punkt: Salg af grund", "4. Lukket punkt: Personalesag", "Underskrifter",
        "Eva Dam, Karl Bo, Ida Holm, Per Lund, Ole Vang, Mia Sand, Jens Friis"]])


def _udvalgsmoede() -> bytes:
    return _pages_pdf([[
        "Lunde Kommune – Teknikudvalget", "Møde den 14-05-2025", "Udvalgsmøde – Referat",
        "Teknikudvalget", "Onsdag den 14. maj 2025", "Kl. 17:00 – 19:30",
        "Mødelokale 2, Rådhuset, Torvet 1", "Deltagere:", "Eva Dam (A), formand", "Karl Bo (V)",
        "Afbud:", "Lis Ravn (O)", "1. Godkendelse af dagsorden", "Sagsnr.: 00.01.00-A00-3-25",
        "Udvalgets beslutning: Godkendt.", "2. Vejplan 2025", "Sagsnr.: 05.13.00-P20-1-25",
        "Sagsfremstilling", "Planen prioriterer tre projekter.",
        "Udvalgets beslutning: Godkendt."]])


def _tillaeg() -> bytes:
    return _pages_pdf([[
        "Referat", "Økonomiudvalget", "Mødedato: 10. juni 2025", "Mødetidspunkt: 15:00 - 17:00",
        "Mødested: Mødelokale 3, Rådhuset", "Medlemmer", "Eva Dam (A), formand", "Karl Bo (V)",
        "Fraværende", "Karl Bo (V)", "4. Kommunegaranti til idrætscenter", "Sagsnr.: 25/3310",
        "Beslutningskompetence: KB", "Sagsbehandler: Pia Lund", "Åbent/lukket: Åben",
        "Sagsfremstilling", "Centret søger om garanti.", "Beslutning", "Anbefales.",
        "Tillægsdagsorden", "5a. Forlængelse af lejeaftale for jobcentrets lokaler,", "Torvet 4",
        "Sagsnr.: 25/4512", "Beslutningskompetence: ØU", "Sagsbehandler: Pia Lund",
        "Åbent/lukket: Åben", "Sagsfremstilling", "Lejeaftalen udløber.", "Beslutning",
        "Godkendt.", "5b. Høringssvar om udviklingsstrategi", "Sagsnr.: 25/4590",
        "Beslutningskompetence: ØU", "Sagsbehandler: Jonas Kirk", "Åbent/lukket: Åben",
        "Sagsfremstilling", "Regionen har sendt strategien i høring.", "Beslutning",
        "Godkendt med udvalgets bemærkninger.", "6. Køb af ejendom", "Sagsnr.: 25/4102",
        "Beslutningskompetence: KB", "Sagsbehandler: Pia Lund", "Åbent/lukket: Lukket",
        "Beslutning", "Anbefales."]])


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"01_protokol.pdf": _protokol, "02_udvalgsmoede.pdf": _udvalgsmoede,
             "03_tillaeg.pdf": _tillaeg}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
