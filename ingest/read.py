"""Turn a minutes file (.txt, .md, .pdf, .html) into plain text, or say in Danish why not.

The text adapter (`ingest.formats.text`) reads through `text_of`."""

from __future__ import annotations

import re
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".html", ".htm")


class SkipFile(Exception):
    """A file that cannot be ingested. `str(err)` is a one-line Danish reason with the file name."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 first (with or without BOM), then cp1252 — the two encodings Danish minutes use."""
    if b"\x00" in raw[:4096]:
        raise SkipFile(path, "binær fil, ikke tekst")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SkipFile(path, "kan ikke afkodes som UTF-8 eller cp1252")


def _pdf_text(raw: bytes, path: Path) -> str:
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        raise SkipFile(path, f"PDF kan ikke læses ({err.__class__.__name__})") from err
    text = "\n\f\n".join(pages)  # a form feed marks the page break (headers, footers)
    if len(re.sub(r"\s", "", text)) < 20:
        raise SkipFile(path, "PDF uden tekstlag (scannet?) — kør OCR først")
    return text


def _html_text(raw: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer"]):
        tag.decompose()
    # <br> is a line break; a block element ends a paragraph (a blank line), so a
    # heading or a title stays on lines of its own, as in the text exported from PDF.
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
                              "section", "article", "table", "ul", "ol"]):
        tag.append("\n\n")
    return soup.get_text("")


def read_bytes(path: Path) -> bytes:
    """The file's bytes; raises `SkipFile` when it cannot be read or is empty."""
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise SkipFile(path, f"kan ikke læses ({err.strerror or err})") from err
    if not raw.strip():
        raise SkipFile(path, "filen er tom")
    return raw


def text_of(raw: bytes, path: Path) -> str:
    """The text of a PDF (by its content), an HTML page or a text file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if raw.startswith(b"%PDF"):
        return _pdf_text(raw, path)
    if suffix == ".pdf":
        raise SkipFile(path, "ikke en gyldig PDF-fil")
    text = decode(raw, path)
    if suffix in (".html", ".htm") or re.match(r"\s*<(?:!doctype html|html)\b", text, re.I):
        text = _html_text(text)
    if not text.strip():
        raise SkipFile(path, "filen er tom")
    return text


def read_text(path: Path) -> str:
    """The text of one minutes file; raises `SkipFile` with a Danish reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SkipFile(path, f"filtypen {suffix or '(ingen)'} understøttes ikke")
    return text_of(read_bytes(path), path)
