"""Layout round 31 (the misreadings /work/fmt31 found: Pandoc markdown with grid tables
and bookmark spans, a fillable PDF form, RTF files, a `lynx -dump` page, a web page
printed from Chrome, a Word template with tick boxes, pdf2htmlEX HTML): the fixes, each
with the layout that showed it."""

from __future__ import annotations

from referat.domain import AgendaItem

from .fixture_files import one_meeting

HERE = "formats31"


def _decision(item: AgendaItem) -> str:
    return " ".join(s.text for s in item.sections if s.name == "Beslutning")


def test_pandoc_grid_tables_and_bookmark_spans() -> None:
    """A Word referat converted with `pandoc -t markdown`: every heading starts with
    Word's bookmark as an empty span ("# []{#_Toc190004401 .anchor}1. Title"), each
    item's text is a grid table whose cells (and one label) wrap over several lines, the
    committee is bold and "Mødet hævet" with the signature closes the minutes."""
    m = one_meeting(HERE, "markdown_pandoc_grid_tables_anchors.md")
    assert m.committee == "Klima- og Naturudvalget"
    assert [it.number for it in m.items] == [1, 2, 3, 4]
    assert m.items[1].title == "Naturpleje på Rørbæk Enge"
    assert [it.journal_number for it in m.items] == ["25/1101", "24/8830", "25/0420", "25/1102"]
    second = m.items[1]
    assert [s.name for s in second.sections][0] == "Sagsfremstilling"
    assert "kvæg ud fra juni. Lodsejerne er positive." in " ".join(
        s.text.replace("\n", " ") for s in second.sections)
    assert not any("|" in s.text or "+--" in s.text for it in m.items for s in it.sections)
    assert second.votes == {"for": ["A", "F", "Ø"], "imod": ["C"]}
    assert [it.closed for it in m.items] == [False, False, True, False]
    assert _decision(m.items[3]) == "Intet."
