"""A forty-first round of layouts (the blind files of round 40): a scanned page's OCR
text with "l" for "1" in numbers ("Punkt l.", "Kl. l4.00", a page header's
"l4.03.2024"), an extraordinary meeting's items numbered "Pkt. I", "Pkt. II" under a
paragraph whose date wraps before its year ("2024."), a council's members in one
justified paragraph wrapped before a party ("(F); Rita Dahl …"), a two-day meeting
("3.-4. oktober 2024") under a running header that `pdftotext -layout` spaces
differently on each page, a DKFDS web page (a skip link, the participants in a
`<details>` disclosure, a "Hent punktet som PDF" link in each item), a Word template's
"☐ Lukket punkt" check box in every item, a PDF print's facts table ("Sagsnr.
Sagsansvarlig Status" over the values) under each item's heading, a Public 360
protocol through plain `pdftotext` ("PS 18/24 Title", its tables one cell a paragraph)
and an SBSYS print through `pdftotext -layout` (the members and the absent side by side,
a status far right on a wrapped title). Each read wrongly or not at all before. The
PDFs and the Word file are made by `gen_formats41.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.head_fields import fact_table
from ingest.formats.ocr_digits import ocr_digits
from ingest.formats.public360 import public360_text
from ingest.formats.ticks import ticked_choices

from .fixture_files import one_meeting

one = partial(one_meeting, "formats41")


def test_ocr_letters_for_digits_in_numbers_times_and_dates() -> None:
    """"Punkt l." is item 1, "Kl. l4.00 - l6.l5" starts at 14:00, the page header
    "Ældrerådet l4.03.2024" and "Mødet hævet kl. l6.l5." end no decision. Before: item 1
    lost, no start time, both lines kept as decision text."""
    m = one("01_ocr_tal.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Ældrerådet", date(2024, 3, 14), "14:00", "Ålund Rådhus, mødelokale 2")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Høring om madservice 2025"), (3, "Eventuelt")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Ældrerådet anbefaler forslaget, men ønsker at priserne fastholdes for "
        "de svageste borgere.", "Inga Holt orienterede om besøg på Plejecenter Ahorn."]
    assert "61 kr. pr. 1. januar 2025" in m.items[1].section("Sagsfremstilling")
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Lilly Dyhr"]


def test_ocr_digits_leave_words_and_roman_numerals() -> None:
    """Only a token that holds a digit, or an item keyword's "l", is read as digits."""
    assert ocr_digits("Punkt l: Kl. 9.l5, 2O24 og l.5OO kr.") == (
        "Punkt 1: Kl. 9.15, 2024 og 1.500 kr.")
    kept = "Ole l I II. Pkt. II CO2 O.5 kl. Lille Ild"
    assert ocr_digits(kept) == kept


def test_roman_numbered_items_after_pkt_and_a_wrapped_year() -> None:
    """"Pkt. I Title" … "Pkt. III Lukket punkt: Title" are items 1–3 labelled I–III; the
    line "2024." that ends a wrapped date is no item 2024. Before: one item 2024 titled
    "Pkt. I Godkendelse af dagsorden" holding all three."""
    m = one("02_romertal_pkt.txt")
    assert (m.committee, m.date, m.start_time) == (
        "Børne- og Ungeudvalget", date(2024, 9, 3), "07:30")
    assert [(i.number, i.label, i.title, i.closed) for i in m.items] == [
        (1, "I", "Godkendelse af dagsorden", False),
        (2, "II", "Vikardækning på Nordskolen", False), (3, "III", "Elevsag", True)]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Indstillingen blev godkendt.", "Taget til efterretning."]
    assert m.items[1].journal_number == "17.01.00-A00-9-24"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Jesper Bang (V)"]


