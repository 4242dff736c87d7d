"""Layout round 25 (the misreadings /work/fmt24 found: lettered items, a tab-separated
decision list, an English-locale date, an extraordinary meeting after the ordinary one,
items printed in the order treated, a history table, an HTML5 page's aside, a closed
part at the end, a substitute's role): the fixes, each with the layout that showed it."""

from __future__ import annotations

from datetime import date

from ingest.formats import read_meetings

from .fixture_files import FIXTURES, one_meeting

HERE = "formats25"


def test_items_lettered_a_b_c_are_numbered_by_their_order() -> None:
    """A Word referat whose items are bold "A. Godkendelse af dagsorden" … "D. Eventuelt":
    items 1-4 with their letters as their labels; "Referat:" above an item's
    "Beslutning:" is the discussion, not a second decision; "Referent: …" after the last
    item is no part of it."""
    m = one_meeting(HERE, "word_lettered_items.docx")
    assert (m.committee, str(m.date), m.start_time) == ("Handicaprådet", "2025-03-12", "15:00")
    assert [(i.number, i.label, i.title) for i in m.items] == [
        (1, "A", "Godkendelse af dagsorden"), (2, "B", "Meddelelser fra formanden"),
        (3, "C", "Høring: Ny parkeringsstrategi"), (4, "D", "Eventuelt")]
    assert m.items[2].name == "punkt C"
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Taget til efterretning.", "Rådet afgiver høringssvar som drøftet.", ""]
    assert m.items[2].section("Referat") == "Rådet drøftede handicapparkering ved stationen."
    assert m.items[3].section("Referat") == "Tim Lund spurgte til ledsageordningen."
    assert m.items[2].journal_number == "25/3101"
    assert [(p.name, p.status) for p in m.participants if p.status == "afbud"] == [
        ("Jens Sten", "afbud")]


def test_a_tab_separated_decision_list_one_line_per_item() -> None:
    """"Pkt.⇥Sagsnr.⇥Titel⇥Status⇥Beslutning" above one row per item, under the head's
    "Label⇥value" rows: each row is an item with its case number, closed flag and
    decision (and the vote in it)."""
    m = one_meeting(HERE, "text_tab_separated_decision_list.txt")
    assert (m.committee, str(m.date), m.start_time) == (
        "Kultur- og Fritidsudvalget", "2024-10-08", "17:00")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "24-000201", False),
        (2, "Tilskud til foreningernes lokaler", "24-011730", False),
        (3, "Salg af klubhus", "24-012204", True)]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Godkendt. Sif Berg (Ø) stemte imod.", "Anbefales."]
    assert m.items[1].votes == {"imod": ["Sif Berg (Ø)"]}
    assert [(p.name, p.status) for p in m.participants][-1] == ("Ole Kamp (C)", "afbud")


