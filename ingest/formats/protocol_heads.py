"""The head row of a table protocol whose rows are the items, and each row written out
as the item block minutes print.

A protocol printed as one table names its columns in a head row: the item's number
("Pkt.", "Punkt", "Nr."), its title ("Sag", "Emne", "Titel") and one or more of the
item's sections ("Indstilling", "Beslutning", "Udvalgets beslutning", "Sagsfremstilling"),
perhaps also its case number ("Sagsnr."), whether it is open ("Åben/Lukket") and who was
away ("Fraværende"). Every head must be one of these, so a line of prose is never a head
row. How the rows are found depends on how the table was printed (`layout_table`: side
by side, as `pdftotext -layout` gives it; `stacked_table`: one cell a paragraph, as plain
`pdftotext` gives it); what a row then says is written here, the way the parser reads
any item:

    2. Trafikplan for Søndermark midtby 2025-2030
    Sagsnr.: 05.01.00-P15-2-24

    Indstilling
    Forvaltningen indstiller, at …

    Beslutning
    Godkendt.
    For stemte: A, F og Ø (5)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text_delimited import ABSENCE_COLUMNS, access_line, column_kind
from .text_layout import CONTINUES, LABEL_LINE_RE, join_wrapped
from .text_lines import is_case_token
from .text_numbered import ABBREVIATION_END_RE
from .text_sections import section_name

# the kinds of column a row has besides its sections
_FACT_KINDS = ("case", "access", "closed")
# a title's rest never starts with a mark of the item's access ("Lukket punkt") or a
# case number without a colon ("Sagsnr. 15/000210", "J.nr. 24/1234")
_NOT_TITLE_RE = re.compile(r"^(?:(?:lukket|åben|åbent)\s+(?:punkt|sag)\b|(?:sags?nr|sagsnummer|"
                           r"j\.?\s?nr|journalnr|sags-id|dok\.?\s?nr)\.?\s*:?\s*\S)", re.IGNORECASE)
# a case number in brackets after the title ("Trafikplan 2025 (05.01.00-P15-2-24)")
_BRACKET_CASE_RE = re.compile(r"\s*\((?P<case>[^()\s]{5,40})\)$")
# an item's number before its title, where the items' own texts print it again
_LEAD_NUMBER_RE = re.compile(r"^\s*(?:#+\s*)?(?:punkt\s+|pkt\.?\s+)?\d{1,3}[.:)]?\s+", re.I)
_MAX_TITLE_LINES = 4
_FULL_SHARE = 0.85  # a line this share of its cell's widest line long filled the cell
_HEAD_WORDS = 3  # the most words one column head has ("Udvalgets beslutning", "Åben / Lukket")


@dataclass(frozen=True)
class Column:
    """One column of the table: its kind ("number", "title", "case", "access",
    "closed", "absence" or "section"), its name (a section's own name: "Beslutning")
    and where its text starts on a printed line (`layout_table`)."""

    kind: str
    name: str
    start: int = 0


def head_columns(names: list[str], starts: list[int] | None = None) -> list[Column] | None:
    """The columns a head row names, or None when it is no item table's head: the
    number first, a title, one or more sections, and no head of another kind.

    >>> [c.name for c in head_columns(["Pkt.", "Sag", "Indstilling", "Beslutning"])]
    ['Pkt.', 'Sag', 'Indstilling', 'Beslutning']
    >>> head_columns(["Pkt.", "Sag", "Side"]) is None
    True
    """
    columns = []
    for k, name in enumerate(names):
        kind = column_kind(name)
        start = starts[k] if starts else 0
        if kind in ("number", "title", *_FACT_KINDS):
            columns.append(Column(kind, name.strip(), start))
        elif name.strip().lower().rstrip(":") in ABSENCE_COLUMNS:
            columns.append(Column("absence", name.strip().rstrip(":"), start))
        elif section := section_name(name) or joined_sections(name):
            columns.append(Column("section", section, start))
        else:
            return None
    kinds = [c.kind for c in columns]
    if len(columns) < 3 or kinds[0] != "number" or kinds.count("number") != 1 or (
            kinds.count("title") != 1 or "section" not in kinds):
        return None
    return columns


def joined_sections(name: str) -> str | None:
    """The first section of a head naming two ("Sagsfremstilling og indstilling": the
    case text with the recommendation at its end), or None.

    >>> joined_sections("Sagsfremstilling og indstilling")
    'Sagsfremstilling'
    """
    parts = re.split(r"\s+(?:og|/|&)\s+", name.strip())
    names = [section_name(p.capitalize()) for p in parts]
    return names[0] if len(parts) > 1 and all(names) else None


def spaced_head(line: str) -> list[Column] | None:
    """The columns of a head row printed with single spaces ("Pkt. Sag Indstilling
    Beslutning", as a PDF's plain text gives it): its words grouped into heads of up to
    three words, the first grouping that names an item table's columns."""
    words = line.split()
    if not 3 <= len(words) <= 12:
        return None

    def groups(rest: list[str]) -> list[list[str]]:
        if not rest:
            return [[]]
        found = []
        for n in range(1, min(_HEAD_WORDS, len(rest)) + 1):
            name = " ".join(rest[:n])
            if column_kind(name) != name.strip().rstrip(":") or section_name(name) or (
                    joined_sections(name)) or (
                    name.lower().rstrip(":") in ABSENCE_COLUMNS):
                found += [[name, *tail] for tail in groups(rest[n:])]
        return found

    return next((cols for names in groups(words) if (cols := head_columns(names))), None)


def _sentence_end(text: str) -> bool:
    """A sentence's end, not an abbreviation's or an ordinal's ("m.v.", "2. behandling")."""
    return text.endswith((".", "!", "?")) and not (
        ABBREVIATION_END_RE.search(text) or re.search(r"\b\d{1,2}\.$", text))


def title_lines(cell: list[str]) -> tuple[str, list[str]]:
    """The title printed in the title cell's first lines, and the cell's other lines
    ("Sagsnr.: …", "Lukket punkt"): a wrapped title goes on until such a line, a line
    after one ending a sentence ("Budget 2025 - 2." goes on: an ordinal), or the case
    text starting on the line below it (`_goes_on`).

    >>> title_lines(["Lokalplan 412 - Boliger ved Engvej, endelig", "vedtagelse",
    ...              "Sagsnr.: 01.02.05-P16-412-23"])
    ('Lokalplan 412 - Boliger ved Engvej, endelig vedtagelse', ['Sagsnr.: 01.02.05-P16-412-23'])
    """
    if not cell:
        return "", []
    title, k = cell[0].strip(), 1
    width = max(len(line.strip()) for line in cell)
    while k < min(len(cell), _MAX_TITLE_LINES) and not _sentence_end(title) and not (
            LABEL_LINE_RE.match(cell[k]) or _NOT_TITLE_RE.match(cell[k])) and (
            _goes_on(cell[k - 1].strip(), cell[k].strip(), width)):
        title, k = join_wrapped(title, cell[k]), k + 1
    return title, cell[k:]


def _goes_on(line: str, nxt: str, width: int) -> bool:
    """Whether a title printed on `line` goes on on the cell's next line, rather than the
    case text starting there (a title cell holding both, nothing between): it does when
    the next line starts in lower case, or the line ends in a word or mark that wraps
    ("… til bestyrelsen for" / "Holbæk Erhvervsforum"), or filled the cell's width and
    the next line ends no sentence; a short title ("Meddelelser") ends where it ends.

    >>> _goes_on("Meddelelser", "Formanden orienterede om KL's forum", 60)
    False
    """
    if not line or not nxt or nxt[:1].islower() or nxt[:1].isdigit() or line.endswith(
            (",", "-", "–", "—", "&")) or line.split()[-1].lower() in CONTINUES:
        return True
    full = len(line) + 1 + len(nxt.split()[0]) > _FULL_SHARE * width
    return full and not _sentence_end(nxt)


def item_block(number: int, columns: list[Column], cells: list[list[str]]) -> list[str]:
    """One row (each column's lines in `cells`) as the item block minutes print: "N.
    Title", the title cell's other lines and the row's facts under it, then each
    section's name on a line of its own above its lines."""
    title, rest = "", []
    facts, sections = [], []
    for column, lines in zip(columns, cells, strict=True):
        if not lines:
            continue
        if column.kind == "title":
            title, rest = title_lines(lines)
            if (case := _BRACKET_CASE_RE.search(title)) and is_case_token(case["case"]):
                title, rest = title[:case.start()], [f"Sagsnr.: {case['case']}", *rest]
        elif column.kind == "case":  # (wrapped in a narrow column: "00.30.00-S00-18-" / "22")
            facts.append("Sagsnr.: " + "".join(
                ln if k == 0 or lines[k - 1].endswith(("-", "/", ".")) else f" {ln}"
                for k, ln in enumerate(lines)))
        elif column.kind in ("access", "closed"):  # ("Lukket", "Ja": "Lukket punkt")
            facts.append(access_line({column.kind: " ".join(lines)}) or " ".join(lines))
        elif column.kind == "absence":
            facts.append(f"{column.name}: {' '.join(lines)}")
        elif column.kind == "section":
            sections += ["", column.name, *lines]
    # (a blank line between the title and the case text below it: no more of the title)
    text = rest and not (LABEL_LINE_RE.match(rest[0]) or _NOT_TITLE_RE.match(rest[0]))
    return [f"{number}. {title}".rstrip(), *([""] if text else []), *rest, *facts, *sections, ""]


def printed_again(titles: list[str], later: list[str]) -> bool:
    """Whether most of the rows' titles are printed again at a line's start in `later`
    (the items' own texts below a summary table of their decisions)."""
    starts = [" ".join(_LEAD_NUMBER_RE.sub("", ln).split()).lower() for ln in later if ln.strip()]
    keys = [t.lower()[:40] for t in titles]
    found = sum(any(s.startswith(t) for s in starts) for t in keys if t)
    return found * 2 >= len(keys)
