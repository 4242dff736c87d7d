"""An eighty-fifth round of layouts (round 85's blind files): a typed ledger protocol
whose margin column holds each item's number, journal number and the clerk's notes
beside the title, adjourned one day and continued the next; an agenda whose letterhead
on every page abbreviates the committee ("KFU – Dagsorden") above empty "Beslutning:"
fields and a closing "Næste møde:" line; a word processor's footnotes (raised small
figures, the notes at the page's foot) with a decision cut by the page break; a
referat whose treatment boxes are labelled by the committee's initials only; and a
document printed two pages to a sheet. Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fpdf import FPDF

from ingest.formats.committee_initials import name_initials, spelled_initials
from ingest.formats.margin_heads import margin_heads
from ingest.formats.text_layout import reflow

from .fixture_files import written_meeting as _read
from .pdf_files import FONT

# --- a ledger protocol's margin column ------------------------------------------------

_RUNNING = ["NIBE KOMMUNE - MILJØUDVALGET", "Mødet den 07.02.2006", "Protokol side 12",
            "Formandens initialer: ______"]


def _ledger() -> str:
    page1 = [*_RUNNING, "PROTOKOL", "for", "Miljøudvalget",
             "Mødet afholdtes tirsdag den 7. februar 2006 kl. 19.00 i udvalgsværelset, "
             "Nibe Rådhus, Torvet 1,", "9240 Nibe.",
             "Til stede: Anders Lund (A), formand, Bente Holm (V), næstformand, Carl Ravn (C) "
             "og Dorte Kjær (F) som stedfortræder for Erik Sand (F).",
             "Forfald: Erik Sand (F).", "Protokolfører: Miljøchef Finn Bø.",
             "Pkt. 1", "J.nr. 09.00.00A00", "Meddelelser", "Sagsfremstilling:",
             "Der er intet nyt fra forvaltningen.", "Beslutning:", "Taget til efterretning.",
             "Pkt. 2", "J.nr. 09.17.10P15", "Udskr. sendt ØU 10.02.06", "Plan for grundvandet",
             "Sagsfremstilling:", "Planen har været i høring.", "Beslutning:", "Godkendt.",
             "Mødet udsat kl. 22.30.",
             "Mødet genoptaget onsdag den 8. februar 2006 kl. 19.00 samme sted. Carl Ravn (C) "
             "havde forfald til det", "genoptagne møde."]
    page2 = [*_RUNNING[:2], "Protokol side 13", _RUNNING[3],
             "Pkt. 3", "J.nr. 09.02.15K05", "Tilladelse til udledning", "Sagsfremstilling:",
             "Virksomheden søger om tilladelse.", "Beslutning:", "Tilladelse meddeles.",
             "Carl Ravn (C) fraværende."]
    # (the last page's running header notes the day the meeting went on)
    page3 = [_RUNNING[0], "Mødet den 07.02.2006 (fortsat 08.02.2006)", "Protokol side 14",
             _RUNNING[3],
             "Pkt. 4", "J.nr. 01.11.15P20", "LUKKET MØDE", "Køb af jord ved Vester Hassing",
             "Sagen blev behandlet for lukkede døre.", "Beslutning:", "Indstillingen tiltrådt.",
             "Mødet hævet kl. 21.15.", "Protokollen oplæst og godkendt.",
             "___________   ___________", "Anders Lund   Bente Holm"]
    return "\n\f\n".join("\n".join(page) for page in (page1, page2, page3))


def test_margin_column_heads_are_the_items(tmp_path: Path) -> None:
    m = _read(tmp_path, "nibe.txt", _ledger())
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Meddelelser", "09.00.00A00", False),
        (2, "Plan for grundvandet", "09.17.10P15", False),
        (3, "Tilladelse til udledning", "09.02.15K05", False),
        (4, "Køb af jord ved Vester Hassing", "01.11.15P20", True)]
    assert (m.committee, m.date, m.start_time) == ("Miljøudvalget", date(2006, 2, 7), "19:00")


def test_a_continued_meetings_note_wrapped_over_two_lines_is_no_decision(tmp_path: Path) -> None:
    m = _read(tmp_path, "nibe.txt", _ledger())
    assert m.item(2).decision == "Godkendt."
    # (the running header "… (fortsat 08.02.2006)" is the page's furniture)
    assert m.item(3).decision.startswith("Tilladelse meddeles.")
    assert "fortsat" not in m.item(3).decision and "Protokol" not in m.item(3).decision
    assert m.item(4).decision == "Indstillingen tiltrådt."  # (not "Mødet hævet …")
    # away from the continued meeting only: a participant, absent from its items
    carl = next(p for p in m.participants if p.name.startswith("Carl Ravn"))
    assert carl.status == "deltog"
    assert any(a.startswith("Carl Ravn") for a in m.item(4).absentees)


def test_a_substitute_named_in_a_sentence_and_a_place_wrapped_after_the_time(
        tmp_path: Path) -> None:
    m = _read(tmp_path, "nibe.txt", _ledger())
    dorte = next(p for p in m.participants if p.name.startswith("Dorte Kjær"))
    assert (dorte.name, dorte.status, dorte.role) == (
        "Dorte Kjær (F)", "deltog", "stedfortræder for Erik Sand (F)")
    assert m.place == "udvalgsværelset, Nibe Rådhus, Torvet 1, 9240 Nibe"


def test_margin_heads_need_two_items_so_headed() -> None:
    one = ["Pkt. 1", "J.nr. 09.00.00A00", "Meddelelser", "Beslutning:", "Godkendt."]
    assert margin_heads(one) == one
    two = [*one, "Pkt. 2", "J.nr. 09.01.00A00", "Kopi sendt til TU", "Budget"]
    assert margin_heads(two) == ["J.nr. 09.00.00A00", "Pkt. 1", "Meddelelser", "Beslutning:",
                                 "Godkendt.", "J.nr. 09.01.00A00", "Pkt. 2", "Budget"]


# --- a letterhead's initials and an agenda's empty decision fields ----------------------

def _letterhead_agenda() -> str:
    head = ["Vejle Kommune", "KFU – Dagsorden", "Udskrevet 01.12.2025 kl. 09.12"]
    return "\n".join([
        *head, "Dagsorden", "Kultur- og Fritidsudvalget",
        "Mødedato: Mandag den 8. december 2025", "Mødetidspunkt: Kl. 16:00",
        "Mødested: Mødelokale 1, Vejle Rådhus",
        "Medlemmer:", "Hanne Brix (A), formand", "Ib Lund (V)", "Afbud: Ib Lund (V)",
        "1. Godkendelse af dagsorden", "Sagsnr.: 25/100 – Åbent punkt", "Sagsfremstilling",
        "Dagsordenen forelægges.", "Beslutning:",
        "2. Tilskud til spejderhytte", "Sagsnr.: 25/101 – Åbent punkt", "Sagsfremstilling",
        "Spejderne søger tilskud.", "Beslutning:", "\f", *head,
        "3. Salg af hal", "Sagsnr.: 25/102 – Lukket punkt", "Sagen behandles for lukkede døre.",
        "Beslutning:", "Næste møde: Mandag den 12. januar 2026 kl. 16:00."])


def test_a_letterheads_initials_are_the_committee_printed_in_full(tmp_path: Path) -> None:
    m = _read(tmp_path, "vejle.txt", _letterhead_agenda())
    assert m.committee == "Kultur- og Fritidsudvalget"


def test_next_meeting_under_an_empty_decision_field_leaves_an_agenda(tmp_path: Path) -> None:
    m = _read(tmp_path, "vejle.txt", _letterhead_agenda())
    assert m.doc_type == "dagsorden"
    assert all(not i.decision for i in m.items)


def test_initials_of_a_bodys_name() -> None:
    assert name_initials("Børne-, Unge- og Familieudvalget") == {"BUF", "BUFU"}
    assert name_initials("Teknisk Udvalg") == {"TU"}
    assert name_initials("Byrådet") == {"BR"}
    assert spelled_initials("KFU", ["Kultur- og Fritidsudvalget"]) == "Kultur- og Fritidsudvalget"
    # two bodies with the same initials, or a name that is no initials: nothing to spell out
    assert spelled_initials("KFU", ["Kultur- og Fritidsudvalget",
                                    "Klima- og Forsyningsudvalget"]) is None
    assert spelled_initials("Kulturudvalget", ["Kultur- og Fritidsudvalget"]) is None


def test_a_vice_mayors_numbered_title_keeps_the_role_after_it(tmp_path: Path) -> None:
    text = "\n".join([
        "Referat", "Økonomiudvalget", "Mødedato: Onsdag den 3. december 2025",
        "Deltagere:", "Lone Dam (A), borgmester, formand",
        "Per Bach (V), 1. viceborgmester, næstformand", "Eva Due (C)",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt."])
    m = _read(tmp_path, "oeu.txt", text)
    per = next(p for p in m.participants if p.name.startswith("Per Bach"))
    assert per.role == "1. viceborgmester, næstformand"


# --- a word processor's footnotes ------------------------------------------------------

def _note_pdf() -> bytes:
    """One A4 page: body text 10 pt, a raised 6 pt mark after "på" in the decision, the
    note (a 5 pt figure, 7.5 pt text) at the page's foot under the footer."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("F", "", FONT)
    pdf.add_page()
    y = 60.0

    def line(text: str, x: float = 70.0) -> None:
        nonlocal y
        pdf.set_font("F", "", 10)
        pdf.text(x, y, text)
        y += 14

    for text in ["Region Midtjylland", "Referat", "Regionsrådet",
                 "Mødedato: 26. november 2025", "Deltagere: Ane Bak (A), formand, Bo Kok (V)",
                 "1. Pulje til busser", "Sagsnr.: EMN-2025-100", "Sagsfremstilling",
                 "Puljen er på 5 mio. kr.", "Beslutning"]:
        line(text)
    pdf.text(70, y, "Godkendt med vægt på Djursland.")
    width = pdf.get_string_width("Godkendt med vægt på Djursland.")
    pdf.set_font("F", "", 6)
    pdf.text(70 + width, y - 3.8, "1")
    pdf.set_font("F", "", 10)
    pdf.text(70 + width + 4, y, " Evalueringen følger i 2027.")
    y += 14
    line("2. Eventuelt")
    line("Beslutning")
    line("Intet.")
    pdf.set_font("F", "", 8)
    pdf.text(280, 816, "Side 1 af 1")
    pdf.set_font("F", "", 5)
    pdf.text(70, 793, "1")
    pdf.set_font("F", "", 7.5)
    pdf.text(78, 797.5, " Heraf 2 mio. kr. fra staten.")
    return bytes(pdf.output())


