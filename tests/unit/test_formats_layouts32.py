"""Layout round 32 (what rounds 30 and 31 left: a PDF's sidebar of facts, an amendment's
vote and a protokoltilførsel, a tick-box template's empty comment field, a minority that
"stemte for at" another proposal): the fixes, each with the layout that showed it."""

from __future__ import annotations

from referat.domain import AgendaItem

from .fixture_files import one_meeting

HERE = "formats32"


def _section(item: AgendaItem, name: str) -> str:
    return " ".join(" ".join(s.text.split()) for s in item.sections if s.name == name)


def test_sidebar_facts_each_label_above_its_value() -> None:
    """A PDF whose items each have a box of facts beside the text, a label on one line and
    its value on the next ("Beslutningskompetence" / "PMU", "Sagsansvarlig" / "Rikke Lund",
    "Status" / "Lukket"): who decides is the value alone, the case officer a line of the
    item's own, and the status "Lukket" closes the item."""
    m = one_meeting(HERE, "text_sidebar_fact_pairs.txt")
    assert [it.journal_number for it in m.items] == ["25/6120", "25/6301", "25/0140"]
    assert [_section(it, "Beslutningen træffes af") for it in m.items] == ["PMU", "ØU", "PMU"]
    assert [_section(it, "Beskrivelse") for it in m.items] == [
        "Sagsansvarlig: Rikke Lund", "Sagsbehandler: Ole Mark", "Sagsansvarlig: Sekretariatet"]
    assert [it.closed for it in m.items] == [False, True, False]
    assert not any("Status" in s.text for it in m.items for s in it.sections)
    assert _section(m.items[0], "Beslutning") == "Godkendt."


def test_an_empty_comment_field_is_no_part_of_the_decision() -> None:
    """A template's decision as a row of tick boxes with a comment field below it: where
    nobody wrote a comment, the decision is the ticked option alone, not the option
    followed by an empty "Bemærkninger:"; a filled-in comment stays."""
    m = one_meeting(HERE, "text_tick_box_decision_empty_comment.txt")
    assert [_section(it, "Beslutning") for it in m.items] == [
        "Godkendt",
        "Godkendt med ændringer Bemærkninger: Spejderne får det fulde beløb; de øvrige "
        "nedsættes forholdsmæssigt.",
        "Taget til efterretning"]


def test_an_amendments_vote_is_not_the_items_vote() -> None:
    """A council's named vote blocks ("For (2): …" / "Imod (3): …"): an amendment is voted
    on first, then the recommendation. The item's vote is the recommendation's alone, even
    when each vote names one side only and the two name different members; the amendment
    and its vote stay in the decision's text."""
    m = one_meeting(HERE, "text_amendment_vote_and_protocol_entry.txt")
    first, second = m.items
    assert first.votes == {"imod": ["Lone Ravn (Ø)", "Peter Aaen (Ø)", "Mette Skov (Ø)"]}
    assert "For (2): Svend Riis (O), Bente Mølgaard (O)" in first.decision
    assert "Ændringsforslaget blev forkastet." in first.decision
    assert second.votes == {
        "for": ["Jens Holm (V)", "Anne Bak (V)", "Ole Vinther (V)", "Hans Krogh (C)",
                "Lone Ravn (Ø)", "Peter Aaen (Ø)", "Mette Skov (Ø)"],
        "imod": ["Svend Riis (O)", "Bente Mølgaard (O)"]}

