"""Round 235's layouts (round 235's blind files): PDF minutes laid out in two or more
columns or with side notes. A margin column holding the labels beside their values and
each item's number, "Sagsnr.", case number and "Åben sag" beside its wrapped title; two
columns whose content stream writes the right column first; a landscape protocol, one
table row per item, its cells centred in their rows, with an attendance grid under
headings that span several columns; a shaded notice box set into a column after an
item's decision; and the text such pages give: a members' paragraph wrapped in a narrow
column, an absence label above its one entry, an empty case field beside or below the
title, a title's dash phrase wrapped, a decision heading's year wrapped, a place's house
number wrapped, the next meeting's box after the last item, a post capitalised at a
cell's start. Every text and page is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

from datetime import date

from fpdf import FPDF

from ingest.formats.text import parse_minutes
from ingest.pdf_draw_order import as_read
from ingest.pdf_pieces import Piece

from .conftest import ReadFile
from .pdf_files import FONT

# A piece of text: x and baseline y in mm from the page's top left, its size, its text
Placed = tuple[float, float, float, str]
# A filled rectangle: x, y (top), width, height in mm
Rect = tuple[float, float, float, float]


def _pdf(pages: list[list[Placed]], rects: list[list[Rect]] | None = None,
         landscape: bool = False) -> bytes:
    """A PDF of the pages, each piece written in the order given, each page's shaded
    rectangles drawn before its text."""
    pdf = FPDF(unit="mm", format="A4", orientation="L" if landscape else "P")
    pdf.add_font("F", "", FONT)
    for k, placed in enumerate(pages):
        pdf.add_page()
        pdf.set_fill_color(225, 235, 225)
        for x, y, w, h in (rects or [[]] * len(pages))[k]:
            pdf.rect(x, y, w, h, style="F")
        for x, y, size, text in placed:
            pdf.set_font("F", "", size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


# --- a margin column beside the text: labels, item numbers and case numbers ------------

_HEADER = [(15, 12, 8, "Sønderborg Kommune"), (120, 12, 8, "Social- og Seniorudvalget · Referat")]
_COVER = [
    (60, 26, 20, "Referat"), (60, 34, 14, "Social- og Seniorudvalget"),
    (60, 46, 9.5, "Onsdag den 4. marts 2026"), (15, 46.1, 9.5, "Mødedato"),
    (60, 52, 9.5, "Kl. 09.00 – 11.00"), (15, 52.1, 9.5, "Mødetidspunkt"),
    (60, 58, 9.5, "Byrådssalen, Rådhuset, Rådhustorvet 10, 6400 Sønderborg"),
    (15, 58.1, 9.5, "Mødested"),
    (60, 64, 9.5, "Asger Lind (A), formand"), (60, 69, 9.5, "Karen Fisker (V)"),
    (60, 74, 9.5, "Niels Brodersen (C)"), (60, 79, 9.5, "Helle Thorup (F)"),
    (15, 64.1, 9.5, "Medlemmer"),
    (60, 86, 9.5, "Helle Thorup (F) – afbud"), (15, 86.1, 9.5, "Fraværende"),
    (60, 98, 8, "Referat – Social- og Seniorudvalget – 04.03.2026"),
]
_ITEMS = [
    (60, 30, 12, "Ny lokalplan for boliger ved Dybbøl Banke og"),
    (60, 35.5, 12, "Ragebøl – endelig vedtagelse"),
    (15, 31, 14, "57"), (15, 35.4, 8, "Sagsnr."), (15, 39.3, 8.5, "26/1180"),
    (15, 43, 8, "Åben sag"),
    (60, 52, 9.5, "Sagsfremstilling"), (60, 57, 9.5, "Planen giver plads til 40 nye boliger."),
    (60, 62, 9.5, "Der er kommet tre høringssvar."),
    (60, 70, 9.5, "Beslutning"), (60, 75, 9.5, "Godkendt."),
    (60, 95, 12, "Meddelelser"),
    (15, 96, 14, "58"), (15, 100, 8, "Sagsnr."), (15, 104, 8.5, "–"), (15, 108, 8, "Åben sag"),
    (60, 116, 9.5, "Beslutning"), (60, 121, 9.5, "Taget til efterretning."),
]


def test_a_margin_column_of_labels_and_item_numbers_is_read_beside_its_text(
        read_file: ReadFile) -> None:
    """Before, the values came before their labels (no time, the chair as the place) and
    the item's number and case number stood between its title's lines."""
    raw = _pdf([_HEADER + _COVER, _HEADER + _ITEMS])
    (m,) = read_file("margin.pdf", raw)
    assert (m.committee, m.date, m.start_time) == (
        "Social- og Seniorudvalget", date(2026, 3, 4), "09:00")
    assert m.place == "Byrådssalen, Rådhuset, Rådhustorvet 10, 6400 Sønderborg"
    assert [p.name for p in m.participants if p.status == "deltog"] == [
        "Asger Lind (A)", "Karen Fisker (V)", "Niels Brodersen (C)"]
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (57, "Ny lokalplan for boliger ved Dybbøl Banke og Ragebøl – endelig vedtagelse",
         "26/1180"), (58, "Meddelelser", None)]
    assert _item(m, 57).decision == "Godkendt."
    assert _item(m, 58).decision == "Taget til efterretning."
    assert [s.name for s in _item(m, 58).sections] == ["Beslutning"]


# --- two columns whose right column is drawn first -------------------------------------

def _column(x: float, top: float, lines: list[str]) -> list[Piece]:
    return [(x, top - 14 * k, 10.0, "\n" + line) for k, line in enumerate(lines)]


def test_a_right_column_drawn_first_is_read_after_the_left_one() -> None:
    """The page's right column first in the stream, then the left, the title block
    last: before, the items stood out of order and item 2's vote lost its "Imod" line."""
    left = _column(50, 640, [
        "Mødedato: Torsdag den 5. februar 2026", "PUNKT 1", "Godkendelse af dagsorden",
        "Beslutning Kulturudvalget 05-02-2026", "Godkendt.", "PUNKT 2",
        "Tilskud til spillestedet Tapperiet", "Sagsfremstilling",
        "Spillestedet søger om tilskud til et", "nyt lydanlæg.",
        "Beslutning Kulturudvalget 05-02-2026", "Godkendt.", "For stemte: A og V (5)."])
    right = _column(310, 640, [
        "Imod stemte: C (2).", "PUNKT 3", "Meddelelser", "Sagsfremstilling",
        "Formanden orienterede om", "kulturnatten i september.",
        "Beslutning Kulturudvalget 05-02-2026", "Taget til efterretning.",
        "Mødet hævet kl. 17.10."])
    head = _column(50, 780, ["Referat", "Kulturudvalget"]) + [(500, 30, 8.0, "\nSide 1 af 1")]
    drawn = right + left + head
    text = as_read("".join(p[3] for p in drawn), drawn)
    m = parse_minutes(text)
    assert (m.committee, m.date) == ("Kulturudvalget", date(2026, 2, 5))
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Tilskud til spillestedet Tapperiet"),
        (3, "Meddelelser")]
    assert " ".join(_item(m, 2).decision.split()) == (
        "Godkendt. For stemte: A og V (5). Imod stemte: C (2).")
    assert _item(m, 3).decision == "Taget til efterretning."