def test_a_footnote_and_its_mark_leave_the_decision(tmp_path: Path) -> None:
    m = _read(tmp_path, "noter.pdf", _note_pdf())
    assert m.item(1).decision == ("Godkendt med vægt på Djursland. Evalueringen følger i "
                                  "2027.")
    assert m.item(2).decision == "Intet."
    assert not any("staten" in s.text for i in m.items for s in i.sections)


def test_a_paragraph_cut_after_a_preposition_goes_on() -> None:
    assert reflow(["lægges særlig vægt på", "", "Vestfyn. Det evalueres."]) == (
        "lægges særlig vægt på Vestfyn. Det evalueres.")
    # (a party letter "I", and a list after "at", end their paragraph)
    assert reflow(["For stemte: V og I", "", "Imod stemte: A"]) == (
        "For stemte: V og I\n\nImod stemte: A")


# --- two pages to a sheet ----------------------------------------------------------------

def _two_up_pdf() -> bytes:
    """A landscape sheet holding two pages side by side, drawn half by half, each with
    its own header and page counter; the left page ends inside a sentence."""
    pdf = FPDF(unit="mm", format="A4", orientation="L")
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", "", 8)
    pdf.add_page()
    left = ["Referat", "Fællesmøde mellem Kulturudvalget og Skoleudvalget",
            "Dato: Torsdag den 20. november 2025", "Tid: Kl. 16.00",
            "1. Godkendelse af dagsorden", "Sagsnr. 25/1", "Beslutning", "Godkendt.",
            "2. Musikskolen", "Sagsnr. 25/2", "Sagsfremstilling",
            "Musikskolens leder Ida Ravn, Region"]
    right = ["Syddanmark, deltog under punktet.", "Beslutning", "Taget til efterretning.",
             "3. Eventuelt", "Beslutning", "Intet."]
    for x, side, lines in ((15, 1, left), (163, 2, right)):
        pdf.text(x, 12, "Sorø Kommune")
        pdf.text(x + 60, 12, "Fællesmøde KU/SU")
        pdf.text(x + 50, 200, f"Side {side} af 2")
        for k, text in enumerate(lines):
            pdf.text(x, 25 + 7 * k, text)
    return bytes(pdf.output())


def test_two_pages_on_one_sheet_keep_their_headers_apart(tmp_path: Path) -> None:
    m = _read(tmp_path, "ark.pdf", _two_up_pdf())
    said = m.item(2).section("Sagsfremstilling")
    assert "Sorø Kommune" not in said and "KU/SU" not in said
    assert said.replace("\n", " ").split() == [
        "Musikskolens", "leder", "Ida", "Ravn,", "Region", "Syddanmark,", "deltog", "under",
        "punktet."]
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Musikskolen",
                                          "Eventuelt"]


def test_a_next_meeting_sentence_after_the_last_decision_ends_the_minutes(
        tmp_path: Path) -> None:
    text = "\n".join([
        "Referat", "Skoleudvalget", "Mødedato: Torsdag den 20. november 2025",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Enkeltsag", "Beslutning", "Taget til efterretning.",
        "Næste fællesmøde afholdes i maj 2026. Skoleudvalget holder ordinært møde den",
        "1. december 2025."])
    m = _read(tmp_path, "skole.txt", text)
    assert m.item(2).decision == "Taget til efterretning."
