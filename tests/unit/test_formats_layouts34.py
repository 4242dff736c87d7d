"""A thirty-fourth round of layouts: a small municipality's print whose decision is
"Udvalgets afgørelse:" under "Sag nr. N – Title" headings, an elderly council's minutes
numbered with Roman numerals, and others (see each test). Each read wrongly before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats34"


def one(name: str):
    meetings = read_meetings(FIXTURES / name, municipality=None)
    assert len(meetings) == 1
    return meetings[0]


def test_udvalgets_afgoerelse_is_the_decision_and_each_sag_nr_an_item() -> None:
    m = one("02_sag_afgoerelse.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Teknik- og Miljøudvalget", date(2024, 6, 4), "15:30", "referat")
    assert [i.number for i in m.items] == [7, 8, 9, 10, 11]
    assert m.items[-1].title == "Eventuelt" and m.items[-1].decision == "Intet."
    assert m.items[3].journal_number is None and m.items[3].closed
    assert m.items[0].decision == "Godkendt."
    assert m.items[1].decision.startswith("Anbefales.")
    assert m.items[1].votes["imod"] == ["Torben Kjær"]
    assert m.items[2].decision == "Afslaget fastholdes. Klagen sendes til Planklagenævnet."
    assert m.items[3].decision == "Indstillingen godkendt."
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Ole Vestergaard (K)"]
