"""Markdown as Pandoc writes it (`pandoc -t markdown`), in the forms the text reader
knows:

* setext headings (the text over a line of "=" or "-") → "# Text" / "## Text";
* backslash escapes ("1\\. Title", so that no list starts) → the character; a "\\" that
  ends a line (a hard line break) → the line break alone;
* a definition list ("Mødedato" / blank / ":   Mandag den 7. april 2025", or as html2text
  writes it, the value indented four spaces below a header label) → the header's
  "Mødedato: Mandag den 7. april 2025" (a value of several lines: the label alone, each
  line below it, as a list of names is read);
* a fenced div (":::" lines): its markers dropped, and the whole div when its class
  is the page's header or footer (`::: {.footer}`);
* the typographic dashes written as "--" and "---" between words (or at a wrapped line's
  end or start) → "–" and "—";
* a bracketed span ("[]{#_Toc200113702 .anchor}", Word's bookmark before a heading's
  number; "[tekst]{.underline}") → its text; a heading's attributes ("# Title {#id}")
  go;
* a grid table ("+----+----+" rules, "| cell | cell |" rows) or a multiline table (rows
  of dashes, one run a column, over rows parted by blank lines) → its rows' text
  (`pandoc_grid`);
* a Word heading written as a bold paragraph, the item's number escaped ("**1\\. Title**"
  alone between blank lines, or its lines each bold of its own) → "## 1. Title", an
  item's heading;
* a footnote ("…2025.[^1]" and "[^1]: Jf. …" after the last item) → its text in brackets
  in the mark's place, so it stays in the sentence it annotates and out of the last
  item's decision.
"""

from __future__ import annotations

import re

from .pandoc_front import pandoc_front
from .pandoc_grid import grid_tables
from .text_header_rows import EXTRA_FIELD_RE, HEADER_FIELD_RE

_SETEXT_RE = re.compile(r"^(=+|-+)[ \t]*$")
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
_DEFINITION_RE = re.compile(r"^[:~][ \t]{1,3}(\S.*)$")
_INDENTED_VALUE_RE = re.compile(r"^(?: {4}|\t)(?![-*+] )(\S.*)$")
_DIV_RE = re.compile(r"^:{3,}\s*(?:\{(?P<attrs>[^}]*)\}|(?P<cls>[\w-]+))?\s*:*\s*$")
_FURNITURE_CLASS_RE = re.compile(r"(?:^|[\s.])(?:page-)?(?:footer|header)\b", re.IGNORECASE)
# "--" / "---" with a word on both sides, a space between or none ("18.00--20.00",
# "klubhus -- Vallensbæk"); never a rule, a table's "|---|" or an HTML comment's "<!--"
_DASH_RE = re.compile(r"(?<=[\w.,)])( ?)(-{2,3})( ?)(?=[\w(])")
# ... and one the 72-column wrap left at a line's end ("Vejle Å --" / "klimatilpasning") or
# start, beside a word of the line before or after it
_END_DASH_RE = re.compile(r"(?<=[\w.,)]) (-{2,3})$")
_START_DASH_RE = re.compile(r"^(-{2,3})(?= [\w(])")
# "[text]{#id .class key=value}": the attributes start with "#", "." or a key's "="
_ATTRS = r"\{[ \t]*(?:[#.][\w:.-]+|[\w-]+=(?:\"[^\"]*\"|[^\s}]+))(?:[ \t]+[^}]*)?\}"
_SPAN_RE = re.compile(rf"(?<!!)\[([^\[\]]*)\]{_ATTRS}")
_HEADING_ATTRS_RE = re.compile(rf"^(#{{1,6}}[ \t].*?)[ \t]+{_ATTRS}[ \t]*$")
_DASHES = {2: "–", 3: "—"}
_PLAIN_TERM_RE = re.compile(r"^[A-ZÆØÅ][^:|#>*`]{0,40}$")
# "**1\\. Godkendelse af dagsorden**" alone on its paragraph: a Word heading made bold text
_BOLD_ITEM_RE = re.compile(r"^(?:\*\*|__)(\d{1,3}\\?\.[ \t]+[A-ZÆØÅ].*?)(?:\*\*|__)[ \t]*$")
# a bold line of a bold paragraph, pymupdf4llm's (each line bold of its own), and how many
# lines a numbered title wraps onto at most
_BOLD_LINE_RE = re.compile(r"^(?:\*\*|__)(\S.*?)(?:\*\*|__)[ \t]*$")
_MAX_WRAPPED = 2
# A footnote's definition ("[^1]: Jf. …", its lines below indented) and its mark ("[^1]")
_NOTE_RE = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_NOTE_MARK_RE = re.compile(r"\[\^([^\]\s]+)\]")


def _setext(lines: list[str]) -> list[str]:
    out: list[str] = []
    for k, line in enumerate(lines):
        under = _SETEXT_RE.match(line)
        prev = out[-1] if out else ""
        if under and len(under.group(1)) >= 3 and prev.strip() and not prev.startswith(
                (" ", "\t", "#", "|", ">", "-", "*")) and (k < 2 or not lines[k - 2].strip()):
            out[-1] = ("# " if under.group(1)[0] == "=" else "## ") + prev.strip()
            continue
        out.append(line)
    return out


