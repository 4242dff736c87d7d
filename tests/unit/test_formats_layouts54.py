"""A fifty-fourth round of layouts (round 54's blind files, all ten): an OData v4 feed
with its date as local midnight in UTC, a DokuWiki page file, a Bootstrap accordion with
its facts in an English-dated side column after the items, Drupal's print view, a typed
protocol's "Dagsordenspunkt N." over a title sentence, one-row item tables printed cell by
cell, a commission's dated decision headings, a legacy form field's check box closing an
item, a lokaludvalg's minutes and a region's facts side bar above its letterhead; each
read wrongly (or refused) before. The binary and JSON files are written by
`gen_formats54.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats54")


def test_odata_feed_with_local_midnight_in_utc() -> None:
    """A "value" array holding the meeting; "MeetingDate": "2025-06-16T22:00:00Z" is local
    midnight of 17 June, "StartTime": "17:00:00.0000000" its hour; the items' numbered
    "Sections" their fields, not items of a meeting; "AttendanceStatus": "Excused" absent,
    the body's "Organization" the municipality; an "Id" counting the attendees 1, 2, 3
    makes no agenda. Before: refused, "ingen dagsordenspunkter fundet"."""
    m = one("10_odata.json")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Byrådet", date(2025, 6, 17), "17:00", "referat")
    assert m.place == "Byrådssalen, Torvet 1, 9999 Lunde"
    assert m.absentees == ["Kim Dal (C)"]
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/100", False),
        (2, "Lokalplan for Åvej", "25/2211", False), (3, "Køb af grund", "25/3012", True)]
    assert m.item(2).section("Sagsfremstilling") == "Planen giver plads til 40 boliger."
    assert m.item(2).votes == {"for": ["A", "V"], "imod": ["C"]}


def test_dokuwiki_page_file() -> None:
    """"===== 1. Title =====" items, "==== Beslutning ====" sections, the facts' wiki table
    "^ Dato | … |" the header, a media link its label. Before: refused, "ingen
    dagsordenspunkter fundet"."""
    m = one("09_dokuwiki.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Ældrerådet", date(2025, 5, 12), "10:00", "Mødelokale 3, Lunde Rådhus")
    assert m.absentees == ["Tove Ager"]
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Høring om madservice"), (3, "Eventuelt")]
    assert m.item(1).decision == "Godkendt."
    assert m.item(2).journal_number == "25/3310"
    assert "Forslag (pdf)" in m.item(2).section("Sagsfremstilling")
    assert m.item(2).votes == {"imod": ["Ove Lind"]}


def test_accordion_with_facts_aside_after_the_items() -> None:
    """The facts in an `<aside>` beside `<main>`, after the items: "May 20, 2025" and "4:30
    PM" the date and hour (not the footer's "Senest opdateret: 22. maj 2025"), its
    "Deltagere" / "Afbud" the people; "Punkt 2 · Title" the title without the dot; the
    badge "Lukket" closes. Before: refused, "ingen mødedato fundet i hovedet"."""
    m = one("08_accordion.html")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Kulturudvalget", date(2025, 5, 20), "16:30", "Mødelokale 2, Lunde Rådhus")
    assert m.absentees == ["Kim Dal (V)"]
    assert [(i.title, i.journal_number, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", "25/401", False), ("Tilskud til byfesten", "25/2290", False),
        ("Forpagtning af caféen", "25/2301", True)]
    assert m.item(2).votes == {"for": ["A", "V"], "imod": ["F"]}


def test_drupal_print_view() -> None:
    """The print view's frame ("Udgivet på …", "Indsendt af … den …", the taxonomy, footer,
    "Kilde-URL:", "Links: [1] …") is no text; "Miljøudvalget - referat 03-03-2025" names
    the body; "Beslutning i Miljøudvalget den 03-03-2025:" this meeting's decision, the
    one of 10-02-2025 the case's history. Before: the committee "Udgivet på …", every
    decision history, the link list in the last decision."""
    m = one("07_drupal_print.html")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Miljøudvalget", date(2025, 3, 3), "16:00", "referat")
    assert m.item(1).decision.startswith("Godkendt.")
    decision = m.item(2).decision
    assert decision.startswith("Anbefales med 2 stemmer") and "Links" not in decision
    assert "Kilde-URL" not in decision and "Torvet 1" not in decision
    assert [(t.date, t.text) for t in m.item(2).history] == [(date(2025, 2, 10), "Udsat.")]
    assert m.item(2).votes == {"for": ["A", "V"], "imod": ["F"]}
    assert all(i.absentees == ["Per Krag (A)"] for i in m.items)


def test_typed_protocol_numbers_over_title_sentences() -> None:
    """"Dagsordenspunkt 2." alone, the title a sentence below it wrapped over two lines,
    dashed rules between the items (no title); "… mod 1. Søren" / "Kjær (O) stemte imod"
    the voter whole. Before: the rules were the titles, the titles a "Beskrivelse"."""
    m = one("03_skrivemaskine.pdf")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Ansøgning om tilskud til lederuddannelse fra Lunde Spejdergruppe"),
        (3, "Eventuelt")]
    assert [s.name for s in m.item(1).sections] == ["Beslutning"]
    assert m.item(2).journal_number == "25/4410"
    assert m.item(2).votes == {"imod": ["Søren Kjær (O)"]}


