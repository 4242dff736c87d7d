"""A forty-fourth round of layouts (d: round 44's blind files 07 and 10): a landscape
decision protocol that is one table "Nr. | Emne | Indstilling | Udvalgets beslutning",
its cells wrapping over several lines, over two pages with its head row repeated and a
footer "… Side N af M", read from its `pdftotext -layout` text (cells side by side on a
printed line, a long line squeezed so that two cells stand one space apart, the
decision's head centred over its column), from its plain `pdftotext` text (each cell a
paragraph) and from the PDF itself; and a GitLab wiki page whose items hold only their
case text while every decision stands in one "Beslutningsoversigt" table ("Pkt. | Sag |
Beslutning | For | Imod | Fraværende") after the items or before them, followed by the
wiki's edit note. Each read wrongly before: a row's first printed line as the title, the
Indstilling and Beslutning columns interleaved or run together as the decision, the
column heads under "Afbud:" as people sent apologies; the wiki page as a dagsorden
without decisions, the table and the edit note as the last item's text. The PDF and
its two texts are made by `gen_formats44d.py`."""

from __future__ import annotations

from functools import partial

import pytest

from ingest.formats.layout_table import column_table_text, layout_head
from referat.domain import Meeting

from .fixture_files import one_meeting

one = partial(one_meeting, "formats44d")

_PROTOCOLS = ("01_tabelprotokol_layout.txt", "02_tabelprotokol_afsnit.txt",
              "03_tabelprotokol.pdf")


def _sections(m: Meeting) -> list[tuple[int, list[str]]]:
    return [(i.number, [s.name for s in i.sections]) for i in m.items]


@pytest.mark.parametrize("name", _PROTOCOLS)
def test_table_protocol_rows_are_the_items(name: str) -> None:
    """Each row is an item: its number, the title from the Emne cell's first lines (a
    wrapped title joined, "Lukket punkt:" closing it), the case number from its
    "Sagsnr.:" line, the Indstilling and the decision from their own columns, the vote
    and the absentee from the decision's cell; the column heads are nobody. Before
    (-layout): titles "Godkendelse af dagsorden Dagsordenen godkendes. Godkendt.", the
    Indstilling's lines inside the decisions; (plain) every decision opened by the
    Indstilling, "Emne", "Indstilling" … as people sent apologies."""
    m = one(name)
    assert (m.committee, str(m.date), m.doc_type) == ("Børneudvalget", "2024-12-12", "referat")
    assert [(i.number, i.title, i.closed, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, None),
        (2, "Ny legeplads ved Kirkebakken Skole", False, "17.20.00-G01-4-24"),
        (3, "Kvalitetsrapport for dagtilbud 2024", False, "28.00.00-A00-2-24"),
        (4, "Status på skolernes trivselsmåling", False, "17.01.00-G01-9-24"),
        (5, "Ansøgning om skoleskift", True, None),
        (6, "Eventuelt", False, None)]
    assert _sections(m) == [(n, ["Indstilling", "Beslutning"]) for n in range(1, 6)] + [
        (6, ["Beslutning"])]
    assert [i.decision for i in m.items] == [
        "Godkendt.",
        "Godkendt.\nFor stemte: A, F og Ø (4)\nImod stemte: C (1)",
        "Taget til efterretning.\nFraværende: Mona Holt (C)",
        "Taget til efterretning med den bemærkning, at handleplanen også skal omfatte SFO. "
        "Udvalget ønsker en temadrøftelse i april.",
        "Indstillingen blev godkendt.",
        "Formanden orienterede om skolernes juleafslutning."]
    assert m.items[1].section("Indstilling").startswith(
        "Administrationen indstiller, at udvalget godkender placeringen")
    assert m.items[1].section("Indstilling").endswith("puljen til skolernes udearealer.")
    assert m.items[1].votes == {"for": ["A", "F", "Ø"], "imod": ["C"]}
    assert m.items[2].absentees == ["Mona Holt (C)"]
    assert [(p.name, p.status) for p in m.participants] == [
        ("Anne Vig (A)", "deltog"), ("Mona Holt (C)", "deltog"), ("Ib Dal (A)", "deltog"),
        ("Eva Krog (F)", "deltog"), ("Ali Nur (Ø)", "deltog"), ("Kim Lund (V)", "afbud")]


