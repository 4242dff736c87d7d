"""Round 221's layouts (round 221's blind files): eDoc and Acadre as other municipalities
publish them. An eDoc `<Meeting>` export whose item texts list the case's earlier
treatments by reference under the case number ("Byrådet den 26. august 2015 Punkt 4", one
of them with no decision in the text) and whose "Meddelelser" hold a "Bilag" list inside
notice b.; an Acadre XML agenda with a bullet written out of its `bulletsortorder` and a
substitute named in a member's comment; an Acadre Publisher page with the site's menu of
committees beside the minutes and the place's address broken by `<br>`; an eDoc
publication page with "Til toppen · Hent punktet som PDF" under each item; a Word HTML
"Åbent referat" with a participants table (name | party | attendance | remark), the hour
and place only on the dated line under the labels and a heading run in bold into its
paragraph. Every text is written by the tests (other towns, bodies, names and words than
the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


# --- an eDoc XML export: earlier treatments by reference, a notice's Bilag -------------

_CR = "\r"  # eDoc's paragraph break inside a text field: a bare carriage return


def _edoc_item(number: int, title: str, lines: list[str]) -> str:
    text = _CR.join([f"{number}.\t{title}", "", *lines])
    return (f"<MeetingAgendaItem><AgendaItemNumber>{number}</AgendaItemNumber>"
            f"<Document><Title>{title}</Title></Document>"
            f"<FullText>{text}</FullText></MeetingAgendaItem>")


_NOTICES = ["Sagsnr.: 2019-00410", "Dok.nr.: 2019-07712", "", "a.",
            "Formanden orienterede om vandløbsdagen ved Kongeåen.", "", "b.",
            "Status på kloakeringen i Øster Lindet", "", "Bilag",
            "2019-07020 - Tidsplan for kloakeringen", "", "c.",
            "Udvalgets sommertur går til Ribe den 14. juni 2019.", "",
            "Teknisk Udvalgs beslutning den 07.05.2019 Punkt 1", "Taget til efterretning."]
_PLAN = ["Sagsnr.: 2018-02231", "Dok.nr.: 2019-06540",
         "Byrådet den 30. januar 2019 Punkt 6",
         "Økonomiudvalget den 24. april 2019 Punkt 9", "",
         "Sammendrag", "Planen for fjernvarme i Lintrup sendes i høring igen.", "",
         "Indstilling", "Teknik og Miljø indstiller, at planen godkendes.", "",
         "Økonomiudvalgets beslutning den 24.04.2019 Punkt 9", "Anbefales.", "",
         "Følgende deltog ikke i behandlingen af punktet:", "Kirsten Bach (C)", "",
         "Teknisk Udvalgs beslutning den 07.05.2019 Punkt 2", "Godkendt."]
_SALE = ["Sagsnr.: 2019-00933", "Dok.nr.: 2019-06011",
         "Økonomiudvalget den 24. april 2019 Punkt 15", "", "",
         "Teknisk Udvalgs beslutning den 07.05.2019 Punkt 3", "Indstillingen godkendt."]


def _edoc_export() -> str:
    items = (_edoc_item(2, "Varmeplan for Lintrup", _PLAN)
             + _edoc_item(1, "Meddelelser", _NOTICES))
    closed = _edoc_item(3, "Salg af jord ved Gredstedbro", _SALE)
    return ("<?xml version=\"1.0\"?>\r\n<Meeting>\r\n"
            "<MeetingDate>07-05-2019 15:00:00</MeetingDate>\r\n"
            "<Committee>Teknisk Udvalg</Committee>\r\n<MeetingAgendaTypes>"
            "<MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>"
            f"<MeetingAgendaItems>{items}</MeetingAgendaItems></MeetingAgendaType>"
            "<MeetingAgendaType><AgendaType>Lukket dagsorden</AgendaType>"
            f"<MeetingAgendaItems>{closed}</MeetingAgendaItems></MeetingAgendaType>"
            "</MeetingAgendaTypes>\r\n</Meeting>\r\n")


def test_edoc_reference_lines_under_the_case_number_are_the_case_history(
        read_file: ReadFile) -> None:
    """"Byrådet den 30. januar 2019 Punkt 6" under the case number names an earlier
    treatment, no text of the case: the item's history has it (before: the lines were the
    item's first "Sagsfremstilling", and the council's treatment, with no decision in the
    text, was nowhere in the history; the closed item's only treatment neither)."""
    (m,) = read_file("Dagsorden_TU_07052019.xml", _edoc_export())
    _, plan, sale = m.items
    assert [(t.committee, t.date, t.punkt) for t in plan.history] == [
        ("Byrådet", date(2019, 1, 30), 6), ("Økonomiudvalget", date(2019, 4, 24), 9)]
    assert "Byrådet den 30. januar" not in _section(plan, "Sagsfremstilling")
    assert [s.name for s in plan.sections][:2] == ["Tidligere behandling", "Sammendrag"]
    assert plan.decision == "Godkendt."
    assert sale.closed and sale.decision == "Indstillingen godkendt."
    assert [(t.committee, t.date, t.punkt) for t in sale.history] == [
        ("Økonomiudvalget", date(2019, 4, 24), 15)]
    assert "Sagsfremstilling" not in [s.name for s in sale.sections]


