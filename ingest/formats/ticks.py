"""Tick boxes in a minutes text: the glyphs a ticked and an empty box read as, and a
members' list with a tick column.

A Word content control's check box reads "☒" / "☐", a filled PDF form's check box the
same (`ingest.pdf_forms`), a flattened form or a web page "✔" / "✓", a markdown task
list "[x]" / "[ ]". Under a heading that names the column ("Medlemmer  Deltog", "Navn
Til stede"), a ticked box after a name says the member took part and an empty one (or
none, when only the ticked boxes show) that they did not; under a list's heading alone
("Deltagere:") with a box at every name ("- [x] Maja Lund"), the same:

    Medlemmer Deltog            Deltagere:
    Hanne Frost, formand ☒  →   Hanne Frost, formand
    Inge Hansen ☐               Afbud:
                                Inge Hansen

A column heading without any box below it is only the list's heading: "Deltog" is no
member's name.

A choice of options, one of them ticked, is the ticked option: a row of boxes ("☒
Godkendt  ☐ Ikke godkendt  ☐ Udsat", "Sagsnr.: 25/0118  Åbent punkt ☐  Lukket punkt ☒")
or the options one a line, each with its box; the empty options go, and what stands
before the first option stays on a line of its own ("Sagsnr.: 25/0118" / "Lukket punkt"),
a field's label before them with the ticked option ("Status: ☐ Åbent punkt ☒ Lukket
punkt" → "Status: Lukket punkt").
A single box before an item's open or closed mark (a template's "☐ Lukket punkt" in
every item), or after it as a form field's value ("Lukket punkt: ☒"), is that mark
when ticked and nothing when not.
"""

from __future__ import annotations

import re

from .closed_marks import OPEN_MARK_RE
from .text_people import STATUS_MARK_RE, looks_like_name

TICKED = ("☒", "☑", "✔", "✓", "✅", "[x]", "[X]")
UNTICKED = ("☐", "□", "[ ]", "✗", "✘")  # (a cross beside a tick column's "✓": not there)
_MARKS = "|".join(re.escape(m) for m in (*TICKED, *UNTICKED))
# a box at the end of a line ("Kirsten Lund ☒") and one that starts an option ("☒ Udsat")
TRAILING_TICK_RE = re.compile(rf"[ \t]*({_MARKS})[ \t]*$")
LEADING_TICK_RE = re.compile(rf"^[ \t]*({_MARKS})[ \t]*")

_LIST_HEADS = ("medlemmer", "deltagere", "navn", "medlem", "udvalgsmedlemmer", "rådsmedlemmer",
               "fremmøde", "til stede", "tilstede")  # ("**Til stede** (sæt kryds):", a box a name)
# the columns between the name and the tick ("Navn Parti Funktion Mødt"): in each row
# the party's letters after the name, then the role
_MIDDLE_COLUMNS = "parti|funktion|rolle|hverv"
_PRESENT_COLUMNS = ("deltog", "til stede", "tilstede", "fremmødt", "mødt", "deltager")
_ABSENT_COLUMNS = ("afbud", "fraværende", "ikke til stede")
_COLUMN_HEAD_RE = re.compile(
    # (not a role cell marking its member absent: "Medlem – afbud", "Medlem, afbud", a dash
    # or a comma between the words)
    r"^(?![^–—]*\w[ \t]*[–—,-][ \t]*\w)"
    rf"\W*(?P<head>{'|'.join(_LIST_HEADS)})\W*(?P<mid>(?:[ \t]+(?:{_MIDDLE_COLUMNS}))*)(?:[ \t]+"
    rf"(?P<col>{'|'.join(_PRESENT_COLUMNS + _ABSENT_COLUMNS)})\W*)?"
    # (a legend of the boxes after it: "Fremmøde ([x] = til stede, [ ] = ikke til stede)")
    r"(?:[ \t]*\([^()]*\)\W*)?$", re.IGNORECASE)
# a row under "Navn Parti Funktion": the name, the party's letters, the role
_PARTY_ROLE_RE = re.compile(r"^(?P<n>.+?)\s+(?P<p>[A-ZÆØÅ]{1,3})(?:\s+(?P<r>\S.*))?$")


_BOX_RE = re.compile(_MARKS)
_BULLET_RE = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?")
_OPTION_RE = re.compile(r"^[^.!?:;]{1,40}$")  # an option's label: a few words, no sentence


def ticked(mark: str) -> bool:
    """Whether a box glyph is a ticked one."""
    return mark in TICKED


def _rows(lines: list[str], start: int, party: bool = False
          ) -> list[tuple[int, str, str | None]]:
    """The names below a column heading: (line, name, mark or None), blank lines between
    them passed over; with a `party` column, each name "Name (P), role"."""
    rows: list[tuple[int, str, str | None]] = []
    for k in range(start, min(len(lines), start + 80)):
        line = lines[k].strip()
        if not line:
            continue
        line = _BULLET_RE.sub("", line, count=1)
        mark = TRAILING_TICK_RE.search(line) or LEADING_TICK_RE.match(line)
        name = (line[: mark.start()] + line[mark.end():]).strip() if mark else line
        if party and (m := _PARTY_ROLE_RE.match(name)):
            name = f"{m['n']} ({m['p']})" + (f", {m['r'].lower()}" if m["r"] else "")
        if not name or ":" in name or not looks_like_name(STATUS_MARK_RE.sub("", name)):
            break
        rows.append((k, name, mark.group(1) if mark else None))
    return rows


