"""Web pages of minutes whose markup says things twice or hides things (round 166):
screen-reader-only words, a mobile copy beside the desktop table, print-only copies,
stale content hidden by attribute or style, a "Læs mere" teaser, status icons with a
legend, an item "4a" whose number stands in an element of its own."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

_HEAD = ("<html><head><title>Referat - Teknik- og Miljøudvalget - Ikast-Brande Kommune</title>"
         "{style}</head><body><main><h1>Teknik- og Miljøudvalget</h1>"
         "<dl><dt>Dato</dt><dd>Tirsdag den 9. maj 2023</dd><dt>Tid</dt><dd>Kl. 08:30</dd>"
         "<dt>Sted</dt><dd>Mødelokale 2, Rådhuset</dd></dl>")


def _one(tmp_path: Path, body: str, style: str = ""):
    path = tmp_path / "ikast-brande_2023-05-09_tmu.html"
    path.write_text(_HEAD.format(style=style) + body + "</main></body></html>", encoding="utf-8")
    meetings = read_meetings(path)
    assert len(meetings) == 1
    return meetings[0]


def _decisions(item) -> list[str]:
    return [s.text for s in item.sections if s.name == "Beslutning"]


def _item(n: int, title: str, decision: str, extra: str = "", nr: str = "") -> str:
    return (f"<article id='p{n}'><h3><span class='nr' aria-hidden='true'>{nr or n}.</span>"
            f"<span class='sr-only'>Punkt {nr or n}, åbent punkt: </span>{title}</h3>"
            f"{extra}<h4>Beslutning</h4><p>{decision}</p></article>")


def test_screen_reader_words_stay_out_of_titles_and_case_numbers(tmp_path: Path) -> None:
    case = ("<p class='sagsnr'><span class='visually-hidden'>Sagsnummer: </span>"
            "<i class='bi bi-folder' aria-hidden='true'></i> Sagsnr. 23/4127</p>")
    meeting = _one(tmp_path, _item(1, "Godkendelse af dagsorden", "Godkendt.")
                   + _item(2, "Trafikplan 2023", "Indstillingen godkendt.", case))
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Trafikplan 2023"]
    assert meeting.items[1].journal_number == "23/4127"
    assert all(s.name != "Beskrivelse" for s in meeting.items[1].sections)


def test_mobile_copy_gives_way_to_the_desktop_table(tmp_path: Path) -> None:
    mobile = ("<div class='md:hidden'><details><summary><span>Pkt. 1</span><span>Vejplan for "
              "Bording…</span></summary><h3>Beslutning</h3><p>Godkendt.</p></details></div>")
    desktop = ("<div class='hidden md:block'><table><thead><tr><th>Nr.</th><th>Punkt</th>"
               "<th>Sagsnr.</th></tr></thead><tbody><tr class='border-t align-top'><td>1</td>"
               "<td><h3>Vejplan for Bording og omegn</h3><h4>Sagsresumé</h4><p>Planen er klar."
               "</p><h4>Beslutning</h4><p>Godkendt.</p></td><td>19-004512</td></tr>"
               "<tr class='border-t align-top'><td>2</td><td><h3>Meddelelser</h3><h4>Beslutning"
               "</h4><p>Taget til efterretning.</p></td><td></td></tr></tbody></table></div>")
    meeting = _one(tmp_path, mobile + desktop)
    assert [i.title for i in meeting.items] == ["Vejplan for Bording og omegn", "Meddelelser"]
    first = meeting.items[0]
    assert first.journal_number == "19-004512"
    assert _decisions(first) == ["Godkendt."]
    assert [s.name for s in first.sections] == ["Sammendrag", "Beslutning"]


def test_print_only_copies_are_not_second_decisions(tmp_path: Path) -> None:
    style = ("<style>.print-only { display: none; } @media print { .print-only { display: block; }"
             " .screen-only { display: none; } }</style>")
    body = ("<h2>1. Godkendelse af dagsorden</h2><div class='screen-only'><b>Beslutning</b><br>"
            "Godkendt.</div><div class='print-only'><h4>Beslutning</h4><p>Godkendt.</p></div>"
            "<h2>2. Meddelelser</h2><h4>Beslutning</h4><p>Taget til efterretning.</p>"
            "<p class='d-none d-print-block'>Udskrevet fra Politikerweb.</p>")
    meeting = _one(tmp_path, body, style)
    assert [_decisions(i) for i in meeting.items] == [["Godkendt."], ["Taget til efterretning."]]


def test_stale_hidden_content_is_not_read(tmp_path: Path) -> None:
    body = ("<h3>Medlemmer</h3><table><tr><td>Ida Ravn (V)</td><td>Formand</td><td>Deltog</td></tr>"
            "<tr><td>Kim Lund (V)</td><td></td><td>Deltog</td></tr><tr><td>Ane Bak (B)</td><td>"
            "</td><td>Afbud</td></tr></table><div style='display:none'><b>Afbud:</b> Kim Lund (V)"
            "</div><h2>1. Tilskud fra puljen</h2><h4>Beslutning</h4><p>Bevilget.</p>"
            "<div class='kladde' style='display:none'><h4>Beslutning</h4><p>Udsat.</p></div>"
            "<div class='punkt' style='display: none'><h2>2. Landzonesag, Fjordvej 31</h2>"
            "<h4>Sagsfremstilling</h4><p>Ejeren søger om tilladelse.</p></div>"
            "<h2>2. Meddelelser</h2><p class='rettelse' hidden>Rettelse: udsat.</p>"
            "<h4>Beslutning</h4><p>Taget til efterretning.</p>")
    meeting = _one(tmp_path, body)
    assert {p.name: p.status for p in meeting.participants}["Kim Lund (V)"] == "deltog"
    assert [i.title for i in meeting.items] == ["Tilskud fra puljen", "Meddelelser"]
    assert [_decisions(i) for i in meeting.items] == [["Bevilget."], ["Taget til efterretning."]]
    assert "Fjordvej" not in str(meeting.items) and "Rettelse" not in str(meeting.items)


def test_read_more_keeps_the_full_text_once(tmp_path: Path) -> None:
    full = "Høringen løb i fem uger. Der kom 41 svar. Planen vedtages uændret."
    extra = ("<h4>Sagsfremstilling</h4><div class='uddrag' aria-hidden='true'><p>Høringen løb i "
             "fem uger. Der kom 41…</p></div><button type='button' aria-expanded='false' "
             "aria-controls='fuld-1'>Læs mere<span class='visually-hidden'> om sagen</span>"
             f"</button><div id='fuld-1' hidden><p>{full}</p></div>")
    meeting = _one(tmp_path, _item(1, "Trafikplan", "Godkendt.", extra))
    texts = {s.name: s.text for s in meeting.items[0].sections}
    assert texts["Sagsfremstilling"] == full


def test_status_icons_with_a_legend_and_a_lettered_item(tmp_path: Path) -> None:
    def member(status: str, name: str) -> str:
        return (f"<li><svg class='ikon ikon--{status.lower()}' aria-hidden='true'></svg>"
                f"<span class='sr-only'>{status}: </span>{name}</li>")

    def heading(nr: str, title: str) -> str:
        return (f"<h2><button aria-controls='p{nr}' aria-expanded='false'><span class='nr' "
                f"aria-hidden='true'>{nr}</span>\n  <span class='sr-only'>Punkt {nr}, åbent "
                f"punkt: </span>\n  <span class='titel'>{title}</span></button></h2>")

    body = ("<section><h2>Medlemmer</h2><p class='legende'><span><svg aria-hidden='true'></svg>"
            " Deltog</span> <span><svg aria-hidden='true'></svg> Afbud</span></p><ul>"
            + member("Deltog", "Eva Friis (A)") + member("Afbud", "Ole Hansen (Ø)")
            + member("Deltog", "Pia Dahl (V)")
            + "<li hidden><span class='sr-only'>Afbud: </span>Karsten Vind (V)</li></ul></section>")
    for nr, title, decision in (("4", "Midlertidige pladser", "Anbefales."),
                                ("4a", "Høringssvar til regionen", "Godkendt."),
                                ("5", "Frivillighedspuljen", "Godkendt.")):
        body += (heading(nr, title) + f"<div id='p{nr}' class='collapse'><h3>Beslutning</h3>"
                 f"<p>{decision}</p></div>")
    meeting = _one(tmp_path, body)
    assert {p.name: p.status for p in meeting.participants} == {
        "Eva Friis (A)": "deltog", "Ole Hansen (Ø)": "afbud", "Pia Dahl (V)": "deltog"}
    assert [(i.label or str(i.number), i.title) for i in meeting.items][-2:] == [
        ("4a", "Høringssvar til regionen"), ("5", "Frivillighedspuljen")]
    assert [_decisions(i) for i in meeting.items] == [["Anbefales."], ["Godkendt."], ["Godkendt."]]


def test_history_icon_is_no_time_label(tmp_path: Path) -> None:
    extra = ("<h4>Tidligere behandlinger</h4><ul><li><i class='bi bi-clock-history' "
             "aria-hidden='true'></i> Teknik- og Miljøudvalget, 07.02.2023, punkt 5: Sendt i "
             "høring.</li></ul>")
    meeting = _one(tmp_path, _item(1, "Trafikplan", "Godkendt.", extra))
    assert [(h.committee, h.punkt) for h in meeting.items[0].history] == [
        ("Teknik- og Miljøudvalget", 5)]
