"""A seventy-fifth round of layouts (round 75's blind files): a SharePoint REST answer
in OData's verbose JSON (`{"d": …}`, `__metadata` on every object, collections as
`{"results": […]}`, times as `/Date(ms)/` in UTC, the committee a looked-up list item
named by its "Title"), an RSS feed of one meeting (its facts in the channel, an item an
agenda item, newest first), a slide deck's title slide whose time and place share a
line ("Kl. 19.00 – 21.30 · Place"), and a Google Docs web page whose facts table lists
the members called to an agenda under "Indkaldt", one paragraph each. Every text is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.text import meetings_from_text


def _meta(kind: str) -> dict:
    return {"__metadata": {"id": "x", "uri": "https://x/_api/x", "type": f"SP.Data.{kind}"}}


def _odata() -> dict:
    people = [
        {**_meta("Medlem"), "Title": "Karen Lind", "Rolle": "Formand", "Parti": "A",
         "Fremmoede": "Deltager"},
        {**_meta("Medlem"), "Title": "Per Vang", "Rolle": "Medlem", "Parti": "V",
         "Fremmoede": "Afbud"},
        {**_meta("Medlem"), "Title": "Lone Sejr", "Rolle": "Sekretær", "Parti": None,
         "Fremmoede": "Referent"},
    ]
    items = [
        {**_meta("Punkt"), "Punktnummer": 1, "Title": "Ny cykelsti langs Ådalen",
         "Sagsnummer": "24/1101", "Adgang": "Åben",
         "Sagsfremstilling": "<div class=\"ExternalClassA1\"><p>Stien koster 4 mio. kr.</p></div>",
         "TidligereBeslutninger": "<div class=\"ExternalClassB2\"><p><strong>Teknik- og "
         "Miljøudvalget, 03-03-2025, pkt. 4:</strong></p><p>Sagen sendes i høring.</p></div>",
         "Beslutning": "<div class=\"ExternalClassA1\"><p>Godkendt.</p></div>",
         "Created": "/Date(1735725600000)/"},
        {**_meta("Punkt"), "Punktnummer": 2, "Title": "Vintertjeneste 2025/26",
         "Sagsnummer": "24/1102", "Adgang": "Åben",
         "Beslutning": "<div><p>Taget til efterretning.</p></div>"},
    ]
    return {"d": {**_meta("Moede"), "Title": "Teknik- og Miljøudvalget 07-04-2025",
                  "Dokumenttype": "Referat", "Myndighed": "Sorø Kommune",
                  "Udvalg": {**_meta("Udvalg"), "Title": "Teknik- og Miljøudvalget"},
                  # 2025-04-07 15:30 UTC: 17:30 Danish summer time
                  "Moedestart": "/Date(1744039800000)/", "Lokation": "Byrådssalen",
                  "Created": "/Date(1735725600000)/",
                  "Author": {**_meta("Bruger"), "Title": "Lone Sejr"},
                  "Deltagere": {"results": people},
                  "Dagsordenspunkter": {"results": items}}}


def _read_odata(tmp_path: Path):
    path = tmp_path / "soroe_tmu.json"
    path.write_text(json.dumps(_odata(), ensure_ascii=False), encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting


def test_odata_committee_is_the_looked_up_bodys_title(tmp_path: Path) -> None:
    """The committee is the looked-up list item's Title, not the document type."""
    assert _read_odata(tmp_path).committee == "Teknik- og Miljøudvalget"


def test_odata_date_times_are_read_in_danish_time(tmp_path: Path) -> None:
    """`/Date(ms)/` is milliseconds since 1970 in UTC: the start is 17:30 in Denmark."""
    meeting = _read_odata(tmp_path)
    assert (meeting.date.isoformat(), meeting.start_time) == ("2025-04-07", "17:30")


def test_odata_participants_from_the_results_collection(tmp_path: Path) -> None:
    """Each entry of `Deltagere.results` named by its Title, the one away as afbud, the
    minute-taker (attendance "Referent") no member."""
    people = {p.name: p.status for p in _read_odata(tmp_path).participants}
    assert people == {"Karen Lind (A)": "deltog", "Per Vang (V)": "afbud"}


def test_odata_earlier_decisions_field_is_the_cases_history(tmp_path: Path) -> None:
    """A camel-cased field of earlier decisions ("TidligereBeslutninger") is history
    with its body and day, not this meeting's decision."""
    item = _read_odata(tmp_path).items[0]
    assert [(h.committee, h.date.isoformat()) for h in item.history] == [
        ("Teknik- og Miljøudvalget", "2025-03-03")]
    assert item.decision == "Godkendt."


_GDOCS = (
    "<html><head><style>.c1{font-weight:700}</style></head><body class=\"doc-content\">"
    "<p class=\"title\"><span>Dagsorden</span></p>"
    "<p class=\"subtitle\"><span>Ældrerådet i Ringsted Kommune</span></p><table><tbody>"
    "<tr><td><p><span class=\"c1\">Dato</span></p></td><td><p><span>Tirsdag d. 9/12 2025"
    "</span></p></td></tr>"
    "<tr><td><p><span class=\"c1\">Tid</span></p></td><td><p><span>10.00 – 12.00</span></p>"
    "</td></tr>"
    "<tr><td><p><span class=\"c1\">Indkaldt</span></p></td><td>"
    "<p><span>Inger Holm – formand</span></p><p><span>Aage Berg – næstformand</span></p>"
    "<p><span>Ruth Dal</span></p><p><span>Svend Krog</span></p></td></tr>"
    "<tr><td><p><span class=\"c1\">Afbud</span></p></td><td><p><span>Erna Vind</span></p>"
    "</td></tr></tbody></table>"
    "<ol start=\"1\"><li><h2 style=\"display:inline\"><span>Godkendelse af dagsorden</span>"
    "</h2></li></ol><p><span>Sagsnr.: 25/501</span></p><p><span>Sagsfremstilling</span></p>"
    "<p><span>Dagsordenen fremlægges.</span></p>"
    "<ol start=\"2\"><li><h2 style=\"display:inline\"><span>Høring om ældrepolitik</span>"
    "</h2></li></ol><p><span>Sagsnr.: 25/502</span></p><p><span>Sagsfremstilling</span></p>"
    "<p><span>Politikken sendes i høring.</span></p></body></html>")


