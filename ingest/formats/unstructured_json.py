"""A document-AI tool's list of a PDF's elements, as unstructured.io writes it
(`partition_pdf` saved by `elements_to_json`): a JSON array of elements, each with its
`type` (Title, NarrativeText, ListItem, Table, UncategorizedText, Header, Footer, Image,
PageBreak, …), its `text` and its `metadata` (`page_number`; a table's `text_as_html`).

The elements are written as the markdown the text reader reads (`text.parse`), each
element a paragraph of its own:

* a list item is a bullet ("- …"), a table its HTML (read as `md_html` reads a table in
  markdown: its rows lines of text, a members' table the header's lists), the rest its
  text as it stands – also a Title, which the layout model gives a heading's wrapped
  second line and a short decision ("Godkendt.") alike: a run of titles is written line
  under line, as a PDF's text prints them, and the text reader tells a heading, its
  wrapped rest and a line of text apart;
* a heading the model ran into its paragraph ("Beslutning Indstillingen godkendt.", one
  NarrativeText) is parted after the known section's name, on a line of its own;
* the page furniture goes: each page's Header and Footer elements (the headers' texts are
  written once, at the top, as the letterhead that names the municipality and the
  meeting), images and page breaks.

Only a JSON array whose entries are all such elements is taken; `read_meetings` names
the format "unstructured-json"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from referat.domain import Meeting

from . import text
from .common import ParseError
from .text_sections import section_name

NAME = "unstructured-json"
_FURNITURE = frozenset({"Header", "Footer", "PageBreak", "PageNumber", "Image", "Figure"})
_MAX_BYTES = 50 * 1024 * 1024
_NUMBERED_RE = re.compile(r"^\d{1,4}[.)]\s")  # an item's title: a run of titles starts anew
_MAX_LABEL_WORDS = 4  # the longest section name run into its paragraph


def _elements(raw: bytes) -> list[dict] | None:
    """The file's elements, or None when it is no element list."""
    if len(raw) > _MAX_BYTES or raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"[":
        return None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(data, list) or not data or not all(
            isinstance(e, dict) and isinstance(e.get("type"), str) and isinstance(
                e.get("text"), str) and isinstance(e.get("metadata", {}), dict) for e in data):
        return None
    return data if any("element_id" in e or "metadata" in e for e in data) else None


def sniff(raw: bytes, path: Path) -> bool:
    """A JSON array of a document's elements, each with its type and text."""
    return _elements(raw) is not None


def _run_in(paragraph: str) -> str:
    """A paragraph with a section's name run into it ("Beslutning Indstillingen
    godkendt.") as the name on a line of its own above the text; else as it is.

    >>> _run_in("Beslutning Indstillingen godkendt.")
    'Beslutning\\nIndstillingen godkendt.'
    >>> _run_in("Økonomi og Personale har udarbejdet en oversigt.")
    'Økonomi og Personale har udarbejdet en oversigt.'
    """
    words = paragraph.split(" ")
    for n in range(min(_MAX_LABEL_WORDS, len(words) - 1), 0, -1):
        rest = " ".join(words[n:]).lstrip()
        if rest[:1].isupper() and not words[n - 1].endswith(":") and section_name(
                " ".join(words[:n])):
            return f"{' '.join(words[:n])}\n{rest}"
    return paragraph


def elements_markdown(elements: list[dict]) -> str:
    """The elements as the markdown the text reader reads (see the module's docstring).

    >>> print(elements_markdown([
    ...     {"type": "Header", "text": "Byby Kommune"}, {"type": "Title", "text": "5. Salg af"},
    ...     {"type": "Title", "text": "grund"}, {"type": "ListItem", "text": "Punkt"},
    ...     {"type": "Footer", "text": "Side 2 af 9"}]))
    Byby Kommune
    <BLANKLINE>
    5. Salg af
    grund
    <BLANKLINE>
    - Punkt
    """
    heads: list[str] = []
    parts: list[str] = []
    previous = ""
    for element in elements:
        kind, said = element["type"], element["text"].strip()
        if kind == "Header" and said and said not in heads:
            heads.append(said)
        if kind in _FURNITURE or not said:
            continue
        html = element.get("metadata", {}).get("text_as_html")
        if kind == "Table" and isinstance(html, str) and html.strip():
            said = " ".join(html.split())
        elif kind == "ListItem":
            said = f"- {said}"
        elif kind in ("NarrativeText", "UncategorizedText"):
            said = _run_in(said)
        under = kind == "Title" == previous and not _NUMBERED_RE.match(said)
        parts.append(("\n" if under else "\n\n") + said)
        previous = kind
    return "\n".join(heads) + "".join(parts) if heads else "".join(parts).lstrip("\n")


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The meeting of the element list, read as the text of its elements."""
    elements = _elements(raw)
    if elements is None:
        raise ParseError("ingen elementliste")
    written = elements_markdown(elements).encode("utf-8")
    meetings = text.parse(written, path.with_suffix(".md"), municipality)
    for meeting in meetings:
        meeting.source_format = NAME
    return meetings
