"""A nineteenth round: a school board's "d. 14/5-24", a council whose decisions read
"Byrådet 26.06.2024: Godkendt." item after item, an agenda whose first item has no text,
"pr. 1." / "januar 2024" at a line's end, minutes quoted in an Outlook reply, Obsidian's
"## 1 · Title" and "Sagsnr:: …", "Punkt 1 godkendt." inside a decision, headings in
capitals, a print view's "Udskrevet 26-06-2024", a SharePoint page. Each test failed on
the code before this round. The documents are synthetic."""

from __future__ import annotations

from datetime import date

from referat.domain import Meeting

from .fixture_files import one_meeting


def _meeting(name: str) -> Meeting:
    return one_meeting("formats19", name)


def test_a_two_digit_year_after_the_dash() -> None:
    """"Torsdag d. 14/5-24 kl. 17.00" (a school board), "7/5-24". Before: the file was
    rejected ("ingen mødedato fundet i hovedet")."""
    m = _meeting("pdf_short_year_date.pdf")
    assert (m.date, m.start_time) == (date(2024, 5, 14), "17:00")
    assert len(m.items) == 6


def test_a_dated_decision_line_repeated_item_after_item_is_no_running_header() -> None:
    """"Byrådet 26.06.2024: Godkendt." under five items. Before: the line counted as page
    furniture (it repeats and carries the meeting's date), and five decisions were lost."""
    m = _meeting("pdf_dated_decision_lines_repeated.pdf")
    assert all(i.decision for i in m.items)
    assert m.item(113).decision == "Godkendt."


def test_an_agendas_first_item_without_text() -> None:
    """"87. Godkendelse af dagsorden" with nothing under it, then "88. …" with a case
    number. Before: item 87 was dropped."""
    m = _meeting("pdf_agenda_opening_item_without_text.pdf")
    assert m.doc_type == "dagsorden"
    assert [i.number for i in m.items] == [87, 88, 89, 90, 91, 92]


def test_a_date_wrapped_after_pr_is_no_list_marker() -> None:
    """"… fordeles efter indbyggertal pr. 1." / "januar 2024: …". Before: the text read
    "1. … pr. januar 2024"."""
    m = _meeting("pdf_date_wrapped_after_pr.pdf")
    text = "\n".join(s.text for i in m.items for s in i.sections)
    assert "pr. 1. januar 2024" in " ".join(text.split())


def test_minutes_quoted_in_an_email_reply() -> None:
    """"Hej Susanne" / a reply / "-----Oprindelig meddelelse-----" / "> ÆRØ KOMMUNE" /
    "> Ældrerådet" / "> REFERAT" … every line of the minutes quoted. Before: rejected; with
    the quotes gone, the committee was "Hej Susanne"."""
    m = _meeting("text_outlook_quoted_minutes.txt")
    assert (m.municipality, m.committee) == ("Ærø", "Ældrerådet")
    assert len(m.items) == 6 and all(i.decision for i in m.items)


def test_obsidian_headings_and_fields() -> None:
    """"## 1 · Godkendelse af dagsorden", "Sagsnr:: 24/8812", "> **Sted:** …" (a callout).
    Before: rejected (no items)."""
    m = _meeting("markdown_obsidian_dot_headings.md")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert m.item(2).title == "Naturpakke Odder – udpegning af nye naturområder"
    assert m.item(2).journal_number == "24/8812"
    assert m.place == "Byrådssalen, Odder Rådhus, Rådhusgade 3"


def test_a_punkt_sentence_in_a_decision_is_no_item() -> None:
    """"Punkt 1 godkendt. Punkt 2 anbefales …" inside a decision, among seven
    "<h2>N. Title</h2>" items. Before: that sentence was item 1, and items 1–2 were lost
    and 3–7 merged."""
    m = _meeting("web_punkt_sentence_in_decision.html")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6, 7]
    assert m.item(2).title == "Kapacitet i dagtilbud 2025-2028"


def test_headings_in_capitals() -> None:
    """"UDVALGETS BESLUTNING" in a text export. Before: no decision was read (an agenda)."""
    m = _meeting("text_all_caps_headings.txt")
    assert m.doc_type == "referat" and all(i.decision for i in m.items)


def test_a_print_views_stamp_and_a_sharepoint_page() -> None:
    """"Udskrevet 26-06-2024 09:14" above "Referat" / "Byrådet" / "Mandag den 24. juni
    2024 kl. 18.00"; a SharePoint page with a command bar and the title "Referat
    Handicaprådet 17. april 2024". Before: the print date was the meeting's, the
    committee unknown; the SharePoint committee was "+ NySideoplysninger…"."""
    page = _meeting("web_print_view_stamp.html")
    assert (page.committee, page.date, page.start_time) == ("Byrådet", date(2024, 6, 24),
                                                            "18:00")
    assert [i.number for i in page.items if "Kim Drejer (Ø)" in i.absentees] == [7, 8]
    sharepoint = _meeting("web_sharepoint_page.html")
    assert (sharepoint.committee, sharepoint.date) == ("Handicaprådet", date(2024, 4, 17))


def test_a_protocol_table_an_item_a_row() -> None:
    """A decision protocol as a table, "Nr. | Sag | Beslutning", an item a row with its
    case number under the title. Before: no decision was read (an agenda), and the vote
    and absences in the decisions were lost."""
    m = _meeting("web_protocol_table_item_a_row.html")
    assert m.doc_type == "referat"
    assert [i.number for i in m.items] == [112, 113, 114, 115, 116, 117, 118]
    assert m.item(112).decision == "Godkendt."
    assert m.item(113).journal_number == "00.30.10-S55-3-24"
    assert m.item(114).votes == {"for": ["A", "C", "F", "V"], "imod": ["Ø"]}


def test_a_school_boards_informal_headings() -> None:
    """"Det talte vi om:" / "Det besluttede vi:" under each item, "6. Evt.". Before: the
    minutes were read as an agenda, and "Evt." was glued to item 5."""
    m = _meeting("pdf_short_year_date.pdf")
    assert m.doc_type == "referat"
    assert m.item(3).decision.startswith("Bestyrelsen vedtog, at mobilerne afleveres")
    assert m.item(6).title == "Evt."


def test_a_continued_items_page_header_wrapped_onto_two_lines() -> None:
    """"15. Kystbeskyttelse … tilskud og" / "medfinansiering (fortsat)" atop a page.
    Before: that header was taken for item 15's start, whose title then held
    "(fortsat) Lovgrundlag" and whose first page went into item 14."""
    m = _meeting("pdf_continued_header_wrapped.pdf")
    assert [i.number for i in m.items] == [12, 13, 14, 15, 16, 17, 18]
    assert m.item(15).title == ("Kystbeskyttelse ved Løjt Kirkeby Strand - ansøgning om "
                                "tilskud og medfinansiering")
