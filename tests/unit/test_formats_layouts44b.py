"""A forty-fourth round of layouts (b): a Word beslutningsprotokol through `pdftotext
-layout`, a borderless two-column table whose right column, headed "Beslutning" on a
head line repeated on each page, holds each item's decision on the same lines as the
item's heading and text; a referat laid out as two-column tables through plain
`pdftotext`, the header's labels first and then their values, and in each item "Punkt N"
and its labels first, then the title, the case number, the recommendation and the
decision, wrapped lines and all; a council's meeting over two days whose apologies carry
a day note ("(begge dage)", "(19. juni)") and whose suspension note shows which items
the second day treated, and a vote with "mens 1 (B) undlod at stemme". Each read wrongly
before: the decision column hid the headings it shared a line with, the stacked header
and items gave one item holding everything, a member away on one day was 'afbud' for
the whole meeting with the day in her name, and the abstention was lost."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.decision_column import decision_column
from ingest.formats.stacked_labels import unstacked

from .fixture_files import one_meeting

one = partial(one_meeting, "formats44b")


def test_decision_column_beside_the_items_text() -> None:
    """The right-hand column under "Beslutning" is each item's decision (wrapped lines
    joined again, the vote read), the left column its text; the heading it shares a line
    with is the item's, "Lukket punkt" beside a decision closes item 4, the head repeated
    on page 2 is no text. Before: a dagsorden of one item, numbered 3, titled "Kulturprisen
    2024 Prisen gives til Egeby", without any decision."""
    m = one("01_beslutningskolonne.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Kultur- og Fritidsudvalget", date(2024, 9, 3), "16:30", "referat")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Ny ordning for lokaletilskud", "18.14.00-A00-2-24", False),
        (3, "Kulturprisen 2024", "18.00.00-A00-7-24", False),
        (4, "Tilskud til forening – tilbagebetaling", None, True),
        (5, "Eventuelt", None, False)]
    assert [i.decision for i in m.items] == [
        "Godkendt.",
        "Ordningen blev vedtaget.\nFor stemte: A, F og Idrætsrådet.\nImod stemte: V.",
        "Prisen gives til Egeby Musikskole for arbejdet med unge talenter.",
        "Indstillingen godkendt.\nForeningen betaler 8.000 kr. tilbage.",
        "Intet."]
    assert m.items[1].votes == {"for": ["A", "F", "Idrætsrådet"], "imod": ["V"]}
    assert m.items[1].section("Indstilling") == "Forvaltningen indstiller, at ordningen vedtages."
    assert m.items[2].section("Beskrivelse") == "Der er indkommet 5 forslag til prisen."
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Kim Lauge (C)"]


def test_decision_column_only_where_the_layout_is_one() -> None:
    """A head line naming "Beslutning" far right is a column only when text below starts
    at its offset and no line's text runs across it; a side heading ("Beslutning   Godkendt.")
    is no column head."""
    crossing = ["Sag             Beslutning", "1. Godkendelse  Godkendt.",
                "   En lang linje, der løber hen over kolonnen uden mellemrum.",
                "2. Budget       Vedtaget."]
    assert decision_column(crossing) == crossing
    side = ["1. Godkendelse", "Beslutning      Godkendt.", "2. Budget", "Beslutning      Ok."]
    assert decision_column(side) == side
    alone = ["Sag             Beslutning", "1. Godkendelse  Godkendt.", "2. Budget"]
    assert decision_column(alone) == alone  # (one line in the column: no layout)
    # below the last item, blank lines apart: the closing line and the names signed side
    # by side are no part of the item and no decision
    signed = ["Sag             Beslutning", "1. Godkendelse  Godkendt.", "2. Eventuelt    Intet.",
              "", "", "Mødet hævet.", "", "Lone Skov       Peter Hald"]
    assert decision_column(signed) == [
        "1. Godkendelse", "Beslutning:", "Godkendt.", "2. Eventuelt", "Beslutning:", "Intet.",
        "", "", "Mødet hævet.", "", "Lone Skov       Peter Hald"]


