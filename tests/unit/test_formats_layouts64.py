"""A sixty-fourth round of layouts (round 64's blind files): an XML export that dates its
meeting under "Startdato" and lists each item's decisions dated under "Beslutninger", a
referat naming its committee only in the running page footer (its members' list going
on a line a member, an earlier decision headed "Tidligere beslutning (03.12.2024)"), an
agenda page whose items say "Adgang: Lukket", a decision wrapped in a narrow table cell,
a school board's minutes with numbered group headings and closing lines, a place
wrapped after its comma, and a page's publication line under the last decision. The
PDFs are written by `gen_formats64.py`; the HTML, XML and text files by hand."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats64")


def test_export_dated_by_startdato_with_dated_decisions() -> None:
    """`<Startdato>2025-06-03T08:30:00</Startdato>` and `<Beslutninger><Beslutning
    dato=… organ=…>`: the meeting's day and hour, each item's decision, the earlier one
    as history. Before: refused, "ingen mødedato fundet i hovedet"."""
    m = one("08_eksport.xml")
    assert (m.date.isoformat(), m.start_time) == ("2025-06-03", "08:30")
    assert [i.decision for i in m.items] == ["Godkendt.", "Taget til efterretning."]
    assert [(h.date.isoformat(), h.text) for h in m.items[1].history] == [
        ("2025-05-06", "Udvalget bad om en status.")]
    assert [(p.name, p.status) for p in m.participants] == [
        ("Eva Dam (V)", "deltog"), ("Karl Bo (A)", "afbud")]


def test_committee_from_running_footer_not_member_line() -> None:
    """"Eva Dam (A), næstformand" on the members' second line is no committee; the page
    footer "Lunde Kommune · Teknikudvalget · Referat · 04.03.2025" names it. Before: the
    committee was the member's line."""
    m = one("02_sidefod.pdf")
    assert m.committee == "Teknikudvalget"
    assert not m.warnings


def test_dated_earlier_decision_heading_is_history() -> None:
    """"Tidligere beslutning (03.12.2024)" / "Udvalget besluttede den 03.12.2024: …": the
    case's history. Before: glued onto the Sagsfremstilling."""
    item = one("02_sidefod.pdf").item(2)
    assert item.section("Sagsfremstilling") == "Forsyningen har søgt om et tillæg."
    assert [h.date.isoformat() for h in item.history] == ["2024-12-03"]
    assert item.decision == "Tillægget sendes i høring."


def test_access_label_closes_item() -> None:
    """"Adgang: Lukket" among an item's label/value rows closes it. Before: open."""
    m = one("05_dl.html")
    assert [i.closed for i in m.items] == [False, True, False]


def test_vote_wrapped_in_narrow_cell_keeps_names() -> None:
    """A decision cell's lines "… Byrådet. Ole" / "Bak Holm (C) kunne ikke tiltræde" and
    "… For stemte 3:" / "Eva Dam (A), …": whole names on each side. Before: "Bak Holm
    (C)" against, and no "for" side."""
    m = one("01_celle.pdf")
    assert m.item(2).votes == {"imod": ["Ole Bak Holm (C)"]}
    assert m.item(2).decision == (
        "Anbefales over for Byrådet. Ole Bak Holm (C) kunne ikke tiltræde indstillingen om "
        "boligerne.")
    assert m.item(3).votes["for"] == ["Eva Dam (A)", "Karl Bo (V)", "Ole Bak Holm (C)"]


def test_school_board_is_the_committee() -> None:
    """"Skolebestyrelsen ved Lunde Skole" under the school's letterhead: the board is the
    body. Before: "Lunde Skole"."""
    assert one("03_bestyrelse.pdf").committee == "Skolebestyrelsen ved Lunde Skole"


def test_board_group_heading_and_closing_lines_are_no_decision() -> None:
    """"2. Lukket punkt" over "2.1 …", and "Næste møde: …" / "Referatet er godkendt af
    formanden …" after the last item: no decision's text; "Medarbejder- og
    elevrepræsentanter forlod mødet" names no person. Before: each ended a decision,
    and "Medarbejder-" was absent."""
    m = one("03_bestyrelse.pdf")
    assert [i.decision for i in m.items] == [
        "Dagsordenen blev godkendt.", "Taget til efterretning.", "Drøftet."]
    assert m.items[2].closed and m.items[2].absentees == []


def test_place_wrapped_after_comma() -> None:
    """"Mødested : …, Torvet 7," / "7900 Lundby": one place. Before: the town was lost."""
    assert one("04_sted.txt").place == "Udvalgsværelset, Rådhuset, Torvet 7, 7900 Lundby"


def test_publication_line_is_no_decision() -> None:
    """"Referatet er offentliggjort 08.05.2025." under the last item: the page's. Before:
    it ended the last decision."""
    assert one("06_offentliggjort.html").item(2).decision == "Intet til referat."
