"""Round 233's layouts (round 233's blind files): minutes that reach a user through feeds
and calendar exports. An RSS feed whose items are one meeting's agenda items titled
"Punkt N: …", each under a facts row naming the body and the meeting before its case
number, with an earlier decision headed "Tidligere beslutning: <body> den <day>, pkt. N";
an Atom feed with one meeting per entry; a JSON Feed whose items carry each meeting
twice (HTML and text); an iCalendar event whose description is the whole minutes with
their own head; and a council's news page listing decisions as a nested list under a
lead sentence that says when and where the committee met. Every text is written by the
tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

import json
from datetime import date
from html import escape

from .conftest import ReadFile


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


# --- RSS: one meeting, its items "Punkt N: …" --------------------------------------------

def _rss_item(number: int, title: str, html: str) -> str:
    return (f"<item><title>Punkt {number}: {escape(title)}</title>"
            f"<pubDate>Fri, 07 Jun 2024 10:00:0{number} +0200</pubDate>"
            f"<category>Teknisk Udvalg</category><description>{escape(html)}</description></item>")


_META = ('<p class="meta">Teknisk Udvalg &middot; Møde 04.06.2024 &middot; {case}'
         "&middot; {mark}</p>")
_CHANNEL_HEAD = ("<p>Referat af møde i Teknisk Udvalg</p><p>Mødedato: tirsdag den 4. juni 2024"
                 "<br>Mødetid: kl. 16.00<br>Mødested: Byrådssalen, Rådhuset, Vejle</p>"
                 "<p>Medlemmer: Poul Dam (V) (formand), Grete Sand (A), Bo Lyng (C)</p>")
_RSS = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Teknisk Udvalg – referat 04.06.2024 – Vejle Kommune</title>"
        f"<description>{escape(_CHANNEL_HEAD)}</description>"
        "<pubDate>Fri, 07 Jun 2024 10:00:00 +0200</pubDate>"
        + _rss_item(3, "Eventuelt", _META.format(case="", mark="Åbent punkt")
                    + "<h3>Beslutning Teknisk Udvalg den 4. juni 2024</h3><p>Intet.</p>")
        + _rss_item(2, "Ny cykelsti ved Bredballe", _META.format(
            case="Sagsnr.: 24/5512 ", mark="Åbent punkt")
            + "<h3>Sagsfremstilling</h3><p>Stien skal forbinde skolen med byen.</p>"
            "<h3>Indstilling</h3><p>Direktøren indstiller, at stien anlægges.</p>"
            "<h3>Tidligere beslutning: Teknisk Udvalg den 7. maj 2024, pkt. 4</h3>"
            "<p>Sagen blev udsat for at få en pris.</p>"
            "<h3>Beslutning Teknisk Udvalg den 4. juni 2024</h3><p>Godkendt.</p>")
        + _rss_item(1, "Godkendelse af dagsorden", _META.format(case="", mark="Åbent punkt")
                    + "<h3>Beslutning Teknisk Udvalg den 4. juni 2024</h3><p>Godkendt.</p>")
        + "</channel></rss>")


def test_rss_items_titled_punkt_n_are_one_meeting(read_file: ReadFile) -> None:
    (m,) = read_file("teknisk.xml", _RSS)
    assert (m.committee, m.date, m.start_time) == ("Teknisk Udvalg", date(2024, 6, 4), "16:00")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Ny cykelsti ved Bredballe"), (3, "Eventuelt")]


def test_facts_row_naming_the_meeting_gives_the_case_number(read_file: ReadFile) -> None:
    (m,) = read_file("teknisk.xml", _RSS)
    item = _item(m, 2)
    assert item.journal_number == "24/5512"
    assert not any("Møde 04.06.2024" in s.text for s in item.sections)
    assert not any("Møde 04.06.2024" in s.text for s in _item(m, 3).sections)


def test_earlier_decision_with_its_item_number_is_history(read_file: ReadFile) -> None:
    (m,) = read_file("teknisk.xml", _RSS)
    item = _item(m, 2)
    assert [(h.committee, h.date, h.punkt, h.text) for h in item.history] == [
        ("Teknisk Udvalg", date(2024, 5, 7), 4, "Sagen blev udsat for at få en pris.")]
    assert "udsat" not in item.section("Indstilling")
    assert item.decision == "Godkendt."


# --- Atom: one meeting per entry -------------------------------------------------------------

def _minutes_html(day: str, decision: str) -> str:
    return ("<h1>Referat</h1><h2>Social- og Sundhedsudvalget</h2><table>"
            f"<tr><th>Mødedato:</th><td>{day}</td></tr><tr><th>Mødetidspunkt:</th>"
            "<td>Kl. 09.00</td></tr><tr><th>Mødested:</th><td>Mødelokale 2, Rådhuset, "
            "Kolding</td></tr></table><h3>1. Godkendelse af dagsorden</h3>"
            f"<p>Sagsnr.: 00.01.00-A00-3-24 | Åben sag</p><h4>Beslutning</h4><p>{decision}</p>"
            "<h3>2. Eventuelt</h3><h4>Beslutning</h4><p>Intet.</p>")


_ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
         "<title>Social- og Sundhedsudvalget</title><updated>2024-10-11T08:00:00+02:00</updated>"
         + "".join(f"<entry><title>Referat – Social- og Sundhedsudvalget – {t}</title>"
                   f"<published>{p}</published><summary>Referatet er offentliggjort.</summary>"
                   f'<content type="html">{escape(_minutes_html(d, x))}</content></entry>'
                   for t, p, d, x in (
                       ("08.10.2024", "2024-10-11T08:00:00+02:00", "Tirsdag den 8. oktober 2024",
                        "Godkendt."),
                       ("10.09.2024", "2024-09-13T08:00:00+02:00", "Tirsdag den 10. september 2024",
                        "Godkendt med en tilføjelse.")))
         + "</feed>")


def test_atom_feed_reads_one_meeting_per_entry(read_file: ReadFile) -> None:
    meetings = read_file("sundhed.xml", _ATOM)
    assert [(m.committee, m.date) for m in meetings] == [
        ("Social- og Sundhedsudvalget", date(2024, 10, 8)),
        ("Social- og Sundhedsudvalget", date(2024, 9, 10))]
    assert [m.items[0].decision for m in meetings] == ["Godkendt.", "Godkendt med en tilføjelse."]


# --- JSON Feed: each meeting once, though given as HTML and as text --------------------------

def test_json_feed_reads_each_item_once(read_file: ReadFile) -> None:
    html = _minutes_html("Tirsdag den 8. oktober 2024", "Godkendt.")
    text = ("REFERAT\nSocial- og Sundhedsudvalget\n\nMødedato: Tirsdag den 8. oktober 2024\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n\n"
            "Beslutning\nIntet.\n")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Kolding Kommune",
            "items": [{"id": "1", "title": "Referat – Social- og Sundhedsudvalget – 8. oktober",
                       "content_html": html, "content_text": text,
                       "date_published": "2024-10-11T08:00:00+02:00"}]}
    (m,) = read_file("feed.json", json.dumps(feed))  # (ASCII escapes: "\u00f8")
    assert (m.committee, m.date) == ("Social- og Sundhedsudvalget", date(2024, 10, 8))
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Eventuelt"]


# --- iCalendar: a description that is the whole minutes ---------------------------------------

_ICS = "\r\n".join((
    "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTAMP:20240315T080000Z",
    "DTSTART;TZID=Europe/Copenhagen:20240312T160000",
    "SUMMARY:Kultur- og Fritidsudvalget – ordinært møde (referat)",
    "LOCATION:Mødelokale A\\, Rådhuset\\, Skive",
    'ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="Søren Bak (V)":mailto:sb@skive.dk',
    'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lis Hald (kulturchef)":mailto:lh@'
    "skive.dk",
    "DESCRIPTION:REFERAT – Kultur- og Fritidsudvalget\\nSkive Kommune\\n\\nMødedato: 12.03.20"
    "\r\n 24\\nMødetid: 16:00\\nMødested: Mødelokale A\\, Rådhuset\\, Skive\\n\\nDeltagere: Sø"
    "\r\n ren Bak (V) (formand)\\, Jette Vang (A)\\nFra administrationen: Lis Hald (kulturc"
    "\r\n hef)\\n\\nPunkt 1: Godkendelse af dagsorden\\n\\nBeslutning:\\nGodkendt.\\n\\nPunkt 2"
    "\r\n : Eventuelt\\n\\nBeslutning:\\nIntet.",
    "END:VEVENT", "END:VCALENDAR", ""))


def test_calendar_minutes_are_read_under_their_own_head(read_file: ReadFile) -> None:
    (m,) = read_file("moede.ics", _ICS)
    assert (m.committee, m.date, m.start_time) == (
        "Kultur- og Fritidsudvalget", date(2024, 3, 12), "16:00")
    assert m.place == "Mødelokale A, Rådhuset, Skive"
    assert not any("Lis Hald" in p.name for p in m.participants)  # (staff, no participant)


# --- a news page: the lead sentence and a nested list of decisions ---------------------------

_NEWS = """<html><head><title>Nyt fra Klima-, Natur- og Miljøudvalget</title></head><body>
<main><p class="date">Nyhed · 22. november 2024</p>
<h1>Nyt fra Klima-, Natur- og Miljøudvalget</h1>
<p>Klima-, Natur- og Miljøudvalget holdt møde onsdag den 20. november 2024 kl. 14.00 i
Mødelokale 4 på Rådhuset, Torvet 1, 7400 Herning. Her er udvalgets beslutninger.</p>
<p>Jonas Krag (F) havde meldt afbud til mødet.</p>
<ul class="decisions">
<li><a href="#p3">Punkt 3: Ny naturpark ved Sunds Sø</a><ul><li>Sagsnr. 24/771</li>
<li>Sagen kort: Forvaltningen foreslår en naturpark.</li>
<li>Beslutning: Udvalget godkendte forslaget.</li></ul></li>
<li><a href="#p4">Punkt 4: Vandløbsregulativ for Hodsager Å</a><ul><li>Sagsnr. 24/815</li>
<li>Beslutning: Sendes i høring.</li></ul></li>
<li><a href="#p6">Punkt 6 (lukket punkt): Køb af areal ved Gjellerup</a><ul>
<li>Sagsnr. 24/902</li><li>Beslutning: Godkendt.</li></ul></li>
</ul></main></body></html>"""


def test_news_page_lead_sentence_is_the_meetings_head(read_file: ReadFile) -> None:
    (m,) = read_file("nyhed.html", _NEWS)
    assert (m.committee, m.date, m.start_time) == (
        "Klima-, Natur- og Miljøudvalget", date(2024, 11, 20), "14:00")
    assert "Torvet 1" in (m.place or "")
    assert [(p.name, p.status) for p in m.participants] == [("Jonas Krag (F)", "afbud")]


def test_news_page_nested_list_gives_the_items(read_file: ReadFile) -> None:
    (m,) = read_file("nyhed.html", _NEWS)
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (3, "Ny naturpark ved Sunds Sø", "24/771", False),
        (4, "Vandløbsregulativ for Hodsager Å", "24/815", False),
        (6, "Køb af areal ved Gjellerup", "24/902", True)]
    assert _item(m, 3).decision == "Udvalget godkendte forslaget."
