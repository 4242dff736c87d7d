"""A ninety-eighth round of layouts (round 98's blind files): long council minutes, 15–25
items each. A Word members grid of cards over three columns; a PDF whose items are
bordered label tables, its contents drawn with spaced dot leaders, its treatment labels
wrapped in their narrow cells and its running header glued to a page's first line; a
members list in two columns ("Name (P) Name (P)", or "Name, P (role)" with the party
after a comma); a reportlab members grid with a substitute's "Stedfortræder for …" cell;
items headed "Punkt N · Åben" over "N. Title"; a case history whose entries are followed
by the earlier meeting's "Fraværende: …"; a place whose address is its cell's second line.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.toc_lines import is_toc
from ingest.formats.word_tables import table_lines
from referat.domain import Meeting


def parse_minutes(text: str) -> Meeting:
    """The minutes as a user's file of them reads (a text file, every step applied)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "byraadet_referat.txt"
        path.write_text(text, encoding="utf-8")
        return read_meetings(path)[0]


def _people(text: str) -> dict[str, tuple[str, str]]:
    return {p.name.split(" (")[0]: (p.status, p.role) for p in parse_minutes(text).participants}


_ITEMS = ["", "Punkt 1 Godkendelse af dagsorden", "Sagsnr. 2026-000111", "Beslutning",
          "Godkendt.", "", "Punkt 2 Vejnavne i Lundby", "Sagsnr. 2026-000222", "Beslutning",
          "Godkendt."]


# --- a Word members grid of cards ---------------------------------------------------------


def test_a_grid_of_member_cards_gives_every_member_and_the_absent_ones() -> None:
    rows = [[["Mette Dal", "B · Borgmester"], ["Ove Krag", "F · 1. viceborgmester"],
             ["Lis Bro", "V"]],
            [["Hans Tue", "A", "Afbud"], ["Rikke Sand", "Ø"], ["Karl Mose", "C"]]]
    lines = table_lines(rows)
    assert lines is not None
    text = "\n".join(["Referat", "Byrådet", "Mødedato: Tirsdag den 3. marts 2026",
                      "Mødested: Rådhuset", "Byrådets medlemmer", *lines, *_ITEMS])
    people = _people(text)
    assert people["Mette Dal"] == ("deltog", "borgmester")
    assert people["Hans Tue"][0] == "afbud"
    assert {"Ove Krag", "Lis Bro", "Rikke Sand", "Karl Mose"} <= set(people)
    # (a table of other words is no grid of members)
    assert table_lines([[["Budget 2026", "Drift"], ["Budget 2027", "Anlæg"]],
                        [["Tilskud", "Foreninger"], ["Lån", "Kassen"]]]) is None


# --- items as label tables, spaced leaders, glued headers, wrapped treatment labels -------

_HEAD = "Egeby Kommune Byrådet 04-03-2026"


def _table_items() -> str:
    return "\n".join([
        _HEAD, "Referat", "Byrådet", "Dato: Onsdag den 4. marts 2026", "Sted: Rådhuset",
        "Indholdsfortegnelse",
        "Punkt 1   Godkendelse af dagsorden . . . . . . . . . . . . . . . 2",
        "Punkt 2   Vejnavne i Lundby . . . . . . . . . . . . . . . . . . . 2",
        "Side 1 af 3", "\f",
        _HEAD, "Punkt 1 Godkendelse af dagsorden", "Sagsnr. 2026-000111",
        "Byrådets", "beslutning 04.03.2026", "Godkendt.",
        "Punkt 2 Vejnavne i Lundby", "Sagsnr. 2026-000222",
        "Sagsfremstilling Der foreslås nye vejnavne.", "Behandling i Teknik- og",
        "Miljøudvalget 18.02.2026,", "pkt. 7", "Anbefales.", "Side 2 af 3", "\f",
        _HEAD + "Behandling i", "Økonomiudvalget", "25.02.2026, pkt. 12", "Anbefales godkendt.",
        "Byrådets", "beslutning 04.03.2026", "Vejnavnene blev godkendt.", "Side 3 af 3"])


def test_spaced_dot_leaders_are_contents_not_items() -> None:
    assert is_toc("Punkt 12   Vejnavne i Lundby (lukket) . . . . . . . . . . . . 13")
    assert not is_toc("Sagen drøftes. Se bilag 3")
    items = parse_minutes(_table_items()).items
    assert [i.number for i in items] == [1, 2]
    assert items[0].journal_number == "2026-000111"
    assert items[0].section("Beslutning").startswith("Godkendt.")


def test_wrapped_treatment_labels_and_a_glued_header_give_the_history() -> None:
    item = parse_minutes(_table_items()).items[1]
    assert [(h.committee, h.date.isoformat(), h.punkt) for h in item.history] == [
        ("Teknik- og Miljøudvalget", "2026-02-18", 7), ("Økonomiudvalget", "2026-02-25", 12)]
    assert item.section("Beslutning").startswith("Vejnavnene blev godkendt.")


# --- members in two columns ---------------------------------------------------------------

_DATED = ["Referat", "Byrådet", "Dato: Onsdag den 4. marts 2026", "Sted: Rådhuset"]


def test_two_members_a_line_are_all_read() -> None:
    text = "\n".join([
        *_DATED, "Medlemmer", "Mette Dal Lund (B) - borgmester Ove Krag (F)",
        "Lis Bro Holm (V) Karl Mose (C)", "Rikke Sand (Ø) Hans Tue (A)", "Jens Vig (O)",
        "Fraværende: Hans Tue (A)",
        "Stedfortrædere: Eva Lind (A) mødte for Hans Tue", "Bo Hald (F) mødte for Ove Krag",
        "Referent: Sara Kjær", *_ITEMS])
    people = _people(text)
    assert {"Lis Bro Holm", "Karl Mose", "Rikke Sand", "Jens Vig"} <= set(people)
    assert people["Hans Tue"][0] == "afbud" and people["Bo Hald"][0] == "deltog"


