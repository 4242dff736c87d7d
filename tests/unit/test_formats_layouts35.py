"""A thirty-fifth round of layouts: a council's print whose treatments are headed by
each body's abbreviation and date ("BUU 04.03.2024"), a school board's protocol whose
items are paragraphs ("§ 14.") written as prose, and others (see each test). Each read
wrongly before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats35"


def one(name: str):
    meetings = read_meetings(FIXTURES / name, municipality=None)
    assert len(meetings) == 1
    return meetings[0]


def test_abbreviated_body_and_date_lines_head_the_decision_and_the_history() -> None:
    """"KB 22.05.2024" (the meeting's own body and day) heads the decision, "SSU
    30.04.2024" an earlier treatment, named as the head's "Forkortelser:" spells it out.
    Before: the meeting's own line was dropped as page furniture, no history, no votes."""
    m = one("05_forkortede_organer.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Kommunalbestyrelsen", date(2024, 5, 22), "18:30", "referat", "Byrådssalen")
    assert [i.number for i in m.items] == [60, 61, 62, 63]
    assert [i.decision.split("\n")[0] for i in m.items] == [
        "Godkendt.", "Godkendt.", "Udsat til næste møde.", "Godkendt."]
    assert m.items[1].votes == {"for": ["A", "V", "F"], "imod": ["O"]}
    assert [(h.committee, h.date, h.text) for h in m.items[1].history] == [
        ("Social- og Sundhedsudvalget", date(2024, 4, 30), "Anbefales."),
        ("Økonomiudvalget", date(2024, 5, 8), "Anbefales. O kunne ikke anbefale.")]
    assert [h.committee for h in m.items[2].history] == ["Økonomiudvalget"]
    assert m.items[3].closed and not m.warnings
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Hanne Kjær (A)"]


def test_paragraph_items_written_as_prose_are_a_boards_record() -> None:
    """"§ 31." … "§ 34." with prose below and no label anywhere: each paragraph is an
    item, its text the record; "4 stemmer for (names) og 1 imod (name)" names both
    sides. Before: one item (the closed one), a dagsorden, the "for" names lost."""
    m = one("03_paragraf_prosa.txt")
    assert (m.date, m.start_time, m.doc_type, m.place) == (
        date(2024, 5, 15), "19:00", "referat", "personalerummet")
    assert m.committee.endswith("Skolebestyrelsen")
    assert [(i.number, i.title) for i in m.items] == [
        (31, "Godkendelse af dagsorden"), (32, "Skolens ordensregler"),
        (33, "Klage over befordring"), (34, "Eventuelt")]
    assert m.items[0].decision == "Dagsordenen blev godkendt."
    assert "Bestyrelsen besluttede at vedtage ordensreglerne." in m.items[1].decision
    assert m.items[1].votes == {
        "for": ["Jette Bundgaard", "Rasmus Holt", "Sara Lind", "Bo Frandsen"],
        "imod": ["Kim Mølgaard"]}
    assert m.items[2].closed and m.items[2].absentees == ["Sara Lind"]
    assert m.items[3].decision == "Næste møde er den 12. juni 2024."
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Helle Aagaard"]


def test_lettered_sub_headings_a_date_in_the_title_and_for_the_answer_stemte() -> None:
    """"# Referat – Ældrerådet, 12. september 2024" names the body (the time from "Tid:");
    "### a) …" / "### b) …" under "## 2." are the item's parts, each decision labelled;
    "For høringssvaret stemte A, B og C. Imod stemte D." names both sides. Before: the
    committee with the date, no start time, the parts glued into the sections before
    them, only the "imod" read."""
    m = one("04_underpunkter.md")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Ældrerådet", date(2024, 9, 12), "09:30", "referat", "Rådhuset, mødelokale 3")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Høringer", "Eventuelt"]
    decision = m.items[1].decision
    assert decision.startswith("2a. Serviceniveau for rengøring 2025:\n"
                               "Ældrerådet kan ikke anbefale forslaget.")
    assert "2b. Ny busplan:\nÆldrerådet afgiver høringssvar." in decision
    assert not any("###" in s.text for s in m.items[1].sections)
    assert m.items[1].votes == {"for": ["Inge Lund", "Svend Berg", "Poul Hviid"],
                                "imod": ["Kirsten Dahl"]}
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Aase Mortensen"]