def test_council_members_in_one_justified_paragraph() -> None:
    """The paragraph goes on past a line that opens with the last name's party
    ("(F); Rita Dahl (F); …") and past a name wrapped in two ("Ulla" / "Brink (A)");
    the justified text's wide spaces are single in names and roles. Before: 11 of 15
    members, "Mette  Juhl  (A)", "Ulla, Brink (A)"."""
    m = one("03_byraad_medlemsafsnit.pdf")
    members = [(p.name, p.status, p.role) for p in m.participants]
    assert members[:2] == [("Mette Juhl (A)", "deltog", "borgmester"),
                           ("Kurt Ravn (V)", "deltog", "1. viceborgmester")]
    assert [p.name for p in m.participants][2:15] == [
        "Lene Borg (A)", "Tom Skov (A)", "Ulla Brink (A)", "Emil Sand (A)", "Dorte Lykke (A)",
        "Sten Vig (V)", "Pia Thorsen (V)", "Ib Vad (V)", "Hans Kure (F)", "Rita Dahl (F)",
        "Amir Naser (Ø)", "Berit Holst (C)", "Finn Leth (O)"]
    assert members[14:] == [("Finn Leth (O)", "afbud", ""),
                            ("Vera Mose (O)", "deltog", "stedfortræder for Finn Leth (O)")]
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Budgetopfølgning 2. kvartal 2024", "Salg af byggegrund"]


def test_two_day_meeting_under_a_running_header_spaced_per_page() -> None:
    """"Mødedato: 3.-4. oktober 2024" starts on the 3rd; the header "Region Vestkyst …
    Regionsrådet 3.-4. oktober 2024", spaced by each page's width, is no item's text.
    Before: the 4th, and item 1's decision ended with the header."""
    m = one("04_to_dage_layout.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Regionsrådet", date(2024, 10, 3), "10:00", "Kursuscenter Fjordly, Strandvej 4, Lemvig")
    assert [i.decision for i in m.items] == ["Godkendt.", "Indstillingen blev godkendt.",
                                             "Intet."]
    assert m.items[1].journal_number == "1-20-4-11-24"


def test_dkfds_page_with_participants_in_a_disclosure() -> None:
    """The skip link ("Gå til sidens indhold", class "skipnav") is no part of the
    committee; the list under `<summary>Vis deltagere</summary>` is the members, the one
    tagged "Afbud" absent; "Hent punktet som PDF" is no decision's text. Before: the
    committee "Gå til sidens indhold Plan- og Boligudvalget", no participants."""
    m = one("05_dkfds_detaljer.html")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Plan- og Boligudvalget", date(2025, 3, 12), "17:00", "Åbjerg Rådhus, lokale 4")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Birthe Vang (C)", "deltog", "formand"), ("Ole Friis (A)", "deltog", ""),
        ("Susanne Krog (V)", "afbud", ""), ("Niels Bak (Ø)", "deltog", "")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Indstillingen blev godkendt.\n\nFor stemte: C, A og Ø (3)", "Intet."]
    assert m.items[1].votes == {"for": ["C", "A", "Ø"]}


def test_word_check_box_before_lukket_punkt() -> None:
    """A single ticked "☒ Lukket punkt" closes its item; "☐ Lukket punkt" in the others
    is neither a mark nor their text. Before: no item closed, each item's Beskrivelse
    the box's line."""
    m = one("06_lukket_afkrydsning.docx")
    assert (m.committee, m.date, m.start_time) == ("Erhvervsudvalget", date(2024, 10, 9), "08:30")
    assert [i.closed for i in m.items] == [False, True, False]
    assert [[s.name for s in i.sections] for i in m.items] == [["Beslutning"]] * 3
    assert m.items[1].decision == "Ansøgningen blev afvist."


def test_a_lone_box_only_marks_an_open_or_closed_item() -> None:
    """A box before any other single line stays as it is (a to-do list's line)."""
    assert ticked_choices(["☐ Lukket punkt", "Tekst"]) == ["Tekst"]
    assert ticked_choices(["Lukket sag ☒"]) == ["Lukket sag"]
    assert ticked_choices(["☐ Send brev til ansøger"]) == ["☐ Send brev til ansøger"]


def test_pdf_item_facts_table_of_heads_over_values() -> None:
    """"Sagsnr. Sagsansvarlig Status" over "05.13.00-P15-1-24 Ole Brask Åben sag": the case
    number, the case officer and the status, not the title's end; a closed item's row
    without a case number ("Ole Brask Lukket sag") closes it. Before: every title ended
    with the values, no case number."""
    m = one("07_faktatabel.pdf")
    assert (m.committee, m.date, m.start_time) == (
        "Teknik- og Miljøudvalget", date(2024, 11, 5), "16:00")
    assert [(i.title, i.journal_number, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", "00.01.00-A00-9-24", False),
        ("Trafiksikkerhedsplan 2025-2028", "05.13.00-P15-1-24", False),
        ("Erstatning for skade på vandledning", None, True)]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Planen sendes i høring.", "Indstillingen blev godkendt."]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Jonas Tved (F)"]


