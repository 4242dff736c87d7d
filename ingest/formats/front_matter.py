"""A markdown export's front matter (YAML between "---" lines, Hugo's TOML between
"+++"): the file's metadata, not the minutes' text. Its first "---" would be read as
the committee, and its fields are no header lines the header reader knows.

A SharePoint or intranet export may keep the whole meeting header there ("udvalg:",
"moededato: 2025-04-23", "moedested: …", "deltagere:" with one "- name" a line). The
fields whose names are header labels are kept as the header's own lines ("Mødedato:
2025-04-23", "Deltagere:" with the names under it); the page's metadata ("title",
"created", "modified", "author", "tags") is left out, as it names other dates. Where the
body's own header read the meeting, the front matter fills only what that header left
out: the start, the place (or its address after it) and the members, when the body names
only who sent afbud (`front_facts`)."""

from __future__ import annotations

import re

from referat.domain import Meeting

from .front_people import person_entries
from .text_header_rows import EXTRA_FIELD_RE, HEADER_FIELD_RE, danish_label

# Each line of a YAML front matter matched one way only: a key line, an indented line (its
# first blank alone told from the rest: "[ \t]+.*" would split a deep list's indents in
# every way when no closing "---" follows, a backtracking that never ends), or a blank one.
# A CMS entry may hold the whole meeting there (Decap's "punkter:" list): hundreds of lines.
FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*\n(?:(?:[\w-]+:.*|[ \t].*|\r?)\n)*---[ \t]*\n"
    r"|\A\ufeff?\+\+\+[ \t]*\n(?:.*\n){0,400}?\+\+\+[ \t]*\n")  # (Hugo's TOML: "+++")

# "key: value" / "key = value" at the start of a line; "  - value" under a key is a list
_FIELD_RE = re.compile(r"^([A-Za-zÆØÅæøå][\wæøåÆØÅ-]*)\s*[:=]\s*(.*)$")
_LIST_ENTRY_RE = re.compile(r"^\s+-\s+(.+)$")
_INLINE_LIST_RE = re.compile(r"^\[(.*)\]$")
# English names of the committee field, which no header label spells
_COMMITTEE_KEYS = frozenset({"committee"})
_COMMITTEE_LABEL = "udvalg"
# A static site's (Hugo, Jekyll) English keys for the meeting's own facts, as the header's
# labels. "date" is the page's date: it is the meeting's only where no Danish date key
# ("dato", "moededato") and no date in the body says otherwise (`without_front_matter`).
_ENGLISH_LABELS = {"committee": "Udvalg", "date": "Dato", "time": "Tid", "place": "Sted",
                   "location": "Sted", "venue": "Sted"}
_DANISH_DATE_KEYS = frozenset({"dato", "moededato", "mødedato"})


# An ISO date and local time ("2025-04-23T14:00:00+02:00"; one in UTC, "…Z", says no
# local time, so only its date is kept)
_ISO_DATETIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?"
                              r"(Z|[+-]\d{2}:?\d{2})?$")


def _unquoted(value: str) -> str:
    """A value without its quotes; an ISO date and time as the header writes them
    ("2025-04-23 kl. 14:00")."""
    value = value.strip().strip("\"'").strip()
    if stamp := _ISO_DATETIME_RE.match(value):
        day, clock, zone = stamp.groups()
        return day if zone == "Z" else f"{day} kl. {clock}"
    return value


def _fields(front: str) -> list[tuple[str, list[str]]]:
    """The top-level fields of a front matter in order, each with its value(s): one for a
    scalar, one per entry for a list (block "- a" lines or an inline "[a, b]"; a person's
    mapping, "- navn: …" / "parti: …", one line: `front_people`)."""
    fields: list[tuple[str, list[str]]] = []
    for line in person_entries(front).split("\n"):
        entry = _LIST_ENTRY_RE.match(line)
        if entry and fields:
            fields[-1][1].append(_unquoted(entry.group(1)))
            continue
        field = _FIELD_RE.match(line)
        if not field:
            continue
        value = field.group(2).strip()
        inline = _INLINE_LIST_RE.match(value)
        values = [_unquoted(v) for v in inline.group(1).split(",")] if inline else (
            [_unquoted(value)] if _unquoted(value) else [])
        fields.append((field.group(1), [v for v in values if v]))
    return fields