def tick_lists(lines: list[str]) -> list[str]:
    """The lines with each members' list under a tick column written as "Deltagere:" and
    "Afbud:" lists (see the module's docstring); any other line as it is."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        head = _COLUMN_HEAD_RE.match(lines[k].strip())
        rows = _rows(lines, k + 1, bool(head.group("mid"))) if head else []
        if not head or not head.group("col") and not (rows and all(m for *_, m in rows)):
            out.append(lines[k])  # (a list's heading alone: each name with its box)
            k += 1
            continue
        if not any(mark for _, _, mark in rows):
            name = head.group("head")  # the column heading names no one
            out.append("Medlemmer:" if name.lower() in ("navn", "medlem") else f"{name}:")
            k += 1
            continue
        present_column = (head.group("col") or "deltog").lower() in _PRESENT_COLUMNS
        lists: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
        for _, name, mark in rows:
            is_ticked = bool(mark) and ticked(mark or "")
            lists["Deltagere" if is_ticked == present_column else "Afbud"].append(name)
        for label, names in lists.items():
            if names:
                out.extend([f"{label}:", *names])
        out.append("")
        k = rows[-1][0] + 1
    return out


def _options(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A line's options with their boxes, (what stands before them, [(box, label)]); None
    for a line that is no row of options."""
    body = _BULLET_RE.sub("", line.strip(), count=1)
    boxes = list(_BOX_RE.finditer(body))
    if not boxes:
        return None
    cuts = [m.start() for m in boxes] + [len(body)]
    lead = body[:boxes[0].start()].strip()
    # "☒ Godkendt ☐ Udsat": the box before its option, or after a field's label ("Status: ☒
    # Åbent punkt ☐ Lukket punkt", a template's check box controls)
    if not lead or lead.endswith(":") and _OPTION_RE.match(lead[:-1]):
        labels = [body[m.end():cuts[k + 1]] for k, m in enumerate(boxes)]
    elif boxes[-1].end() == len(body):  # "Åbent punkt ☐ Lukket punkt ☒": after it
        labels = [body[(boxes[k - 1].end() if k else 0):m.start()] for k, m in enumerate(boxes)]
        words = labels[0].split()
        # (a label's value before the first option: "Sagsnr.: 25/0118 Åbent punkt")
        cut = max((k + 1 for k, w in enumerate(words) if re.search(r"[\d:]", w)), default=0)
        lead, labels[0] = " ".join(words[:cut]), " ".join(words[cut:])
    else:
        return None
    labels = [label.strip(" \t,;|·") for label in labels]
    if not all(_OPTION_RE.match(label) for label in labels):
        return None
    return lead, [(m.group(0), label) for m, label in zip(boxes, labels, strict=True)]


def _chosen(options: list[tuple[str, str]]) -> list[str] | None:
    """The ticked options' labels; None when more than one is ticked (no choice)."""
    kept = [label for box, label in options if ticked(box)]
    return kept if len(kept) <= 1 else None


# An item's open or closed mark as a form's field, its box after the label: "Lukket punkt:
# ☒" (a legacy form field's check box), ticked the mark, empty nothing
_MARK_FIELD_RE = re.compile(rf"^([^:]{{3,40}}?)\s*:\s*({_MARKS})$")


def ticked_choices(lines: list[str]) -> list[str]:
    """The lines with each choice of options written as its ticked option (see the
    module's docstring); any other line as it is."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if (field := _MARK_FIELD_RE.match(lines[k].strip())) and OPEN_MARK_RE.match(field[1]):
            out.extend([field[1]] if ticked(field[2]) else [])  # "Lukket punkt: ☒"
            k += 1
            continue
        row = _options(lines[k])
        if row and len(row[1]) >= 2 and (kept := _chosen(row[1])) is not None:
            if row[0].endswith(":"):  # the field and its ticked value: "Status: Lukket punkt"
                out.extend(f"{row[0]} {label}" for label in kept)
            else:
                out.extend([*([row[0]] if row[0] else []), *kept])
            k += 1
            continue
        run, end = [], k  # the options one a line (blank lines between them)
        while end < len(lines) and ((one := _options(lines[end])) and len(one[1]) == 1
                                    and not one[0] or not lines[end].strip() and run):
            if lines[end].strip():
                run.append((end, one[1][0]))  # type: ignore[index]
            end += 1
        kept = _chosen([option for _, option in run]) if len(run) >= 2 else None
        if kept:  # (one ticked: a list of names each with its own box stays)
            out.extend(kept)
            k = run[-1][0] + 1
            continue
        if len(run) == 1 and OPEN_MARK_RE.match(run[0][1][1]):  # "☒ Lukket punkt" alone
            out.extend([run[0][1][1]] if ticked(run[0][1][0]) else [])  # ("☐ …": not so)
            k = run[0][0] + 1
            continue
        out.append(lines[k])
        k += 1
    return out