# --- a landscape protocol: cells centred in their rows, an attendance grid -------------

_PROTOCOL = [
    (12, 15, 18, "Kommunalbestyrelsen"), (12, 23, 11, "Beslutningsprotokol"),
    (12, 30, 9.5, "Dato Tirsdag den 12. maj 2026"), (12, 35, 9.5, "Tid Kl. 18.00"),
    (12, 42, 9.5, "Til stede"), (200, 42, 9.5, "Afbud"),
    (12, 48, 9.5, "Anna Friis (A), borgmester"), (70, 48, 9.5, "Ib Lund (V)"),
    (130, 48, 9.5, "Eva Krag (F)"), (200, 48, 9.5, "Afbud: Per Holm (O)"),
    (12, 54, 9.5, "Jens Bak (A)"), (70, 54, 9.5, "Kim Dahl (V)"), (130, 54, 9.5, "Lone Sø (F)"),
    (200, 54, 9.5, "Stedfortræder: Ulla Vang (O)"),
    (12, 60, 9.5, "Mads Ravn (C)"), (70, 60, 9.5, "Sara Bech (Ø)"),
    (130, 60, 9.5, "Ole Nørgaard (O)"),
    (12, 70, 8.5, "Desuden deltog: kommunaldirektør Hans Lyng og sekretær Rikke Bang (referent)."),
    (12, 80, 8.5, "Pkt."), (25, 80, 8.5, "Sag"), (100, 80, 8.5, "Forudgående behandling"),
    (180, 80, 8.5, "Kommunalbestyrelsens beslutning 12.05.2026"),
    (12, 95, 9, "1"), (25, 90.3, 9, "Ny skolestruktur i"), (25, 95, 9, "Vestbyen"),
    (25, 99.7, 9, "Sagsnr. 26/410"),
    (100, 92.65, 9, "Børne- og Skoleudvalget 28.04.2026:"), (100, 97.35, 9, "Anbefales."),
    (180, 95, 9, "Godkendt."),
    (12, 115, 9, "2"), (25, 112.65, 9, "Salg af grund ved havnen"),
    (25, 117.35, 9, "Sagsnr. 26/422"), (100, 115, 9, "–"),
    (180, 110.3, 9, "Godkendt."), (180, 115, 9, "For stemte: A, F og V (15)."),
    (180, 119.7, 9, "Imod stemte: O (4)."),
    (12, 135, 9, "Mødet hævet kl. 19.40."),
]


