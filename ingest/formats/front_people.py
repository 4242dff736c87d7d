"""A front matter's people as a list of mappings, as a static site (Hugo, Jekyll) keeps its
data: one entry a person, its fields on the lines below the dash:

    deltagere:
      - navn: Ida Holm
        parti: A
        rolle: formand
        status: deltog
      - navn: Bo Lund
        parti: V
        status: afbud
        bemaerkning: forlod mødet kl. 18.40 efter punkt 9

`front_matter` reads a list as one value a "- …" line, so each such entry is made the
one line a members' list prints for that person: "Ida Holm (A), formand", "Bo Lund (V)
(afbud)", the remark after the role ("…, forlod mødet kl. 18.40 efter punkt 9"). Read as
it stood, the list was "navn: Ida Holm", … and the party, role and status were lost. A
list of mappings without a name key (an item list: "nummer", "titel") stays as it is."""

from __future__ import annotations

import re

# "  - navn: Ida Holm": a list's entry opening a mapping (its first key and value)
_ENTRY_RE = re.compile(r"^(?P<indent>[ \t]+)-[ \t]+(?P<key>[\wæøåÆØÅ-]+):[ \t]*(?P<value>.*)$")
# "    parti: A": a further key of the same mapping, indented past the dash
_KEY_RE = re.compile(r"^(?P<indent>[ \t]+)(?P<key>[\wæøåÆØÅ-]+):[ \t]*(?P<value>.*)$")

_NAME_KEYS = ("navn", "name", "fuldt_navn", "fulde_navn")
_PARTY_KEYS = ("parti", "party", "partibogstav")
_ROLE_KEYS = ("rolle", "role", "funktion", "titel", "hverv")
_STATUS_KEYS = ("status", "fremmoede", "fremmøde", "attendance")
_NOTE_KEYS = ("bemaerkning", "bemærkning", "note", "kommentar", "remark")
# a status that says the person was not there
_AWAY_RE = re.compile(r"^(?:afbud|fraværende|fravaerende|forfald|absent|ikke\s+til\s+stede|"
                      r"nej|false)$", re.IGNORECASE)


def _value(raw: str) -> str:
    """A scalar without its quotes."""
    return raw.strip().strip("\"'").strip()


def _person(fields: dict[str, str]) -> str | None:
    """The entry's person as a members' list prints them; None without a name."""
    name = next((fields[k] for k in _NAME_KEYS if fields.get(k)), "")
    if not name:
        return None
    party = next((fields[k] for k in _PARTY_KEYS if fields.get(k)), "")
    said = [s for s in (next((fields[k] for k in _ROLE_KEYS if fields.get(k)), ""),
                        next((fields[k] for k in _NOTE_KEYS if fields.get(k)), "")) if s]
    status = next((fields[k] for k in _STATUS_KEYS if fields.get(k)), "")
    person = f"{name} ({party})" if party else name
    person += "".join(f", {s}" for s in said)
    return f"{person} (afbud)" if _AWAY_RE.match(status) else person


def person_entries(front: str) -> str:
    """The front matter with each list entry that is a person's mapping on one line.

    >>> print(person_entries("deltagere:\\n  - navn: Ida Holm\\n    parti: A\\n"
    ...                      "    rolle: formand\\n  - navn: Bo Lund\\n    status: afbud\\n"))
    deltagere:
      - Ida Holm (A), formand
      - Bo Lund (afbud)
    <BLANKLINE>
    """
    lines = front.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        entry = _ENTRY_RE.match(lines[k])
        if not entry:
            out.append(lines[k])
            k += 1
            continue
        fields = {entry["key"].lower(): _value(entry["value"])}
        depth = len(entry["indent"])
        end = k + 1
        while end < len(lines) and (key := _KEY_RE.match(lines[end])) and (
                len(key["indent"]) > depth):
            fields.setdefault(key["key"].lower(), _value(key["value"]))
            end += 1
        person = _person(fields)
        out += [f"{entry['indent']}- {person}"] if person else lines[k:end]
        k = end
    return "\n".join(out)
