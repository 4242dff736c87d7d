"""Two shapes of Word table that a row-by-row reading gets wrong (`word._paragraphs`
reads every other table row by row):

* a header table printed column-wise: the labels in the first row, their values in the
  second ("Udvalg | Mødedato | Mødested | Deltagere" / "Kultur- og Fritidsudvalget |
  12. marts 2024 kl. 16.30 | …") → "Udvalg: …" lines, a cell of several paragraphs (one
  member each) as one comma list;
* the whole agenda as one table, one row an item ("Pkt. | Sag | Beslutning" / "1 |
  Godkendelse af dagsorden | Godkendt.") → "1. Title" and each section column's heading
  and text, as an item is printed elsewhere; a housing board's action list ("Pkt. | Emne
  | Drøftelse og beslutning | Ansvarlig | Frist") too, its decision column named with
  other words, its follow-up columns sections of their own;
* a case's earlier treatments ("Udvalg | Dato | Beslutning" under "Behandlingsforløb" /
  "Økonomiudvalget | 17.02.2025 | Anbefales.") → a dated decision heading per row
  ("Beslutning i Økonomiudvalget den 17.02.2025") and its text: history, not this
  meeting's decision (read column-wise, a one-row table's "Beslutning" would be);
* a members' table with a mark in a status column ("Navn | Parti | Til stede | Afbud" /
  "Anne Hansen | A | x |") → "Deltagere:" and "Afbud:" lists, "Anne Hansen (A)" each
  (read row by row, the empty cell is dropped and which column held the mark is lost);
* a vote table of the parties with a mark in the column voted ("Parti | For | Imod |
  Undlod" / "A | X | |") → "For: A, …" / "Imod: …" lines (`party_votes`);
* the members in columns, a committee's a column under its name, one a paragraph
  (a joint meeting's "Teknik- og Miljøudvalget | Plan- og Boligudvalget") → each
  committee's name as a label over its members, one a line (`member_columns`);
* the members as a grid of cards, one a cell (name / "A · Borgmester" / "Afbud") →
  "Deltagere:" and "Afbud:" lists (`member_cards`);
* the members grouped by party ("Parti | Deltog | Afbud" / "Venstre (V) | Kirsten Dal,
  1. viceborgmester · Ib Sand | Thomas Agger", or group rows over the members) →
  "Deltagere:" and "Afbud:" lists, "Kirsten Dal (V), 1. viceborgmester" (`party_attendance`);
* the members under one cell spanning the columns ("Udvalgets medlemmer") and no row of
  column heads → the heading, heads named by the columns' values, the rows (`spanned_members`);
* the members as rows and the items as columns, a mark in each cell ("Medlem | 1 | 2" /
  "Ida Holm (V) | ✓ | ÷") → "Deltagere:" / "Afbud:" lists, the items a member missed a
  part-time role (`item_grid`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .dates import written_date
from .group_rows import grouped
from .item_grid import item_grid
from .label_grid import item_field
from .member_cards import member_cards
from .member_columns import member_columns
from .members_table import table_heads
from .merged_items import merged_items
from .party_attendance import party_attendance
from .party_votes import party_vote_lines, side_columns
from .remark_attendance import remark_attendance
from .spanned_members import spanned_members
from .text_sections import section_name
from .ticks import TICKED

Rows = list[list[list[str]]]  # rows → cells → the cell's paragraphs

_LABEL_CELL_RE = re.compile(r"^[A-ZÆØÅa-zæøå][^\d.!?:]{0,28}[.:]?$")  # "Pkt.", "Sted:"
_NUMBER_HEAD = ("pkt", "pkt.", "punkt", "nr", "nr.", "nummer")
_TITLE_HEAD = ("sag", "emne", "titel", "overskrift", "dagsordenspunkt", "dagsordenpunkt",
               "punktets titel", "sagens titel")
_NUMBER_RE = re.compile(r"^(\d{1,4})\.?$")
# An agenda table's column of what was said and decided, headed by the document's kind
_MINUTES_HEAD = ("referat", "referat/beslutning", "beslutning/referat", "referat og beslutning")
_DECIDED_RE = re.compile(r"^(?:beslutning|afgørelse)\s*:", re.IGNORECASE)
# ... or by what was said with it: "Drøftelse og beslutning", "Bemærkninger/beslutninger"
_MINUTES_LABEL_RE = re.compile(r"\b(?:beslutning|beslutninger|referat)$")
# An action list's own columns, kept as the item's sections: who follows up, and by when
_ACTION_HEAD = {"ansvarlig": "Ansvarlig", "tovholder": "Ansvarlig", "frist": "Frist",
                "deadline": "Frist"}
# An action log's column of what was said, apart from what was decided: this meeting's
# discussion ("Emne | Drøftelse | Beslutning | Ansvarlig | Frist")
_DISCUSSION_HEAD = ("drøftelse", "drøftelser", "diskussion")
# The item's number written in its title cell, no number column: "2. Title (sag …)"
_NUMBERED_TITLE_RE = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")


# Private-use mark (no document's text holds it) where a table holding the whole agenda
# ends: what the document says below it is no item's text (`after_agenda`).
AGENDA_END = "\ue002"


def table_lines(rows: Rows) -> list[str] | None:
    """The lines such a table reads as, or None for any other table."""
    if votes := (party_vote_lines([[" ".join(c) for c in row] for row in rows])
                 or side_columns(rows)):
        return ["\n".join(votes)]  # (one paragraph: the vote's lines together)
    return (party_attendance(rows) or treatment_lines(rows) or _column_header(rows)
            or _agenda(rows) or _marked_attendance(rows) or _status_columns(rows)
            or _remarks(rows) or member_columns(rows) or spanned_members(rows)
            or member_cards(rows) or item_grid(rows))


def _remarks(rows: Rows) -> list[str] | None:
    """"Navn | Funktion | Bemærkning" with "Afbud" in some rows (`remark_attendance`)."""
    labels = _labels(rows[0]) if len(rows) >= 2 else None
    return remark_attendance(labels, [[" ".join(c).strip() for c in row] for row in rows[1:]]
                             ) if labels else None


# A treatments table's columns: the body, the date, what it decided
BODY_HEAD = ("udvalg", "organ", "instans", "forum", "behandlet i", "behandlet af",
              "politisk udvalg", "mødefora")
DATE_HEAD = ("dato", "mødedato", "behandlingsdato", "møde")
DECIDED_HEAD = ("beslutning", "afgørelse", "resultat", "udfald")


def treatment_lines(rows: Rows) -> list[str] | None:
    """"Udvalg | Dato | Beslutning" rows → "Beslutning i <Udvalg> den <dd.mm.yyyy>" and
    the decision's paragraphs; None unless every row names a body and a date. A column
    of the earlier meeting's item ("Punkt | 8") adds "punkt 8" to the heading.

    >>> treatment_lines([[["Udvalg"], ["Dato"], ["Punkt"], ["Beslutning"]],
    ...                  [["Magistraten"], ["20-11-2023"], ["8"], ["Fremsendes."]]])
    ['', 'Beslutning i Magistraten den 20.11.2023 punkt 8', '', 'Fremsendes.']
    """
    labels = _labels(rows[0]) if len(rows) >= 2 else None
    if not labels:
        return None
    low = [lb.lower() for lb in labels]
    body, day, decided, number = (next((k for k, lb in enumerate(low) if lb in heads), None)
                                  for heads in (BODY_HEAD, DATE_HEAD, DECIDED_HEAD, _NUMBER_HEAD))
    if body is None or day is None or decided is None:
        return None
    out: list[str] = []
    for row in rows[1:]:
        name = " ".join(row[body]).strip() if len(row) == len(labels) else ""
        when = written_date(" ".join(row[day])) if name else None
        if not when:
            return None
        item = _NUMBER_RE.match(" ".join(row[number]).strip()) if number is not None else None
        item_text = f" punkt {item.group(1)}" if item else ""
        out += ["", f"Beslutning i {name} den {when[0]:%d.%m.%Y}{item_text}", "", *row[decided]]
    return out


# A status column's header, and the marks that tick it
_PRESENT_HEAD = ("til stede", "tilstede", "deltog", "deltager", "fremmødt", "mødt", "ja")
_ABSENT_HEAD = ("afbud", "fraværende", "fravær", "ikke til stede", "meldt afbud", "ikke mødt")
_PARTY_HEAD = ("parti", "partibogstav", "liste")
_ROLE_HEAD = ("funktion", "rolle", "hverv", "post")
# (a check box's ticked glyph too, `ticks`: "☒", "[x]")
_MARK_RE = re.compile(rf"^(?:x|X|•|\*|ja|Ja|{'|'.join(map(re.escape, TICKED))})$")


def _marked_attendance(rows: Rows) -> list[str] | None:
    """"Navn | Parti | Til stede | Afbud" with a mark per row → "Deltagere:" / "Afbud:"
    lists, a "Funktion" column's role after the name ("Ida Holm (V), formand"); None
    unless the header has a name column and at least one status column."""
    labels = _labels(rows[0]) if len(rows) >= 2 else None
    if not labels or labels[0].lower() not in ("navn", "medlem", "medlemmer", "deltager"):
        return None
    low = [lb.lower() for lb in labels]
    present = [k for k, lb in enumerate(low) if lb in _PRESENT_HEAD]
    absent = [k for k, lb in enumerate(low) if lb in _ABSENT_HEAD]
    party = next((k for k, lb in enumerate(low) if lb in _PARTY_HEAD), None)
    role = next((k for k, lb in enumerate(low) if lb in _ROLE_HEAD), None)
    if not present and not absent:
        return None
    lists: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
    for row in rows[1:]:
        cells = [" ".join(c).strip() for c in row] + [""] * (len(labels) - len(row))
        name = cells[0]
        if not name:
            continue
        if party is not None and cells[party]:
            # (after the name, before a role: "Jens Krog (C), stedfortræder for …")
            head, comma, rest = name.partition(",")
            name = f"{head} ({cells[party]}){comma}{rest}"
        if role is not None and cells[role] and "," not in name:  # ("Formand": after a comma)
            name = f"{name}, {cells[role][:1].lower()}{cells[role][1:]}"
        marked = {k for k, c in enumerate(cells) if _MARK_RE.match(c)}
        lists["Afbud" if marked & set(absent) or (present and not marked & set(present))
              else "Deltagere"].append(name)
    return [f"{head}:\n" + "\n".join(names) for head, names in lists.items() if names]


# A column of present members' head, besides the status heads above
_MEMBERS_HEAD = ("deltagere", "medlemmer")
_NAME_CELL_MAX = 80  # a member's name with party and role; a longer cell is prose


def _status_columns(rows: Rows) -> list[str] | None:
    """"Til stede | Afbud" over a column of names each (the lists side by side, as
    LibreOffice and ESDH exports set them) → "Deltagere:" / "Afbud:" lists; None unless
    every head is a status and one of them an absence."""
    labels = _labels(rows[0]) if len(rows) >= 2 else None
    low = [lb.lower() for lb in labels or []]
    if not low or not any(lb in _ABSENT_HEAD for lb in low) or not all(
            lb in _ABSENT_HEAD or lb in _PRESENT_HEAD or lb in _MEMBERS_HEAD for lb in low):
        return None
    lists: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
    for row in rows[1:]:
        if len(row) > len(low):
            return None
        for lb, cell in zip(low, row, strict=False):
            names = [p for p in cell if p.strip()]
            if any(len(p) > _NAME_CELL_MAX for p in names):
                return None
            lists["Afbud" if lb in _ABSENT_HEAD else "Deltagere"] += names
    return [f"{head}:\n" + "\n".join(names) for head, names in lists.items() if names]


def _labels(row: list[list[str]]) -> list[str] | None:
    """The row's cells when each is one short label ("Mødedato", "Sted:")."""
    if len(row) < 2 or not all(len(c) == 1 and _LABEL_CELL_RE.match(c[0])
                               and len(c[0].split()) <= 3 for c in row):
        return None
    return [c[0].rstrip(":").strip() for c in row]