def test_parties_after_a_comma_are_the_members_parties() -> None:
    text = "\n".join([
        *_DATED, "Medlemmer", "Mette Dal Lund, B (borgmester) Ove Krag, F",
        "Lis Bro Holm, V (1. viceborgmester) Karl Mose, C", "Rikke Sand, Ø Hans Tue, A",
        "Afbud: Hans Tue, A, Karl Mose, C",
        "Stedfortrædere: Eva Lind, A, indtrådte for Hans Tue og Bo Hald, C,",
        "indtrådte for Karl Mose", "Referent: Sara Kjær", *_ITEMS])
    people = _people(text)
    assert people["Mette Dal Lund"] == ("deltog", "borgmester")
    assert people["Ove Krag"] == ("deltog", "")
    assert people["Karl Mose"][0] == "afbud" and people["Bo Hald"][0] == "deltog"
    assert not {"B", "F", "C", "A", "indtrådte"} & set(people)
    assert not any(name.startswith(("B ", "F ", "V ")) for name in people)


def test_a_substitute_broken_in_the_replaced_members_name() -> None:
    text = "\n".join([
        *_DATED, "Medlemmer:", "Mette Dal (B), borgmester", "Ove Krag Lund (F)",
        "Stedfortrædere: Eva Lind (A) indkaldt for Mette Dal (B); Bo Hald (F) indkaldt for Ove",
        "Krag Lund (F)", *_ITEMS])
    assert _people(text)["Bo Hald"][1] == "stedfortræder for Ove Krag Lund (F)"


def test_a_place_with_its_address_on_the_next_line() -> None:
    text = "\n".join(["Referat", "Byrådet", "Mødedato:", "Tirsdag den 3. marts 2026",
                      "Mødested:", "Byrådssalen, Lundby Rådhus", "Torvegade 4, 9999 Lundby",
                      "Medlemmer:", "Mette Dal (B), borgmester", *_ITEMS])
    assert parse_minutes(text).place == "Byrådssalen, Lundby Rådhus, Torvegade 4, 9999 Lundby"


# --- a members grid with a substitute's cell ---------------------------------------------


def test_a_substitutes_cell_is_the_members_role_not_a_person() -> None:
    text = "\n".join([
        *_DATED, "Fremmøde", "Navn", "Parti", "Funktion", "Fremmøde",
        "Mette Dal", "B", "Borgmester", "Til stede", "Hans Tue", "A", "Medlem", "Afbud",
        "Eva Lind", "A", "Stedfortræder for Hans Tue", "Til stede",
        "Fra administrationen deltog kommunaldirektør Sara Kjær.", *_ITEMS])
    people = _people(text)
    assert people["Eva Lind"] == ("deltog", "stedfortræder for Hans Tue")
    assert set(people) == {"Mette Dal", "Hans Tue", "Eva Lind"}


# --- "Punkt N · Åben" over "N. Title"; a history's earlier absences ----------------------


def test_the_number_printed_again_before_the_title_is_no_part_of_it() -> None:
    text = "\n".join([
        *_DATED, "Medlemmer:", "Mette Dal (B), borgmester", "",
        "Punkt 1 · Åben", "1. Godkendelse af dagsorden", "Sag: EMN-2026-00011",
        "Beslutning i Byrådet 04.03.2026", "Godkendt.", "",
        "Punkt 2 · Åben", "2. Vejnavne i Lundby", "Sag: EMN-2026-00022",
        "Beslutning i Byrådet 04.03.2026", "Godkendt."])
    assert [i.title for i in parse_minutes(text).items] == [
        "Godkendelse af dagsorden", "Vejnavne i Lundby"]


def test_an_earlier_treatments_absence_is_not_this_meetings() -> None:
    text = "\n".join([
        *_DATED, "Medlemmer:", "Mette Dal (B), borgmester", "Ove Krag (F)", "",
        "Punkt 1 · Åben", "1. Vejnavne i Lundby", "Sag: EMN-2026-00011", "Sagens forløb",
        "Økonomiudvalget 25.02.2026, pkt. 4: Anbefales godkendt.",
        "Fraværende: Ove Krag (F).", "Beslutning i Byrådet 04.03.2026", "Godkendt."])
    meeting = parse_minutes(text)
    item = meeting.items[0]
    assert item.absentees == []
    assert [(h.committee, h.punkt) for h in item.history] == [("Økonomiudvalget", 4)]
    assert {p.name.split(" (")[0]: p.status for p in meeting.participants}["Ove Krag"] == "deltog"


def test_sagens_behandling_heads_the_case_history() -> None:
    text = "\n".join([
        *_DATED, "Medlemmer:", "Mette Dal (B), borgmester", "",
        "1. Vejnavne i Lundby", "Sagsnr. 05.01.00-G01-1-26", "Indstilling",
        "Direktionen indstiller, at navnene godkendes.", "Sagens behandling",
        "Økonomiudvalget den 25-02-2026, pkt. 4", "Anbefales.",
        "Byrådets beslutning den 04-03-2026", "Godkendt.", "",
        "2. Meddelelser", "Sagsnr. 05.01.00-G01-2-26", "Byrådets beslutning den 04-03-2026",
        "Taget til efterretning."])
    item = parse_minutes(text).items[0]
    assert [(h.committee, h.punkt) for h in item.history] == [("Økonomiudvalget", 4)]
    assert "Sagens behandling" not in item.section("Indstilling")
