"""A Public 360 "Mødeprotokol" as `pdftotext` gives it, written in the layout the text
parser reads. The format: items headed "PS 42/24 Title" (the body's running number and
year after "PS"), the decision labelled "TMU- 42/24 Beslutning:" (the body's
abbreviation and the number again), the case number as "Arkivsag:", a closed item's text
replaced by "Undtaget offentlighed jf. …", and tables whose column heads name them: the
members ("Navn | Funktion | Parti") under "Følgende medlemmer mødte:" or "… havde
forfald:", the substitutes ("Navn | Mødte for | Parti"), the staff ("Navn | Stilling"),
the list of cases ("Sagsnr. | Indhold") and each item's own treatment ("Behandlet af |
Mødedato | Sagsnr."). Plain `pdftotext` prints a table one cell a paragraph and a label
and its value as paragraphs of their own ("Udvalg:" / "" / "Teknik- og Miljøudvalget");
`pdftotext -layout` prints a row a line, its cells spaces apart. Either way:

    PS 42/24 Vinterbekæmpelse          Punkt 42. Vinterbekæmpelse
    Arkivsag:  24/03311           →    Sagsnr.: 24/03311
    TMU- 42/24 Beslutning:             Beslutning:

the members' tables become "Deltagere:" / "Afbud:" lines (a substitute's row "for" whom
they came), the staff's "Fra administrationen:" (no members), and the list of cases and
each item's treatment table go (the agenda is the items; the treatment's body and date
are the meeting's own). A text without two "PS" headings is returned as it is.
"""

from __future__ import annotations

import re

_HEADING_RE = re.compile(r"^PS\s+(\d{1,4})/(?:\d{2}|\d{4})\s+(\S.*)$")
_DECISION_RE = re.compile(r"^[A-ZÆØÅ]{2,8}-?\s*\d{1,4}/\d{2,4}\s+(Beslutning|Indstilling)\s*:")
_CLOSED_RE = re.compile(r"^Undtaget\s+(?:fra\s+)?offentlighed\b.*$", re.IGNORECASE)
_LABEL_RE = re.compile(r"^[A-ZÆØÅ][\w .-]{1,30}:$")
_HEADS = frozenset(["navn", "funktion", "parti", "mødte for", "stilling", "behandlet af",
                    "mødedato", "sagsnr.", "indhold"])
_ABSENT_RE = re.compile(r"\b(?:forfald|afbud|fraværende|fravær)\b", re.IGNORECASE)
_CELLS_RE = re.compile(r"\s{2,}")


def public360_text(text: str) -> str:
    """`text` in the text parser's layout when it is a Public 360 protocol (see the
    module's note); any other text as it is."""
    lines = text.split("\n")
    if sum(bool(_HEADING_RE.match(ln.strip())) for ln in lines) < 2:
        return text
    out: list[str] = []
    heading = ""  # the last "Følgende …:" line above a table
    substitutes: dict[str, str] = {}  # name → whom they came for
    for row in _rows(_joined(lines)):
        if isinstance(row, list):  # a table: its heads, then its rows
            out.extend(_table(row, heading, substitutes))
            continue
        s = row.strip()
        if m := _HEADING_RE.match(s):
            out.append(f"Punkt {m.group(1)}. {m.group(2)}")
        elif m := _DECISION_RE.match(s):
            out.append(f"{m.group(1)}:{s[m.end():]}")
        elif _CLOSED_RE.match(s):
            out.append("Lukket punkt")
        elif s.lower().startswith("arkivsag:"):
            out.append("Sagsnr.: " + s.split(":", 1)[1].strip())
        elif s.lower() != "sagsliste":
            heading = s if s.endswith(":") else heading
            out.append(row)
    return "\n".join(_named_substitutes(out, substitutes))


