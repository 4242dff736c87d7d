"""A forty-fourth round of layouts (e; the leftovers of rounds 44 (a)-(d)): a Kultur- og
Fritidsudvalg's text whose open parts are each numbered from 1 again ("A. SAGER TIL
BESLUTNING" 1-3, "B. SAGER TIL ORIENTERING" 1-2) before a closed part numbered from 1
too ("C. LUKKEDE PUNKTER" 1), with a contents list grouped the same way; a Regionsråd's
meeting over two days whose days are parted only by a divider line between two items
("Onsdag den 19. juni 2024"), one member away on each day ("Tina Ry (A) (19. juni)",
"Per Holm (V) (18. juni)"); a Folkeoplysningsudvalg's beslutningsprotokol through
`pdftotext -layout` whose decision stands in a right-hand column headed "Resultat" beside
"Sag", the head repeated on the next page; a Plan- og Boligudvalg's referat through plain
`pdftotext` whose header gives each label and its value as paragraphs of their own
("Mødetidspunkt:" / "" / "17:00 - 19:15"); two local councils' mailed minutes whose
head names the body in capitals, "REFERAT - GRØNNEBJERG LOKALRÅD" and "REFERAT –
LOKALRÅDET FOR HØJBY OG OMEGN", the second signed "Lokalrådet for Højby og Omegn". Each
read wrongly before."""

from __future__ import annotations

from functools import partial

from ingest.formats.decision_column import decision_column
from ingest.formats.open_parts import part_name
from referat.capitals import from_capitals
from referat.labels import names_item, punkt_name

from .fixture_files import one_meeting

one = partial(one_meeting, "formats44e")


def _marks(meeting) -> list[tuple[int, str, str, bool]]:  # noqa: ANN001
    """Each item's number, printed label, title and closed flag."""
    return [(i.number, i.label, i.title, i.closed) for i in meeting.items]


# --- an open part numbered from 1 again ("B. SAGER TIL ORIENTERING") ------------------


def test_open_part_numbered_from_one_again() -> None:
    """"B. SAGER TIL ORIENTERING" over "1. …", "2. …" after the items 1-3 of part A: its
    items go on as items 4 and 5, labelled with their part and printed number, titles
    without the number; the closed part after them goes on as item 6. Before: part B's
    first item and heading were item 3's decision, its second item titled "2. Meddelelser
    fra formanden", item 1 closed by the contents list's "C. Lukkede punkter" / "1. …"."""
    m = one("01_dele_aabne.txt")
    assert _marks(m) == [
        (1, "", "Godkendelse af dagsorden", False),
        (2, "", "Tilskud til foreningernes lokaler 2025", False),
        (3, "", "Åbningstider i Lindholt Bibliotek", False),
        (4, "Sager til orientering, punkt 1", "Status på kunstgræsbanen i Nørreby", False),
        (5, "Sager til orientering, punkt 2", "Meddelelser fra formanden", False),
        (6, "lukket punkt 1", "Lejeaftale for klubhuset ved Lindholt Stadion", True)]
    assert [i.decision for i in m.items][2:5] == [
        "Godkendt med den ændring, at biblioteket holder åbent til kl. 20 om torsdagen.",
        "Taget til efterretning.", "Orienteringen blev taget til efterretning."]
    assert m.item(4).journal_number == "04.02.00-G01-3-24"


def test_open_part_item_is_named_by_its_printed_mark() -> None:
    """A citation names the item as printed, and typing the mark finds it."""
    item = one("01_dele_aabne.txt").item(4)
    assert punkt_name(item.number, item.label) == "Sager til orientering, punkt 1"
    assert names_item("sager til orientering punkt 1", item.number, item.label)
    assert not names_item("1", item.number, item.label)


def test_part_name_of_a_lettered_group_heading() -> None:
    """A lettered open part's heading names its group as written in ordinary case; a
    closed part's heading and a lettered sentence are no open part."""
    assert part_name("B. SAGER TIL ORIENTERING") == "Sager til orientering"
    assert part_name("II. Sager til efterretning") == "Sager til efterretning"
    assert part_name("C. LUKKEDE PUNKTER") is None
    assert part_name("A. Jensen deltog ikke.") is None


# --- a meeting over two days, its days parted by a divider line -----------------------


def test_day_divider_parts_the_days_items() -> None:
    """"Onsdag den 19. juni 2024" between items 3 and 4 of a meeting of 18-19 June: a
    member away on the 19th only ("Tina Ry (A) (19. juni)") took part and is absent from
    items 4 and 5, one away on the 18th only from items 1-3; away both days is apologies.
    Before: both participants with the day as their note, absent from no item (only a
    suspension note parted the days)."""
    m = one("02_to_dage_skillelinje.txt")
    assert [(p.name, p.status, p.role) for p in m.participants][2:5] == [
        ("Carsten Bo (C)", "afbud", ""),
        ("Tina Ry (A)", "deltog", "fraværende fra punkt 4"),
        ("Per Holm (V)", "deltog", "fraværende til og med punkt 3")]
    assert [i.absentees for i in m.items] == [
        ["Per Holm (V)"], ["Per Holm (V)"], ["Per Holm (V)"], ["Tina Ry (A)"], ["Tina Ry (A)"]]
    assert m.item(3).decision == "Indstillingen blev godkendt."  # (no divider in it)


