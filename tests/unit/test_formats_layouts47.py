"""A forty-seventh round of layouts (round 47's blind files 01, 02, 03, 05, 09, 06, 04
and 10): items headed "Sag nr. 41/2025" above their title, and the further layouts
below, each read wrongly before."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats import read_meetings

from .fixture_files import FIXTURES, one_meeting

one = partial(one_meeting, "formats47")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_running_number_with_year_above_the_title() -> None:
    """"Sag nr. 41/2025" alone on its line, the title on the next: an item numbered 41.
    Before: no items found, the file rejected."""
    m = one("01_sag_nr_aarstal.txt")
    assert (m.committee, m.date, m.doc_type) == ("Byrådet", date(2025, 3, 3), "referat")
    assert [(i.number, i.title) for i in m.items] == [
        (41, "Godkendelse af dagsorden"), (42, "Salg af byggegrunde på Engtoften"),
        (43, "Meddelelser")]
    assert m.items[1].decision == "Godkendt. Peter Ulv (Ø) stemte imod."


def test_item_table_headed_sag_beslutning() -> None:
    """Each item's own table with the head row "Sag | Beslutning": the right-hand cell is
    the decision, the left one the case text (its "Indstilling" a section). Before: no
    decisions (kind dagsorden), every text opening "Sag: Beslutning"."""
    m = one("02_sag_beslutning_tabel.html")
    assert (m.committee, m.doc_type, len(m.items)) == ("Teknik- og Miljøudvalget", "referat", 3)
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Godkendt.\n\nFor stemte A og Ø.\n\nImod stemte V.",
        "Lene Moos (Ø) spurgte til saltlageret."]
    assert m.items[1].votes == {"for": ["A", "Ø"], "imod": ["V"]}
    assert m.items[1].sections[0].text == (
        "Forvaltningen har revideret regulativet for vintertjeneste.")
    assert [s.name for s in m.items[1].sections] == ["Beskrivelse", "Indstilling", "Beslutning"]


def test_abbreviated_section_labels() -> None:
    """"Sagsfr.:", "Indst.:", "Besl.:" at a line's start are the item's Sagsfremstilling,
    Indstilling and Beslutning. Before: each item one Beskrivelse, no decisions (kind
    dagsorden), no votes."""
    m = one("05_forkortede_etiketter.txt")
    assert m.doc_type == "referat"
    assert [s.name for s in m.items[1].sections] == [
        "Sagsfremstilling", "Indstilling", "Beslutning"]
    assert [i.decision for i in m.items[:2]] == [
        "Godkendt.", "Rådet sender et høringssvar. Tom Riis stemte imod."]
    assert m.items[1].votes == {"imod": ["Tom Riis"]}


def test_afbud_line_under_each_title_is_the_items_absence() -> None:
    """"Afbud: Ulla Bech, Kaj Lyng" under an item's title: those two are absent from that
    item (one without a decision too), and the line is no text of the item; a member
    present at the meeting stays present. Before: no absentees, the line the item's text."""
    m = one("05_forkortede_etiketter.txt")
    assert [i.absentees for i in m.items] == [
        ["Ulla Bech"], ["Ulla Bech", "Kaj Lyng"], ["Ulla Bech", "Kaj Lyng"]]
    assert m.items[2].sections[0].text == (
        "Tom Riis foreslog et besøg på det nye aktivitetscenter.")
    assert ("Kaj Lyng (V)", "deltog", "byrådsmedlem") in _people(m)


def test_letterhead_naming_the_body_in_its_municipality() -> None:
    """"HANDICAPRÅDET I MØLLEBY KOMMUNE" above "Referat af møde torsdag d. 6/2-2025": the
    body is Handicaprådet. Before: the committee "Referat af møde"."""
    assert one("05_forkortede_etiketter.txt").committee == "Handicaprådet"


def test_notes_editor_attendance_task_list() -> None:
    """A HackMD note's "## Fremmøde" over a task list: "- [x] …" present (with the role
    in brackets), "- [ ] …" absent. Before: nobody."""
    assert _people(one("03_hackmd_fremmoede.md")) == [
        ("Grete Sand", "deltog", "formand"), ("Poul Ravn", "deltog", ""),
        ("Arne Fog", "deltog", ""), ("Lis Bak", "afbud", ""), ("Vera Holt", "afbud", "")]


def test_notes_editor_icon_facts_and_meeting_compound() -> None:
    """"📍 **Sted:** …" is the place without the icon or the label; the title
    "Seniorrådsmøde" names the body Seniorrådet. Before: the whole line the place, the
    committee "Seniorrådsmøde"."""
    m = one("03_hackmd_fremmoede.md")
    assert (m.committee, m.place) == ("Seniorrådet", "Aktivitetshuset Lunden, mødesal B")
    assert (m.date, m.start_time) == (date(2025, 3, 5), "10:00")


def test_item_headings_with_a_time_slot() -> None:
    """"## 3) Eventuelt (11.00–11.15)": an item (the last one too), its title without the
    slot. Before: the last item lost into the one before, titles with their slots."""
    m = one("03_hackmd_fremmoede.md")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Madordning på plejecentrene", "Eventuelt"]
    assert m.items[1].decision == "Rådet afgiver et kritisk høringssvar."


