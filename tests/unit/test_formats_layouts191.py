"""A hundred and ninety-first round of layouts (round 191's blind files): attendance
recorded in unusual places and forms. A PDF whose members stand only on the signature
page after the last item, one rule each, "Fraværende" beside one; a Word document naming
the members by their initials, resolved in a legend after the last item; a web page's
"Navn | Bemærkning" table of the members with substitutes' and remote members' remarks;
a plain text's substitute named in the apologies line, and a departure noted under its
"Bemærkning:" label after the item; a PDF's attendance grid with a column per item and
an X where the member took part. Every text is written by the tests (other towns, bodies
and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

from .conftest import ReadFile
from .office_files import docx, para, table
from .test_formats_layouts187 import _pdf


def _lines(lines: list[str], top: float = 20) -> list[tuple[float, float, str]]:
    return [(15, top + 5 * k, line) for k, line in enumerate(lines) if line]


_ITEMS = ["1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
          "2. Ny legeplads i Bøgely", "Sagsfremstilling", "Legepladsen er nedslidt.",
          "Beslutning", "Indstillingen godkendt."]


def test_a_signature_page_names_the_members_and_the_absent_one(tmp_path: Path) -> None:
    rows = _lines(["Havnø Kommune", "Referat", "Udvalg: Plan- og Byggeudvalget",
                   "Mødedato: Mandag den 4. marts 2024", "Medlemmer:",
                   "Se underskriftsbladet sidst i referatet",
                   *_ITEMS, "Underskrifter",
                   "Referatet er godkendt og underskrevet af udvalgets medlemmer:",
                   "Eva Holm (A), formand", "Ole Bak (V)", "Kim Dal (C)", "", "Bo Ny (F)"])
    # beside Kim Dal, a little lower, drawn with that row (a table's cells row by row)
    rows.insert(next(k for k, r in enumerate(rows) if r[2] == "Kim Dal (C)") + 1,
                (110, 20 + 5 * 18 + 1, "Fraværende"))
    (m,) = read_meetings(_pdf(tmp_path, [rows]))
    assert (m.committee, m.date, len(m.items)) == ("Plan- og Byggeudvalget", date(2024, 3, 4), 2)
    assert m.item(2).decision == "Indstillingen godkendt."
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Eva Holm (A)", "deltog", "formand"), ("Ole Bak (V)", "deltog", ""),
        ("Kim Dal (C)", "afbud", ""), ("Bo Ny (F)", "deltog", "")]


def test_initials_read_as_the_names_of_the_legend_after_the_last_item(
        read_file: ReadFile) -> None:
    raw = docx([para("Sølund Kommune"), para("REFERAT"), para("Miljøudvalget"),
                 para("Dato: Onsdag den 6. marts 2024"), para("Til stede: IH, OB, KD"),
                 para("Afbud: BN"), para("Punkt 1. Godkendelse af dagsorden"),
                 para("Beslutning"), para("Godkendt. For stemte: IH og OB. Imod stemte: KD."),
                 para("Punkt 2. Tilskud til naturpleje"), para("Beslutning"),
                 para("Bevilget. KD deltog ikke i behandlingen."), para("Punkt 3. Eventuelt"),
                 para("Beslutning"), para("Intet."), para("Navneliste / forkortelser"),
                 table([["Forkortelse", "Navn"], ["IH", "Ida Holm (A), formand"],
                        ["OB", "Ole Bak (V)"], ["KD", "Kim Dal (C)"], ["BN", "Bo Ny (F)"]])])
    (m,) = read_file("referat.docx", raw)
    assert (m.committee, m.date, len(m.items)) == ("Miljøudvalget", date(2024, 3, 6), 3)
    assert m.item(3).decision == "Intet."  # (the legend is no part of the last item)
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Holm (A)", "deltog", "formand"), ("Ole Bak (V)", "deltog", ""),
        ("Kim Dal (C)", "deltog", ""), ("Bo Ny (F)", "afbud", "")]
    assert m.item(1).votes == {"for": ["Ida Holm (A)", "Ole Bak (V)"], "imod": ["Kim Dal (C)"]}
    assert m.item(2).absentees == ["Kim Dal (C)"]


_REMARKS_PAGE = """<!DOCTYPE html><html lang="da"><head><title>Referat</title></head><body>
<header><div class="logo">Egsted Kommune</div></header><main><h1>Referat</h1>
<h2>Kultur- og Fritidsudvalget</h2>
<dl><dt>Mødedato</dt><dd>05.02.2024</dd><dt>Mødested</dt><dd>Rådhuset</dd></dl>
<h3>Deltagere</h3><table><tr><th>Navn</th><th>Bemærkning</th></tr>
<tr><td>Ida Holm (A), formand</td><td></td></tr>
<tr><td>Ole Bak (V)</td><td>Deltog via Teams</td></tr>
<tr><td>Kim Lyng (V)</td><td>Stedfortræder for Bo Ny (V)</td></tr>
<tr><td>Eva Dam (C)</td><td>Mødte for Per Sø (C)</td></tr></table>
<h3>Afbud</h3><p>Bo Ny (V) og Per Sø (C).</p>
<article><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p></article>
<article><h2>2. Biblioteksplan</h2><h3>Beslutning</h3><p>Anbefales.</p></article>
</main></body></html>"""


def test_a_members_table_with_a_remark_column_gives_substitutes_and_remote_members(
        read_file: ReadFile) -> None:
    (m,) = read_file("referat.html", _REMARKS_PAGE)
    assert (m.committee, m.date, len(m.items)) == ("Kultur- og Fritidsudvalget",
                                                  date(2024, 2, 5), 2)
    assert m.item(2).decision == "Anbefales."
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Holm (A)", "deltog", "formand"), ("Ole Bak (V)", "deltog", ""),
        ("Kim Lyng (V)", "deltog", "stedfortræder for Bo Ny (V)"),
        ("Eva Dam (C)", "deltog", "stedfortræder for Per Sø (C)"),
        ("Bo Ny (V)", "afbud", ""), ("Per Sø (C)", "afbud", "")]


_TYPED = """NORDØ KOMMUNE