def test_facts_table_needs_values_that_fit_its_heads() -> None:
    """A row that does not fit the heads (two free columns, no case number) stays."""
    assert fact_table(["Sagsnr. Status", "24/1201 Lukket sag"]) == [
        "Sagsnr.: 24/1201", "Status: Lukket sag"]
    rows = ["Sagsansvarlig Beslutningskompetence", "Ole Brask Byrådet"]
    assert fact_table(rows) == rows


def test_public360_protocol_through_plain_pdftotext() -> None:
    """"PS 18/24 Title" heads item 18; the members' tables one cell a paragraph are the
    participants (the substitutes' table, printed above its own heading, says for whom),
    the staff's table no member; "Arkivsag:" is the case number, "SU- 18/24 Beslutning:"
    the decision under the body's treatment with its vote, "Undtaget offentlighed …"
    closes the item. Before: refused, no item found."""
    m = one("08_public360_protokol.txt")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Socialudvalget", date(2024, 9, 4), "16:30", "Havbjerg Rådhus, lokale 12", "referat")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Jette Vinther (A)", "deltog", "formand"), ("Ole Kramer (V)", "deltog", ""),
        ("Rune Dal (Ø)", "deltog", "stedfortræder for Sanne Ibsen"),
        ("Sanne Ibsen (Ø)", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (17, "Godkendelse af dagsorden", "24/00077", False),
        (18, "Botilbud Engly - udvidelse", "24/01290", False),
        (19, "Klage over afgørelse", None, True)]
    assert m.items[1].decision.endswith("Botilbuddet udvides med 6 pladser.")
    assert m.items[1].votes == {"for": ["A", "Ø"], "imod": ["V"]}
    assert m.items[2].decision == "Afgørelsen fastholdes."


def test_public360_layout_rows_read_as_the_same_tables() -> None:
    """`pdftotext -layout` prints a row a line: the same tables; a text without two "PS"
    headings is left as it is."""
    text = "\n".join([
        "Følgende medlemmer mødte:", "Navn          Funktion       Parti",
        "Jette Vinther   Formand        A",
        "Sagsliste", "Sagsnr.     Indhold", "PS 1/24     Godkendelse af dagsorden",
        "PS 1/24 Godkendelse af dagsorden", "Arkivsag:     24/00077", "SU- 1/24 Beslutning:",
        "Godkendt.", "PS 2/24 Eventuelt", "SU- 2/24 Beslutning: Intet."])
    assert public360_text(text).split("\n") == [
        "Følgende medlemmer mødte:", "Deltagere: Jette Vinther (A), formand",
        "Punkt 1. Godkendelse af dagsorden", "Sagsnr.: 24/00077", "Beslutning:", "Godkendt.",
        "Punkt 2. Eventuelt", "Beslutning: Intet."]
    assert public360_text("PS 1/24 Godkendelse\nTekst") == "PS 1/24 Godkendelse\nTekst"


def test_sbsys_layout_side_by_side_lists_and_a_wrapped_title_with_its_status() -> None:
    """`pdftotext -layout` of an SBSYS print: "Medlemmer:" and "Fraværende:" /
    "Stedfortræder:" side by side are two lists (the absent member 'afbud', no one a
    substitute); a title wrapped below its first line, the status far right on that line,
    is whole, and "Lukket sag" there closes the item. Before: the right column's
    "Stedfortræder:" a role of the member beside it, the status inside the title."""
    m = one("09_sbsys_kolonner.txt")
    assert (m.committee, m.date, m.start_time) == (
        "Ældre- og Sundhedsudvalget", date(2024, 12, 2), "15:00")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Helle Bak (C)", "deltog", "formand"), ("Erik Ravn (A)", "afbud", "næstformand"),
        ("Tove Lind (V)", "deltog", ""), ("Jakob Fisker (Ø)", "deltog", "")]
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False),
        ("Demensstrategi 2025-2028 - forslag til indsatser og opfølgning på handleplanen for "
         "pårørende", False),
        ("Klage over visitation til plejebolig fra pårørende", True)]
    assert [i.journal_number for i in m.items] == ["27.00.00-A00-7-24", "27.12.00-P15-2-24", None]
    assert m.items[1].votes == {"for": ["C", "V", "Ø"]}
