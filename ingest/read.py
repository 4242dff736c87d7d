"""Turn a minutes file (.txt, .md, .pdf, .html, .eml, .mht, .ics) into plain text, or say in
Danish why not.

Every way a file can be bad ends in `SkipFile` with a one-line Danish reason: missing,
unreadable, not a regular file (a FIFO would block forever), too large, binary,
undecodable, encrypted or image-only PDF. `list_files` walks folders without following
a symbolic-link loop twice and reports the folders it cannot read. The text adapter
(`ingest.formats.text`) reads through `text_of`.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Iterable
from html import unescape
from pathlib import Path

from referat.danish import os_reason

from .danish_spelling import with_lost_letters
from .html_text import html_text
from .ical_text import ical_text, is_ical
from .legacy_charset import legacy_text
from .line_numbers import strip_line_numbers
from .mail_text import is_mail, mail_text
from .page_main import page_main
from .pdf_aside_boxes import aside_boxes
from .pdf_bookmarks import bookmark_numbers
from .pdf_centred_rows import centred_row_pages
from .pdf_draw_order import as_read
from .pdf_footnotes import without_footnotes
from .pdf_forms import with_form_fields
from .pdf_glyphs import with_del_bullets, with_symbol_letters, without_soft_hyphen_glyphs
from .pdf_heading_grid import heading_grid
from .pdf_interleaved import interleaved_columns
from .pdf_item_grid import grid_pages
from .pdf_label_columns import label_columns
from .pdf_labels import page_text
from .pdf_margin import margin_marks
from .pdf_pieces import extracted
from .pdf_side_column import side_column_pages
from .pdf_tables import table_pages
from .pdf_two_up import two_up_pages
from .pdf_word_runs import word_lines
from .plain_chars import plain_chars
from .qp_leftovers import qp_decoded

# (".csv"/".tsv": a decision list exported one row per item, `formats.text_delimited`;
# ".eml": minutes sent as an e-mail's text, `mail_text`; ".mht"/".mhtml": a page saved as
# Word's or a browser's "single file web page", MIME too, read the same way; ".ics": a
# meeting invitation, its agenda in its description, `ical_text`)
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".html", ".htm", ".csv", ".tsv",
                      ".eml", ".mht", ".mhtml", ".ics")
# Minutes are kilobytes to a few megabytes; anything this large is not minutes.
MAX_FILE_BYTES = 50 * 1024 * 1024


class SkipFile(Exception):
    """A file that cannot be ingested. `str(err)` is a one-line Danish reason with the file name."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


# Control characters a text layer holds when its fonts map glyphs to no characters: a
# subset font's glyph numbers come out as characters shifted down ("\x03" for a space,
# "6RUº" for "Sorø")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _undecodable(text: str) -> bool:
    """A PDF text layer of glyph numbers instead of letters: one character in twenty a
    control character."""
    visible = len(re.sub(r"\s", "", text))
    return visible > 0 and len(_CONTROL_RE.findall(text)) * 20 > visible


def _utf16(raw: bytes) -> str | None:
    """The encoding of UTF-16 text (BOM, or Latin text with every other byte NUL), or None."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = raw[:4096]
    if len(head) >= 16:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > 0.4 * len(head) / 2 and even == 0:
            return "utf-16-le"
        if even > 0.4 * len(head) / 2 and odd == 0:
            return "utf-16-be"
    return None


_DANISH = set("æøåÆØÅ")


def undouble_utf8(text: str) -> str:
    """UTF-8 that was read as cp1252 and saved again as UTF-8 ("BÃ¸rne" for "Børne"),
    repaired when the whole text shows it: not one Danish letter as such, and every
    non-ASCII character turning back into UTF-8 bytes that decode to Danish letters."""
    if "Ã" not in text or _DANISH & set(text):
        return text
    raw = bytearray()
    for char in text:
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:  # (0x81, 0x8D, 0x8F, 0x90, 0x9D: cp1252 leaves them as such)
                return text
            raw.append(ord(char))
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return text
    return fixed if _DANISH & set(fixed) and "Ã" not in fixed else text


# an entity written out in a page's text: "&amp;oslash;" read once is "&oslash;"
_ENTITY_RE = re.compile(r"&(?:[A-Za-z]{2,8}\d{0,2}|#\d{2,5}|#[xX][0-9A-Fa-f]{2,4});")


def unescaped_again(text: str) -> str:
    """A page's text whose entities were escaped twice ("Milj&amp;oslash;") with every
    entity still in it read, until none is left.

    >>> unescaped_again("Milj&oslash; &amp;amp; p&#229; R&D")
    'Miljø & på R&D'
    """
    for _ in range(3):
        read = _ENTITY_RE.sub(lambda m: unescape(m.group(0)), text)
        if read == text:
            break
        text = read
    return text


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 first (with or without BOM), then cp1252 — the two encodings Danish minutes
    use — or the legacy code page (Mac Roman, DOS) that reads the bytes as Danish
    (`legacy_charset`); UTF-16 (as Windows tools save "Unicode" text) is recognised and
    decoded too."""
    wide = _utf16(raw)
    if wide:
        try:
            return raw.decode(wide).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise SkipFile(path, "ser ud som UTF-16, men kan ikke afkodes") from None
    if b"\x00" in raw[:4096]:
        raise SkipFile(path, "binær fil, ikke tekst")
    try:
        # (a code page's text read as UTF-8 once: "M\ufffddedato" is "Mødedato")
        text: str | None = with_lost_letters(undouble_utf8(raw.decode("utf-8-sig")))
    except UnicodeDecodeError:
        text = legacy_text(raw)
    if text is None:
        raise SkipFile(path, "kan ikke afkodes som UTF-8, cp1252, Mac Roman eller DOS-tegnsæt")
    sample = text[:4096]
    control = sum(c < " " and c not in "\n\r\t\f" for c in sample)
    if control > 0.05 * len(sample):
        raise SkipFile(path, "binær fil, ikke tekst")
    # a classic Mac's lines (Word 2011 for Mac, TextEdit) end in a carriage return alone
    return text if "\n" in text else text.replace("\r", "\n")


