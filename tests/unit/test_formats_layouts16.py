"""A sixteenth round: how more systems print and publish — a Netpublicator PDF whose
"Punkt 2" stands alone when its title wraps, a Prepare PDF whose last closed item is
marked below its title, an Acadre agenda whose closed part lists titles only, an SBSYS
council print with "Dato:" and a dated decision and its text on one line, a KMD print
whose logo cell runs into the committee, an eDoc protocol whose running header starts
"Beslutningsprotokol", a council page with the case number in the title's <small> and
committees' recommendations before the council's decision, an agenda page with an empty
"Beslutning" before "Lukkede punkter", Word items as tables with "Sagsnr." and text boxes.
Each test failed on the code before this round. The documents are synthetic."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from referat.domain import Meeting

FIXTURES = Path(__file__).parent / "fixtures" / "formats16"


def _meeting(name: str) -> Meeting:
    (meeting,) = read_meetings(FIXTURES / name)
    return meeting


def _numbers(m: Meeting) -> list[int]:
    return [i.number for i in m.items]


def test_a_punkt_number_alone_among_numbers_with_titles() -> None:
    """"Punkt 1 Godkendelse af dagsorden" on one line, "Punkt 2" alone above a title
    wrapped over three lines. Before: items 2–5 went into item 1's decision."""
    m = _meeting("pdf_punkt_number_alone_some_items.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 5]
    assert m.item(2).title.startswith("Forslag til lokalplan 2-438 for etageboliger")
    assert m.item(2).title.endswith("fremlæggelse i offentlig høring")
    assert m.item(1).decision == "Godkendt."
    assert m.item(4).votes == {"for": ["C", "V", "F"], "imod": ["A", "Ø"]}


def test_the_last_item_marked_closed_below_its_title_is_kept() -> None:
    m = _meeting("pdf_closed_last_item_marked_below.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 5, 6]
    assert (m.item(6).title, m.item(6).closed) == (
        "Erstatningssag vedr. skade på kloakledning", True)
    assert m.item(5).decision == "Intet."


def test_titles_only_under_a_closed_part_are_closed_items() -> None:
    """"Lukkede punkter" / "6. Lukket punkt: Tilsynssag …" / "7. Personalesag"."""
    m = _meeting("pdf_closed_part_titles_only.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 5, 6, 7]
    assert (m.item(7).title, m.item(7).closed) == ("Personalesag", True)


def test_a_dato_label_and_a_dated_decision_with_its_text_on_one_line() -> None:
    """"Dato: 24-04-2024" under the committee, and "Økonomiudvalget den 10. april 2024,
    pkt. 52: Anbefales." Before: "Ukendt udvalg", and the history inside Indstilling."""
    m = _meeting("pdf_dato_label_and_inline_history.pdf")
    assert (m.committee, m.date, m.start_time) == ("Byrådet", date(2024, 4, 24), "17:00")
    item = m.item(68)
    assert [(t.committee, t.date, t.punkt, t.text) for t in item.history] == [
        ("Økonomiudvalget", date(2024, 4, 10), 52, "Anbefales.")]
    assert "Anbefales" not in item.section("Indstilling") and item.decision == "Godkendt."


def test_the_logo_cell_is_no_part_of_the_committee_nor_of_a_title() -> None:
    """"Thisted Kommune Byrådet" (logo and committee one space apart); a two-page print's
    second page header does not run on from the title above it."""
    m = _meeting("pdf_logo_cell_before_committee.pdf")
    assert m.committee == "Byrådet"
    assert m.item(5).title == "Forslag til Kommuneplantillæg nr. 19 - vindmøller ved Hvidbjerg"


def test_a_protocols_running_header_is_no_decision_text() -> None:
    m = _meeting("pdf_protocol_running_header.pdf")
    assert not any("Beslutningsprotokol" in s.text for i in m.items for s in i.sections)


def test_a_case_number_with_its_label_on_the_title_line() -> None:
    """"97. Godkendelse af dagsorden Sag: 24/00012". Before: the file was rejected."""
    m = _meeting("text_case_label_on_title_line.txt")
    assert [(i.number, i.title, i.journal_number) for i in m.items][:2] == [
        (97, "Godkendelse af dagsorden", "24/00012"),
        (98, "Budget 2025-2028 - 2. behandling", "24/03311")]


def test_a_council_page_case_numbers_recommendations_and_members() -> None:
    """<small>Sagsnr. …</small> in the title; "Økonomiudvalgets indstilling til
    Kommunalbestyrelsen" is the committee's proposal, not the council's decision; the
    members in a paragraph under an h2 "Deltagere"."""
    m = _meeting("web_council_case_in_title_and_recommendations.html")
    assert (m.item(97).title, m.item(97).journal_number) == ("Godkendelse af dagsorden",
                                                             "24/00012")
    item = m.item(99)
    assert item.decision.startswith("Godkendt.") and "Anbefales" not in item.decision
    assert "Økonomiudvalget:" in item.section("Indstilling")
    names = {p.name: p.status for p in m.participants}
    assert len(names) == 15 and names["Morten Mølgaard (B)"] == "afbud"


def test_an_empty_decision_heading_before_the_closed_part() -> None:
    """An agenda's empty "Beslutning" above "Lukkede punkter": no decision text, the
    file stays an agenda and the next item is closed."""
    m = _meeting("web_agenda_empty_decision_before_closed_part.html")
    assert m.doc_type == "dagsorden" and not m.item(5).decision
    assert m.item(6).closed


def test_word_items_as_tables_with_a_case_number_label() -> None:
    m = _meeting("word_item_tables_case_label.docx")
    assert [(i.title, i.journal_number) for i in m.items][:2] == [
        ("Godkendelse af dagsorden", "24/1187"),
        ("Høring om tilgængelighed i Skive Bibliotek", "24/8321")]


def test_word_text_boxes_end_their_line() -> None:
    """A "LUKKET PUNKT" stamp in a text box in item 4's heading; the front page's box
    after the time. Before: item 4 was lost into item 3, and no start time."""
    m = _meeting("word_text_boxes.docx")
    assert _numbers(m) == [1, 2, 3, 4] and m.item(4).closed
    assert m.start_time == "17:00" and m.item(3).decision == "Taget til efterretning."


def test_a_boards_minutes_without_any_label_are_read_not_rejected() -> None:
    """Items numbered 1–7 with no section heading, label or case number anywhere (a
    board's minutes, as paragraphs or as a "Nr. | Dagsordenspunkt | Referat" table).
    Before: "ingen dagsordenspunkter fundet"."""
    m = _meeting("pdf_board_paragraphs_without_labels.pdf")
    assert [(i.number, i.title) for i in m.items][:2] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat fra mødet den 7. marts 2024")]
    assert m.item(6).decision.startswith("Lis Kjær efterlyste bedre skiltning")
    table = _meeting("pdf_board_table_without_labels.pdf")
    assert _numbers(table) == [1, 2, 3, 4, 5, 6, 7]  # (a cell's text may join its title)
    # (the board's own "Ældrerådet tog orienteringen til efterretning." is the decision,
    # round 123)
    assert "rekruttering til hjemmeplejen" in table.item(3).section("Beskrivelse")
    assert table.item(3).decision == "Ældrerådet tog orienteringen til efterretning."


def test_an_edoc_front_page_absent_with_notice() -> None:
    """"Fraværende med afbud:" on an eDoc export's front page. Before: a participant
    named "Fraværende med afbud:" and the absent member marked present."""
    m = _meeting("edoc_absent_with_notice_label.xml")
    people = {p.name: p.status for p in m.participants}
    assert people["Jan Mathiesen (O)"] == "afbud"
    assert not any(name.startswith("Fraværende") for name in people)


def test_a_members_table_under_labels_without_colons() -> None:
    """"Mødedato 05.03.2024" / "Medlemmer" / "Navn Parti Fremmøde" rows, one of them
    "Deltog fra pkt. 3". Before: no participant at all."""
    m = _meeting("pdf_closed_last_item_marked_below.pdf")
    people = {p.name: p.status for p in m.participants}
    assert len(people) == 7 and people["Kirsten Ravn (C)"] == "afbud"
    assert people["Mikkel Thorsø (Ø)"] == people["Peter Sand (F)"] == "deltog"


def test_members_listed_as_bullets() -> None:
    m = _meeting("text_members_as_bullets.txt")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Steen Christiansen (A)"] == ("deltog", "formand")
    assert people["Camilla Bang (A)"][0] == "afbud" and len(people) == 4


def test_a_two_page_prints_running_header_and_footer_are_no_text() -> None:
    """Two pages: the second page's copy of the first page's header, and a footer on
    both. Before: "Thisted Kommune Byrådet" in an item's text, "Allerød Kommune" inside
    a sentence, and the committee line at the end of a decision."""
    thisted = _meeting("pdf_logo_cell_before_committee.pdf")
    assert not any("Thisted Kommune" in s.text for s in thisted.item(5).sections)
    allerod = _meeting("pdf_punkt_number_alone_some_items.pdf")
    assert "Faldet skyldes primært udfasning" in allerod.item(3).section("Sammendrag")
    favrskov = read_meetings(FIXTURES.parent / "formats15" / "pdf_status_badge_after_title.pdf")
    # (the decision ends before the footer; its attendance line is the item's absentee:
    # round 62)
    item = favrskov[0].item(32)
    assert (item.decision, item.absentees) == ("Taget til efterretning.", ["Bo Thyrsted (V)"])


def test_a_members_table_with_party_names_and_a_substitute_row() -> None:
    """"Frank Jensen Venstre Til stede", "Lise Ravn Det Konservative Folkeparti Til
    stede", "Jens Odgaard Venstre Stedfortræder". Before: party names in the names (so
    an item's "Niels Bull (V)" matched no member) and the table ended at the substitute."""
    m = _meeting("pdf_members_table_party_names.pdf")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Frank Jensen (V)"] == ("deltog", "")
    assert people["Lise Ravn (C)"][0] == "deltog" and people["Ole Sørensen (V)"][0] == "afbud"
    assert people["Jens Odgaard (V)"] == ("deltog", "stedfortræder")
    assert "Peter Kristensen Fanø Listen" in people  # a local list has no letter
    assert "Niels Bull (V)" in people


def test_a_margin_label_whose_text_opens_with_a_figure() -> None:
    """"Økonomi 2,4 mio. kr. …" and "Bilag 1. Tilbudsoversigt" beside their labels in a
    table printed to PDF. Before: the amount went into Sagsfremstilling and the
    attachments into the decision."""
    item = _meeting("pdf_closed_last_item_marked_below.pdf").item(2)
    assert item.section("Økonomiske konsekvenser og finansiering").startswith("2,4 mio. kr.")
    assert item.decision == "Godkendt." and item.section("Bilag").startswith("1. Tilbud")
