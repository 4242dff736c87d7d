"""Round 138 (blind): FirstAgenda open-API JSON of other municipalities' meetings — a
supplementary agenda's lettered item of its own, and the municipality named by the
minutes host "dagsordener.<name>kommune.dk"."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings


def _point(number: str, title: str, case: str, decision: str) -> dict:
    html = (f"<div><h3>Beslutning</h3><p>{decision}</p><h3>Fremstilling</h3>"
            f"<p>Se <a href='https://dagsordener.faxekommune.dk/Vis/Pdf/bilag/1'>bilag</a>.</p>"
            f"</div>")
    return {"Punktnummer": number, "Navn": title, "SagsNummer": case,
            "Felter": [{"Navn": "", "Html": html}]}


def test_a_supplementary_lettered_item_is_an_item_of_its_own(tmp_path: Path) -> None:
    data = {"Udvalg": {"Navn": "Byrådet 2022-2025"},
            "Moede": {"MeetingBeginUtc": "2025-02-27T18:00:00+01:00", "Sted": "Byrådssalen"},
            "Dagsordenpunkter": [
                _point("1", "Godkendelse af dagsorden", "25-000001",
                       "Godkendt, herunder optagelse af tillægspunkt 2a."),
                _point("2", "Spørgsmål om busbetjening", "25-001522", "Besvaret."),
                _point("2a", "Tillæg: Ekstraordinær bevilling efter stormflod", "25-001688",
                       "Bevillingen godkendt."),
                _point("3", "Lukket: Salg af ejendom", "24-014455", "Godkendt.")]}
    path = tmp_path / "Byrådet 2022-2025_2025-02-27.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (m,) = read_meetings(path)
    assert m.municipality == "Faxe"  # (from "dagsordener.faxekommune.dk", not "Faxekommune")
    assert [(i.number, i.label, i.title, i.journal_number) for i in m.items] == [
        (1, "", "Godkendelse af dagsorden", "25-000001"),
        (2, "", "Spørgsmål om busbetjening", "25-001522"),
        (3, "2a", "Ekstraordinær bevilling efter stormflod", "25-001688"),
        (4, "3", "Salg af ejendom", "24-014455")]
    assert m.items[2].decision == "Bevillingen godkendt."
    assert "Bevillingen" not in (m.items[1].decision or "")
