"""A twenty-first round: a council's 42 items whose titles end in "mio. kr.", a member
absent and listed among the members too, a markdown header as a list of bold labels.
Each test failed on the code before this round. The documents are synthetic."""

from __future__ import annotations

from datetime import date

from referat.domain import Meeting

from .fixture_files import one_meeting


def _meeting(name: str) -> Meeting:
    return one_meeting("formats21", name)


def test_titles_ending_in_kroner() -> None:
    """"5. Anlægsbevilling til Nørresundby Idrætscenter, etape 2 - 12,4 mio. kr." Before:
    the title's dot made it a sentence, and four such items went into the one before."""
    m = _meeting("pdf_titles_ending_in_kr.pdf")
    assert len(m.items) >= 41
    assert m.item(5).title == (
        "Anlægsbevilling til Nørresundby Idrætscenter, etape 2 - 12,4 mio. kr.")


def test_an_absent_member_listed_among_the_members_too() -> None:
    """"Fraværende: Kristian Andersen" and "Kristian  Andersen  (C)" in the members list.
    Before: two people, one present and one absent."""
    people = [(p.name, p.status) for p in _meeting("pdf_absent_member_listed_twice.pdf")
              .participants]
    assert [p for p in people if p[0].startswith("Kristian Andersen")] == [
        ("Kristian Andersen (C)", "afbud")]


def test_a_header_as_a_list_of_bold_labels() -> None:
    """"- **Dato:** 11. januar 2022", "# Struer Kommune – Klimaudvalget", "*Sagsnr.
    22-000123*". Before: rejected (no meeting date)."""
    m = _meeting("markdown_bulleted_bold_labels.md")
    assert (m.committee, m.date, m.start_time) == ("Klimaudvalget", date(2022, 1, 11), "16:00")
    assert m.item(3).journal_number == "22-000140"


def test_a_hyphenated_municipality_and_its_town_hall() -> None:
    """"Lyngby Rådhus" (twice) and "Lyngby-Taarbæk Kommune" (once) on one page. Before:
    the municipality was "Lyngby"."""
    assert _meeting("web_hyphenated_municipality.html").municipality == "Lyngby-Taarbæk"


def test_a_case_number_that_ends_a_short_item() -> None:
    """A region council whose items print their case number below the title; a short
    item ends with its "Sagsnr.: 1-01-72-1-12" right above the next title. Before: that
    number went to the next item, and each item after it had its neighbour's."""
    m = _meeting("pdf_case_number_ends_a_short_item.pdf")
    assert m.item(1).journal_number == "1-01-72-1-12"
    assert m.item(2).journal_number == "1-30-72-7-12"
    assert m.item(7).journal_number == "1-33-76-23-12"
