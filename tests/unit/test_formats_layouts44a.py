"""A forty-fourth round of layouts (a), the last of round 41's blind files: a council's
decision protocol kept as an Excel workbook (.xlsx: the facts a label and its value a
row, the date an Excel serial and the start a day's fraction, the items' table under a
header row naming its columns "Nr. | Sag | Sagsnummer | Lukket punkt | Beslutning | For |
Imod | Undlod", the participants on a sheet of their own "Navn | Parti | Rolle | Til
stede"); items headed by their title and the case number in brackets after it, with no
item number ("Fordeling af lokaletilskud 2025 (24/05517)"); a KMD/Cicero item whose
"Udvalgets behandling" (this meeting's discussion, a proposal voted down "…, idet kun V
stemte for.") stands before its decision; a board's mailed minutes whose "Næste møde:
…" follows the last item. Each read wrongly or not at all before. The workbook is made
by `gen_formats44a.py` (with `xlsx_files.py`, which the cell tests use too)."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.formats.common import ParseError
from ingest.formats.spreadsheet import parse as parse_workbook
from ingest.formats.text_dividers import minutes_end
from ingest.formats.text_items import find_items
from ingest.formats.title_case import title_case
from ingest.formats.xlsx_cells import workbook_sheets

from .fixture_files import one_meeting
from .xlsx_files import xlsx

one = partial(one_meeting, "formats44a")


def test_workbook_decision_protocol() -> None:
    """The workbook's "Protokol" sheet is the meeting: its facts (the date a serial shown
    as "18. september 2024", the start "13:30" a day's fraction, the place an inline
    string, "Hedeby Kommune" the municipality) and five items, each row's number, title
    (two rich-text runs), case number, closed flag (a yes/no cell) and decision with its
    vote lines; the "Fremmøde" sheet's people are the participants, the one without an
    X away; the hidden member list names nobody. Before: rejected ("filtypen .xlsx
    understøttes ikke")."""
    m = one("01_beslutningsprotokol.xlsx")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Høring om ældrepolitik 2025-2028", "24/11873", False),
        (3, "Budgetopfølgning for ældreområdet", "24/12002", False),
        (4, "Klage over visitation til plejebolig", None, True),
        (5, "Eventuelt", None, False)]
    assert (m.municipality, m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Hedeby", "Ældrerådet", date(2024, 9, 18), "13:30", "Hedeby Rådhus, mødelokale 4",
        "referat")
    assert [i.decision.split("\n")[0] for i in m.items] == [
        "Godkendt.",
        "Ældrerådet anbefaler politikken med den ændring, at besøgsvenner nævnes i afsnit 3.",
        "Anbefales over for Social- og Sundhedsudvalget.",
        "Klagen blev oversendt til forvaltningen.",
        "Inga Holt orienterede om seniorfestivalen den 2. oktober."]
    assert m.items[1].votes == {"for": ["Bent Mose", "Inga Holt", "Karen Vad"],
                                "imod": ["Poul Skov"]}
    assert m.items[2].decision.endswith("For: 4\nImod: 1")  # (the count columns)
    assert m.items[2].absentees == ["Lise Dahl"]
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Bent Mose", "deltog", "formand"), ("Inga Holt", "deltog", "næstformand"),
        ("Karen Vad", "deltog", ""), ("Poul Skov", "deltog", ""),
        ("Jens Krogh (V)", "deltog", "byrådets repræsentant"), ("Lise Dahl", "afbud", "")]


def test_workbook_participants_with_what_they_represent(tmp_path: Path) -> None:
    """A sheet "Navn | Repræsenterer | Rolle | Fremmøde": the organisation in brackets
    after the name, a council's seat ("Byrådet (A)") as the party, "Afbud" away."""
    book = xlsx([("Referat", [["Udvalg", "Landdistriktsrådet"], ["Mødedato", ("date", 45446)],
                              ["Mødetid", ("time", 0.8020833333)], [],
                              ["Pkt.", "Titel", "Beslutning"], [1, "Orientering", "Taget til "
                                                                "efterretning."],
                              [2, "Eventuelt", "Intet."]]),
                 ("Deltagere", [["Navn", "Repræsenterer", "Rolle", "Fremmøde"],
                                ["Lis Ravn", "Nørre Borgerforening", "Formand", "Mødt"],
                                ["Ib Kure", "Byrådet (A)", None, "Mødt"],
                                ["Åse Lind", "Søby Lokalråd", None, "Afbud"]])])
    (tmp_path / "protokol.xlsx").write_bytes(book)
    (m,) = read_meetings(tmp_path / "protokol.xlsx")
    assert (m.committee, m.date, m.start_time, m.source_format) == (
        "Landdistriktsrådet", date(2024, 6, 3), "19:15", "regneark")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Lis Ravn (Nørre Borgerforening)", "deltog", "formand"), ("Ib Kure (A)", "deltog", ""),
        ("Åse Lind (Søby Lokalråd)", "afbud", "")]


def test_workbook_cells_as_excel_shows_them() -> None:
    """Dates in the 1904 system, built-in date and time formats, yes/no cells, decimal
    numbers with a comma, a row left out as one empty row, trailing empty cells gone."""
    (sheet,) = workbook_sheets(xlsx([("Ark1", [[("date", 0), ("clock", 0.75), True, 2.5],
                                               None, None, ["x", None, None]])],
                                    date1904=True))
    assert sheet.rows == [["01-01-1904", "18:00", "Ja", "2,5"], [], ["x"]]