def test_members_called_under_indkaldt_are_participants(tmp_path: Path) -> None:
    """"Indkaldt" with one paragraph a member (blank lines between them in the page's
    text) lists the agenda's members, each called, the role after the dash kept."""
    path = tmp_path / "ringsted_aeldreraad.html"
    path.write_text(_GDOCS, encoding="utf-8")
    (meeting,) = read_meetings(path)
    people = [(p.name, p.status, p.role) for p in meeting.participants]
    assert people == [("Inger Holm", "indkaldt", "formand"),
                      ("Aage Berg", "indkaldt", "næstformand"),
                      ("Ruth Dal", "indkaldt", ""), ("Svend Krog", "indkaldt", ""),
                      ("Erna Vind", "afbud", "")]


_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Hedensted Kommune - Børneudvalget - Referat 04.03.2025</title>
<description>&lt;p&gt;Mødedato: Tirsdag den 4. marts 2025&lt;br/&gt;Mødetid: Kl. 14:00
&lt;br/&gt;Mødested: Lokale 2, Rådhuset&lt;/p&gt;&lt;p&gt;Til stede:&lt;/p&gt;&lt;ul&gt;
&lt;li&gt;Mads Holt (V), formand&lt;/li&gt;&lt;li&gt;Rikke Aas (A)&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;Afbud: Tove Friis (C)&lt;/p&gt;</description>
<lastBuildDate>Wed, 05 Mar 2025 09:00:00 +0100</lastBuildDate>
<item><title>15. Køb af legeplads</title><category>Lukket</category>
<pubDate>Wed, 05 Mar 2025 09:00:00 +0100</pubDate>
<description>&lt;p&gt;Sagsnr.: 25/900&lt;/p&gt;&lt;h3&gt;Beslutning&lt;/h3&gt;
&lt;p&gt;Godkendt.&lt;/p&gt;</description></item>
<item><title>14. Skolestruktur i Juelsminde</title><category>Åben</category>
<pubDate>Wed, 05 Mar 2025 09:00:00 +0100</pubDate>
<description>&lt;p&gt;Sagsnr.: 25/901&lt;/p&gt;&lt;h3&gt;Beslutning&lt;/h3&gt;
&lt;p&gt;Sendes i høring.&lt;/p&gt;</description></item>
</channel></rss>
"""


def test_rss_feed_of_one_meeting_reads_its_items_as_the_agenda(tmp_path: Path) -> None:
    """The channel's title and description are the meeting's head (not the feed's
    publishing dates); the items, listed newest first, are its agenda in number order,
    "Lukket" as category closing one."""
    path = tmp_path / "hedensted_bu.xml"
    path.write_text(_RSS, encoding="utf-8")
    (meeting,) = read_meetings(path)
    assert (meeting.committee, meeting.date.isoformat(), meeting.start_time) == (
        "Børneudvalget", "2025-03-04", "14:00")
    assert [(i.number, i.title, i.closed, i.decision) for i in meeting.items] == [
        (14, "Skolestruktur i Juelsminde", False, "Sendes i høring."),
        (15, "Køb af legeplads", True, "Godkendt.")]
    assert {p.name: p.status for p in meeting.participants} == {
        "Mads Holt (V)": "deltog", "Rikke Aas (A)": "deltog", "Tove Friis (C)": "afbud"}


# A slide deck saved as PDF: the title slide's third line is the time, a middle dot, the
# place; then a slide of its own per item
_SLIDES = "\n".join([
    "Grønt Råd", "Referat af møde onsdag den 5. november 2025",
    "Kl. 17.00 – 19.00  ·  Nørre Snede Bibliotek, Torvegade 3, 8766 Nørre Snede",
    "IKAST-BRANDE KOMMUNE", "", "",
    "Grønt Råd · 05.11.2025", "2", "1", "Godkendelse af dagsorden", " Sagsnr. 25-7001",
    "Beslutning", "Godkendt.", "", "",
    "Grønt Råd · 05.11.2025", "3", "2", "Naturpleje i ådalen", " Sagsnr. 25-7002",
    "Beslutning", "Rådet anbefaler planen.", ""])


def test_time_and_place_on_one_line_split_at_the_dot() -> None:
    """"Kl. 17.00 – 19.00 · Place" below the date line: the start is 17:00 and the place
    is what follows the dot, not the time."""
    (meeting,) = meetings_from_text(_SLIDES, Path("groent_raad.pdf"), "pdf-tekst")
    assert (meeting.date.isoformat(), meeting.start_time, meeting.place) == (
        "2025-11-05", "17:00", "Nørre Snede Bibliotek, Torvegade 3, 8766 Nørre Snede")
