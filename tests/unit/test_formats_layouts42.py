"""A forty-second round of layouts (the blind files of round 41): a meeting portal's
agenda published before the meeting (each item's "Beslutning" heading holding only a
placeholder, "Afventer mødets behandling" / "Udestår" / "…", an item titled
"Orientering: …" under its bare "Punkt 2", "Afbud er modtaget fra: X"), "N. Title" items
printed in the order they were treated (1, 4, 2, 3, 5), a board's minutes mailed as plain
text ("Ref.: …" records, "(lukket – fortroligt)" after a title), a word processor's
minutes whose items are headed by their case number and no item number ("18.15.00-Ø40-
7-24 – Title") and a KMD/Cicero print whose "Behandling" follows a "Tidligere
beslutninger" block, and an Obsidian note (callouts, wiki links, "%% … %%" comments, a
"#lukket" tag, the header in its front matter). Each read wrongly or not at all before.
The PDF is made by `gen_formats42.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.closed_marks import closed_title
from ingest.formats.people import decision_people
from ingest.formats.text_items import find_items

from .fixture_files import one_meeting

one = partial(one_meeting, "formats42")


def test_agenda_with_placeholder_decisions_and_a_labelled_title() -> None:
    """An agenda whose "Beslutning" headings hold only "Udestår", "…" or "Afventer mødets
    behandling" is a dagsorden without decisions; "Orientering: Ny …" under "Punkt 2" is
    item 2's title; "Afbud er modtaget fra: Dennis Lyk" sends his apologies. Before: a
    referat quoting the placeholders, item 2 lost inside item 1, a participant named
    "er modtaget fra: Dennis Lyk"."""
    m = one("01_dagsorden_portal.html")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Handicaprådet", date(2024, 10, 9), "14:00", "Bølgeby Bibliotek, lokale 2", "dagsorden")
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Orientering: Ny tilgængelighedsstrategi", "29.09.00-A00-7-24"),
        (3, "Eventuelt", None)]
    assert [i.decision for i in m.items] == ["", "", ""]
    assert "tager orienteringen til efterretning" in m.items[1].section("Indstilling")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Annette Fog", "indkaldt"), ("Bo Riber", "indkaldt"), ("Camilla Eng", "indkaldt"),
        ("Dennis Lyk", "afbud")]  # (an agenda calls them; only minutes say who came)


def test_items_printed_in_the_order_treated_keep_their_numbers() -> None:
    """"1.", "4.", "2.", "3. Lukket punkt: …", "5." (item 4 taken first) are five items
    with their own numbers, in the order printed. Before: item 4 and its text inside item
    1, "5. Eventuelt" an unnumbered last item titled with its number."""
    m = one("02_behandlingsorden.txt")
    assert (m.committee, m.date, m.start_time) == (
        "Børne- og Skoleudvalget", date(2024, 9, 10), "15:30")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (4, "Skolevejsanalyse for Nordby Skole", False),
        (2, "Kvalitetsrapport 2024", False), (3, "Elevsag", True), (5, "Eventuelt", False)]
    assert [i.journal_number for i in m.items[1:3]] == ["28.00.00-P20-4-24", "17.01.00-A00-2-24"]
    assert m.items[1].decision == "Analysen igangsættes."
    assert m.items[2].votes == {"for": ["A", "F"], "imod": ["V"]}


def test_a_numbered_line_out_of_order_needs_the_whole_agenda() -> None:
    """A "5." heading among items 1–3 is no item when no item 4 exists: the numbers out
    of order must complete the agenda's 1 … N."""
    lines = ["1. Godkendelse af dagsorden", "Beslutning", "Godkendt.", "",
             "2. Budget", "Sagsnr.: 24/1", "Beslutning", "Forslag:",
             "5. Nyt punkt til næste møde", "Beslutning", "Drøftet.", "",
             "3. Eventuelt", "Beslutning", "Intet."]
    assert [s.number for s in find_items(lines, markdown=False)] == [1, 2, 3]


def test_mailed_minutes_with_ref_notes_and_a_closed_mark_with_a_remark() -> None:
    """"Ref.: …" and "Referat: …" under an item are its record, the lines above them its
    text; "(lukket – fortroligt)" after a title closes the item. Before: the note's label
    kept in the decision, the discussion made the decision, the item open with the mark
    in its title."""
    m = one("03_beboerforening_mail.txt")
    assert (m.date, m.start_time, m.place) == (
        date(2024, 10, 14), "19:30", "Egelund Skole (lærerværelset)")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af referat", False), (2, "Juletræstænding", False),
        (3, "Klage over en nabo", True), (4, "Evt.", False)]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Juletræet tændes 1. december kl. 16. Anders bestiller træet.",
        "Formanden svarer klageren.", "Intet."]
    assert m.items[1].section("Beskrivelse") == (
        "Rita har fået tilsagn fra spejderne om at stå for kaffen.")
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Tove Lund"]