def test_stacked_header_and_items_of_plain_pdftotext() -> None:
    """The header's labels first, then their values (the members' list wrapped over two
    lines), and each "Punkt N" with its labels first, then the title, case number,
    recommendation and decision (a wrapped recommendation, the decision's vote lines):
    each value under its own label. Before: the committee "Beslutningsreferat Miljø- og
    Klimaudvalget", the place "15:30 - 17:45", no participants, and one item titled
    "Rune Bak (Ø)" holding every item's text as three Beslutning sections."""
    m = one("02_stablede_etiketter.txt")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Miljø- og Klimaudvalget", date(2024, 6, 4), "15:30", "Rådhuset, udvalgsværelse 1",
        "referat")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Signe Holm (A)", "deltog", "formand"), ("Bjarne Lind (V)", "deltog", ""),
        ("Emma Kjær (F)", "deltog", ""), ("Rune Bak (Ø)", "afbud", ""),
        ("Lotte Friis (C)", "deltog", "")]
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "00.01.00-A00-11-24", False, "Godkendt."),
        (2, "Klimahandleplan 2025 - første opfølgning", "01.05.00-P15-2-24", False,
         "Godkendt.\nFor: A, F, C\nImod: V"),
        (3, "Erstatningskrav", "01.02.00-G01-4-24", True, "Indstillingen godkendt.")]
    assert m.items[1].section("Indstilling") == (
        "Direktionen indstiller, at opfølgningen tages til efterretning, og at de nye "
        "indsatser sendes i høring.")
    assert m.items[1].votes == {"for": ["A", "F", "C"], "imod": ["V"]}


def test_stacked_labels_only_where_the_values_fit() -> None:
    """Labels are re-paired only when there are values enough and each fits its label (a
    date's a digit, a case number's a case number); an empty section above another is
    left alone, and so is a run of labels under a heading that has its title."""
    assert unstacked(["Dato:", "Sted:", "Rådhuset", "Mødesal 2"]) == [
        "Dato:", "Sted:", "Rådhuset", "Mødesal 2"]
    assert unstacked(["Dato:", "Sted:", "4. juni 2024", "Rådhuset"]) == [
        "Dato: 4. juni 2024", "Sted: Rådhuset"]
    lines = ["1. Budget", "Indstilling:", "", "Beslutning:", "Godkendt.", "For: A"]
    assert unstacked(lines) == lines
    lines = ["Punkt 2", "Sagsnr.:", "Beslutning:", "Budget 2025", "Godkendt.", "Intet."]
    assert unstacked(lines) == lines  # ("Godkendt." is no case number)


def test_two_day_meeting_apologies_by_day() -> None:
    """"Afbud: Mads Kjeldsen (C) (begge dage), Lise Munk (A) (11. september)" at a
    meeting suspended after item 2 and resumed on 11 September: Mads Kjeldsen sent
    apologies for the meeting (no day note in his role); Lise Munk, a member of the list,
    took part on the first day and is absent from items 3 and 4 only. Before: "Lise Munk
    (A) (11. september)" listed a second time, 'afbud' for the whole meeting, and Mads
    Kjeldsen's role "begge dage"."""
    m = one("03_to_dage_suspenderet.txt")
    assert (m.committee, m.date, m.start_time) == ("Regionsrådet", date(2024, 9, 10), "14:00")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Hanne Vig (A)", "deltog", "regionsrådsformand"),
        ("Ole Sand (V)", "deltog", "næstformand"),
        ("Mads Kjeldsen (C)", "afbud", ""),
        ("Lise Munk (A)", "deltog", "fraværende fra punkt 3"),
        ("Bo Rask (B)", "deltog", "")]
    assert [i.absentees for i in m.items] == [[], [], ["Lise Munk (A)"], ["Lise Munk (A)"]]
    assert m.items[1].decision == "Indstillingen blev godkendt."  # (no suspension note)


def test_abstention_after_mens() -> None:
    """"… 30 imod (A, V og C), mens 2 (B) undlod at stemme." names B as abstaining.
    Before: only the for and against sides."""
    m = one("03_to_dage_suspenderet.txt")
    assert m.items[2].votes == {"for": ["F", "Ø"], "imod": ["A", "V", "C"], "undlod": ["B"]}


def test_away_one_day_without_the_days_items_known() -> None:
    """A member away on the second day of a meeting whose minutes do not show which items
    that day treated is a participant whose role keeps the day, absent from no item.
    Before: "Carla Holt (F) (24. september)" 'afbud' beside "Carla Holt (F)" 'deltog'."""
    m = one("04_to_dage_uden_deling.txt")
    assert m.date == date(2024, 9, 23)
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Anna Friis (A)", "deltog", "borgmester"), ("Bent Lund (V)", "deltog", ""),
        ("Carla Holt (F)", "deltog", "fraværende 24. september")]
    assert [i.absentees for i in m.items] == [[], []]
