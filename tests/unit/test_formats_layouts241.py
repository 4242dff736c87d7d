"""Round 241's layouts (round 241's blind files): grant and allocation committees
distributing pool money. An Excel "CSV UTF-8" export holding the whole meeting in one
sheet (head rows padded to the table's width, a participants' table, an items' table whose
item of applications has rows "4.1", "4.2" below it and a column "Inhabilitet / fravær /
afstemning"); a windows-1252 layout page whose members' table heads a column "Udpeget af /
repræsenterer" and leaves the party cell empty for the associations' members, its
applicants' table merging an applicant down over two rows; a Word document whose members'
table has group rows, a "Parti / lokalområde" column and the staff below "Fra
administrationen", whose history table has its title merged across above its head row,
and whose applicants' table merges an applicant down; a fixed-width text export whose
"Afbud: X. Suppleant Y (club) deltog." names the substitute and whose ASCII table goes on
after a page break. Every text is written by the tests (other towns, bodies, names and
words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para

# --- an Excel "CSV UTF-8" export: the whole meeting in one sheet ---------------------------

_PAD = ";" * 9  # (Excel pads every row to the sheet's width)


def _row(*cells: str) -> str:
    return ";".join(cells) + ";" * (10 - len(cells))


_CSV = "\r\n".join([
    "\ufeffTønder Kommune" + _PAD,
    "Ældrerådet" + _PAD,
    _row("Møde:", "Onsdag den 4. marts 2026 kl. 10.00-12.30"),
    _row("Sted:", "Mødelokale Vidå, Rådhuset, Wilhelmsgade 7, 6270 Tønder"),
    _PAD,
    "MEDLEMMER" + _PAD,
    _row("Navn", "Parti / organisation", "Funktion", "Fremmøde"),
    _row("Inga Friis", "Ældre Sagen Tønder (lokalafdeling)", "Formand", "Mødt"),
    _row("Poul Hald", "C - udpeget af Byrådet", "Næstformand", "Mødt"),
    _row("Bodil Skov", "Lokalrådet Højer", "Medlem", "Mødt - gik kl. 11.40 efter pkt. 3"),
    _row("Erik Vang", "F - udpeget af Byrådet", "Medlem", "Afbud"),
    _row("Fra sekretariatet:", '"Lone Ebbe, konsulent; Mia Rask, sekretær"'),
    _PAD,
    _row("Punkt", "Sagsnr.", "Overskrift", "Åben/lukket", "Sagsfremstilling", "Ansøger",
         "Ansøgt (kr.)", "Beslutning", "Inhabilitet / fravær / afstemning"),
    _row("1", "26/301", "Godkendelse af dagsorden", "Åben", "Dagsordenen forelægges.", "", "",
         "Godkendt."),
    _row("2", "26/302", "Aktivitetspuljen 2026 - fordeling", "Åben",
         "Der er modtaget tre ansøgninger.", "", "", "Fordelt som anført."),
    _row("2.1", "", "", "", "", "Højer Seniorklub", "12.000", "Imødekommet med 10.000 kr."),
    _row("2.2", "", "", "", "", "Tønder Stavgang", "8.000", "Imødekommet med 8.000 kr.",
         "Bodil Skov deltog ikke i behandlingen af ansøgning 2.2 pga. inhabilitet."),
    _row("2.3", "", "", "", "", "Rømø Sangkor", "5.000", "Afslået."),
    _row("3", "26/303", "Tilskud til seniorbus", "Åben", "Busforeningen søger 30.000 kr.",
         "Seniorbussen Tønder", "30.000", "Imødekommet med 20.000 kr.",
         '"For stemte 3 (Inga Friis, Bodil Skov og Poul Hald (C)).\nImod stemte 0."'),
    _row("4", "26/304", "Ansøgning fra enkeltperson", "Lukket", "", "", "", "Afslået.",
         "Fraværende: Bodil Skov."),
    _row("5", "26/301", "Eventuelt", "Åben", "", "", "", "Intet.", "Fraværende: Bodil Skov."),
    _PAD,
    _row("Restbeløb i puljen", "", "", "", "", "", "22.000"),
]) + "\r\n"


def test_csv_sheet_rows_numbered_under_an_item_are_its_applications(
        read_file: ReadFile) -> None:
    """Rows "2.1"–"2.3" below item 2 hold only the applications' cells: they are item 2's
    lines, its decision per application, and the items after them are read. Before: the
    sub-number ended the items' table and items 3–5 were lost."""
    (m,) = read_file("aeldreraadet.csv", _CSV.encode("utf-8"))
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert m.item(4).closed and m.item(3).title == "Tilskud til seniorbus"
    second = m.item(2).decision
    assert "2.1" in second and "Højer Seniorklub" in second and "Afslået." in second
    assert [a.split(" (")[0] for a in m.item(2).absentees] == ["Bodil Skov"]


