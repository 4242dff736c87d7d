"""Layout round 27 (the misreadings /work/fmt27 found: a SharePoint markdown export whose
YAML front matter holds the whole header, a PDF page header naming the page's item, a
web page's list items printing their own number and status, minutes in English, a
participant list wrapped inside a parenthesis, Word items as tables headed by number
and title, a page header repeating the heading of the item the page continues): the
fixes, each with the layout that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from .fixture_files import one_meeting

HERE = "formats27"


def test_a_markdown_export_whose_yaml_front_matter_holds_the_header() -> None:
    """A SharePoint export keeps the meeting's header in its YAML front matter
    ("moededato: 2025-03-18", "moedested:", "deltagere:" / "afbud:" as lists) and prints
    none in the body: the file is read, with the meeting's date, time, place and people
    from the front matter, not the page's "created"/"modified" dates."""
    m = one_meeting(HERE, "markdown_yaml_front_matter_header.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Miljøudvalget", date(2025, 3, 18), "15:00", "Rådhuset, lokale 4")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Ane Berg (A)", "deltog"), ("Ole Ry (V)", "afbud"), ("Mia Lund (F)", "deltog")]
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Ny naturplan", "Anbefales. Mia Lund (F) stemte imod.")]


@pytest.mark.parametrize("name", ["pdf_running_header_names_item.pdf",
                                  "pdf_running_header_names_item_two_pages.pdf"])
def test_a_pdf_page_header_that_names_the_current_item(name: str) -> None:
    """Each page's header is the committee and date followed by the item the page
    holds ("Teknikudvalget 03-06-2025 · 2. Cykelsti"), so it differs from page to page:
    it is still page furniture, in no item's text, and the items stay as printed."""
    m = one_meeting(HERE, name)
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Vejplan", "Godkendt."), (2, "Cykelsti", "Anbefales."),
        (3, "Salg af grund", "Godkendt.")]
    assert not [(i.number, s.name) for i in m.items for s in i.sections
                if "Teknikudvalget 03-06-2025" in s.text]


def test_a_web_page_whose_list_items_print_their_own_number_and_status() -> None:
    """A Netpublicator-style page: each item an `<li>` of an `<ol>` holding its own
    number, title and status ("<span>2.</span> <span>Title</span> <span>Åben</span>"):
    the list's number is not read again as a line ending the item before (its decision
    stays "Godkendt.", not "Godkendt. 2."), and the status is no part of the title."""
    m = one_meeting(HERE, "html_list_items_with_number_and_status_spans.html")
    assert (m.committee, m.date, m.start_time) == ("Skoleudvalget", date(2025, 10, 7), "16:00")
    assert [(i.number, i.title, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, "Godkendt."),
        (2, "Ny skolestruktur", False, "Anbefales."),
        (3, "Personalesag", True, "Godkendt.")]


def test_minutes_written_in_english() -> None:
    """An international council writes its minutes in English ("Minutes", "Date:",
    "Present:", "Apologies:", "Item 1 – …", "Background" / "Decision"): the file is read,
    not rejected, with the council as committee (not "Odense Municipality"), its date,
    time, place and people, and each item's decision."""
    m = one_meeting(HERE, "text_minutes_in_english.txt")
    assert (m.municipality, m.committee, m.date, m.start_time, m.place) == (
        "Odense", "Youth Council", date(2025, 9, 8), "16:30", "Town Hall, Room 3")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Sara Holm", "deltog", "formand"), ("Adam Berg", "deltog", ""),
        ("Lea Nørby", "deltog", ""), ("Jonas Vad", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (1, "Approval of the agenda", None, "Approved."),
        (2, "Skate park in the city centre", "25/7710",
         "The council chose the site by the harbour.")]
    assert [s.name for s in m.items[1].sections] == [
        "Sagsfremstilling", "Indstilling", "Beslutning"]


def test_a_front_matter_meeting_date_with_its_time_and_inline_lists() -> None:
    """The front matter gives the meeting as an ISO date and time
    ("mødedato: 2025-04-23T14:00:00+02:00") and its people as inline lists ("[…, …]"):
    the start time is read with the date, and the absent member is absent."""
    m = one_meeting(HERE, "markdown_yaml_front_matter_iso_datetime.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Plan- og Boligudvalget", date(2025, 4, 23), "14:00", "Rådhuset")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Kim Bo (A)", "deltog"), ("Lis Ahl (V)", "afbud")]


def test_english_minutes_titled_minutes_of_the_meeting_with_inline_decisions() -> None:
    """"Minutes of the meeting of the Integration Council" names the committee, and
    "Decision: Approved." on one line is the item's decision, as in Danish minutes."""
    m = one_meeting(HERE, "text_english_minutes_of_the_meeting_inline_decision.txt")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Esbjerg", "Integration Council", date(2025, 3, 12), "18:00")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Maria Lopez", "deltog", "formand"), ("Tom Jensen", "deltog", ""),
        ("Ana Silva", "deltog", "næstformand"), ("Peter Ng", "afbud", "")]
    assert [(i.title, i.decision) for i in m.items] == [
        ("Approval of the agenda", "Approved."),
        ("Language café", "Approved, with a trial period of six months.")]


def test_a_participant_list_wrapped_inside_a_parenthesis() -> None:
    """"Deltagere: …, Carla Dam (Byrådets" / "Repræsentant), Ole Kim (F)": the line
    broke inside a member's parenthesis before a capital letter; the member keeps the
    whole of it, and the members after her on the next line are not lost."""
    m = one_meeting(HERE, "text_participant_wrapped_inside_parenthesis.txt")
    assert [p.name for p in m.participants] == [
        "Ib Ravn (A)", "Jens Holt (V)", "Carla Dam (Byrådets Repræsentant)", "Ole Kim (F)"]


@pytest.mark.parametrize("name", ["word_item_tables_number_cell.docx",
                                  "word_item_tables_keyword_cell.docx"])
def test_word_items_as_tables_headed_by_number_and_title(name: str) -> None:
    """Each item a Word table whose first row is the item's number ("2." or "Punkt 2")
    and its title, then rows "Sagsnr. | …", "Beslutning | …": the file is read (not
    rejected for want of items), each title without the cell border's "|"."""
    m = one_meeting(HERE, name)
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None, "Godkendt."),
        (2, "Høring om ældrepolitik", "25/100", "Rådet afgav høringssvar."),
        (3, "Budget 2026", "25/200", "Taget til efterretning.")]


def test_a_pdf_page_header_that_repeats_the_heading_of_the_item_it_continues() -> None:
    """Each later page starts with the heading of the item it goes on with ("Punkt 1.
    Vejplan" above the rest of item 1's text): that header is no text of the item, and
    no item is added or lost."""
    m = one_meeting(HERE, "pdf_page_header_repeats_item_heading.pdf")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Vejplan", "Godkendt."), (2, "Cykelsti", "Anbefales."),
        (3, "Salg af grund", "Godkendt.")]
    assert not [(i.number, s.name) for i in m.items for s in i.sections if "Punkt" in s.text]
