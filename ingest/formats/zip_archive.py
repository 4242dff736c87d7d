"""A ZIP archive of minutes files, read as the files it holds: a portal's "offline-pakke"
of a static site (an index page with the meeting's facts and a list of links, one page
per item, named by the system's id so the archive's order is not the agenda's), or
several minutes files packed together.

Every member is read as the file it is, by the adapters that read such a file
(`ingest.formats.detect`). The web pages of one meeting are one document: a page that
links to other pages of the archive is their index, and the pages it links to follow
its own text in the order of its links (as one page, so the items' pages read as the
items of the index's meeting). Any other member is read on its own, each its own
meeting(s); what reads as no minutes (a "LAESMIG.txt", a style sheet) is passed over.

An archive is opened with care: more than `MAX_MEMBERS` members, or more than
`read.MAX_FILE_BYTES` unpacked (a zip bomb), refuses it whole with a Danish reason; a
member whose path leaves the archive ("../", "/etc/…"), a hidden or an encrypted one is
not read, and a ZIP inside it is not opened. Nothing is written to disk."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path, PurePosixPath

from referat.domain import Meeting

from ..read import MAX_FILE_BYTES, SkipFile, is_html
from .common import ParseError

NAME = "zip-arkiv"
MAX_MEMBERS = 500  # (a meeting's pages and files are dozens)
# An archive that is an Office document or an OpenDocument, not a folder of files
_CONTAINER_PARTS = ("[Content_Types].xml", "mimetype", "META-INF/manifest.xml", "xl/workbook.xml",
                    "word/document.xml")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HREF_RE = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>#?]+)""", re.IGNORECASE)
_BODY_END_RE = re.compile(r"</body\s*>", re.IGNORECASE)


def _archive(raw: bytes) -> zipfile.ZipFile | None:
    if raw[:4] != b"PK\x03\x04":
        return None
    try:
        return zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        return None


def sniff(raw: bytes, path: Path) -> bool:
    """A ZIP archive that is no Office or OpenDocument file."""
    archive = _archive(raw)
    return archive is not None and not any(
        name in _CONTAINER_PARTS for name in archive.namelist()[:MAX_MEMBERS + 1])


def _unsafe(name: str) -> bool:
    """A member's path that leaves the archive's folder: "../x", "/etc/x", "C:\\x"."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or bool(re.match(r"^[A-Za-z]:", name))


def members(raw: bytes, path: Path) -> tuple[list[tuple[str, bytes]], int]:
    """The archive's files to read, in its order, as (path inside it, bytes), and how
    many were left out for a path that leaves the archive; raises `SkipFile` (Danish)
    for a damaged archive or one too large to open (too many members, too many bytes)."""
    archive = _archive(raw)
    if archive is None:
        raise SkipFile(path, "zip-arkivet er beskadiget og kan ikke åbnes")
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise SkipFile(path, f"zip-arkivet har for mange filer ({len(infos)}; højst "
                             f"{MAX_MEMBERS}) og åbnes ikke")
    limit = MAX_FILE_BYTES
    if sum(info.file_size for info in infos) > limit:
        raise SkipFile(path, f"zip-arkivet fylder udpakket mere end {limit // 2**20} MB "
                             "(zip-bombe?) og åbnes ikke")
    out: list[tuple[str, bytes]] = []
    unsafe = 0
    for info in infos:
        name = info.filename
        base = PurePosixPath(name.replace("\\", "/")).name
        if info.is_dir() or not base or base.startswith(".") or "__MACOSX/" in name:
            continue
        if _unsafe(name):
            unsafe += 1
            continue
        if info.flag_bits & 0x1:  # (encrypted: no password to give)
            continue
        try:
            with archive.open(info) as member:
                data = member.read(limit + 1)  # (the sizes a header gives may lie)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
            continue
        limit -= len(data)
        if limit < 0:
            raise SkipFile(path, f"zip-arkivet fylder udpakket mere end "
                                 f"{MAX_FILE_BYTES // 2**20} MB (zip-bombe?) og åbnes ikke")
        out.append((name.replace("\\", "/"), data))
    return out, unsafe


def _is_page(name: str, data: bytes) -> bool:
    return name.lower().endswith(_HTML_SUFFIXES) or is_html(data)


def _links(name: str, data: bytes, pages: dict[str, bytes]) -> list[str]:
    """The other pages of the archive `name` links to, in the order of its links."""
    here = posixpath.dirname(name)
    out: list[str] = []
    for href in _HREF_RE.findall(data.decode("utf-8", errors="replace")):
        if "://" in href or href.startswith(("mailto:", "/")):
            continue
        target = posixpath.normpath(posixpath.join(here, href))
        if target in pages and target != name and target not in out:
            out.append(target)
    return out


def _body(name: str, data: bytes, index: str) -> str:
    """A linked page's body without its own furniture: its navigation, header and footer,
    and a short line leading back to the index (a breadcrumb "Udvalget 09.12.2025 ›
    Punkt 2"), which the joined page would read as the item above's text."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data.decode("utf-8", errors="replace"), "html.parser")
    body = soup.body or soup
    for tag in body.find_all(["nav", "header", "footer", "script", "style"]):
        tag.decompose()
    here = posixpath.dirname(name)
    for link in body.find_all("a", href=True):
        if posixpath.normpath(posixpath.join(here, str(link["href"]).split("#")[0])) != index:
            continue
        block = link.find_parent(["p", "div", "li", "ol", "ul"]) or link
        if len(block.get_text(" ", strip=True)) <= 200 and not block.decomposed:
            block.decompose()
    return "".join(str(child) for child in body.contents)


