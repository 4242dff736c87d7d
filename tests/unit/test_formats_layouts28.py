"""Layout round 28 (the misreadings /work/fmt28 found: a region's minutes in capitals
whose recommendation is "ADMINISTRATIONENS INDSTILLING" and whose earlier treatment is
another body's undated decision heading, …): the fixes, each with the layout that
showed it."""

from __future__ import annotations

from datetime import date

import pytest

from .fixture_files import one_meeting

HERE = "formats28"

_REGION_DECISIONS = [
    (1, "Dagsordenen blev godkendt."),
    (2, "Indstillingen blev godkendt.\nNiels Kjær (Ø) deltog ikke i sagens behandling."),
    (3, "Der blev begæret afstemning.\nFor stemte: A, V, C, F, Ø, B, I, O (38)\n"
        "Imod stemte: Æ (1)\n\nUndlod at stemme: 0\nIndstillingen blev herefter godkendt."),
    (4, "Regionsrådet udpegede Jakob Sølvhøj (Ø) som nyt medlem."),
    (5, "Taget til efterretning."),
    (6, "Godkendt."),
    (7, "Intet."),
]


def test_the_staffs_recommendation_named_in_the_genitive() -> None:
    """Items in capitals, each opened by "ADMINISTRATIONENS INDSTILLING" and its "at …"
    line: the label is the recommendation's heading, not part of the title, so every item
    is read with its own decision and its case number printed last ("JOURNALNUMMER" /
    "24012567"), and the contents list (titles with page numbers) gives no items."""
    m = one_meeting(HERE, "pdf_region_capitals_labels_case_number_last.pdf")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Region Hovedstaden", "Regionsrådet", date(2025, 3, 18), "17:00")
    assert [(i.number, i.decision) for i in m.items] == _REGION_DECISIONS
    assert [i.title for i in m.items][:2] == [
        "GODKENDELSE AF DAGSORDEN", "REGNSKAB 2024 – FORELØBIGT RESULTAT OG OVERFØRSLER TIL 2025"]
    assert [(i.number, i.journal_number, i.closed) for i in m.items if i.journal_number] == [
        (2, "24012567", False), (3, "25001983", False), (4, "25003310", False),
        (6, "25002004", True)]
    assert m.items[0].sections[0].name == "Indstilling"
    assert m.items[1].absentees == ["Niels Kjær (Ø)"]
    assert m.items[2].votes["imod"] == ["Æ"]


def test_a_repeated_label_in_capitals_ends_a_title_in_capitals() -> None:
    """The same layout with a label no list knows ("SEKRETARIATETS OPLÆG") under each
    title: a line printed under several items is a label, and a title in capitals does
    not run on into a line in lower case, so the items and their decisions stay apart
    (the unknown label stays in the item's text)."""
    m = one_meeting(HERE, "pdf_capitals_titles_unknown_label.pdf")
    assert [(i.number, i.decision) for i in m.items] == _REGION_DECISIONS
    assert m.items[0].title == "GODKENDELSE AF DAGSORDEN"
    assert m.items[2].title.endswith("NORDSJÆLLANDS HOSPITAL, HELSINGØR")


def test_another_bodys_undated_decision_is_the_items_history() -> None:
    """"FORRETNINGSUDVALGETS BESLUTNING" ("Anbefalet.") before "REGIONSRÅDETS
    BESLUTNING" in the council's minutes is the case's earlier treatment, not a second
    decision of this meeting."""
    m = one_meeting(HERE, "pdf_region_capitals_labels_case_number_last.pdf")
    item = m.items[1]
    assert [s.text for s in item.sections if s.name == "Beslutning"] == [
        "Indstillingen blev godkendt.\nNiels Kjær (Ø) deltog ikke i sagens behandling."]
    assert [(t.committee, t.date, t.text) for t in item.history] == [
        ("Forretningsudvalget", None, "Anbefalet.")]
    assert [i.number for i in m.items if i.history] == [2, 3]


