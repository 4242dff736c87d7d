"""Source adapters: one module per minutes format, chosen by sniffing the file's content.

Every adapter has `NAME`, `sniff(raw, path) -> bool` and
`parse(raw, path, municipality) -> list[Meeting]`, and produces the one domain model
(`referat.domain.Meeting`). The order below matters: specific formats first, the
plain-text/PDF parser last, as the fallback for anything that reads as text.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from referat.domain import Meeting

from ..danish_spelling import danish_body, danish_municipality, given_back, lost_words
from ..mail_attachments import attached_files
from ..mail_text import is_mail
from ..read import SUPPORTED_SUFFIXES as TEXT_SUFFIXES
from ..read import SkipFile, read_bytes
from . import (
    acadre_xml,
    atom_feed,
    edoc_xml,
    firstagenda_html,
    firstagenda_json,
    item_rows,
    json_feed,
    json_islands,
    mbox,
    odt,
    rss_feed,
    rtf,
    spreadsheet,
    structured_export,
    text,
    unstructured_json,
    word,
    word97,
    word_xml,
    zip_archive,
)
from .committee_initials import titled_initials
from .common import ParseError
from .compound import OLE_MAGIC
from .event_island import event_facts
from .ods_cells import is_ods
from .outlook_msg import is_msg, msg_as_eml
from .path_facts import dated_by_name, path_facts, path_filled

ADAPTERS: tuple[ModuleType, ...] = (
    rtf, firstagenda_json, json_feed, acadre_xml, edoc_xml, rss_feed, atom_feed, word_xml,
    unstructured_json,  # (a document-AI tool's list of a PDF's elements: their text)
    structured_export,
    json_islands,  # (a web page's app shell, its meeting only in a script's JSON)
    firstagenda_html,
    item_rows,  # (a table of items over many meetings: CSV, .xlsx, .ods, JSON Lines)
    spreadsheet, word, odt,
    word97,  # (Word 97–2003 .doc: a compound file with a WordDocument stream)
    zip_archive,  # (a ZIP of minutes files or of a meeting's web pages: each read as it is)
    mbox,  # (a mailbox, .mbox: each message read as the .eml file it would be saved as)
    text
)
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, ".json", ".xml", ".docx", ".doc", ".odt", ".fodt", ".rtf",
                      ".xlsx", ".ods", ".jsonl", ".zip", ".msg", ".yaml", ".yml", ".mbox")


def detect(raw: bytes, path: Path) -> ModuleType | None:
    """The adapter that reads this file, by content first; None when none does."""
    return next((a for a in ADAPTERS if a.sniff(raw, path)), None)


def _head(raw: bytes) -> bytes:
    return raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")


def _unknown_reason(raw: bytes, path: Path) -> str:
    head = _head(raw)
    if head.startswith((b"{", b"[")):
        return ("JSON i et ukendt format (kendt: FirstAgenda open-API med 'Dagsordenpunkter', "
                "JSON Feed, eksporter med en liste af dagsordenspunkter med nummer og titel og "
                "elementlister fra unstructured.io)")
    if head.startswith(b"<?xml") or path.suffix.lower() == ".xml":
        return ("XML i et ukendt format (kendte: eDoc, Acadre, RSS- og Atom-feeds med referater og "
                "eksporter med dagsordenspunkter med nummer og titel)")
    if raw.startswith(OLE_MAGIC):  # a compound file, not a .doc (`word97`) nor a .msg
        return ("en Office-fil med adgangskode eller et gammelt Excel- eller PowerPoint-"
                "dokument understøttes ikke; gem den som .docx (uden adgangskode) eller PDF")
    if is_ods(raw):  # (a spreadsheet without the items' table `item_rows` reads)
        return ("regnearket (.ods) har ingen tabel over dagsordenspunkterne (forventede en "
                "overskriftsrække som 'Udvalg | Mødedato | Punkt | Overskrift | Beslutning')")
    if raw.startswith(b"PK\x03\x04") and b"opendocument" in raw[:200]:  # a slide show, …
        return ("OpenDocument-filer ud over tekstdokumenter (.odt) understøttes ikke; "
                "gem den som .odt, .docx eller PDF")
    suffix = path.suffix.lower() or "(ingen)"
    return f"filtypen {suffix} understøttes ikke og indholdet er ikke et kendt referatformat"


def read_meetings(path: Path | str, municipality: str | None = None) -> list[Meeting]:
    """The meetings in one file, whatever its format; raises `SkipFile` (Danish reason).

    `municipality` overrides what the file itself says (or does not say)."""
    path = Path(path)
    raw = read_bytes(path)
    if not raw.strip():
        raise SkipFile(path, "filen er tom")
    try:
        meetings, dated = read_message(raw, path, municipality), False
    except SkipFile as err:  # ("Socialudvalget_21.08.2025.pdf": a date only in its name)
        if not _UNDATED_RE.match(err.reason) or not (day := path_facts(path).date):
            raise
        with dated_by_name(day):
            meetings, dated = read_message(raw, path, municipality), True
    path_filled(meetings, path, dated)  # ("Vejle Kommune/<Udvalg>/2023/2023-05-09 referat.txt")
    source = str(path.resolve())
    given_back(meetings, lost_words(raw))  # (a name read "Halkjør" for "Halkj�r": as printed)
    for n, meeting in enumerate(meetings):
        # one name for one municipality, whichever field a system fills: an export's
        # "Faxe Kommune" is the "Faxe" every other adapter reads from a text
        meeting.municipality = _KOMMUNE_SUFFIX.sub("", meeting.municipality) or meeting.municipality
        meeting.municipality = danish_municipality(meeting.municipality)  # (OCR's "Holbaek")
        meeting.committee = danish_body(meeting.committee)  # ("OEKONOMIUDVALGET", 7-bit)
        meeting.source = source if n == 0 else f"{source}#{n}"
    return meetings


def read_message(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The meetings in a file's content, read under `path` (a message of a mailbox is
    read as the .eml file it would be saved as); raises `SkipFile` (Danish reason)."""
    name = path  # the name the content is read under
    if is_msg(raw):  # an Outlook message (.msg): read as the e-mail it holds
        try:
            raw, name = msg_as_eml(raw), path.with_suffix(".eml")
        except ParseError as err:
            raise SkipFile(path, str(err)) from err
    adapter = detect(raw, name)
    if adapter is None:
        raise SkipFile(path, _unknown_reason(raw, path))
    try:
        meetings = adapter.parse(raw, name, municipality)
    except (ParseError, SkipFile) as err:
        # a cover note whose minutes are its attachment ("Referat LU 01-10-2024.docx")
        if not is_mail(raw, name) or not (meetings := _attached(raw, name, municipality)):
            if isinstance(err, SkipFile):
                raise
            raise SkipFile(path, f"{adapter.NAME}: {err}") from err
    if not meetings:
        raise SkipFile(path, f"{adapter.NAME}: ingen møder fundet")
    titled_initials(meetings, raw)  # ("TMU – Referat", <title> "Referat: Teknik- og …")
    event_facts(raw, meetings)  # (a page's place only in its schema.org Event, JSON-LD)
    for meeting in meetings:
        meeting.source_format = meeting.source_format or adapter.NAME
    return meetings


