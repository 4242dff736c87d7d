"""A hundred and eighty-fourth round of layouts (round 184's blind files): numbered things
that are not agenda items. A browser's print with an item's number in a cell beside a
title that wraps ("7." alone), an overview of all the attachments and a signature page
after the last item; a secretary's Word minutes with a members' table whose attendance
cell notes a departure and the points for the next meeting after the closed last item;
a municipal web page with a "Bilagsoversigt" table after the last item; a plain-text
agenda whose "Eventuelt" is followed by the next meeting's points under a dashed rule; a
PDF's tables drawn cell by cell with a number column. Every text is written by the tests
(other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para, table


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


_NUMBER_CELLS = """Odsherred Kommune Teknik- og Miljøudvalget – Referat – 03.05.2022
Side 1 af 6
Referat
Teknik- og Miljøudvalget
Mødedato Tirsdag den 3. maj 2022
Mødetidspunkt 16:00 – 17:30
Mødested Mødelokale A, Rådhuset, Nyvej 22
Medlemmer Lise Brandt (A), formand
Per Holm (V)
Anne Skov (F)
Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Vejplan 2022-2025
3. Lukket punkt: Salg af grund ved Asnæs
4. Meddelelser
\f
Odsherred Kommune Teknik- og Miljøudvalget – Referat – 03.05.2022
Side 2 af 6
1. Godkendelse af dagsorden
Sagsnr.: 22/00101
Beslutning
Godkendt.
\f
Odsherred Kommune Teknik- og Miljøudvalget – Referat – 03.05.2022
Side 3 af 6
2. Vejplan 2022-2025
Sagsnr.: 22/04410
Sagsfremstilling
Vejplanen prioriterer asfaltarbejdet de næste fire år.
Bilag
Bilag 2.1: Vejplan 2022-2025 med kort over de prioriterede strækninger i kommunen
Bilag 2.2: Notat om belægningernes tilstand
Beslutning
Godkendt.
\f
Odsherred Kommune Teknik- og Miljøudvalget – Referat – 03.05.2022
Side 4 af 6
3.
Salg af grund ved Asnæs, matr.nr. 12c Asnæs By,
Asnæs Overdrev
Lukket punkt
Sagsnr.: 22/05521
Beslutning
Godkendt.
\f
Odsherred Kommune Teknik- og Miljøudvalget – Referat – 03.05.2022
Side 5 af 6
4. Meddelelser
Sagsnr.: 22/00102
Sagsfremstilling
Borgermødet om trafik i Nykøbing holdes den 20. maj.
Beslutning
Taget til efterretning.
\f
Odsherred Kommune Teknik- og Miljøudvalget – Referat – 03.05.2022
Side 6 af 6
Bilagsoversigt
Bilag 1.1 Dagsorden med bilag
Bilag 2.1 Vejplan 2022-2025
Bilag 2.2 Notat om belægningernes tilstand
Underskriftsside
Lise Brandt (A), formand
Per Holm (V)
Anne Skov (F)
"""


def test_number_cell_beside_a_wrapped_title_is_an_item(read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _NUMBER_CELLS)
    assert (m.committee, m.date) == ("Teknik- og Miljøudvalget", date(2022, 5, 3))
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    closed = m.items[2]
    assert closed.closed and closed.title == ("Salg af grund ved Asnæs, matr.nr. 12c Asnæs By, "
                                              "Asnæs Overdrev")
    assert closed.decision == "Godkendt."
    assert m.items[3].decision == "Taget til efterretning."
    # (the overview of all the attachments after the last item is none of its sections)
    assert [s.name for s in m.items[3].sections] == ["Sagsfremstilling", "Beslutning"]
    # (an item's attachments, a line each, however long the first)
    assert _section(m.items[1], "Bilag").count("\n") == 1


def _secretary_docx() -> bytes:
    return docx([
        para("Ringsted Kommune"), para("REFERAT"), para("Kultur- og Fritidsudvalget"),
        para("Dato: Tirsdag den 12. marts 2024"), para("Tid: Kl. 17.00 – 19.10"),
        para("Sted: Ringsted Rådhus, mødelokale 1"), para("Deltagere"),
        table([["Navn", "Parti", "Funktion", "Fremmøde"],
               ["Mette Gram", "A", "Formand", "Deltog"],
               ["Jens Bak", "V", "Medlem", "Afbud"],
               ["Tove Lind", "F", "Medlem", "Deltog (forlod mødet efter punkt 2)"]]),
        para("Punkt 1. Godkendelse af dagsorden"), para("Sagsnr. 00.22.04-A00-3-24"),
        para("Beslutning"), para("Godkendt."),
        para("Punkt 2. Halpuljen 2024"), para("Sagsnr. 18.15.00-Ø60-1-24"),
        para("Sagsfremstilling"), para("Der er søgt om 1,2 mio. kr. fra puljen."),
        para("Beslutning"), para("Godkendt."),
        para("Tove Lind (F) forlod mødet efter behandlingen af dette punkt."),
        para("Punkt 3. Personalesag"), para("Sagsnr. 81.00.00-G01-2-24 – LUKKET PUNKT"),
        para("Beslutning"), para("Godkendt."),
        para("Punkter til næste møde den 9. april 2024"),
        para("1. Status på halpuljen (jf. punkt 2)"), para("2. Mødeplan for 2025"),
        para("Mødet sluttede kl. 19.10."),
    ])


def test_next_meetings_points_end_the_closed_last_item(read_file: ReadFile) -> None:
    (m,) = read_file("Referat KFU 12-03-2024.docx", _secretary_docx())
    assert [i.number for i in m.items] == [1, 2, 3]
    last = m.items[2]
    assert last.closed and last.title == "Personalesag"
    assert last.decision == "Godkendt."


def test_departure_note_in_the_attendance_cell_is_no_role(read_file: ReadFile) -> None:
    (m,) = read_file("Referat KFU 12-03-2024.docx", _secretary_docx())
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Tove Lind (F)"] == ("deltog", "medlem")
    assert people["Mette Gram (A)"] == ("deltog", "formand")
    assert people["Jens Bak (V)"][0] == "afbud"


_WEB_PAGE = """<html><head><title>Referat – Børne- og Ungeudvalget</title></head><body>
<nav><a href="/">Forside</a> <a href="/politik">Politik</a></nav>
<main>
<h1>Referat – Børne- og Ungeudvalget</h1>
<p>Mødedato: Onsdag den 6. april 2022</p>
<p>Starttidspunkt: kl. 15:00</p>
<p>Mødested: Mødelokale 2, Faaborg Rådhus</p>
<p>Deltagere: Anna Krog (A), formand<br>Bo Falk (V)<br>Eva Mose (C)</p>
<h2>1. Godkendelse af dagsorden</h2>
<p>Sagsnr.: 00.01.00-A00-4-22</p>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Skolernes budgetter 2022</h2>
<p>Sagsnr.: 00.30.00-S00-2-22</p>
<h3>Sagsfremstilling</h3><p>Budgetterne er fordelt efter elevtal.</p>
<h3>Bilag</h3><ul><li>Bilag 2.1 Budgetmodel</li><li>Bilag 2.2 Elevtal 2022</li></ul>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2>3. Tilsyn med dagtilbud</h2>
<p>Sagsnr.: 28.09.00-G01-1-22</p>
<h3>Sagsfremstilling</h3><p>Tilsynene er gennemført i alle dagtilbud.</p>
<h3>Bilag</h3><ul><li>Bilag 3.1 Tilsynsrapport 2021</li></ul>
<h3>Beslutning</h3><p>Taget til efterretning.</p>
<h2>4. Køb af pavillon <span>Lukket punkt</span></h2>
<p>Sagsnr.: 28.03.00-G01-2-22</p>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2>Bilagsoversigt</h2>
<table><tr><th>Bilag</th><th>Titel</th><th>Hører til</th></tr>
<tr><td>Bilag 2.1</td><td>Budgetmodel</td><td>Punkt 2</td></tr>
<tr><td>Bilag 2.2</td><td>Elevtal 2022</td><td>Punkt 2</td></tr>
<tr><td>Bilag 3.1</td><td>Tilsynsrapport 2021</td><td>Punkt 3</td></tr>
</table>
</main>
<footer>Faaborg-Midtfyn Kommune · Tinghøj Allé 2</footer>
</body></html>
"""


def test_web_pages_attachment_overview_is_no_section_of_the_last_item(
        read_file: ReadFile) -> None:
    (m,) = read_file("referat.html", _WEB_PAGE)
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    last = m.items[3]
    assert last.closed
    assert [s.name for s in last.sections] == ["Beslutning"]
    assert last.decision == "Godkendt."
    assert "Budgetmodel" in _section(m.items[1], "Bilag")


_TEXT_AGENDA = """ODDER KOMMUNE

