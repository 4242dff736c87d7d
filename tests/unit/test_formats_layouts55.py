"""A fifty-fifth round of layouts (round 55's blind files): a LibreOffice Writer
document (.odt) and an ESDH system's RTF export, both refused before ("understøttes
ikke"), now read as a Word document is. The .odt is written by `gen_formats55.py`; the
RTF is text, written by hand."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.people import decision_people

from .fixture_files import one_meeting

one = partial(one_meeting, "formats55")


def test_libreoffice_odt() -> None:
    """Headings numbered only by the outline numbering, the municipality only in the
    master page's header, "Til stede | Afbud" as two columns of names, run-in labels
    ("Beslutning: Godkendt."), a bulleted list in a decision. Before: refused,
    "OpenDocument-filer (.odt) understøttes ikke"."""
    m = one("01_libreoffice.odt")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Handicaprådet", date(2025, 3, 5), "16:00", "referat")
    assert m.place == "Lunde Rådhus, lokale 4"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Ole Bak", "Eva Lind"]
    assert [p.name for p in m.participants if p.status == "deltog"] == [
        "Ida Ravn", "Kim Dal", "Pia Holm"]
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None), (2, "Tilgængelighed på stationen", "25/4410"),
        (3, "Eventuelt", None)]
    assert m.item(2).section("Sagsfremstilling") == "Perronen mangler ramper."
    assert "ramper ved spor 1" in (m.item(2).decision or "")
    assert m.item(3).decision == "Intet."


def test_esdh_rtf_export() -> None:
    """cp1252 escapes and a `\\u` character with its fallback, the municipality only in
    the `{\\header}`, a "Deltagere | Afbud" RTF table, "Punkt N<tab>Title" in a "heading
    1" style, section names in "heading 2", a `\\page`; no font table, style names,
    document information or page field in the text. Before: refused, "RTF-filer
    understøttes ikke"."""
    m = one("02_esdh.rtf")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Miljøudvalget", date(2025, 2, 6), "15:00", "referat")
    assert m.place == "Rådhuset, lokale 2"
    assert [(p.name, p.status) for p in m.participants] == [
        ("Ida Ravn", "deltog"), ("Kim Dal", "deltog"), ("Ole Bak", "afbud")]
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/101"), (2, "Skov ved Åen – plan", "25/2207")]
    assert m.item(2).section("Sagsfremstilling") == "Der plantes 2.000 træer langs Åen."
    assert (m.item(2).decision or "").startswith("Godkendt med 4 stemmer mod 1.")
    assert m.item(1).decision == "Godkendt."
    assert (m.item(1).absentees, m.item(2).absentees) == ([], ["Kim Dal"])


def test_absent_while_the_item_was_treated() -> None:
    """"Ikke til stede under behandlingen: X" under an item's decision makes X absent
    from that item (as "Fraværende under punktet: X" did). Before: no absentee."""
    assert decision_people("Godkendt.\n\nIkke til stede under behandlingen: Ida Ravn (A).") == (
        ["Ida Ravn (A)"], {})
    assert decision_people("Godkendt.\nIkke til stede under punktets behandling: Ole Bak") == (
        ["Ole Bak"], {})


def test_notion_page_with_section_toggles() -> None:
    """A Notion page export: the properties' English date ("March 3, 2025 4:30 PM"), a
    "## Dagsorden" list before the items, each section a toggle ("- **Beslutning**" with
    its text indented below). Before: refused, "ingen dagsordenspunkter fundet"."""
    m = one("03_notion.md")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Børnerådet", date(2025, 3, 3), "16:30", "referat")
    assert m.place == "Lunde Bibliotek, mødelokale 1"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Ole Bak"]
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Legeplads i Nordparken"), (3, "Eventuelt")]
    assert m.item(1).decision == "Godkendt."
    assert (m.item(2).decision or "").startswith("Rådet ønsker en svævebane.")
    assert m.item(2).section("Baggrund") == "Kommunen spørger rådet om legepladsens indretning."
    assert m.item(3).decision == "Intet."


