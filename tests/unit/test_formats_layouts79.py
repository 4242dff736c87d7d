"""A seventy-ninth round of layouts (round 79's blind files): two referater printed in
one file (a committee's, then the council's, each under its own full head, the council's
items numbered on from 141); an agenda printed one item a page under a coloured band
holding only the title, the item's number only in the running page line; a mail merge
Word referat that repeats the meeting's head table on every record and leaves empty
merge rows; an e-mail notice ending with "Mødet hævet" and a list of coming meetings;
and an Excel decision protocol, one row per decision, a case's earlier decision a row of
its own. Every text is written by the tests (other towns, bodies and words than the
blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.history_rows import history_rows
from ingest.formats.repeated_heads import without_repeated_heads
from ingest.formats.running_numbers import running_numbers
from ingest.formats.xlsx_cells import Sheet

from .fixture_files import written_meeting as _read
from .office_files import docx, para, table
from .xlsx_files import xlsx


def _sections(item) -> dict[str, str]:  # noqa: ANN001
    return {s.name: s.text for s in item.sections}


def _people(meeting) -> dict[str, str]:  # noqa: ANN001
    return {p.name.split(" (")[0]: p.status for p in meeting.participants}


# --- two meetings in one file, the second numbered on ---------------------------------------

def _head(body: str, day: str, people: list[str], extra: list[str]) -> list[str]:
    return ["Randers Kommune", "Referat", body, "Mødedato:", day, "Mødetidspunkt:",
            "Kl. 16.00 - 17.30", "Mødested:", "Rådhuset, mødelokale 1", "Til stede:",
            *people, "Afbud:", "Per Holt (Ø)", "Referent:", "Ane Kjær, Sekretariatet", *extra]


def _two_meetings() -> str:
    committee = _head("Økonomiudvalget", "Tirsdag den 14. oktober 2025",
                      ["Lis Brun (A), formand", "Kim Sand (V)", "Ole Eg (C)"],
                      ["Vejchef Bo Vang deltog under punkt 2."])
    council = _head("Byrådet", "Onsdag den 22. oktober 2025",
                    ["Lis Brun (A), borgmester", "Kim Sand (V)", "Ole Eg (C)", "Eva Ry (F)"], [])
    return "\n".join([
        *committee, "\f",
        "1. Godkendelse af dagsorden", "Sagsnr.: 25/100", "Sagsfremstilling", "Dagsorden.",
        "Økonomiudvalgets beslutning den 14. oktober 2025", "Godkendt.",
        "2. Ny vej ved skolen", "Sagsnr.: 25/200", "Sagsfremstilling", "Vejen anlægges.",
        "Økonomiudvalgets beslutning den 14. oktober 2025", "Anbefales over for Byrådet.",
        "Mødet hævet kl. 17.30.", "\f",
        *council, "\f",
        "41. Godkendelse af dagsorden", "Sagsnr.: 25/101", "Sagsfremstilling", "Dagsorden.",
        "Byrådets beslutning den 22. oktober 2025", "Godkendt.",
        "42. Ny vej ved skolen", "Sagsnr.: 25/200", "Sagsfremstilling", "Vejen anlægges.",
        "Økonomiudvalgets beslutning den 14. oktober 2025", "Anbefales over for Byrådet.",
        "Byrådets beslutning den 22. oktober 2025", "Vedtaget.",
        "Mødet hævet kl. 19.10."]) + "\n"


def test_two_meetings_printed_in_one_file_are_read_apart(tmp_path: Path) -> None:
    """The council's full head (kind, body, date, who came) above item 41 starts a
    meeting of its own; each meeting's "<Body>s beslutning den <its date>" is its
    decision, the committee's on the council's item its history. Before: one meeting,
    the committee's items lost, every decision filed as history."""
    path = tmp_path / "randers_oeu_byraad.txt"
    path.write_text(_two_meetings(), encoding="utf-8")
    first, second = read_meetings(path)
    assert (first.committee, first.date, [i.number for i in first.items]) == (
        "Økonomiudvalget", date(2025, 10, 14), [1, 2])
    assert (second.committee, second.date, [i.number for i in second.items]) == (
        "Byrådet", date(2025, 10, 22), [41, 42])
    assert _sections(first.item(2))["Beslutning"] == "Anbefales over for Byrådet."
    item = second.item(42)
    assert _sections(item)["Beslutning"] == "Vedtaget."
    assert [(h.committee, h.date) for h in item.history] == [
        ("Økonomiudvalget", date(2025, 10, 14))]
    assert first.doc_type == second.doc_type == "referat"
    assert _people(first) == {"Lis Brun": "deltog", "Kim Sand": "deltog", "Ole Eg": "deltog",
                              "Per Holt": "afbud"}  # (the official at item 2 is no member)
    assert _people(second)["Eva Ry"] == "deltog"


