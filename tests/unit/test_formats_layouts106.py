"""A hundred-and-sixth round of layouts (round 106's blind files, on votes and attendance
written inside agenda items): a saved portal page whose items quote their earlier
treatments under "Tidligere behandlinger", one block a meeting headed "Body, dd-mm-yyyy,
pkt. N" with its own "Fraværende:" line; a body named with a comma after a shortened word
("Plan-, Teknik- og Miljøudvalget") in such an entry; and a JSON export whose earlier
treatments give the item they had there ("itemNumber"). Every text is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings

_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Kommunalbestyrelsen - 9. april 2025 - Nordby Kommune</title></head><body>
<header><a href="/"><img src="logo.svg" alt="Nordby Kommune"></a></header><main>
<h1>Kommunalbestyrelsen</h1><p>Referat</p>
<dl><dt>Mødedato</dt><dd>Onsdag den 9. april 2025</dd><dt>Mødetidspunkt</dt><dd>Kl. 18:00</dd>
<dt>Mødested</dt><dd>Byrådssalen, Rådhuset</dd></dl>
<section><h2>Deltagere</h2><table><thead><tr><th>Navn</th><th>Parti</th><th>Status</th></tr>
</thead><tbody><tr><td>Ole Vind</td><td>V</td><td>Deltog</td></tr>
<tr><td>Pia Krog</td><td>A</td><td>Deltog</td></tr>
<tr><td>Ib Sand</td><td>C</td><td>Afbud</td></tr></tbody></table></section>
<article id="punkt-1"><h2>1. Godkendelse af dagsorden</h2><p>Sagsnr.: 25/101</p>
<div><h3>Beslutning</h3><p>Godkendt.</p><p>Fraværende: Ib Sand (C)</p></div></article>
<article id="punkt-2"><h2>2. Skolestruktur 2026</h2><p>Sagsnr.: 25/202</p>
<div class="history"><h3>Tidligere behandlinger</h3>
<div class="treatment"><h4>{first}, 10-03-2025, pkt. 5</h4><p>Anbefales.</p>
<p>Fraværende: Pia Krog (A)</p></div>
<div class="treatment"><h4>Økonomiudvalget, 26-03-2025, pkt. 12</h4><p>Anbefales.</p>
<p>Imod stemte: C (1).</p></div></div>
<div><h3>Sagsfremstilling</h3><p>Forvaltningen foreslår at samle overbygningen.</p></div>
<div><h3>Beslutning</h3><p>Godkendt.</p><p>For stemte: V og A (2)</p>
<p>Fraværende: Ib Sand (C)</p></div></article>
</main></body></html>
"""


def _page(tmp_path: Path, first: str):  # noqa: ANN202
    path = tmp_path / "referat.html"
    path.write_text(_PAGE.format(first=first), encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting


def test_absence_in_a_tidligere_behandlinger_block_is_the_earlier_meetings(
        tmp_path: Path) -> None:
    """"Tidligere behandlinger" (the plural) heads the case's history: its entries are
    history, and the "Fraværende:" of an earlier meeting is no absence at this one.
    Before: the block was the item's "Beskrivelse" and Pia Krog absent from item 2."""
    m = _page(tmp_path, "Børneudvalget")
    item = m.item(2)
    assert item.absentees == ["Ib Sand (C)"]
    assert [(h.committee, str(h.date), h.punkt) for h in item.history] == [
        ("Børneudvalget", "2025-03-10", 5), ("Økonomiudvalget", "2025-03-26", 12)]
    assert item.votes.get("imod", []) == []  # (the Økonomiudvalget's vote is history)
    assert item.decision.startswith("Godkendt.")
    assert "Beskrivelse" not in [s.name for s in item.sections]


def test_a_history_entry_of_a_body_named_with_a_comma_after_a_short_word(
        tmp_path: Path) -> None:
    """"Plan-, Teknik- og Miljøudvalget, 10-03-2025, pkt. 5" is an entry like
    "Børneudvalget, …". Before: only the entries after it were read."""
    m = _page(tmp_path, "Plan-, Teknik- og Miljøudvalget")
    assert [(h.committee, h.punkt) for h in m.item(2).history] == [
        ("Plan-, Teknik- og Miljøudvalget", 5), ("Økonomiudvalget", 12)]
    assert m.item(2).absentees == ["Ib Sand (C)"]


def test_an_exports_earlier_treatment_keeps_the_item_it_had_there(tmp_path: Path) -> None:
    """An export's earlier treatment with its "itemNumber" is history with that punkt.
    Before: the punkt was lost (None)."""
    item = {"number": "4", "title": "Takster for hjemmehjælp 2026",
            "caseNumber": "27.15.00-S29-1-25", "access": "Åben",
            "sections": [{"heading": "Beslutning", "html": "<p>Godkendt.</p>"},
                         {"heading": "Sagsfremstilling", "html": "<p>Taksterne reguleres.</p>"}],
            "previousTreatments": [{"committeeName": "Ældreudvalget", "meetingDate": "2025-05-06",
                                    "itemNumber": "9",
                                    "decisionHtml": "<p>Udsat.</p><p>Afbud: Bo Lind (V)</p>"}]}
    export = {"organisation": {"name": "Sydby Kommune"},
              "meeting": {"committee": {"name": "Ældreudvalget"}, "documentType": "Referat",
                          "start": "2025-06-03T16:00:00+02:00", "location": "Mødelokale 2",
                          "attendees": [{"name": "Bo Lind", "party": "V", "role": "Formand",
                                         "attendance": "Present"}],
                          "agendaItems": [item]}}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    (m,) = read_meetings(path)
    (got,) = m.items
    assert [(h.committee, str(h.date), h.punkt) for h in got.history] == [
        ("Ældreudvalget", "2025-05-06", 9)]
    assert got.decision == "Godkendt."
    assert got.absentees == []  # (Bo Lind was away from the earlier meeting only)