def _column_header(rows: Rows) -> list[str] | None:
    if len(rows) >= 4 and len(rows) % 2 == 0:
        return _label_bands(rows)
    labels = _labels(rows[0]) if len(rows) == 2 else None
    if not labels or len(rows[1]) != len(labels):
        return None
    if sum(section_name(lb) is None and lb.lower() not in _TITLE_HEAD for lb in labels) < 2:
        return None  # an agenda's head, not a meeting's header
    values = [", ".join(cell) for cell in rows[1]]
    if not any(re.search(r"\d{4}", v) for v in values):
        return None  # a meeting's header names its date
    return [f"{label}: {value}" for label, value in zip(labels, values, strict=True) if value]


def _label_bands(rows: Rows) -> list[str] | None:
    """An item's form printed in bands, a row of labels above a row of their values
    ("Sagsnr. | Sagsbehandler" / "27.12.04-K09-3-20 | Lars Frederiksen", then "Åben/Lukket
    | Tidligere behandlet i" / …) → "label: value" lines, a value's wrapped lines joined;
    no members' table ("Navn | Funktion" over the members' rows; "Navn | Status" over
    them, their names no labels, whatever the count of its rows)."""
    if table_heads([" ".join(c) for c in rows[0]]):
        return None
    bands = [(_labels(rows[k]), rows[k + 1]) for k in range(0, len(rows), 2)]
    if not all(labels and len(values) == len(labels) and not _labels(values)
               for labels, values in bands) or not any(
            item_field(lb) in ("case", "access") for labels, _ in bands for lb in labels or []):
        return None  # (an item's form names its case number or whether it is open)
    out = []
    for labels, values in bands:
        for label, cell in zip(labels or [], values, strict=True):
            if value := " ".join(ln.strip() for p in cell for ln in p.split("\n") if ln.strip()):
                out.append(f"{label}: {value}")
    return out


