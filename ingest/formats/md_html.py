"""Markdown with tables the text reader cannot read as they stand: HTML tables written
into the markdown (GitHub-flavoured markdown passes a block of HTML through as it is)
and a pipe table of the members.

* An HTML block, a line opening with `<table>` (or `<dl>`) up to the line that closes
  it, is read as the web pages are (`ingest.html_text`): a facts table's rows become
  "Dato: …" / "Sted: …" lines, a vote table's "For: 5" / "Imod: 1 (Bent Juul)", a data
  table's rows lines of text, and a members' table ("Navn | Repræsenterer | Til stede")
  the header's "Deltagere: …" / "Afbud: …" lists (`ingest.html_people`).
* A pipe table whose head row names a members' table (`members_table.table_heads`:
  "| Navn | Repræsenterer | Til stede |") or the items, a row each (`html_text.
  protocol_head`: "| Pkt. | Emne | Drøftelse | Rådets beslutning / udtalelse |", a cell's
  lines split by `<br>`; only when no heading outside it is an item's: a decisions'
  overview below the items' own headings is `overview_md`'s), is read the same way, as
  the same HTML table; any other pipe table stays as it is (a header table, a vote
  table: the text reader knows them).
* A pipe table of facts, two cells a row and each first cell a label with its colon
  ("| Sagsnummer: | 00.30.14-Ø00-7-23 |", as docling writes a PDF's facts table under
  an item's heading, its first row taken for the head), is its rows as label lines
  ("Sagsnummer: 00.30.14-Ø00-7-23"), as the text reader knows them, a cell's lines
  split by `<br>` lines of their own.
* HTML's character entities ("Børn &amp; Unge", as docling escapes "&") are the
  characters they stand for, as a markdown viewer shows them.

Found by that structure only: a text without such a block or table is returned as it is.
"""

from __future__ import annotations

import re
from html import escape, unescape

from ..html_protocol import protocol_head
from ..html_text import html_text
from .members_table import table_heads

# (a table may sit in a block editor's wrapper, WordPress's `<figure class="wp-block-table">`;
# a `<details>` disclosure holds an earlier treatment under its `<summary>`)
_OPEN_RE = re.compile(r"^[ \t]{0,3}(?:<(?:figure|div)\b[^>]*>[ \t]*)?<(table|dl|details)\b[^>]*>",
                      re.IGNORECASE)
# An HTML element a converter leaves as a line of its own (wordpress-export-to-markdown: an
# underlined label `<span style="text-decoration: underline;">**Indstilling:**</span>`, a
# coloured note `<p class="has-text-color">`, a file block `<div class="wp-block-file">`)
_LINE_ELEMENT_RE = re.compile(r"^[ \t]{0,3}<(span|p|div|u|figure)\b[^>]*>.*</\1>[ \t]*$",
                              re.IGNORECASE)
# A link to a file (an attachment): its target a document's
_FILE_LINK_RE = re.compile(r"<a\b[^>]*\bhref=\"[^\"]+\.(?:pdf|docx?|xlsx?|odt|pptx?)\"[^>]*>",
                           re.IGNORECASE)
_PIPE_ROW_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_PIPE_RULE_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")


def md_html(text: str) -> str:
    """The markdown with its HTML tables and its members' pipe table as text.

    >>> print(md_html("# Referat\\n\\n<table>\\n<tr><th>Sted</th><td>Rådhuset</td></tr>\\n"
    ...               "</table>\\n\\n## 1. Godkendelse"))
    # Referat
    <BLANKLINE>
    Sted: Rådhuset
    <BLANKLINE>
    ## 1. Godkendelse
    """
    text = _ENTITY_RE.sub(lambda m: unescape(m[0]), text)
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    read = False
    headed = any(_ITEM_HEADING_RE.match(ln) for ln in lines)
    while k < len(lines):
        if (opened := _markdown_toggle(lines, k)) is not None:
            lines = opened  # (its summary a line, its markdown read on as the page's own)
            out.append(lines[k])
            read = True
            k += 1
            continue
        facts = _fact_table(lines, k)
        end = None if facts else _html_block(lines, k) or _pipe_table(lines, k, items=not headed)
        if end is None and facts is None:
            out.append(lines[k])
            k += 1
            continue
        block, k = facts or (_read(end[0]), end[1])
        before = [""] if out and out[-1].strip() else []
        after = [""] if k < len(lines) and lines[k].strip() else []
        out += [*before, *block, *after]
        read = True
    return "\n".join(out) if read else text