_KOMMUNE_SUFFIX = re.compile(r"\s+[Kk]ommune$")
# an adapter's plain reason for a text without its meeting's date (not a file that
# looks like a note or a letter: `document_looks`)
_UNDATED_RE = re.compile(r"^[\w-]+: ingen mødedato fundet i hovedet$")
# how deep attached mails are opened: a forward of a forward of the minutes
_MAIL_DEPTH = 3


def _attached(raw: bytes, path: Path, municipality: str | None, depth: int = 0) -> list[Meeting]:
    """The meetings of the first attachment of an e-mail that reads as minutes; []
    when none does. An attached mail (a mail forwarded as an attachment) is read as
    any mail: its text, else its own attachments."""
    for name, data in attached_files(raw, SUPPORTED_SUFFIXES):
        inner = path.with_name(name)
        adapter = detect(data, inner)
        if adapter is None or (is_mail(data, inner) and depth >= _MAIL_DEPTH):
            continue
        try:
            meetings = adapter.parse(data, inner, municipality)
        except (ParseError, SkipFile):
            meetings = []
        if not meetings and is_mail(data, inner):
            meetings = _attached(data, inner, municipality, depth + 1)
        if meetings:
            return meetings
    return []


__all__ = ["ADAPTERS", "SUPPORTED_SUFFIXES", "detect", "read_meetings", "read_message"]
