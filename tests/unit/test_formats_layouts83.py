"""An eighty-third round of layouts (round 83's blind files): a case-history table printed
one cell a line ("Dato" / "Udvalg" / "Beslutning", then dated rows) inside an item; a
running header that ends with the day the minutes were sent ("… · Referatet er udsendt
10.12.2025"); and a CMS page with one definition list per item ("Punkt:" / "1" /
"Overskrift:" / title). Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

from datetime import date

from ingest.formats.history_table import history_table
from ingest.formats.label_grid import defined_items
from ingest.formats.page_footer import without_published

from .fixture_files import written_meeting as _read


def _names(item) -> list[str]:  # noqa: ANN001
    return [s.name for s in item.sections]


# --- a history table, one cell a line --------------------------------------------------

def _history_print(head: list[str]) -> str:
    return "\n".join([
        "Faaborg-Midtfyn Kommune", "Referat – Kultur- og Fritidsudvalget",
        "Dato: 3. december 2025", "Tid: Kl. 15.00", "Sted: Mødelokale 2, Rådhuset",
        "1. Godkendelse af dagsorden", "Sagsnr.: 25-101",
        "Beslutning i Kultur- og Fritidsudvalget", "Godkendt.",
        "2. Ny hal i Ringe", "Sagsnr.: 25-102",
        "Beslutning i Kultur- og Fritidsudvalget", "Anbefales.",
        "Sagsfremstilling", "Hallen er slidt.",
        "Sagens tidligere behandling", *head,
        "12.08.2025", "Kultur- og Fritidsudvalget", "Sagen sendes i høring.",
        "30.09.2025", "Økonomiudvalget", "Udsættes.",
        "3. Eventuelt", "Beslutning i Kultur- og Fritidsudvalget", "Intet.",
    ])


def test_a_history_table_one_cell_a_line_is_history_not_a_second_decision(tmp_path):
    m = _read(tmp_path, "fmf.txt", _history_print(["Dato", "Udvalg", "Beslutning"]))
    item = m.item(2)
    assert _names(item).count("Beslutning") == 1 and item.decision == "Anbefales."
    assert [(t.committee, t.date, t.text) for t in item.history] == [
        ("Kultur- og Fritidsudvalget", date(2025, 8, 12), "Sagen sendes i høring."),
        ("Økonomiudvalget", date(2025, 9, 30), "Udsættes.")]
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Ny hal i Ringe",
                                          "Eventuelt"]


def test_the_history_table_columns_may_come_in_another_order():
    lines = ["Udvalg", "Dato", "Beslutning", "Byrådet", "1.10.2025", "Vedtaget med",
             "bemærkninger.", "3. Eventuelt"]
    assert history_table(lines) == ["", "Beslutning i Byrådet den 01.10.2025",
                                     "Vedtaget med", "bemærkninger.", "", "3. Eventuelt"]


def test_a_table_whose_rows_are_not_dated_treatments_stays():
    lines = ["Dato", "Udvalg", "Beslutning", "Se bilag", "Intet", "Godkendt."]
    assert history_table(lines) == lines
    lines = ["Dato", "Tid", "Sted", "12.08.2025", "15.00", "Rådhuset"]
    assert history_table(lines) == lines


# --- the day sent in a running header -----------------------------------------------

def test_the_day_the_minutes_were_sent_is_no_meeting_date(tmp_path):
    m = _read(tmp_path, "lemvig.txt", "\n".join([
        "Lemvig Kommune · Teknisk Udvalg · Referatet er udsendt 07.11.2025", "Side 1",
        "Lemvig Kommune", "Referat – Teknisk Udvalg",
        "Tirsdag den 4. november 2025 kl. 09.00 – 11.00",
        "Mødelokale 3, Lemvig Rådhus, Rådhusgade 2, 7620 Lemvig",
        "Pkt. 1  Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "Pkt. 2  Eventuelt", "Beslutning", "Intet."]))
    assert (m.date, m.start_time) == (date(2025, 11, 4), "09:00")
    assert m.place.startswith("Mødelokale 3, Lemvig Rådhus")


def test_only_the_sent_stamp_goes_from_a_running_header():
    assert without_published("Lemvig Kommune · Referatet blev sendt 07.11.2025") == (
        "Lemvig Kommune")
    for line in ("Lemvig Kommune · Teknisk Udvalg · 4. november 2025",
                 "Referatet er udsendt til høring hos borgerne"):
        assert without_published(line) == line


# --- a definition list per item ---------------------------------------------------------

def _dl_page(items: list[tuple[str, str, str]]) -> str:
    rows = "".join(
        f"<dl><dt>Punkt:</dt><dd>{n}</dd><dt>Overskrift:</dt><dd>{title}</dd>"
        f"<dt>Sagsnummer:</dt><dd>25/10{n}</dd><dt>Status:</dt><dd>{status}</dd>"
        f"<dt>Beslutning:</dt><dd>Godkendt.</dd></dl>" for n, title, status in items)
    return ("<html><body><h1>Miljøudvalget – referat</h1><p>Mødet blev holdt onsdag den "
            "3. december 2025 kl. 16.00 i Mødelokale 1, Allerød Rådhus.</p>"
            f"{rows}</body></html>")


def test_one_definition_list_per_item_gives_every_item_its_title(tmp_path):
    m = _read(tmp_path, "alleroed.html", _dl_page([
        ("1", "Godkendelse af dagsorden", "Åben"), ("2", "Naturpark Allerød", "Åben"),
        ("3", "Personalesag", "Lukket")]))
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/101", False), (2, "Naturpark Allerød", "25/102",
                                                          False),
        (3, "Personalesag", "25/103", True)]
    assert all(i.decision == "Godkendt." for i in m.items)


def test_a_single_punkt_term_or_one_without_a_title_stays():
    one = "Punkt:\n1\nOverskrift:\nGodkendelse\nBeslutning:\nGodkendt."
    assert defined_items(one) == one
    untitled = "Punkt:\n1\nBeslutning:\nGodkendt.\nPunkt:\n2\nBeslutning:\nIntet."
    assert defined_items(untitled) == untitled
