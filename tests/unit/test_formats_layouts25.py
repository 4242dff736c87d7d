"""Layout round 25 (the misreadings /work/fmt24 found: lettered items, a tab-separated
decision list, an English-locale date, an extraordinary meeting after the ordinary one,
items printed in the order treated, a history table, an HTML5 page's aside, a closed
part at the end, a substitute's role): the fixes, each with the layout that showed it."""

from __future__ import annotations

from .fixture_files import one_meeting

HERE = "formats25"


def test_items_lettered_a_b_c_are_numbered_by_their_order() -> None:
    """A Word referat whose items are bold "A. Godkendelse af dagsorden" … "D. Eventuelt":
    items 1-4 with their letters kept in the titles; "Referat:" above an item's
    "Beslutning:" is the discussion, not a second decision; "Referent: …" after the last
    item is no part of it."""
    m = one_meeting(HERE, "word_lettered_items.docx")
    assert (m.committee, str(m.date), m.start_time) == ("Handicaprådet", "2025-03-12", "15:00")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden (punkt A)"), (2, "Meddelelser fra formanden (punkt B)"),
        (3, "Høring: Ny parkeringsstrategi (punkt C)"), (4, "Eventuelt (punkt D)")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Taget til efterretning.", "Rådet afgiver høringssvar som drøftet.", ""]
    assert m.items[2].section("Referat") == "Rådet drøftede handicapparkering ved stationen."
    assert m.items[3].section("Referat") == "Tim Lund spurgte til ledsageordningen."
    assert m.items[2].journal_number == "25/3101"
    assert [(p.name, p.status) for p in m.participants if p.status == "afbud"] == [
        ("Jens Sten", "afbud")]
