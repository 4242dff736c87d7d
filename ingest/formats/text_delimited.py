"""A decision list exported as delimited text, one line per item: a header row naming
the columns ("Punkt⇥Titel⇥Sagsnr.⇥Åben/Lukket⇥Beslutning"), then a row per item
("2⇥Trafiksikkerhedsplan⇥24-018812⇥Åben⇥Anbefales …"), tab-, semicolon- or (as a
SharePoint list exports it) comma-separated, the number column anywhere in the row.

Such a row has no heading, case line or section label of its own, so the text parser
would find no item in it. Each row is written out as the item block minutes print
("2. Title" / "Sagsnr. …" / "Åben punkt" / "Beslutning: …"), which the parser reads as
any other; the head's rows above the table ("Mødedato⇥2024-11-05") are label lines.

A list kept in SharePoint has no head rows: the meeting's fields are columns, the same
in every row ("Udvalg", "Mødestart", "Mødested"); they become the head's label lines.
Its bookkeeping columns ("Ændret", "Ændret af", "Elementtype", "Sti") are no item's
text, a multi-valued cell ("Anne Holm;#Per Lund") is a list, and its rows come in the
order they were added, so they are put in the order of their numbers.

A Notion database exported as CSV is such a list too, in English: the title column is
"Name", a checkbox says "Yes" or "No", "Created time" and "Tags" are its bookkeeping. A
relation to the meeting's own page ("Møde": "Handicaprådet 11.09.2024 (https://www.notion.so/
…)") names the body and the day, without the page's address; a person column of the
absent ("Fraværende") is the item's note of who was away, above its sections.

A meeting app's "long" export has one row per section, not per item: "Punktnr⇥Overskrift
⇥Felt⇥Indhold" with "2⇥Klimahandleplan⇥Indstilling⇥Forvaltningen indstiller …". The rows
sharing a number are one item, the field column names each row's section, and a row
without a number ("⇥⇥Afbud⇥Frank Beck (O)") is a head field, unless it follows an item's
row and names a section ("⇥⇥Beslutning⇥Godkendt."): Excel saves a cell merged down over
the item's rows as blank cells, so that row is the item's above.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from .people_sheet import people_columns, without_people
from .sub_rows import is_sub_row, sub_row_line
from .text_sections import section_name
from .text_title import without_date

DELIMITERS = ("\t", ";", ",")
# What a column is, by its name in the header row (lower-cased, without its final dot)
NUMBER_COLUMNS = frozenset({"punkt", "pkt", "nr", "nummer", "punktnr", "pkt.nr", "punkt nr",
                            "punktnummer", "punkt nummer", "pkt nr", "punkt-nr"})
TITLE_COLUMNS = frozenset({"titel", "sag", "emne", "overskrift", "dagsordenspunkt",
                           "sagstitel", "punkttitel", "sagens titel",
                           "name"})  # (a Notion database's title column)
# ... or the title's head joined with the case text's: "Sag og sagsfremstilling"
_TITLE_AND_TEXT_RE = re.compile(r"^(?:sag|emne|titel)\s*(?:og|/|&)\s*(?:sagsfremstilling|"
                                r"sagsbeskrivelse|beskrivelse|fremstilling)$")
CASE_COLUMNS = frozenset({"sagsnr", "sagsnummer", "journalnr", "journalnummer", "j.nr",
                          "sags-id", "sagsid"})
ACCESS_COLUMNS = frozenset({"åben/lukket", "åbent/lukket", "åben / lukket", "lukket/åben",
                            "status", "adgang", "offentlighed", "åben"})
# A yes/no column saying whether the item is closed ("Lukket⇥Ja")
CLOSED_COLUMNS = frozenset({"lukket", "lukket punkt", "fortroligt", "fortrolig"})
# A long export's columns: the section a row holds, and its text
FIELD_COLUMNS = frozenset({"felt", "feltnavn", "afsnit", "sektion", "felttype"})
CONTENT_COLUMNS = frozenset({"indhold", "tekst", "værdi", "feltindhold"})
# The meeting's fields, when a column repeats one value in every row
# (an Excel export's too: the authority, the kind, the time span, who met, who was away
# and who wrote the minutes, repeated on every item's row)
MEETING_COLUMNS = frozenset({"udvalg", "mødedato", "dato", "mødestart", "start", "starttidspunkt",
                             "mødetidspunkt", "tidspunkt", "mødested", "sted", "lokale",
                             "mødelokale", "møde", "mødet", "meeting", "myndighed", "kommune",
                             "mødetype", "mødetid", "fremmødte", "deltagere", "afbud",
                             "referent"})
# A column naming the meeting as a whole, its body and day ("Møde: Handicaprådet 11.09.2024")
_MEETING_NAME_COLUMNS = frozenset({"møde", "mødet", "meeting"})
_DATE_COLUMNS = frozenset({"mødedato", "dato"})
# Who missed the item: written above its sections, as minutes note it under the heading
ABSENCE_COLUMNS = frozenset({"fraværende", "afbud", "fravær", "absent"})
# A list's own bookkeeping (SharePoint's and its English names): no item's text
SYSTEM_COLUMNS = frozenset({"id", "ændret", "ændret af", "oprettet", "oprettet af",
                            "elementtype", "sti", "indholdstype", "version", "vedhæftede filer",
                            "modified", "modified by", "created", "created by", "item type",
                            "path", "content type", "attachments",
                            # (Notion's)
                            "created time", "last edited time", "last edited by", "tags",
                            # (an export's stamp of when it was made)
                            "eksporteret", "eksportdato", "udtrukket", "exported"})
_ACCESS_VALUE_RE = re.compile(r"^(?:åben|åbent|lukket)$", re.IGNORECASE)
_YES_NO = {"ja": "Lukket", "x": "Lukket", "nej": "Åben", "yes": "Lukket", "no": "Åben"}
# A Notion relation's page address after the page's title: "Handicaprådet 11.09.2024
# (https://www.notion.so/Handicapr-det-…?pvs=21)"
_NOTION_LINK_RE = re.compile(r"\s*\(https?://(?:www\.)?notion\.(?:so|site)/[^\s)]*\)")
_NUMBER_RE = re.compile(r"^(\d{1,4})\.?$")
_LABEL_RE = re.compile(r"^[^\W\d_][\w .-]{0,30}:?$")  # a head row's label: "Mødedato"
_MIN_COLUMNS = 3  # a number, a title and at least one more (the decision)


def _trimmed(cells: list[str], breaks: bool = False) -> list[str]:
    """`cells` without the empty cells a spreadsheet pads a row with to the table's
    width ("Mødedato;11-06-2025;;;"), each cell's line breaks read as spaces (kept,
    with `breaks`: a long export's section text, "Godkendt.\nFor: F, A")."""
    cells = [_listed(_NOTION_LINK_RE.sub("", "\n".join(
        " ".join(ln.split()) for ln in c.splitlines() if ln.strip()) if breaks else " ".join(
            c.split()))) for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _listed(cell: str) -> str:
    """A multi-valued cell as SharePoint writes it ("Anne Holm;#Per Lund", a lookup's
    ids between: "3;#Anne Holm;#7;#Per Lund") as a comma list."""
    if ";#" not in cell:
        return cell
    return ", ".join(v.strip() for v in cell.split(";#") if v.strip() and not v.strip().isdigit())


def _cells(line: str, delimiter: str) -> list[str]:
    return _trimmed(next(csv.reader([line], delimiter=delimiter), []))


def _records(lines: list[str], delimiter: str,
             breaks: bool = False) -> Iterator[tuple[int, list[str]]]:
    """The delimited records in `lines`, each with the index of its first line: a
    quoted cell may hold line breaks (a spreadsheet's multi-line decision), so the
    table is read as CSV records, not line by line."""
    reader = csv.reader((f"{line}\n" for line in lines), delimiter=delimiter)
    start = 0
    for record in reader:
        yield start, _trimmed(record, breaks)
        start = reader.line_num


def column_kind(name: str) -> str:
    """What a header cell names: "number", "title", "case", "access", or the name."""
    key = name.strip().lower().rstrip(".:").strip()
    if _TITLE_AND_TEXT_RE.match(key):  # ("Sag og sagsfremstilling": the title over its text)
        return "title"
    for kind, names in (("number", NUMBER_COLUMNS), ("title", TITLE_COLUMNS),
                        ("case", CASE_COLUMNS), ("access", ACCESS_COLUMNS),
                        ("closed", CLOSED_COLUMNS), ("field", FIELD_COLUMNS),
                        ("content", CONTENT_COLUMNS)):
        if key in names:
            return kind
    return name.strip().rstrip(":")


def _header(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and the columns' kinds when `line` is an item table's header row."""
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        cells = _cells(line, delimiter)
        if delimiter == "," and any(len(c.split()) > 4 for c in cells):
            continue  # a sentence's commas, not a header's
        if kinds := item_columns(cells):
            return delimiter, kinds
    return None


def item_columns(cells: list[str]) -> list[str] | None:
    """What each column of an item table's header row is ("number", "title", "case",
    "access", "closed", or the section it names: "Beslutning"); None when the row heads
    no item table ("Pkt. | Titel | Beslutning" does, "Nr | Name | Party" does not).

    >>> item_columns(["Pkt.", "Titel", "Sagsnr.", "Beslutning"])
    ['number', 'title', 'case', 'Beslutning']
    """
    kinds = [column_kind(c) for c in cells]
    if "name" in (c.strip().lower() for c in cells) and not any(map(section_name, cells)):
        return None  # ("Nr, Name, Party": a list of people; an item table names a section)
    if len(kinds) >= _MIN_COLUMNS and "number" in kinds and "title" in kinds and all(
            kinds) and len(set(kinds)) == len(kinds):
        return kinds
    return None


def access_line(row: dict[str, str]) -> str | None:
    """The item's access as minutes print it ("Lukket punkt"), from an access column
    ("Åben/Lukket⇥Lukket") or a yes/no one ("Lukket⇥Ja"); None when neither says."""
    for value in (row.get("access", ""), row.get("closed", "")):
        if _ACCESS_VALUE_RE.match(value):
            return f"{value.capitalize()} punkt"
    said = _YES_NO.get(row.get("closed", "").lower())
    return f"{said} punkt" if said else None


def _block(number: int, cells: list[str], kinds: list[str], skip: set[str],
           sections: tuple[tuple[str, str], ...] = (), parts: tuple[str, ...] = (),
           applied: frozenset[str] = frozenset()) -> list[str]:
    """One row as the item block minutes print, without the columns in `skip`; a long
    export's `sections` (field, text) after the row's own; the lines of the rows numbered
    under it (`parts`, "3.1 …") after its decision, as the decision's lines, and its own
    cells in the columns those rows fill (`applied`: "Ansøger", "Ansøgt (kr.)") one line
    before them, the item's application as each of theirs is."""
    row = {k: c for k, c in zip(kinds, cells, strict=False) if k not in skip}
    out = [f"{number}. {row.get('title', '')}"]
    if row.get("case"):
        out.append(f"Sagsnr. {row['case']}")
    if access := access_line(row):
        out.append(access)
    fields = [(k, v) for k, v in row.items() if k not in (
        "number", "title", "case", "access", "closed", "field", "content")]
    out += [f"{kind}: {value}" for kind, value in fields if value and kind.lower() in (
        ABSENCE_COLUMNS)]  # ("Fraværende: Per Holt" under the heading, not after a section)
    fields = [(k, v) for k, v in fields if k.lower() not in ABSENCE_COLUMNS]
    # (the decision's notes, "For stemte 5 …", "Fraværende: Ib Lund.": its lines)
    facts = [(k, v) for k, v in fields if k in applied and v and not section_name(k)
             and not decision_note(k)]
    own = ("; ".join(f"{k}: {v}" for k, v in facts) + ".",) if facts else ()  # (a line)
    parts = (*own, *(v for k, v in fields if v and decision_note(k)), *parts)
    fields = [(k, v) for k, v in fields if not decision_note(k) and (k, v) not in facts]
    for kind, value in [*fields, *sections]:
        if value and kind.lower() not in SYSTEM_COLUMNS:
            out.append(f"{section_name(kind) or kind}: {value}")
        if parts and section_name(kind) == "Beslutning":
            out += parts
            parts = ()
    return [*out, *parts, ""]


# What a column of notes on the decision names: who was away or inhabil, how they voted
_NOTE_HEADS = frozenset({"inhabilitet", "inhabil", "fravær", "fraværende", "afbud"})
_VOTE_HEADS = frozenset({"afstemning", "afstemninger", "stemmeafgivning"})


def decision_note(kind: str) -> bool:
    """A column whose head names a vote, alone or with who was away or inhabil
    ("Inhabilitet / fravær / afstemning"): its cells are the decision's lines ("For stemte
    5 …", "Fraværende: Ib Lund.", "Ida Holm deltog ikke … pga. inhabilitet."), written
    without the head; not "Fraværende / inhabil", whose head is the absence's label.

    >>> decision_note("Inhabilitet / fravær / afstemning"), decision_note("Fraværende / inhabil")
    (True, False)
    """
    parts = {" ".join(p.split()).lower() for p in kind.split("/")}
    return bool(parts & _VOTE_HEADS) and parts <= _NOTE_HEADS | _VOTE_HEADS


def _head_row(line: str, delimiter: str, joined: bool = False) -> str:
    """A head row above the table, "Mødedato;2024-09-03" (or "Sted:;Rådhuset"), as a label
    line ("Mødedato: 2024-09-03"); a row of one cell padded to the table's width
    ("Handicaprådet;;;;") as the cell; any other line as it is, or (`joined`: a row below
    the table, "Restbeløb …;;;;88.500") its filled cells a space apart."""
    if delimiter not in line:
        return line
    cells = _cells(line, delimiter)
    said = _row_line(cells)
    return said if said is not None else " ".join(c for c in cells if c) if joined else line


def _row_line(cells: list[str]) -> str | None:
    """A head row's cells as its line ("Mødedato: 2024-09-03", the one filled cell's
    text, "" for a padding row), or None for any other row."""
    filled = [c for c in cells if c]
    if len(filled) <= 1:
        return "".join(filled)
    if len(filled) == 2 and _LABEL_RE.match(filled[0]):
        return f"{filled[0].rstrip(':')}: {filled[1]}"
    return None


def _head_lines(lines: list[str], delimiter: str) -> list[str]:
    """The rows above the items' table as head lines; a participants' table among them
    ("Navn;Parti / organisation;Funktion;Fremmøde" over a row a member) as the head's
    lists after the other rows, as a workbook's (`people_sheet`)."""
    if not any(delimiter in ln and people_columns(_cells(ln, delimiter)) for ln in lines):
        return [_head_row(ln, delimiter) for ln in lines]
    kept, people = without_people([cells for _, cells in _records(lines, delimiter)])
    return [*(" ".join(c for c in cells if c) if (said := _row_line(cells)) is None else said
              for cells in kept), "", *people, ""]


def _meeting_fields(rows: list[tuple[int, list[str]]], kinds: list[str]) -> list[int]:
    """The columns naming the meeting, one value in every row ("Udvalg", "Mødestart")."""
    return [k for k, kind in enumerate(kinds) if kind.lower() in MEETING_COLUMNS and len(
        {cells[k] if k < len(cells) else "" for _, cells in rows}) == 1 and rows[0][1][k:k + 1]
        and rows[0][1][k]]


def _field_lines(kinds: list[str], cells: list[str], fields: list[int]) -> list[str]:
    """The meeting's fields as the head's label lines ("Mødested: Rådhuset"); a column
    naming the meeting ("Møde: Handicaprådet 11.09.2024") as its body and, unless a
    column gives the date, its day ("Udvalg: Handicaprådet", "Mødedato: 11.09.2024")."""
    dated = any(kinds[k].lower() in _DATE_COLUMNS for k in fields)
    out = []
    for k in fields:
        if kinds[k].lower() not in _MEETING_NAME_COLUMNS:
            out.append(f"{kinds[k]}: {cells[k]}")
            continue
        body = without_date(cells[k])
        out.append(f"Udvalg: {body.strip(' -–,') or cells[k]}")
        if body.strip() and body != cells[k] and not dated:
            out.append(f"Mødedato: {cells[k][len(body):].strip(' -–,')}")
    return out


def _section_rows(lines: list[str], delimiter: str, kinds: list[str]) -> list[str] | None:
    """A long export's rows (`lines`, under its header row) as head label lines and
    item blocks: the rows sharing a number are one item, each row one section
    ("2⇥Klimahandleplan⇥Nej⇥Indstilling⇥Forvaltningen indstiller …"), a row without a
    number a head field ("⇥⇥⇥Afbud⇥Frank Beck (O)"). None when no row has a number."""
    at, field, content = (kinds.index(k) for k in ("number", "field", "content"))
    rows: list[tuple[int, list[str]]] = []
    items: dict[int, list[list[str]]] = {}
    head: list[str] = []
    rest, last = len(lines), 0
    for start, cells in _records(lines, delimiter, breaks=True):
        cells += [""] * (len(kinds) - len(cells))
        number = _NUMBER_RE.match(cells[at])
        if len(cells) > len(kinds) or not (number or cells[at] == "" and cells[field]):
            rest = start
            break
        rows.append((int(number.group(1)) if number else 0, cells))
        if number:
            last = int(number.group(1))
            items.setdefault(last, []).append(cells)
        elif items and section_name(cells[field]):  # (the number's cell merged down over
            items[last].append(cells)  # the item's rows: a section of the item above)
        elif cells[content]:
            head.append(f"{cells[field]}: {' '.join(cells[content].split())}")
    if not items:
        return None
    fields = _meeting_fields(rows, kinds) if len(rows) > 1 else []
    out = _field_lines(kinds, rows[0][1], fields) + head + [""]
    skip = {kinds[k] for k in fields}
    for number, group in sorted(items.items()):
        sections = tuple((cells[field], cells[content]) for cells in group)
        # (who missed the item under its heading, not after its decision: as a column's)
        sections = tuple(sorted(sections, key=lambda s: s[0].strip().lower().rstrip(
            ":") not in ABSENCE_COLUMNS))
        out.extend(_block(number, group[0], kinds, skip, sections))
    return [*out, *lines[rest:]]


def item_table_text(text: str, breaks: bool = False) -> str:
    """`text` with a delimited item table's rows written out as item blocks; unchanged
    when no line is such a table's header row. With `breaks`, a cell's line breaks are
    kept (a workbook's cell shows them; a CSV export's cells are read as one line). A
    one-column export, every line one quoted cell, is its cells' text."""
    text = _one_column(text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (head := _header(line)) is None:
            continue
        delimiter, kinds = head
        if "field" in kinds and "content" in kinds:  # one row per section
            long = _section_rows(lines[i + 1:], delimiter, kinds)
            if long is None:
                return text
            return "\n".join([*_head_lines(lines[:i], delimiter), *long])
        at = kinds.index("number")
        rows: list[tuple[int, list[str]]] = []
        parts: dict[int, list[str]] = {}  # an item's rows numbered under it, by its cells' id
        applied: set[str] = set()  # the columns those rows fill
        rest = len(lines)
        for start, cells in _records(lines[i + 1:], delimiter, breaks):
            if not cells:
                continue
            if rows and is_sub_row(cells, at, rows[-1][0]):  # ("3.1" under item 3)
                parts.setdefault(id(rows[-1][1]), []).append(sub_row_line(cells, kinds, at,
                                                                        decision_note))
                applied |= {kind for kind, cell in zip(kinds, cells, strict=False) if cell}
                continue
            number = _NUMBER_RE.match(cells[at]) if at < len(cells) else None
            if len(cells) > len(kinds) or not number or len(cells) < 2:
                rest = i + 1 + start
                break
            rows.append((int(number.group(1)), cells))
        if not rows:
            return text  # a header row with no item row under it
        fields = _meeting_fields(rows, kinds) if len(rows) > 1 else []
        out = _head_lines(lines[:i], delimiter)
        out += _field_lines(kinds, rows[0][1], fields)
        if fields:
            out.append("")
        if len({n for n, _ in rows}) == len(rows):
            rows.sort(key=lambda row: row[0])  # a list's rows in the order they were added
        for number, cells in rows:
            out.extend(_block(number, cells, kinds, {kinds[k] for k in fields},
                              parts=tuple(parts.get(id(cells), ())),
                              applied=frozenset(applied - {"number", "title"})))
        # (the rows below the table, "Restbeløb …;;;88.500": without their padding)
        return "\n".join([*out, *(_head_row(ln, delimiter, joined=True) for ln in lines[rest:])])
    return text


# A one-column CSV's line: the cell in double quotes ('"Punkt 1 Godkendelse"', '""' a quote)
_QUOTED_LINE_RE = re.compile(r'^\ufeff?"((?:[^"]|"")*)"\s*$')


def _one_column(text: str) -> str:
    """Minutes saved from Excel as a one-column CSV, every line a quoted cell: the cells'
    text ('"Punkt 1 Godkendelse af dagsorden"' → "Punkt 1 Godkendelse af dagsorden");
    any other text unchanged."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 5 or not all(_QUOTED_LINE_RE.match(ln) for ln in lines):
        return text
    return "\n".join(m.group(1).replace('""', '"') if (m := _QUOTED_LINE_RE.match(ln)) else ln
                     for ln in text.split("\n"))
