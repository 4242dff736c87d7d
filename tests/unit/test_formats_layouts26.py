"""Layout round 26 (the misreadings /work/fmt25 found: an Excel semicolon CSV with padded
rows and multi-line cells, Word groups with numbering starting again, a meeting continued
another day, urgent items "5a."/"5b.", FirstAgenda JSON decision fields, a Byråd decision
box with a line per body, attendance per meeting part, Word tracked moves and prompts, a
Word web page's head table): the fixes, each with the layout that showed it."""

from __future__ import annotations

from datetime import date

from .fixture_files import one_meeting

HERE = "formats26"


def test_an_excel_csv_with_padded_rows_and_line_breaks_inside_cells() -> None:
    """Excel's "CSV (semikolonsepareret)" pads every row to the table's width
    ("Udvalg;…;;;") and keeps a decision's line breaks inside its quoted cell: the head
    gives committee, time, place and people; every row after a multi-line cell is still
    an item of its own."""
    m = one_meeting(HERE, "excel_semicolon_padded_multiline.csv")
    assert (m.committee, str(m.date), m.start_time, m.place) == (
        "Kultur- og Idrætsudvalget", "2025-05-14", "16:00", "Byrådssalen, Torvet 1")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Åse Lund (A)", "deltog"), ("Bo Krag (V)", "afbud"), ("Eva Dahl (F)", "deltog")]
    assert [(i.number, i.title, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, "Godkendt."),
        (2, "Tilskud til byens spejdere", False, "Godkendt. Eva Dahl (F) stemte imod."),
        (3, "Køb af bygning", True, "Anbefales. 1) finansieres af puljen"),
        (4, "Eventuelt", False, "Intet.")]
    assert m.items[1].votes == {"imod": ["Eva Dahl (F)"]}


def test_word_group_headings_with_numbering_starting_again_in_each_group() -> None:
    """Heading 1 "Sager til beslutning" / "Sager til orientering" / "Lukkede sager" above
    Heading 2 items numbered from 1 in each group: the groups are no items; the items are
    numbered 1..N in reading order, each keeping its group and printed number as its
    label (the title clean); the items under "Lukkede sager" are closed, and no item
    swallows the next group."""
    m = one_meeting(HERE, "word_groups_numbered_again.docx")
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (1, "Ny affaldsplan", "25-0101", False, "Godkendt."),
        (2, "Cykelsti ved skolen", "25-0102", False, "Anbefales."),
        (3, "Status på vandløb", "25-0103", False, "Taget til efterretning."),
        (4, "Køb af areal", "25-0104", True, "Godkendt.")]
    assert [i.label for i in m.items] == [
        "", "", "Sager til orientering, punkt 1", "Lukkede sager, punkt 1"]
    assert m.items[2].name == "Sager til orientering, punkt 1"


def test_a_meeting_suspended_and_continued_the_next_day() -> None:
    """"Genoptaget: Onsdag den 14. maj 2025" in the head and "Mødet blev suspenderet … og
    genoptaget onsdag den 14. maj 2025" after item 2: item 3's decision dated the 14th is
    this meeting's, not history; the note is no part of item 2's decision; a member away
    on the second day only took part in the meeting and is absent from item 3."""
    m = one_meeting(HERE, "text_meeting_continued_next_day.txt")
    assert (m.date, m.start_time) == (date(2025, 5, 13), "19:00")
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt.", "Godkendt."]
    assert [[(t.committee, t.date) for t in i.history] for i in m.items] == [
        [], [("Økonomiudvalget", date(2025, 5, 6))], []]
    assert [i.absentees for i in m.items] == [[], [], ["Dan Ravn (C)"]]
    assert [(p.name, p.status) for p in m.participants if p.name[0] in "CD"] == [
        ("Carla Holt (F)", "afbud"), ("Dan Ravn (C)", "deltog")]


def test_urgent_items_lettered_after_a_decided_item_are_items_of_their_own() -> None:
    """"2a. Hastesag: …" after item 2's own decision, with its own case number and
    decision: an item of its own (not a part of item 2), items in reading order with
    their printed numbers as their labels ("2a", and "3" for item 4), the titles clean;
    item 2's decision is its own only.
    (Sub-items under an item that is only their heading stay inside it: formats5.)"""
    m = one_meeting(HERE, "text_urgent_items_5a_5b.txt")
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None,
         "Godkendt med optagelse af punkt 2a som hastesag."),
        (2, "Vejplan 2026", "25/0100", "Godkendt."),
        (3, "Hastesag: Reparation af bro", "25/0200",
         "Godkendt. Udgiften tages af kassen."),
        (4, "Eventuelt", None, "Intet.")]
    assert [(i.label, i.name) for i in m.items] == [
        ("", "punkt 1"), ("", "punkt 2"), ("2a", "punkt 2a"), ("3", "punkt 3")]


