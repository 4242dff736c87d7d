"""A ninety-second round of layouts (round 92's blind files: label vocabulary outside the
common words): attendance under "Meldt forfald:", "Mødt:" / "Ikke mødt:" and a
"Fremmødte:" list whose entries carry "(repr. for …)"; the meeting's hours under
"Tidsrum:" (its value on the next line too); a council page's members in groups under
who appointed them; a labelled "Dato:" below a sentence with another day; a joint
body's board with "EMNE N" items, a title wrapped after the day of a date, a members grid
Navn | Udpeget af | Funktion | Tilstede (Ja/Nej), "Referat" as each item's decision and
"emne N" in its history; and "Vedtaget:" as a protocol's decision label.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats.grouped_members import grouped_members
from ingest.formats.note_labels import noted_bodies
from ingest.formats.people_labels import people_labels
from ingest.formats.stacked_members import stacked_members
from ingest.formats.text import meetings_from_text, parse_minutes
from ingest.formats.text_sections import section_name

# A protocol's two items, each decided under "Vedtaget:"
_PROTOCOL_ITEMS = """§ 1   Godkendelse af dagsorden
    J.nr.: 00.01.00-A00-4-26

Vedtaget:
    Godkendt.

§ 2   Affaldsplan 2026
    J.nr.: 07.00.00-P15-2-26

Vedtaget:
    Anbefales over for byrådet.
"""


def _people(text: str) -> dict[str, tuple[str, str]]:
    meeting = parse_minutes(text)
    return {p.name: (p.role, p.status) for p in meeting.participants}


# --- attendance labels in other words ----------------------------------------------------


def test_met_and_not_met_lists_are_attendance() -> None:
    people = _people("""Miljøudvalget

Mødedag:   Tirsdag den 3. marts 2026
Mødested:  Mødesalen, Rådhuset, Torvet 2, 9999 Eksempelby

Mødt:
  Karen Vestbo (A), formand
  Ole Rytter (V)

Ikke mødt:
  Signe Dal (F) - lovligt forfald

""" + _PROTOCOL_ITEMS)
    assert people["Karen Vestbo (A)"] == ("formand", "deltog")
    assert people["Ole Rytter (V)"][1] == "deltog"
    assert people["Signe Dal (F)"] == ("", "afbud")


def test_vedtaget_with_its_colon_is_the_decision_label() -> None:
    assert section_name("Vedtaget:") == "Beslutning"
    assert section_name("Vedtaget") is None  # (a one-word decision)
    meeting = parse_minutes("""Miljøudvalget
Mødedato: 3. marts 2026

""" + _PROTOCOL_ITEMS)
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Anbefales over for byrådet."]


def test_reported_absence_label_is_an_absence() -> None:
    assert people_labels(["Meldt forfald: Eva Holt."]) == ["Forfald: Eva Holt."]
    people = _people("""Referat
Kulturudvalget
Mødedato: 4. februar 2026
Tilstede: Bo Lind (A), Pia Storm (V)
Meldt forfald: Eva Holt (C) og Jens Kolt (O).

Punkt 1 Godkendelse af dagsorden
Beslutning
Godkendt.
""")
    assert people["Eva Holt (C)"][1] == "afbud" and people["Jens Kolt (O)"][1] == "afbud"
    assert people["Bo Lind (A)"][1] == "deltog"


def test_present_list_entries_representing_a_body_are_members() -> None:
    people = _people("""Referat
Idrætsudvalget
Dato: Mandag den 9. marts 2026
Sted: Mødelokale 3, Rådhuset
Fremmødte:
Hans Bæk, formand (repr. for Byrådet)
Lise Krogh (repr. for Byrådet)
Tom Eriksen (Eksempelby Idrætsforening)
Forfald:
Mia Sand (Ungdomsrådet)
Referent:
Kim Holt, Kultur og Fritid

Pkt. 1
Godkendelse af dagsorden
Beslutning
Godkendt.
""")
    assert set(people) == {"Hans Bæk", "Lise Krogh", "Tom Eriksen (Eksempelby Idrætsforening)",
                           "Mia Sand (Ungdomsrådet)"}
    assert people["Lise Krogh"][1] == "deltog" and people["Mia Sand (Ungdomsrådet)"][1] == "afbud"


# --- the hours under "Tidsrum:" ------------------------------------------------------------


def test_time_span_label_gives_the_start_also_on_the_next_line() -> None:
    for head in ("Tidsrum: kl. 16.00 – 18.00", "Tidsrum:\n16.00 - 18.00"):
        meeting = parse_minutes(f"""Referat
Idrætsudvalget
Dato: Mandag den 9. marts 2026
{head}
Sted: Mødelokale 3, Rådhuset

