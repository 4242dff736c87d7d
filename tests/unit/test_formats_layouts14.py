"""A fourteenth round: how systems print minutes to PDF and publish them as HTML — a
FirstAgenda print with a logo and "m²." in the text, a contents list grouped "Åbne sager" /
"Lukkede sager" with each item's case number far right, a pretty-printed portal page, HTML
saved from Word, a board's e-mailed minutes with "Ad 1)" items, Copenhagen's eDoc print
with PROBLEMSTILLING / LØSNING after the decision, an Acadre print, a two-column header,
a council's counted votes, "Fraværende:" over "Ingen", "Inhabil:" in a decision. Each test
failed on the code before this round (a crash, items lost, all items closed, a wrong
decision, committee or vote)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from referat.domain import UNKNOWN_COMMITTEE, Meeting

FIXTURES = Path(__file__).parent / "fixtures" / "formats14"


def _meeting(name: str) -> Meeting:
    (meeting,) = read_meetings(FIXTURES / name)
    return meeting


def _items(m: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(i.number, i.title, i.journal_number, i.closed) for i in m.items]


# --- files lost, items lost or invented --------------------------------------------------

def test_a_superscript_before_a_full_stop_does_not_crash_the_file() -> None:
    """"… 1.800 m²." ended the whole file with a ValueError ('²' is a digit to
    `str.isdigit`, not to `int`); a logo's block glyphs are no committee."""
    m = _meeting("text_prepare_print_logo_m2.txt")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Faxe", "Plan- og Kulturudvalget", date(2019, 3, 12), "16:00")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert [i.closed for i in m.items] == [False] * 5 + [True]
    assert "m²" in m.item(2).section("Sagsfremstilling")


def test_contents_grouped_open_and_closed_with_case_numbers_far_right() -> None:
    """The contents list ends under "Lukkede sager": that closes item 4 only (it closed
    every item); each contents line with its case number far right looks like an item,
    so the items are the headings printed again below it."""
    m = _meeting("text_contents_groups_case_numbers.txt")
    assert _items(m) == [
        (1, "Godkendelse af dagsorden", "24/111", False),
        (2, "Plejehjemspladser - behovsprognose 2024-2035", "23/18892", False),
        (3, "Værdighedspolitik - revision", "23/20011", False),
        (4, "Personalesag", "24/150", True)]
    assert m.item(2).decision == "Anbefales."
    # the committee is printed in the page footer only: not guessed, and said so
    assert m.committee == UNKNOWN_COMMITTEE
    assert any("udvalgets navn" in w for w in m.warnings)


def test_a_pretty_printed_portal_page() -> None:
    """`<span>1.</span>` and `<span>Title</span>` on lines of their own in the source; a
    "Lukket" badge after the title; members with their role or "Afbud" beside them."""
    m = _meeting("web_pretty_printed_spans.html")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Regnskab 2020 - overførsler til 2021", False),
        (3, "Covid-19 - hjælpepakke til lokale erhvervsdrivende", False),
        (4, "Salg af grund i Vinge, etape 2", True)]
    people = [(p.name, p.status, p.role) for p in m.participants]
    assert ("John Schmidt Andersen (V)", "deltog", "formand") in people
    assert ("Inger Ewald (O)", "afbud", "") in people


def test_html_saved_from_word_wraps_its_source_inside_paragraphs() -> None:
    m = _meeting("web_word_export.htm")
    assert (m.committee, m.doc_type) == ("Børne- og Kulturudvalget", "referat")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Kvalitetsrapport for folkeskolerne 2008/09",
        "Tilskud til Lemvig Musikskole", "Eventuelt"]
    assert m.item(2).decision.startswith("Anbefales")
    assert not any(p.name == "Godkendelse" for p in m.participants)


def test_a_first_item_whose_only_line_is_its_outcome() -> None:
    """"1. Godkendelse af dagsorden" / "Godkendt." before items with sections."""
    m = _meeting("text_first_item_bare_decision.txt")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Kvalitetsrapport for folkeskolerne 2008/09"), (3, "Eventuelt")]


