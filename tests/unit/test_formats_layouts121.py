"""A hundred-and-twenty-first round of layouts (round 121's blind files: FirstAgenda
publication pages as municipalities publish them): a single item's page, which has no
header table and names its place only in the heading beside the committee, and a
decision whose vote counts a side by party and then names its voters after a colon
("imod stemte 1 (O): Per Rømer"). Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting as _read

_ONE_ITEM = """<html lang="da"><head><title>Punkt 12: Salg af grund</title></head><body>
<div class="container"><div class="tilbage-wrapper"><a href="/vis?id=1">Tilbage til mødet</a></div>
<div class="title"><h1 class="green dato">Referat 9. marts 2022 kl. 17.00</h1>
<h2 class="black"><span class="udvalg">Plan- og Boligudvalget</span><span class="sted-divider"> -
</span><span class="sted sted-container">Mødesal B, Nordby Rådhus</span></h2></div>
<table id="dagsordenDetaljer" class="table dagsorden"><tbody><tr class="punktrow" id="punktrow_1">
<td class="punkt-tabel"><span class="label label-default">12</span></td><td class="punkt-tabel">
<h2 class="overskrift">Salg af grund ved Havnevej</h2><span class="sagsnummer">22-001377</span>
<div class="punkt"><div id="sagsfremstillingContainer"><div><h3>Beslutning</h3>
<span class="resume"><div>Salget blev godkendt.</div>
<div>For stemte 6 (A, V, F), imod stemte 2 (Ø): Ulla Mærsk og Kim Rask.</div></span>
<h3>Sagsfremstilling</h3><span class="resume"><div>Der er indkommet tre bud på grunden.</div>
</span></div></div></div></td></tr></tbody></table>
<footer class="footer"><p>Nordby Kommune · Publiceret med FirstAgenda</p></footer></div>
</body></html>
"""


def test_single_item_page_names_its_place_in_the_heading(tmp_path: Path) -> None:
    """A single item's page: committee, date and time from its headings, its place from
    the heading's place beside the committee, the one item under its printed number."""
    m = _read(tmp_path, "nordby_pbu_2022-03-09_punkt12.html", _ONE_ITEM)
    assert m.committee == "Plan- og Boligudvalget"
    assert str(m.date) == "2022-03-09" and m.start_time == "17:00"
    assert m.place == "Mødesal B, Nordby Rådhus"
    assert [(i.number, i.title) for i in m.items] == [(12, "Salg af grund ved Havnevej")]
    assert m.items[0].decision.startswith("Salget blev godkendt.")


def test_counted_side_names_its_voters_after_a_colon(tmp_path: Path) -> None:
    """"imod stemte 2 (Ø): Ulla Mærsk og Kim Rask": the side against is the two members
    named, the side for the parties counted."""
    m = _read(tmp_path, "nordby_pbu_2022-03-09_punkt12.html", _ONE_ITEM)
    votes = m.items[0].votes
    assert votes["for"] == ["A", "V", "F"]
    assert votes["imod"] == ["Ulla Mærsk", "Kim Rask"]
