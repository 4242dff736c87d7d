"""An eighth round: systems' prints and exports the parser had not seen — KMD's "Sag nr. 6"
over "Lukket punkt" over the title, a council's protocol numbering items "§ 41", Region
Hovedstaden's decision record with each body's dated decision under one "BESLUTNINGER",
an Acadre agenda headed "Dagsordenpunkt 3", an eDoc print with the case number far right
on the heading's line and "Ad 1: Anbefales." in a decision, items marked "(Åben)" under
a one-line header split by "|", a markdown export with bold labels, and minutes sent as
an e-mail with items "1)". Each failed before (skipped, items lost, merged or invented)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.formats.text import parse_minutes
from referat.domain import Meeting

FIXTURES = Path(__file__).parent / "fixtures" / "formats8"


def _meeting(name: str) -> Meeting:
    (meeting,) = read_meetings(FIXTURES / name)
    return meeting


def _items(m: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(i.number, i.title, i.journal_number, i.closed) for i in m.items]


def test_kmd_print_with_the_open_mark_between_number_and_title() -> None:
    m = _meeting("text_kmd_sag_nr_open_mark.txt")
    assert (m.committee, m.date, m.start_time) == ("Teknisk Udvalg", date(2024, 4, 10), "15:00")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.items[1].title == "Trafiksikkerhedsplan 2024-2027"
    assert _items(m)[5] == (6, "Erstatningssag - vejudvidelse Bredballe", "05.01.10-G00-3-23",
                            True)
    assert [i.closed for i in m.items[:5]] == [False] * 5
    assert m.items[4].decision.startswith("Anbefales.")  # not item 6's "Godkendt." too
    assert "Lukket punkt" not in m.items[4].section("Bilag")


def test_council_protocol_numbers_items_as_paragraphs() -> None:
    m = _meeting("text_council_paragraphs.txt")
    assert m.committee == "Byrådet"  # "BYRÅDETS PROTOKOL"
    assert m.place == "Byrådssalen, Skive Rådhus, Torvegade 10, 7800 Skive"
    assert [i.number for i in m.items] == [41, 42, 43, 44, 45, 46]
    assert m.items[-1].closed
    assert all("initialer" not in i.decision for i in m.items)  # "Formandens initialer: ___"
    lokalplan = m.item(43)
    assert lokalplan is not None
    # "Økonomiudvalget den 10. april 2024, § 90:" is that committee's, not this meeting's
    assert [(t.committee, t.date, t.punkt) for t in lokalplan.history] == [
        ("Teknik- og Miljøudvalget", date(2024, 4, 3), 52),
        ("Økonomiudvalget", date(2024, 4, 10), 90)]
    assert "Teknik- og Miljøudvalgets indstilling anbefales" not in lokalplan.decision


def test_region_protocol_keeps_its_items_and_each_body_its_decision() -> None:
    m = _meeting("text_region_protocol.txt")
    assert (m.committee, m.start_time) == ("Regionsrådet", "17:00")
    assert m.place == "Regionsrådssalen, Regionsgården, Kongens Vænge 2, 3400 Hillerød"
    # the attachment list "1. …" / "2. Høringsnotat" right before item 3 takes no item
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    strategy = m.items[1]
    assert strategy.decision.startswith("Godkendt.")
    assert "Anbefalet." not in strategy.decision  # Forretningsudvalget's, a week earlier
    assert [(t.committee, t.date) for t in strategy.history] == [
        ("Forretningsudvalget", date(2024, 6, 11))]
    assert "Lars Gert Lose" not in strategy.decision  # "DIREKTØRPÅTEGNING" is no decision
    assert strategy.journal_number == "23056781"  # "JOURNALNUMMER" above the number
    assert "Høringsnotat" in strategy.section("Bilag")  # "BILAGSFORTEGNELSE"


def test_acadre_agenda_headed_dagsordenpunkt_is_an_agenda() -> None:
    m = _meeting("text_acadre_agenda.txt")
    assert m.doc_type == "dagsorden"
    assert [(i.number, i.closed) for i in m.items] == [
        (1, False), (2, False), (3, False), (4, False), (5, False), (6, True)]
    assert m.items[5].title == "Ekspropriation til vejanlæg i Sæby"
    assert not any(i.decision for i in m.items)  # empty "Beslutning … den 04-03-2024"


def test_edoc_print_with_case_numbers_far_right_and_points_answered_in_the_decision() -> None:
    m = _meeting("text_edoc_right_case_numbers.txt")
    assert m.committee == "Kultur- og Fritidsudvalget"  # not the letterhead's address
    assert _items(m)[:3] == [
        (1, "Godkendelse af dagsorden", "2024-000211", False),
        (2, "Meddelelser", "2024-000212", False),
        (3, "Ansøgning fra Hillerød Svømmeklub om øget træningstid i Hillerød Svømmehal",
         "2023-014876", False)]
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]  # "Ad 1: Anbefales." is no item
    assert m.items[3].decision.startswith("Ad 1: Anbefales.\nAd 2: Godkendt.")
    assert m.items[5].closed


def test_items_marked_open_in_words_under_a_one_line_header() -> None:
    m = _meeting("text_open_marks_one_line_header.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Økonomiudvalget", date(2024, 5, 7), "07:45", "Mødelokale 1, Rådhuset, Helsinge")
    assert _items(m)[0] == (1, "Godkendelse af dagsorden", "24/7701", False)  # "Sag: 24/7701"
    assert [i.closed for i in m.items] == [False, False, False, False, True]
    assert m.items[0].decision.startswith("Godkendt.")


def test_markdown_export_with_bold_labels() -> None:
    m = _meeting("text_markdown_bold_labels.md")
    assert m.place == "Mødelokale 3, Skive Rådhus, Torvegade 10, Skive"  # "… · … · place"
    assert _items(m)[0] == (1, "Godkendelse af dagsorden", "24/12001", False)
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.items[4].closed and not m.items[5].closed
    assert m.items[5].title == "Eventuelt"
    assert "sommerjob" in m.items[5].decision and "sommerjob" not in m.items[4].decision


def test_minutes_sent_as_an_email() -> None:
    m = _meeting("text_email_paren_items.txt")
    # the e-mail's "Fra:" and "Sendt: 13. marts 2024" are not the meeting's
    assert (m.committee, m.date, m.start_time) == ("Ældrerådet", date(2024, 3, 11), "13:30")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.items[4].closed and m.items[5].title == "Eventuelt"
    tail = m.items[5].section("Beskrivelse")
    assert "Vestervig" in tail
    # the signature and the forwarded agenda below "Med venlig hilsen" are no item text
    assert "Jernbanevej" not in tail and "Oprindelig" not in tail


@pytest.mark.parametrize("line", ["Formandens initialer: ______", "Underskrift: _____"])
def test_a_field_to_fill_in_is_no_text(line: str) -> None:
    m = parse_minutes("Økonomiudvalget\nMødedato: 12.03.2024 kl. 15.00\n\n"
                      f"1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n{line}\n\n"
                      "2. Eventuelt\nBeslutning\nIntet.\n")
    assert m.items[0].decision == "Godkendt."


def test_a_letterhead_address_is_no_committee() -> None:
    m = parse_minutes("HILLERØD KOMMUNE\nTrollesbro Allé 2\n3400 Hillerød\n\nKultur- og "
                      "Fritidsudvalget\n\nTirsdag den 5. marts 2024 kl. 17.00\n\n"
                      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
                      "2. Eventuelt\nBeslutning\nIntet.\n")
    assert m.committee == "Kultur- og Fritidsudvalget"


# --- round nine: longer and rougher texts ------------------------------------------------


def test_a_council_list_of_members_one_a_line_is_read_to_its_end() -> None:
    m = _meeting("text_council_long_members.txt")
    names = [p.name for p in m.participants]
    assert "Torben Nørgaard (V)" in names and "Hanne Thygesen (V)" in names  # the 11th, 12th
    assert [i.number for i in m.items][:2] == [312, 313] and len(m.items) >= 25


def test_words_and_headings_hyphenated_over_two_lines() -> None:
    m = _meeting("text_hyphenated.txt")
    assert m.committee == "Teknik- og Miljøudvalget"  # "Teknik- og Miljø-" / "udvalget"
    assert m.items[1].decision.startswith("Udvalget godkendte prioriteringen")  # "Beslut-"
    assert m.items[1].section("Indstilling").startswith("Direktøren")  # "Indstil-" / "ling"
    assert m.items[3].decision.startswith("Godkendt.")
    assert "Ole Vind (A)" in m.items[3].absentees


def test_two_meetings_in_one_file_each_with_its_header() -> None:
    first, second = read_meetings(FIXTURES / "text_two_meetings.txt")
    assert (first.committee, first.date) == ("Børne- og Skoleudvalget", date(2024, 4, 9))
    assert (second.committee, second.date) == ("Børne- og Skoleudvalget", date(2024, 4, 23))
    assert first.items[-1].decision == "Taget til efterretning."  # not the next header


def test_a_web_page_whose_contents_list_carries_open_badges() -> None:
    m = _meeting("text_web_badges_contents.txt")
    assert [(i.number, i.journal_number is not None) for i in m.items][:4] == [
        (1, True), (2, True), (3, True), (4, True)]
    assert m.items[0].decision == "Godkendt."
    assert m.items[4].closed and m.items[4].decision == "Godkendt."  # no "Del / Udskriv"
    assert [t.committee for t in m.items[2].history] == ["Teknisk Udvalg"]


def test_a_boards_free_form_minutes() -> None:
    m = _meeting("text_board_free_form.md")
    assert (m.committee, m.doc_type) == ("Handicaprådet", "referat")  # "## Ad 1. …"
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert m.items[1].journal_number == "23/19877"  # "(sagsnr. 23/19877)" in the title
    assert m.items[2].decision.startswith("Rådet drøftede udkastet.")


def test_an_agenda_with_empty_decision_labels_and_a_supplement() -> None:
    m = _meeting("text_agenda_supplement.txt")
    assert m.doc_type == "dagsorden"
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6, 7]
    assert not any(i.decision for i in m.items)  # "TILLÆGSDAGSORDEN" is no decision


# --- round ten: Word files and web pages ----------------------------------------------------


def test_word_header_table_by_columns() -> None:
    m = _meeting("word_column_header_table.docx")
    assert (m.committee, m.place) == ("Kultur- og Fritidsudvalget", "Rådhuset, mødelokale 3")
    assert [(p.name, p.status, p.role) for p in m.participants][:2] == [
        ("Lise Hjorth (A)", "deltog", "formand"), ("Peter Kragh (V)", "deltog", "næstformand")]
    assert ("Ole Brix (O)", "afbud") in [(p.name, p.status) for p in m.participants]
    assert m.item(24).votes == {"for": ["A", "V", "C"], "imod": ["Mette Sand (F)"]}


def test_word_items_whose_only_line_is_an_inline_decision() -> None:
    m = _meeting("word_bold_labels_inline.docx")
    assert [(i.number, i.closed) for i in m.items] == [
        (40, False), (41, False), (42, False), (43, True), (44, False)]
    assert m.item(40).decision == "Godkendt."  # "Beslutning: Godkendt." its only line
    assert m.item(43).title == "Erstatningssag vedr. vejskade"  # "Lukket punkt: Punkt 43. …"
    assert m.item(42).votes == {"imod": ["V", "O", "A"], "for": ["F"]}


def test_word_agenda_as_one_table() -> None:
    m = _meeting("word_agenda_table.docx")
    assert [(i.number, i.closed) for i in m.items] == [
        (1, False), (2, False), (3, False), (4, True), (5, False)]
    assert m.item(2).title == "Skolestruktur på Mors"
    assert m.item(2).journal_number == "17.01.00-A00-2-24"
    assert m.item(2).decision.startswith("Model B sendes i høring.")


def test_word_page_header_and_a_decision_in_a_text_box() -> None:
    m = _meeting("word_page_header_text_box.docx")
    assert (m.committee, m.date) == ("Børne- og Familieudvalget", date(2024, 8, 20))
    assert m.item(1).decision == "Godkendt."  # in a text box, read once
    assert m.item(2).decision.count("Indstillingen blev godkendt.") == 1


def test_web_agenda_with_an_article_per_item() -> None:
    m = _meeting("web_article_agenda.html")
    assert (m.committee, m.doc_type) == ("Miljø- og Energiudvalget", "dagsorden")
    assert [(i.number, i.journal_number, i.closed) for i in m.items][:4] == [
        (1, "2024-000112", False), (2, "2023-041177", False), (3, "2024-015520", False),
        (4, "2024-020004", True)]


def test_web_attachments_list_and_a_layout_tables_footer() -> None:
    m = _meeting("web_cms_attachments_list.html")
    assert "Skema A" not in m.item(103).decision and "Skema A" in m.item(103).section("Bilag")
    page = _meeting("web_layout_tables.html")
    assert page.item(210).decision == "Godkendt."  # its only row
    assert page.item(214).decision == "Intet."  # not the town hall's address below it


# --- round eleven: more systems' prints ---------------------------------------------------


def test_items_given_by_label_lines() -> None:
    m = _meeting("text_label_per_line_items.txt")  # "Dagsordenspunkt: 1" / "Titel: …"
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert (m.items[0].title, m.items[0].journal_number) == ("Godkendelse af dagsorden", "24/1102")


def test_a_contents_list_in_another_style_than_the_items() -> None:
    m = _meeting("text_contents_in_another_style.txt")
    assert m.committee == "Børne- og Uddannelsesudvalget"  # not "DAGSORDEN MED BESLUTNINGER"
    assert all(i.decision for i in m.items)  # "Punkt 1   Title" … above "1. Title"
    assert m.items[4].decision == "Punktet udgik."
    assert m.items[1].section("Sagsfremstilling").startswith("Kvalitetsrapporten")
    assert "Side 1 af 4" not in m.items[6].decision


def test_a_running_header_naming_the_continued_item() -> None:
    m = _meeting("text_running_item_headers.txt")  # "Punkt 7 - Lokalplan 1234 (fortsat)"
    assert [(i.number, i.journal_number) for i in m.items][:2] == [(7, "24/4411"), (8, "23/12004")]
    assert m.items[0].title == "Lokalplan 1234 - Erhvervsområde ved Ørnevej"
    assert "Parkeringsstrategi" not in m.items[0].decision
    assert m.items[1].votes == {"imod": ["V"]}  # "Godkendt med 3 stemmer mod 1 (V)."


def test_an_old_web_page_footer_is_no_decision() -> None:
    m = _meeting("web_old_font_tables.html")
    assert "webmaster" not in m.items[-1].decision


def test_a_list_right_under_an_items_title_is_its_text() -> None:
    m = parse_minutes("Kulturudvalget\nMødedato: 12.09.2024 kl. 16.00\n\n"
                      "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
                      "2. Meddelelser\n- Kulturnatten afholdes den 11. oktober.\n"
                      "- Ny leder af Musikskolen er ansat.\n\n"
                      "Beslutning:\nTaget til efterretning.\n")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Meddelelser"]
    assert m.items[1].decision == "Taget til efterretning."


# --- round twelve: the structured formats' variants ------------------------------------------


def test_edoc_another_committees_decision_of_the_same_day_is_history() -> None:
    m = _meeting("web_edoc_same_day_other_body.xml")
    jobcenter = m.item(13)
    assert jobcenter.decision == "Anbefales." and jobcenter.votes == {}
    assert [t.committee for t in jobcenter.history] == ["Beskæftigelsesudvalget"]


def test_firstagenda_closed_by_its_legal_ground() -> None:
    m = _meeting("web_firstagenda_api_closed_by_law.json")
    item = m.item(5)  # "… (lukket punkt jf. styrelseslovens § 10, stk. 2)"
    assert item.closed and item.title == "Køb af ejendom til daginstitution"
    assert item.decision.startswith("Økonomiudvalget godkendte købet.")


def test_only_an_amendment_voted_on_is_no_vote_on_the_item() -> None:
    m = _meeting("web_firstagenda_api_amendment.json")
    assert m.item(8).votes == {}  # "Ændringsforslag fra A … forkastet" / "Herefter … godkendt"


def test_acadre_absence_as_a_list_line() -> None:
    m = _meeting("web_acadre_listed_absence.xml")  # "<li>Fraværende: …</li>"
    assert m.item(203).absentees == ["Jesper Mathiesen (A)", "Steen Fris (C)"]