def test_firstagenda_json_decision_fields_entities_and_disqualification() -> None:
    """FirstAgenda JSON: an earlier body's "Beslutning Økonomiudvalget" field (undated or
    dated) is the case's history, the meeting's own body's field its decision, and the
    absentee in the earlier one is no absentee here; entities in a title are unescaped;
    an item attendee "Inhabil" is absent from it. (`IsOpen: false` closes an item only
    beside items carrying true, as here: every item of the real Greve exports, open ones
    too, carries false.)"""
    m = one_meeting(HERE, "firstagenda_json_decision_fields.json")
    assert [(i.title, i.closed, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", False, "Godkendt."),
        ("Ny skøjtebane & varmestue", False, "Godkendt."),
        ("Takster 2026", False, "Godkendt."),
        ("Køb af ejendom", True, "Godkendt."),
        ("Valg til bestyrelse", False, "Godkendt.")]
    assert [[(t.committee, t.date, t.text) for t in i.history] for i in m.items[1:3]] == [
        [("Økonomiudvalget", None, "Anbefales. Fraværende: Dorte Lind (V)")],
        [("Økonomiudvalget", date(2025, 4, 9), "Anbefales.")]]
    assert [i.absentees for i in m.items] == [[], [], [], [], ["Finn Skov (C)"]]
    assert m.items[3].journal_number == "25-001300"


def test_a_council_decision_box_with_one_undated_line_per_body() -> None:
    """"Teknik- og Miljøudvalget anbefaler …" / "Økonomiudvalget anbefaler … Fraværende:
    …" / "Byrådet godkender …" in the Byråd's decision box: the committees' lines are the
    case's history, the Byråd's line its decision; the committee's absentee is not the
    Byråd's; "X (C), stedfortræder for Y (C)" is one person with that role."""
    m = one_meeting(HERE, "text_council_decision_line_per_body.txt")
    plan = m.items[1]
    assert plan.decision == "Byrådet godkender indstillingen med 20 stemmer mod 5 (V)."
    assert [(t.committee, t.date, t.text) for t in plan.history] == [
        ("Teknik- og Miljøudvalget", None, "Teknik- og Miljøudvalget anbefaler indstillingen."),
        ("Økonomiudvalget", None,
         "Økonomiudvalget anbefaler indstillingen. Fraværende: Kim Sand (V).")]
    assert plan.absentees == []
    assert m.items[0].decision == "Byrådet godkender dagsordenen."
    assert [(p.name, p.role, p.status) for p in m.participants][-2:] == [
        ("Rita Vang (C)", "", "afbud"),
        ("Ole Bæk (C)", "stedfortræder for Rita Vang (C)", "deltog")]


def test_an_attendance_table_with_one_column_per_meeting_part() -> None:
    """"Navn Parti Pkt. 1-2 Pkt. 3 Lukket møde (pkt. 4)" with X / - / Afbud cells: the
    members are read, one absent throughout is afbud, and one away for a part is absent
    from that part's items only."""
    m = one_meeting(HERE, "text_attendance_per_meeting_part.txt")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Anna Krog (A)", "deltog"), ("Bo Dahl (V)", "deltog"), ("Carl Eng (O)", "afbud"),
        ("Dina Fisk (F)", "deltog")]
    assert [i.absentees for i in m.items] == [
        ["Dina Fisk (F)"], ["Dina Fisk (F)"], ["Bo Dahl (V)"], ["Bo Dahl (V)"]]


def test_word_tracked_move_and_an_empty_content_controls_prompt() -> None:
    """A sentence moved with tracked changes from item 1 to item 2 (`w:moveFrom` /
    `w:moveTo`) stands in item 2 only; the prompt of an empty content control after
    "Afbud:" ("Klik eller tryk her …") is nobody."""
    m = one_meeting(HERE, "word_moved_text_and_placeholder.docx")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Jens Lyng (A)", "deltog"), ("Eva Moe (C)", "deltog"), ("Ib Ravn (V)", "deltog")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Taget til efterretning. Eva Moe (C) deltog ikke i behandlingen af punktet."]
    assert [i.absentees for i in m.items] == [[], ["Eva Moe (C)"]]


def test_a_word_web_page_head_table_with_a_paragraph_in_each_cell() -> None:
    """Word's "Save as web page": the head table's cells each hold a `<p class=MsoNormal>`
    ("Tid:" | "Kl. 16.00 – 18.00"): the time and place are the value cells', not "Tid:"."""
    m = one_meeting(HERE, "html_word_web_page_head_table.html")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Fritidsudvalget", date(2025, 6, 11), "16:00", "Mødelokale 4, Rådhuset")