def test_a_protocol_with_centred_cells_is_read_row_by_row(read_file: ReadFile) -> None:
    """Before, a row's first lines went with the row above it and the council's decisions
    were read as the committee's earlier ones."""
    (m,) = read_file("protokol.pdf", _pdf([_PROTOCOL], landscape=True))
    assert (m.committee, m.date) == ("Kommunalbestyrelsen", date(2026, 5, 12))
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Ny skolestruktur i Vestbyen", "26/410"), (2, "Salg af grund ved havnen", "26/422")]
    first, second = _item(m, 1), _item(m, 2)
    assert first.decision == "Godkendt."
    assert [(h.committee, h.date, h.text) for h in first.history] == [
        ("Børne- og Skoleudvalget", date(2026, 4, 28), "Anbefales.")]
    assert second.history == [] and second.votes == {"for": ["A", "F", "V"], "imod": ["O"]}


def test_an_attendance_grid_under_spanning_headings_is_read_heading_by_heading(
        read_file: ReadFile) -> None:
    """"Til stede" over three columns of members, "Afbud" over a fourth: before, each row
    of four cells was one line and the absentee a member."""
    (m,) = read_file("protokol.pdf", _pdf([_PROTOCOL], landscape=True))
    status = {p.name: p.status for p in m.participants}
    assert status["Ib Lund (V)"] == status["Ole Nørgaard (O)"] == "deltog"
    assert status["Per Holm (O)"] == "afbud"
    assert status["Ulla Vang (O)"] == "deltog"
    assert len([s for s in status.values() if s == "deltog"]) == 10


# --- a shaded notice box in the column after an item's decision ------------------------

_NEWS = [
    (20, 20, 16, "Referat"), (20, 28, 12, "Fritidsudvalget"),
    (20, 36, 9.5, "Mødedato: Mandag den 9. marts 2026"),
    (20, 46, 9.5, "Punkt 1 Godkendelse af dagsorden"), (20, 52, 9.5, "Beslutning"),
    (20, 57, 9.5, "Godkendt."),
    (24, 66, 9, "Nyt fra forvaltningen"), (24, 72, 8, "Hallen i Nordborg holder lukket i uge 30."),
    (20, 88, 9.5, "Punkt 2 Meddelelser"), (20, 94, 9.5, "Beslutning"),
    (20, 99, 9.5, "Taget til efterretning."),
]


def test_a_notice_box_after_a_decision_is_no_part_of_it(read_file: ReadFile) -> None:
    """Before, the box's heading and news ran on in item 1's decision."""
    (m,) = read_file("nyt.pdf", _pdf([_NEWS], [[(20, 61, 120, 15)]]))
    assert [(i.number, i.decision) for i in m.items] == [
        (1, "Godkendt."), (2, "Taget til efterretning.")]


# --- what such pages give as text ------------------------------------------------------

def test_a_members_paragraph_wrapped_in_a_narrow_column_is_read_whole() -> None:
    """Entries parted by middle dots or semicolons, wrapped after a comma, before a dot
    and inside a name: before, only the first line's members were read."""
    text = "\n".join([
        "Referat", "Miljøudvalget", "Mødedato", "Tirsdag den 3. marts 2026", "Medlemmer",
        "Poul Vind (V), formand · Dorte Kjær (A),", "næstformand · Aske Lund (C) · Rita Bo (A)",
        "· Finn Hald (F) · Gry Mose (Ø) · Tobias", "Brink (Æ)", "Afbud", "Rita Bo (A)",
        "Punkt 1 Godkendelse af dagsorden", "Beslutning", "Godkendt."])
    m = parse_minutes(text)
    assert [p.name for p in m.participants if p.status == "deltog"] == [
        "Poul Vind (V)", "Dorte Kjær (A)", "Aske Lund (C)", "Finn Hald (F)", "Gry Mose (Ø)",
        "Tobias Brink (Æ)"]
    long = "\n".join([
        "Referat", "Skoleudvalget", "Mødedato:", "Onsdag den 4. marts 2026", "Deltagere:",
        "Karl Bundgaard (V), formand; Signe Maj Holst (A),",
        "næstformand; Ebbe Kornerup Dahl (V); Lykke Brandt (A);",
        "Torben Skriver (C); Anja Lundgaard (F); Mikael Vest (Æ)", "Afbud:", "Ida Ravn (A)",
        "Punkt 1 Godkendelse af dagsorden", "Beslutning", "Godkendt."])
    assert len([p for p in parse_minutes(long).participants if p.status == "deltog"]) == 7


