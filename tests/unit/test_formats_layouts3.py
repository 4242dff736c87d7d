"""A third round of layouts for the structured adapters: FirstAgenda bodies with bold
paragraphs for headings (and a data table whose header cell says "Beslutninger"),
participants written other ways, a host spelled without "æøå", a publication page's
"Mødetidspunkt" row; XML with a namespace, or with HTML escaped twice."""

from __future__ import annotations

import json
from datetime import date
from html import escape

from ingest.formats import read_meetings


def _json(tmp_path, points, moede=None, name="m.json"):
    data = {"Udvalg": {"Navn": "Børne- og Skoleudvalget"},
            "Moede": {"Dato": "2024-09-03T17:00:00+02:00", **(moede or {})},
            "Dagsordenpunkter": points}
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (m,) = read_meetings(path)
    return m


def test_json_bold_paragraphs_head_sections_but_a_tables_header_cells_do_not(tmp_path):
    body = ("<div><p><strong>Udvalgets beslutning:</strong></p><p>Indstillingen godkendt.</p></div>"
            "<p><b>Indstilling</b></p><p>Administrationen indstiller:</p><p>- at stien anlægges</p>"
            "<p><strong>Sagsfremstilling</strong></p><p>Stien er 2 km.</p>"
            "<table><tr><td><strong>Opgave</strong></td><td><strong>Beslutninger</strong></td></tr>"
            "<tr><td>Sti</td><td>Udført</td></tr></table>")
    m = _json(tmp_path, [{"Punktnummer": "1", "Navn": "Cykelsti", "Felter": [{"Html": body}]}])
    item = m.item(1)
    assert [s.name for s in item.sections] == ["Beslutning", "Indstilling", "Sagsfremstilling"]
    assert item.decision == "Indstillingen godkendt."
    assert item.section("Indstilling") == "Administrationen indstiller:\n- at stien anlægges"
    assert "Beslutninger" in item.section("Sagsfremstilling")  # a table cell, not a heading


def test_json_participants_as_names_or_danish_keys_and_the_host_as_the_text_spells_it(tmp_path):
    people = ["Anne Berg (A)", {"Navn": "Bo Holm (V)"},
              {"Navn": "Carl Dam (C)", "Fravaerende": True},
              {"Name": "Dora Vest (Ø)", "Absent": False, "ParticipationCancelled": True}, None]
    body = "<h3>Beslutning</h3><p>Godkendt.</p><p>Skolerne i Holbæk by mangler plads.</p>"
    m = _json(tmp_path, [{"Punktnummer": "1", "Navn": "Skoler", "Felter": [{"Html": body}],
                          "Bilag": [{"Link": "https://dagsordener.holbaek.dk/vis/1"}]}],
              {"Moededeltagere": people})
    assert [(p.name, p.status) for p in m.participants] == [
        ("Anne Berg (A)", "deltog"), ("Bo Holm (V)", "deltog"), ("Carl Dam (C)", "afbud"),
        ("Dora Vest (Ø)", "afbud")]
    assert m.municipality == "Holbæk"


def test_publication_page_with_the_time_in_a_row_of_its_own(tmp_path):
    page = ("<html><body><table class='dagsordeninfo'>"
            "<tr><td>Mødedato:</td><td>tirsdag den 12. marts 2024</td></tr>"
            "<tr><td>Udvalg:</td><td>Social- og Sundhedsudvalget</td></tr>"
            "<tr><td>Mødetidspunkt:</td><td>16.00</td></tr></table>"
            "<table id='dagsordenDetaljer'><tr class='punktrow'><td>1</td><td>"
            "<h2 class='overskrift'>Budget</h2><div class='punkt'>"
            "<div id='sagsfremstillingContainer'><h3>Beslutninger</h3><p>Godkendt.</p></div>"
            "</div></td></tr></table></body></html>")
    path = tmp_path / "side.html"
    path.write_text(page, encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Social- og Sundhedsudvalget", date(2024, 3, 12), "16:00", None)


def test_edoc_with_a_namespace_and_acadre_html_escaped_twice(tmp_path):
    edoc = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<Meeting xmlns="http://example.org/edoc">'
            "<Committee>Børne- og Ungeudvalget</Committee>"
            "<MeetingDate>03-06-2024 17:00:00</MeetingDate>"
            "<MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>"
            "<MeetingAgendaItems><MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber>"
            "<Document><Title>Skoledistrikter</Title></Document><FullText>BeslutningGodkendt.</FullText>"
            "</MeetingAgendaItem></MeetingAgendaItems></MeetingAgendaType></MeetingAgendaTypes></Meeting>")
    path = tmp_path / "edoc.xml"
    path.write_bytes(edoc.encode("latin-1"))
    (m,) = read_meetings(path)
    assert (m.committee, m.start_time, m.item(1).title, m.item(1).decision) == (
        "Børne- og Ungeudvalget", "17:00", "Skoledistrikter", "Godkendt.")

    content = escape(escape("<p>Anbefales.</p>"))
    acadre = ('<?xml version="1.0"?>\n<root><table name="agenda"><fields/>'
              '<table name="committee"><fields><field name="name">Økonomiudvalget</field></fields>'
              '</table><table name="meeting"><fields><field name="date">2012-12-04 15:00</field>'
              '</fields></table><table name="agendaitemparents"><fields><field name="sort">12'
              '</field></fields><table name="agendaitem"><fields><field name="name">Budget</field>'
              '</fields><table name="bullet"><fields><field name="bulletname">Beslutning i '
              'Økonomiudvalget den 04-12-2012</field><field name="bulletcontent">'
              f'{content}</field></fields></table></table></table></table></root>')
    path = tmp_path / "acadre.xml"
    path.write_text(acadre, encoding="utf-8")
    (m,) = read_meetings(path)
    assert m.item(12).decision == "Anbefales."