# The entities a converter writes for "&", "<", ">" and quotes (and numbered ones)
_ENTITY_RE = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_LABEL_CELL_RE = re.compile(r"^[A-ZÆØÅ][^:|]{1,40}:$")


def _fact_table(lines: list[str], k: int) -> tuple[list[str], int] | None:
    """A pipe table of facts opening on line `k` as its label lines, and the line after
    it; None for any other line."""
    if not (_PIPE_ROW_RE.match(lines[k]) and k + 1 < len(lines)
            and _PIPE_RULE_RE.match(lines[k + 1])):
        return None
    j = k + 2
    while j < len(lines) and _PIPE_ROW_RE.match(lines[j]):
        j += 1
    rows = [pipe_cells(ln) for ln in [lines[k], *lines[k + 2:j]]]
    if not all(len(row) == 2 and _LABEL_CELL_RE.match(row[0]) for row in rows):
        return None
    # (a cell's lines split by "<br>": one member a line under "Medlemmer:")
    return [ln.strip() for label, value in rows
            for ln in _BREAK_RE.split(f"{label} {value}".rstrip())], j


def _html_block(lines: list[str], k: int) -> tuple[str, int] | None:
    """The HTML block opening on line `k` and the line after it, or None."""
    if _LINE_ELEMENT_RE.match(lines[k]):
        return _attachment(lines[k]), k + 1
    m = _OPEN_RE.match(lines[k])
    if not m:
        return None
    tag = m.group(1).lower()
    depth = 0
    for j in range(k, len(lines)):
        depth += len(re.findall(rf"<{tag}\b", lines[j], re.IGNORECASE))
        depth -= len(re.findall(rf"</{tag}\s*>", lines[j], re.IGNORECASE))
        if depth <= 0:
            return "\n".join(lines[k:j + 1]), j + 1
    return None  # (never closed: left as it is)


# A toggle's opening as Notion exports one: "<details>" alone, its "<summary>…</summary>"
_TOGGLE_OPEN_RE = re.compile(r"^[ \t]{0,3}<details\b[^>]*>[ \t]*$", re.IGNORECASE)
_SUMMARY_RE = re.compile(r"^[ \t]*<summary\b[^>]*>(?P<s>.*?)</summary>[ \t]*$", re.IGNORECASE)
_TAG_RE = re.compile(r"</?(?!details\b|summary\b|br\b)[a-z][\w-]*\b[^>]*>", re.IGNORECASE)


def _markdown_toggle(lines: list[str], k: int) -> list[str] | None:
    """The lines with the toggle opening on line `k` unwrapped, when what it folds is
    markdown, not HTML (Notion's export of a toggle: "<details>" / "<summary>Sagsfremstilling
    </summary>" / the paragraphs, pipe tables and lists / "</details>"): its summary a line
    of its own and its content the lines they are, read on as the page's other lines. As
    an HTML block its paragraphs ran into one line and a pipe table into a run of cells
    (the members' table lost); None for any other line."""
    if not _TOGGLE_OPEN_RE.match(lines[k]):
        return None
    summary = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
    if summary is None or not (m := _SUMMARY_RE.match(lines[summary])):
        return None
    end = _html_block(lines, k)
    if end is None or _TAG_RE.search("\n".join(lines[summary + 1:end[1] - 1])):
        return None
    inner = lines[summary + 1:end[1] - 1]
    tail = lines[end[1] - 1].replace("</details>", "", 1)  # ("</details>" alone, as a rule)
    return [*lines[:k], html_text(m["s"]).strip(), *inner, *([tail] if tail.strip() else []),
            *lines[end[1]:]]


# An item's own markdown heading: "## Punkt 4: …", "### 2. …"
_ITEM_HEADING_RE = re.compile(r"^\s*#{1,6}\s*[*_]*\s*(?:(?:punkt|pkt\.?|sag|dagsordens?punkt)"
                              r"\s*)?\d{1,3}\b", re.IGNORECASE)