DAGSORDEN
Børne- og Ungeudvalget

Mødedato:   Mandag den 3. marts 2025
Mødetid:    Kl. 16.00
Mødested:   Mødelokale 2, Odder Rådhus

1. Godkendelse af dagsorden
--------------------------------------------------------------------------
Sagsnr.: 00.01.00-A00-1-25


Indstilling:
Direktøren indstiller, at dagsordenen godkendes.


2. Skolernes ferieplan 2025/26
--------------------------------------------------------------------------
Sagsnr.: 17.00.00-A00-2-25


Sagsfremstilling:
Ferieplanen følger de nationale anbefalinger.

Indstilling:
Direktøren indstiller, at ferieplanen godkendes.


3. Eventuelt
--------------------------------------------------------------------------
Sagsnr.: 00.01.00-A00-2-25



Punkter til næste møde (7. april 2025)
--------------------------------------------------------------------------
1. Status på dagtilbudsstrukturen
2. Budgetopfølgning 1
"""


def test_next_meetings_points_after_eventuelt_are_no_section(read_file: ReadFile) -> None:
    (m,) = read_file("odder_buu_dagsorden_20250303.txt", _TEXT_AGENDA)
    assert m.doc_type == "dagsorden"
    assert [i.number for i in m.items] == [1, 2, 3]
    assert m.items[2].title == "Eventuelt" and m.items[2].sections == []


_CELL_TABLES = """Viborg Kommune
Referat
Miljøudvalget
Mødedato: 11.06.2024
1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-5-24
Beslutning
Godkendt.
2. Budgetopfølgning pr. 31. maj 2024
Sagsnr.: 00.30.10-S00-5-24
Sagsfremstilling
Tabellen viser forbruget fordelt på områder (mio. kr.):
Nr.
Område
Budget
Forbrug
1.
Natur
12,4
12,9
2.
Vandløb
8,0
7,1
3.
Affald og genbrug
40,2
40,2
Merforbruget på natur skyldes vinterens stormskader.
Projekterne er prioriteret sådan:
Nr. 1. 2. 3.
Projekt
Pris (mio. kr.)
Vandløbsrestaurering ved Nørreå
1,2
Ny genbrugsplads i Stoholm
4,5
Naturpleje på Hald Ege
0,6
Listen drøftes igen efter sommerferien.
Beslutning
Taget til efterretning.
"""


def test_tables_drawn_cell_by_cell_keep_their_row_numbers(read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _CELL_TABLES)
    assert [i.number for i in m.items] == [1, 2]
    text = _section(m.items[1], "Sagsfremstilling")
    assert "1. Natur 12,4 12,9\n2. Vandløb 8,0 7,1\n3. Affald og genbrug 40,2 40,2" in text
    assert "1. Vandløbsrestaurering ved Nørreå 1,2\n2. Ny genbrugsplads i Stoholm 4,5" in text
    assert m.items[1].decision == "Taget til efterretning."
