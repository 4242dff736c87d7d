"""Layout round 30 (the misreadings /work/fmt30 found: MkDocs admonitions, an HTML page
numbering its items only by a CSS counter, a Word agenda written as one two-column
table, named vote lists with their counts, group-numbered items "2.1", …): the fixes,
each with the layout that showed it."""

from __future__ import annotations

from referat.domain import AgendaItem

from .fixture_files import one_meeting

HERE = "formats30"


def _decision(item: AgendaItem) -> str:
    return " ".join(s.text for s in item.sections if s.name == "Beslutning")


def test_mkdocs_admonitions_hold_the_sections() -> None:
    """MkDocs Material markdown: the sections are admonitions ('!!! success "Beslutning"'
    with the body indented), the case number follows an icon shortcode, and the closed
    item is '## 6. Lukket punkt' with its title inside a 'Lukket punkt' admonition."""
    m = one_meeting(HERE, "markdown_mkdocs_admonitions.md")
    assert m.committee == "Skole- og Familieudvalget"
    assert [it.number for it in m.items] == [1, 2, 3, 4, 5, 6]
    assert [it.journal_number for it in m.items] == [
        None, "25/4410", "25/2201", "25/3035", None, "25/1717"]
    assert _decision(m.items[3]) == "Bevilget med 30.000 kr."
    assert "Indstilling" in [s.name for s in m.items[2].sections]
    last = m.items[5]
    assert (last.closed, last.title) == (True, "Klage over visitation til specialtilbud")
    assert _decision(last) == "Administrationens afgørelse fastholdes."
    assert not any(it.closed for it in m.items[:5])


def test_html_numbers_from_a_css_counter_and_a_blockquote_decision() -> None:
    """An HTML5 page whose item headings hold the title only, the number drawn by a CSS
    counter (`h3::before{content:counter(punkt) ". "}`); the decision is a headless
    `<blockquote class="beslutning" aria-label="Beslutning">`, and the closed item's
    facts line reads "Lukket punkt · Sagsnr. 25/1410"."""
    m = one_meeting(HERE, "html_css_counter_blockquote_decision.html")
    assert [it.number for it in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.items[1].title == "Fordeling af Kultur- og Fritidspuljen 2025, 1. runde"
    assert _decision(m.items[0]) == "Godkendt."
    indstilling = " ".join(s.text for s in m.items[1].sections if s.name == "Indstilling")
    assert indstilling.endswith("som foreslået i bilag 1.")
    assert _decision(m.items[1]).startswith("Godkendt med den ændring")
    assert _decision(m.items[4]) == "Orienteringen blev taget til efterretning."
    last = m.items[5]
    assert (last.title, last.journal_number, last.closed) == (
        "Lejeaftale for klublokaler i Islev", "25/1410", True)
    assert _decision(last) == "Godkendt."


def test_word_agenda_written_as_one_two_column_table() -> None:
    """A Word referat written as one table, an item a row: the left cell holds "4." /
    the title / "Sagsnr. …" (the closed one "Lukket punkt" before its title), the right
    cell all the item's paragraphs with the labels on lines of their own."""
    m = one_meeting(HERE, "word_agenda_one_two_column_table.docx")
    assert [it.number for it in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.items[1].title == "Færgedrift 2026 - udbud af Søby-Faaborg-overfarten"
    assert [it.journal_number for it in m.items][1:] == [
        "25/1187", "25/0933", "24/2210", "25/0041", "25/1402"]
    assert _decision(m.items[2]).startswith("Godkendt. Jan Hansen (A) stemte imod")
    assert _decision(m.items[4]) == "Taget til efterretning."
    assert m.items[3].absentees == ["Heidi Maria Fischer (V)"]
    last = m.items[5]
    assert (last.title, last.closed, _decision(last)) == (
        "Køb af ejendom på Vestergade, Ærøskøbing", True, "Godkendt.")
    assert not any(it.closed for it in m.items[:5])


def test_named_vote_lists_with_the_count_in_brackets() -> None:
    """A council's named votes: "Afstemning:" then "For (13): name (party), …" /
    "Imod (5): …" / "Undlod (2): …", the names wrapped onto indented lines and the
    outcome sentence after the last name without a full stop between. Item 24 votes on
    an amendment first: the item's vote is the final one."""
    m = one_meeting(HERE, "text_named_votes_counts_in_brackets.txt")
    assert [it.number for it in m.items] == [23, 24, 25, 26, 27, 28, 29]
    votes = m.items[1].votes
    assert [len(votes.get(k, [])) for k in ("for", "imod", "undlod")] == [13, 5, 2]
    assert "Peter Sinding (F)" in votes["undlod"]
    votes = m.items[2].votes
    assert [len(votes.get(k, [])) for k in ("for", "imod")] == [17, 3]
    assert votes["imod"] == ["Jette Stoklund (Ø)", "Ib Kristensen (Ø)", "Susanne Graversen (Ø)"]


def test_group_numbered_items_keep_their_printed_number() -> None:
    """Items numbered within the agenda's groups ("1.1", "1.2", "2.1", … under "1 Sager
    til beslutning"): numbered 1..N in reading order, each with its printed number as
    its label, so "punkt 2.1" names the first item to be told about."""
    from referat.labels import names_item, punkt_name

    m = one_meeting(HERE, "pdf_group_numbered_items.pdf")
    assert [it.number for it in m.items] == [1, 2, 3, 4, 5, 6]
    assert [it.label for it in m.items] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1"]
    fourth = m.items[3]
    assert fourth.title == "Økonomirapport pr. 31. januar 2025"
    assert punkt_name(fourth.number, fourth.label) == "punkt 2.1"
    assert [it.number for it in m.items if names_item("punkt 2.1", it.number, it.label)] == [4]
    assert (m.items[5].label, m.items[5].closed) == ("3.1", True)