def _pipe_table(lines: list[str], k: int, items: bool) -> tuple[str, int] | None:
    """A members' pipe table (or, with `items`, the items' one) opening on line `k`, as
    an HTML table, and the line after it; None for any other line."""
    if not (_PIPE_ROW_RE.match(lines[k]) and k + 1 < len(lines)
            and _PIPE_RULE_RE.match(lines[k + 1])):
        return None
    head = pipe_cells(lines[k])
    if table_heads(head) is None and not (items and protocol_head(head)):
        return None
    j = k + 2
    while j < len(lines) and _PIPE_ROW_RE.match(lines[j]):
        j += 1
    rows = [head] + [pipe_cells(ln) for ln in lines[k + 2:j]]
    html = "".join("<tr>" + "".join(f"<td>{_cell_html(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table>{html}</table>", j


def _attachment(element: str) -> str:
    """A line's element; one whose links all lead to files (a block of the file's name
    and its "Download" button) as the item's attachment, "Bilag: <name>", no text of
    the section above it."""
    links = re.findall(r"<a\b[^>]*>", element, re.IGNORECASE)
    if not links or not all(_FILE_LINK_RE.match(a) for a in links):
        return element
    name = html_text(re.sub(r"<a\b[^>]*\bdownload\b[^>]*>.*?</a>", "", element,
                            flags=re.IGNORECASE)).strip()
    return f"<p>Bilag: {escape(name, quote=False)}</p>" if name else ""


def pipe_cells(row: str) -> list[str]:
    """A pipe table's row as its cells' text (markdown's emphasis left out)."""
    inner = row.strip().removeprefix("|").removesuffix("|")
    return [c.strip().replace("**", "").replace("__", "") for c in re.split(r"(?<!\\)\|", inner)]


_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_EMPHASIS_RE = re.compile(r"(?<![\w*])[*_](\S(?:[^*_]*\S)?)[*_](?![\w*])")


def _cell_html(cell: str) -> str:
    """A pipe table's cell as HTML: its `<br>` line breaks kept, the rest escaped and
    without markdown's italics ("*Lukket punkt – ikke offentligt.*")."""
    return "<br>".join(escape(_EMPHASIS_RE.sub(r"\1", part)) for part in _BREAK_RE.split(cell))


# A member as a table's first cell: "Jørgen Mærsk Holm (V)"
_PERSON_CELL_RE = re.compile(
    r"^[A-ZÆØÅ][\w.'-]+(?:[ \t]+[A-ZÆØÅ][\w.'-]+)+[ \t]+\([A-ZÆØÅ]{1,3}\)$")


def _people(block: str) -> list[str]:
    """A table without a head row whose every row opens with a member ("Name (P)") and
    gives their role or absence beside it: one member a line, "Name (P), role" (the
    list under the header's "Medlemmer:"); [] for any other block."""
    rows = [[html_text(c).strip() for c in re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", row,
                                                        re.IGNORECASE | re.DOTALL)]
            for row in re.findall(r"<tr\b[^>]*>(.*?)</tr>", block, re.IGNORECASE | re.DOTALL)]
    if len(rows) < 2 or not all(row and _PERSON_CELL_RE.match(row[0]) for row in rows):
        return []
    return [", ".join(c for c in row[:1] + [c for c in row[1:] if not _AWAY_RE.match(c)] if c)
            + "".join(f" – {c.lower()}" for c in row[1:] if _AWAY_RE.match(c)) for row in rows]


_AWAY_RE = re.compile(r"^(?:afbud|fraværende|forfald|deltog ikke)$", re.IGNORECASE)


def _read(block: str) -> list[str]:
    """An HTML block as the page reader reads it: its lines, blank lines single."""
    if people := _people(block):
        return people
    read = [ln.rstrip() for ln in html_text(block).split("\n")]
    out: list[str] = []
    for line in read:
        if line.strip() or (out and out[-1].strip()):
            out.append(line.strip())
    return out[:-1] if out and not out[-1] else out