def _joined(index: str, data: bytes, parts: list[tuple[str, bytes]]) -> bytes:
    """The index page with the bodies of its linked pages after its own, as one page."""
    bodies = "".join(f"\n<hr>\n{_body(name, part, index)}" for name, part in parts)
    text = data.decode("utf-8", errors="replace")
    ends = list(_BODY_END_RE.finditer(text))
    at = ends[-1].start() if ends else len(text)
    return (text[:at] + bodies + text[at:]).encode("utf-8")


def documents(files: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The archive's files as documents: the web pages an index links to joined after
    it (each index with its pages one document), every other file as it is.

    >>> docs = documents([("m/p2.html", b"<html><body>P2</body></html>"),
    ...     ("m/index.html", b'<html><body><a href="p1.html">1</a> <a href="p2.html">2'
    ...                      b'</a></body></html>'),
    ...     ("m/p1.html", b"<html><body>P1</body></html>"), ("m/LAESMIG.txt", b"Pakken")])
    >>> [(name, data.count(b"<hr>")) for name, data in docs]
    [('m/index.html', 2), ('m/LAESMIG.txt', 0)]
    >>> b"P1" in docs[0][1] and docs[0][1].index(b"P1") < docs[0][1].index(b"P2")
    True
    """
    pages = {name: data for name, data in files if _is_page(name, data)}
    links = {name: _links(name, data, pages) for name, data in pages.items()}
    grouped: dict[str, list[str]] = {}
    taken: set[str] = set()
    for name in sorted(pages, key=lambda n: -len(links[n])):  # (the index links to most)
        if name in taken:
            continue
        linked = [n for n in links[name] if n not in taken]
        if linked:
            grouped[name] = linked
            taken.update([name, *linked])
    out = []
    for name, data in files:
        if name in grouped:
            out.append((name, _joined(name, data, [(n, pages[n]) for n in grouped[name]])))
        elif name not in taken:
            out.append((name, data))
    return out


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The meetings of every document in the archive; raises `ParseError` (Danish) when
    none reads as minutes."""
    from . import detect  # (the package's adapters, this one among them, read the members)

    files, unsafe = members(raw, path)
    meetings: list[Meeting] = []
    unread: list[str] = []  # the members that hold no minutes, each with its reason
    for name, data in documents(files):
        inner = path.with_name(PurePosixPath(name).name)
        adapter = detect(data, inner)
        if adapter is None or adapter.NAME == NAME or not data.strip():
            continue  # (a ZIP inside the ZIP is not opened)
        try:
            meetings += adapter.parse(data, inner, municipality)
        except (ParseError, SkipFile) as err:
            reason = err.reason if isinstance(err, SkipFile) else str(err)
            unread.append(f"{PurePosixPath(name).name} i zip-arkivet er ikke læst: {reason}")
    if not meetings:
        left = f"; {unsafe} fil(er) med '..' eller absolut sti sprunget over" if unsafe else ""
        raise ParseError(f"zip-arkivet indeholder ingen fil, der kan læses som et referat{left}")
    meetings[0].warnings.extend(unread)  # (`referat ingest` names them under the file)
    return meetings
