"""Round 218's layouts (round 218's blind files): PDF minutes from older and less common
layouts of 2005–2013, their text layers as pypdf gives them: a KMD WinSag print with running
item numbers ("215.") whose "Åben sag" stands beside "Sagsnr.: …" far right on its line; a
ScanJour/Word template with hanging labels ("Sag nr. 3" / title, "Afgørelse:" / text) and an
earlier treatment's "Afgørelse:" under "Tidligere behandling:"; a municipality's own
typewriter template with "§ 98" items, the meeting date only in the running header line, a
"Fraværende:" paragraph naming the stand-in and a "Mødeleder:" label over the chair; an
early eDoc agenda whose every item ends with an empty "Beslutning:" heading, the closed part's
"Lukket møde" right below one. An item heading standing first under a page's running header
on most pages is no page furniture. Every text is written by the tests (other towns, bodies,
names and words than the blind files)."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import ReadFile
from .pdf_files import cells_pdf, pieces_pdf


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def _front(town: str, body: str, day: str) -> list[tuple[float, int, str]]:
    return [(20, 0, town), (20, 2, "REFERAT"), (20, 3, body), (20, 5, f"Mødedato: {day}"),
            (20, 6, "Mødetid: 16:00"), (20, 7, "Mødested: Byrådssalen, Rådhuset"),
            (20, 8, "Afbud: Ole Krogh (V)"), (90, 40, "Side 1")]


def _winsag_pdf() -> bytes:
    """Items "41." / title / "Åben sag" with its case number far right on the same line,
    then (two rows below, a paragraph's gap) the first section's heading over its lines."""
    head = [(20, 0, "Faxe Kommune"), (130, 0, "Teknisk Udvalg 11.03.2007")]
    item = [(20, 2, "41."), (32, 2, "Godkendelse af dagsorden"),
            (20, 3, "Åben sag"), (150, 3, "Sagsnr.: 07/311"),
            (20, 5, "Beslutning i Teknisk Udvalg den 11.03.2007:"), (20, 6, "Godkendt.")]
    rows = [(8, "42."), (9, "Åben sag"), (11, "Resumé:"),
            (12, "Belysningen langs Østervej er udtjent, og flere master står skævt efter"),
            (13, "stormen i januar. Der er kommet klager fra beboerne i den nordlige del."),
            (14, "Masterne skal derfor skiftes inden vinteren."),
            (16, "Sagsfremstilling:"),
            (17, "Der er indhentet to tilbud på nye armaturer med LED, og det billigste"),
            (18, "tilbud ligger inden for det afsatte rådighedsbeløb på 1,2 mio. kr."),
            (19, "Arbejdet kan udføres i maj og juni."),
            (21, "Beslutning i Teknisk Udvalg den 11.03.2007:"), (22, "Godkendt."),
            (24, "43."), (25, "Åben sag"), (27, "Sagsfremstilling:"),
            (28, "Ruteplanen er uændret fra sidste vinter, og entreprenørerne er de samme"),
            (29, "som i 2006. Saltlageret i Karise er fyldt op."),
            (31, "Beslutning i Teknisk Udvalg den 11.03.2007:"), (32, "Taget til efterretning.")]
    page = sorted(head + item + [(20, row, text) for row, text in rows] + [
        (32, 8, "Vejbelysning i Karise"), (150, 9, "Sagsnr.: 07/455"),
        (32, 24, "Vintertjeneste 2007/08"), (150, 25, "Sagsnr.: 07/520"), (90, 40, "Side 2")],
        key=lambda piece: (piece[1], piece[0]))  # (drawn row by row, left to right)
    # (each piece a text object ending with a line feed, as reportlab draws a string: pypdf
    # gives "Åben sag" and its case number a line each)
    return cells_pdf([_front("Faxe Kommune", "TEKNISK UDVALG", "11.03.2007"), page])


def test_open_mark_beside_the_case_number_is_no_wrapped_side_label(read_file: ReadFile) -> None:
    """"Åben sag" with "Sagsnr.: …" far right on its line stands beside no text column: the
    section heading a paragraph's gap below it is no second line of a label (before: "Åben
    sag Resumé:" in item 41, and item 42's and 43's headings lost, their text "Beskrivelse"
    opening with "Åben sag")."""
    (m,) = read_file("tu_110307.pdf", _winsag_pdf())
    assert (m.committee, m.date) == ("Teknisk Udvalg", date(2007, 3, 11))
    assert [i.number for i in m.items] == [41, 42, 43]
    first, lamps, winter = m.items
    assert [s.name for s in first.sections] == ["Beslutning"]
    assert _section(lamps, "Sammendrag").startswith("Belysningen langs Østervej er udtjent")
    assert _section(lamps, "Sagsfremstilling").startswith("Der er indhentet to tilbud")
    assert _section(winter, "Sagsfremstilling").startswith("Ruteplanen er uændret")
    assert not any("Åben sag" in s.text for i in m.items for s in i.sections)
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt.", "Taget til efterretning."]


def _paged_pdf(marks: list[str], header: list[str]) -> bytes:
    """A front page, then one item a page, each item's heading ("Sag nr. 2", "§ 31") the
    first line under the page's running header, its title on the line below."""
    pages = [_front("Faxe Kommune", "Miljøudvalget", "10.11.2009")]
    for k, (mark, (title, decision)) in enumerate(zip(marks, _DECIDED, strict=True)):
        lines = [*header, mark, title, "Sagsnr.:", f"09/{k + 1040}", "Afgørelse:", decision]
        pages.append([(20, n, line) for n, line in enumerate(lines)] + [(90, 40, f"Side {k + 2}")])
    return pieces_pdf(pages)