def test_one_row_item_tables_printed_cell_by_cell() -> None:
    """"2" / "Orientering om sygefravær i Sundhed og" / "Omsorg" / "Åben Sagsnr. 25/2871":
    an item (its title whole, its case number), as "1 Title Åben Sagsnr. …" on one line.
    Before: item 2 swallowed by item 1."""
    m = one("04_tabelraekker.pdf")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/100", False),
        (2, "Orientering om sygefravær i Sundhed og Omsorg", "25/2871", False),
        (3, "Klagesag på hjemmeplejen", "25/4120", True)]
    assert m.item(1).decision == "Godkendt."
    assert m.item(2).decision == "Taget til efterretning."


def test_commission_dated_decision_headings() -> None:
    """"Beredskabskommissionen, 3. juni 2025:" in every item heads its decision, not a
    running header dropped for repeating. Before: item 2's decision in its Indstilling."""
    m = one("02_kommission.pdf")
    assert m.committee == "Beredskabskommissionen"
    assert m.item(2).section("Indstilling") == (
        "Beredskabschefen indstiller, at orienteringen tages til efterretning.")
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Orienteringen blev taget til efterretning.", "Intet."]


def test_legacy_form_check_box_closes_the_item() -> None:
    """"Lukket punkt:" and a FORMCHECKBOX checked in its ffData: the item is closed; an
    unchecked one says nothing. Before: every item open, "Lukket punkt: ☒" its text."""
    m = one("05_formularfelter.docx")
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False), ("Skolestruktur", False), ("Personalesag", True)]
    assert all([s.name for s in i.sections] == ["Beslutning"] for i in m.items)


def test_lokaludvalg_staff_and_own_decision() -> None:
    """"Fra sekretariatet: Rikke Lund (referent)" after the "Afbud:" list no absent member;
    "Lars Holm, formand (…)" one member; "Lokaludvalgets beslutning" the lokaludvalg's own
    decision, no "Lokaludvalget:" before it. Before: the referent absent, the chairman
    twice, every decision opened by "Lokaludvalget:"."""
    m = one("06_lokaludvalg.docx")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Lars Holm (Beboerforeningen)", "deltog", "formand"), ("Pia Sejer (SF)", "deltog", ""),
        ("Tine Dam (S)", "afbud", "")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Indstillingen blev vedtaget."]


def test_region_side_bar_letterhead_and_counted_abstention() -> None:
    """A side bar's "Fraværende" list ends at the letterhead "REGION LUNDE" (no member);
    its place wrapped after a comma whole; "Undlod at stemme 1 (Ø)." after "Imod stemte 4
    (O)." the abstainers. Before: "REGION LUNDE" absent, the place cut, the abstention
    lost."""
    m = one("01_region.pdf")
    assert (m.committee, m.date, m.start_time) == ("Regionsrådet", date(2025, 6, 4), "13:00")
    assert m.place == "Regionshuset Lunde, Torvet 1, 9999 Lunde"
    assert m.absentees == ["Ole Bak (V)", "Kim Dal (A)"]
    assert m.item(2).votes == {"for": ["A", "V", "C"], "imod": ["O"], "undlod": ["Ø"]}
