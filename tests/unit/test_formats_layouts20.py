"""A twentieth round: a page dated "13. nov. 2024", a Hugo page with TOML front matter
and shortcodes, a fixed-width export between "=====" rules, a GitHub-flavoured export
with case numbers in backticks, a Prepare print's "Mødetidspunkt: 11-09-2024 08:00 -
11:15". Each test failed on the code before this round. The documents are synthetic."""

from __future__ import annotations

from datetime import date

from referat.domain import Meeting

from .fixture_files import one_meeting


def _meeting(name: str) -> Meeting:
    return one_meeting("formats20", name)


def test_an_abbreviated_month() -> None:
    """"Onsdag d. 13. nov. 2024 kl. 17.00". Before: rejected ("ingen mødedato")."""
    m = _meeting("web_abbreviated_month.html")
    assert (m.date, m.start_time) == (date(2024, 11, 13), "17:00")
    assert m.item(2).votes["imod"] == ["Ø"]


def test_a_hugo_page_with_toml_front_matter() -> None:
    """"+++" / 'udvalg = "Klima-, Miljø- og Planudvalget"' / "+++", "{{< meeting-header >}}",
    and earlier decisions "Klima-, Miljø- og Planudvalget, 13. august 2024, punkt 5:".
    Before: the committee was "+++" and the history was text."""
    m = _meeting("markdown_hugo_toml_front_matter.md")
    assert (m.committee, m.doc_type) == ("Klima-, Miljø- og Planudvalget", "dagsorden")
    assert m.start_time == "17:00"
    history = [h for i in m.items for h in i.history]
    assert ("Klima-, Miljø- og Planudvalget", date(2024, 8, 13), 5) in [
        (h.committee, h.date, h.punkt) for h in history]


def test_a_fixed_width_export_between_rules() -> None:
    """"=====" rules around each item, "… forlod mødet … efter behandlingen af punktet"
    under item 204. Before: the rules ended every decision, and the leaver was absent
    from item 204 too."""
    m = _meeting("text_fixed_width_export.txt")
    assert not any("====" in s.text for i in m.items for s in i.sections)
    assert [i.number for i in m.items if "Jens Henrik Hovmand (O)" in i.absentees] == [205, 206]


def test_case_numbers_in_backticks_and_a_dash_before_the_committee() -> None:
    """"Sagsnr.: `18.15.00-Ø40-1-24`" and "# Halsnæs Kommune – Kultur- og
    Fritidsudvalget". Before: no case number, and the committee began with "– "."""
    m = _meeting("markdown_backtick_case_numbers.md")
    assert m.committee == "Kultur- og Fritidsudvalget"
    assert m.item(2).journal_number == "18.15.00-Ø40-1-24"


def test_a_start_time_after_the_date_without_kl() -> None:
    """"Mødetidspunkt: 11-09-2024 08:00 - 11:15". Before: no start time."""
    m = _meeting("pdf_time_after_date_without_kl.pdf")
    assert (m.date, m.start_time) == (date(2024, 9, 11), "08:00")


def test_a_boards_email_answering_its_agenda_point_by_point() -> None:
    """An e-mail ("Hej alle" … "Mvh" / "Karen" / "Sekretær, Lokalrådet …"), then "REFERAT"
    / "Lokalrådet Vestervig-Agger", an agenda list "1. Godkendelse af referat …" and "Ad
    pkt. 1:" alone above each point's text. Before: one item, "5 Evt.", held the whole
    meeting, and the committee was the mail's sign-off."""
    m = _meeting("text_email_answers_agenda_ad_pkt.txt")
    assert m.committee == "Lokalrådet Vestervig-Agger"
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert m.item(2).title == "Økonomi"
    assert m.item(1).sections[0].text == "Referatet fra 5. september blev godkendt."