_DECIDED = [("Godkendelse af dagsorden", "Godkendt."),
            ("Trafiksanering af Skolevej", "Anbefales over for Byrådet."),
            ("Salg af grund i Rønnede", "Udsat til næste møde."),
            ("Personalesag", "Drøftet.")]


@pytest.mark.parametrize("marks", [["Sag nr. 1", "Sag nr. 2", "Sag nr. 3", "Sag nr. 4"],
                                   ["§ 31", "§ 32", "§ 33", "§ 34"]])
def test_item_heading_first_under_each_pages_header_is_no_furniture(
        read_file: ReadFile, marks: list[str]) -> None:
    """"Sag nr. N" and "§ N", an item's heading with its number, are never page furniture,
    however many pages open with one right under the running header (before: dropped as a
    header repeated at the top of every page, the items merged into the one before)."""
    header = ["Faxe Kommune", "Miljøudvalget  10.11.2009"]
    (m,) = read_file("mu_101109.pdf", _paged_pdf(marks, header))
    assert [(i.title, i.decision) for i in m.items] == _DECIDED
    assert [i.journal_number for i in m.items] == ["09/1040", "09/1041", "09/1042", "09/1043"]


_HISTORY = """Faxe Kommune
Referat
Miljøudvalget
Mødedato: 10.11.2009
Mødetid: 16:00
Afbud: Ole Krogh (V)
Medlemmer: Tine Brask (A), formand, Bo Holm (A), Ole Krogh (V), Lis Vang (F)

Sag nr. 1
Landzonetilladelse til hestestald, Præstøvej 8
Sagsnr.: 09/2231
Tidligere behandling:
Miljøudvalget den 13. oktober 2009, sag nr. 4:
Afgørelse: Sagen udsat til besigtigelse.
Fraværende: Bo Holm (A).
Sagsfremstilling:
Ejeren søger om at opføre en hestestald på 300 m².
Afgørelse:
Tilladelsen gives.
Afbud: Ole Krogh (V).

Sag nr. 2
Meddelelser
Sagsnr.: 09/2300
Afgørelse:
Taget til orientering.
Afbud: Ole Krogh (V).
"""