def _pdf_text(raw: bytes, path: Path) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    # pypdf logs what it recovers from in English on stderr ("EOF marker not found"),
    # beside the one Danish line the file gets: quiet while this file is read.
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(BytesIO(raw))
        if reader.is_encrypted and not _decrypt_empty(reader):
            raise SkipFile(path, "PDF er krypteret (beskyttet med adgangskode)")
        # a tagged PDF tells where a list item's bullet was drawn (`pdf_labels`)
        tagged = "/StructTreeRoot" in reader.root_object
        # a filled-in form's values stand in its fields, not in the page's text
        for page in reader.pages:  # (a browser's soft hyphens drawn as spaces)
            without_soft_hyphen_glyphs(page)
        # (small capitals, a page drawn out of its reading order: `pdf_draw_order`)
        pages = [with_form_fields(page, page_text(page) if tagged else as_read(*extracted(page)))
                 for page in reader.pages]
        # (a scan's OCR layer placing every word by itself: its lines built again)
        pages = [word_lines(page, text) for page, text in zip(reader.pages, pages, strict=True)]
        # (a shaded notice box set into a column's running text: page furniture)
        pages = [aside_boxes(page, text) for page, text in zip(reader.pages, pages, strict=True)]
        pages = [margin_marks(page, without_footnotes(page, text))  # (a word processor's notes)
                 for page, text in zip(reader.pages, pages, strict=True)]
        # (side labels wrapped beside the text, two columns of facts drawn row by row)
        pages = [interleaved_columns(page, text)
                 for page, text in zip(reader.pages, pages, strict=True)]
        # (labels above their values: "DATO | TID | STED", "Til stede | Afbud")
        pages = [label_columns(page, text) for page, text in zip(reader.pages, pages, strict=True)]
        # (a grid of members under "Til stede" over several columns, absences beside it)
        pages = [heading_grid(page, text) for page, text in zip(reader.pages, pages, strict=True)]
        # ("2 sider pr. ark": two pages side by side on one sheet, each a page of its own)
        pages = [two_up_pages(page, text) for page, text in zip(reader.pages, pages, strict=True)]
        # (a margin column of labels, item numbers and case numbers beside the text)
        pages = side_column_pages(reader.pages, pages)
        pages = centred_row_pages(reader.pages, pages)  # (a protocol's cells centred)
        pages = table_pages(reader.pages, pages)  # (a table protocol's columns kept apart)
        pages = grid_pages(reader.pages, pages)  # (an attendance grid: a column per item)
        if len(pages) == len(reader.pages):  # (item numbers only in Word's bookmarks)
            pages = bookmark_numbers(reader, pages)
    except SkipFile:
        raise
    except RecursionError as err:
        raise SkipFile(path, "PDF er bygget for dybt indlejret til at kunne læses") from err
    except Exception as err:  # pypdf raises many kinds on a damaged file
        raise SkipFile(path, "PDF kan ikke læses; filen er beskadiget eller ufuldstændig "
                             f"({err.__class__.__name__})") from err
    finally:
        log.setLevel(level)
    text = "\n\f\n".join(pages)  # a form feed marks the page break (headers, footers)
    text = strip_line_numbers(text)  # a draft printed with Word's line numbering
    text = with_del_bullets(text)  # (a symbol font's bullet as U+007F)
    text = with_symbol_letters(text)  # (a symbol-encoded font's "\uf0c6r\uf0f8": "Ærø")
    if len(re.sub(r"\s", "", text)) < 20:
        raise SkipFile(path, "PDF uden tekstlag (scannet?) — kør OCR først")
    if _undecodable(text):
        raise SkipFile(path, "PDF'ens tekstlag kan ikke læses (skrifter uden tegnkort giver "
                             "tegnkoder i stedet for bogstaver) — kør OCR først")
    return text


