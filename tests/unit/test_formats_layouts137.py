"""A hundred-and-thirty-seventh round of layouts (round 137's blind files: attendance that
changes during the meeting, recorded per item): a Word grid of the members against the
items with a mark in each cell, a JSON export's per-item attendance mapping, a web
page's attendance remark whose sentence opens with "Stedfortræder", and an export's
earlier treatment listed after this meeting's decision. Every text is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

from .fixture_files import written_meeting as _read
from .office_files import docx, para, table


def _absent(meeting, number: int) -> list[str]:
    item = next(i for i in meeting.items if i.number == number)
    return sorted(a.split(" (")[0] for a in item.absentees)


def _grid_referat() -> bytes:
    return docx([
        para("REFERAT"),
        para("Børne- og Skoleudvalget"),
        para("Mødedato:\tMandag den 3. oktober 2022"),
        para("Mødetidspunkt:\tKl. 16.00 – 18.00"),
        para("Mødested:\tMødelokale 2, Rådhuset, Torvet 1, Sønderby"),
        para("Deltagere:\tAnne Krogh (formand), Bent Vad, Carla Lind, Dan Holm"),
        para("Afbud:\tEva Mose"),
        para("Fremmøde pr. punkt"),
        table([["Medlem / punkt", "1", "2", "3"],
               ["Anne Krogh (A), formand", "✓", "✓", "✓"],
               ["Bent Vad (V)", "÷", "✓", "✓"],
               ["Carla Lind (F)", "✓", "I", "✓"],
               ["Dan Holm (O)", "✓", "✓", "÷"],
               ["Eva Mose (C)", "A", "A", "A"]]),
        para("✓ = til stede   ÷ = ikke til stede   A = afbud   I = inhabil"),
        para("1. Godkendelse af dagsorden"),
        para("Beslutning:"),
        para("Godkendt."),
        para("2. Tilskud til skolernes lejrskoler"),
        para("Beslutning:"),
        para("Bevilget."),
        para("3. Orientering"),
        para("Beslutning:"),
        para("Taget til efterretning."),
    ])


def test_word_grid_of_items_gives_each_item_its_absentees(tmp_path: Path) -> None:
    """Each item's column says who was away: a cross, "A" and "I" alike; the member
    away from every item sent apologies."""
    m = _read(tmp_path, "sonderby_bsu_referat.docx", _grid_referat())
    assert _absent(m, 1) == ["Bent Vad", "Eva Mose"]
    assert _absent(m, 2) == ["Carla Lind", "Eva Mose"]
    assert _absent(m, 3) == ["Dan Holm", "Eva Mose"]
    status = {p.name.split(" (")[0]: p.status for p in m.participants}
    assert status["Eva Mose"] == "afbud" and status["Bent Vad"] == "deltog"


_EXPORT = {
    "kommune": {"navn": "Vestby Kommune"},
    "udvalg": {"navn": "Ældreudvalget"},
    "moede": {
        "type": "Referat", "start": "2023-03-14T09:00:00+01:00", "sted": "Byrådssalen",
        "deltagere": [{"navn": "Lis Dam", "rolle": "Formand", "fremmoede": "Deltog"},
                      {"navn": "Ib Nør", "rolle": "Medlem", "fremmoede": "Deltog"},
                      {"navn": "Kaj Ry", "rolle": "Medlem", "fremmoede": "Afbud"}]},
    "punkter": [
        {"nr": 1, "titel": "Godkendelse af dagsorden", "sagsnr": "23/100",
         "fremmoede": {"tilstede": ["Lis Dam"],
                       "fravaerende": [{"navn": "Kaj Ry", "parti": "A", "aarsag": "afbud"},
                                       {"navn": "Ib Nør", "parti": "V", "aarsag": "senere"}]},
         "felter": [{"overskrift": "Beslutning", "html": "<p>Godkendt.</p>"}]},
        {"nr": 2, "titel": "Madservice 2024", "sagsnr": "23/200",
         "fremmoede": {"tilstede": ["Lis Dam", "Ib Nør"],
                       "fravaerende": [{"navn": "Kaj Ry", "parti": "A", "aarsag": "afbud"}]},
         "felter": [{"overskrift": "Beslutning", "html": "<p>Anbefales.</p>"},
                    {"overskrift": "Sagsfremstilling", "html": "<p>Udbud af madservice.</p>"}],
         "afstemning": {"for": ["Lis Dam"], "imod": ["Ib Nør"], "undlod": []},
         "tidligereBehandling": [{"udvalg": "Ældreudvalget", "dato": "2022-11-08",
                                  "punkt": "12"}]},
    ],
}


def test_export_item_attendance_mapping_gives_absentees(tmp_path: Path) -> None:
    """"fremmoede": {"fravaerende": [{"navn": …, "parti": …}]} on each item names that
    item's absentees (by name, not by party letter)."""
    m = _read(tmp_path, "vestby_aeu_2023-03-14.json", json.dumps(_EXPORT))
    assert _absent(m, 1) == ["Ib Nør", "Kaj Ry"]
    assert _absent(m, 2) == ["Kaj Ry"]


def test_export_earlier_treatment_keeps_no_vote_of_this_meeting(tmp_path: Path) -> None:
    """The item's own vote belongs to this meeting's decision, not to the earlier
    treatment listed after it."""
    m = _read(tmp_path, "vestby_aeu_2023-03-14.json", json.dumps(_EXPORT))
    item = m.items[1]
    assert [(t.date.isoformat(), t.punkt, t.text) for t in item.history] == [
        ("2022-11-08", 12, "")]
    assert "For stemte: Lis Dam" in item.decision


_PAGE = """<html><body>
<h1>Referat</h1><p>Kulturudvalget</p>
<p>Dato: Tirsdag den 8. marts 2022</p><p>Start: Kl. 17:00</p><p>Sted: Rådhuset, lokale 4</p>
<p>Deltagere: Ulla Bak (A), formand; Per Lund (V); Jens Kro (A); Tove Ege (A), stedfortræder</p>
<p>Afbud: Rita Sø (F)</p>
<h2>Bemærkninger til fremmøde</h2>
<p>Stedfortræder Tove Ege (A) deltog i punkt 10-11, idet Jens Kro (A) havde meldt forfald
til første del af mødet. Jens Kro deltog fra punkt 12.</p>
<h2>10. Godkendelse af dagsorden</h2><p>Sagsnr.: 22-000010</p><h3>Beslutning</h3><p>Godkendt.</p>
<h2>11. Biblioteksplan</h2><p>Sagsnr.: 22-000011</p><h3>Beslutning</h3><p>Godkendt.</p>
<h2>12. Musikskolen</h2><p>Sagsnr.: 22-000012</p><h3>Beslutning</h3><p>Godkendt.</p>
</body></html>"""


def test_remark_opening_with_substitute_is_no_list(tmp_path: Path) -> None:
    """"Stedfortræder X deltog i punkt …, idet Y havde meldt forfald …" is a remark: no
    made-up participant from its clause, the member no substitute, and still away from
    the items before he came."""
    m = _read(tmp_path, "kulturudvalget_2022-03-08.html", _PAGE)
    names = [p.name for p in m.participants]
    assert not any(n.startswith("idet") for n in names)
    assert len(names) == 5
    role = next(p.role for p in m.participants if p.name.startswith("Jens Kro"))
    assert "stedfortræder" not in role
    assert "Jens Kro" in _absent(m, 10) and "Jens Kro" not in _absent(m, 12)
