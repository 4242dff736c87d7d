"""An eighty-ninth round of layouts (round 89's blind files): a FirstAgenda/Prescriba
referat PDF whose contents table has two cells a row ("1. Title" | page), and an
Acadre-based PDF whose items, one to a page, print their year-running number with its
dot above the title ("412." at each page's top) and whose members grid has the columns
Navn | Rolle | Fraværende. Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

from ingest.formats.page_edges import drop_page_edges
from ingest.formats.stacked_members import stacked_members
from ingest.formats.toc_cells import contents_cells

# --- a contents table of two cells a row: "N. Title" | page ------------------------------


def test_a_numbered_title_cell_then_its_page_cell_is_a_contents_line() -> None:
    lines = ["Indholdsfortegnelse", "1. Godkendelse af dagsorden", " 3",
             "2. Budgetopfølgning for tredje kvartal med", "forslag til omplaceringer", " 4",
             "Teknisk Udvalg"]
    assert contents_cells(lines) == [
        "Indholdsfortegnelse", "1. Godkendelse af dagsorden\t3",
        "2. Budgetopfølgning for tredje kvartal med forslag til omplaceringer\t4",
        "Teknisk Udvalg"]


def test_numbered_titles_without_page_cells_are_no_contents_table() -> None:
    lines = ["Indholdsfortegnelse", "1. Godkendelse af dagsorden",
             "2. Budgetopfølgning", "Beslutning"]
    assert contents_cells(lines) == lines


# --- an item's number with its dot at the top of each page -------------------------------


def _pages_with_numbers_on_top() -> list[str]:
    return [
        "Referat", "Miljøudvalget", "Mødedato: 02-10-2025", "Indholdsfortegnelse",
        "Miljøudvalget - 02-10-2025", "Side 1 af 3", "\f",
        "301.", "Godkendelse af dagsorden", "Sagsnr.: 25/100", "Beslutning", "Godkendt.",
        "Miljøudvalget - 02-10-2025", "Side 2 af 3", "\f",
        "303.", "Naturplan for ådalen", "Sagsnr.: 25/200", "Beslutning", "Godkendt.",
        "Miljøudvalget - 02-10-2025", "Side 3 af 3"]


def test_an_items_dotted_number_at_each_pages_top_is_no_page_furniture() -> None:
    kept = drop_page_edges(_pages_with_numbers_on_top())
    assert "301." in kept and "303." in kept
    assert "Side 2 af 3" not in kept  # (the footer still is furniture)


# --- a members grid Navn | Rolle | Fraværende --------------------------------------------


def test_an_absence_column_in_the_members_grid_marks_its_row_only() -> None:
    lines = ["Medlemmer:", "Navn", "Rolle", "Fraværende", "Karen Dahl (V)", "Formand",
             "Mads Holm (A)", "Medlem", "Fraværende", "Sofie Berg (Ø)", "Medlem",
             "Udsendt:"]
    assert stacked_members(lines) == [
        "Medlemmer:", "Deltagere: Karen Dahl (V), formand; Sofie Berg (Ø), medlem",
        "Afbud: Mads Holm (A), medlem", "Udsendt:"]