def _agenda(rows: Rows) -> list[str] | None:
    labels = _labels(rows[0]) if len(rows) >= 2 else None
    if not labels:
        return None
    low = [lb.lower() for lb in labels]
    number = next((k for k, lb in enumerate(low) if lb in _NUMBER_HEAD), None)
    title = next((k for k, lb in enumerate(low) if lb in _TITLE_HEAD), None)
    minutes = {k for k, lb in enumerate(low) if lb in _MINUTES_HEAD or (
        section_name(lb) is None and _MINUTES_LABEL_RE.search(lb))}
    sections = {k: name for k, lb in enumerate(labels) if low[k] not in _ACTION_HEAD
                and (name := section_name(lb) or ("Beslutning" if k in minutes else None)
                     or ("Behandling" if low[k] in _DISCUSSION_HEAD else None))}
    if title is not None and number is None and "Beslutning" in sections.values():
        return _titled_agenda(rows, labels, title, sections)
    if number is None or title is None:
        return None
    if not sections:  # (an item over several rows, its number merged down)
        merged = merged_items(rows, labels, number, title)
        return [*merged, AGENDA_END] if merged else None
    # (after the item's own sections, wherever the columns stand)
    sections |= {k: _ACTION_HEAD[lb] for k, lb in enumerate(low) if lb in _ACTION_HEAD}
    labelled = {k for k in minutes if _labelled(rows, len(labels), k)}
    out: list[str] = []
    group = ""  # a row of one cell across the table above the next item ("Lukket møde")
    for row in rows[1:]:
        if [" ".join(c).strip() for c in row] == labels:
            continue  # (the head row printed again)
        if len(row) == 1 and len(row[0]) == 1 and not _NUMBER_RE.match(row[0][0]):
            group = row[0][0]
            continue
        if len(row) != len(labels):
            return None
        if not any(row[number]) and not any(row[k] for k in sections):
            continue  # a time slot with no item ("10.55 | | Pause", "Mødet slutter")
        if not (m := _NUMBER_RE.match(" ".join(row[number]))):
            return None
        first, *rest = row[title] or [""]  # the title, then what the cell says below it
        block = ["", f"{m.group(1)}. {first}", *rest]
        for k, name in sections.items():
            if "".join(row[k]).strip() in ("-", "–", "—"):
                continue  # a dash for "nothing": no one to follow up, no deadline
            if row[k] and k in minutes and (k in labelled or any(
                    _DECIDED_RE.match(p) for p in row[k])):
                # the account, then its own "Beslutning: …" (none in one cell: only an
                # account, as "Eventuelt" in a column whose other cells label the decision)
                block += ["", *row[k]]
            elif row[k]:
                block += ["", name, "", *row[k]]
        out += grouped(group, block)
        group = ""
    return [*out, AGENDA_END]