def test_a_semicolon_separated_decision_list() -> None:
    """"Nr.;Emne;Beslutning" with a quoted title holding a semicolon, under
    "Udvalg;…" / "Mødedato;2024-09-03" head rows."""
    m = one_meeting(HERE, "text_semicolon_decision_list.txt")
    assert (m.committee, str(m.date), m.start_time) == ("Ældrerådet", "2024-09-03", "10:00")
    assert [(i.title, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Høring: Madservice; takster 2025", "Rådet afgiver høringssvar."),
        ("Eventuelt", "Intet.")]


def test_an_english_locale_date_a_12_hour_time_and_bracketed_earlier_treatments() -> None:
    """An intranet page with "Thursday, April 10, 2025" and "1:30 PM – 3:00 PM" in its
    field table; earlier treatments as bold "Body (2025-03-06)" / "Body (25.03.2025)"
    headings are history; the page's "Last modified: …" footer is no part of the last
    decision."""
    m = one_meeting(HERE, "markdown_english_locale_dates.md")
    assert (m.committee, m.date, m.start_time) == (
        "Social- og Sundhedsudvalget", date(2025, 4, 10), "13:30")
    plan = m.items[1]
    assert [(t.committee, t.date, t.text) for t in plan.history] == [
        ("Social- og Sundhedsudvalget", date(2025, 3, 6), "Udsat."),
        ("Økonomiudvalget", date(2025, 3, 25), "Anbefales.")]
    assert plan.decision == "Godkendt."
    assert plan.section("Indstilling") == "Administrationen indstiller, at planen godkendes."


def test_an_extraordinary_meeting_after_the_ordinary_one_keeps_the_committee() -> None:
    """One PDF, two meetings of one committee on one day; the second headed "Referat -
    Ekstraordinært møde" above the committee's name: both are the committee's, told
    apart by their start times, each with its own absentees and items from 1."""
    ordinary, extra = read_meetings(
        FIXTURES / HERE / "pdf_ordinary_and_extraordinary_meeting.pdf")
    assert [(m.committee, m.date, m.start_time) for m in (ordinary, extra)] == [
        ("Teknik- og Miljøudvalget", date(2025, 5, 12), "08:00"),
        ("Teknik- og Miljøudvalget", date(2025, 5, 12), "13:00")]
    assert (ordinary.absentees, extra.absentees) == (["Gert Hald (C)"], ["Carl Dam (V)"])
    assert [(i.number, i.title) for i in extra.items] == [(1, "Akut reparation af Bygaden")]
    assert ordinary.ref != extra.ref  # (stored and cited apart)


def test_items_printed_in_the_order_treated() -> None:
    """"Punkt 4 blev behandlet efter punkt 2." and the items printed 1, 2, 4, 3, 5: five
    items, each with its own number, title and decision (item 4's is no second decision
    of item 2, and items 3 and 5 are not lost)."""
    m = one_meeting(HERE, "pdf_items_in_the_order_treated.pdf")
    assert [(i.number, i.title, " ".join(i.decision.split())) for i in m.items] == [
        (1, "Godkendelse af dagsorden",
         "Dagsordenen blev godkendt med følgende ændring: Punkt 4 blev behandlet efter punkt 2."),
        (2, "Tilskud til byfest", "Godkendt."), (4, "Ny hal i Ullerslev", "Anbefales."),
        (3, "Museets åbningstider", "Godkendt."), (5, "Eventuelt", "Intet.")]
    assert m.item(4).journal_number == "24/6033"


def test_a_history_table_is_history_not_this_meetings_decision() -> None:
    """"Behandlingsforløb" above a Word table "Udvalg | Dato | Beslutning" (two rows in
    item 2, one in item 3) before this meeting's "Beslutning": each row is an earlier
    treatment; the item has one decision, this meeting's."""
    m = one_meeting(HERE, "word_history_table.docx")
    nature, waste = m.items[1], m.items[2]
    assert [(t.committee, t.date, t.text) for t in nature.history] == [
        ("Miljøudvalget", date(2025, 2, 3), "Udsat."),
        ("Økonomiudvalget", date(2025, 3, 17), "Anbefales.")]
    assert [(t.committee, t.date, t.text) for t in waste.history] == [
        ("Økonomiudvalget", date(2025, 3, 17), "Anbefales.")]
    assert (nature.decision, waste.decision) == ("Godkendt.", "Godkendt med bemærkninger.")
    assert waste.section("Indstilling") == "Forvaltningen indstiller, at ordningen godkendes."


def test_an_html5_pages_participants_aside_and_a_closed_mark_after_the_case_number() -> None:
    """An `<aside>` headed "Deltagere" / "Fraværende" inside `<main>` lists who took part
    (another aside, "Se også", stays furniture); "Sagsnr. 25/2044 · Lukket punkt" in an
    article's header closes the item."""
    m = one_meeting(HERE, "html5_participants_aside.html")
    assert [(p.name, p.role, p.status) for p in m.participants] == [
        ("Lene Holm (A)", "rådmand", "deltog"), ("Karl Vest (V)", "", "deltog"),
        ("Sara Bak (Ø)", "", "deltog"), ("Tom Ege (C)", "", "afbud")]
    assert [(i.journal_number, i.closed) for i in m.items] == [
        ("25/2010", False), ("25/2044", True)]
    assert "Se også" not in m.items[0].decision


def test_a_closed_agenda_after_the_open_items_and_absence_with_notice() -> None:
    """PDF text (no blank lines): "Lukket dagsorden" right under item 3's last line
    closes items 4 and 5, listed by title only; "Fraværende med afbud: Jon Krog (C)"
    under each open item is that item's absence."""
    m = one_meeting(HERE, "pdf_closed_agenda_after_the_open_items.pdf")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Skolernes ferieplan 2026", False),
        (3, "Meddelelser", False), (4, "Klage over skoleanvisning", True),
        (5, "Personalesag", True)]
    assert [i.absentees for i in m.items] == [["Jon Krog (C)"]] * 3 + [[], []]
    assert "Lukket dagsorden" not in m.items[2].decision


def test_a_substitutes_role_keeps_the_name_it_holds() -> None:
    """"Sune Dal (A), stedfortræder for Kim Juul": the role as written, the name in it
    with its capitals."""
    m = one_meeting(HERE, "text_substitute_named_in_role.txt")
    assert [(p.name, p.role, p.status) for p in m.participants] == [
        ("Lone Ravn (A)", "borgmester", "deltog"), ("Per Holt (V)", "1. viceborgmester", "deltog"),
        ("Kim Juul (A)", "", "afbud"), ("Ebbe Sand (Ø)", "", "deltog"),
        ("Sune Dal (A)", "stedfortræder for Kim Juul", "deltog")]


def test_a_decision_list_exported_as_csv_is_read(tmp_path) -> None:  # noqa: ANN001
    """The same list saved as .csv (and .tsv) by a spreadsheet: read, not skipped for
    its file type."""
    for suffix, name in ((".csv", "text_semicolon_decision_list.txt"),
                         (".tsv", "text_tab_separated_decision_list.txt")):
        path = tmp_path / f"liste{suffix}"
        path.write_bytes((FIXTURES / HERE / name).read_bytes())
        meetings = read_meetings(path)
        assert len(meetings) == 1 and meetings[0].items
