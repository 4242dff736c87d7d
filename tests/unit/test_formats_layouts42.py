"""A forty-second round of layouts (the blind files of round 41): a meeting portal's
agenda published before the meeting (each item's "Beslutning" heading holding only a
placeholder, "Afventer mødets behandling" / "Udestår" / "…", an item titled "Høring: …"
under its bare "Punkt 2", "Afbud er modtaget fra: X"). Each read wrongly or not at all
before."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats42")


def test_agenda_with_placeholder_decisions_and_a_labelled_title() -> None:
    """An agenda whose "Beslutning" headings hold only "Udestår", "…" or "Afventer mødets
    behandling" is a dagsorden without decisions; "Orientering: Ny …" under "Punkt 2" is
    item 2's title; "Afbud er modtaget fra: Dennis Lyk" sends his apologies. Before: a
    referat quoting the placeholders, item 2 lost inside item 1, a participant named
    "er modtaget fra: Dennis Lyk"."""
    m = one("01_dagsorden_portal.html")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Handicaprådet", date(2024, 10, 9), "14:00", "Bølgeby Bibliotek, lokale 2", "dagsorden")
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Orientering: Ny tilgængelighedsstrategi", "29.09.00-A00-7-24"),
        (3, "Eventuelt", None)]
    assert [i.decision for i in m.items] == ["", "", ""]
    assert "tager orienteringen til efterretning" in m.items[1].section("Indstilling")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Annette Fog", "deltog"), ("Bo Riber", "deltog"), ("Camilla Eng", "deltog"),
        ("Dennis Lyk", "afbud")]