# --- a decision column headed by the outcome ("Sag … Resultat") -----------------------


def test_decision_column_headed_resultat() -> None:
    """A right-hand column under "Resultat" beside "Sag" is each item's decision, its
    wrapped lines joined, its vote lines votes, the left column the item's text. Before:
    one item, "Foreningsprisen 2024 Prisen gives til Nørbæk", holding the rest, and the
    meeting an agenda."""
    m = one("03_resultatkolonne.txt")
    assert m.doc_type == "referat"
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Fordeling af lokaletilskud 2025",
         "Fordelingen blev godkendt.\nFor stemte: A, V og F."),
        (3, "Foreningsprisen 2024", "Prisen gives til Nørbæk Gymnastikforening."),
        (4, "Ansøgning om underskudsgaranti", "Ansøgningen blev afvist.\nImod stemte: Ø."),
        (5, "Eventuelt", "Intet.")]
    assert m.item(2).section("Indstilling") == "Forvaltningen indstiller, at fordelingen godkendes."
    assert m.item(4).votes == {"imod": ["Ø"]}


def test_outcome_head_only_beside_the_item() -> None:
    """"Udfald" and "Konklusion" head the decision beside "Punkt" / "Sag"; an outcome's
    head beside anything else (a year of accounts) is no decision column."""
    lines = ["Punkt                Udfald", "1. Dagsorden        Godkendt.",
             "2. Budget           Vedtaget."]
    assert decision_column(lines) == ["1. Dagsorden", "Beslutning:", "Godkendt.", "2. Budget",
                                      "Beslutning:", "Vedtaget."]
    assert decision_column(["Sag                  Konklusion", *lines[1:]])[1] == "Beslutning:"
    table = ["2023                 Resultat", "Drift               1.200",
             "Anlæg               300"]
    assert decision_column(table) == table


# --- plain pdftotext: the header's labels and values paragraphs apart -----------------


def test_header_values_as_paragraphs_of_their_own() -> None:
    """"Mødetidspunkt:" / "" / "17:00 - 19:15" gives the start, "Udvalg:" / "" / the
    body's name the committee and no participant. Before: no start time, and "Plan- og
    Boligudvalget" a participant who 'deltog'."""
    m = one("04_etiketter_afsnit.txt")
    assert (m.committee, str(m.date), m.start_time, m.place) == (
        "Plan- og Boligudvalget", "2024-12-04", "17:00", "Vestbæk Rådhus, mødelokale 2")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Sofie Lind (A)", "deltog"), ("Erik Dam (V)", "deltog"), ("Hans Bro (A)", "deltog"),
        ("Lene Vig (F)", "afbud")]


def test_table_protocol_in_plain_text_keeps_its_start() -> None:
    """Round 44 (d)'s table protocol through plain `pdftotext` (its facts one paragraph a
    label, one a value) starts at the time its facts give, as its -layout print does.
    Before: no start time."""
    assert one_meeting("formats44d", "02_tabelprotokol_afsnit.txt").start_time == "16:00"


# --- a body's name printed in capitals ------------------------------------------------


def test_local_council_name_in_capitals_keeps_its_proper_name() -> None:
    """"REFERAT - GRØNNEBJERG LOKALRÅD": a place's name before the body's noun is a proper
    name, filed "Grønnebjerg Lokalråd". Before: "Grønnebjerg lokalråd"."""
    assert one("05_lokalraad_versaler.txt").committee == "Grønnebjerg Lokalråd"
    assert from_capitals("SANDHOLM LOKALRÅD") == "Sandholm Lokalråd"
    assert from_capitals("SKOLEBESTYRELSEN, SAMSØ SKOLE") == "Skolebestyrelsen, Samsø Skole"
    assert from_capitals("BØRNE- OG UNGEUDVALGET") == "Børne- og Ungeudvalget"  # (as before)
    assert from_capitals("UDVALGET FOR TEKNIK OG MILJØ") == "Udvalget for teknik og miljø"


def test_name_in_capitals_as_the_minutes_write_it() -> None:
    """"LOKALRÅDET FOR HØJBY OG OMEGN" in the head, "Lokalrådet for Højby og Omegn" in the
    signature: the minutes' own spelling. Before: "Lokalrådet for højby og omegn"."""
    assert one("06_lokalraad_for_versaler.txt").committee == "Lokalrådet for Højby og Omegn"