def test_csv_sheet_head_rows_without_their_padding(read_file: ReadFile) -> None:
    """"Ældrerådet;;;;" is the body's name and "Sted:;…" (the label's colon in its own
    cell) the place. Before: "Ældrerådet;;;;;;;;;" was the committee and the place kept
    its semicolons."""
    (m,) = read_file("aeldreraadet.csv", _CSV.encode("utf-8"))
    assert (m.committee, m.date, m.start_time) == ("Ældrerådet", date(2026, 3, 4), "10:00")
    assert m.place == "Mødelokale Vidå, Rådhuset, Wilhelmsgade 7, 6270 Tønder"


def test_csv_sheet_participants_table_above_the_items(read_file: ReadFile) -> None:
    """"Navn;Parti / organisation;Funktion;Fremmøde" over a row a member: the members,
    the party from "C - udpeget af Byrådet", an organisation in brackets (not a party),
    "Afbud" absent, a departure in the attendance cell the member's part-time role, and
    "Fra sekretariatet:" no member. Before: the column heads and cells were people."""
    (m,) = read_file("aeldreraadet.csv", _CSV.encode("utf-8"))
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert set(people) == {"Inga Friis (Ældre Sagen Tønder, lokalafdeling)", "Poul Hald (C)",
                           "Bodil Skov (Lokalrådet Højer)", "Erik Vang (F)"}
    assert people["Erik Vang (F)"][0] == "afbud"
    assert people["Inga Friis (Ældre Sagen Tønder, lokalafdeling)"] == ("deltog", "formand")
    assert people["Bodil Skov (Lokalrådet Højer)"] == ("deltog", "gik kl. 11.40 efter pkt. 3")
    assert [a.split(" (")[0] for a in m.item(5).absentees] == ["Bodil Skov"]


def test_csv_sheet_column_of_votes_and_absences_is_the_decisions(read_file: ReadFile) -> None:
    """"Inhabilitet / fravær / afstemning" holds the vote and who was away: lines of the
    decision, the voters' own party brackets inside the count's ("… og Poul Hald (C))").
    Before: no vote, and the item's "Fraværende: …" no absence."""
    (m,) = read_file("aeldreraadet.csv", _CSV.encode("utf-8"))
    assert m.item(3).votes["for"] == ["Inga Friis", "Bodil Skov", "Poul Hald (C)"]
    assert [a.split(" (")[0] for a in m.item(4).absentees] == ["Bodil Skov"]
    assert "Ansøger" not in m.item(3).section("Sagsfremstilling")


def test_vote_count_with_a_voters_party_inside_its_brackets(read_file: ReadFile) -> None:
    """"Imod stemte 1 (Kaj Lund (V))": the voter with his party. Before: "Kaj Lund (V"."""
    text = "\n".join([
        "Sønderborg Kommune", "Idrætsrådet", "Referat", "Mødedato: 9. marts 2026",
        "Mødested: Mødelokale 2", "", "1. Tilskud til klubhus", "", "Beslutning",
        "Godkendt. For stemte 4 (Ida Holm, Eva Dal, Jon Bach og Mette Rask (A)). Imod stemte "
        "1 (Kaj Lund (V)).", ""])
    (m,) = read_file("idraetsraadet.txt", text)
    assert m.item(1).votes == {"for": ["Ida Holm", "Eva Dal", "Jon Bach", "Mette Rask (A)"],
                               "imod": ["Kaj Lund (V)"]}