@pytest.mark.parametrize("name", ("01_tabelprotokol_layout.txt", "03_tabelprotokol.pdf"))
def test_table_protocol_over_two_pages(name: str) -> None:
    """Page 1's footer and page 2's repeated head row end no item; page 2's columns are
    found from its own head row ("Udvalgets beslutning" centred, its text further left);
    "Mødet hævet kl. 17.50." and the last footer are no decision; the start time of the
    facts is read. Before: the last row's title "Eventuelt Formanden orienterede om
    skolernes"."""
    m = one(name)
    assert m.start_time == "16:00"
    assert m.items[4].decision == "Indstillingen blev godkendt."
    assert (m.items[5].title, m.items[5].decision) == (
        "Eventuelt", "Formanden orienterede om skolernes juleafslutning.")
    text = " ".join(s.text for i in m.items for s in i.sections)
    assert "Side" not in text and "Beslutningsprotokol" not in text and "hævet" not in text


def test_layout_head_names_its_columns_by_their_words() -> None:
    """Any head row naming a number, a title and the item's sections is read, whatever
    its words; a prose line or a contents list's head ("Punkt  Titel  Side") is not."""
    head = layout_head("Punkt    Titel        Sagsfremstilling       Udvalgets beslutning")
    assert [(c.kind, c.name, c.start) for c in head] == [
        ("number", "Punkt", 0), ("title", "Titel", 9),
        ("section", "Sagsfremstilling", 22), ("section", "Beslutning", 45)]
    assert layout_head("Punkt  Titel                                   Side") is None
    assert layout_head("Udvalget   godkendte   indstillingen   enstemmigt") is None


_SQUEEZED = """\
Pkt.   Sag                       Indstilling                      Beslutning

1      Godkendelse af            Dagsordenen godkendes.           Godkendt.
       dagsorden

2      Budget 2025 - 2.          Forvaltningen indstiller, at  Anbefales.
       behandling                budgettet anbefales over for Ø stemte imod.
       Sagsnr.: 24/1201          Byrådet.
"""


def test_a_squeezed_row_is_split_at_its_own_columns() -> None:
    """`pdftotext -layout` squeezes a long line: row 2's decision stands three columns
    left of row 1's, one space after the Indstilling's text ("… over for Ø stemte
    imod."); the row's own columns split it."""
    text = column_table_text(_SQUEEZED)
    assert text.split("\n")[8:] == [
        "2. Budget 2025 - 2. behandling", "Sagsnr.: 24/1201", "",
        "Indstilling", "Forvaltningen indstiller, at", "budgettet anbefales over for",
        "Byrådet.", "", "Beslutning", "Anbefales.", "Ø stemte imod.", ""]


_OVER_A_PAGE = """\
Pkt.   Sag                       Indstilling                      Beslutning

2      Budget 2025 - 2.          Forvaltningen indstiller, at     Anbefales.
       behandling                budgettet anbefales over for     Ø stemte imod.



Økonomiudvalget 10.06.2025                                               Side 1 af 2
\fPkt.   Sag                       Indstilling                        Beslutning
                                 Byrådet med de ændringer, der      Protokoltilførsel fra Ø:
                                 fremgår af bilag 3.                Budgettet er usocialt.

3      Eventuelt                                                    Intet.
"""


