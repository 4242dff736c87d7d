"""Round 223's layouts (round 223's blind files): minutes of less ordinary meetings. A
joint meeting of two committees whose members stand in a column per committee; a
council's 2nd reading of the budget with a members' table of remarks, a "Sagens forløb"
table of the other bodies' item numbers and a final vote after the amendments'; a theme
meeting's FirstAgenda page saying so only in its "Information"; an extraordinary Word
meeting opening with a site visit (two places by the hour, an attendance cell with a
sentence, a member who missed only the visit, the heading repeated in the agenda's
table); and a markdown council meeting suspended in an item and resumed the next day,
with a table of attendance per day. Every text is written by the tests (other towns,
bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para, table


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- a markdown council meeting suspended in item 2 and resumed the next day -----------

def _suspended(matrix: bool = False) -> str:
    days = ["", "### Fremmøde pr. mødedag", "",
            "| Navn | Parti | 06.03.2025 | 07.03.2025 |", "|:--|:--:|:--:|:--:|",
            "| Hanne Lykke, borgmester | A | ✓ | ✓ |", "| Ole Skriver | V | ✓ | ✓ |",
            "| Kaj Mose | C | ✓ | Afbud |", "| Rie Toft | F | Afbud | Afbud |",
            "| Ib Lund (stedfortræder for Rie Toft) | F | ✓ | ✓ |",
            "| Alma Vig (stedfortræder for Kaj Mose) | C | – | ✓ |"] if matrix else []
    return "\n".join([
        "# Kommunalbestyrelsen", "", "**Referat**", "", "| | |", "|---|---|",
        "| **Mødedato** | Torsdag den 6. marts 2025 |", "| **Mødetidspunkt** | Kl. 18.00 |",
        "| **Mødested** | Salen, Rådhuset, Torvet 2, 4800 Nykøbing F |",
        "| **Mødet suspenderet** | Torsdag den 6. marts 2025 kl. 23.45 |",
        "| **Mødet genoptaget** | Fredag den 7. marts 2025 kl. 15.00, Salen |", "",
        "## Deltagere", "", "- Afbud: Rie Toft (F). Stedfortræder Ib Lund (F) deltog.", *days,
        "", "* * *", "", "## 1. Godkendelse af dagsorden", "", "**Sagsnr.:** 00.01.00-A00-1-25",
        "", "### Beslutning i Kommunalbestyrelsen den 6. marts 2025", "", "Godkendt.", "",
        "* * *", "", "## 2. Ny daginstitution i Væggerløse", "", "**Sagsnr.:** 28.09.00-G01-3-24",
        "", "### Sagsfremstilling", "", "Der søges om en anlægsbevilling på 31 mio. kr.", "",
        "### Beslutning i Økonomiudvalget den 26. februar 2025", "", "Anbefales.", "", "---",
        "", "> **Mødet blev suspenderet torsdag den 6. marts 2025 kl. 23.45 og genoptaget "
        "fredag den 7. marts 2025 kl. 15.00.**", "", "---", "",
        "### Beslutning i Kommunalbestyrelsen den 7. marts 2025", "", "Godkendt.", "",
        "* * *", "", "## 3. Meddelelser", "", "**Sagsnr.:** 00.01.00-I00-1-25", "",
        "### Beslutning i Kommunalbestyrelsen den 7. marts 2025", "", "Til efterretning.", ""])


def test_decisions_dated_the_day_the_meeting_resumed_are_its_own(read_file: ReadFile) -> None:
    """"| **Mødet genoptaget** | Fredag den 7. marts 2025 … |" in the head's markdown table
    and the bold blockquote "Mødet blev suspenderet … og genoptaget fredag den 7. marts"
    inside item 2: one meeting of 6 March, and the decisions dated 7 March are its own
    (before: they were the case's earlier treatments, items 2–3 without a decision)."""
    (m,) = read_file("kb_060325.md", _suspended())
    assert m.date == date(2025, 3, 6)
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt.", "Til efterretning."]
    assert [(t.committee, t.date) for t in m.item(2).history] == [
        ("Økonomiudvalget", date(2025, 2, 26))]
    assert not m.item(3).history
    assert "suspenderet" not in m.item(2).decision


def test_attendance_table_with_a_column_per_day(read_file: ReadFile) -> None:
    """"| Navn | Parti | 06.03.2025 | 07.03.2025 |": every member with the role the name's
    cell gives; one there the first day only took part and is absent from the items of
    the next day (item 2's decision was taken then); a substitute called for the next
    day only missed nothing (before: only the apologies above the table were read)."""
    (m,) = read_file("kb_060325.md", _suspended(matrix=True))
    people = _people(m)
    assert people["Hanne Lykke (A)"] == ("deltog", "borgmester")
    assert people["Rie Toft (F)"][0] == "afbud"
    assert people["Kaj Mose (C)"] == ("deltog", "fraværende fra punkt 2")
    assert people["Alma Vig (C)"] == ("deltog", "stedfortræder for Kaj Mose")
    assert people["Ib Lund (F)"] == ("deltog", "stedfortræder for Rie Toft")
    assert "Kaj Mose (C)" not in m.item(1).absentees
    assert "Kaj Mose (C)" in m.item(2).absentees and "Kaj Mose (C)" in m.item(3).absentees
    assert not any("Alma Vig" in a for i in m.items for a in i.absentees)


# --- an extraordinary Word meeting opening with a site visit ----------------------------

_TITLE = "41. Carport på Strandvejen 9, Hou – dispensation fra lokalplan nr. 03-114"


def _site_visit() -> bytes:
    return docx([
        para("REFERAT", bold=True), para("Plan- og Miljøudvalget", bold=True),
        para("Ekstraordinært møde", bold=True),
        "<w:tbl><w:tr><w:tc>" + para("Mødedato") + "</w:tc><w:tc>"
        + para("Onsdag den 10. september 2025") + "</w:tc></w:tr><w:tr><w:tc>"
        + para("Mødested") + "</w:tc><w:tc>"
        + para("Kl. 16.00: Besigtigelse på Strandvejen 9, 8300 Hou")
        + para("Kl. 17.00: Mødelokale 2, Rådhuset, Torvet 1, 8300 Odder")
        + "</w:tc></w:tr></w:tbl>",
        para("Medlemmer", bold=True),
        table([["Navn", "Parti", "Fremmøde"], ["Lis Brandt", "V", "Formand – deltog"],
               ["Peter Kobbel", "A", "Deltog fra kl. 17.00 på rådhuset (deltog ikke i "
                "besigtigelsen)"], ["Signe Aa", "C", "Afbud"], ["Tom Frej", "Ø", "Deltog"]]),
        para("Dagsorden", bold=True), table([[_TITLE]]),
        table([[_TITLE], ["Sagsnr.: 01.02.15-P19-7-25     Åben sag"]]),
        para("Sagsfremstilling", bold=True),
        para("Ejeren har opført en carport uden tilladelse."),
        para("Beslutning i Plan- og Miljøudvalget den 10. september 2025", bold=True),
        para("Udvalget besigtigede ejendommen kl. 16.00. Peter Kobbel deltog ikke i "
             "besigtigelsen."), para("Dispensationen blev givet."),
        para("Fraværende: Signe Aa")])


def test_heading_repeated_in_the_agenda_keeps_its_plan_number(read_file: ReadFile) -> None:
    """The agenda's table repeats the one item's heading, which ends "lokalplan nr.
    03-114": the plan's number is the title's, the case number the Sagsnr. line's (before:
    the heading and its repetition were two headings "ending with a case number", so
    "03-114" became the case number and was cut off the title)."""
    doc = docx([para("Mødedato: 10. september 2025"), para("Plan- og Miljøudvalget"),
                table([["41. Dispensation fra lokalplan nr. 03-114"]]),
                table([["41. Dispensation fra lokalplan nr. 03-114"],
                       ["Sagsnr.: 01.02.15-P19-7-25"]]),
                para("Beslutning", bold=True), para("Godkendt.")])
    (m,) = read_file("pmu.docx", doc)
    assert m.item(41).title == "Dispensation fra lokalplan nr. 03-114"
    assert m.item(41).journal_number == "01.02.15-P19-7-25"


def test_site_visit_meeting_members_places_and_absence(read_file: ReadFile) -> None:
    """An attendance cell that is a sentence ("Deltog fra kl. 17.00 på rådhuset (…)") is
    there, the sentence the role, and the table goes on below it (before: the table ended
    at that row); the two places by the hour in the Mødested cell are both the place; one
    who "deltog ikke i besigtigelsen" missed the visit only, no absentee of the item."""
    (m,) = read_file("pmu.docx", _site_visit())
    people = _people(m)
    assert people["Peter Kobbel (A)"] == (
        "deltog", "deltog fra kl. 17.00 på rådhuset (deltog ikke i besigtigelsen)")
    assert people["Signe Aa (C)"][0] == "afbud" and people["Tom Frej (Ø)"][0] == "deltog"
    assert "Strandvejen 9, 8300 Hou" in m.place and "Torvet 1, 8300 Odder" in m.place
    assert m.item(41).absentees == ["Signe Aa"]


# --- a council's 2nd reading of the budget ---------------------------------------------

_BUDGET = "\n".join([
    "HERNING KOMMUNE", "Byrådet", "Referat", "Mødedato Mandag den 13. oktober 2025",
    "Mødetid 18:00 - 22:10", "Mødested Byrådssalen, Rådhuset",
    "Fraværende Knud Vang (V)", "Deltagere", "Navn Parti Bemærkning",
    "Dorte West A Borgmester", "Knud Vang V Afbud", "Jens Hald V Forlod mødet kl. 21.30",
    "Lene Bro C", "Mads Ild Ø", "Tove Riis V Stedfortræder for Knud Vang",
    "Fra administrationen deltog kommunaldirektør Eva Holt.", "",
    "88.  Budget 2026-2029 - 2. behandling", "Sagsnr.: 25/4410", "Sagsfremstilling",
    "Der er modtaget tre ændringsforslag.", "Sagens forløb", "Dato Udvalg Pkt. Beslutning",
    "15-09-2025 Byrådet 71 Oversendes til 2. behandling.",
    "29-09-2025 Økonomiudvalget 120 Anbefales med ændringsforslag nr. 1. Lene Bro (C) tog "
    "forbehold for ændringsforslag nr. 2 og 3 og for takstbladet.",
    "Beslutning i Byrådet den 13. oktober 2025",
    "Ændringsforslagene blev sat til afstemning enkeltvis.",
    "Nr. Stillet af Ændringsforslag Afstemning Resultat", "1 A og V Aftalen indarbejdes",
    "For: A og V (5)", "Imod: Ø (1)", "Vedtaget", "2 Ø Flere lærere i indskolingen",
    "For: Ø (1)", "Imod: A, V og C (6)", "Forkastet",
    "Budgettet blev herefter sat til afstemning som helhed med de vedtagne ændringsforslag:",
    "For stemte: A, V og C (6)", "Imod stemte: Ø (1)", "Budgettet er hermed vedtaget.", "",
    "89.  Takster for 2026", "Sagsnr.: 25/4411", "Beslutning i Byrådet den 13. oktober 2025",
    "Godkendt.", "Fraværende: Jens Hald (V)"])


def test_members_table_remark_after_the_party(read_file: ReadFile) -> None:
    """"Navn Parti Bemærkning" over "Jens Hald V Forlod mødet kl. 21.30": the remark after
    the party's letter is the member's role, and the table goes on below it (before: it
    ended there, the members below it missing)."""
    (m,) = read_file("byraad_131025.txt", _BUDGET)
    people = _people(m)
    assert people["Dorte West (A)"] == ("deltog", "borgmester")
    assert people["Jens Hald (V)"][0] == "deltog"
    assert people["Jens Hald (V)"][1].startswith("forlod mødet kl. 21.30")
    assert people["Knud Vang (V)"][0] == "afbud"
    assert {"Lene Bro (C)", "Mads Ild (Ø)", "Tove Riis (V)"} <= people.keys()


def test_case_history_table_with_the_bodies_item_numbers(read_file: ReadFile) -> None:
    """"Dato Udvalg Pkt. Beslutning" over "15-09-2025 Byrådet 71 Oversendes …": each row a
    treatment by that body, the number its item's, the rest its decision, however long
    (before: the body's name ran on into the text, and a long row joined the one above)."""
    (m,) = read_file("byraad_131025.txt", _BUDGET)
    assert [(t.committee, t.date, t.punkt) for t in m.item(88).history] == [
        ("Byrådet", date(2025, 9, 15), 71), ("Økonomiudvalget", date(2025, 9, 29), 120)]
    assert m.item(88).history[1].text.startswith("Anbefales med ændringsforslag nr. 1.")


def test_the_budgets_own_vote_after_the_amendments(read_file: ReadFile) -> None:
    """After the amendments' votes, "… sat til afstemning som helhed med de vedtagne
    ændringsforslag:" announces the item's own vote, though it names the amendments
    (before: that vote was taken for an amendment's, and the last amendment's was the
    item's)."""
    (m,) = read_file("byraad_131025.txt", _BUDGET)
    assert m.item(88).votes == {"for": ["A", "V", "C"], "imod": ["Ø"]}


# --- a joint meeting of two committees --------------------------------------------------

_JOINT = "\n".join([
    "SILKEBORG KOMMUNE", "Referat", "Fællesmøde mellem Teknisk Udvalg og Klimaudvalget",
    "Mødedato: Onsdag den 14. maj 2025", "Mødested: Lokale 3, Rådhuset", "Medlemmer",
    "Teknisk Udvalg", "Klimaudvalget", "Karen Bøgh (V), formand", "Niels Holm (A), formand",
    "Rikke Sand (V)", "Rikke Sand (V)", "Anders Krog (O)", "Lotte Vad (C)", "Finn Dahl (F)",
    "Rikke Sand (V) er medlem af begge udvalg.", "Afbud",
    "Anders Krog (O), Teknisk Udvalg", "Lotte Vad (C), Klimaudvalget", "", "Indholdsfortegnelse",
    "1. Godkendelse af dagsorden", "2. Fælles klimaplan", "", "1. Godkendelse af dagsorden",
    "Sagsnr.: 25/101", "Beslutning", "Godkendt.", "2. Fælles klimaplan", "Sagsnr.: 25/102",
    "Beslutning", "Anbefales."])


def test_joint_meetings_members_in_a_column_per_committee(read_file: ReadFile) -> None:
    """"Medlemmer" over the two committees' names and their members row by row: each
    member once (one sits in both), and the apologies "Anders Krog (O), Teknisk Udvalg"
    name the member, not a member of the committee's name (before: none of the columns
    was read, and the apologies were two more people)."""
    (m,) = read_file("faellesmoede_140525.txt", _JOINT)
    assert [p.name for p in m.participants] == [
        "Karen Bøgh (V)", "Niels Holm (A)", "Rikke Sand (V)", "Anders Krog (O)",
        "Lotte Vad (C)", "Finn Dahl (F)"]
    assert [p.name for p in m.participants if p.status == "afbud"] == [
        "Anders Krog (O)", "Lotte Vad (C)"]


# --- a theme meeting's FirstAgenda publication page ------------------------------------

def test_theme_meeting_said_in_the_pages_information(read_file: ReadFile) -> None:
    """The "Information:" row's first sentence "Temamøde – klimaseminar 2025." names the
    meeting's occasion (before: only the committee and the meeting type were read)."""
    row = ("<tr class='punktrow'><td>{n}</td><td><h2 class='overskrift'>{title}</h2>"
           "<div class='punkt'><h3>Beslutninger</h3><p>Drøftet.</p></div></td></tr>")
    page = ("<html><body><table class='dagsordeninfo'>"
            "<tr><td>Udvalg:</td><td>Kommunalbestyrelsen</td></tr>"
            "<tr><td>Mødedato:</td><td>fredag den 5. september 2025 kl. 09.00</td></tr>"
            "<tr><td>Information:</td><td><span>Temamøde - klimaseminar 2025. Der træffes "
            "ingen beslutninger.<br>Fra administrationen deltog direktionen.</span></td></tr>"
            "</table><table id='dagsordenDetaljer'>"
            + row.format(n=1, title="Klimaplanens mål") + "</table></body></html>")
    (m,) = read_file("tema.html", page)
    assert m.occasion == "temamøde"
    assert m.item(1).decision == "Drøftet."