Punkt 1 Godkendelse af dagsorden
Beslutning
Godkendt.
""")
        assert meeting.start_time == "16:00", head


# --- members in groups; the labelled date -------------------------------------------------


def test_grouped_members_are_one_members_list() -> None:
    rows = ["Rådets medlemmer", "", "Udpeget af Byrådet", "- Bo Dam, næstformand", "",
            "Udpeget af Ældreorganisationerne", "- Ib Holm, formand (Ældre Sagen)", "",
            "Forfald: Bo Dam"]
    assert grouped_members(rows) == ["Medlemmer:", "", "- Bo Dam, næstformand", "",
                                     "- Ib Holm, formand (Ældre Sagen)", "", "Forfald: Bo Dam"]
    assert grouped_members(["Medlemmer:", "- Bo Dam"]) == ["Medlemmer:", "- Bo Dam"]


def test_agenda_page_reads_grouped_members_and_the_labelled_date() -> None:
    meeting = parse_minutes("""Eksempelby Kommune
Ældrerådet – dagsorden
Dagsorden til møde i Ældrerådet. Dagsordenen er sendt til rådet den 2. marts 2026.
Dato: Tirsdag den 10. marts 2026
Tidsrum: kl. 10.00 – 12.00
Sted: Mødelokale 2, Rådhuset

Rådets medlemmer

Udpeget af Byrådet

- Bo Dam, næstformand
- Lis Vang

Valgt ved ældrerådsvalget

- Ib Holm, formand
- Åse Kirk

Meldt forfald: Lis Vang

Dagsordenspunkt 1: Godkendelse af dagsorden
Sagsfremstilling
Dagsordenen fremlægges.

Dagsordenspunkt 2: Budget 2027
Sagsfremstilling
Rådet drøfter budgettet.
""")
    assert meeting.date == date(2026, 3, 10)
    assert meeting.start_time == "10:00"
    people = {p.name: (p.role, p.status) for p in meeting.participants}
    assert set(people) == {"Bo Dam", "Lis Vang", "Ib Holm", "Åse Kirk"}
    assert people["Ib Holm"][0] == "formand" and people["Lis Vang"][1] == "afbud"


# --- a joint body's board: "EMNE N", a members grid with a yes/no column, "Referat" -------


def test_members_grid_with_appointing_body_and_yes_no_column() -> None:
    lines = ["Bestyrelsen", "Navn", "Udpeget af", "Funktion", "Tilstede",
             "Jens Vinter", "Vestby Kommune", "Formand", "Ja",
             "Karen Lyst", "Øster-Strand Kommune", "Medlem", "Nej",
             "Ole Bjerg", "Nordby Kommune", "Medlem", "Ja", "EMNE 1"]
    # (a paragraph break may close the written lists: `stacked_members`)
    assert [ln for ln in stacked_members(lines) if ln] == [
        "Bestyrelsen", "Deltagere: Jens Vinter, formand; Ole Bjerg, medlem",
        "Afbud: Karen Lyst, medlem", "EMNE 1"]


def test_bare_referat_heads_the_record_only_when_every_item_has_it() -> None:
    bodies = [["Redegørelse", "Tekst.", "Referat", "Godkendt."], ["Referat", "Udsat."]]
    assert noted_bodies(bodies)[0][2] == "Referat:"
    assert noted_bodies([["Referat", "Godkendt."], ["Tekst."]])[0][0] == "Referat"


def test_board_minutes_with_subject_items_and_record_headings() -> None:
    meeting, = meetings_from_text("""Referat af bestyrelsesmøde
Dato: Torsdag den 5. marts 2026
Tidspunkt: kl. 13.00 til kl. 15.00
Sted: Hovedstationen, Brandvej 1, 9999 Eksempelby
Bestyrelsen
Navn
Udpeget af
Funktion
Tilstede
Jens Vinter
Vestby Kommune
Formand
Ja
Karen Lyst
Øster-Strand Kommune
Medlem
Nej
Ole Bjerg
Nordby Kommune
Medlem
Ja
 EMNE 1
Godkendelse af dagsorden
 J.nr. 2026-000101
Referat
Dagsordenen blev godkendt.
 EMNE 2
Godkendelse af referat fra bestyrelsesmødet den 4.
december 2025
 J.nr. 2026-000102
Redegørelse
Referatet er udsendt.
Referat
Referatet blev godkendt.
 EMNE 3
Ny køretøjsplan
 J.nr. 2025-000733
Redegørelse
Planen er revideret.
Sagens tidligere behandling
Bestyrelsen 04.12.2025, emne 5: Bestyrelsen sendte planen i høring.
Referat
Planen blev godkendt.
""", Path("bestyrelse.txt"), "tekst")
    assert meeting.start_time == "13:00"
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert meeting.items[1].title == (
        "Godkendelse af referat fra bestyrelsesmødet den 4. december 2025")
    assert [i.decision for i in meeting.items] == [
        "Dagsordenen blev godkendt.", "Referatet blev godkendt.", "Planen blev godkendt."]
    assert [(h.date, h.punkt) for h in meeting.items[2].history] == [(date(2025, 12, 4), 5)]
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Jens Vinter": "deltog", "Karen Lyst": "afbud", "Ole Bjerg": "deltog"}