def _header_lines(key: str, values: list[str]) -> list[str]:
    """A field as header lines when its name is a header label ("moededato" →
    "Mødedato: …"; a list as the label with one name a line under it); else none."""
    if not values:
        return []
    label = _ENGLISH_LABELS.get(key.lower()) or key[:1].upper() + key[1:]
    row = danish_label(f"{label}: {values[0]}")
    if not (HEADER_FIELD_RE.match(row) or EXTRA_FIELD_RE.match(row)):
        return []
    if len(values) == 1:
        return [row]
    # (one entry one person: "Hanne Skytte (A), formand" / "Anita Krogh, DGI Kærby" is
    # the person and, in brackets, their role or organisation, no second person)
    return [row.split(":", 1)[0] + ":", *(_ENTRY_COMMA_RE.sub(r" (\1)", v) for v in values)]


_ENTRY_COMMA_RE = re.compile(r",\s*([^,()]+(?:,\s*[^,()]+)*)$")


def without_front_matter(text: str, whole_header: bool = False, page_date: bool = False) -> str:
    """A markdown export without its front matter. Its committee field stays as the
    header's "Udvalg:"; with `whole_header`, every field that is a header label does
    (date, times, place, participants, and the English "time"/"place"): for a body with
    no header of its own, as the body's header, when it has one, is the one the minutes
    print. With `page_date` (the body names no date) the page's English "date" is the
    meeting's date and time, unless a Danish date key is there.

    >>> print(without_front_matter("---\\ndate: 2024-11-06T16:00:00+01:00\\n---\\nx", True, True))
    Dato: 2024-11-06 kl. 16:00
    <BLANKLINE>
    x
    """
    front = FRONT_MATTER_RE.match(text)
    if not front:
        return text
    fields = _fields(front.group(0))
    page_date = page_date and not any(key.lower() in _DANISH_DATE_KEYS for key, _ in fields)
    lines = [line for key, values in fields
             if (whole_header and (key.lower() != "date" or page_date))
             or key.lower() in _COMMITTEE_KEYS or key.lower() == _COMMITTEE_LABEL
             for line in _header_lines(key, values)]
    return ("\n".join(lines) + "\n\n" if lines else "") + text[front.end():]


_TOWN_KEYS = frozenset({"kommune", "municipality"})


def front_municipality(text: str) -> str | None:
    """The municipality the front matter names ("kommune: Odder Kommune", a Zola page's
    `[extra] kommune = "…"`), for a body that names it only in passing; None when none."""
    front = FRONT_MATTER_RE.match(text)
    return next((values[0] for key, values in _fields(front.group(0)) if key.lower() in
                 _TOWN_KEYS and values), None) if front else None


def has_front_matter(text: str) -> bool:
    """Whether the text starts with a front matter."""
    return bool(FRONT_MATTER_RE.match(text))


def front_facts(meeting: Meeting, fronted: list[Meeting]) -> list[Meeting]:
    """The meeting the body's own header read, with the start and place its header left
    out from the front matter ("starttid:", "lokale:"), when that reads the same day; the
    front matter's place when it is the body's with more after it (the address); its
    people when the body names only who sent afbud (a note's "deltagere:" list), with
    the body's absent ones it does not list; or when they name everyone the body does and
    more (the body's "Afbud: X. Stedfortræder Y deltog." beside the whole list)."""
    same = [m for m in fronted if m.date == meeting.date][:1]
    for m in same:
        meeting.start_time, meeting.place = meeting.start_time or m.start_time, (
            m.place if m.place and m.place.startswith(meeting.place or "") else meeting.place)
        if not any(p.status != "afbud" for p in meeting.participants) or (
                {_bare(p.name) for p in meeting.participants}
                < {_bare(p.name) for p in m.participants}):
            listed = {p.name for p in m.participants}
            meeting.participants = m.participants + [
                p for p in meeting.participants if p.name not in listed]
    return [meeting]


def _bare(name: str) -> str:
    """A person's name without the party after it ("Ida Holm (A)" → "ida holm")."""
    return name.split("(")[0].strip().lower()