def test_earlier_treatments_afgorelse_label_is_its_entry(read_file: ReadFile) -> None:
    """Under "Tidligere behandling:", "<Body> den <date>, sag nr. N:" over "Afgørelse: …" is
    one earlier treatment, its absence that meeting's (before: the earlier "Afgørelse:"
    opened a decision of this meeting, the entry had no text, Bo Holm absent in item 1)."""
    (m,) = read_file("mu_referat.txt", _HISTORY)
    stable = m.items[0]
    assert stable.decision == "Tilladelsen gives."
    assert [(h.committee, h.date, h.punkt) for h in stable.history] == [
        ("Miljøudvalget", date(2009, 10, 13), 4)]
    assert stable.history[0].text.startswith("Sagen udsat til besigtigelse.")
    assert "Bo Holm (A)" not in stable.absentees
    assert [s.name for s in stable.sections].count("Beslutning") == 1


_COUNCIL = """Faxe Kommune - Byrådet - Mødet den 12.05.2006
Side 1
R E F E R A T
af ordinært møde i Byrådet
Mødested:     Rådhuset, byrådssalen
Mødet begyndte kl. 19.30 og sluttede kl. 21.45.
Fraværende:
Ole Krogh (V) og Bent Lind (C). Som stedfortræder for Bent
Lind var indkaldt Rikke Bro (C).
Mødeleder:
Borgmester Anne Holt (A)
§ 31
Godkendelse af referat
J.nr. 00.01A00-06/0031
Referat:
Godkendt.
Fraværende: Ole Krogh (V) og Bent Lind (C).
§ 32
Meddelelser
J.nr. 00.01A00-06/0032
Referat:
Til efterretning.
Fraværende: Ole Krogh (V) og Bent Lind (C).
"""


def test_hanging_absence_paragraph_and_chair_label(read_file: ReadFile) -> None:
    """"Fraværende:" alone over a paragraph whose second sentence names the stand-in ("Som
    stedfortræder for X var indkaldt Y (C).") and "Mødeleder:" alone over the chair's name:
    the stand-in is present for whom they stood in for, the chair present with the office
    as role (before: the chair read as absent, the stand-in missing)."""
    (m,) = read_file("byraadet_120506.txt", _COUNCIL)
    assert (m.committee, m.date, m.start_time) == ("Byrådet", date(2006, 5, 12), "19:30")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Anne Holt (A)"] == ("deltog", "borgmester")
    assert people["Rikke Bro (C)"] == ("deltog", "stedfortræder for Bent Lind (C)")
    assert sorted(n for n, (status, _) in people.items() if status == "afbud") == [
        "Bent Lind (C)", "Ole Krogh (V)"]
    assert [i.number for i in m.items] == [31, 32]


_AGENDA = """Dagsorden
Kultur- og Fritidsudvalget
Dato: Mandag den 3. maj 2010
Start: Kl. 16:00
Sted: Mødelokale 4, Rådhuset
Medlemmer: Tine Brask (A), formand, Bo Holm (A), Lis Vang (F)
Afbud: Lis Vang (F)

1.
Tilskud til spejderhytte i Haslev
Sagsnr.: 10/0411
Sagsfremstilling
Spejderne søger 60.000 kr. til nyt tag på hytten.
Indstilling
Forvaltningen indstiller, at der gives 40.000 kr.
Beslutning:
2.
Meddelelser
Sagsnr.: 10/0412
Sagsfremstilling
- Næste møde holdes den 7. juni 2010.
Beslutning:
Lukket møde
3.
Lejeaftale for cafeen i hallen
Sagsnr.: 10/0413
Lukket punkt.
Beslutning:
"""


def test_closed_part_under_an_agendas_empty_decision_heading(read_file: ReadFile) -> None:
    """"Lukket møde" right below an item's empty "Beslutning:" heading is the closed part's
    heading, no decision: the file stays an agenda, its members called (before: item 2's
    decision "Lukket møde" made it a referat)."""
    (m,) = read_file("kfu_dagsorden_030510.txt", _AGENDA)
    assert (m.committee, m.date, m.doc_type) == ("Kultur- og Fritidsudvalget", date(2010, 5, 3),
                                                 "dagsorden")
    assert [i.decision for i in m.items] == ["", "", ""]
    assert [i.closed for i in m.items] == [False, False, True]
    assert {p.name: p.status for p in m.participants}["Tine Brask (A)"] == "indkaldt"
    assert not m.warnings