def _indented_value(term: str, line: str) -> re.Match[str] | None:
    """html2text's definition: the value indented four spaces below a term that is a
    header label ("Mødedato" / "    Tirsdag den 5. marts 2019")."""
    m = _INDENTED_VALUE_RE.match(line)
    row = f"{term}: {m.group(1)}" if m else ""
    return m if m and (HEADER_FIELD_RE.match(row) or EXTRA_FIELD_RE.match(row)) else None


def _definitions(lines: list[str]) -> list[str]:
    out: list[str] = []
    k, defined = 0, -1  # (the out line a definition ended on: html2text's next term follows)
    while k < len(lines):
        line = lines[k]
        j = k + 1 + (k + 1 < len(lines) and not lines[k + 1].strip())
        m = (_DEFINITION_RE.match(lines[j]) or _indented_value(line.strip(), lines[j])
             ) if j < len(lines) else None
        if not (m and _PLAIN_TERM_RE.match(line.strip()) and (
                not out or not out[-1].strip() or defined == len(out))):
            out.append(line)
            k += 1
            continue
        value, k = [m.group(1).strip()], j + 1
        while k < len(lines) and lines[k].startswith(("    ", "\t")) and lines[k].strip():
            value.append(lines[k].strip())
            k += 1
        term = line.strip()
        out.extend([f"{term}: {value[0]}"] if len(value) == 1 else [f"{term}:", *value])
        defined = len(out)
    return out


def _divs(lines: list[str]) -> list[str]:
    out: list[str] = []
    skipping = depth = 0
    for line in lines:
        div = _DIV_RE.match(line)
        if not div:
            if not skipping:
                out.append(line)
            continue
        opens = bool(div.group("attrs") or div.group("cls"))
        if opens:
            depth += 1
            classes = div.group("attrs") or div.group("cls") or ""
            if not skipping and _FURNITURE_CLASS_RE.search(classes):
                skipping = depth
        elif depth:
            if skipping == depth:
                skipping = 0
            depth -= 1
    return out


def _bold_items(lines: list[str]) -> list[str]:
    """Each bold paragraph that is a numbered title as a heading: of one line, or the
    title wrapped over the paragraph's lines, each line bold of its own, as pymupdf4llm
    writes a bold paragraph ("**8. … udvalg om**" / "**landdistrikter**"); a line that
    is a section's heading or a dated decision's is no part of the title."""
    from .dated import dated_decision
    from .text_sections import section_name

    def wrapped(line: str) -> str | None:
        m = _BOLD_LINE_RE.match(line)
        return m.group(1) if m and not _BOLD_ITEM_RE.match(line) and not section_name(
            m.group(1)) and not dated_decision(m.group(1)) else None

    out: list[str] = []
    k = 0
    while k < len(lines):
        end, parts = k + 1, [m.group(1)] if (m := _BOLD_ITEM_RE.match(lines[k])) and (
            k == 0 or not lines[k - 1].strip()) else []
        while parts and end < len(lines) and end - k <= _MAX_WRAPPED and (
                rest := wrapped(lines[end])):
            parts.append(rest)
            end += 1
        if parts and (end == len(lines) or not lines[end].strip()):
            out.append(f"## {' '.join(parts)}")
            k = end
            continue
        out.append(lines[k])
        k += 1
    return out


def _footnotes(lines: list[str]) -> list[str]:
    """The lines with each footnote's text in brackets in its mark's place, its
    definition gone; a mark without a definition stays as it is."""
    notes: dict[str, list[str]] = {}
    kept: list[str] = []
    current: list[str] | None = None
    for line in lines:
        if m := _NOTE_RE.match(line):
            current = notes.setdefault(m.group(1), [m.group(2).strip()])
        elif current is not None and line.startswith(("    ", "\t")) and line.strip():
            current.append(line.strip())
        elif current is not None and not line.strip():
            continue  # (the blank between two notes, or after the last)
        else:
            current = None
            kept.append(line)
    if not notes:
        return lines
    return [_NOTE_MARK_RE.sub(lambda m: f" ({' '.join(notes[m[1]])})" if m[1] in notes
                              else m[0], line) for line in kept]


def pandoc_markdown(text: str) -> str:
    """The text with Pandoc's markdown written as the text reader reads it (see the
    module's docstring); text without any of it comes back unchanged."""
    lines = _divs(_definitions(_setext(grid_tables(pandoc_front(text.split("\n"))))))
    lines = _bold_items(_footnotes(lines))
    out: list[str] = []
    for k, line in enumerate(lines):
        line = _HEADING_ATTRS_RE.sub(r"\1", _SPAN_RE.sub(r"\1", line))
        if k + 1 < len(lines) and re.match(r"[\w(]", lines[k + 1]):
            line = _END_DASH_RE.sub(lambda m: f" {_DASHES[len(m[1])]}", line)
        if out and re.search(r"[\w.,)]$", out[-1]):
            line = _START_DASH_RE.sub(lambda m: _DASHES[len(m[1])], line)
        if line.endswith("\\") and not line.endswith("\\\\"):
            line = line[:-1].rstrip()  # a hard line break
        line = _ESCAPE_RE.sub(r"\1", line)
        line = _DASH_RE.sub(lambda m: f"{m[1]}{_DASHES[len(m[2])]}{m[3]}", line)
        out.append(line)
    return "\n".join(out)
