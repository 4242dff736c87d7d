"""A thirty-sixth round of layouts: KKR's items headed by the year and a running number
("Sag 2023-42"), item headings in box-drawing frames, a clock time before each item's
heading, and others (see each test). Each read wrongly or not at all before."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats36")


def test_items_headed_by_year_and_running_number() -> None:
    """KKR's "Sag 2023-41    Godkendelse af dagsorden": the item is number 41 of the
    year. Before: no item found, the file refused."""
    m = one("10_kkr_sag_aar.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "KKR Syddanmark", date(2023, 11, 7), "10:00", "referat")
    assert m.place == "Hotel Koldingfjord, Fjordvej 154, mødelokale Skoven"
    assert [(i.number, i.title) for i in m.items] == [
        (41, "Godkendelse af dagsorden"), (42, "Praktikpladser på social- og sundhedsområdet"),
        (43, "Udpegning til vækstforum"), (44, "Eventuelt")]
    assert m.items[1].decision == "Fordelingen blev godkendt.\nOle Friis (C) stemte imod."
    assert m.items[1].votes == {"imod": ["Ole Friis (C)"]}
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert [p.role for p in m.participants if p.status == "deltog"][:2] == [
        "formand", "næstformand"]
    assert len([p for p in m.participants if p.status == "afbud"]) == 1
