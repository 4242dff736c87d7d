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