def _decrypt_empty(reader: object) -> bool:
    """Many PDFs are "encrypted" with an empty user password (only printing is locked)."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # wrong password, or AES without the `cryptography` package
        return False


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of sensible size; raises `SkipFile` otherwise."""
    try:
        info = path.stat()
    except OSError as err:
        raise SkipFile(path, f"kan ikke læses ({os_reason(err)})") from err
    if stat.S_ISDIR(info.st_mode):
        raise SkipFile(path, "er en mappe, ikke en fil")
    if not stat.S_ISREG(info.st_mode):
        raise SkipFile(path, "er ikke en almindelig fil (fx en pipe eller en enhed)")
    if info.st_size > MAX_FILE_BYTES:
        raise SkipFile(path, f"filen er for stor ({info.st_size / 2**20:.0f} MB; højst "
                             f"{MAX_FILE_BYTES / 2**20:.0f} MB)")
    try:
        return path.read_bytes()
    except OSError as err:
        raise SkipFile(path, f"kan ikke læses ({os_reason(err)})") from err


# A web page, whatever the file is named: an ESDH system's "export to Word" writes Word's
# own HTML (`xmlns:w="urn:schemas-microsoft-com:office:word"`) into a file named ".doc"
_HTML_HEAD_RE = re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                           re.IGNORECASE | re.DOTALL)


def is_html(raw: bytes) -> bool:
    """Whether the bytes are an HTML page (by their opening, not the file's name).

    >>> is_html(b'<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>')
    True
    >>> is_html(b"Referat af udvalgets m\\xf8de")
    False
    """
    return bool(_HTML_HEAD_RE.match(raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")))


def text_of(raw: bytes, path: Path) -> str:
    """The text of a PDF (by its content), an HTML page or a text file, its characters
    the letters and spaces a reader sees (decomposed "ø", zero-width and thin spaces:
    `plain_chars`)."""
    return plain_chars(_raw_text(raw, Path(path)))


def _raw_text(raw: bytes, path: Path) -> str:
    """The text as the file's format gives it."""
    suffix = path.suffix.lower()
    if not raw.strip():
        raise SkipFile(path, "filen er tom")
    if raw.startswith(b"%PDF"):
        return _pdf_text(raw, path)
    if suffix == ".pdf":
        raise SkipFile(path, "ikke en gyldig PDF-fil")
    if is_mail(raw, path):  # (MIME: quoted-printable text, an HTML twin, attachments)
        decode(raw, path)  # (a binary file named .eml is refused as any other)
        mailed = mail_text(raw)
        if mailed is None:
            raise SkipFile(path, "e-mailen har ingen tekst at læse (kun vedhæftede filer?)")
        return qp_decoded(mailed)  # (a forward quoting a raw message, `qp_leftovers`)
    # (a mail saved with its body still quoted-printable: "M=F8dedato", soft breaks "=")
    text = qp_decoded(decode(raw, path))
    if is_ical(text):  # an invitation saved from a calendar: as Outlook prints it
        text = ical_text(text)
    if suffix in (".html", ".htm") or re.match(r"\s*<(?:!doctype html|html)\b", text, re.I):
        text = unescaped_again(html_text(text))
    text = page_main(text)  # (a page made markdown: its "<div>" lines, the footer after it)
    if not text.strip():
        raise SkipFile(path, "filen er tom")
    return text


def read_text(path: Path, raw: bytes | None = None) -> str:
    """The text of one minutes file (`raw`: its bytes, when already read); raises
    `SkipFile` with a Danish reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SkipFile(path, f"filtypen {suffix or '(ingen)'} understøttes ikke")
    return text_of(read_bytes(path) if raw is None else raw, path)


def list_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[SkipFile]]:
    """Files as given, and every file below any folder (hidden ones aside), with the
    folders that could not be read. Symbolic links are followed, but no folder twice, so
    a link loop ends; a link pointing nowhere is listed and skipped when it is read."""
    files: list[Path] = []
    problems: list[SkipFile] = []
    for p in map(Path, paths):
        if not p.is_dir():
            files.append(p)
            continue
        seen: set[tuple[int, int]] = set()
        found: list[Path] = []

        def unreadable(err: OSError) -> None:
            where = Path(err.filename or ".")
            problems.append(SkipFile(where, f"mappen kan ikke læses ({os_reason(err)})"))

        for root, dirs, names in os.walk(p, onerror=unreadable, followlinks=True):
            try:
                info = os.stat(root)
            except OSError as err:
                unreadable(err)
                dirs[:] = []
                continue
            if (info.st_dev, info.st_ino) in seen:
                problems.append(SkipFile(Path(root), "mappen er allerede læst (symbolsk "
                                                     "link i ring); springes over"))
                dirs[:] = []
                continue
            seen.add((info.st_dev, info.st_ino))
            dirs.sort()
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            # every file, not only known suffixes: one no adapter reads is named, not
            # passed over in silence
            found.extend(Path(root, n) for n in names if not n.startswith("."))
        files.extend(sorted(found, key=_structured_first))
    return files, problems


def _structured_first(path: Path) -> tuple[bool, Path]:
    """A meeting exported both as XML/JSON and as PDF is kept from the structured file."""
    return path.suffix.lower() in (".pdf", ".txt", ".md", ".markdown"), path