def test_numbered_paragraphs_that_are_labels() -> None:
    """A board's Word minutes: "2.1 …", "2.2 …", "2.3 Beslutning: Bestyrelsen tog …".
    Before: no decision was read (an agenda)."""
    m = _meeting("word_numbered_paragraph_labels.docx")
    assert m.doc_type == "referat"
    assert m.item(2).decision.startswith("Bestyrelsen tog regnskab og budgetopfølgning")
    assert m.item(3).votes == {"imod": ["Lars Holm"]}


def test_votes_a_party_a_line_and_case_numbers_beside_marks_and_document_numbers() -> None:
    """"Afstemning:" / "Socialdemokratiet (A): For" / "Dansk Folkeparti (O): Imod" …;
    "Åbent punkt     Sagsnr.: 24-004118" under the title; "212. Godkendelse af dagsorden
    Sagsnr. 00.22.00-A00-1-24   Dok.nr. 141002-24". Before: no vote was read and 11 of 12
    case numbers were lost (or left in the title)."""
    m = _meeting("pdf_party_vote_lines_open_mark_case.pdf")
    assert m.item(135).votes == {"for": ["A", "V", "F", "C", "I", "Æ"], "imod": ["O", "Ø"]}
    assert m.item(135).journal_number == "24-004118"
    assert m.item(139).closed
    kmd = _meeting("pdf_title_line_case_and_document_numbers.pdf")
    assert (kmd.item(212).title, kmd.item(212).journal_number) == (
        "Godkendelse af dagsorden", "00.22.00-A00-1-24")


def test_short_items_before_eventuelt_and_members_with_their_schools() -> None:
    """A youth council: "5. Ungdommens Folkemøde - evaluering (10 min.)" with two lines of
    text, then "6. Eventuelt"; members one a line, "Mikkel Dahl (Holstebro Tekniske
    Gymnasium), næstformand". Before: items 5 and 6 went into item 4's decision, and the
    list ended after its first member."""
    m = _meeting("pdf_short_items_before_eventuelt.pdf")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.item(4).decision.startswith("Bevilget 15.000 kr.")
    present = [p.name for p in m.participants if p.status == "deltog"]
    assert len(present) == 6 and "Mikkel Dahl (Holstebro Tekniske Gymnasium)" in present


def test_the_list_of_participants_after_the_items() -> None:
    """"Deltagerliste" / "Navn Parti Fremmøde" / "Susanne Eilersen, formand V Til stede" …
    after the last item. Before: only the one absent member was known, and the whole
    table ended the last item's decision."""
    m = _meeting("pdf_participants_list_at_the_end.pdf")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert len(people) == 8
    assert people["Susanne Eilersen (V)"] == ("deltog", "formand")
    assert people["Peter Hvelplund (Ø)"] == ("deltog", "stedfortræder")
    assert "Deltagerliste" not in m.items[-1].decision


def test_a_word_cells_paragraphs_stay_lines() -> None:
    """A Word item table whose "Beslutning" cell holds several paragraphs ("… vedtaget." /
    "For stemte 27: A, V, …" / "Imod stemte 2: Ø" / "Søren Rasmussen (Ø) deltog ikke i
    afstemningen."). Before: they ran into one line, and the vote lines were read as
    absentees' names."""
    m = _meeting("word_cell_paragraphs_stay_lines.docx")
    item = m.item(188)
    assert item.votes == {"for": ["A", "V", "C", "F", "O", "I", "Æ"], "imod": ["Ø"]}
    assert item.absentees == ["Søren Rasmussen (Ø)"]
    assert "\nImod stemte 2: Ø\n" in item.decision


def test_an_old_sites_menu_in_a_layout_tables_cell() -> None:
    """A 2000s CMS: the page is a layout table whose left cell holds only the site's
    links ("Forside", "Politik", "Kommunalbestyrelsen", …). Before: the committee was
    "Forside Politik Kommunalbestyrelsen Økonomiudvalget … Kontakt Kommunalbestyrelsen"."""
    m = _meeting("web_old_cms_menu_cell.html")
    assert (m.municipality, m.committee) == ("Læsø", "Kommunalbestyrelsen")
    assert m.item(78).title == "Godkendelse af dagsorden"