REFERAT
Kommunalbestyrelsen

Møde torsdag den 13. juni 2024 kl. 19.00

Medlemmer:
  Ida Holm (A), borgmester
  Ole Bak (V)
  Kim Dal (C)
  Bo Ny (F)

Afbud: Kim Dal (C). 1. stedfortræder Eva Lund (C) var indkaldt og deltog.

------------------------------------------------------------------------
Sag nr. 21  Godkendelse af dagsorden
------------------------------------------------------------------------

Beslutning:
Godkendt.

------------------------------------------------------------------------
Sag nr. 22  Havneplan
------------------------------------------------------------------------

Beslutning:
Godkendt.

Bemærkning:
Bo Ny (F) forlod mødet kl. 20.10 efter behandlingen af dette punkt.

------------------------------------------------------------------------
Sag nr. 23  Salg af grund
------------------------------------------------------------------------

Beslutning:
Godkendt.
"""


def test_a_substitute_in_the_apologies_line_and_a_departure_after_the_item(
        read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _TYPED)
    assert (m.committee, m.date, len(m.items)) == ("Kommunalbestyrelsen", date(2024, 6, 13), 3)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Kim Dal (C)"] == ("afbud", "")
    assert people["Eva Lund (C)"][0] == "deltog"
    assert not any("stedfortræder" in name for name in people)
    assert [i.absentees for i in m.items] == [[], [], ["Bo Ny (F)"]]


def test_an_attendance_grid_with_an_x_per_item_gives_each_items_absentees(
        tmp_path: Path) -> None:
    head = ["Egsted Kommune", "Referat", "Social- og Sundhedsudvalget",
            "Dato Onsdag den 6. november 2024", "Fremmøde pr. punkt"]
    grid = [(15, 50, "Medlem"), (80, 50, "1"), (90, 50, "2"), (100, 50, "3"),
            (110, 50, "Bemærkning")]
    members = [("Ida Holm (A), formand", "XXX", ""), ("Ole Bak (V)", " XX", "Ankom kl. 14:40"),
               ("Kim Dal (C)", "XX ", "Forlod mødet kl. 15:50"), ("Bo Ny (F)", "   ", "Afbud")]
    for k, (name, marks, remark) in enumerate(members, start=1):
        y = 50 + 5 * k
        grid += [(15, y, name), *((80 + 10 * n, y, "X") for n, m in enumerate(marks) if m == "X")]
        grid += [(110, y, remark)] if remark else []
    items = _lines(["X = deltog i behandlingen af punktet.", "1. Godkendelse af dagsorden",
                    "Beslutning", "Godkendt.", "2. Budget", "Beslutning", "Godkendt.",
                    "3. Eventuelt", "Beslutning", "Intet."], top=80)
    (m,) = read_meetings(_pdf(tmp_path, [[*_lines(head), *grid, *items]]))
    assert (m.committee, m.date, len(m.items)) == ("Social- og Sundhedsudvalget",
                                                  date(2024, 11, 6), 3)
    assert m.item(3).decision == "Intet."
    assert [(p.name, p.status) for p in m.participants] == [
        ("Ida Holm (A)", "deltog"), ("Ole Bak (V)", "deltog"), ("Kim Dal (C)", "deltog"),
        ("Bo Ny (F)", "afbud")]
    assert [[a for a in i.absentees if a != "Bo Ny (F)"] for i in m.items] == [
        ["Ole Bak (V)"], [], ["Kim Dal (C)"]]
