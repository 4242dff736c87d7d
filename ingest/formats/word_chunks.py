"""Word's "alternative format import" chunks: a document body holding `<w:altChunk
r:id="chunk3"/>` where a minutes system merged ("flettede") an item's text in as HTML,
MHTML or plain text, a part of its own (`word/afchunk3.htm`, relationship type
`…/aFChunk`) that Word renders in place when it opens the file. Nothing of it stands
in the document's paragraphs: read without it, every item of such a referat is a title
without a section.

Each chunk is read in place by the project's own readers (`ingest.read.text_of`: an
HTML part through `html_text`, an MHTML part as the page it holds), its paragraphs the
body's paragraphs there: "<h3>Beslutning</h3><p>Godkendt.</p>" reads as the paragraphs
"Beslutning" and "Godkendt.", as if Word had written them. A chunk that is missing,
external, empty or of a kind no reader knows (RTF, another Word document) adds nothing.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..read import SkipFile, text_of
from .xmlload import zip_part

# A part's type → the suffix its reader goes by
_SUFFIXES = {"text/html": ".htm", "application/xhtml+xml": ".htm", "message/rfc822": ".mht",
             "multipart/related": ".mht", "text/plain": ".txt"}
_MAX_CHUNK = 20 * 1024 * 1024  # (an item's text: kilobytes)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _content_types(archive: zipfile.ZipFile) -> tuple[dict[str, str], dict[str, str]]:
    """`[Content_Types].xml`: each part's own type, and each extension's."""
    root = zip_part(archive, "[Content_Types].xml", "Word-dokumentets")
    parts: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for el in root if root is not None else []:
        kind = (el.get("ContentType") or "").split(";")[0].strip().lower()
        if _local(el.tag) == "Override" and el.get("PartName"):
            parts[el.get("PartName", "").lstrip("/")] = kind
        elif _local(el.tag) == "Default" and el.get("Extension"):
            defaults[el.get("Extension", "").lower()] = kind
    return parts, defaults


def chunk_reader(archive: zipfile.ZipFile) -> Callable[[str], list[str]]:
    """For a relationship id of `word/document.xml` ("chunk3"), the paragraphs of the
    import chunk it names ([] for any other id).

    >>> import io
    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w") as z:
    ...     z.writestr("word/_rels/document.xml.rels", '<Relationships><Relationship '
    ...         'Id="c1" Type="http://x/aFChunk" Target="afchunk1.htm"/></Relationships>')
    ...     z.writestr("word/afchunk1.htm", "<html><body><h3>Beslutning</h3>"
    ...                "<p>Godkendt.</p></body></html>")
    >>> chunk_reader(zipfile.ZipFile(buf))("c1")
    ['Beslutning', 'Godkendt.']
    """
    rels = zip_part(archive, "word/_rels/document.xml.rels", "Word-dokumentets")
    targets: dict[str, str] = {}
    for rel in rels if rels is not None else []:
        target = rel.get("Target") or ""
        if (rel.get("Type") or "").rsplit("/", 1)[-1].lower() != "afchunk" or not target or (
                (rel.get("TargetMode") or "").lower() == "external"):
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("word", target)
        targets[rel.get("Id") or ""] = posixpath.normpath(path)
    if not targets:
        return lambda rid: []
    parts, defaults = _content_types(archive)

    def read(rid: str) -> list[str]:
        name = targets.get(rid)
        try:
            info = archive.getinfo(name) if name else None
        except KeyError:
            return []
        if info is None or info.file_size > _MAX_CHUNK:
            return []
        kind = parts.get(info.filename) or defaults.get(
            posixpath.splitext(info.filename)[1].lstrip(".").lower(), "")
        suffix = _SUFFIXES.get(kind) or posixpath.splitext(info.filename)[1].lower()
        if suffix not in (".htm", ".html", ".xhtml", ".mht", ".mhtml", ".txt"):
            return []
        try:
            text = text_of(archive.read(info), Path("chunk" + (
                ".htm" if suffix == ".xhtml" else suffix)))
        except SkipFile:
            return []
        return paragraphs(text)

    return read


def paragraphs(text: str) -> list[str]:
    """A reader's text as paragraphs: blank lines part them, a line break inside one
    ("For: A, F" / "Imod: V") stays.

    >>> paragraphs("Beslutning\\n\\n  Godkendt.\\nFor: A\\n\\n\\n")
    ['Beslutning', 'Godkendt.\\nFor: A']
    """
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    out = ["\n".join(line.strip() for line in b.strip().split("\n") if line.strip())
           for b in blocks]
    return [p for p in out if p]