def _joined(lines: list[str]) -> list[str]:
    """The lines with a label alone on its line and its value a paragraph below it
    ("Udvalg:" / "" / "Teknik- og Miljøudvalget") as one line; and a table printed one
    cell a paragraph as a row a line, its cells four spaces apart."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        s = lines[k].strip()
        cells = _cells_at(lines, k)
        if _LABEL_RE.match(s) and len(cells) >= 2 and not _LABEL_RE.match(cells[1][0]) and (
                cells[1][0].lower() not in _HEADS):
            out.append(f"{s} {cells[1][0]}")
            k = cells[1][1] + 1
            continue
        heads = [c for c, _ in _takewhile_heads(cells)]
        if len(heads) >= 2:
            width = len(heads)
            body = cells[width:]
            rows = [heads]
            while len(body) >= width and all(_plain_cell(c) for c, _ in body[:width]):
                rows.append([c for c, _ in body[:width]])
                body = body[width:]
            out.extend("    ".join(r) for r in rows)
            k = cells[width * len(rows) - 1][1] + 1
            continue
        out.append(lines[k])
        k += 1
    return out


def _cells_at(lines: list[str], k: int) -> list[tuple[str, int]]:
    """The one-line paragraphs from line `k` on (each followed by a blank line or the
    end), with their line numbers, up to the first longer paragraph."""
    cells: list[tuple[str, int]] = []
    while k < len(lines) and lines[k].strip() and "\f" not in lines[k] and not (
            k + 1 < len(lines) and lines[k + 1].strip()):
        cells.append((lines[k].strip(), k))
        k += 2
    return cells


def _takewhile_heads(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The first cells that are column heads, each once."""
    heads: list[tuple[str, int]] = []
    for cell in cells:
        if cell[0].lower() not in _HEADS or cell[0].lower() in (c.lower() for c, _ in heads):
            break
        heads.append(cell)
    return heads


def _plain_cell(cell: str) -> bool:
    """A table's value cell: no label, no column head, no item heading."""
    return not (_LABEL_RE.match(cell) or cell.lower() in _HEADS or _HEADING_RE.match(cell)
                or cell.lower() == "sagsliste")


def _rows(lines: list[str]) -> list[str | list[list[str]]]:
    """The lines with each table (a line of known column heads, then the lines with as
    many cells, two or more spaces apart) as the list of its rows."""
    out: list[str | list[list[str]]] = []
    k = 0
    while k < len(lines):
        heads = _CELLS_RE.split(lines[k].strip())
        if len(heads) >= 2 and all(h.lower() in _HEADS for h in heads):
            table = [heads]
            k += 1
            while k < len(lines) and len(cells := _CELLS_RE.split(lines[k].strip())) == len(
                    heads) and all(_plain_cell(c) for c in cells):
                table.append(cells)
                k += 1
            out.append(table)
            continue
        out.append(lines[k])
        k += 1
    return out


def _table(rows: list[list[str]], heading: str, substitutes: dict[str, str]) -> list[str]:
    """A table's lines in the text parser's layout (see the module's note)."""
    heads = [h.lower() for h in rows[0]]
    records = [dict(zip(heads, row, strict=True)) for row in rows[1:]]
    if "mødte for" in heads:
        substitutes.update((r["navn"], r["mødte for"]) for r in records)
        return []
    if "funktion" in heads:
        label = "Afbud" if _ABSENT_RE.search(heading) else "Deltagere"
        people = [_person(r) for r in records]
        return [f"{label}: {'; '.join(people)}"] if people else []
    if "stilling" in heads:
        staff = [f"{r['navn']}, {r['stilling'].lower()}" for r in records]
        return [f"Fra administrationen: {'; '.join(staff)}"] if staff else []
    return []  # the list of cases, an item's treatment


def _person(record: dict[str, str]) -> str:
    """"Anders Møller (A), formand" of a members' row (an ordinary member's role none)."""
    name = record["navn"] + (f" ({record['parti']})" if record.get("parti") else "")
    role = record.get("funktion", "").lower()
    return name if role in ("", "medlem") else f"{name}, {role}"


def _named_substitutes(lines: list[str], substitutes: dict[str, str]) -> list[str]:
    """The members' lines with each substitute's role saying for whom they came."""
    if not substitutes:
        return lines
    out = []
    for line in lines:
        if line.startswith("Deltagere: "):
            people = []
            for entry in line[len("Deltagere: "):].split("; "):
                name = entry.split(" (")[0].split(",")[0]
                if name in substitutes:
                    entry = f"{entry.split(',')[0]}, stedfortræder for {substitutes[name]}"
                people.append(entry)
            line = "Deltagere: " + "; ".join(people)
        out.append(line)
    return out
