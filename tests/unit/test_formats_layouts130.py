"""Round 130: minutes that carry their appendices: a cover page's remark wrapped over two
lines, a web page expanding an item's attachment (a numbered table) inline, a Word
referat whose "Mødet hævet" stands above the signatures and the Bilag printed after
them, and a history label alone over its dated entry."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

from .office_files import docx, para, table

_COVER = """Holmby Kommune
Referat
Miljøudvalget
Mødedato:
04.06.2019
Mødetidspunkt:
15:00 - 17:00
Mødested:
Mødelokale 3, Rådhuset
Medlemmer:
Anna Berg (A), formand
Ole Dam (V), næstformand
Per Krog (Ø)
Bemærkninger:
Ole Dam (V) deltog ikke i behandlingen af punkt 2 på grund af
inhabilitet.

1. Godkendelse af dagsorden
Beslutning
Godkendt.
2. Dispensation til sø ved Holm
Sagsfremstilling
Ejeren har søgt om dispensation.
Beslutning
Dispensationen blev givet.
"""


def test_cover_remark_wrapped_over_two_lines_is_whole_in_role(tmp_path: Path) -> None:
    path = tmp_path / "holmby_miljo_2019-06-04_referat.txt"
    path.write_text(_COVER, encoding="utf-8")
    [m] = read_meetings(path)
    ole = next(p for p in m.participants if p.name.startswith("Ole Dam"))
    assert not ole.role.endswith("på grund af")  # (no first line's half sentence)
    assert ole.role.startswith("næstformand")
    assert "inhabilitet" in ole.role


_PAGE = """<html><body><h1>Børneudvalget – referat</h1>
<p>Mødedato: 08.11.2022 kl. 08:30</p><p>Mødested: Rådhuset</p>
<section class="punkt"><h2><span class="nr">101.</span> Godkendelse af dagsorden</h2>
<div class="felt"><h3>Beslutning</h3><p>Godkendt.</p></div></section>
<section class="punkt"><h2><span class="nr">102.</span> Tilsyn med dagtilbud</h2>
<div class="felt"><h3>Beslutning</h3><p>Taget til efterretning.</p></div>
<div class="felt"><h3>Sagsfremstilling</h3><p>Tilsynet er gennemført.</p></div>
<details open><summary>Bilag 1: Opfølgning.docx</summary><div>
<h2>Opfølgning efter tilsyn</h2>
<table><tr><th>Nr.</th><th>Dagtilbud</th><th>Opgave</th><th>Frist</th></tr>
<tr><td>1.</td><td>Solsikken</td><td>Sprogvurderinger</td><td>1. februar 2023</td></tr>
<tr><td>2.</td><td>Lærkereden</td><td>Forældresamarbejde</td><td>1. marts 2023</td></tr>
</table></div></details></section>
<section class="punkt"><h2><span class="nr">103.</span> Eventuelt</h2>
<div class="felt"><h3>Beslutning</h3><p>Intet.</p></div></section>
</body></html>"""


def test_table_in_inline_attachment_makes_no_sections(tmp_path: Path) -> None:
    path = tmp_path / "holmby_buu_2022-11-08_referat.html"
    path.write_text(_PAGE, encoding="utf-8")
    [m] = read_meetings(path)
    assert [i.number for i in m.items] == [101, 102, 103]
    item = m.items[1]
    assert "Frist" not in [s.name for s in item.sections]  # (a column's head, no section)
    assert item.section("Beslutning") == "Taget til efterretning."
    text = "\n".join(s.text for s in item.sections)
    assert "Solsikken" in text and ".." not in text


def _referat() -> bytes:
    return docx([
        para("Referat"), para("Teknisk Udvalg"), para("Dato: 15. marts 2016"),
        para("Tid: 16.00"), para("Sted: Rådhuset"),
        para("1. Landzonetilladelse til vindmølle", "Heading1"),
        para("Tidligere behandlet:"), para(""),
        para("Teknisk Udvalg den 16. februar 2016, pkt. 5: Sagen udsættes."), para(""),
        para("Sagsfremstilling:"), para("Ejeren har søgt om tilladelse."),
        para("Beslutning:"), para("Tilladelsen blev givet."),
        para("2. Eventuelt", "Heading1"),
        para("Beslutning:"), para("Intet."), para(""),
        para("Mødet hævet kl. 18.05."), para(""),
        para("Underskrifter:"), table([["____ Jens Holm", "____ Kirsten Brandt"]]),
        para("Bilag", "Heading1"),
        para("Bilag til punkt 1: Vilkår for tilladelsen"),
        para("Møllen skal være lysegrå."),
    ], styles={"Heading1": "heading 1"})


def test_meeting_ended_above_signatures_and_bilag_is_no_decision(tmp_path: Path) -> None:
    path = tmp_path / "Referat TU 15-03-2016.docx"
    path.write_bytes(_referat())
    [m] = read_meetings(path)
    assert m.items[-1].section("Beslutning") == "Intet."


def test_history_label_alone_is_no_section(tmp_path: Path) -> None:
    path = tmp_path / "Referat TU 15-03-2016.docx"
    path.write_bytes(_referat())
    [m] = read_meetings(path)
    item = m.items[0]
    assert [h.punkt for h in item.history] == [5]
    assert all(s.text.strip() != "Tidligere behandlet:" for s in item.sections)
    assert item.section("Sagsfremstilling") == "Ejeren har søgt om tilladelse."