def test_absence_row_between_recommendation_and_decision() -> None:
    """A protocol table's row "Fraværende | Erik Vang (V)" after the Indstilling, before
    the Beslutning: he is absent from that item, and the row is no part of the
    Indstilling. Before: no absentees, the Indstilling ending "Fraværende: …"."""
    m = one("09_fravaer_foer_beslutning.html")
    assert [i.absentees for i in m.items] == [[], ["Erik Vang (V)"], []]
    assert m.items[1].section("Indstilling") == (
        "Forvaltningen indstiller, at der gives 30.000 kr.")
    assert ("Erik Vang (V)", "deltog", "") in _people(m)


def test_export_treatments_this_meetings_and_earlier() -> None:
    """A JSON export's per-item list of dated treatments ("behandlinger": organ, dato,
    beslutning, fravaerende, afstemning): the one of this meeting's body and date is the
    decision with its vote and absentees, the others the case's history; a plain
    "beslutning" key on the item is its decision. Before: no decisions (kind dagsorden)."""
    m = one("06_behandlinger.json")
    assert (m.doc_type, len(m.items)) == ("referat", 3)
    assert [i.decision.split("\n")[0] for i in m.items] == [
        "Godkendt.", "Godkendt.", "Anbefales over for Byrådet."]
    lokalplan = m.items[1]
    assert lokalplan.votes == {"for": ["A", "F"], "imod": ["V"]}
    assert lokalplan.absentees == ["Ove Strand"]
    assert [(h.committee, h.date) for h in lokalplan.history] == [
        ("Plan- og Boligudvalget", date(2024, 11, 12))]
    assert [(h.committee, h.text) for h in m.items[2].history] == [("Boligrådet", "Anbefales.")]


def test_mail_whose_minutes_are_the_attached_word_file() -> None:
    """An .eml whose text is only a cover note, the minutes the attached .docx: the
    attachment is read (its date, not the mail's; "Referat af bestyrelsesmøde i
    Borgerforeningen for Vestby" names the body). Before: rejected, no items found."""
    m = one("04_vedhaeftet_referat.eml")
    assert (m.committee, m.date, m.start_time) == (
        "Borgerforeningen for Vestby", date(2025, 2, 12), "19:00")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Juletræstænding 2025", "Eventuelt"]
    assert m.items[1].decision == "Foreningen holder juletræstænding den 30. november."
    assert ("Susanne Ravn", "afbud", "") in _people(m)


def test_decision_log_of_several_meetings_in_one_sheet() -> None:
    """A workbook's one sheet "Mødedato | Pkt. | Emne | Beslutning | Ansvarlig" over two
    meetings, each date only in its meeting's first row (a merged cell): two meetings,
    each with its own items; the title "Beslutningslog 2025 - <body>" names the body.
    Before: one meeting holding some of the items, the log's title the committee."""
    meetings = read_meetings(FIXTURES / "formats47" / "10_beslutningslog.xlsx")
    assert [(m.committee, m.date, len(m.items)) for m in meetings] == [
        ("Forældrebestyrelsen i Børnehuset Mælkebøtten", date(2025, 1, 15), 2),
        ("Forældrebestyrelsen i Børnehuset Mælkebøtten", date(2025, 3, 12), 3)]
    assert [i.decision for i in meetings[0].items] == [
        "Godkendt.", "Huset holder lukket i uge 29 og 30."]
    assert [(i.title, i.closed) for i in meetings[1].items][1] == ("Forældrekaffe", True)


def test_roll_call_a_member_a_line() -> None:
    """A roll call ("Der blev foretaget navneafstemning", "Hans Ager (A): Ja" a member a
    line, "Nej", "Undlod"): the item's votes by member. Before: no votes."""
    m = one("01_navneafstemning_pause.txt")
    assert m.items[1].votes == {"for": ["Hans Ager (A)", "Bo Holm (A)"],
                                "imod": ["Rita Lind (V)", "Kim Fyhn (Ø)"],
                                "undlod": ["Dorte Vig (C)"]}


def test_roll_call_grouped_by_answer() -> None:
    """"Ja: …" (wrapped over two lines) / "Nej: …" under a roll call: For and Imod.
    Before: no votes ("Nej: …" run into the wrapped "Ja:" line)."""
    m = one("01_navneafstemning_grupperet.txt")
    assert m.items[1].votes == {
        "for": ["Hans Ager (A)", "Bo Holm (A)", "Dorte Vig (C)", "Anne Sode (A)",
                "Lars Brix (A)"], "imod": ["Rita Lind (V)", "Kim Fyhn (Ø)"]}


def test_member_who_left_in_the_pause_after_an_item() -> None:
    """"Mødet blev afbrudt kl. 20.10 og genoptaget kl. 20.30. Under pausen forlod Rita
    Lind (V) mødet." below item 13's decision: she is absent from the items after it, not
    from item 13. Before: absent from none."""
    m = one("01_navneafstemning_pause.txt")
    assert [i.absentees for i in m.items] == [[], [], ["Rita Lind (V)"], ["Rita Lind (V)"]]