def test_an_absence_label_above_its_one_entry_keeps_the_entrys_note(
        read_file: ReadFile) -> None:
    """"Fraværende:" / "X fra kl. 15.30 (punkt 2 og 3)": before, X was not absent from
    items 2 and 3."""
    text = "\n".join([
        "Referat", "Ældrerådet", "Mødedato:", "Torsdag den 12. marts 2026", "Deltagere:",
        "Inge Mark (A); Jon Bech (V)", "Fraværende:", "Jon Bech (V) fra kl. 15.30 (punkt 2 og 3)",
        "Fra administrationen:", "ældrechef Bo Friis",
        "PUNKT 1", "Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "PUNKT 2", "Madservice", "Beslutning", "Godkendt.",
        "PUNKT 3", "Eventuelt", "Beslutning", "Intet."])
    (m,) = read_file("aeldreraad.txt", text)
    assert [(i.number, i.absentees) for i in m.items] == [
        (1, []), (2, ["Jon Bech (V)"]), (3, ["Jon Bech (V)"])]


def test_an_empty_case_field_is_no_part_of_the_title() -> None:
    """"Sagsnr. –" on the title's line or below it, "Sagsnr." / "–" in a margin's lines:
    before, the title ended "Sagsnr. –" or the dash was the item's text."""
    text = "\n".join([
        "Referat", "Teknisk Udvalg", "Mødedato: Mandag den 2. marts 2026",
        "Punkt 1 Godkendelse af dagsorden Sagsnr. -", "Beslutning", "Godkendt.",
        "PUNKT 2", "Eventuelt", "Sagsnr. –", "Beslutning", "Intet.",
        "PUNKT 3", "Meddelelser", "Sagsnr.", "–", "Åben sag", "Beslutning",
        "Taget til efterretning."])
    m = parse_minutes(text)
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", None), (2, "Eventuelt", None), (3, "Meddelelser", None)]
    assert [[s.name for s in i.sections] for i in m.items] == [["Beslutning"]] * 3


def test_a_narrow_columns_wrapped_heads_are_read_whole() -> None:
    """A title's dash phrase wrapped in turn, a decision heading's year below it, a
    place's house number below its street, the next meeting's box after the last item:
    before, the title lost its phrase, the earlier decision stayed in the Indstilling,
    the place lost its number and the last decision ran on with the box."""
    text = "\n".join([
        "Referat", "Klimaudvalget", "Mødedato: Onsdag den 11. marts 2026",
        "Mødested: Lokale 4, Rådhuset, Torvegade", "12, 4700 Næstved",
        "PUNKT 1", "Spildevandsplan 2026-2030", "– separering i Herlufmagle og",
        "Fensmark", "Sagsnr. 26/901", "Indstilling", "Direktøren indstiller, at planen godkendes.",
        "Beslutning i Klimaudvalget den 14. januar", "2026",
        "Sagen blev udsat.", "Beslutning i Klimaudvalget den 11. marts 2026", "Godkendt.",
        "Mødet sluttede kl. 17.30.", "Næste møde", "Klimaudvalget holder næste møde onsdag",
        "den 8. april 2026 kl. 16.00 på Rådhuset."])
    m = parse_minutes(text)
    assert m.place == "Lokale 4, Rådhuset, Torvegade 12, 4700 Næstved"
    (item,) = m.items
    assert item.title == "Spildevandsplan 2026-2030 – separering i Herlufmagle og Fensmark"
    assert item.section("Indstilling") == "Direktøren indstiller, at planen godkendes."
    assert [(h.date, h.text) for h in item.history] == [(date(2026, 1, 14), "Sagen blev udsat.")]
    assert item.decision == "Godkendt."


def test_a_post_capitalised_at_a_cells_start_names_staff() -> None:
    """"Desuden deltog Direktør for Kultur og Fritid Anne Holm" / "Kulturchef Per Sand":
    before, the sentence named a substitute "Direktør"."""
    text = "\n".join([
        "Referat", "Kulturudvalget", "Mødedato Mandag den 16. marts 2026",
        "Medlemmer Lis Dahl (A), formand", "Ove Berg (V)",
        "Desuden deltog Direktør for Kultur og Fritid Anne Holm", "Kulturchef Per Sand",
        "Punkt 1 Godkendelse af dagsorden", "Beslutning", "Godkendt."])
    m = parse_minutes(text)
    assert [p.name for p in m.participants] == ["Lis Dahl (A)", "Ove Berg (V)"]
