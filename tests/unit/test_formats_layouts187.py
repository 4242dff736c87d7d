"""A hundred and eighty-seventh round of layouts (round 187's blind files: PDF minutes whose
text layer runs out of the reading order): two columns of running text drawn row by row
across both; an agenda whose every paragraph is a box of its own, the boxes drawn in no
order; and minutes printed from a spreadsheet, a grid of cells with a members' table
("Deltagere | Fremmøde | Repræsenterer") and an item table whose case text and decision
stand side by side ("Sagsfremstilling og indstilling | Beslutning | Ansvarlig"). Each
PDF is written here with fpdf, the text placed where a reader sees it and drawn in the
order the producer draws it (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(tmp_path: Path, pages: list[list[tuple[float, float, str]]],
         landscape: bool = False, size: float = 9) -> Path:
    """A PDF whose pages draw each (x, y, text) in the order given (mm from the top left)."""
    from fpdf import FPDF

    assert FONT.exists(), "the DejaVu font renders Danish letters into the PDF"
    pdf = FPDF(orientation="L" if landscape else "P")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=size)
    for page in pages:
        pdf.add_page()
        for x, y, text in page:
            pdf.text(x, y, text)
    path = tmp_path / "referat.pdf"
    pdf.output(str(path))
    return path


# --- two columns of running text, drawn row by row --------------------------------------

_LEFT = [
    "1. Godkendelse af dagsorden",
    "Beslutning",
    "Dagsordenen blev godkendt uden bemærkninger fra",
    "udvalgets medlemmer.",
    "",
    "2. Renovering af svømmehallen i Tarm",
    "Sagsnr.: 04.00.00-G01-5-23",
    "Sagsfremstilling",
    "Svømmehallens tag og ventilation er nedslidte, og",
    "forvaltningen har fået udarbejdet et skitseprojekt",
    "med en samlet anlægsudgift på 7,4 mio. kr. Arbejdet",
    "kan udføres i sommerferien, hvor hallen er lukket.",
    "Beslutning",
    "Anbefalet over for Økonomiudvalget og Byrådet med",
]
_RIGHT = [
    "den bemærkning, at brugerne inddrages i planen.",
    "For stemte: V, A og C.",
    "Imod stemte: Ø.",
    "",
    "3. Åbningstider på bibliotekerne i 2024",
    "Sagsnr.: 18.15.00-A00-2-23",
    "Sagsfremstilling",
    "Bibliotekerne foreslår at udvide den selvbetjente",
    "åbningstid i Hvide Sande og Lem fra klokken syv om",
    "morgenen til klokken ti om aftenen alle ugens dage.",
    "Beslutning",
    "Godkendt som foreslået af forvaltningen i sagen.",
]


def test_two_text_columns_drawn_row_by_row_are_read_column_by_column(tmp_path):
    head = [(15, 20, "Ringkøbing-Skjern Kommune"), (15, 30, "Referat"),
            (15, 38, "Kultur- og Fritidsudvalget"),
            (15, 48, "Mødedato: Torsdag den 7. december 2023"),
            (15, 54, "Mødetidspunkt: Kl. 15.00"), (15, 60, "Mødested: Rådhuset, lokale 4"),
            (15, 70, "Medlemmer: Lars Holm (V), formand, Ida Krogh (A), Bo Lind (C)")]
    rows = []  # (the layout program writes each baseline's two lines together)
    for k in range(max(len(_LEFT), len(_RIGHT))):
        y = 90 + 5 * k
        for x, column in ((15, _LEFT), (110, _RIGHT)):
            if k < len(column) and column[k]:
                rows.append((x, y, column[k]))
    (m,) = read_meetings(_pdf(tmp_path, [head + rows]))
    assert (m.committee, m.date) == ("Kultur- og Fritidsudvalget", date(2023, 12, 7))
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Renovering af svømmehallen i Tarm"),
        (3, "Åbningstider på bibliotekerne i 2024")]
    assert m.item(1).decision == "Dagsordenen blev godkendt uden bemærkninger fra udvalgets " \
                                 "medlemmer."
    assert m.item(2).decision.startswith("Anbefalet over for Økonomiudvalget og Byrådet med den "
                                         "bemærkning")
    assert m.item(2).votes == {"for": ["V", "A", "C"], "imod": ["Ø"]}
    assert m.item(3).journal_number == "18.15.00-A00-2-23"
    assert m.item(3).decision == "Godkendt som foreslået af forvaltningen i sagen."


# --- an agenda of boxes drawn in no order -----------------------------------------------

def _boxes() -> list[tuple[float, float, str]]:
    """The agenda's boxes where they stand: the head's labels and values side by side."""
    boxes = [(20, 15, "Lolland Kommune"), (20, 28, "Dagsorden"),
             (20, 36, "Teknik- og Miljøudvalget"),
             (20, 46, "Mødedato"), (52, 46, "Mandag den 4. marts 2024"),
             (20, 52, "Tidspunkt"), (52, 52, "Kl. 16.30"),
             (20, 58, "Mødested"), (52, 58, "Rådhuset i Maribo, mødelokale 2"),
             (20, 64, "Medlemmer"),
             (52, 64, "Jens Bak (V), formand · Eva Lund (A) · Ole Friis (F)"),
             (20, 80, "1. Godkendelse af dagsorden"), (20, 86, "Indstilling"),
             (20, 92, "Teknik- og miljødirektøren indstiller, at dagsordenen godkendes.")]
    y = 104
    for n, (title, case) in enumerate((("Vintertjeneste på cykelstierne", "24-001122"),
                                       ("Ny busrute til Nakskov Station", "24-003344"),
                                       ("Lukket punkt: Køb af areal ved havnen", "24-005566"),
                                       ("Kloakering af sommerhusområdet ved Hummingen",
                                        "24-007788")), start=2):
        boxes += [(20, y, f"{n}. {title}"), (20, y + 6, f"Sagsnr.: {case}")]
        if "Lukket" not in title:
            boxes += [(20, y + 12, "Sagsfremstilling"),
                      (20, y + 18, "Forvaltningen har undersøgt sagen og beskriver her de"),
                      (20, y + 23, "muligheder, udvalget kan vælge imellem."),
                      (20, y + 29, "Indstilling"),
                      (20, y + 35, "Teknik- og miljødirektøren indstiller, at sagen godkendes.")]
        y += 46 if "Lukket" not in title else 16
    return boxes


def test_boxes_drawn_in_no_order_are_read_top_down(tmp_path):
    shuffled = _boxes()
    random.Random(187).shuffle(shuffled)
    (m,) = read_meetings(_pdf(tmp_path, [shuffled]))
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Teknik- og Miljøudvalget", date(2024, 3, 4), "16:30", "Rådhuset i Maribo, mødelokale 2")
    assert m.doc_type == "dagsorden"
    assert [p.name for p in m.participants] == ["Jens Bak (V)", "Eva Lund (A)", "Ole Friis (F)"]
    assert [(i.number, i.journal_number, i.closed) for i in m.items] == [
        (1, None, False), (2, "24-001122", False), (3, "24-003344", False),
        (4, "24-005566", True), (5, "24-007788", False)]
    assert m.item(3).section("Sagsfremstilling").startswith("Forvaltningen har undersøgt")


# --- minutes printed from a spreadsheet -----------------------------------------------

def _sheet() -> list[tuple[float, float, str]]:
    """A grid of cells, each line of a cell placed by itself, a row's cells side by side."""
    cells = [(10, 12, "Referat – Idrætsrådet"), (10, 20, "Vordingborg Kommune"),
             (10, 30, "Mødedato:"), (60, 30, "02-10-2023"),
             (10, 35, "Mødetid:"), (60, 35, "19:00-21:00"),
             (10, 40, "Mødested:"), (60, 40, "Hallen i Stege, mødelokale 1"),
             (10, 50, "Deltagere"), (60, 50, "Fremmøde"), (90, 50, "Repræsenterer")]
    for k, (name, said, org) in enumerate((
            ("Anne Vinther", "Deltog", "Formand, byrådsmedlem (V)"),
            ("Per Holt", "Deltog", "Næstformand, Møns Gymnastikforening"),
            ("Kaj Lind Nielsen", "Afbud", "Stege Boldklub"),
            ("Rikke Dam Olsen", "Deltog", "Vordingborg Svømmeklub"))):
        cells += [(10, 56 + 5 * k, name), (60, 56 + 5 * k, said), (90, 56 + 5 * k, org)]
    cells += [(10, 85, "Pkt."), (22, 85, "Emne"), (72, 85, "Sagsnr."),
              (95, 85, "Sagsfremstilling og indstilling"), (195, 85, "Beslutning"),
              (265, 85, "Ansvarlig"),
              (10, 92, "1"), (22, 92, "Godkendelse af dagsorden"), (195, 92, "Godkendt."),
              (10, 99, "2"), (22, 99, "Tilskud til nye mål"), (72, 99, "23/9911"),
              (95, 99, "Stege Boldklub søger 20.000 kr. til nye mål."),
              (95, 104, "Forvaltningen indstiller, at der bevilges 15.000 kr."),
              (195, 99, "Bevilget 15.000 kr. som indstillet."), (265, 99, "AV"),
              (10, 112, "3"), (22, 112, "Fordeling af haltider"), (72, 112, "23/9950"),
              (95, 112, "Forvaltningen har fordelt haltiderne for sæsonen."),
              (195, 112, "Godkendt."), (195, 117, "For stemte: Anne Vinther, Per"),
              (195, 122, "Holt og Rikke Dam Olsen."), (265, 112, "AV/PH")]
    return cells


def test_a_spreadsheet_printout_is_read_by_its_rows_and_cells(tmp_path):
    (m,) = read_meetings(_pdf(tmp_path, [_sheet()], landscape=True, size=8))
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Vordingborg", "Idrætsrådet", date(2023, 10, 2), "19:00")
    people = {p.name.split(" (")[0]: (p.status, p.role) for p in m.participants}
    assert people == {"Anne Vinther": ("deltog", "formand"), "Per Holt": ("deltog", "næstformand"),
                      "Kaj Lind Nielsen": ("afbud", ""), "Rikke Dam Olsen": ("deltog", "")}
    assert [(i.number, i.title, i.decision.split("\n")[0]) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Tilskud til nye mål", "Bevilget 15.000 kr. som indstillet."),
        (3, "Fordeling af haltider", "Godkendt.")]
    assert "AV" not in m.item(2).decision  # (the responsible's initials are a column apart)
    assert m.item(2).section("Sagsfremstilling").startswith("Stege Boldklub søger")
    assert m.item(3).votes == {"for": ["Anne Vinther", "Per Holt", "Rikke Dam Olsen"]}