# --- a windows-1252 layout page: associations' members, a merged applicant ----------------

_PAGE = ("<html><head><meta http-equiv='Content-Type' content='text/html; "
         "charset=windows-1252'><title>Folkeoplysningsudvalget - Referat</title></head><body>"
         "<table class='moedehoved'><tr><td>Udvalg:</td><td>Folkeoplysningsudvalget</td></tr>"
         "<tr><td>Mødedato:</td><td>10-03-2026</td></tr><tr><td>Mødetid:</td><td>16:30</td>"
         "</tr><tr><td>Mødested:</td><td>Byrådssalen, Rådhuset, Aabenraa</td></tr></table>"
         "<h2>Deltagere</h2><table><tr><th>Navn</th><th>Parti</th><th>Udpeget af / "
         "repræsenterer</th><th>Funktion</th><th>Fremmøde</th></tr>"
         "<tr><td>Karin Møst</td><td>V</td><td>Byrådet</td><td>Formand</td><td>Mødt</td></tr>"
         "<tr><td>Jonas Tarp</td><td>&nbsp;</td><td>Spejderne</td><td>Medlem</td>"
         "<td>Mødt</td></tr><tr><td>Hans Ry</td><td>&nbsp;</td><td>Aftenskolerne</td>"
         "<td>Medlem</td><td>Afbud</td></tr></table>"
         "<table class='punkt'><tr><td><b>Punkt 1</b></td><td><b>Pulje til nye aktiviteter"
         "</b></td></tr><tr><td>Sagsnr.:</td><td>26/880&nbsp;&nbsp;Åben sag</td></tr>"
         "<tr><td><b>Sagsfremstilling</b></td><td><p>Oversigt:</p><table><tr><th>Nr.</th>"
         "<th>Ansøger</th><th>Formål</th><th>Ansøgt</th></tr><tr><td>1.1</td>"
         "<td rowspan='2'>Rødekro Roklub</td><td>Kajakkursus</td><td>9.000 kr.</td></tr>"
         "<tr><td>1.2</td><td>Ny bådebro</td><td>14.000 kr.</td></tr><tr><td>1.3</td>"
         "<td>Kliplev Kor</td><td>Korstævne</td><td>4.000 kr.</td></tr></table></td></tr>"
         "<tr><td><b>Beslutning</b></td><td><p>Godkendt.</p></td></tr></table>"
         "</body></html>")


def test_layout_page_members_table_with_a_two_headed_column(read_file: ReadFile) -> None:
    """The head "Udpeget af / repræsenterer" names whom a member represents, and an empty
    party cell is an association's member: every row a member. Before: no members' table,
    one garbled name was read."""
    (m,) = read_file("fou.html", _PAGE.encode("cp1252"))
    people = {p.name: p.status for p in m.participants}
    assert people == {"Karin Møst (V) (Byrådet)": "deltog", "Jonas Tarp (Spejderne)": "deltog",
                      "Hans Ry (Aftenskolerne)": "afbud"}


def test_data_table_cell_merged_down_stands_beside_each_row(read_file: ReadFile) -> None:
    """An applicant merged down over applications 1.1 and 1.2 (`rowspan`) is 1.2's too.
    Before: "1.2 Ny bådebro 14.000 kr.", the applicant lost."""
    (m,) = read_file("fou.html", _PAGE.encode("cp1252"))
    assert "1.2 Rødekro Roklub Ny bådebro" in m.item(1).section("Sagsfremstilling")


# --- a Word document: merged group rows, a merged title, a merged applicant -----------------

_W_CELL = "<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def _tc(text: str, span: int = 1, merge: str = "") -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>" if merge else "")
    return _W_CELL.format(props=props, body=para(text))