def test_closed_marks_with_a_remark_after_the_title() -> None:
    """A bracketed closed mark may carry a remark after a dash or comma; a bracket that
    only mentions closing is no mark."""
    assert closed_title("Nabostrid (lukket - ikke til hjemmesiden)") == (True, "Nabostrid")
    assert closed_title("Personalesag [Lukket, personsag]") == (True, "Personalesag")
    assert closed_title("Vejen (lukket for trafik)") == (False, "Vejen (lukket for trafik)")


def test_items_headed_by_their_case_number_and_no_item_number() -> None:
    """"00.22.04-A00-1-24 – Godkendelse af dagsorden" … (a word processor's plain text,
    CRLF, no item numbers) are items 1–3 in order, each with its case number and a
    title without it; "– Lukket punkt: …" after the number closes item 3. Before: no
    items found, the file rejected."""
    m = one("04_sagsnr_foerst.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Idrætsrådet", date(2024, 12, 2), "18:30", "Solbjerg Hallen, mødelokale B")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "00.22.04-A00-1-24", False),
        (2, "Fordeling af haltimer 2025", "18.15.00-Ø40-7-24", False),
        (3, "Ansøgning om kontingentstøtte", "18.20.00-G01-2-24", True)]
    assert [i.decision.split("\n")[0] for i in m.items] == [
        "Godkendt.", "Fordelingen blev godkendt.", "Ansøgningen blev imødekommet."]
    assert m.items[1].votes == {"for": ["Maja Krog", "Ib Lunde"], "imod": ["Nanna Ravn"]}
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Orla Toft"]


def test_treatment_after_earlier_decisions_is_this_meetings_section() -> None:
    """"Behandling" after a "Tidligere beslutninger" block (another body's and the
    committee's own earlier decision) is a section of this meeting's item, not the end of
    the last earlier decision; the decision's vote is its own. Before: the discussion
    filed as the June meeting's decision."""
    m = one("05_cicero_behandling.pdf")
    assert (m.committee, m.date, m.start_time) == (
        "Kultur- og Fritidsudvalget", date(2024, 9, 11), "16:00")
    item = m.items[1]
    assert (item.number, item.title, item.journal_number) == (
        2, "Biblioteksplan 2025-2028", "20.00.00-P22-3-24")
    assert [(h.committee, h.date, h.text) for h in item.history] == [
        ("Folkeoplysningsudvalget", date(2024, 8, 20), "Folkeoplysningsudvalget anbefaler planen."),
        ("Kultur- og Fritidsudvalget", date(2024, 6, 12), "Udkastet sendes i høring.")]
    assert item.section("Behandling").startswith("Venstre foreslog længere åbningstider")
    assert item.decision.startswith("Planen godkendes.")
    assert item.votes == {"for": ["A", "F"], "imod": ["V"]}


def test_only_before_the_voters_of_a_clause() -> None:
    """"…, idet kun V stemte for" names V as the voter, not the sentence before it."""
    assert decision_people("Forslaget blev ikke vedtaget, idet kun V stemte for.") == (
        [], {"for": ["V"]})


def test_obsidian_note_with_callouts_links_comments_and_front_matter() -> None:
    """An Obsidian note: "> [!success] Beslutning" callouts are the decisions (a folded
    "[!note]-" too), wiki links their label or target, "%% … %%" no text, a "#lukket" tag
    on the heading closes the item, and the front matter's time, place and participants
    (one list entry one person) make the header the body's title lacks. Before: a
    dagsorden without decisions, the comment as the place, no participants."""
    m = one("06_obsidian_note.md")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Ældrerådet", date(2024, 11, 5), "10:00", "Lindely Aktivitetscenter, sal 2", "referat")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Høringssvar om madservicen", False),
        (3, "Henvendelse fra en borger", True)]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Ældrerådet anbefaler, at der fortsat kan vælges mellem to retter.",
        "Formanden svarer borgeren."]
    assert m.items[1].journal_number == "24/7788"
    assert "Se Høringsbrev.pdf" in m.items[1].section("Sagsfremstilling")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Gerda Holm", "deltog", "formand"), ("Arne Vinter", "deltog", "næstformand"),
        ("Bodil Eg", "afbud", "")]
