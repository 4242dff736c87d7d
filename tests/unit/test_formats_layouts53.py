"""A fifty-third round of layouts (round 53's blind files 02, 04, 06, 07, 09 and 10): a
meeting portal's REST API in English keys with its start in UTC, Pandoc's markdown with
bold item paragraphs, a multiline table and a footnote, a portal page printed with
"Åben   Sagsnr.: …   Link til punkt" under each title and the site's footer, a
Beslutningsprotokol titled "for Byrådets møde …" with "§ 41" items, Word's list numbers
with lettered sub-items, and a SharePoint page's Quick links after the minutes; each
read wrongly (or refused) before. The files are written by `gen_formats53.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats53")


def test_rest_api_json_in_english_keys_and_utc() -> None:
    """"startUtc": "2025-06-10T13:30:00Z" is 15:30 in Danish summer time, the date not the
    one it was published; "decision": {"html", "absentees", "votes": {"for": {"count",
    "parties"}}} the item's decision, absentees and vote; "isPublic": false closes it.
    Before: refused, "ingen mødedato fundet i hovedet"."""
    m = one("10_api_engelsk.json")
    # ("Lunde Kommune" in the export: the municipality's name as every adapter gives it)
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Teknik- og Miljøudvalget", date(2025, 6, 10), "15:30", "referat")
    assert m.place == "Mødelokale 2, Torvet 1, 9999 Lunde"
    assert [(p.name, p.status, p.role) for p in m.participants if p.status == "afbud"] == [
        ("Kim Dal (C)", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/100", False),
        (2, "Cykelsti langs Åvej", "25/2211", False), (3, "Salg af grund", "25/3012", True)]
    assert m.item(2).decision.startswith("Anbefales.")
    assert m.item(2).section("Indstilling") == "Forvaltningen indstiller, at stien anlægges."
    assert m.item(2).votes == {"for": ["A", "V"], "imod": ["F"]}
    assert all(i.absentees == ["Kim Dal"] for i in m.items)


def test_pandoc_bold_items_multiline_table_and_footnote() -> None:
    """"**1\\. Godkendelse af dagsorden**" alone on its paragraph is an item's heading; the
    facts' multiline table reads as "Label: value" lines (a name wrapped over two lines
    whole); "[Beslutning:]{.underline}" a label; the footnote's text in brackets where
    its mark is, not after the last decision; "mens 2 stemte imod (Poul Dam og Lis Bro)"
    the vote. Before: refused, "ingen dagsordenspunkter fundet"."""
    m = one("09_pandoc.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Ældrerådet", date(2025, 5, 13), "10:00", "Mødelokale 1, Rådhuset")
    assert [p.name for p in m.participants] == [
        "Grete Lund", "Arne Vang", "Hanne Marie Kjær", "Poul Dam", "Lis Bro", "Tove Ager"]
    assert m.absentees == ["Tove Ager"]
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Høring om træningstilbud"), (3, "Eventuelt")]
    assert m.item(2).journal_number == "25/4410"
    assert "(Jf. kvalitetsstandarden for genoptræning.)" in m.item(2).section("Sagsfremstilling")
    assert m.item(2).votes == {"imod": ["Poul Dam", "Lis Bro"]}
    assert m.item(3).decision == "Intet."


def test_portal_print_status_line_and_site_footer() -> None:
    """"Åben      Sagsnr.: 25/3377      Link til punkt" under a title: the case number, the
    item open ("Lukket": closed), the link's label gone; the site's footer line "Lunde
    Kommune · Torvet 1 · 9999 Lunde · Tlf. … · Tilgængelighedserklæring · Cookies" no
    part of the last decision. Before: no case numbers, the line in a long title or a
    "Beskrivelse" of its own, the footer in the decision."""
    m = one("02_portaludskrift.txt")
    assert (m.committee, m.date, m.start_time) == ("Kulturudvalget", date(2025, 6, 10), "16:00")
    assert [(i.title, i.journal_number, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", "25/501", False),
        ("Tilskud til sommerkoncerter på Torvet i Lunde by", "25/3377", False),
        ("Forpagtning af caféen i Kulturhuset", "25/3390", True)]
    assert [s.name for s in m.item(1).sections] == ["Beslutning"]
    assert m.item(3).decision == "Godkendt."


def test_protocol_titled_for_the_councils_meeting() -> None:
    """"Beslutningsprotokol" over "for Byrådets møde tirsdag d. 3/6-2025 kl. 16.00": the
    body is Byrådet, so "Byrådets beslutning:" heads its own decision with no "Byrådet:"
    before it; "§ 42" items; "mod 1 stemme (V)" the side against. Before: committee
    "Beslutningsprotokol", every decision opened by "Byrådet:"."""
    m = one("04_paragraf_protokol.txt")
    assert (m.committee, m.date, m.start_time) == ("Byrådet", date(2025, 6, 3), "16:00")
    assert [(i.number, i.closed) for i in m.items] == [(41, False), (42, False), (43, True)]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Godkendt med 3 stemmer (A, F) mod 1 stemme (V).", "Godkendt."]
    assert m.item(42).votes == {"for": ["A", "F"], "imod": ["V"]}
    assert m.absentees == ["Kim Dal (C)"]


def test_word_list_sub_items_each_an_item() -> None:
    """Word's list numbers "2a." and "2b." (level 1, lowerLetter) under the group heading
    "2. Anlægsbevillinger", each with its own case number and decision: items of their
    own labelled 2a and 2b, the inhabil member absent from 2b only, and the item after
    them still printed 3; no warning for the group's heading. Before: both folded into
    item 2 (one decision, both absences)."""
    m = one("06_listenumre_underpunkter.docx")
    assert [(i.name, i.title, i.journal_number, i.closed) for i in m.items] == [
        ("punkt 1", "Godkendelse af dagsorden", "25/100", False),
        ("punkt 2", "Anlægsbevillinger", None, False),
        ("punkt 2a", "Frigivelse til legeplads", "25/2001", False),
        ("punkt 2b", "Frigivelse til stibro", "25/2002", False),
        ("punkt 3", "Ekspropriation ved Åvej", "25/2100", True)]
    sub_a, sub_b = m.items[2], m.items[3]
    assert sub_a.decision == "Anbefales."
    assert sub_b.decision.startswith("Anbefales.")
    assert "Ole Bak (V)" in sub_b.absentees and "Ole Bak (V)" not in sub_a.absentees
    assert not m.warnings


def test_sharepoint_quick_links_after_the_minutes() -> None:
    """A SharePoint page's Quick links web part ("Genveje", a list of links) after the
    text web part: no part of the last decision. Before: its links ended it."""
    m = one("07_sharepoint_genveje.html")
    assert (m.committee, m.date) == ("Sundhedsudvalget", date(2025, 6, 12))
    assert m.item(2).decision == "Anbefales."
    assert m.item(2).journal_number == "25-004410"
