"""The FirstAgenda open-API JSON's keys as the adapter reads them, whatever casing or
naming an API version uses: `dagsordenpunkter`/`punktnummer` (camel or lower case) are
`Dagsordenpunkter`/`Punktnummer`, an English `Fields` is `Felter`, `Participants` is
`Moededeltagere`, `Location` is `Sted`. A key the adapter does not read stays as it is;
the adapter's own spelling wins over a variant in the same object."""

from __future__ import annotations

import re

# The keys the adapter reads, spelled its way
KEYS = (
    "Dagsordenpunkter", "Moede", "Udvalg", "Navn", "Name", "Dato", "MeetingBeginUtc",
    "Sted", "Afsluttet", "Moededeltagere", "Absent", "ParticipationCancelled", "Fravaerende",
    "Afbud", "Role", "Rolle", "Punktnummer", "Number", "Sorting", "Caption", "SagsNummer",
    "CaseNumber", "IsOpen", "Felter", "Html", "Tekst", "ExternalAgendaItemAttendees", "Reason",
)
# Another API version's names for the same keys
_ALIASES = {"fields": "Felter", "participants": "Moededeltagere",
            "meetingparticipants": "Moededeltagere", "location": "Sted"}
_CANONICAL = {k.lower(): k for k in KEYS} | _ALIASES
# The file's item list and meeting, their keys in any casing
ITEMS_KEY_RE = re.compile(rb'"(?i:dagsordenpunkter)"')
MEETING_KEY_RE = re.compile(rb'"(?i:moede)"')


def canonical_keys(value: object) -> object:
    """`value` with every object's keys spelled the adapter's way, at every depth.

    >>> canonical_keys({"moede": {"dato": "2025-01-02", "Location": "Rådhuset"}})
    {'Moede': {'Dato': '2025-01-02', 'Sted': 'Rådhuset'}}
    >>> canonical_keys({"Navn": "A", "navn": "B"})
    {'Navn': 'A'}
    """
    if isinstance(value, list):
        return [canonical_keys(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, object] = {}
    for key, item in sorted(value.items(), key=lambda kv: kv[0] not in KEYS):
        name = _CANONICAL.get(str(key).lower(), key)
        if name not in out:  # (the adapter's own spelling, sorted first, wins)
            out[name] = canonical_keys(item)
    return out
