"""A fifty-eighth round of layouts (round 58's blind files): a JSON export whose agenda
comes in parts and whose time is a UTC mapping, an XML export's date inside its time
mapping. The PDFs and the .docx are written by `gen_formats58.py`; the text, HTML, JSON
and XML files by hand."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats58")


def _people(m) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in m.participants]


def test_json_agenda_in_parts_with_utc_time_span() -> None:
    """A JSON export whose meeting holds its time as `tidsrum.start` in UTC, its place as
    a mapping, members as `person{fornavn, efternavn}` with `parti.bogstav`, and its items
    in parts (`dagsorden.afsnit[]`, open and closed) with the case in `sag.sagsnummer`:
    one meeting in Danish time with all items. Before: each part a meeting of its own
    without a date, so the file was rejected."""
    m = one("07_afsnit.json")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Vestby", "Kultur- og Fritidsudvalget", date(2021, 9, 7), "16:30", "referat")
    assert m.place == "Lokale 4, Torvet 2, Vestby"
    assert _people(m) == [("Anna Holm (A)", "deltog", "formand"),
                          ("Eva Dahl (F)", "deltog", ""), ("Bo Lund Krag (V)", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "21/0101", False, "Godkendt."),
        (2, "Ny hal i Nørreby", "21/0230", False, "Anbefales over for Byrådet."),
        (3, "Lejeaftale", "21/0315", True, "Godkendt.")]
    assert m.item(2).section("Sagsfremstilling") == "Hallen koster 12 mio. kr."
    assert [(h.committee, h.date) for h in m.item(2).history] == [
        ("Plan- og Miljøudvalget", date(2021, 8, 24))]


def test_xml_date_inside_the_time_mapping() -> None:
    """A namespaced XML export whose meeting date is `<Tidspunkt><Dato>` beside its
    `<Start>`, an item's one treatment a `<Behandling organ dato>` element, an earlier
    one of the same body its history. Before: no date found, the file rejected."""
    m = one("08_tidspunkt.xml")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Vestby", "Socialudvalget", date(2019, 11, 12), "17:00", "referat")
    assert _people(m) == [("Karl Berg (C)", "deltog", "formand"), ("Lise Mark (Ø)", "afbud", "")]
    assert [(i.number, i.closed, i.decision) for i in m.items] == [
        (30, False, "Taget til efterretning."), (31, True, "Godkendt.")]
    assert [(h.date, h.text) for h in m.item(30).history] == [(date(2019, 10, 8), "Udsat.")]


def test_unlabelled_date_in_an_icon_list_item() -> None:
    """An Umbraco page's facts as an icon list without labels (`<li><svg class="icon"><use
    href="#calendar"/></svg><span>Onsdag den 9. marts 2022, kl. 17.00</span></li>`, a pin
    for the place): the meeting's date, time and place. Before: no date found in a list's
    line, the file rejected."""
    m = one("04_ikonliste.html")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Kultur- og Fritidsudvalget", date(2022, 3, 9), "17:00", "Lokale 2, Vestby Rådhus",
        "referat")
    assert _people(m) == [("Ida Holm (A)", "deltog", "formand"), ("Per Lund (V)", "deltog", ""),
                          ("Sara Vang (F)", "afbud", "")]
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."), (2, "Tilskud til spejderhytte", "Bevilget.")]


def test_ascii_bordered_tables_of_a_text_export() -> None:
    """A plain-text export drawn with ASCII tables: a "label | value" table for the facts,
    a members' table "Navn | Parti | Funktion | Fremmøde", and each item a boxed table
    "Nr. | Sag | Sagsnr." whose title wraps inside its cell: the items with their numbers,
    whole titles and case numbers. Before: no item found, the file rejected."""
    m = one("05_ascii.txt")
    assert (m.municipality, m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Vestby", "Ældrerådet", date(2011, 5, 4), "10:00", "Lokale 3, Rådhuset", "referat")
    assert _people(m) == [("Grete Bach", "deltog", "formand"), ("Ove Lind", "afbud", ""),
                          ("Inga Mose", "deltog", "")]
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (12, "Godkendelse af dagsorden", "11/0400", "Godkendt."),
        (13, "Høring om kvalitetsstandarder for hjemmepleje og madservice", "11/0388",
         "Ældrerådet afgav høringssvar som drøftet.")]


def test_item_number_labelled_in_each_pages_header_table() -> None:
    """A referat printed one item a page under a header table "Mødedato: … Punkt: 8" /
    "Sagsnr.: … Status: Åbent punkt", the title below it without a number, the table
    repeated on an item's continuation page, a closed item's "Status: Lukket punkt": each
    item with its number, title, case number, closed flag and own decision. Before: two
    items from the front page's overview, the header tables glued into one decision."""
    m = one("03_punktsider.pdf")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Miljøudvalget", date(2019, 3, 12), "15:00", "referat")
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (7, "Godkendelse af dagsorden", "19/0101", False, "Godkendt."),
        (8, "Spildevandsplan 2019-2023 - endelig vedtagelse", "18/2210", False,
         "Anbefales over for Byrådet."),
        (9, "Erstatningssag", "19/0377", True, "")]
    assert [s.name for s in m.item(8).sections] == ["Sagsfremstilling", "Indstilling",
                                                    "Beslutning"]


def test_participant_paragraph_wrapped_after_first_names_in_a_narrow_column() -> None:
    """A two-column referat whose "Til stede:" paragraph wraps in its narrow column after
    a name's first names ("…, Ole Vang, Anne Marie" / "Holm, Ib Sand og Eva Lund."): every
    member whole. Before: "Anne Marie" a member, Holm, Ib Sand and Eva Lund lost."""
    m = one("02_tospaltet.pdf")
    assert (m.committee, m.date, m.start_time) == ("Handicaprådet", date(2014, 10, 2), "13:00")
    assert _people(m) == [("Kaj Dam", "deltog", "formand"), ("Rita Bak", "deltog", "næstformand"),
                          ("Ole Vang", "deltog", ""), ("Anne Marie Holm", "deltog", ""),
                          ("Ib Sand", "deltog", ""), ("Eva Lund", "deltog", ""),
                          ("Per Moos", "afbud", "")]
    assert [(i.number, i.decision) for i in m.items] == [
        (1, "Godkendt."), (2, "Rådet afgav høringssvar.")]


def test_status_row_of_check_box_controls_closes_the_item() -> None:
    """A Word template's fact table with a "Status" row of two check box controls ("☐
    Åbent punkt ☒ Lukket punkt"): the ticked box decides whether the item is closed, and
    the row is no item text. Before: every item open, each with a "Beskrivelse" holding
    the status row."""
    m = one("06_afkrydsning.docx")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Teknikudvalget", date(2026, 2, 3), "16:00", "dagsorden")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Vejplan 2026", "25/012", False), (2, "Erstatningskrav", "25/077", True)]
    assert [[s.name for s in i.sections] for i in m.items] == [["Sagsfremstilling"],
                                                               []]  # (its notice: no text)
    assert not any("☒" in s.text or "☐" in s.text for i in m.items for s in i.sections)


def test_drupal_date_field_with_time_and_location_term_field() -> None:
    """An OS2web (Drupal) meeting node: "Mødedato:" "07.02.2017 - 09:30" gives the start
    time, and the "Lokation:" field (a taxonomy term reference, like "Udvalg:") is the
    meeting's place. Before: no start time, the place the next label "Type:"."""
    m = one("10_os2web.html")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Ældrerådet", date(2017, 2, 7), "09:30", "Mødelokale 4, Vestby Rådhus", "referat")
    assert [(i.number, i.decision) for i in m.items] == [
        (5, "Godkendt."), (6, "Rådet afgiver høringssvar.")]
