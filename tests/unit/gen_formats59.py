"""Builds the invented binary fixtures of layout round 59 (fpdf2, each table cell drawn as
reportlab's Table draws it: `pdf_files.cells_pdf`): `python tests/unit/gen_formats59.py
[NAME …]` writes fixtures/formats59/ (its .eml fixture is written by hand and committed
as it is)

* 01_indholdsfortegnelse.pdf — a FirstAgenda referat print: a cover page of facts one cell
  a line, a contents page whose rows print the number, the title and the page number
  each on a line of their own ("11." / "Godkendelse af dagsorden" / "2"), then one item a
  page, the first with an empty "Sagsnr.:" field;
* 02_protokoltabel.pdf — a "Beslutningsprotokol" whose agenda is one grid table "Nr. |
  Sag | Sagsnr. | Indstilling | Beslutning", its head one cell a line in plain text, a
  title wrapped in its cell ("Takster for affald" / "2019");
* 09_forsyning.pdf — a municipal utility's board minutes: facts justified in a label
  column (the values' words two spaces apart), "… og Eva Holm (medarbejdervalgt)", and
  the company's address in a footer on each page ("· 9800 Hjørring ·");
* 10_kommission.pdf — a commission's "Dagsorden og referat" with its labels in a left
  column ("J.nr.:", "Kommissionens" / "beslutning:"), an official with the title before
  the name among those present and one under "Desuden deltog:".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdf_files import cells_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats59"


def _rows(lines: list[str], x: float = 20, first: int = 0) -> list[tuple[float, int, str]]:
    return [(x, first + k, line) for k, line in enumerate(lines) if line]


def _contents() -> bytes:
    def page(n: int, lines: list[str]) -> list[tuple[float, int, str]]:
        return [*_rows(lines), (20, 48, "Miljøudvalget | 04-03-2020"), (150, 48, "Lunde Kommune"),
                (20, 49, f"Side {n} af 4")]

    cover = ["Lunde Kommune", "Referat", "Miljøudvalget", "Mødedato:", "04-03-2020",
             "Mødetidspunkt:", "16:00 - 18:00", "Mødested:", "Lokale 3, Lunde Rådhus",
             "Medlemmer:", "Kaj Holm (V), formand", "Ruth Berg (A)", "Lis Vang (F)",
             "Fraværende:", "Lis Vang (F)"]
    contents = [(20, 0, "Indholdsfortegnelse")]
    for k, (number, title, at) in enumerate([(11, "Godkendelse af dagsorden", 2),
                                             (12, "Spildevandsplan 2020-2024", 3),
                                             (13, "Lukket punkt: Køb af jord", 4)]):
        contents += [(20, 2 + k, f"{number}."), (30, 2 + k, title), (180, 2 + k, str(at))]
    return cells_pdf([
        page(1, cover),
        [*contents, (20, 49, "Side 1 af 4")],
        page(2, ["11. Godkendelse af dagsorden", "Sagsnr.:", "Sagsansvarlig: Bo Dam",
                 "Beslutning i Miljøudvalget den 04-03-2020", "Godkendt."]),
        page(3, ["12. Spildevandsplan 2020-2024", "Sagsnr.: 19/2210", "Sagsansvarlig: Bo Dam",
                 "Sagsfremstilling", "Planen har været i høring i otte uger.", "Indstilling",
                 "Forvaltningen indstiller, at planen anbefales.",
                 "Beslutning i Miljøudvalget den 04-03-2020", "Anbefales over for Byrådet.",
                 "Bilag", "1. Høringsnotat"]),
        page(4, ["13. Lukket punkt: Køb af jord", "Sagsnr.: 20/0417", "Sagsansvarlig: Ida Lund",
                 "Beslutning i Miljøudvalget den 04-03-2020", "Godkendt."])])


def _protocol_table() -> bytes:
    xs = (15, 25, 70, 90, 145)
    head = ["Beslutningsprotokol", "Teknikudvalget",
            "Mødedato: Mandag den 7. oktober 2019 kl. 15.00", "Mødested: Lokale 2, Lunde Rådhus",
            "Deltagere: Kaj Holm (V), formand, Ruth Berg (A) og Ole Vang (C)",
            "Afbud: Lis Dahl (F)"]
    cells = [(x, 7, name) for x, name in zip(xs, ["Nr.", "Sag", "Sagsnr.", "Indstilling",
                                                  "Beslutning"], strict=True)]
    rows = [(9, ["41"], ["Budget 2020"], ["19/0411"], ["Forvaltningen indstiller, at",
                                                       "budgettet vedtages."],
             ["Godkendt.", "For stemte: V, A.", "Imod stemte: C."]),
            (12, ["42"], ["Takster for affald", "2019"], ["19/0502"],
             ["Forvaltningen indstiller, at", "taksterne godkendes."], ["Godkendt."]),
            (15, ["43"], ["Eventuelt"], [], [], ["Intet."])]
    for top, *columns in rows:
        cells += [(x, top + k, line) for x, lines in zip(xs, columns, strict=True)
                  for k, line in enumerate(lines)]
    return cells_pdf([[*_rows(head, 15), *cells, (15, 19, "Mødet hævet kl. 16.10."),
                       (95, 49, "Side 1")]], size=8)


def _utility() -> bytes:
    footer = "Vestkyst Vand A/S · Havnevej 2 · 9800 Hjørring · CVR 12 34 56 78"
    first = ["Vestkyst Vand A/S", "Referat af bestyrelsesmøde nr. 2/2018",
             "Tid: Torsdag den 14. juni 2018 kl. 15.00-17.00",
             "Sted: Vestkyst  Vand,  Havnevej  2,  mødelokale  Fyret",
             "Deltagere: Kaj  Holm  (formand),  Ruth  Berg",
             "(næstformand),  Ole  Vang  og  Eva  Holm", "(medarbejdervalgt)", "Afbud: Lis Dahl",
             "1. Godkendelse af referat",
             "Beslutning: Godkendt.", "2. Regnskab 2017", "Resultatet er et overskud.",
             "Beslutning: Taget til efterretning."]
    second = ["3. Takster 2019", "Direktionen foreslår uændrede takster.", "Beslutning: Godkendt.",
              "4. Eventuelt", "Beslutning: Intet."]
    return cells_pdf([[*_rows(first), (20, 46, footer), (20, 47, "Side 1/2")],
                      [*_rows(second), (20, 46, footer), (20, 47, "Side 2/2")]])


def _commission() -> bytes:
    labels: list[tuple[str, list[str]]] = [
        ("Mødedato:", ["08.04.2019"]), ("Mødetid:", ["Kl. 14.00"]),
        ("Mødested:", ["Brandstationen, Lunde"]),
        ("Til stede:", ["Borgmester Kaj Holm (A), formand", "Ruth Berg (V)",
                        "Politidirektør Ole Vang, Vestegnens Politi"]),
        ("Afbud:", ["Lis Dahl (A)"]), ("Desuden deltog:", ["Beredskabschef Bo Dam"])]
    pieces, row = _rows(["Lunde Kommune – Beredskabskommissionen", "DAGSORDEN OG REFERAT",
                         "Beredskabskommissionen"]), 4
    for label, values in labels:
        pieces += [(20, row, label), *_rows(values, 60, row)]
        row += len(values)
    for number, title, case, proposal, decision in [
            (7, "Dimensionering 2019-2022", "19/0707", "Beredskabschefen indstiller, at planen "
             "godkendes.", "Godkendt."),
            (8, "Budgetopfølgning", "19/0808", "Beredskabschefen indstiller, at opfølgningen "
             "tages til efterretning.", "Taget til efterretning.")]:
        pieces += [(20, row, f"Punkt {number}. {title}"), (20, row + 1, "J.nr.:"),
                   (60, row + 1, case), (20, row + 2, "Indstilling:"), (60, row + 2, proposal),
                   (20, row + 3, "Kommissionens"), (20, row + 4, "beslutning:"),
                   (60, row + 3, decision)]
        row += 6
    return cells_pdf([pieces])


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"01_indholdsfortegnelse.pdf": _contents, "02_protokoltabel.pdf": _protocol_table,
             "09_forsyning.pdf": _utility, "10_kommission.pdf": _commission}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