def test_markdown_as_pandoc_writes_it() -> None:
    """Pandoc's markdown: setext headings ("1\\. Title" over "-----", the number escaped),
    the head as a definition list ("Mødested" / ":   …", the members one a line with a
    hard break "\\"), "--" for a dash and a footer div (`::: {.footer}`) after the last
    item: the items are read, the head's fields are the meeting's, and the footer is in
    no decision."""
    m = one_meeting(HERE, "markdown_pandoc_setext_definition_list.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Kultur- og Fritidsudvalget", date(2025, 4, 7), "18:00", "Vallensbæk Rådhus, mødelokale 3")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Lise Holm (A)", "deltog"), ("Thomas Wiegaard (V)", "deltog"),
        ("Ketty Steiner (A)", "deltog"), ("Henrik Rasmussen (C)", "deltog"),
        ("Mads Pedersen (V)", "afbud")]
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Folkeoplysningspolitik 2025-2028", False),
        (3, "Tilskud til renovering af klubhus – Vallensbæk Boldklub", False),
        (4, "Evaluering af Kulturnatten 2024", False),
        (5, "Ansøgning om lokaletilskud – forening", True), (6, "Eventuelt", False)]
    assert m.items[1].journal_number == "24/1877"
    assert m.items[5].decision == (
        "Ketty Steiner (A) spurgte til åbningstiderne i svømmehallen i sommerferien.")


def test_item_numbers_given_only_by_an_ordered_lists_start() -> None:
    """A print page whose items are `<li><h3>Title</h3>…` in `<ol start="61">` and
    `<ol start="66">` (open and closed items): the list's numbering is the items'
    numbers, so the file is read (it was rejected as having no items)."""
    m = one_meeting(HERE, "html_ordered_list_start_items_open_with_heading.html")
    assert (m.committee, m.date, m.start_time) == (
        "Teknik- og Miljøudvalget", date(2025, 6, 3), "17:00")
    assert [(i.number, i.closed) for i in m.items] == [
        (61, False), (62, False), (63, False), (64, False), (65, False), (66, True), (67, True)]
    assert m.items[0].title == "Godkendelse af dagsorden"
    assert m.items[2].decision.startswith("Anbefales.")
    assert m.items[5].journal_number == "25/002230"
    assert m.items[6].absentees == ["Jan Prang (O)"]


_BOARD_MAIL = "text_email_board_minutes_date_without_year.txt"


def test_a_mailed_date_line_without_its_year() -> None:
    """A board's minutes mailed as an e-mail ("Sendt: 14. marts 2025 08:47"), whose own
    date line has no year ("Onsdag den 12. marts kl. 17.00-19.00, …"): the year is the
    mail's (the meeting came before it was sent), not a rejected file; the mail's own
    date is not the meeting's."""
    m = one_meeting(HERE, _BOARD_MAIL)
    assert (m.date, m.start_time) == (date(2025, 3, 12), "17:00")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert ("Mette Juul", "afbud") in [(p.name, p.status) for p in m.participants]


def test_a_boards_items_without_a_decision_label_are_its_record() -> None:
    """The board writes "Beslutning:" in two items only; the others hold only the text
    under the title ("Godkendt uden bemærkninger."): that text is what the board did,
    not a missing decision, while an item's text before its "Beslutning:" stays its
    account."""
    m = one_meeting(HERE, _BOARD_MAIL)
    assert m.items[0].decision == "Godkendt uden bemærkninger."
    assert m.items[4].decision.startswith("Forårsfesten holdes torsdag den 24. april.")
    assert [s.name for s in m.items[2].sections] == ["Beskrivelse", "Beslutning"]
    assert m.items[3].decision == "Budgettet blev taget til efterretning."
    assert not m.warnings


def test_the_place_after_the_date_lines_time_and_the_mails_signature() -> None:
    """"Onsdag den 12. marts kl. 17.00-19.00, personalerummet, Tranebjerg": the place
    follows the time after a comma; the mail's signature under its "-- " line (name,
    title, address, phone) is no part of the last item."""
    m = one_meeting(HERE, _BOARD_MAIL)
    assert m.place == "personalerummet, Tranebjerg"
    assert "Tlf." not in m.items[-1].decision
    assert m.items[-1].decision.startswith("Peter spurgte til busplanen")