def test_edoc_earlier_absence_keeps_its_label(read_file: ReadFile) -> None:
    """The earlier decision's "Følgende deltog ikke i behandlingen af punktet:" over a name
    stays with it (before: the label was dropped, the name left bare under "Anbefales.")."""
    (m,) = read_file("Dagsorden_TU_07052019.xml", _edoc_export())
    earlier = next(t for t in m.items[1].history if t.committee == "Økonomiudvalget")
    assert earlier.text.startswith("Anbefales.\nFølgende deltog ikke i behandlingen")
    assert earlier.text.endswith("Kirsten Bach (C)")
    assert m.items[1].absentees == []


def test_edoc_notice_after_a_bilag_list_stays_in_the_case_text(read_file: ReadFile) -> None:
    """Notice c. after notice b.'s "Bilag" list is the item's text (before: it was read
    into the "Bilag" section, which is not embedded as text)."""
    (m,) = read_file("Dagsorden_TU_07052019.xml", _edoc_export())
    notices = m.items[0]
    assert [s.name for s in notices.sections] == ["Sagsfremstilling", "Beslutning"]
    text = _section(notices, "Sagsfremstilling")
    assert "2019-07020 - Tidsplan for kloakeringen" in text
    assert text.endswith("Udvalgets sommertur går til Ribe den 14. juni 2019.")


# --- an Acadre XML agenda --------------------------------------------------------------

def _field(name: str, value: str) -> str:
    return f'<field name="{name}">{value}</field>'


def _bullet(name: str, order: int, text: str) -> str:
    return ('<table name="bullet"><fields>' + _field("bulletname", name)
            + _field("bulletcontent", f"&lt;p&gt;{text}&lt;/p&gt;")
            + _field("bulletsortorder", str(order)) + "</fields></table>")


def _member(name: str, absent: str, role: str, comment: str = "") -> str:
    return ('<table name="member"><fields>' + _field("name", name) + _field("role", role)
            + _field("comment", comment) + _field("absent", absent) + "</fields></table>")


