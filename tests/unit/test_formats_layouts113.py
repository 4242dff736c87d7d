"""A hundred-and-thirteenth round of layouts (round 113's blind files, public PDF renderings
of the meeting systems): a header table printed on every page and drawn last, the
meeting's date only there, over a members' table one cell a line ("Navn" / "Funktion" /
"Fremmøde"); SBSYS section labels in a left column, each earlier body's decision labelled
"Beslutning <udvalg>" / "<dd-mm-yyyy>, pkt. N" wrapped in it; "Øvrige stemte for" naming
nobody; eDoc's "Beslutningshistorik" after the decision, its entry "<udvalg> d.
<dd-mm-yyyy>, punkt N"; Acadre's "Sagen afgøres i: …" under the case number; and a later
body's decision printed after this meeting's. Every text is written by the tests (other
towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from referat.domain import Meeting

from .fixture_files import written_meeting
from .pdf_files import Piece, cells_pdf


def _pdf(tmp_path: Path, pages: list[list[str]]) -> Meeting:
    """A PDF whose pages hold the lines given, one cell a line, in that order."""
    drawn: list[list[Piece]] = [[(20, k, line) for k, line in enumerate(page)] for page in pages]
    return written_meeting(tmp_path, "referat.pdf", cells_pdf(drawn))


def _text(tmp_path: Path, lines: list[str]) -> Meeting:
    return written_meeting(tmp_path, "referat.txt", "\n".join(lines))


# --- a header table on every page, drawn after the page's text --------------------------

def _header(page: int) -> list[str]:
    return ["Gribskov Kommune", "Referat", "Udvalg: Teknik- og Miljøudvalget",
            "Mødedato: 04.03.2025 kl. 16:30", "Mødested: Byrådssalen, Helsinge Rådhus",
            f"Side {page} af 3"]


def test_a_header_table_on_every_page_gives_the_date_place_and_members(tmp_path: Path) -> None:
    front = ["Deltagere", "Navn", "Funktion", "Fremmøde",
             "Lone Birk (V)", "Formand", "Til stede", "Anders Hjort (A)", "Næstformand",
             "Til stede", "Mette Skov (C)", "Medlem", "Afbud", "Jens Lau (F)", "Medlem",
             "Til stede", "Mødet startede kl. 16:30 og sluttede kl. 18:10.",
             "Indholdsfortegnelse", "1. Godkendelse af dagsorden", "2. Trafikplan 2025"]
    items = ["1. Godkendelse af dagsorden", "Sagsnr.: 25/1101", "Indstilling",
             "Administrationen indstiller, at dagsordenen godkendes.",
             "Beslutning Teknik- og Miljøudvalget 04.03.2025", "Godkendt.",
             "Fraværende: Mette Skov (C)"]
    second = ["2. Trafikplan 2025", "Sagsnr.: 25/1102", "Sagsfremstilling",
              "Planen samler indsatsen for sikre skoleveje.",
              "Beslutning Teknik- og Miljøudvalget 04.03.2025", "Anbefales over for Byrådet.",
              "Fraværende: Mette Skov (C)"]
    m = _pdf(tmp_path, [front + _header(1), items + _header(2), second + _header(3)])
    assert (m.committee, m.date, m.start_time) == ("Teknik- og Miljøudvalget",
                                                   date(2025, 3, 4), "16:30")
    assert m.place == "Byrådssalen, Helsinge Rådhus"
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Lone Birk (V)": ("deltog", "formand"),
                      "Anders Hjort (A)": ("deltog", "næstformand"),
                      "Mette Skov (C)": ("afbud", "medlem"), "Jens Lau (F)": ("deltog", "medlem")}
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Trafikplan 2025"]
    assert m.item(2).decision == "Anbefales over for Byrådet."


# --- SBSYS: earlier bodies' decisions labelled in a narrow left column ------------------

def test_wrapped_decision_labels_of_earlier_bodies_are_history(tmp_path: Path) -> None:
    head = ["Dagsorden med beslutninger", "Byrådet", "Mødedato:", "Torsdag den 27. marts 2025",
            "Mødested:", "Byrådssalen, Rådhuset", "Medlemmer:", "Eva Holt (V), borgmester",
            "Per Mørk (A)"]
    item = ["1. Ny daginstitution i Vestby", "Sagsnr.: 25/3301     Åben sag", "Indstilling",
            "Direktøren indstiller, at anlægsbevillingen gives.", "Bilag",
            "Skitseprojekt (åben)", "Beslutning Børne- og", "Ungeudvalget",
            "04-03-2025, pkt. 41", "Anbefales.", "Beslutning", "Økonomiudvalget",
            "18-03-2025, pkt. 77", "Anbefales. Per Mørk (A) kunne ikke anbefale.",
            "Beslutning Byrådet", "27-03-2025", "Godkendt."]
    m = _pdf(tmp_path, [head + item])
    got = m.item(1)
    assert [s.name for s in got.sections].count("Beslutning") == 1
    assert got.decision == "Godkendt."
    assert [(t.committee, t.date, t.punkt, t.text) for t in got.history] == [
        ("Børne- og Ungeudvalget", date(2025, 3, 4), 41, "Anbefales."),
        ("Økonomiudvalget", date(2025, 3, 18), 77, "Anbefales. Per Mørk (A) kunne ikke anbefale.")]
    assert got.section("Bilag") == "Skitseprojekt (åben)"


# --- a vote whose other side is "the rest" ----------------------------------------------

def test_the_rest_voting_for_names_no_voter(tmp_path: Path) -> None:
    m = _text(tmp_path, ["Referat", "Byrådet", "Mødedato: 27. marts 2025",
                         "Punkt 1 Vandplan", "Beslutning", "Godkendt.", "Imod stemte 2: Ø.",
                         "Øvrige stemte for.", "Punkt 2 Eventuelt", "Beslutning", "Intet."])
    assert m.item(1).votes == {"imod": ["Ø"]}


# --- eDoc: the decision's history after it ----------------------------------------------

def test_a_decision_history_after_the_decision_is_the_items_history(tmp_path: Path) -> None:
    m = _text(tmp_path, [
        "Beslutningsprotokol", "Kultur- og Fritidsudvalget", "Mødedato", "Onsdag den 9. april 2025",
        "Punkt 1: Halstrategi", "Sagsnr.: 18.20.00-P22-1-25", "Indstilling",
        "Direktionen indstiller, at strategien godkendes.", "Beslutning", "Godkendt.",
        "Beslutningshistorik", "Kultur- og Fritidsudvalget d. 05-03-2025, punkt 4",
        "Udsat.", "Punkt 2: Eventuelt", "Beslutning", "Intet."])
    item = m.item(1)
    assert item.decision == "Godkendt."
    assert [(t.committee, t.date, t.punkt, t.text) for t in item.history] == [
        ("Kultur- og Fritidsudvalget", date(2025, 3, 5), 4, "Udsat.")]


# --- Acadre: who decides, under the case number --------------------------------------

_ACADRE_HEAD = ["Referat", "Social- og Sundhedsudvalget", "Mødedato:", "Mandag den 7. april 2025",
                "Mødested:", "Mødelokale 3, Rådhuset"]


def test_who_decides_under_the_case_number_is_no_text_of_the_item(tmp_path: Path) -> None:
    m = _text(tmp_path, [*_ACADRE_HEAD, "31. Plejeboliger i Nordby", "Sagsnr.: 25/771",
                         "Sagen afgøres i: Byrådet", "Sagsfremstilling", "Der mangler 20 boliger.",
                         "Beslutning i Social- og Sundhedsudvalget den 07-04-2025",
                         "Anbefales."])
    item = m.item(31)
    assert not item.section("Beskrivelse")
    assert item.section("Sagsfremstilling") == "Der mangler 20 boliger."
    assert item.section("Beslutningen træffes af") == "Byrådet"


# --- a later body's decision printed after this meeting's -----------------------------

def test_a_later_bodys_decision_is_neither_the_decision_nor_history(tmp_path: Path) -> None:
    m = _text(tmp_path, [*_ACADRE_HEAD, "32. Takster 2026", "Sagsnr.: 25/772", "Sagsfremstilling",
                         "Taksterne stiger.",
                         "Beslutning i Social- og Sundhedsudvalget den 03-03-2025",
                         "Udsat.",
                         "Beslutning i Social- og Sundhedsudvalget den 07-04-2025",
                         "Anbefales.",
                         "Beslutning i Økonomiudvalget den 15-04-2025", "Anbefales ikke."])
    item = m.item(32)
    assert item.decision == "Anbefales."
    assert [(t.committee, t.date) for t in item.history] == [
        ("Social- og Sundhedsudvalget", date(2025, 3, 3))]