def test_one_meeting_quoting_another_stays_one(tmp_path: Path) -> None:
    """Items numbered with a gap, the text between them quoting another meeting's kind,
    body, date and who came (no full head of its own): one meeting."""
    head = _head("Økonomiudvalget", "Tirsdag den 14. oktober 2025",
                 ["Lis Brun (A), formand", "Kim Sand (V)"], [])
    text = "\n".join([
        *head, "\f", "1. Godkendelse af dagsorden", "Sagsnr.: 25/100", "Sagsfremstilling",
        "Sagen blev drøftet i", "Byrådet", "Onsdag den 22. oktober 2025", "Til stede:",
        "Alle medlemmer", "Beslutning", "Godkendt.",
        "5. Ny vej ved skolen", "Sagsnr.: 25/200", "Sagsfremstilling",
        "Byrådet behandlede sagen. Byrådet den 22. oktober 2025:", "Referat",
        "Beslutning", "Godkendt."]) + "\n"
    meeting = _read(tmp_path, "randers_oeu.txt", text)  # (fails on two meetings)
    assert (meeting.committee, meeting.date) == ("Økonomiudvalget", date(2025, 10, 14))
    assert _sections(meeting.item(1))["Beslutning"] == "Godkendt."


# --- the item's number only in the running page line ----------------------------------------

def _banded_pages() -> str:
    running = "Skoleudvalget · Dagsorden · 03.12.2025 · Punkt {}"
    pages = [
        ["Dagsorden", "Skoleudvalget", "Mødedato", "Onsdag den 3. december 2025",
         "Mødetidspunkt", "Kl. 15:00", "Mødested", "Rådhuset, lokale 4", "Medlemmer",
         "Ida Lund (V), formand", "Bo Krag (A)", "Indhold", "Godkendelse af dagsorden", "2",
         "Ny skolestruktur", "3", "Klage over befordring", "4", "Silkeborg Kommune", "Side 1"],
        ["Godkendelse af dagsorden", "Sagsnr.: 25/11 | Åbent punkt", "Sagsfremstilling",
         "Dagsordenen fremlægges.", "Indstilling", "Direktøren indstiller, at den godkendes.",
         "Silkeborg Kommune", running.format(1), "Side 2"],
        ["Ny skolestruktur", "Sagsnr.: 25/12 | Åbent punkt", "Sagsfremstilling",
         "Strukturen ændres.", "Silkeborg Kommune", running.format(2), "Side 3"],
        ["Indstilling", "Direktøren indstiller, at strukturen godkendes.",
         "Silkeborg Kommune", running.format(2), "Side 4"],
        ["Klage over befordring", "Sagsnr.: 25/13 | Lukket punkt",
         "Sagen behandles for lukkede døre.", "Silkeborg Kommune", running.format(3), "Side 5"]]
    return "\n\f\n".join("\n".join(page) for page in pages) + "\n"


def test_an_item_a_page_numbered_only_in_the_running_line(tmp_path: Path) -> None:
    """Each page's first line is its item's title, numbered by the page's running line
    ("… · Punkt 2"); a page going on with the same item adds to it, and the contents'
    page numbers are no items. Before: one phantom item "4. Silkeborg Kommune"."""
    meeting = _read(tmp_path, "silkeborg_skole.txt", _banded_pages())
    assert [(i.number, i.title, i.journal_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "25/11"), (2, "Ny skolestruktur", "25/12"),
        (3, "Klage over befordring", "25/13")]
    assert meeting.item(3).closed
    assert _sections(meeting.item(2))["Indstilling"] == (
        "Direktøren indstiller, at strukturen godkendes.")