def _tbl(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


def _word() -> bytes:
    members = _tbl(
        [_tc("Navn"), _tc("Parti / lokalområde"), _tc("Rolle"), _tc("Fremmøde")],
        [_tc("Folkevalgte medlemmer", span=4)],
        [_tc("Lars Bæk"), _tc("V"), _tc("Formand"), _tc("Til stede")],
        [_tc("Rita Holm"), _tc("A"), _tc("Medlem"), _tc("Afbud")],
        [_tc("Lokalområdernes repræsentanter", span=4)],
        [_tc("Sven Krog"), _tc("Lokalområde Vest"), _tc("Næstformand"), _tc("Til stede")],
        [_tc("Tove Dahl"), _tc("Lokalområde Syd", merge="restart"), _tc("Medlem"),
         _tc("Afbud")],
        [_tc("Ib Sand"), _tc("", merge="continue"), _tc("Suppleant for Tove Dahl"),
         _tc("Til stede")],
        [_tc("Fra administrationen", span=4)],
        [_tc("Nina Brandt"), _tc(""), _tc("Planchef"), _tc("Til stede")])
    applicants = _tbl(
        [_tc("Nr."), _tc("Ansøger"), _tc("Formål"), _tc("Ansøgt")],
        [_tc("2.1"), _tc("Thyholm Borgerforening", merge="restart"), _tc("Legeplads"),
         _tc("40.000")],
        [_tc("2.2"), _tc("", merge="continue"), _tc("Shelter"), _tc("15.000")],
        [_tc("2.3"), _tc("Hvidbjerg Lokalråd"), _tc("Stier"), _tc("20.000")])
    history = _tbl(
        [_tc("Sagens tidligere behandling", span=3)],
        [_tc("Dato"), _tc("Udvalg"), _tc("Beslutning")],
        [_tc("14-10-2025"), _tc("Landdistriktsudvalget"), _tc("Udsat.")],
        [_tc("04-11-2025"), _tc("Økonomiudvalget"), _tc("Anbefales.")])
    return docx([
        para("STRUER KOMMUNE"), para("Referat"), para("Landdistriktsudvalget"),
        para("Dato: Tirsdag den 10. februar 2026 kl. 19.00"), para("Sted: Thyholm Hallen"),
        para("Deltagere"), members,
        para("Punkt 1: Godkendelse af dagsorden", "Heading1"), para("Beslutning", "Heading2"),
        para("Godkendt."),
        para("Punkt 2: Landsbypuljen 2026", "Heading1"), para("Sagsbeskrivelse", "Heading2"),
        para("Der er modtaget tre ansøgninger."), applicants, para("Beslutning", "Heading2"),
        para("Godkendt."),
        para("Punkt 3: Landdistriktsstrategi – endelig godkendelse", "Heading1"),
        para("Sagsbeskrivelse", "Heading2"), para("Strategien har været i høring."), history,
        para("Beslutning", "Heading2"), para("Anbefales over for Byrådet.")],
        styles={"Heading1": "heading 1", "Heading2": "heading 2"})


def test_word_members_table_with_group_rows_and_staff(read_file: ReadFile) -> None:
    """Group rows of one merged cell ("Folkevalgte medlemmer") between the members, a
    "Parti / lokalområde" column whose local areas are no parties, and the staff below
    "Fra administrationen": the members only, each area in brackets, the substitute with
    the area merged down to him. Before: the rows were read as labels and values, and a
    group row, a name and "Suppleant for …" were the participants."""
    (m,) = read_file("ldu.docx", _word())
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {
        "Lars Bæk (V)": ("deltog", "formand"), "Rita Holm (A)": ("afbud", "medlem"),
        "Sven Krog (Lokalområde Vest)": ("deltog", "næstformand"),
        "Tove Dahl (Lokalområde Syd)": ("afbud", "medlem"),
        "Ib Sand (Lokalområde Syd)": ("deltog", "suppleant for Tove Dahl")}


def test_word_history_table_under_its_merged_title_row(read_file: ReadFile) -> None:
    """"Sagens tidligere behandling" merged across the columns above "Dato | Udvalg |
    Beslutning": each row an earlier treatment. Before: no history, the rows text."""
    (m,) = read_file("ldu.docx", _word())
    assert [(h.committee, h.date, h.text) for h in m.item(3).history] == [
        ("Landdistriktsudvalget", date(2025, 10, 14), "Udsat."),
        ("Økonomiudvalget", date(2025, 11, 4), "Anbefales.")]
    assert m.item(3).decision == "Anbefales over for Byrådet."


def test_word_cell_merged_down_stands_beside_each_row(read_file: ReadFile) -> None:
    """An applicant merged down over 2.1 and 2.2 (`w:vMerge`) is 2.2's too. Before: the
    row read "2.2 | Shelter | 15.000"."""
    (m,) = read_file("ldu.docx", _word())
    assert "2.2 | Thyholm Borgerforening | Shelter | 15.000" in m.item(2).section(
        "Sagsfremstilling")


# --- a fixed-width text export with form feeds ---------------------------------------------

def _text_export() -> str:
    rule = "+-----+----------------+--------+"
    page1 = [
        "FAXE KOMMUNE", "", "REFERAT", "=======", "", "Idrætsrådet", "",
        "Mødedato:     Torsdag den 5. marts 2026", "Mødested:     Faxe Hallen", "",
        "Medlemmer:    Jens Brun, formand (Faxe Svømmeklub)",
        "              Anna Lind (Haslev Håndbold)", "              Ole Bro (Rønnede IF)", "",
        "Afbud:        Ole Bro. Suppleant Kim Sejr (Karise Tennis) deltog.", "",
        "-" * 40, "Pkt. 1   Talentpuljen 2026", "-" * 40, "", "Sagsfremstilling",
        "----------------", "Oversigt:", rule, "| Nr. | Ansøger        | Ansøgt |",
        rule.replace("-", "="), "| 1.1 | Faxe           | 10.000 |",
        "|     | Svømmeklub     |        |", "| 1.2 | Haslev         |  8.000 |",
        "|     | Håndbold       |        |", "",
        "Udskrevet 06.03.2026                                 Side 1 af 2"]
    page2 = [
        "Faxe Kommune - Idrætsrådet                     Referat 05.03.2026", "_" * 66, "",
        "| 1.3 | Rønnede IF     |  6.000 |", rule, "|     | I alt          | 24.000 |", rule,
        "", "Beslutning", "----------", "Godkendt.", "",
        "Udskrevet 06.03.2026                                 Side 2 af 2"]
    return "\r\n".join(page1) + "\r\n\f" + "\r\n".join(page2) + "\r\n"


def test_text_export_substitute_named_after_the_absent_member(read_file: ReadFile) -> None:
    """"Afbud: Ole Bro. Suppleant Kim Sejr (Karise Tennis) deltog.": the substitute came
    for Ole Bro. Before: only "stedfortræder"."""
    (m,) = read_file("idraetsraad.txt", _text_export())
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Ole Bro (Rønnede IF)"][0] == "afbud"
    assert people["Kim Sejr (Karise Tennis)"] == ("deltog", "stedfortræder for Ole Bro")


def test_text_export_ascii_table_goes_on_after_the_page_break(read_file: ReadFile) -> None:
    """The table's rows on the next page (no rule above them) are its rows, a cell's wrapped
    words joined, and "I alt" under a rule a row of its own. Before: the next page's rows
    were no table and the "I alt" row was glued into the row above."""
    (m,) = read_file("idraetsraad.txt", _text_export())
    text = m.item(1).section("Sagsfremstilling")
    assert "Faxe Svømmeklub" in text and "Rønnede IF" in text
    lines = text.split("\n")
    third = next(ln for ln in lines if "1.3" in ln)
    assert "Rønnede IF" in third and "I alt" not in third
    assert any(ln.startswith("I alt") or "| I alt" in ln for ln in lines)
    assert m.item(1).decision == "Godkendt."
