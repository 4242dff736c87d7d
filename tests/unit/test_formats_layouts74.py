"""A seventy-fourth round of layouts (round 74's blind files): a PDF whose items sit
under lettered group bands ("A. SAGER TIL BESLUTNING", "C. LUKKET DEL" with a note on
the closed part below it), its contents page grouped the same way, and a joint body of
two municipalities ("for Frederikssund og Halsnæs Kommuner") whose items name a
partner's committee ("Økonomiudvalget i Halsnæs Kommune"). Every text is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats.text import meetings_from_text

# A PDF's text: a running header on every page, the facts with labels and values on
# separate lines, a contents page grouped by lettered bands (the letter on its own
# line, each title's page number below it), then the items under the same bands
_BANDED = "\n".join([
    "Nyborg Kommune", "Referat  |  Teknisk Udvalg  |  02.12.2025", "Side 1",
    "Referat", "Teknisk Udvalg",
    "Mødedato:", "02.12.2025", "Mødetid:", "16:00 - 18:00",
    "Mødested:", "Mødelokale 2, Nyborg Rådhus",
    "Medlemmer:", "Eva Lund (A), formand", "Bo Kragh (V)", "Sara Holt (C)",
    "Fraværende:", "Jens Rask (O)",
    "Indhold",
    "A.", "SAGER TIL BESLUTNING",
    "1. Trafikplan for bymidten", "2",
    "2. Ny busrute til havnen", "2",
    "B.", "SAGER TIL ORIENTERING",
    "3. Status på vejvedligehold", "3",
    "C.", "LUKKET DEL",
    "4. Køb af grund ved Strandvejen", "3",
    "", "\f",
    "Nyborg Kommune", "Referat  |  Teknisk Udvalg  |  02.12.2025", "Side 2",
    "A. SAGER TIL BESLUTNING",
    "1. Trafikplan for bymidten", "Sagsnr.: 05.01.00-P20-1-25",
    "Sagsfremstilling", "Planen samler tre høringer.",
    "Beslutning", "Planen godkendes.",
    "2. Ny busrute til havnen", "Sagsnr.: 13.05.00-P20-2-25",
    "Beslutning", "Ruten oprettes fra april.",
    "B. SAGER TIL ORIENTERING",
    "3. Status på vejvedligehold", "Sagsnr.: 05.01.02-G01-3-25",
    "Beslutning", "",
    "\f",
    "Nyborg Kommune", "Referat  |  Teknisk Udvalg  |  02.12.2025", "Side 3",
    "Orienteringen tages til efterretning.",
    "C. LUKKET DEL",
    "Sagerne under C behandles for lukkede døre. Kun beslutningen offentliggøres.",
    "4. Køb af grund ved Strandvejen", "Sagsnr.: 82.02.00-G01-4-25",
    "Beslutning", "Godkendt.",
    "Mødet sluttede kl. 18:00.", ""])


def _banded() -> list:
    return meetings_from_text(_BANDED, Path("nyborg_tu.pdf"), "pdf-tekst")


def test_grouped_contents_page_is_no_meeting_of_its_own() -> None:
    """The contents page lists the items again under its bands; the body's first band
    stands right below the running header ("Nyborg Kommune" / "Referat | …" / "A.
    SAGER TIL BESLUTNING"), which is the page's furniture and the agenda's part, not a
    second meeting's header. One meeting, with its participants, time and place.
    Before: two meetings, the real items on one with no participants, no start and
    the band as its place."""
    (meeting,) = _banded()
    assert meeting.date == date(2025, 12, 2) and meeting.start_time == "16:00"
    assert meeting.place == "Mødelokale 2, Nyborg Rådhus"
    assert [p.status for p in meeting.participants] == ["deltog"] * 3 + ["afbud"]
    assert [i.title for i in meeting.items] == [
        "Trafikplan for bymidten", "Ny busrute til havnen", "Status på vejvedligehold",
        "Køb af grund ved Strandvejen"]


def test_closed_band_with_its_note_is_no_decision_and_closes_its_items() -> None:
    """"C. LUKKET DEL" and the note on the part below it ("Sagerne under C behandles for
    lukkede døre.") end the item above (its decision is its own text only) and close
    the items under the band, which have no closed mark of their own. Before: the band
    and its note were glued onto item 3's decision."""
    (meeting,) = _banded()
    by_number = {i.number: i for i in meeting.items}
    assert by_number[3].decision == "Orienteringen tages til efterretning."
    assert [i.closed for i in meeting.items] == [False, False, False, True]
    assert by_number[4].decision == "Godkendt."


_JOINT = "\n".join([
    "Det fælles Havneudvalg", "for Assens og Faaborg-Midtfyn Kommuner", "REFERAT",
    "Dato: Onsdag den 9. marts 2022", "Tid: Kl. 15.00 - 17.00",
    "Sted: Havnekontoret, Assens",
    "Deltagere: Mette Brink (A), formand", "Karl Due (V)", "Ole Skov (C)",
    "",
    "Punkt 1: Havneplan 2023", "", "J.nr.: 22/1040", "",
    "Sagsfremstilling", "", "Havneplanen er sendt til begge byråd.", "",
    "Beslutning i Teknik- og Miljøudvalget i Faaborg-Midtfyn Kommune den 1. marts 2022",
    "", "Anbefales.", "",
    "Beslutning i Økonomiudvalget i Assens Kommune den 2. marts 2022", "",
    "Oversendes.", "",
    "Beslutning", "", "Godkendt.", "",
    "Punkt 2: Takster for bådpladser", "", "J.nr.: 22/1101", "",
    "Beslutning", "", "Godkendt.", ""])


def test_joint_body_is_filed_under_its_first_named_municipality() -> None:
    """"for Assens og Faaborg-Midtfyn Kommuner" under the title: a body of both, filed
    under the first-named (the host, whose secretariat writes the minutes), however
    often an item names the partner ("… i Faaborg-Midtfyn Kommune"). Before: the
    partner named in the items' history."""
    (meeting,) = meetings_from_text(_JOINT, Path("havneudvalg.txt"), "tekst")
    assert meeting.municipality == "Assens"


def test_partner_municipality_keeps_its_name_in_the_history() -> None:
    """"Beslutning i Teknik- og Miljøudvalget i Faaborg-Midtfyn Kommune den …" is the
    partner's committee, not the host's: the treatment keeps the municipality; the
    host's own Økonomiudvalg is just "Økonomiudvalget". Before: both were cut to the
    bare committee."""
    (meeting,) = meetings_from_text(_JOINT, Path("havneudvalg.txt"), "tekst")
    item = meeting.items[0]
    assert item.decision == "Godkendt."
    assert [(t.committee, t.date) for t in item.history] == [
        ("Teknik- og Miljøudvalget i Faaborg-Midtfyn Kommune", date(2022, 3, 1)),
        ("Økonomiudvalget", date(2022, 3, 2))]


def test_own_municipality_body_in_history_is_named_without_it() -> None:
    """A history heading naming a body of the meeting's own municipality ("Beslutning i
    Økonomiudvalget i Assens Kommune den …" in the Assens body's minutes) is that body
    ("Økonomiudvalget"), in the treatment and in the history section's heading."""
    (meeting,) = meetings_from_text(_JOINT, Path("havneudvalg.txt"), "tekst")
    history = meeting.items[0].section("Beslutningshistorik")
    assert "Økonomiudvalget den 2. marts 2022:" in history
    assert "Teknik- og Miljøudvalget i Faaborg-Midtfyn Kommune den" in history
