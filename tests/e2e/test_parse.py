"""The parser on the real seeds: items, titles, header facts and the hard cases."""

from __future__ import annotations

import pytest

from ingest.parse import parse_minutes

EXPECTED_ITEMS = {
    "2015-06-09": 11,
    "2020-09-08": 8,
    "2023-02-07": 12,
    "2024-02-06": 13,
    "2025-03-18": 7,
}


def test_every_seed_parses_to_its_meeting(meetings):
    assert {d: len(m.items) for d, m in meetings.items()} == EXPECTED_ITEMS
    for meeting in meetings.values():
        assert [i.number for i in meeting.items] == list(range(1, len(meeting.items) + 1))


@pytest.mark.parametrize(
    ("day", "number", "title"),
    [
        ("2023-02-07", 3, "Besøg af Erhvervshus Hovedstadens direktør, Katrine Joensen"),
        ("2023-02-07", 5, "Studietur til Lund"),
        ("2015-06-09", 2, "Anvendelsen af GIS-data i erhvervsudviklingsarbejdet"),
        ("2020-09-08", 2, "Virksomheders til- og fraflytning i Ballerup Kommune"),
        ("2024-02-06", 12, "Status på leverandørsamarbejdet"),
        ("2025-03-18", 2, "Valg af midlertidig formand under Musa Kekecs (A) fravær"),
    ],
)
def test_titles_are_whole_even_when_wrapped(meetings, day, number, title):
    assert meetings[day].item(number).title == title


def test_header_facts(meetings):
    m23 = meetings["2023-02-07"]
    assert m23.committee == "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"
    assert m23.start_time == "08:00"
    assert m23.place == "Mødecenter C, Lokale 29 på Ballerup Rådhus"
    assert "Saime B. Inanc (Ø)" in m23.attendees
    # the role the list gives in brackets is the role, shown with the name
    assert m23.absentees == ["Per Kensø"]
    assert m23.entries("afbud") == ["Per Kensø (centerchef for Skoler Institutioner og Kultur)"]
    m15 = meetings["2015-06-09"]
    assert m15.committee == "Erhvervs- og Beskæftigelsesudvalget"
    assert len(m15.attendees) == 11 and m15.absentees == []
    m25 = meetings["2025-03-18"]
    assert m25.place == "Toms Gruppen, Toms Allé nr. 1"
    assert set(m25.absentees) == {"Musa Kekec (A)", "Sandra Marsenic (A)"}
    assert "Laila Busted (A)" in m25.attendees
    # 2020: no "Deltagere" heading, only absentees under the place line
    m20 = meetings["2020-09-08"]
    assert m20.start_time == "13:00" and m20.place.startswith("Mødecenter C")
    assert m20.attendees == []
    assert m20.absentees[0] == "Dennis Sørensen (A)"
    assert all(m.doc_type == "referat" for m in meetings.values())


def test_decisions_and_history_are_kept_apart(meetings):
    decision = meetings["2023-02-07"].item(5).decision
    assert "23.-24. november 2023" in decision and "standsningsretten" in decision
    first = meetings["2015-06-09"].item(1)
    assert first.decision == "Taget til efterretning"
    assert "Udsættes" in first.section("Beslutningshistorik")
    m24 = meetings["2024-02-06"]
    assert m24.item(2).decision.startswith("Indstilles til godkendelse")
    assert "Udsættes" in m24.item(2).section("Sagens forløb")
    assert m24.item(7).decision == "Udsættes"


def test_closed_items_journal_numbers_and_no_toc_items(meetings):
    m24 = meetings["2024-02-06"]
    assert m24.item(12).closed and not m24.item(11).closed
    assert m24.item(2).journal_number == "24.00.00-G01-11-23"
    assert meetings["2025-03-18"].item(1).journal_number == "24.00.00-G01-2-25"
    # the table of contents lists "Meddelelser....." etc.; none of it became an item
    assert all("....." not in i.title for m in meetings.values() for i in m.items)


def test_glued_list_numbers_become_list_items(meetings):
    indstilling = meetings["2023-02-07"].item(5).section("Indstilling")
    assert "1. Godkender forslag til studietur." in indstilling
    assert "2. Beslutter dato for studieturen." in indstilling
    notices = meetings["2023-02-07"].item(2).section("Beskrivelse")
    assert notices.startswith("1. Erhvervslivets nytårskur 2023")
    assert "2. Orientering om administration af 225-timersreglen." in notices
    # page-break blank lines inside a sentence are joined again
    economy = meetings["2023-02-07"].item(5).section("Økonomiske konsekvenser og finansiering")
    assert "overnatning på hotel for deltagerne" in economy


def test_meddelelser_keep_their_numbered_notices(meetings):
    notices = meetings["2015-06-09"].item(1).section("Beskrivelse")
    for n in range(1, 7):
        assert f"\n{n}. " in f"\n{notices}"


def test_not_minutes_is_a_parse_error():
    from ingest.parse import ParseError

    with pytest.raises(ParseError, match="ingen dagsordenspunkter"):
        parse_minutes("Kære alle,\n\nHer er en indkøbsliste.\n")
