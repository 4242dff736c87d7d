"""A fifth round of layouts, written from habits of other municipalities' systems: a
council's "Beslutningsprotokol" (Sønderborg: "Sag nr. 21 Title", "Lukket sag" under the
title, roles after a comma in the "Til stede" list), an Økonomiudvalg with a contents
list and "<Udvalg>s indstilling til Byrådet" as its decision (Hjørring), case numbers and
"Lukket punkt" printed above each heading (Lejre), "Afgørelse" and a "Protokoltilførsel"
(Greve), a header typed without Danish letters with a ";"-separated list (Faaborg-
Midtfyn), and headings marked "(Å)"/"(L)" with "Beslutning <Udvalg> den dd-mm-yyyy"
(Varde). Each test states what a user would see; each failed before its fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.text import parse_minutes

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats5"


def _one(name: str):  # noqa: ANN202 - a Meeting
    meetings = read_meetings(FIXTURES / name)
    assert len(meetings) == 1
    return meetings[0]


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_a_councils_protocol_with_closed_cases_and_roles_after_a_comma() -> None:
    m = _one("01_soenderborg_beslutningsprotokol.txt")
    assert (m.municipality, m.committee, m.date) == ("Sønderborg", "Byrådet", date(2024, 2, 28))
    assert [i.number for i in m.items] == [21, 22, 23, 24, 25, 26]
    assert [i.title for i in m.items][4:] == ["Salg af erhvervsgrund i Nordborg", "Personalesag"]
    assert [i.closed for i in m.items] == [False] * 4 + [True, True]
    assert ("Erik Lauritzen (A)", "deltog", "borgmester") in _people(m)
    assert all(p.name != "borgmester" for p in m.participants)
    assert "Side 3" not in " ".join(s.text for i in m.items for s in i.sections)


def test_a_committees_recommendation_to_the_council_is_its_decision() -> None:
    m = _one("02_hjoerring_oekonomiudvalg_toc.txt")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.items[1].decision == "Anbefales over for Byrådet."
    assert "Økonomiudvalgets indstilling" not in m.items[1].section("Indstilling")
    assert not m.warnings
    # the names wrapped onto the next line of the label, and no running footer in a text
    names = [p.name for p in m.participants]
    assert "Sophie Thøgersen (A)" in names and "Peter Duetoft (D)" in names
    assert "Side 2 af 10" not in " ".join(s.text for i in m.items for s in i.sections)


def test_case_numbers_and_closed_marks_printed_above_the_heading() -> None:
    m = _one("03_lejre_sagsnr_first.txt")
    assert [(i.number, i.journal_number) for i in m.items] == [
        (1, "24/1234"), (2, "24/2087"), (3, "23/9911"), (4, "24/0450"), (5, "24/3377")]
    assert m.items[1].title == "Ansøgning om tilskud fra Landdistriktspuljen 2024"
    assert [i.closed for i in m.items] == [False] * 4 + [True]
    assert "Lukket punkt" not in m.items[3].decision
    assert ("Tina Mandrup (V)", "deltog", "formand") in _people(m)
    assert ("Per Lauritsen (F)", "afbud", "") in _people(m)


def test_a_protocol_entry_is_a_section_of_its_own_after_the_decision() -> None:
    m = _one("04_greve_fravaerende_protokol.txt")
    item = m.items[1]
    assert item.decision == "Godkendt med 4 stemmer for. Jens-Christian Pedersen (F) stemte imod."
    names = [s.name for s in item.sections]
    assert names[names.index("Beslutning") + 1] == "Protokoltilførsel"
    assert item.section("Protokoltilførsel").startswith(
        "Jens-Christian Pedersen (F) ønsker ført til protokol")
    assert ("Pernille Beckmann (V)", "deltog", "formand") in _people(m)
    assert len(m.participants) == len({p.name for p in m.participants})


def test_a_header_typed_without_danish_letters() -> None:
    m = _one("06_faaborg_ascii.txt")
    assert m.municipality == "Faaborg-Midtfyn"
    assert (m.start_time, m.place) == ("16:00", "Moedelokale 3, Raadhuset, Ringe")
    assert ("Hans Stavnsager (V)", "deltog", "formand") in _people(m)
    assert ("Kirsten Lund Hansen (A)", "afbud", "") in _people(m)


def test_headings_marked_open_or_closed_and_a_decision_named_by_its_body() -> None:
    m = _one("08_varde_beslutning_udvalg_den.txt")
    assert (m.committee, m.date, m.start_time) == ("Plan- og Kulturudvalget",
                                                   date(2024, 4, 16), "08:00")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert [i.closed for i in m.items] == [False] * 4 + [True]
    assert m.items[1].decision == "Godkendt."  # this meeting's, the March one is history
    assert [(h.date, h.text) for h in m.items[1].history] == [(date(2024, 3, 12), "Udsat.")]


def test_a_name_wrapped_inside_a_labelled_list() -> None:
    """pdftotext breaks a long "Medlemmer:" line inside a name ("Jørgen" / "Tousgaard
    (A)"): one person, not "Jørgen" and a lost rest."""
    m = parse_minutes(
        "Frederikshavn Kommune\nReferat\nBørne- og Skoleudvalget\nMødedato: 5. marts 2024\n"
        "Medlemmer: Anders Brandt Sørensen (V), formand, Carsten Sørensen (A), Jørgen\n"
        "Tousgaard (A), Mette Hardam (C)\n\n1. Godkendelse af dagsorden\nBeslutning\n"
        "Godkendt.\n\n2. Kvalitetsrapport\nBeslutning\nTaget til efterretning.\n")
    assert [p.name for p in m.participants] == [
        "Anders Brandt Sørensen (V)", "Carsten Sørensen (A)", "Jørgen Tousgaard (A)",
        "Mette Hardam (C)"]


def test_sub_items_keep_their_own_decisions_inside_their_item() -> None:
    """"3a. …", "3b. …" under item 3: one item (its number is what a citation names),
    each sub-item's decision labelled with it, not two titles glued into one decision."""
    m = _one("07_horsens_subitems.txt")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    decision = m.items[2].decision
    assert decision.startswith("3a. Ansøgning fra Horsens Jazzforening")
    assert "3b. Ansøgning fra Bygholm Ridecenter om tilskud til stævne:" in decision
    assert "Afslået. Ansøgeren henvises til Idrætspuljen." in decision
    assert decision.rstrip().endswith("Udsat til næste møde.")
    assert [s.name for s in m.items[2].sections].count("Beslutning") == 1


def test_votes_counted_by_party_and_a_substitute() -> None:
    from ingest.formats.people import decision_people

    assert decision_people("Godkendt.\nFor stemte 15 (A, F, Ø), imod stemte 10 (V, C, O), 2 "
                           "undlod (B).")[1] == {"for": ["A", "F", "Ø"], "imod": ["V", "C", "O"],
                                                 "undlod": ["B"]}
    assert decision_people("Anbefales.\nImod stemte Dansk Folkeparti (2).")[1] == {
        "imod": ["Dansk Folkeparti"]}
    m = _one("04_greve_fravaerende_protokol.txt")
    assert ("Tina Hansen (O)", "deltog", "stedfortræder for Søren Nielsen (O)") in _people(m)
