"""Layout round 32 (what rounds 30 and 31 left: a PDF's sidebar of facts, an amendment's
vote and a protokoltilførsel, a tick-box template's empty comment field, a minority that
"stemte for at" another proposal): the fixes, each with the layout that showed it."""

from __future__ import annotations

from referat.domain import AgendaItem, Answer

from .fixture_files import one_meeting
from .item_context import item_context

HERE = "formats32"


def _section(item: AgendaItem, name: str) -> str:
    return " ".join(" ".join(s.text.split()) for s in item.sections if s.name == name)


def test_sidebar_facts_each_label_above_its_value() -> None:
    """A PDF whose items each have a box of facts beside the text, a label on one line and
    its value on the next ("Beslutningskompetence" / "PMU", "Sagsansvarlig" / "Rikke Lund",
    "Status" / "Lukket"): who decides is the value alone, the case officer no text of the
    item (since round 57), and the status "Lukket" closes the item."""
    m = one_meeting(HERE, "text_sidebar_fact_pairs.txt")
    assert [it.journal_number for it in m.items] == ["25/6120", "25/6301", "25/0140"]
    assert [_section(it, "Beslutningen træffes af") for it in m.items] == ["PMU", "ØU", "PMU"]
    assert [_section(it, "Beskrivelse") for it in m.items] == ["", "", ""]
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


_STATEMENT = ('Enhedslisten ønsker følgende ført til protokol: "Biblioteket er det sidste '
              'offentlige mødested i Nørre Nissum."')


def test_a_protocol_entry_is_a_section_of_its_own() -> None:
    """"Protokoltilførsel:" under the decision: a section of its own after the decision,
    the label no part of it; the absence noted after it is the item's absentee (since
    round 62 no part of the decision's text: it repeats the head's absence)."""
    item = one_meeting(HERE, "text_amendment_vote_and_protocol_entry.txt").items[0]
    names = [s.name for s in item.sections]
    assert names[-2:] == ["Beslutning", "Protokoltilførsel"]
    assert _section(item, "Protokoltilførsel") == _STATEMENT
    assert "Biblioteket" not in item.decision and "Protokoltilførsel" not in item.decision
    assert item.decision.endswith("Indstillingen blev godkendt.")
    assert item.absentees == ["Kirsten Dahl (A)"]


def test_a_protocol_entry_is_searchable_apart_from_the_decision() -> None:
    """The statement is indexed in a node of its own, not in the decision's node."""
    from ingest.chunk import meeting_to_nodes
    from referat import schema as k

    m = one_meeting(HERE, "text_amendment_vote_and_protocol_entry.txt")
    nodes = [n for n in meeting_to_nodes(m, "sha") if n.metadata[k.PUNKT] == 41]
    by_section = {n.metadata[k.SECTION]: n.text for n in nodes}
    assert "Biblioteket er det sidste" in by_section["Protokoltilførsel"]
    assert "Biblioteket er det sidste" not in by_section["Beslutning"]


def _asked(question: str, compose: str) -> Answer:
    """`question` answered by one composer ("fact" or "decision") over the fixture's first
    item, its sections as parsed."""
    from rag.compose.decision_answer import compose_decision
    from rag.compose.fact import compose_fact

    m = one_meeting(HERE, "text_amendment_vote_and_protocol_entry.txt")
    item = m.items[0]
    ctx = item_context(question, [(item.number, item.title, m.date)],
                       {item.number: [(s.name, s.text) for s in item.sections]}, 0.9)
    answer = compose_fact(ctx) if compose == "fact" else compose_decision(ctx, ctx.candidates[0])
    assert answer is not None
    return answer


def test_a_protocol_entry_is_quoted_as_itself_and_not_as_the_decision() -> None:
    """Asked what the protokoltilførsel says, the answer quotes it whole and alone from its
    own section; asked what was decided, the decision is quoted without it."""
    said = _asked("Hvad gik protokoltilførslen om sammenlægning af bibliotekerne ud på?", "fact")
    assert _STATEMENT in said.text
    assert "indstiller" not in said.text and "Fraværende" not in said.text
    assert [c.section for c in said.citations] == ["Protokoltilførsel"]
    decided = _asked("Hvad besluttede kommunalbestyrelsen om sammenlægning af Nørre Nissum og "
                     "Bøvling bibliotek?", "decision")
    assert "Indstillingen blev godkendt." in decided.text
    assert "Biblioteket er det sidste" not in decided.text


def test_a_counted_minority_voting_for_another_proposal_is_against() -> None:
    """"Vedtaget med 5 stemmer mod 2. Ove Bak og Mona Friis stemte for at anbefale
    forvaltningens forslag.": the two named are the 2 against the adopted decision. Where
    the proposal voted on was turned down ("forkastet"), those who "stemte for at" it
    voted for it."""
    m = one_meeting(HERE, "text_minority_voted_for_another_proposal.txt")
    assert m.items[0].votes == {"imod": ["Ove Bak", "Mona Friis"]}
    assert m.items[1].votes == {"for": ["Tina Vind", "Carl Due", "Erik Toft"]}