def test_a_boards_emailed_minutes_with_ad_items() -> None:
    """"Ad 1) …" items; the mail's own "Dato:" is when it was sent; the sender names the
    board; the subject says it is a referat; attendance in a sentence."""
    m = _meeting("text_board_mail_ad_items.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Ældrerådet", date(2014, 9, 3), "09:30", "referat",
        "Aars, Himmerlandsgade 27, mødelokale 1")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden og referat fra sidste møde"),
        (2, "Budget 2015 – høring"), (3, "Ældrerådsvalget 2014"), (4, "Evt.")]
    # (the board's own "Ældrerådet besluttede at …" is the decision, round 123)
    assert m.item(2).section("Beskrivelse").startswith("Ib Riis gennemgik spareforslagene")
    assert m.item(2).decision.startswith("Ældrerådet besluttede at afgive høringssvar")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Kaj Bøgh", "deltog"), ("Else Marie Kristensen", "deltog"), ("Aage Dam", "deltog"),
        ("Tove Hjorth", "deltog"), ("Jens Peter Thomsen", "deltog"),
        ("Ruth Lauridsen", "afbud")]


# --- wrong decision -----------------------------------------------------------------------

def test_case_text_headings_after_the_decision_end_it() -> None:
    """eDoc prints INDSTILLING OG BESLUTNING first, then PROBLEMSTILLING, LØSNING and
    VIDERE PROCES: their text is the case's, not the decision's."""
    item = _meeting("text_edoc_print_capital_sections.txt").item(2)
    assert "Kulturpuljen har i alt" not in item.decision
    assert "Forvaltningen har vurderet" not in item.decision
    assert "Ansøgerne får svar" not in item.decision
    assert "Problemstilling:" in item.section("Sagsfremstilling")


# --- votes and people ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "number", "votes"), [
    ("text_edoc_print_capital_sections.txt", 2,
     {"for": ["A", "B", "O", "V", "Ø"], "imod": ["Christopher Røhl (B)"]}),
    ("text_council_counted_votes.txt", 344, {"for": ["A", "F", "Ø", "B"], "imod": ["V", "C", "O"]}),
    ("text_council_counted_votes.txt", 348,
     {"for": ["A", "F", "Ø", "B", "V", "C"], "imod": ["O"]}),
    ("text_acadre_print.txt", 2, {"imod": ["Bent Nielsen (O)"]}),
    ("text_inhabil_sides.txt", 3, {"for": ["V", "K"], "imod": ["F"]}),
])
def test_counted_votes(name: str, number: int, votes: dict[str, list[str]]) -> None:
    """"Følgende stemte for: (7) A, B, …", "For stemte: 18 (A, F, Ø, B), Imod stemte: 9
    (V, C, O)" on one line, "…, idet Bent Nielsen (O) ikke kunne tiltræde punkt 1",
    "med 3 stemmer for (V, K) mod 1 (F)"."""
    assert _meeting(name).item(number).votes == votes


def test_two_column_header_time_and_the_minute_taker() -> None:
    """"Mødetid   08:30 - 11:15" without a colon; "Referent  Kirsten Lykke" after the
    absentees is no absent member."""
    m = _meeting("text_two_column_header.txt")
    assert (m.committee, m.start_time) == ("Klima- og Miljøudvalget", "08:30")
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Uffe Andersen (Ø)"]
    assert not any("Kirsten Lykke" in p.name for p in m.participants)


def test_nobody_absent_written_below_the_label() -> None:
    m = _meeting("text_absent_nobody_below.txt")
    assert not any(p.name == "Ingen" for p in m.participants)
    assert all(p.status == "deltog" for p in m.participants)


def test_an_inhabil_label_is_no_part_of_the_name() -> None:
    m = _meeting("text_inhabil_sides.txt")
    assert m.item(2).absentees == ["Lars Storgaard (K)"]
