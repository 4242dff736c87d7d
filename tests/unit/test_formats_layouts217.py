"""Round 217's layouts (round 217's blind files): the FirstAgenda system as five more
municipalities publish it in 2022–2026 – the "Referat" PDF print (a front page of
label/value rows, a contents list, each item's "Beslutning" first, then Resume,
Sagsfremstilling, Indstilling, Økonomi and a bulleted Bilag list, closed items by title
only), a council's 27-item print with a "Sagens forløb" under each item, the publication
web page of minutes and of an agenda, and the single-item print ("Hent som PDF"): one
item with its number from the agenda, its case text under bold sub-headings
("Baggrund", "Høringen"), its attachments as "Bilag N: …" lines, the earlier decisions
last, each under "Beslutning <Body> den dd-mm-yyyy", and on page 2 a running header
that repeats the item's heading cut short with "...". Every text is written by the
tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .pdf_files import pieces_pdf

_TITLE = ("12. Sammenlægning af Vestby Skole og Nordby Skole under én ledelse -",
          "beslutning efter høringsperioden")
_CUT_HEADER = "12. Sammenlægning af Vestby Skole og Nordby Skole under én ledelse - beslut..."

_PAGE_1 = [
    "Ringsted Kommune", "Byrådet | Referat",
    "Mødedato: Mandag den 3. februar 2025 kl. 18:00",
    "Mødested: Byrådssalen, Ringsted Rådhus, Sankt Bendts Gade 1, 4100 Ringsted",
    *_TITLE,
    "Sagsnummer: 24/05512",
    "Beslutning",
    "Indstillingen blev godkendt.",
    "For stemte 17: A, F og Ø. Imod stemte 8: V og C.",
    "Fraværende: Birthe Lindholm (V).",
    "Resume",
    "Skolerne i Vestby og Nordby foreslås lagt sammen under én skoleleder fra august.",
    "Sagsfremstilling",
    "Baggrund",
    "Elevtallet på Nordby Skole er faldet til 96 elever, og skolen har svært ved at",
    "rekruttere lærere med linjefag i naturfag.",
    "Høringen",
    "Forslaget har været i høring hos skolebestyrelserne. Der er modtaget 12 høringssvar.",
    "Byrådet 03-02-2025", "Side 1 af 2",
]
_PAGE_2 = [
    "Indstilling",
    "Børne- og Skoleforvaltningen indstiller, at skolerne lægges sammen pr. 1. august.",
    "Bilag",
    "Bilag 1: Forslag til ny skoleledelse",
    "Bilag 2: Høringssvar fra skolebestyrelserne",
    "Bilag 3: Elevtalsprognose",
    "Beslutning Økonomiudvalget den 27-01-2025",
    "Anbefales.",
    "Fraværende: Henrik Juul (C).",
    "Beslutning Børne- og Skoleudvalget den 20-01-2025",
    "Anbefales. Dorte Vang (V) kunne ikke anbefale indstillingen.",
    "Byrådet 03-02-2025", "Side 2 af 2",
]


def _single_item_pdf() -> bytes:
    """The single-item print: page 2's running header, the heading cut short, drawn
    last, as a layout program writes its page template after the page's text."""
    first = [(20, k, line) for k, line in enumerate(_PAGE_1)]
    second = [(20, k + 2, line) for k, line in enumerate(_PAGE_2)] + [(20, 0, _CUT_HEADER)]
    return pieces_pdf([first, second], size=8)


def _texts(item) -> str:
    return "\n".join(s.text for s in item.sections)


def test_a_single_item_print_keeps_its_attachments_and_this_meetings_decision(
        read_file: ReadFile) -> None:
    """"Bilag 1: Forslag …" lines and the earlier bodies' "Beslutning Økonomiudvalget
    den 27-01-2025" headings make no table printed tight: the attachments are one "Bilag"
    list that names each one (before: five "Bilag" sections of "1: Forslag …", the word
    "Bilag 1" lost), and the decision is this meeting's alone."""
    (m,) = read_file("dagsordenspunkt.pdf", _single_item_pdf())
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Ringsted", "Byrådet", date(2025, 2, 3), "18:00")
    (item,) = m.items
    assert item.number == 12
    assert item.title == ("Sammenlægning af Vestby Skole og Nordby Skole under én ledelse - "
                          "beslutning efter høringsperioden")
    assert item.decision.startswith("Indstillingen blev godkendt.")
    assert "Anbefales" not in item.decision
    assert [s.name for s in item.sections].count("Bilag") == 1
    assert item.section("Bilag").splitlines() == [
        "Bilag 1: Forslag til ny skoleledelse", "Bilag 2: Høringssvar fra skolebestyrelserne",
        "Bilag 3: Elevtalsprognose"]
    assert [(h.committee, h.date) for h in item.history] == [
        ("Økonomiudvalget", date(2025, 1, 27)), ("Børne- og Skoleudvalget", date(2025, 1, 20))]
    assert item.absentees == ["Birthe Lindholm (V)"]


def test_the_running_header_cut_short_is_no_text(read_file: ReadFile) -> None:
    """Page 2's running header repeats the item's heading cut short with "..." (on the
    one later page of the print): page furniture, no line of the case text it would
    stand in (before: "12. Sammenlægning … - beslut..." ended the Sagsfremstilling)."""
    (m,) = read_file("dagsordenspunkt.pdf", _single_item_pdf())
    (item,) = m.items
    assert "beslut..." not in _texts(item)
    assert item.section("Sagsfremstilling").endswith("Der er modtaget 12 høringssvar.")


def test_the_header_drawn_last_at_the_foot_of_the_page(read_file: ReadFile) -> None:
    """In a text whose page 2 ends with the header, after the page counter (as pypdf
    gives it), the cut heading is furniture too, no end of the last earlier decision."""
    text = "\n".join([*_PAGE_1, "\f", *_PAGE_2, _CUT_HEADER])
    (m,) = read_file("dagsordenspunkt.txt", text)
    (item,) = m.items
    assert [i.number for i in m.items] == [12]
    assert item.history[-1].text == "Anbefales. Dorte Vang (V) kunne ikke anbefale indstillingen."
    assert "beslut..." not in _texts(item)


def test_sub_headings_of_the_case_text_stay_in_it(read_file: ReadFile) -> None:
    """"Sagsfremstilling" with "Baggrund" right below it is the case text with its first
    sub-heading, not an empty section and a "Baggrund" of its own; "Høringen", a known
    case-text heading in its definite form, heads its paragraph (before: run into the
    sentence above it, "… naturfag. Høringen Forslaget …")."""
    (m,) = read_file("dagsordenspunkt.pdf", _single_item_pdf())
    (item,) = m.items
    names = [s.name for s in item.sections]
    assert "Sagsfremstilling" in names and "Baggrund" not in names
    case_text = item.section("Sagsfremstilling")
    assert case_text.startswith("Baggrund:\nElevtallet på Nordby Skole")
    assert "\nHøringen:\nForslaget har været i høring" in case_text
    assert "naturfag. Høringen" not in case_text