def _acadre_agenda() -> str:
    bullets = (_bullet("Resumé", 1, "Der skal vælges navn til den nye vej i Hjerting.")
               + _bullet("Sagsfremstilling", 2, "Lokalrådet foreslår Klitrosevej.")
               + _bullet("Indstilling", 4, "Direktøren indstiller, at vejen navngives.")
               + _bullet("Lovgrundlag", 3, "Lov om adressering § 5."))
    item = ('<table name="agendaitemparents"><fields>' + _field("sort", "12") + "</fields>"
            '<table name="agendaitem"><fields>' + _field("name", "Vejnavn i Hjerting")
            + _field("caseno", "19/4410") + _field("accessname", "Åben") + "</fields>"
            + bullets + "</table></table>")
    members = (_member("Poul Riis (A)", "0", "Formand")
               + _member("Grete Holm (V)", "2", "Medlem", "Afbud")
               + _member("Bent  Skov (V)", "0", "Stedfortræder",
                         "Stedfortræder for Grete Holm (V)"))
    meeting = ('<table name="meeting"><fields>' + _field("date", "2019-05-14 14:00")
               + _field("location", "Mødelokale 2") + "</fields>"
               f'<table name="meetmember">{members}</table></table>')
    committee = ('<table name="committee"><fields>' + _field("name", "Plan- og Vejudvalget")
                 + "</fields></table>")
    return (f'<?xml version="1.0"?><root><table name="agenda">{meeting}{committee}'
            f"{item}</table></root>")


def test_acadre_bullets_in_their_sort_order(read_file: ReadFile) -> None:
    """A bullet written before another whose `bulletsortorder` is lower is read after it
    (before: "Indstilling" came before the Lovgrundlag's text)."""
    (m,) = read_file("agenda_puv.xml", _acadre_agenda())
    (item,) = m.items
    assert item.number == 12
    names = [s.name for s in item.sections]
    assert names[-1] == "Indstilling"
    assert "Lov om adressering" in item.sections[-2].text


def test_acadre_substitute_named_in_the_comment(read_file: ReadFile) -> None:
    """A substitute's comment "Stedfortræder for Grete Holm (V)" says whom they stand in
    for (before: the role was "stedfortræder" alone)."""
    (m,) = read_file("agenda_puv.xml", _acadre_agenda())
    roles = {p.name: (p.status, p.role) for p in m.participants}
    assert roles["Bent Skov (V)"] == ("indkaldt", "stedfortræder for Grete Holm (V)")
    assert roles["Grete Holm (V)"][0] == "afbud"


# --- an Acadre Publisher web page ------------------------------------------------------

