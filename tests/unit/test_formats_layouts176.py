"""Round 176: word-processor layouts that hide text from a simple reader – a Word agenda
made of tables, each item's number alone in a cell merged down over its rows and its
parts in rows below, a vote and the members in tables nested inside cells; an .odt
item whose first paragraph anchors a floating frame with a figure's caption."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting
from .office_files import docx, odt, para


def _cell(content: str, merge: str = "", span: int = 1) -> str:
    props = (f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else
             "<w:vMerge/>" if merge else "") + (
        f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content or para('')}</w:tc>"


def _table(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows) + "</w:tbl>"


def _plain(*rows: list[str]) -> str:
    """A table of one paragraph a cell ("" for an empty cell)."""
    return _table([[_cell(para(c) if c else "") for c in row] for row in rows])


def _item(number: int, title: str, case: str, parts: list[tuple[str, str]]) -> list[list[str]]:
    """An item's rows: its number in a cell merged down, each part a row below it."""
    rows = [[_cell(para(str(number)), "restart"), _cell(para(title)), _cell(para(case))]]
    rows += [[_cell("", "continue"), _cell(para(head) + body, span=2)] for head, body in parts]
    return rows


def _minutes() -> bytes:
    """Minutes made of tables: a head table whose members are a table nested in a cell,
    the agenda one table, its items' numbers merged down, a vote table in a decision."""
    votes = _plain(["For", "Imod", "Undlod"],
                   ["Ida Holm (V)|", "Bo Ny (A)", "-"])
    votes = votes.replace(  # (two voters in the first cell, a paragraph each)
        para("Ida Holm (V)|"), para("Ida Holm (V)") + para("Eva Dam (V)"))
    members = _plain(["Navn", "Parti", "Fremmøde"], ["Ida Holm, formand", "V", "Deltog"],
                     ["Eva Dam", "V", "Deltog"], ["Bo Ny", "A", "Deltog"],
                     ["Ole Bak", "C", "Afbud"])
    head = _table([[_cell(para("Referat") + para("Skoleudvalget"), span=2)],
                   [_cell(para("Mødedato:")), _cell(para("Tirsdag den 7. maj 2024"))],
                   [_cell(para("Medlemmer:")), _cell(members + para(""))]])
    agenda = _table([[_cell(para("Pkt.")), _cell(para("Sag")), _cell(para("Sagsnr."))],
                     *_item(1, "Godkendelse af dagsorden", "", [
                         ("Beslutning:", para("Godkendt."))]),
                     *_item(2, "Ny skolestruktur", "17.01.00-P20-1-24", [
                         ("Sagsfremstilling:", para("Elevtallet falder.")),
                         ("Beslutning:", para("Indstillingen godkendt.") + votes)]),
                     *_item(3, "Eventuelt", "", [("Beslutning:", para("Intet."))])])
    return docx([para("Holstebro Kommune"), head, para("Dagsordenens punkter"), agenda])


def test_word_agenda_table_with_merged_number_cells(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.docx", _minutes())
    assert meeting.committee == "Skoleudvalget" and str(meeting.date) == "2024-05-07"
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Ny skolestruktur"), (3, "Eventuelt")]
    second = meeting.items[1]
    assert second.journal_number == "17.01.00-P20-1-24"
    assert second.sections[0].text == "Elevtallet falder."
    assert second.sections[-1].text.startswith("Indstillingen godkendt.")
    assert meeting.items[2].sections[-1].text == "Intet."


def test_word_tables_nested_in_cells_read_by_their_rows(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.docx", _minutes())
    second = meeting.items[1]
    assert second.votes["for"] == ["Ida Holm (V)", "Eva Dam (V)"]
    assert second.votes["imod"] == ["Bo Ny (A)"]
    status = {p.name: (p.status, p.role) for p in meeting.participants}
    assert status["Ida Holm (V)"] == ("deltog", "formand")
    assert status["Ole Bak (C)"][0] == "afbud"


_DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'


def test_odt_floating_frame_caption_is_no_part_of_the_paragraph(tmp_path: Path) -> None:
    frame = (f'<draw:frame {_DRAW} text:anchor-type="paragraph"><draw:text-box>'
             "<text:p>Figur 1</text:p><text:p>Kort over området, se bilag 2.</text:p>"
             "</draw:text-box></draw:frame>")
    body = ("<text:p>Skive Kommune</text:p><text:p>Dagsorden</text:p>"
            "<text:p>Teknisk Udvalg</text:p><text:p>Mødedato: 3. september 2025</text:p>"
            '<text:h text:outline-level="1">1. Klimaplan</text:h>'
            '<text:h text:outline-level="2">Sagsfremstilling</text:h>'
            f"<text:p>{frame}Planen udpeger tre områder.</text:p>"
            '<text:h text:outline-level="1">2. Eventuelt</text:h>'
            '<text:h text:outline-level="2">Sagsfremstilling</text:h><text:p>Intet.</text:p>')
    meeting = written_meeting(tmp_path, "dagsorden.odt", odt(body))
    assert [i.title for i in meeting.items] == ["Klimaplan", "Eventuelt"]
    text = meeting.items[0].sections[0].text
    assert text.startswith("Planen udpeger tre områder.")
    assert "Figur 1\nKort over området" in text and "2.Planen" not in text
