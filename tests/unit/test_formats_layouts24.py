"""Layout round 24 (the misreadings /work/fmt23 left: a joint meeting whose title wraps,
an absence table at the end of a Word referat, a Confluence page, a region's minutes, a
case number before the title, a supplementary agenda's open item after the closed ones,
a text export's rule and print stamp): the fixes, each with the layout that showed it."""

from __future__ import annotations

from .fixture_files import one_meeting

HERE = "formats24"


def test_a_case_number_printed_before_the_title() -> None:
    """"2. 23/38817  Anlægsbevilling til …" wrapped over four lines: the number is the
    item's case number, the title the words after it."""
    m = one_meeting(HERE, "text_case_number_before_title.txt")
    assert [i.journal_number for i in m.items] == ["24/01102", "23/38817", "24/12009"]
    assert [i.title for i in m.items][::2] == [
        "Godkendelse af dagsorden", "Køb af landbrugsejendom til erhvervsområde"]
    assert m.items[1].title.startswith("Anlægsbevilling til udvidelse af Nordby Skole")
    assert m.items[1].title.endswith("frigivelse af rådighedsbeløb i 2024 og 2025")
    assert m.items[2].closed