def _labelled(rows: Rows, width: int, k: int) -> bool:
    """Whether most of column `k`'s filled cells label their own decision ("Beslutning:
    …" after the account): then a cell without the label is an account only."""
    cells = [row[k] for row in rows[1:] if len(row) == width and any(row[k])]
    said = sum(any(_DECIDED_RE.match(p) for p in cell) for cell in cells)
    return said * 2 > len(cells)


def _titled_agenda(rows: Rows, labels: list[str], title: int,
                   sections: dict[int, str]) -> list[str] | None:
    """An action log whose item numbers stand in the title cells ("Emne | Drøftelse |
    Beslutning | Ansvarlig | Frist" / "2. Title (sag 25/…) | … | Godkendt. | … | …"):
    each row's item as the numbered agenda above reads it; None unless every row
    with text opens with its number."""
    low = [lb.lower() for lb in labels]
    sections = {**sections, **{k: _ACTION_HEAD[lb] for k, lb in enumerate(low)
                               if lb in _ACTION_HEAD}}
    out: list[str] = []
    for row in rows[1:]:
        if not any(any(c) for c in row):
            continue
        if len(row) != len(labels) or not row[title] or not (
                m := _NUMBERED_TITLE_RE.match(row[title][0].strip())):
            return None
        out += ["", f"{m.group(1)}. {m.group(2)}", *row[title][1:]]
        for k, name in sorted(sections.items()):
            if row[k] and "".join(row[k]).strip() not in ("-", "–", "—"):
                out += ["", name, "", *row[k]]
    return [*out, AGENDA_END] if len(out) > 1 else None


class Paragraph(Protocol):
    """A paragraph as `word` reads it: its text, heading level and automatic number."""

    text: str
    level: int
    label: str


P = TypeVar("P", bound=Paragraph)


def after_agenda(paras: Sequence[P], is_item: Callable[[str], bool]) -> list[P]:
    """The paragraphs without the lines closing a document whose agenda is one table
    ("Næste møde: …", "Referent: …" below it), which would otherwise run on into the
    last row's item; when an item follows the table (a heading, a numbered paragraph),
    everything is kept. The `AGENDA_END` marks go either way."""
    ends = [k for k, p in enumerate(paras) if p.text == AGENDA_END]
    if ends and not any(p.level > 0 or p.label or is_item(p.text)
                        for p in paras[ends[-1] + 1:]):
        paras = paras[:ends[-1]]
    return [p for p in paras if p.text != AGENDA_END]
