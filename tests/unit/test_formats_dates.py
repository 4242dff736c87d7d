"""Meeting dates with UTC times in the structured exports (`ingest.formats.dates`):
midnight as written is a date without a time and never shifts the date; a real UTC time
is Danish local time; a date stored as Danish midnight in UTC is the Danish date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ingest.formats import read_meetings
from ingest.formats.dates import parse_iso_datetime

_POINT = {"Punktnummer": 1, "Navn": "Budget",
          "Felter": [{"Html": "<h3>Beslutning</h3><p>Godkendt.</p>"}]}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-03-12T00:00Z", (date(2024, 3, 12), None)),  # midnight UTC: no time given
     ("2024-03-12T00:00:00Z", (date(2024, 3, 12), None)),
     ("2024-03-12T00:00:00.000z", (date(2024, 3, 12), None)),
     ("2024-03-12T00:00:00+00:00", (date(2024, 3, 12), None)),
     ("2024-03-12T23:00:00Z", (date(2024, 3, 13), None)),  # Danish midnight, in UTC
     ("2024-06-11T22:00:00Z", (date(2024, 6, 12), None)),  # the same in summer time
     ("2024-03-12T15:00:00Z", (date(2024, 3, 12), "16:00")),
     ("2024-09-04T17:00:00.0000000Z", (date(2024, 9, 4), "19:00")),
     ("2024-10-09T16:30:00+02:00", (date(2024, 10, 9), "16:30")),
     ("2024-03-12T16:30:00", (date(2024, 3, 12), "16:30"))],
)
def test_iso_dates_with_utc_times(value, expected):
    assert parse_iso_datetime(value, "Dato") == expected


def test_a_field_named_utc_without_offset_is_utc():
    assert parse_iso_datetime("2024-03-12T15:00:00", "MeetingBeginUtc", utc=True) == (
        date(2024, 3, 12), "16:00")


def _json(tmp_path, moede: dict):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"Udvalg": {"Navn": "Økonomiudvalget"},
                                "Moede": {"Sted": "Rådhuset", **moede},
                                "Dagsordenpunkter": [_POINT]}), encoding="utf-8")
    (m,) = read_meetings(path)
    return m.date, m.start_time


def test_firstagenda_date_only_takes_the_start_from_meeting_begin_utc(tmp_path):
    assert _json(tmp_path, {"Dato": "2024-03-12T00:00:00Z",
                            "MeetingBeginUtc": "2024-03-12T15:00:00Z"}) == (
        date(2024, 3, 12), "16:00")
    assert _json(tmp_path, {"MeetingBeginUtc": "2024-06-12T14:30:00"}) == (
        date(2024, 6, 12), "16:30")  # no offset, but the field says UTC
    assert _json(tmp_path, {"Dato": "2024-03-12T23:00:00Z"}) == (date(2024, 3, 13), None)
    # a begin time on another day than the date is not this meeting's start
    assert _json(tmp_path, {"Dato": "2024-03-12T00:00Z",
                            "MeetingBeginUtc": "2024-03-14T15:00:00Z"}) == (
        date(2024, 3, 12), None)


_EDOC = """<?xml version="1.0"?>
<Meeting><Committee>Teknik- og Miljøudvalget</Committee><MeetingDate>{when}</MeetingDate>
<MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>
<MeetingAgendaItems><MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber>
<Document><Title>Budget</Title></Document><FullText>Beslutning
Godkendt</FullText></MeetingAgendaItem></MeetingAgendaItems>
</MeetingAgendaType></MeetingAgendaTypes></Meeting>"""


@pytest.mark.parametrize(
    ("when", "expected"),
    [("12-03-2024 00:00:00", (date(2024, 3, 12), None)),
     ("2024-03-12T00:00:00Z", (date(2024, 3, 12), None)),
     ("2024-03-12T23:00:00Z", (date(2024, 3, 13), None)),
     ("2024-03-12T12:00:00Z", (date(2024, 3, 12), "13:00"))],
)
def test_edoc_midnight_is_a_date_without_time(tmp_path, when, expected):
    path = tmp_path / "edoc.xml"
    path.write_text(_EDOC.format(when=when), encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.date, m.start_time) == expected