def test_a_running_line_without_rising_numbers_is_left() -> None:
    """One numbered page, or the same line atop every page: no item pages."""
    lines = ["Budget", "Tekst.", "Udvalget · Referat · Punkt 4", "\f", "Mere tekst."]
    assert running_numbers(lines) == lines
    same = ["Forside", "x · Punkt 1", "\f", "Forside", "x · Punkt 2"]
    assert running_numbers(same) == same


# --- an Excel protocol, a row per decision --------------------------------------------------

_TABLE = ["Mødedato", "Organ", "Pkt.", "Overskrift", "Sagsnr.", "Adgang", "Beslutning",
          "Afstemning"]


def _protocol() -> list[list[object] | None]:
    return [["Herning Kommune"], ["Beslutningsprotokol - Teknisk Udvalg"], None,
            ["Mødedato", ("date", 45995)], ["Mødetid", "16:00-17:30"],
            ["Mødested", "Rådhuset, lokale 2"], None,
            ["Medlem", "Parti", "Hverv", "Fremmøde"], ["Ane Bro", "V", "Formand", "Mødt"],
            ["Jens Vad", "A", "Medlem", "Afbud"], None, _TABLE,
            [("date", 45995), "Teknisk Udvalg", "20", "Godkendelse af dagsorden", "25/1",
             "Åben", "Godkendt."],
            [("date", 45960), "Teknisk Udvalg", "9", "Ny cykelsti", "25/2", "Åben",
             "Sagen udsættes."],
            [("date", 45995), "Teknisk Udvalg", "21", "Ny cykelsti", "25/2", "Åben",
             "Godkendt.", "For stemte: V (3). Imod stemte: A (1)."],
            [("date", 45995), "Teknisk Udvalg", "22", "Salg af grund", "25/3", "Lukket",
             "Anbefales."], None, ["Udtræk dannet 05-12-2025 08:30 af ABC"]]


def test_a_decision_row_of_an_earlier_meeting_is_the_items_history(tmp_path: Path) -> None:
    """The row of another date on one of the meeting's cases is that item's history; the
    meeting is the facts' date. Before: the file was skipped (no items found)."""
    meeting = _read(tmp_path, "herning_tu.xlsx", xlsx([("Protokol", _protocol())]))
    assert (meeting.committee, meeting.date, meeting.doc_type) == (
        "Teknisk Udvalg", date(2025, 12, 4), "referat")
    assert [i.number for i in meeting.items] == [20, 21, 22]
    item = meeting.item(21)
    assert [(h.committee, h.date, h.text) for h in item.history] == [
        ("Teknisk Udvalg", date(2025, 10, 30), "Sagen udsættes.")]
    assert _sections(item)["Beslutning"].startswith("Godkendt.")
    assert meeting.item(22).closed
    assert _sections(meeting.item(22))["Beslutning"] == "Anbefales."
    assert _people(meeting) == {"Ane Bro": "deltog", "Jens Vad": "afbud"}


def test_a_log_of_many_meetings_is_left_to_be_split() -> None:
    """Rows of other dates on other cases are other meetings (`sheet_meetings`)."""
    sheet = Sheet("Log", [["Mødedato", "1-12-2025"], ["Mødedato", "Pkt.", "Emne", "Sagsnr.",
                                                      "Beslutning"],
                          ["1-12-2025", "1", "Budget", "25/1", "Ok."],
                          ["2-11-2025", "1", "Trafik", "25/9", "Drøftet."]])
    assert history_rows(sheet) is sheet


# --- a mail merge: the head table again on each record, empty merge rows ------------------