def test_attachment_pages_after_the_last_item() -> None:
    """A "samlet dokument": after the last item come the attachments' own pages, each
    stamped "Bilag til punkt N: …" at its top (a memo with its own "Sagsnr.:" and
    numbered headings, a letter): they are no part of the last item, whose decision
    stays "Intet." and which gets no case number from the memo."""
    m = one_meeting(HERE, "pdf_minutes_with_attachment_pages_after_items.pdf")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6, 7]
    last = m.items[-1]
    assert (last.title, last.journal_number) == ("Eventuelt", None)
    assert last.decision.startswith("Intet.") and "NOTAT" not in last.decision
    assert not any("Naturfredningsforening" in s.text for s in last.sections)


_OS2WEB = "html_os2web_meeting_fields.html"


def test_a_cms_field_naming_the_documents_kind_is_no_committee() -> None:
    """An OS2web (Drupal) meeting page labels its fields "Type" / "Referat", "Start",
    "Slut", …: "Type: Referat" says the document's kind; the committee is the page's
    title, "Børne- og Familieudvalget"."""
    m = one_meeting(HERE, _OS2WEB)
    assert (m.committee, m.doc_type, m.date, m.start_time) == (
        "Børne- og Familieudvalget", "referat", date(2025, 3, 11), "16:00")
    assert [(i.number, i.closed) for i in m.items][-2:] == [(5, True), (6, False)]


def test_a_cms_field_with_one_participant_an_element() -> None:
    """"Deltagere" with one `<div class="field__item">` per member (a blank line between
    names in the page's text): every member is read, not only the first."""
    m = one_meeting(HERE, _OS2WEB)
    assert [(p.name, p.status) for p in m.participants] == [
        ("Ib Kristensen (V)", "deltog"), ("Louise Juhl Dahl (V)", "deltog"),
        ("Rikke Bryde Højgaard (V)", "deltog"), ("Karin Dahl (A)", "deltog"),
        ("Tomas Nielsen (O)", "deltog"), ("Lotte Kristensen (A)", "afbud")]


def test_the_place_labelled_lokation() -> None:
    """"Lokation" (OS2web's label for the meeting's place) is the place."""
    m = one_meeting(HERE, _OS2WEB)
    assert m.place == "Mødelokale Grindsted, Rådhuset, Jorden Rundt 1, 7200 Grindsted"


@pytest.mark.parametrize("name", ["word_committee_only_in_page_header.docx",
                                  "word_committee_only_in_page_header_no_heading.docx"])
def test_a_word_committee_named_only_in_the_page_header(name: str) -> None:
    """The first page's header part reads "LEMVIG KOMMUNE" / "Referat" / "Klima- og
    Naturudvalget"; the body has the date but opens with a "Mødeinformation" heading (or
    straight with its table of members): the committee is the header's, not the body's
    first heading or a member's name."""
    m = one_meeting(HERE, name)
    assert (m.committee, m.date, m.start_time) == (
        "Klima- og Naturudvalget", date(2025, 5, 14), "14:00")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6, 7]


_EDOC_2019 = "edoc_2019_structured_participants.xml"


def test_an_edoc_exports_structured_participants_and_location() -> None:
    """A later eDoc schema has no front page text: the participants are `<Participant>`
    elements (Name, Party, Role, Attendance) and the place is `<MeetingLocation>`."""
    m = one_meeting(HERE, _EDOC_2019)
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Økonomiudvalget", date(2025, 2, 25), "17:00", "Mødelokale 1, Dragør Rådhus")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Kenneth Gøtterup (C)", "deltog", "formand"),
        ("Helle Barth (C)", "deltog", "næstformand"), ("Allan Holst (A)", "deltog", ""),
        ("Annette Nielsen (F)", "afbud", ""), ("Ebbe Kyrø (V)", "deltog", "")]


def test_a_closed_mark_under_an_edoc_items_case_number() -> None:
    """"Lukket punkt" alone under a closed item's "Sagsnr.:" is the item's mark, not its
    case text."""
    m = one_meeting(HERE, _EDOC_2019)
    assert [(i.number, [s.name for s in i.sections]) for i in m.items if i.closed] == [
        (6, ["Beslutning"]), (7, ["Beslutning"])]
