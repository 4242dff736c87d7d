"""Minutes on modern web portals saved from the browser (round 157): items as collapsed
`<details>` with a lock glyph for a closed item, a participants panel behind a toggle
with a count badge, a print view's "Sagsnr.: Lukket", cards whose case number, closed
state and earlier treatment are only in `data-*` attributes, a date and time joined by
a middle dot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings


def _read(tmp_path: Path, body: str):
    path = tmp_path / "moede.html"
    path.write_text(f"<!doctype html><html lang='da'><head><meta charset='utf-8'><title>Referat"
                    f"</title></head><body><main>{body}</main></body></html>", encoding="utf-8")
    meetings = read_meetings(path)
    assert len(meetings) == 1
    return meetings[0]


_HEAD = ("<h1>Plan- og Boligudvalget <span>Referat</span></h1><ul><li>Dato: Tirsdag den 3. maj"
         " 2022</li><li>Tidspunkt: 16:00 - 18:00</li><li>Sted: Byrådssalen, Rådhuset</li></ul>")


def _accordion(n: int, title: str, decision: str, closed: bool = False) -> str:
    lock = ("<span class='x-lock' aria-label='Lukket punkt' title='Lukket punkt'>&#128274;"
            "</span> ") if closed else ""
    note = "<p>Lukket punkt. Indholdet er ikke offentligt tilgængeligt.</p>" if closed else (
        "<details><summary>Sagsfremstilling</summary><p>Sagen handler om en plan.</p></details>")
    return (f"<details class='x-item{' x-item--lukket' if closed else ''}'><summary><span>{n}."
            f"</span> {lock}<span>{title}</span></summary><div>{note}<details open><summary>"
            f"Beslutning</summary><p>{decision}</p></details></div></details>")


def test_a_closed_accordion_item_marked_by_a_lock_glyph_stays_an_item(tmp_path):
    items = [_accordion(1, "Godkendelse af dagsorden", "Godkendt."),
             _accordion(2, "Lokalplan for Nørreby", "Anbefales."),
             _accordion(3, "Køb af grund", "Godkendt.", closed=True),
             _accordion(4, "Meddelelser", "Taget til efterretning.")]
    m = _read(tmp_path, _HEAD + "".join(items))
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    closed = m.items[2]
    assert closed.title == "Køb af grund" and closed.closed
    assert closed.section("Beslutning") == "Godkendt."
    assert m.items[1].section("Beslutning") == "Anbefales."
    assert m.items[3].section("Beslutning") == "Taget til efterretning."


def test_a_closed_mark_with_its_notice_after_a_full_stop_is_no_section(tmp_path):
    m = _read(tmp_path, _HEAD + _accordion(1, "Godkendelse af dagsorden", "Godkendt.") +
              _accordion(2, "Erstatningssag", "Taget til efterretning.", closed=True))
    assert [s.name for s in m.items[1].sections] == ["Beslutning"]


def test_a_count_badge_on_the_participants_toggle_is_no_participant(tmp_path):
    panel = ("<section><h2><button type='button' aria-expanded='false' aria-controls='p'>"
             "Deltagere <span class='count'>(3)</span></button></h2><div id='p' hidden>"
             "<h3>Til stede</h3><ul><li>Ida Ravn (A), formand</li><li>Ole Bak (V)</li></ul>"
             "<h3>Afbud</h3><ul><li>Eva Lund (C)</li></ul></div></section>")
    m = _read(tmp_path, _HEAD + panel + _accordion(1, "Godkendelse af dagsorden", "Godkendt."))
    names = {p.name: p.status for p in m.participants}
    assert names == {"Ida Ravn (A)": "deltog", "Ole Bak (V)": "deltog", "Eva Lund (C)": "afbud"}


def test_a_print_views_case_field_saying_lukket_closes_the_item(tmp_path):
    body = ("<h1>Referat</h1><p><strong>Ældrerådet</strong></p><table><tr><th>Mødedato:</th>"
            "<td>12-02-2025</td></tr><tr><th>Mødetidspunkt:</th><td>13:00</td></tr></table>"
            "<h2 id='punkt-4'>4. Godkendelse af dagsorden</h2><table><tr><th>Sagsnr.:</th>"
            "<td>25/88</td></tr></table><h3>Beslutning</h3><p>Godkendt.</p>"
            "<h2 id='punkt-5'>5. Lukket punkt: Klagesag</h2><table><tr><th>Sagsnr.:</th>"
            "<td>Lukket</td></tr></table><h3>Beslutning</h3><p>Godkendt.</p>")
    m = _read(tmp_path, body)
    closed = m.items[1]
    assert closed.title == "Klagesag" and closed.closed and closed.journal_number is None
    assert [s.name for s in closed.sections] == ["Beslutning"]


def _card(n: int, case: str, title: str, inner: str, closed: bool = False) -> str:
    return (f"<article class='card' data-item-number='{n}' data-case-number='{case}' "
            f"data-closed='{'true' if closed else 'false'}'><header><span>{n}</span><h3>"
            f"{title}</h3><span class='card__case'></span></header><div>{inner}</div></article>")


_CARDS_HEAD = ("<div><h1>Kultur- og Fritidsudvalget</h1><span>Referat</span><p><time "
               "datetime='2021-09-08T17:00'>ons. 8. sep. 2021 · 17:00</time></p>"
               "<p>Mødelokale 1, Rådhuset</p></div>")
_DECIDED = "<div><h4>Beslutning</h4><p>Godkendt.</p></div>"


def test_a_time_after_a_middle_dot_is_the_start_not_the_place(tmp_path):
    m = _read(tmp_path, _CARDS_HEAD + _card(1, "21/1420", "Godkendelse af dagsorden", _DECIDED))
    assert m.date == date(2021, 9, 8)
    assert m.start_time == "17:00"
    assert m.place == "Mødelokale 1, Rådhuset"


def test_a_cards_case_number_and_closed_state_in_its_data(tmp_path):
    cards = [_card(1, "21/1420", "Godkendelse af dagsorden", _DECIDED),
             _card(2, "21/9034", "Folkeoplysningspolitik", _DECIDED),
             _card(3, "", "Forpagtningsaftale", _DECIDED, closed=True)]
    m = _read(tmp_path, _CARDS_HEAD + "".join(cards))
    assert [i.journal_number for i in m.items] == ["21/1420", "21/9034", None]
    assert [i.closed for i in m.items] == [False, False, True]
    assert m.items[2].title == "Forpagtningsaftale"
    assert all(i.section("Beslutning") == "Godkendt." for i in m.items)


def test_an_earlier_treatment_in_a_cards_aside_given_by_its_data(tmp_path):
    history = ("<aside class='history'><h4>Tidligere behandling</h4><ul><li data-committee="
               "'Kultur- og Fritidsudvalget' data-date='2021-08-11' data-item='4'><abbr title="
               "'Kultur- og Fritidsudvalget'>KFU</abbr> 11.08.21, pkt. 4: Udvalget drøftede "
               "temaerne.</li></ul></aside>")
    cards = [_card(1, "21/1420", "Godkendelse af dagsorden", _DECIDED),
             _card(2, "21/9034", "Folkeoplysningspolitik", history + _DECIDED)]
    m = _read(tmp_path, _CARDS_HEAD + "".join(cards))
    entry, = m.items[1].history
    assert entry.committee == "Kultur- og Fritidsudvalget" and entry.date == date(2021, 8, 11)
    assert entry.punkt == 4 and entry.text == "Udvalget drøftede temaerne."
    assert m.items[1].section("Beslutning") == "Godkendt."
