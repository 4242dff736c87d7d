"""A sixty-fifth round of layouts (round 65's blind files): a council's
"Beslutningsprotokol" with its members listed a party a line, a substitute "indkaldt
for" an absent member, a contents table printed a cell a line and a party's members in
brackets voting against; "Udvalgsmøde – Referat" as a title below a running header's
date; boxed item heads saying "Åbent/lukket: Lukket" and a "Tillægsdagsorden" of items
5a and 5b after item 4; a web page's untitled "3. Lukket punkt"; a signature line
"Underskriftsblad: …" closing the minutes; an export's field of earlier decisions dated
by its attributes. The PDFs are written by `gen_formats65.py`; the HTML, XML and text
files by hand."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats65")


def test_contents_table_a_cell_a_line_is_no_item_list() -> None:
    """"1." / "Godkendelse af dagsorden" / "2" under "Indholdsfortegnelse": a contents
    row, so the real headings are the items, each with its case number and decision.
    Before: the contents rows were the items (holding page numbers) and every real item
    ran into the last one."""
    m = one("01_protokol.pdf")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Takster for affald", False),
        (3, "Salg af grund", True), (4, "Personalesag", True)]
    assert [i.journal_number for i in m.items[:2]] == ["00.22.00-A00-1-25", "07.00.00-S55-2-25"]
    assert m.items[0].decision == "Dagsordenen blev godkendt."
    assert not m.items[3].decision  # ("Underskrifter" and the names below are no decision)


def test_members_listed_a_party_a_line() -> None:
    """"Venstre: Eva Dam (borgmester), Karl" / "Bo": each member with the party's letter
    and role; "Ole Vang (F) indkaldt for Lis Ravn (F)" is Ole Vang standing in. Before:
    only the absent member and "Ole Vang (F) indkaldt" were read."""
    m = one("01_protokol.pdf")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Eva Dam (V)"] == ("deltog", "borgmester")
    assert people["Karl Bo (V)"] == ("deltog", "")
    assert people["Ida Holm (A)"] == ("deltog", "1. viceborgmester")
    assert people["Jens Friis (Ø)"] == ("deltog", "")
    assert people["Lis Ravn (F)"] == ("afbud", "")
    assert people["Ole Vang (F)"] == ("deltog", "stedfortræder for Lis Ravn (F)")
    assert len(m.participants) == 8


def test_party_with_members_in_brackets_votes_against() -> None:
    """"Enhedslisten (Mia Sand og Jens Friis) kunne ikke tiltræde": the two members.
    Before: the items were lost in the contents (and the names broken on "og")."""
    assert one("01_protokol.pdf").items[1].votes == {"imod": ["Mia Sand (Ø)", "Jens Friis (Ø)"]}


def test_meeting_kind_title_is_neither_committee_nor_place() -> None:
    """"Udvalgsmøde – Referat" under the running header "Møde den 14-05-2025": the
    committee is the line below it, the time the "Kl. 17:00 – 19:30" line, the place
    the line after. Before: committee "Udvalgsmøde", place the title, no time."""
    m = one("02_udvalgsmoede.pdf")
    assert (m.committee, m.start_time, m.place, m.doc_type) == (
        "Teknikudvalget", "17:00", "Mødelokale 2, Rådhuset, Torvet 1", "referat")


def test_supplementary_items_after_item_four_are_items() -> None:
    """"Tillægsdagsorden" / "5a. …" / "5b. …" between items 4 and 6: items of their own,
    each with its case number and decision. Before: both were inside item 4."""
    m = one("03_tillaeg.pdf")
    assert [(i.label or str(i.number), i.journal_number) for i in m.items] == [
        ("4", "25/3310"), ("5a", "25/4512"), ("5b", "25/4590"), ("6", "25/4102")]
    assert m.items[0].decision == "Anbefales."
    assert m.items[1].title == "Forlængelse af lejeaftale for jobcentrets lokaler, Torvet 4"


def test_open_closed_row_closes_item() -> None:
    """"Åbent/lukket: Lukket" in the item's boxed head closes it. Before: open."""
    m = one("03_tillaeg.pdf")
    assert [i.closed for i in m.items] == [False, False, False, True]


def test_untitled_closed_item_is_its_own_item() -> None:
    """"3. Lukket punkt" with only "Punktet er behandlet på et lukket møde." below: a
    closed item, no decision. Before: its text was item 2's decision."""
    m = one("05_lukket.html")
    assert [(i.number, i.closed) for i in m.items] == [(1, False), (2, False), (3, True)]
    assert m.items[1].decision == "Taget til efterretning."
    assert not m.items[2].decision


def test_signature_line_ends_the_minutes() -> None:
    """"Underskriftsblad: Eva Dam, Karl Bo, Lis Ravn" after the last decision ends the
    minutes. Before: it was appended to the last decision."""
    assert one("07_underskrift.txt").items[-1].decision == "Taget til efterretning."


def test_dated_field_of_earlier_decisions_is_history() -> None:
    """`<Field Name="TidligereBeslutninger" Committee="Teknisk Udvalg" Date="2025-05-13">`:
    the case's history with its body and day, not the Sagsfremstilling. Before: its
    text was appended to the Sagsfremstilling under the label's word."""
    item = one("08_tidligere.xml").items[1]
    assert [(h.committee, h.date.isoformat(), h.text) for h in item.history] == [
        ("Teknisk Udvalg", "2025-05-13", "Forslaget sendes i høring.")]
    assert item.decision == "Vedtaget."
    assert all("TidligereBeslutninger" not in s.text for s in item.sections)