def test_namespaced_xml_with_escaped_html() -> None:
    """An XML export with namespace prefixes, the municipality and the body written
    beside the meeting (`<Myndighed><MyndighedNavn>`, `<Forum><Navn>`), each item's
    texts `<Tekst felt="Beslutning">` holding entity-escaped HTML. Before: no
    municipality, "Ukendt udvalg", a "dagsorden", every item empty."""
    m = one("04_navnerum.xml")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Bestyrelsen for Lunde Lystbådehavn", date(2025, 4, 8), "17:00", "referat")
    assert m.place == "Havnehuset, Kajen 2"
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Ravn", "deltog", "formand"), ("Kim Dal", "deltog", "brugerrepr."),
        ("Ole Bak", "afbud", "")]
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/100"), (2, "Nye bådpladser", "25/311")]
    assert m.item(1).decision == "Godkendt."
    assert m.item(2).section("Sagsfremstilling") == "Havnen har 40 på venteliste."
    assert m.item(2).decision == "Bestyrelsen godkendte 12 nye pladser."


def test_disqualified_member_who_left() -> None:
    """"Inhabil: X (…) deltog ikke i behandlingen." / "… forlod mødet under behandlingen"
    makes X, as written before the phrase, absent from the item. Before: no absentee, or
    the whole phrase taken for the name."""
    assert decision_people(
        "Anbefalet.\nInhabil: Bo Lund (repræsentant for Kilden) deltog ikke i behandlingen.") == (
        ["Bo Lund (repræsentant for Kilden)"], {})
    assert decision_people("Godkendt.\nInhabil: Eva Lind (formand) forlod mødet under "
                           "behandlingen.") == (["Eva Lind (formand)"], {})
    assert decision_people("Inhabil: Kim Dal deltog ikke i behandlingen.") == (["Kim Dal"], {})


def test_items_on_new_pages_under_a_repeated_header_block() -> None:
    """Each item on a page of its own under the meeting's six-line header block
    (municipality, kind, committee beside "Mødedato", "Mødetid", "Mødested"), a contents
    list with page numbers on the front page. Before: the header block's lines ended
    every decision but the last ("Godkendt. Mødetid 16:00 - 18:00 Vejudvalget …")."""
    m = one("05_ny_side.pdf")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Vejudvalget", date(2025, 6, 4), "16:00", "referat")
    assert m.place == "Rådhuset, lokale 3"
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25-000101"),
        (2, "Ny rundkørsel ved Skolevej", "25-004410"), (3, "Vintertjeneste 2025/26", "25-003002")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Udvalget godkendte rundkørslen.", "Taget til efterretning."]
    assert m.item(2).section("Sagsfremstilling") == "Krydset har haft fire uheld siden 2022."


def test_frameset_page_of_font_and_br() -> None:
    """A frameset site's content frame in Latin-1, nothing but `<font>`, `<b>` and `<br>`:
    a trail of links ("Forside | Udvalg | Miljøudvalget 2007") above the committee, the
    site's address and "Opdateret … af webmaster" below the last rule. Before: the
    committee "Forside Udvalg Miljøudvalget 2007 MILJØUDVALGET", the address in the last
    decision."""
    m = one("06_frameset.html")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Miljøudvalget", date(2007, 3, 12), "16:00", "referat")
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Ole Bak (C)"]
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (21, "Godkendelse af dagsorden", "07/100"), (22, "Affaldsplan 2008", "07/2231")]
    assert (m.item(21).decision, m.item(22).decision) == ("Godkendt.", "Anbefales.")


def test_roman_page_numbers_and_offices_before_names() -> None:
    """A cover, then contents and attendance on pages "i" and "ii", the items from page 1,
    every page's footer "Byrådet, 9. december 2025  <page>"; the members as prose, each
    office before its name. Before: the footer ended decisions, "2. viceborgmester" was
    given to the member before, "samt 20 øvrige medlemmer af byrådet." was a role, the
    substitute "mødte Bo Lund (C)"."""
    m = one("07_romertal.pdf")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Lunde", "Byrådet", date(2025, 12, 9), "17:00")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Ravn (A)", "deltog", "borgmester"), ("Kim Dal (V)", "deltog", "1. viceborgmester"),
        ("Pia Holm (F)", "deltog", "2. viceborgmester"), ("Eva Lind (A)", "deltog", ""),
        ("Ole Bak (C)", "afbud", ""), ("Bo Lund (C)", "deltog", "stedfortræder for Ole Bak")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Taksterne blev godkendt.", "Salget blev godkendt."]