def test_a_row_going_on_over_a_page_break_is_one_item() -> None:
    """A row's cells go on under the next page's head row (its own offsets): one item,
    the page's footer after it."""
    lines = column_table_text(_OVER_A_PAGE).split("\n")
    assert lines[:13] == [
        "2. Budget 2025 - 2. behandling", "", "Indstilling", "Forvaltningen indstiller, at",
        "budgettet anbefales over for", "Byrådet med de ændringer, der", "fremgår af bilag 3.",
        "", "Beslutning", "Anbefales.", "Ø stemte imod.", "Protokoltilførsel fra Ø:",
        "Budgettet er usocialt."]
    assert lines[15:] == ["\f", "3. Eventuelt", "", "Beslutning", "Intet.", ""]


_SUMMARY = """\
Pkt.  Sag                                          Beslutning
1     Godkendelse af dagsorden                     Godkendt.
2     Budget 2025 - tidsplan og proces             Godkendt.

SAGSFREMSTILLINGER

1. Godkendelse af dagsorden
Indstilling
Direktionen indstiller, at dagsordenen godkendes.

2. Budget 2025 - tidsplan og proces
"""


def test_a_summary_table_above_the_items_is_left_to_its_reader() -> None:
    """A table whose titles the items below print again is a summary of their decisions
    (`summary_table`), not the items."""
    assert column_table_text(_SUMMARY) == _SUMMARY


def test_wiki_decisions_only_in_an_overview_after_the_items() -> None:
    """A wiki page's items hold only their case text; the "Beslutningsoversigt" table
    after them ("Nr. | Emne | Udvalgets beslutning | For | Imod | Fraværende") gives each
    item its decision, matched by number, with its vote and absentee; "Se
    beslutningsoversigten." is no text; the table and the wiki's edit note under the last
    rule are no item's text. Before: a dagsorden without a decision anywhere, the table
    and the note the last item's text."""
    m = one("04_wiki_oversigt_sidst.md")
    assert (m.committee, m.doc_type) == ("Klima- og Miljøudvalget", "referat")
    assert [(i.number, i.title, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, "Godkendt."),
        (2, "Klimahandleplan 2025 – status", False,
         "Taget til efterretning.\nFraværende: Per Møller (V)"),
        (3, "Naturpleje på Sønderenge", False,
         "Godkendt med 250.000 kr.\nFor: A, F (3)\nImod: Ø (1)"),
        (4, "Erstatningssag", True, "Indstillingen godkendt.")]
    assert _sections(m) == [
        (1, ["Beslutning"]), (2, ["Sagsfremstilling", "Indstilling", "Beslutning"]),
        (3, ["Indstilling", "Beslutning"]), (4, ["Beslutning"])]
    assert m.items[1].absentees == ["Per Møller (V)"]
    assert m.items[2].votes == {"for": ["A", "F"], "imod": ["Ø"]}
    text = " ".join(s.text for i in m.items for s in i.sections)
    assert "|" not in text and "redigeret" not in text and "oversigt" not in text
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Tina Berg (C)"]


def test_wiki_overview_before_the_items_and_an_item_deciding_itself() -> None:
    """The overview may stand first, under a bold caption, with only "Pkt. | Beslutning
    | Undlod"; an item with a "### Beslutning" of its own keeps it. Before: each item's
    text (the pointer "Se beslutningsoversigten ovenfor." too) taken as its decision."""
    m = one("05_wiki_oversigt_foerst.md")
    assert (m.committee, m.doc_type) == ("Ældrerådet", "referat")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Høring om madservice", "Rådet afgiver høringssvar som drøftet.\nUndlod: Ove Lind"),
        (3, "Orientering fra formanden",
         "Orienteringen blev taget til efterretning. Rådet ønsker et nyt dialogmøde i juni.")]
    assert m.items[1].section("Beskrivelse").startswith("Kommunen har sendt kvalitetsstandarden")
    assert m.items[1].votes == {"undlod": ["Ove Lind"]}
    assert [(p.name, p.status) for p in m.participants] == [
        ("Grete Bach", "deltog"), ("Ove Lind", "deltog"), ("Inge Dam", "deltog"),
        ("Kurt Sand", "afbud")]
