"""Round 125: items grouped under headings, numbered inside each group: a web page whose
item marks ("B-1", "O-1", "L-1") stand in a span of their own above the title, and a
JSON export whose groups restart their numbers (1–3, then 1–2, then "L1") and list each
item's earlier treatments by meeting and item only."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

_ITEM = """<div class="agenda-item"><button>
<span class="agenda-item__number">{mark}</span>
<span class="agenda-item__title">{title}</span></button>
<p>Sagsnr.: 23/{n}</p>
<section><h4>Sagsfremstilling</h4><p>Tekst om sagen {n}.</p></section>
<section><h4>Beslutning</h4><p>{decision}</p></section></div>"""


def _page(tmp_path: Path) -> Path:
    groups = [("Beslutningssager", [("B-1", "Lokalplan for Skovvejen", "Godkendt."),
                                    ("B-2", "Landzonetilladelse til maskinhus", "Afslået.")]),
              ("Orienteringssager", [("O-1", "Status på spildevandsplan",
                                      "Taget til efterretning.")]),
              ("Lukkede sager", [("L-1", "Lukket punkt: Køb af areal", "Godkendt.")])]
    body = "".join(f"<h2>{name}</h2>" + "".join(
        _ITEM.format(mark=mark, title=title, decision=decision, n=n)
        for n, (mark, title, decision) in enumerate(items, 10 * g))
        for g, (name, items) in enumerate(groups, 1))
    path = tmp_path / "referat.html"
    path.write_text(
        "<html><body><main><p>Referat</p><h1>Miljø- og Planudvalget</h1>"
        "<dl><dt>Dato</dt><dd>Tirsdag den 7. marts 2023</dd><dt>Tidspunkt</dt>"
        "<dd>Kl. 15.00</dd></dl><h3>Medlemmer</h3><ul><li>Anna Holm (V), formand</li>"
        f"<li>Bo Lund (A)</li></ul>{body}</main></body></html>", encoding="utf-8")
    return path


def test_group_marks_in_their_own_span_above_the_title_are_items(tmp_path):
    (m,) = read_meetings(_page(tmp_path), municipality="Norddjurs")
    assert m.committee == "Miljø- og Planudvalget" and m.date == date(2023, 3, 7)
    assert [(i.number, i.label) for i in m.items] == [
        (1, "B-1"), (2, "B-2"), (3, "O-1"), (4, "L-1")]
    assert m.items[0].title == "Lokalplan for Skovvejen"
    assert m.items[1].decision.startswith("Afslået")
    assert m.items[3].closed


def _export(tmp_path: Path) -> Path:
    def item(group: str, number: str, title: str, earlier: list[dict] = ()) -> dict:
        return {"group": group, "number": number, "title": title, "caseNumber": "26/001",
                "isClosed": number.startswith("L"), "previousTreatments": list(earlier),
                "fields": [{"title": "Sagsfremstilling", "html": f"<p>Om {title}.</p>"},
                           {"title": "Beslutning", "html": ""}]}
    data = {"organisation": {"name": "Hedensted Kommune"}, "meeting": {
        "committee": {"name": "Kultur- og Fritidsudvalget"}, "documentType": "Dagsorden",
        "start": "2026-02-03T15:00:00+01:00", "agendaItems": [
            item("Beslutningssager", "1", "Godkendelse af dagsorden"),
            item("Beslutningssager", "2", "Kulturpuljen 2026", [
                {"committee": "Kultur- og Fritidsudvalget", "meetingDate": "2025-12-02",
                 "itemNumber": "6"}]),
            item("Orienteringssager", "1", "Status på fritidspas"),
            item("Orienteringssager", "2", "Meddelelser"),
            item("Lukkede sager", "L1", "Køb af ejendom")]}}
    path = tmp_path / "dagsorden.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_export_whose_groups_restart_their_numbers_keeps_every_item(tmp_path):
    (m,) = read_meetings(_export(tmp_path))
    assert m.committee == "Kultur- og Fritidsudvalget" and m.doc_type == "dagsorden"
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Kulturpuljen 2026", "Status på fritidspas",
        "Meddelelser", "Køb af ejendom"]
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert m.items[4].closed and not any(i.decision for i in m.items)


def test_earlier_treatments_named_by_meeting_and_item_are_history(tmp_path):
    (m,) = read_meetings(_export(tmp_path))
    (earlier,) = m.items[1].history
    assert (earlier.committee, earlier.date, earlier.punkt) == (
        "Kultur- og Fritidsudvalget", date(2025, 12, 2), 6)
