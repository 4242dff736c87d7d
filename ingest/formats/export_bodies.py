"""A field's text in a structured export as the HTML the export's page holds
(`structured_export`), whatever shape the export gives it in:

* HTML as it is (a tag or an entity left as written, the page's reader decodes them);
* plain text with line breaks (a JSON "\\n", an XML attribute's `&#10;`, a YAML block
  with hard-wrapped lines): a blank line ends a paragraph, a line that opens a list
  ("- ", "1. ") or follows a finished one ("… (6)", "… kl. 16.") starts a line of its
  own, a break mid-sentence is a wrapped line's space;
* a list of paragraphs (`"tekst": ["…", "…"]`): each a paragraph;
* Markdown with headings (`## Beslutning`): headings, paragraphs and lists as HTML, a
  pipe table a table, emphasis markers dropped.

A text without a line break stays as it is.
"""

from __future__ import annotations

import re
from html import escape

from .export_tree import Tree, content_of
from .text_sections import section_name

_TAG_RE = re.compile(r"</?(?:p|br|div|h[1-6]|ul|ol|li|table|tr|td|th|strong|em|b|i|span)\b"
                     r"[^>]*>", re.IGNORECASE)
_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")
_LIST_RE = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)]|[a-zæøå][.)])\s+")
# A line broken mid-sentence (a hard wrap): it ends in a word, a number or a comma
_WRAPPED_RE = re.compile(r"[\w,-]$")
_PIPE_RE = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE_RE = re.compile(r"^\s*\|?[\s:|-]*-{2,}[\s:|-]*$")
_EMPHASIS_RE = re.compile(r"(\*\*?)(?=\S)(.+?)(?<=\S)\1")


def field_html(value: Tree) -> Tree:
    """A field's value (a text, a list of paragraphs, a mapping of its content) as the
    page's HTML; any other value (None, a list of records) as `content_of` gives it."""
    if isinstance(value, dict):
        value = content_of(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "".join(f"<p>{v.strip()}</p>" for v in value if v.strip())
    if not isinstance(value, str) or "\n" not in value.strip() or _TAG_RE.search(value):
        return value
    return markdown_html(value) if headed(value) else _paragraphs(value)


def headed(text: str) -> bool:
    """A text that holds section headings of its own: a Markdown heading (`##
    Sagsfremstilling`) or an HTML one (`<h3>Beslutning</h3>`) naming a section."""
    heads = [m[1] for line in text.splitlines() if (m := _HEADING_RE.match(line))]
    heads += re.findall(r"<h[1-6][^>]*>\s*([^<]+?)\s*</h[1-6]>", text, re.IGNORECASE)
    return any(section_name(_plain(h)) for h in heads)


def _paragraphs(text: str) -> str:
    """Plain text's paragraphs, each a `<p>`, a list's lines kept apart."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for line in block.splitlines():
            if lines and not _LIST_RE.match(line) and _WRAPPED_RE.search(lines[-1]):
                lines[-1] += " " + line.strip()
            elif line.strip():
                lines.append(line.strip())
        out.append(f"<p>{'<br/>'.join(lines)}</p>")
    return "".join(out)


def markdown_html(text: str) -> str:
    """Markdown's headings, paragraphs, lists and pipe tables as HTML."""
    out: list[str] = []
    para: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if para:
            out.append(_paragraphs("\n".join(para)))
            para.clear()
        if rows:
            out.append("<table>" + "".join("<tr>" + "".join(
                f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>")
            rows.clear()

    for line in text.splitlines():
        if head := _HEADING_RE.match(line):
            flush()
            out.append(f"<h3>{escape(_plain(head[1]))}</h3>")
        elif pipe := _PIPE_RE.match(line):
            if not _RULE_RE.match(line):
                rows.append([_plain(c) for c in pipe[1].split("|")])
        elif not line.strip():
            flush()
        else:
            para.append(escape(_plain(line), quote=False))
    flush()
    return "".join(out)


def _plain(text: str) -> str:
    """A Markdown line without its emphasis markers."""
    return _EMPHASIS_RE.sub(r"\2", text).strip()
