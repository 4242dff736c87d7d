"""A table of agenda items over many meetings, one row an item, as an open-data portal or
a secretary's decision log exports it ("Udvalg | Mødedato | Mødetidspunkt | Punktnr. |
Overskrift | Sagsnr. | Åben/Lukket | Beslutning | Fraværende"), read by its columns.

The header row is the first row (below any title rows) whose cells name an item's title
and the meeting's date or committee, by their Danish names or an API's snake_case keys
(`moede_dato`, `punkt_nr`, `fravaerende`: "ø" written "oe"). A row's meeting is its
committee, date and start time; a meeting cell left blank (merged down over the
meeting's rows) is the one above it. Each meeting keeps its rows in the file's order,
its items numbered in reading order, a printed number that runs on through the year
("61", "62" …) kept as the item's label. The text columns are the item's sections
("Beslutning", "Indstilling", "Sagsfremstilling"); a yes/no "Lukket" or an
"Åben/Lukket" column closes it; "Fraværende" lists who missed it; "Afstemning" and
"Tidligere behandlet" give its vote and history. A row that cannot be read is left out
with a one-line Danish warning naming the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from referat.domain import AgendaItem, Section, Treatment
from referat.municipalities import official_name

from .common import committee_name, item_number
from .dates import parse_iso_datetime, written_date
from .history_text import history_entries
from .people import decision_people

# What a column holds, by its name folded (lower-case, "ø" as "oe", letters and digits only)
_KINDS = {
    "committee": "udvalg udvalgsnavn committee organ forum",
    "date": "moededato dato moededag meetingdate date",
    "time": "moedetidspunkt tidspunkt tid kl klokken starttid starttidspunkt moedestart "
            "start moedetid",
    "place": "moedested sted lokale moedelokale",
    "number": "punkt pkt punktnr pktnr nr nummer punktnummer",
    "title": "overskrift titel emne sagsoverskrift sagstitel dagsordenspunkt punkttitel title",
    "case": "sagsnr sagsnummer journalnr journalnummer jnr sagsid",
    "access": "aabenlukket aabentlukket lukketaaben status adgang offentlighed",
    "closed": "lukket lukketpunkt fortrolig fortroligt",
    "absent": "fravaerende afbud fravaer absent",
    "votes": "afstemning stemmer votes",
    "history": "tidligerebehandlet tidligerebehandling behandlingsforloeb sagensforloeb "
               "historik",
    "municipality": "kommune myndighed municipality",
    "fields": "felter sektioner afsnit",
    "known": "id moedeid moedestatus opdateret",  # (an API's bookkeeping: no item's text)
}
# Text columns, each an item's section by its name
SECTIONS = {"beslutning": "Beslutning", "indstilling": "Indstilling",
            "sagsfremstilling": "Sagsfremstilling", "resume": "Sagsfremstilling",
            "resumee": "Sagsfremstilling", "beskrivelse": "Sagsfremstilling",
            "bemaerkninger": "Bemærkninger"}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words.split()}
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})
_MEETING_KINDS = ("committee", "date", "time", "place", "municipality")
_CLOCK_RE = re.compile(r"(?:^|\D)([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)")
_YES = frozenset({"ja", "x", "yes", "true", "1", "lukket"})
# A title row's part naming the body ("Fredensborg Kommune – Plan- og Miljøudvalget – …")
_BODY_RE = re.compile(r"[A-ZÆØÅ]\S*(?:udvalg(?:et)?|råd(?:et)?|nævn(?:et)?|bestyrelsen?)\b")
_PART_SPLIT_RE = re.compile(r"\s+[–—|-]\s+|:\s+")
_ABSENT_SPLIT_RE = re.compile(r"\s*(?:\n|;|(?<=\)),)\s*")


def fold(head: object) -> str:
    """A column's name folded: "Punktnr." and "punkt_nr" → "punktnr"."""
    text = re.sub(r"\([^)]*\)", "", str(head)).lower().translate(_FOLD)
    return re.sub(r"[^a-z0-9]", "", text)


def column_kinds(header: list[object]) -> dict[int, str]:
    """The header row's columns by what they hold; a text column as "section:<Name>"."""
    kinds: dict[int, str] = {}
    for k, head in enumerate(header):
        key = fold(head)
        kind = _KIND_OF.get(key) or (f"section:{SECTIONS[key]}" if key in SECTIONS else None)
        if kind and kind not in kinds.values():
            kinds[k] = kind
    return kinds


def is_header(header: list[object]) -> bool:
    """Whether the row names an items' table over meetings: a title column, the
    meeting's date or committee, and a third known column."""
    kinds = set(column_kinds(header).values())
    return "title" in kinds and bool(kinds & {"date", "committee"}) and len(kinds) >= 3


