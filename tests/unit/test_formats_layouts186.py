"""A hundred and eighty-sixth round of layouts (round 186's blind files): running
headers and footers that change from page to page in multi-page PDF minutes. A draft
printed with a running column of line numbers in the left margin (a number alone on its
line beside each line) and a header naming the current item after the committee; a
header that names the first item starting on the page while its top still holds the
item before; a browser's print of a web agenda whose heading rows' right-hand cells
("Sagsnr. …") are drawn ahead of the rows, a row repeated at the top of each page the
item runs over; an absence printed as a heading of its own under the decision.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .pdf_files import pieces_pdf

Piece = tuple[float, int, str]


def _page(lines: list[str], first: int = 0, x: float = 20) -> list[Piece]:
    return [(x, k, line) for k, line in enumerate(lines, first) if line]


def _numbered(pages: list[list[str]]) -> list[list[Piece]]:
    """The pages' lines from row 2 on, the header on row 0, and a margin number for each
    line drawn after the page's text (counting on over the pages)."""
    out, n = [], 0
    for lines in pages:
        header, body = lines[0], lines[1:]
        numbers = [(10, k, str(n + j)) for j, k in enumerate(range(2, 2 + len(body)), 1)]
        n += len(body)
        out.append([(20, 0, header), *_page(body, 2), *numbers])
    return out


_HEAD = "Aabenraa Kommune · Miljø- og Naturudvalget"


def test_a_margin_column_of_line_numbers_is_no_text(read_file: ReadFile) -> None:
    pages = _numbered([
        [f"{_HEAD} 1. Godkendelse af dagsorden", "Udkast til referat", "Miljø- og Naturudvalget",
         "Mødedato: Tirsdag den 4. marts 2025", "Deltagere",
         "Jens Ravn (A), formand – Deltog", "Lone Berg (V) – Deltog", "Ib Hald (C) – Afbud",
         "1. Godkendelse af dagsorden", "Sagsnr.: 00.01.00-A00-3-25", "Beslutning", "Godkendt.",
         "2. Naturpark Genner Bugt", "Sagsnr.: 01.05.00-P20-1-24", "Sagsfremstilling",
         "Naturparken er nu godkendt af Friluftsrådet."],
        [f"{_HEAD} 2. Naturpark Genner Bugt", "Beslutning", "Taget til efterretning.",
         "3. Meddelelser", "Sagsnr.: 00.01.00-A00-4-25", "Beslutning", "Ingen."]])
    meeting, = read_file("udkast_MNU_2025-03-04.pdf", pieces_pdf(pages))
    assert meeting.date == date(2025, 3, 4)
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden",
                                                "Naturpark Genner Bugt", "Meddelelser"]
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Taget til efterretning.",
                                                   "Ingen."]
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Jens Ravn (A)", "deltog"), ("Lone Berg (V)", "deltog"), ("Ib Hald (C)", "afbud")]


def test_a_header_naming_the_current_item_after_the_committee_is_no_text(
        read_file: ReadFile) -> None:
    pages = [[f"{_HEAD} 1. Cykelsti langs Fjordvej", "", "Referat", "Miljø- og Naturudvalget",
              "Mødedato: 4. marts 2025", "1. Cykelsti langs Fjordvej", "Sagsfremstilling",
              "Stien anlægges i 2026 langs den gamle", "Beslutning",
              "Godkendt. For stemte: A og V."],
             [f"{_HEAD} 1. Cykelsti langs Fjordvej", "", "Imod stemte: Ø.",
              "2. Vandløbsregulativ for Hvidkær Bæk", "Sagsfremstilling",
              "Regulativet revideres efter høringen, og"],
             [f"{_HEAD} 2. Vandløbsregulativ for Hvidkær Bæk", "",
              "lodsejerne orienteres.", "Beslutning", "Anbefales."]]
    meeting, = read_file("referat_mnu.pdf", pieces_pdf([_page(p) for p in pages]))
    assert len(meeting.items) == 2
    assert meeting.items[0].decision.split() == (
        "Godkendt. For stemte: A og V. Imod stemte: Ø.".split())
    text = meeting.items[1].section("Sagsfremstilling")
    assert "Aabenraa" not in text and text.endswith("lodsejerne orienteres.")