def _record(number: int, title: str, decision: str, said: str = "") -> list[str]:
    return [table([["Udvalg", "Socialudvalget"], ["Mødedato", "02-12-2025"],
                   ["Punkt nr.", str(number)]]),
            table([["Overskrift", title], ["Sagsnr.", f"25/{number}"], ["Åben/lukket", "Åben"],
                   ["Sagsfremstilling", "Sagen fremlægges."], ["Tidligere behandling", ""],
                   ["Beslutning", decision], ["Afstemning", ""], ["Fraværende", "Ib Sø (O)"],
                   ["Deltog under punktet", said]])]


def test_a_mail_merge_leaves_no_empty_labels_or_head_rows_in_a_decision(tmp_path: Path) -> None:
    """An empty merge row's label is no text, and the head table repeated on the next
    record is no part of the decision above it. Before: "Afstemning", "Deltog under
    punktet" and "Udvalg: Socialudvalget" were glued to every decision."""
    raw = docx([para("Referat"), para("Socialudvalget"),
                para("Mødedato: Tirsdag den 2. december 2025"), para("Mødetid: 16:00 - 17:00"),
                para("Mødested: Rådhuset"), para("Fremmødte:"), para("Kaj Bæk (V), formand"),
                para("Lone Hald (A)"), para("Afbud: Ib Sø (O)"),
                *_record(31, "Godkendelse af dagsorden", "Godkendt."),
                *_record(32, "Handleplan for hjemløse", "Taget til efterretning."),
                para("Mødet sluttede kl. 17:00.")])
    meeting = _read(tmp_path, "vejle_soc_2025-12-02.docx", raw)
    assert [i.number for i in meeting.items] == [31, 32]
    assert [_sections(i)["Beslutning"] for i in meeting.items] == [
        "Godkendt.", "Taget til efterretning."]
    assert (meeting.committee, meeting.date) == ("Socialudvalget", date(2025, 12, 2))


def test_a_head_shown_once_is_kept() -> None:
    """A head row above one item only, or other head rows above each item, stay."""
    once = "Udvalg: Socialudvalget\nPunkt nr.: 1\nOverskrift: Budget"
    assert without_repeated_heads(once) == once
    other = "Mødedato: 01-12-2025\nPunkt nr.: 1\nx\nMødedato: 02-12-2025\nPunkt nr.: 2"
    assert without_repeated_heads(other) == other


# --- an e-mail's list of coming meetings after "Mødet hævet" -------------------------------

def _notice(tail: list[str]) -> str:
    return "\n".join([
        "FREDENSBORG KOMMUNE", "Plan- og Miljøudvalget", "REFERAT",
        "Dato: Onsdag den 19. november 2025", "Tid: 07:30 - 08:15", "Sted: Rådhuset",
        "Deltagere:", "  * Mia Holm (A), formand", "  * Carl Bo (V)", "",
        "Punkt 1: Godkendelse af dagsorden", "Sagsnr.: 25/7", "BESLUTNING", "Godkendt.", "",
        "Punkt 2: Ny lokalplan", "Sagsnr.: 25/8", "BESLUTNING", "Vedtaget.", "", *tail,
        "", "-- ", "Denne e-mail er sendt automatisk."]) + "\n"


def test_coming_meetings_after_the_close_are_no_decision(tmp_path: Path) -> None:
    """ "Mødet hævet" and a list of dated coming meetings below it end the minutes; the
    dates are not the meeting's. Before: both were glued to the last decision."""
    meeting = _read(tmp_path, "fredensborg_pmu.txt", _notice([
        "Mødet hævet kl. 08:15.", "", "Kommende møder i Plan- og Miljøudvalget:",
        "  * Tirsdag 09.12.2025 kl. 16:00", "  * Tirsdag 13.01.2026 kl. 16:00"]))
    assert _sections(meeting.item(2))["Beslutning"] == "Vedtaget."
    assert meeting.date == date(2025, 11, 19)


def test_a_list_that_is_no_schedule_stays(tmp_path: Path) -> None:
    """A "Kommende møder" heading over text that names no dates is kept with the item."""
    meeting = _read(tmp_path, "fredensborg_pmu.txt", _notice([
        "Kommende møder med borgerne:", "  * Forvaltningen inviterer grundejerne."]))
    assert "grundejerne" in _sections(meeting.item(2))["Beslutning"]