def test_penneo_stamps_and_signature_page_are_no_text_and_the_signers_took_part() -> None:
    """Penneo's document key on every page is page furniture; "Underskrevet af" ends the
    minutes (the service's signature page after it is no text) and its names, each with
    the role below, are who took part when the head lists only "Afbud:"; "Referat af
    bestyrelsesmøde" names the meeting, not the body. Before: the key inside item 2's
    decision, the signature page (PID serials, IP addresses) as "Eventuelt", nobody
    present."""
    m = one("09_penneo_signatur.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Musikskolebestyrelsen", date(2024, 9, 10), "17:00", "referat", "Musikskolen, Skolegade 2")
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Godkendt. For: Hans Aagaard, Pia Kirk. Imod: Jonas Vad.", "Intet."]
    assert m.items[1].votes == {"for": ["Hans Aagaard", "Pia Kirk"], "imod": ["Jonas Vad"]}
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Nina Bech", "afbud", ""), ("Hans Aagaard (C)", "deltog", "formand"),
        ("Pia Kirk", "deltog", "forældrerepræsentant"),
        ("Jonas Vad", "deltog", "lærerrepræsentant")]


def test_an_outlook_invitation_hvor_is_the_place_and_har_meldt_afbud_an_absence() -> None:
    """Outlook's "Hvor:" is the meeting's place, "A og B har meldt afbud." in the mail's
    text names who sent word. Before: place "Hvor: Microsoft Teams-møde", nobody absent."""
    m = one("01_teams_indkaldelse.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Handicaprådet", date(2024, 10, 10), "14:00", "dagsorden", "Microsoft Teams-møde")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Høring: Handicappolitik 2025", "Eventuelt"]
    assert m.items[1].journal_number == "27.00.00-P22-3-24"
    assert not any("Møde-id" in s.text for i in m.items for s in i.sections)
    assert [(p.name, p.status) for p in m.participants] == [
        ("Grethe Ahlmann", "afbud"), ("Ib Sørensen", "afbud")]


def test_an_rss_feed_holds_one_meeting_per_item_named_by_its_title() -> None:
    """An RSS 2.0 feed whose items each hold a meeting's minutes as HTML in
    `<content:encoded>`; the item's title "Udvalg - Referat - dd.mm.yyyy" names the
    committee. Before: "XML i et ukendt format"."""
    meetings = read_meetings(FIXTURES / "07_rss_moeder.xml", municipality=None)
    assert [(m.committee, m.date, m.start_time, m.doc_type) for m in meetings] == [
        ("Teknik- og Miljøudvalget", date(2024, 9, 3), "14:00", "referat"),
        ("Kulturudvalget", date(2024, 9, 12), "16:00", "dagsorden")]
    tmu, ku = meetings
    assert (tmu.place, tmu.source_format) == ("Rådhuset, mødelokale 2", "rss")
    assert [i.title for i in tmu.items] == [
        "Godkendelse af dagsorden", "Vejplan 2025", "Erstatningssag"]
    assert tmu.items[1].decision.startswith("Godkendt.")
    assert tmu.items[1].votes == {"for": ["A", "C"], "imod": ["V"]}
    assert tmu.items[2].closed and not tmu.warnings
    assert [(p.name, p.status) for p in tmu.participants] == [("Per Lund (V)", "afbud")]
    assert [i.title for i in ku.items] == ["Godkendelse af dagsorden", "Kulturpris 2024"]
