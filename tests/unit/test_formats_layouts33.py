"""Layout round 33 (the misreadings /work/fmt33 found: a PDF with one item to a page and
the item's number in a coloured box above its title, and a beslutningsprotokol with the
case number in the margin before "§ N."): the fixes, each with the layout that showed it.
The PDFs are made by `gen_formats33.py`."""

from __future__ import annotations

import pytest

from referat.domain import AgendaItem

from .fixture_files import one_meeting

HERE = "formats33"


def _decision(item: AgendaItem) -> str:
    return " ".join(s.text for s in item.sections if s.name == "Beslutning")


@pytest.mark.parametrize("name", ["pdf_number_box_item_per_page.pdf",
                                  "pdf_number_box_no_footer.pdf"])
def test_item_number_in_a_box_at_the_top_of_each_page_is_no_page_number(name: str) -> None:
    """Every item starts on a new page with its number alone on the page's first line
    (white digits in a filled box) and the title below: the number keeps pace with the
    pages, yet it is the item's, not the page's (with the page's own "Side N" footer,
    and without any footer)."""
    m = one_meeting(HERE, name)
    assert [it.number for it in m.items[:4]] == [1, 2, 3, 4]
    assert m.items[0].title == "Godkendelse af dagsorden"
    assert m.items[1].title == ("Klimatilpasning ved Gudenåen - projektforslag til offentlig "
                                "høring")
    assert [it.journal_number for it in m.items[:4]] == ["24/00310", "24/05521", "23/09917",
                                                         "24/06602"]
    assert [it.closed for it in m.items[:4]] == [False, False, False, True]
    assert m.items[1].votes == {"for": ["V", "A", "C"], "imod": ["Ø"]}
    assert _decision(m.items[2]) == "Udvalget besluttede at udsætte sagen til næste møde."


def test_item_number_above_a_title_that_is_also_a_section_name() -> None:
    """The last item is titled "Orientering", a section's name too: its number above
    the title continues the items (4, then 5), so it is item 5 with its own case number
    and decision, not text glued to item 4's decision."""
    m = one_meeting(HERE, "pdf_number_box_no_footer.pdf")
    assert [it.number for it in m.items] == [1, 2, 3, 4, 5]
    assert m.items[4].title == "Orientering"
    assert m.items[4].journal_number == "24/00311"
    assert _decision(m.items[3]) == "Godkendt."
    assert _decision(m.items[4]) == "Taget til efterretning."


def test_case_number_in_the_margin_before_the_paragraph_number() -> None:
    """A beslutningsprotokol numbers its items with the year's running § number and
    prints each case number in the left margin on the § line ("24/11001 § 31. Title"):
    the items are read, each with its own case number (short items too)."""
    m = one_meeting(HERE, "pdf_paragraph_protocol_margin_case.pdf")
    assert [it.number for it in m.items] == [31, 32, 33, 34]
    assert [it.title for it in m.items] == ["Godkendelse af dagsorden",
                                            "Tilskud til foreningshus i Tølløse",
                                            "Køb af areal ved Ugerløse", "Eventuelt"]
    assert [it.journal_number for it in m.items] == ["24/11001", "24/08210", "24/03377",
                                                     "24/11002"]
    assert [it.closed for it in m.items] == [False, False, True, False]
    assert _decision(m.items[1]).startswith("Der gives 200.000 kr.")
    assert m.items[1].votes == {"for": ["V", "C"], "imod": ["A"]}


def test_minutes_read_out_and_meeting_ended_are_no_part_of_the_last_decision() -> None:
    """"Protokollen oplæst og godkendt. Mødet hævet kl. 15.20." and the signatures after
    the last item close the minutes; the last decision is the item's own."""
    m = one_meeting(HERE, "pdf_paragraph_protocol_margin_case.pdf")
    assert _decision(m.items[-1]) == "Intet."