def test_workbook_without_an_items_table_is_refused_in_danish() -> None:
    """A workbook of other figures says what it lacks; a damaged one that it cannot be
    opened."""
    with pytest.raises(ParseError, match="ingen tabel over dagsordenspunkterne"):
        parse_workbook(xlsx([("Budget", [["Konto", "Beløb"], ["Løn", 1200]])]),
                       Path("budget.xlsx"))
    with pytest.raises(ParseError, match="kan ikke åbnes"):
        workbook_sheets(b"PK\x03\x04 ikke en zip-fil")


def test_items_headed_by_their_title_and_bracketed_case_number() -> None:
    """"Godkendelse af dagsorden (24/00102)" … (a word processor's plain text, CRLF, no
    item numbers) are items 1–5 in order, each with its case number ("(sagsnr. …)" and
    a journal number too) and a title without it (a bracket of the title's own kept);
    "Lukket punkt:" before the title closes item 4. Before: no items found, the file
    rejected."""
    m = one("02_titel_og_sagsnr.txt")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert {i.journal_number: i.title for i in m.items} == {
        "24/00102": "Godkendelse af dagsorden",
        "24/03310": "Tilgængelighed på stationerne (Region Sjælland)",
        "27.00.00-P22-1-24": "Handicappolitik 2025-2028",
        "24/04417": "Klage over kørselsordning", "24/00103": "Eventuelt"}
    assert [i.closed for i in m.items] == [False, False, False, True, False]
    assert [i.journal_number for i in m.items] == [
        "24/00102", "24/03310", "27.00.00-P22-1-24", "24/04417", "24/00103"]
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Handicaprådet", date(2024, 10, 8), "16:00", "Søby Rådhus, mødelokale 1")
    assert m.items[1].votes == {"for": ["Karin Bach", "Ole Juhl", "Ida Skov"],
                                "imod": ["Mona Friis"]}
    assert m.items[3].decision == "Klagen blev sendt videre til Ankestyrelsen."
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Tue Lerche"]


def test_a_bracketed_year_is_no_case_number() -> None:
    """A title closed by a year or a span of years in brackets keeps it, and such lines
    head no items."""
    lines = ["Budgetopfølgning 3 (2024)", "Beslutning:", "Godkendt.",
             "Eventuelt (2024-2025)", "Beslutning:", "Intet."]
    assert find_items(lines, False) == []
    assert title_case("Budgetopfølgning 3 (2024)") == ("Budgetopfølgning 3 (2024)", None)


def test_committees_treatment_before_its_decision_is_the_discussion() -> None:
    """"Udvalgets behandling" followed by this meeting's dated decision heading is the
    discussion (a section "Behandling"), not a second decision: the decision is the one
    below it, with its own vote. Where no decision heading follows, "Udvalgets
    behandling" still holds the decision. Before: item 2's decision began with V's
    proposal."""
    m = one("03_udvalgets_behandling.txt")
    item = m.items[1]
    assert [s.name for s in item.sections] == [
        "Sagsfremstilling", "Indstilling", "Beslutningshistorik", "Behandling", "Beslutning"]
    assert item.section("Behandling").startswith("Venstre foreslog, at sammenlægningen")
    assert item.decision.startswith("Indstillingen blev godkendt.")
    assert item.votes == {"for": ["A", "F"], "imod": ["V"], "undlod": ["Ø"]}
    assert [(h.committee, h.date) for h in item.history] == [
        ("Børne- og Skoleudvalget", date(2024, 6, 12))]
    assert m.items[3].decision == "Kim Toft orienterede om skolernes trivselsdag."


def test_a_proposal_voted_down_is_no_vote_on_the_item() -> None:
    """"Forslaget faldt, idet kun Ø stemte for. Indstillingen blev herefter godkendt.":
    Ø voted for its own proposal, not on the item, which passed without a vote. Before:
    the item's vote was For Ø."""
    item = one("03_udvalgets_behandling.txt").items[2]
    assert item.decision.endswith("Indstillingen blev herefter godkendt.")
    assert item.votes == {}


def test_next_meeting_after_the_last_item_is_no_decision() -> None:
    """"Næste møde: onsdag d. 13.11. kl. 19.30 i Fælleshuset." below the last item's
    decision, then the mail's greeting and signature, closes the minutes: the last
    decision ends before it. Before: it was the decision's last paragraph."""
    m = one("04_naeste_moede.txt")
    assert (m.date, m.start_time, m.place) == (date(2024, 10, 9), "19:30", "Fælleshuset")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Juletræstænding"), (3, "Eventuelt")]
    assert m.items[2].decision == (
        "Sanne foreslog en loppemarkedsdag i foråret. Tages op på næste møde.")


def test_next_meeting_as_the_items_own_text_stays() -> None:
    """An item whose only text is the next meeting's day keeps it, and so does a last
    item where text follows the line."""
    lines = ["Pkt. 4: Næste møde", "Næste møde: 5. juni kl. 17.00.", "", "Mvh", "Jette Holm"]
    assert minutes_end(lines, 1, len(lines)) == 3
    lines = ["Pkt. 4: Eventuelt", "Intet.", "Næste møde: 5. juni.", "Karen tager kage med."]
    assert minutes_end(lines, 1, len(lines)) == len(lines)