def test_a_header_naming_the_item_that_starts_further_down_is_no_text(
        read_file: ReadFile) -> None:
    head = "Fredensborg Kommune | Børne- og Skoleudvalget | Referat"
    pages = [[head, "Punkt 1: Godkendelse af dagsorden", "Referat", "Børne- og Skoleudvalget",
              "Dato: Onsdag den 9. april 2025", "1. Godkendelse af dagsorden", "Beslutning",
              "Godkendt.", "2. Skolernes sommerferie 2026", "Sagsfremstilling",
              "Ferien planlægges efter de faste regler"],
             [head, "Punkt 3: Legeplads ved Humlebæk Skole", "for kommunens skoler.",
              "Beslutning", "Godkendt.", "3. Legeplads ved Humlebæk Skole", "Beslutning",
              "Udsat."],
             [head, "Punkt 4: Eventuelt", "Udvalget ønsker en besigtigelse.",
              "4. Eventuelt", "Beslutning", "Intet."]]
    meeting, = read_file("referat_bsu.pdf", pieces_pdf([_page(p) for p in pages]))
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[1].section("Sagsfremstilling").split() == (
        "Ferien planlægges efter de faste regler for kommunens skoler.".split())
    assert meeting.items[2].decision.split() == "Udsat. Udvalget ønsker en besigtigelse.".split()


def test_a_heading_rows_case_cell_drawn_ahead_of_the_row_stays_with_it(
        read_file: ReadFile) -> None:
    top = "2/4/25, 9:05 AM Dagsorden - Socialudvalget - 10.02.2025"

    def page(cells: list[Piece], lines: list[str], n: int) -> list[Piece]:
        return [(10, 0, top), *cells, *_page(lines, 2),
                (10, 44, f"https://dagsorden.kalundborg.dk/print?id=77 {n}/4")]

    pages = [
        page([(140, 8, "Sagsnr. 25/210"), (140, 11, "Sagsnr. 24/9981")],
             ["Kalundborg Kommune", "Dagsorden", "Socialudvalget",
              "Mødedato Mandag den 10. februar 2025", "", "",
              "1. Godkendelse af dagsorden", "Indstilling", "Direktøren indstiller godkendelse.",
              "2. Botilbud på Havnevej", "Sagsfremstilling", "Botilbuddet udvides med"], 1),
        page([(140, 2, "Sagsnr. 24/9981"), (140, 6, "Sagsnr. 25/404")],
             ["2. Botilbud på Havnevej", "otte pladser i 2026.", "Indstilling",
              "Direktøren indstiller, at sagen drøftes.", "3. Dagtilbud i Høng",
              "Sagsfremstilling", "Der mangler plads til"], 2),
        page([(140, 2, "Sagsnr. 25/404"), (140, 5, "Sagsnr. 25/0093")],
             ["3. Dagtilbud i Høng", "tolv børn.", "4. Meddelelser", "Sagsfremstilling",
              "Orientering om tilsyn."], 3),
        page([(140, 2, "Sagsnr. 25/0117")], ["5. Lukket punkt: Personalesag"], 4)]
    meeting, = read_file("dagsorden_socialudvalget.pdf", pieces_pdf(pages))
    assert meeting.doc_type == "dagsorden"
    assert [(i.number, i.title, i.journal_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "25/210"), (2, "Botilbud på Havnevej", "24/9981"),
        (3, "Dagtilbud i Høng", "25/404"), (4, "Meddelelser", "25/0093"),
        (5, "Personalesag", "25/0117")]
    assert meeting.items[1].section("Sagsfremstilling").split() == (
        "Botilbuddet udvides med otte pladser i 2026.".split())


def test_an_absence_under_a_heading_of_its_own_is_no_part_of_the_decision(
        read_file: ReadFile) -> None:
    lines = ["Referat", "Ældreudvalget", "Mødedato: 12-11-2019", "Medlemmer",
             "Eva Krogh (A), formand – Deltog", "Per Hauge (V) – Deltog",
             "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
             "2. Status på hjemmeplejen", "Sagsfremstilling", "Ventetiden er faldet.",
             "Beslutning", "Taget til orientering.", "Fraværende", "Per Hauge (V)"]
    meeting, = read_file("referat_aeu.pdf", pieces_pdf([_page(lines)]))
    item = meeting.items[1]
    assert item.decision == "Taget til orientering."
    assert item.absentees == ["Per Hauge (V)"]