def text(value: object) -> str:
    """A cell as text: lines stripped, a list one entry a line, a yes/no as Ja/Nej."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, list):
        return "\n".join(text(v) for v in value if text(v))
    lines = [" ".join(line.split()) for line in str(value).replace("\r", "").split("\n")]
    return "\n".join(line for line in lines if line).strip()


def when(value: object) -> tuple[date | None, str | None]:
    """The day and the time a cell gives: "06-11-2018", "2019-03-12", "kl. 17.00",
    "2023-09-04T15:00:00+02:00"."""
    cell = text(value)
    if re.match(r"^\d{4}-\d\d-\d\dT\d", cell):
        try:
            return parse_iso_datetime(cell, "tidspunkt")
        except ValueError:
            return None, None
    found = written_date(cell) if re.search(r"\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2}", cell) else None
    rest = cell
    if found:  # (the time after the date: "2024-04-08 16:00")
        rest = re.sub(r"\d{4}-\d\d-\d\d|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", " ", cell)
    m = _CLOCK_RE.search(rest)
    clock = f"{int(m.group(1)):02d}:{m.group(2)}" if m else (found[1] if found else None)
    return (found[0] if found else None), clock


def body_in(title: str) -> str | None:
    """The committee a title row names ("Fredensborg Kommune – Plan- og Miljøudvalget –
    beslutningsregister 2021" → "Plan- og Miljøudvalget")."""
    for line in title.split("\n"):
        for part in _PART_SPLIT_RE.split(line):
            if _BODY_RE.search(part) and "kommune" not in part.lower() and len(part) < 80:
                return committee_name(part.strip())
    return None


def file_municipality(stem: str) -> str | None:
    """The municipality a file's name opens with ("faaborg-midtfyn_dagsordenpunkter")."""
    return official_name(re.split(r"[_ .]", stem, maxsplit=1)[0])


@dataclass
class Row:
    """One item's row: where it stands ("række 7", "linje 3") and its cells by kind."""

    where: str
    cells: dict[str, object]
    sections: list[tuple[str, object]] = field(default_factory=list)


def table_rows(header: list[object], records: list[tuple[str, list[object]]],
               context: dict[str, str]) -> list[Row]:
    """The table's rows by kind, a blank meeting cell filled in from the row above (a
    merged cell) while the row's committee and date are the meeting's above; `context`
    gives what the title rows say (the committee, the municipality)."""
    kinds = column_kinds(header)
    above: dict[str, object] = dict(context)
    rows: list[Row] = []
    for where, cells in records:
        if not any(text(c) for c in cells):
            continue  # (a blank row parts nothing)
        row = Row(where, {})
        for k, kind in kinds.items():
            value = cells[k] if k < len(cells) else None
            if kind.startswith("section:"):
                row.sections.append((kind[8:], value))
            elif value not in (None, "", []):
                row.cells[kind] = value
        new = any(k in row.cells and text(row.cells[k]) != text(above.get(k))
                  for k in ("committee", "date"))
        for kind in _MEETING_KINDS:
            if kind not in row.cells and kind in above and (
                    not new or kind in ("committee", "municipality") or kind in context):
                row.cells[kind] = above[kind]
        above.update({k: row.cells[k] for k in _MEETING_KINDS if k in row.cells})
        rows.append(row)
    return rows


def row_item(row: Row, position: int) -> AgendaItem:
    """The row's agenda item, numbered `position`; its printed number the label when it
    is another."""
    cells = row.cells
    printed = item_number(cells.get("number"))
    mark = str(printed) if printed is not None else text(cells.get("number")).rstrip(".")
    item = AgendaItem(position, text(cells.get("title")).replace("\n", " "),
                      text(cells.get("case")) or None, closed=_closed(cells),
                      label=mark if mark and mark != str(position) else "")
    for name, value in row.sections:
        if said := text(value):
            item.sections.append(Section(name, said))
    for entry in cells.get("fields") or []:  # ([{"overskrift": "Beslutning", "tekst": …}])
        if isinstance(entry, dict):
            name, said = _field(entry)
            if said:
                item.sections.append(Section(SECTIONS.get(fold(name), name), said))
    item.absentees = absentees(cells.get("absent"))
    if said := text(cells.get("votes")):
        item.votes = decision_people(said)[1]
    item.history = history(cells.get("history"))
    return item


def _closed(cells: dict[str, object]) -> bool:
    if "closed" in cells:
        value = cells["closed"]
        return value is True or text(value).lower() in _YES
    return text(cells.get("access")).lower().startswith("lukket")


def _field(entry: dict) -> tuple[str, str]:
    by_key = {fold(k): v for k, v in entry.items()}
    name = next((text(by_key[k]) for k in ("overskrift", "titel", "navn", "label", "name")
                 if k in by_key), "")
    said = next((text(by_key[k]) for k in ("tekst", "text", "indhold", "vaerdi", "content")
                 if k in by_key), "")
    return name or "Sagsfremstilling", said


def absentees(value: object) -> list[str]:
    """Who missed the item: a list, or a cell one name a line (or "; " between)."""
    names = value if isinstance(value, list) else _ABSENT_SPLIT_RE.split(text(value))
    return [text(n) for n in names if text(n)]


def history(value: object) -> list[Treatment]:
    """The case's earlier treatments: an API's list of objects (`udvalg`, `dato`, `punkt`,
    `beslutning`) or a cell one treatment a line ("Klima- og Miljøudvalget 04.03.2024,
    pkt. 6")."""
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        said = text(value)
        return history_entries(said.split("\n")) if said else []
    out = []
    for entry in value:
        by_key = {fold(k): v for k, v in entry.items()}
        day, _ = when(by_key.get("dato") or by_key.get("date") or by_key.get("moededato"))
        out.append(Treatment(committee_name(text(by_key.get("udvalg") or by_key.get(
            "committee"))), day, text(by_key.get("beslutning") or by_key.get("tekst")),
            item_number(by_key.get("punkt") or by_key.get("punktnr"))))
    return out