_PUBLISHER = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="da"><head><meta charset="utf-8"><title>Referat - Børne- og Ungeudvalget</title>
<meta name="generator" content="Acadre MM Publisher 4.2"></head><body>
<div id="top"><img src="/logo.png" alt="Skive Kommune"> <b>Dagsordener og referater</b></div>
<div id="wrap"><div id="left">
<b>Udvalg</b>
<ul><li><a href="/Publisher/committee.aspx?name=Byrådet">Byrådet</a></li>
<li><a href="/Publisher/committee.aspx?name=Økonomiudvalget">Økonomiudvalget</a></li>
<li><a href="/Publisher/committee.aspx?name=Teknisk Udvalg">Teknisk Udvalg</a></li>
<li><a href="/Publisher/committee.aspx?name=Børne- og Ungeudvalget">Børne- og Ungeudvalget</a></li>
</ul></div>
<div id="main"><h1>Børne- og Ungeudvalget</h1>
<table class="mm">
<tr><td class="lbl">Referat</td><td></td></tr>
<tr><td class="lbl">Mødedato:</td><td>Onsdag den 11-09-2019 Kl. 16:00</td></tr>
<tr><td class="lbl">Mødested:</td><td>Mødelokale 5, Rådhuset<br>Torvegade 10<br>7800 Skive</td></tr>
<tr><td class="lbl">Deltagere:</td><td>Lars Mose (A)<br>Helle Friis (V)<br>Ib Krogh (O)</td></tr>
<tr><td class="lbl">Afbud:</td><td>Sanne Holt (F)</td></tr>
</table>
<h2>41. Godkendelse af dagsorden</h2>
<table><tr><td class="lbl">Sagsnr.:</td><td>19/8801</td></tr></table>
<h3>Indstilling</h3><p>Direktøren indstiller, at dagsordenen godkendes.</p>
<h3>Beslutning i Børne- og Ungeudvalget den 11-09-2019</h3><p>Godkendt.</p>
<h2>42. Skolernes ferieplan 2020/21</h2>
<table><tr><td class="lbl">Sagsnr.:</td><td>19/5512</td></tr></table>
<h3>Sagsfremstilling</h3><p>Ferieplanen følger nabokommunernes.</p>
<h3>Beslutning i Børne- og Ungeudvalget den 11-09-2019</h3><p>Godkendt.</p>
</div></div></body></html>
"""


def test_publisher_page_menu_of_committees_is_not_the_committee(read_file: ReadFile) -> None:
    """The side menu's "Udvalg" over its list of the bodies names no committee; the page's
    heading does (before: the meeting's committee was "Udvalg")."""
    (m,) = read_file("referat.html", _PUBLISHER)
    assert m.committee == "Børne- og Ungeudvalget"
    assert m.date == date(2019, 9, 11)
    assert [i.number for i in m.items] == [41, 42]
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt."]


def test_publisher_page_place_keeps_its_street_and_town(read_file: ReadFile) -> None:
    """"Mødelokale 5, Rådhuset<br>Torvegade 10<br>7800 Skive" is one place (before: the
    street and town were left out)."""
    (m,) = read_file("referat.html", _PUBLISHER)
    assert m.place == "Mødelokale 5, Rådhuset, Torvegade 10, 7800 Skive"


# --- an eDoc publication page ----------------------------------------------------------

_PUBLICATION = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Social- og Seniorudvalget | Lejre Kommune</title></head>
<body><main id="content">
<h1>REFERAT Social- og Seniorudvalget d. 02-10-2024</h1>
<dl><dt>Mødedato</dt><dd>Onsdag d. 2. oktober 2024 kl. 16:00</dd>
<dt>Mødested</dt><dd>Mødelokale 1, Lejre Rådhus</dd>
<dt>Mødedeltagere</dt><dd>Tove Lund (A) (formand), Erik Bay (V), Mona Dahl (F)</dd></dl>
<section class="agenda-item" id="punkt-1">
<h2><span class="item-no">Punkt 1:</span> Meddelelser</h2>
<div class="item-content"><h3>Indhold</h3><h4>Beskrivelse</h4>
<p>Plejecentret i Hvalsø holder åbent hus den 20. oktober 2024.</p></div>
<div class="decision"><h3>Beslutning</h3><p>Taget til efterretning.</p></div>
<p class="item-tools"><a href="#content">Til toppen</a> ·
<a href="/pdf/punkt1.pdf">Hent punktet som PDF</a></p>
</section>
<section class="agenda-item" id="punkt-2">
<h2><span class="item-no">Punkt 2:</span> Madservice 2025</h2>
<div class="item-content"><h3>Indhold</h3><h4>Sagsfremstilling</h4>
<p>Kontrakten med leverandøren udløber ved årets udgang.</p></div>
<div class="decision"><h3>Beslutning</h3><p>Godkendt.</p></div>
<p class="item-tools"><a href="#content">Til toppen</a> ·
<a href="/pdf/punkt2.pdf">Hent punktet som PDF</a></p>
</section></main></body></html>
"""


def test_publication_page_tools_under_each_item_are_no_decision(read_file: ReadFile) -> None:
    """"Til toppen · Hent punktet som PDF" under each item is the page's own tools (before:
    each decision ended with "Til toppen ·")."""
    (m,) = read_file("referat.html", _PUBLICATION)
    assert m.committee == "Social- og Seniorudvalget"
    assert [i.decision for i in m.items] == ["Taget til efterretning.", "Godkendt."]


# --- a Word HTML "Åbent referat" -------------------------------------------------------

def _row(*cells: str) -> str:
    cell = "<td><p class=MsoNormal>{}<o:p></o:p></p></td>"
    return "<tr>" + "".join(cell.format(c) for c in cells) + "</tr>"


_WORD = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
         "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head>"
         "<body lang=DA><div class=WordSection1>"
         "<p class=MsoNormal>Ældre- og Sundhedsudvalget</p>"
         "<p class=MsoNormal>Referat</p><p class=MsoNormal>Dato: 12.11.2018</p>"
         "<p class=MsoNormal>Ældre- og Sundhedsudvalget</p>"
         "<p class=MsoNormal>mandag den 12. november 2018, kl. 16:30</p>"
         "<p class=MsoNormal>i Mødelokale 4, Ishøj Rådhus</p>"
         "<p class=MsoNormal><b>Mødedeltagere</b></p>"
         "<table class=MsoTableGrid>" + _row("<b>Navn</b>", "<b>Parti</b>", "<b>Fremmøde</b>",
                                             "<b>Bemærkning</b>")
         + _row("Jonas Kirk", "A", "Til stede", "Formand")
         + _row("Pia Lauritsen", "V", "Afbud", "&nbsp;")
         + _row("Aksel Brun", "V", "Til stede", "Stedfortræder for Pia Lauritsen")
         + _row("Rita Jepsen", "O", "Til stede", "&nbsp;") + "</table>"
         "<h1><a name=\"punkt1\"></a>1.\tBoliger til ældre i Torslunde</h1>"
         "<p class=MsoNormal>Sagsnr.: 2018-3310</p>"
         "<p class=MsoNormal>Kommunalbestyrelsen den 30. oktober 2018 Punkt 7</p>"
         "<p class=MsoNormal><b>Sagsfremstilling</b></p>"
         "<p class=MsoNormal>Der er venteliste til de 24 boliger i Torslunde.</p>"
         "<p class=MsoNormal><b>Indstilling </b>Forvaltningen indstiller, at orienteringen "
         "tages til efterretning.</p>"
         "<p class=MsoNormal><b>Ældre- og Sundhedsudvalgets beslutning den 12.11.2018 Punkt 1"
         "</b></p><p class=MsoNormal>Taget til efterretning.</p>"
         "</div></body></html>")


def test_word_referat_substitute_row_keeps_a_clean_name(read_file: ReadFile) -> None:
    """"Aksel Brun | V | Til stede | Stedfortræder for Pia Lauritsen" is Aksel Brun (V)
    (before: "Aksel Brun V Til stede", the party and the attendance in the name)."""
    (m,) = read_file("referat.htm", _WORD.encode("cp1252"))
    people = {p.name: p for p in m.participants}
    assert "Aksel Brun (V)" in people
    assert people["Aksel Brun (V)"].role == "stedfortræder for Pia Lauritsen"
    assert people["Pia Lauritsen (V)"].status == "afbud"


def test_word_referat_hour_and_place_from_the_dated_line(read_file: ReadFile) -> None:
    """The labels give only "Dato: 12.11.2018"; the dated line below them gives the hour
    and the line under it the place (before: neither was read)."""
    (m,) = read_file("referat.htm", _WORD.encode("cp1252"))
    assert (m.date, m.start_time) == (date(2018, 11, 12), "16:30")
    assert m.place == "Mødelokale 4, Ishøj Rådhus"


def test_word_referat_heading_run_in_bold_heads_its_section(read_file: ReadFile) -> None:
    """"<b>Indstilling </b>Forvaltningen indstiller, …" heads its own section (before: it
    was run into the case text, no "Indstilling" at all)."""
    (m,) = read_file("referat.htm", _WORD.encode("cp1252"))
    (item,) = m.items
    assert _section(item, "Indstilling").startswith("Forvaltningen indstiller, at")
    assert "indstiller" not in _section(item, "Sagsfremstilling")
    assert item.decision == "Taget til efterretning."


def test_word_referat_reference_line_is_the_case_history(read_file: ReadFile) -> None:
    """The reference line under the case number is the case's history (before: the item's
    "Beskrivelse", and no earlier treatment)."""
    (m,) = read_file("referat.htm", _WORD.encode("cp1252"))
    (item,) = m.items
    assert [(t.committee, t.date, t.punkt) for t in item.history] == [
        ("Kommunalbestyrelsen", date(2018, 10, 30), 7)]
    assert "Beskrivelse" not in [s.name for s in item.sections]
