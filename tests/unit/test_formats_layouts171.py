"""A hundred and seventy-first round of layouts (round 171's blind files): minutes whose
key facts sit in tables. A PDF's text whose attendance is only a grid of members × items
("x" / "÷", a remark column); a web page's roll call, a member a row and an "X" in the
column of the side voted; a Word vote table of members with a remark column; a
workbook's decision register with a caption over its participants' table, a "Fraværende
/ inhabil" column and an earlier treatment noted in the case text; a PDF's tables one
cell a line, a head cell that names a section and a case-history table with a "Punkt"
column running over a page break. Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para, table
from .xlsx_files import xlsx


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def test_attendance_grid_of_members_and_items_gives_participants_and_absentees(
        read_file: ReadFile) -> None:
    text = "\n".join([
        "Viborg Kommune", "Referat", "Udvalg Byrådet", "Mødedato Onsdag den 5. marts 2025",
        "Mødetidspunkt 16:00 - 19:00", "Fremmøde pr. punkt", "x = til stede, ÷ = fraværende",
        "Navn Parti 1 2 3 4 Bemærkning",
        "Ulrik Wilbek V x x x x Borgmester",
        "Signe Munk A ÷ x x x Deltog fra pkt. 2",
        "Mogens Brag C ÷ ÷ ÷ ÷ Afbud",
        "Ole Kamp V x x ÷ ÷ Forlod mødet efter pkt. 2",
        "Lise Vang C x x x x Stedfortræder for Mogens Brag",
        "", "Punkt 1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "", "Punkt 2. Takster 2025", "Beslutning", "Godkendt.",
        "", "Punkt 3. Salg af grund", "Beslutning", "Godkendt.",
        "", "Punkt 4. Meddelelser", "Beslutning", "Taget til efterretning.", ""])
    (m,) = read_file("viborg_byraad_referat.txt", text)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert len(people) == 5
    assert people["Ulrik Wilbek (V)"] == ("deltog", "Borgmester")
    assert people["Mogens Brag (C)"][0] == "afbud"
    assert people["Lise Vang (C)"] == ("deltog", "Stedfortræder for Mogens Brag")
    assert [[a.split(" (")[0] for a in i.absentees] for i in m.items] == [
        ["Signe Munk"], [], ["Ole Kamp"], ["Ole Kamp"]]


_ROLL_CALL = """<html><body><main>
<h1>Byrådet - Referat</h1><p>Mødedato: Torsdag den 12. juni 2025, kl. 17:00</p>
<div class="punkt"><h2>41. Godkendelse af dagsorden</h2>
<div><h3>Beslutning</h3><p>Godkendt.</p></div></div>
<div class="punkt"><h2>42. Ny skole i Brande</h2>
<div><h3>Beslutning</h3><p>Godkendt ved navneafstemning med 2 stemmer for, 1 imod og 1, der
undlod at stemme.</p>
<table><caption>Navneafstemning</caption><thead><tr><th>Medlem</th><th>For</th><th>Imod</th>
<th>Undlod</th></tr></thead><tbody>
<tr><td>Hanne Dal (A)</td><td>X</td><td></td><td></td></tr>
<tr><td>Kim Ry (V) – stedfortræder for Ib Lind</td><td>X</td><td></td><td></td></tr>
<tr><td>Ulla Bro (O)</td><td></td><td>X</td><td></td></tr>
<tr><td>Jens Hav (C)</td><td></td><td></td><td>X</td></tr></tbody></table>
<p>Ulla Bro (O) forlod mødet kl. 19.10 efter behandlingen af dette punkt.</p></div></div>
<div class="punkt"><h2>43. Meddelelser</h2>
<div><h3>Beslutning</h3><p>Taget til efterretning.</p></div></div>
</main></body></html>"""


def test_roll_call_table_gives_each_members_vote(read_file: ReadFile) -> None:
    (m,) = read_file("ikast_brande_byraad.html", _ROLL_CALL)
    item = m.items[1]
    assert item.votes == {"for": ["Hanne Dal (A)", "Kim Ry (V)"], "imod": ["Ulla Bro (O)"],
                          "undlod": ["Jens Hav (C)"]}
    # (she left after this item: there for it, away from the next)
    assert item.absentees == []
    assert [a.split(" (")[0] for a in m.items[2].absentees] == ["Ulla Bro"]


def test_word_vote_table_of_members_with_a_remark_column(read_file: ReadFile) -> None:
    raw = docx([
        para("Syddjurs Kommune"), para("Referat"), para("Ældreudvalget"),
        para("Mødedato: Mandag den 3. februar 2025"),
        para("1. Madservice 2025", "Heading1"),
        para("Beslutning", bold=True),
        para("Indstillingen blev godkendt med 2 stemmer for og 1 imod."),
        table([["Medlem", "For", "Imod", "Undlod", "Bemærkning"],
               ["Pia Lund (V)", "X", "", "", ""], ["Ove Rask (A)", "", "X", "", ""],
               ["Eva Holt (F)", "X", "", "", ""], ["Bo Kjær (C)", "", "", "", "Afbud"]]),
        para("2. Eventuelt", "Heading1"), para("Beslutning", bold=True), para("Intet."),
    ], styles={"Heading1": "heading 1"})
    (m,) = read_file("syddjurs_aeldre.docx", raw)
    assert m.items[0].votes == {"for": ["Pia Lund (V)", "Eva Holt (F)"], "imod": ["Ove Rask (A)"]}
    assert _section(m.items[0], "Beslutning").startswith("Indstillingen blev godkendt")


def test_workbook_register_absence_column_caption_and_earlier_treatment(
        read_file: ReadFile) -> None:
    raw = xlsx([("Protokol", [
        ["Vejen Kommune"], ["Idrætsrådet"], None,
        ["Mødedato:", ("date", 45700)], ["Mødested:", "Mødelokale 2, Rådhuset"], None,
        ["Deltagere"],
        ["Navn", "Repræsenterer", "Funktion", "Fremmøde"],
        ["Karen Moos", "Byrådet (V)", "Formand", "Deltog"],
        ["Niels Bach", "Skytterne", "", "Deltog"],
        ["Dorthe Lyng", "Svømmeklubben", "", "Afbud"], None,
        ["Beslutninger"],
        ["Punkt", "Sagsnr.", "Overskrift", "Sagsfremstilling", "Beslutning",
         "Fraværende / inhabil"],
        ["1", "18.15.00-Ø40-1-25", "Tilskud til skydebane",
         "Skytterne søger 20.000 kr.", "Bevilget.", "Niels Bach (inhabil, formand i klubben)"],
        ["2", "18.15.20-Ø40-2-25", "Pulje til nye initiativer",
         "Tidligere behandlet: Idrætsrådet 10-12-2024, pkt. 4 – puljens kriterier blev "
         "godkendt.\nPuljen udgør 80.000 kr.", "Godkendt.", ""],
    ])])
    (m,) = read_file("IR beslutningsprotokol.xlsx", raw)
    assert [p.name.split(" (")[0] for p in m.participants] == [
        "Karen Moos", "Niels Bach", "Dorthe Lyng"]
    assert [a.split(" (")[0] for a in m.items[0].absentees] == ["Niels Bach"]
    (earlier,) = m.items[1].history
    assert (earlier.committee, earlier.date.isoformat(), earlier.punkt, earlier.text) == (
        "Idrætsrådet", "2024-12-10", 4, "puljens kriterier blev godkendt.")
    assert _section(m.items[1], "Sagsfremstilling").startswith("Puljen udgør 80.000 kr.")


def _page(lines: list[str], number: int) -> str:
    return "\n".join(["Odder Kommune", "Økonomiudvalget - Referat - 4. juni 2025",
                      f"Side {number} af 3", *lines]) + "\n\n\f\n"


def test_pdf_tables_one_cell_a_line_head_cell_and_history_with_item_numbers(
        read_file: ReadFile) -> None:
    text = "".join([
        _page(["Referat", "Økonomiudvalget", "Mødedato:", "Onsdag den 4. juni 2025",
               "1. Tillægsbevillinger", "Sagsnr.:", "00.30.10-Ø00-2-25",
               "Sagsfremstilling", "Ansøgningerne fremgår af tabellen.",
               " Nr.", "Udvalg", "Beskrivelse", " Drift (kr.)", " Anlæg (kr.)",
               "1", "Teknisk Udvalg", "Vintertjeneste", "400.000", "0",
               "I alt", "400.000", "0",
               "Sagsforløb", " Udvalg", "Dato", "Punkt", "Beslutning",
               "Teknisk Udvalg", "12.05.2025", "7",
               "Anbefales. Forvaltningen bedes vurdere", "behovet for næste sæson."], 1),
        _page(["Byrådet", "26.05.2025", "61", "Godkendt.",
               "Indstilling", "Direktionen indstiller, at bevillingen gives.",
               "Beslutning", "Anbefales."], 2),
        _page(["2. Meddelelser", "Sagsnr.:", "00.01.00-A00-3-25", "Beslutning",
               "Taget til efterretning."], 3),
    ])
    (m,) = read_file("odder_oekonomiudvalget_referat.txt", text)
    item = m.items[0]
    assert "Beskrivelse" not in [s.name for s in item.sections]
    assert "Vintertjeneste" in _section(item, "Sagsfremstilling")
    assert [(h.committee, h.date.isoformat(), h.punkt) for h in item.history] == [
        ("Teknisk Udvalg", "2025-05-12", 7), ("Byrådet", "2025-05-26", 61)]
    assert item.history[0].text.endswith("behovet for næste sæson.")
    assert _section(item, "Beslutning") == "Anbefales."
