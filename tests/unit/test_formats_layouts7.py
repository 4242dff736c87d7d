"""A seventh round: the systems' own renderings as a citizen downloads them — a
FirstAgenda print with one member a line marked "(Fraværende)" and a letterhead line
"Greve Kommune Offentligt referat", an eDoc print under "BALLERUP KOMMUNE" with "Lukket
referat" before its closed items and a page header ending "Dato: 04.12.2012 Side 13", an
Acadre print titled "Dagsorden/Referat", a Word file whose decisions sit in a one-cell
box, and votes written "(Ø) stemmer imod" or "A, V og C (3)". Each failed before."""

from __future__ import annotations

from datetime import date

from ingest.formats import read_meetings
from ingest.formats.people import decision_people
from ingest.formats.text import parse_minutes

from .office_files import docx, para

_ITEMS = ("\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
          "2. Budgetopfølgning\nBeslutning\nTaget til efterretning.\n")


def test_letterheads_and_titles_are_no_committee() -> None:
    for head, committee in [
            ("Greve Kommune Offentligt referat\nKultur- og Fritidsudvalget\n",
             "Kultur- og Fritidsudvalget"),
            ("BALLERUP KOMMUNE\nReferat\nSundheds- og Forebyggelsesudvalget\n",
             "Sundheds- og Forebyggelsesudvalget"),
            ("Syddjurs Kommune\nDagsorden/Referat\nUdvalget for plan, udvikling og kultur "
             "(PUK)\n", "Udvalget for plan, udvikling og kultur (PUK)")]:
        m = parse_minutes(head + "Mødedato: 20. marts 2024 kl. 16.30\n" + _ITEMS)
        assert m.committee == committee


def test_one_member_a_line_with_an_absence_mark() -> None:
    m = parse_minutes("Greve Kommune\nReferat\nPlan- og Tryghedsudvalget\nMødedato: 8. oktober "
                      "2024 kl. 16:00\nMødedeltagere: Mehmet Zeki Dogru\nKenneth Jerkel "
                      "(Fraværende)\nPer Lund Sørensen\nClaus Dyremose\n" + _ITEMS)
    assert [(p.name, p.status) for p in m.participants] == [
        ("Mehmet Zeki Dogru", "deltog"), ("Kenneth Jerkel", "afbud"),
        ("Per Lund Sørensen", "deltog"), ("Claus Dyremose", "deltog")]


def test_closed_minutes_part_and_the_meetings_page_header() -> None:
    m = parse_minutes(
        "Ballerup Kommune\nReferat\nSundheds- og Forebyggelsesudvalget\n"
        "Mødedato: tirsdag den 4. december 2012, kl. 13:00\n\n"
        "1. Godkendelse af dagsorden\nSagsfremstilling\nDagsordenen udsendes en uge før.\n"
        "Indstilling\nAdministrationen indstiller, at dagsordenen godkendes.\nBeslutning\n"
        "Godkendt.\n\n"
        "2. Evaluering af rygestopkurser\nSagsfremstilling\nKurserne er evalueret.\n"
        "Beslutning\nTaget til efterretning\n"
        "Følgende deltog ikke i behandlingen af punktet:\n\n"
        "Sundheds- og Forebyggelsesudvalget Referat - Åbent referat Dato: 04.12.2012 Side 13\n"
        "Lukket referat\n\n3. Lukket punkt: Personalesag\nBeslutning\nGodkendt.\n")
    assert m.items[1].decision == "Taget til efterretning\nFølgende deltog ikke i " \
                                  "behandlingen af punktet:"
    assert m.items[1].absentees == [] and m.items[2].closed


def test_a_decision_in_a_one_cell_box_of_a_word_file(tmp_path) -> None:
    box = ("<w:tbl><w:tr><w:tc>" + para("Beslutning") + para("Godkendt.")
           + para("Afbud: Marc Genning") + "</w:tc></w:tr></w:tbl>")
    path = tmp_path / "referat.docx"
    path.write_bytes(docx([
        para("Greve Kommune"), para("Referat"), para("Skole-, Børne- og Ungeudvalget"),
        para("Mødedato: 4. juni 2024 kl. 08:15"),
        para("1. Godkendelse af dagsorden", "Heading1"), box,
        para("2. Kantineordning", "Heading1"), para("Beslutning", "Heading2"),
        para("Udsat.")], styles={"Heading1": "heading 1", "Heading2": "heading 2"}))
    (m,) = read_meetings(path)
    assert (m.date, m.doc_type) == (date(2024, 6, 4), "referat")
    assert m.items[0].decision == "Godkendt.\nAfbud: Marc Genning"
    assert m.items[0].absentees == ["Marc Genning"]


def test_votes_by_a_party_in_brackets_and_with_counts() -> None:
    assert decision_people("Godkendt.\n(Ø) stemmer imod, da vi ønsker flere boliger.")[1] == {
        "imod": ["Ø"]}
    assert decision_people("For stemte: A, V og C (3).\nImod stemte: O (1).")[1] == {
        "for": ["A", "V", "C"], "imod": ["O"]}


def test_a_cms_page_with_other_meetings_in_its_sidebar_and_a_one_line_history(tmp_path) -> None:
    """A municipality's web page: the sidebar links other meetings ("- 6. marts 2025 –
    Referat") before the meeting's own date; a Sagsforløb entry on one line; the page's
    share and update lines after the last item."""
    path = tmp_path / "referat.txt"
    path.write_text(
        "Odsherred Kommune\nAndre møder i udvalget\n- 6. marts 2025 – Referat\n"
        "- 8. maj 2025 – Dagsorden\nReferat – Klima- og Miljøudvalget\n"
        "Torsdag den 3. april 2025 kl. 15.00\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "2. Kystbeskyttelse ved Rørvig\nSagens forløb\nKlima- og Miljøudvalget, 6. marts "
        "2025, punkt 5: Udsat med henblik på udtalelse fra Kystdirektoratet.\nBeslutning\n"
        "Godkendt.\n\n3. Lukket punkt: Erstatningssag\nPunktet er behandlet for lukkede døre.\n"
        "Del siden: Facebook LinkedIn Mail\nSidst opdateret: 10. april 2025\n",
        encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.date, m.start_time) == (date(2025, 4, 3), "15:00")
    assert [(t.date, t.punkt) for t in m.items[1].history] == [(date(2025, 3, 6), 5)]
    assert "Del siden" not in " ".join(s.text for i in m.items for s in i.sections)
