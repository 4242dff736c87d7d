"""The lines of a minutes text as the item finder reads them: line ends, ligatures,
box-drawing frames (`box_frames`) and odd spaces made plain (`normalize`); a markdown
export's bold labels as plain labels; the page furniture a PDF repeats left out
(`text_layout.strip_page_furniture`); words hyphenated over two lines made whole
("Beslut-" / "ning"); a case number printed in a right-hand column on a line of its own,
and an item's status far right on a wrapped title's first line after the title; "5 (L)
Title" marks as titles the closed-item rules read; an item's facts table of heads over
values as label lines (`head_fields.fact_table`); two lists side by side as two lists
(`side_by_side`)."""

from __future__ import annotations

import re

from .box_frames import unframed
from .colonless_labels import bold_labels
from .decision_column import decision_column
from .front_columns import front_columns
from .glued_heads import unglued_heads
from .head_fields import fact_table
from .item_pages import item_pages
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE
from .letter_spacing import unspaced
from .ocr_digits import ocr_digits
from .ocr_items import ocr_items
from .ocr_scan import ocr_scan
from .ocr_words import ocr_words
from .row_cells import row_cells
from .side_by_side import list_columns, side_by_side
from .soft_hyphens import unhyphenated
from .stacked_labels import unstacked
from .text_items import JOURNAL_RE, KEYWORD_ALONE_RE, PLAIN_ITEM_RE
from .text_layout import strip_page_furniture
from .text_numbered import NUMBERED_LINE_RE
from .time_stamps import unstamped
from .toc_cells import contents_cells
from .typed_titles import typed_heads
from .web_chrome import unfolded_items
from .wrapped_heads import wrapped_heads
from .wrapped_labels import joined_labels
from .year_numbers import year_numbered

# A markdown export's bold labels: "**Sagsnr.:** 24/12001", "**Beslutning:** Godkendt."
# → "Sagsnr.: 24/12001", read as any label line is
# (a list's bullet before it is dropped: "- **Dato:** 11. januar 2022")
_BOLD_LABEL_RE = re.compile(r"(?m)^([ \t]*)(?:[-*+•][ \t]+)?(\*\*|__|\*|_)([A-ZÆØÅ][^*_\n]{0,80}?)"
                            r"(?::\2|\2:)[ \t]*")
# ... and a label with its value in one emphasis: "*Sagsnr.: 24/7711*" → "Sagsnr.: 24/7711"
_EMPHASISED_FIELD_RE = re.compile(
    r"(?m)^([ \t]*)(\*\*|__|\*|_)([A-ZÆØÅ][^*_\n:]{0,40}:[ \t]+[^*_\n]+?|"
    r"(?i:sagsnr|sags nr|j\.\s?nr)\.?[ \t]+\d[^*_\n]*?)\2[ \t]*$")  # ("*Sagsnr. 22-000123*")
# A markdown list's item in bold: "1. **Godkendelse af dagsorden**" → "1. Godkendelse …"
_BOLD_NUMBERED_RE = re.compile(r"(?m)^([ \t]*\d{1,4}\.[ \t]+)(\*\*|__)([^*_\n]+?)\2[ \t]*$")

# Typographic ligatures a PDF's text keeps as one character ("Traﬁk", "Wulﬀ").
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})

# An hour's minutes in superscript digits, as Danish typography sets them: "kl. 19⁰⁰" is
# "kl. 19.00"
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_MINUTES_RE = re.compile(rf"(?<!\d)((?:[01]?\d|2[0-3]))([{_SUPERSCRIPT}]{{2}})"
                               rf"(?![{_SUPERSCRIPT}])")


def _minutes(m: re.Match[str]) -> str:
    """The hour and its superscript minutes as "19.00".

    >>> _SUPER_MINUTES_RE.sub(_minutes, "kl. 19⁰⁰–21³⁰, 10² m²")
    'kl. 19.00–21.30, 10² m²'
    """
    return f"{m.group(1)}.{''.join(str(_SUPERSCRIPT.index(c)) for c in m.group(2))}"


_GLYPHS_RE = re.compile(r"[\u2580-\u259f]+(?:[ \t]+[\u2580-\u259f]+)*[ \t]*|\[logo\][ \t]*",
                        re.IGNORECASE)


def _glyphs(m: re.Match[str]) -> str:
    """A logo's block glyphs go ("▌▌ FAXE"); black bars of full blocks in running text
    stay: a redaction, words withheld where the minutes print them ("Henvendelse fra
    ███████ ██████ om ventetid", "███████ ██████ har skrevet", "den ██. august"), which
    must keep the words around it together.

    >>> _GLYPHS_RE.sub(_glyphs, "▌▌ FAXE"), _GLYPHS_RE.sub(_glyphs, "██ KOMMUNE")
    ('FAXE', 'KOMMUNE')
    >>> _GLYPHS_RE.sub(_glyphs, "Brev fra ████ ███ om støj"), _GLYPHS_RE.sub(_glyphs, "████ skrev")
    ('Brev fra ████ ███ om støj', '████ skrev')
    """
    bars = m.group(0).rstrip(" \t")
    if set(bars) <= {"\u2588", " ", "\t"}:
        line_start = m.string.rfind("\n", 0, m.start()) + 1
        before = m.string[line_start:m.start()].strip()
        after = m.string[m.end():m.string.find("\n", m.end()) if "\n" in m.string[m.end():]
                         else len(m.string)]
        # (a letterhead's word in capitals after it, nothing before: a logo still)
        if before or not re.match(r"[A-ZÆØÅ]{2,}\b", after):
            return m.group(0)
    return ""
_TOWN_WRAPPED_RE = re.compile(
    r"^([ \t]*[A-ZÆØÅ][\wÆØÅæøå-]+)[ \t]*\n[ \t]*(KOMMUNE|Kommune)[ \t]*$", re.MULTILINE)
def normalize(text: str) -> str:
    """Line ends, ligatures, no-break and soft hyphens, OCR's "l" for "1" in numbers, no
    spaces at a line's end; a form feed (a PDF's page break, which `pdftotext` writes
    before the next page's first line) on a line of its own. Line by line, so a run of
    spaces costs no more than its length."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LIGATURES)
    text = _SUPER_MINUTES_RE.sub(_minutes, text)  # ("kl. 19⁰⁰–21³⁰")
    text = unhyphenated(text.replace("\u00a0", " ").replace("\ufeff", ""))  # ("Beslut\u00ad")
    text = _GLYPHS_RE.sub(_glyphs, text)  # a logo's block glyphs: "▌▌ FAXE" / "▌▌ KOMMUNE"
    text = ocr_words(ocr_digits(text))  # (a scan's "Kl. l6.30", "Punkt l.", "Besiutning:")
    text = ocr_items(text)  # ("Pkt, 43" / "Pkt. 4b" among "Pkt. 42" and "Pkt. 45" headings)
    text = ocr_scan(text)  # (a scanner's stamp line; "Modedato", "Forrnand"; "l.  Title")
    text = unframed(text)  # ("│ Punkt 2   Title │" in a box: the heading)
    text = _TOWN_WRAPPED_RE.sub(r"\1 \2", text)  # "FAXE" / "KOMMUNE": one letterhead line
    out: list[str] = []
    for line in text.split("\n"):
        if "\f" not in line:
            out.append(unspaced(line.rstrip(" \t")))
            continue
        for k, piece in enumerate(line.split("\f")):
            if k:
                out.append("\f")
            if piece.strip(" \t"):
                out.append(piece.strip(" \t") if k else piece.rstrip(" \t"))
    return "\n".join(out)


# "5 (L) Ekspropriation …", "1 (Åben) Godkendelse af dagsorden": an item's number with its
# open (Å) or closed (L) mark, as some systems print every heading
_OPEN_MARKED_RE = re.compile(r"^(\s*\d{1,4})\.?\s+\((Å|L|Å/L|Åben|Åbent|Lukket)\)\s+"
                             r"(?=[A-ZÆØÅ\"“«])")


# "1.   Godkendelse af dagsorden          2024-000211": `pdftotext -layout` prints the case
# number in a right-hand column of the heading's line; it goes on a line of its own,
# where an item's case number is read.
_RIGHT_CASE_RE = re.compile(r"^(?P<head>\s*\S.*?\S)\s{4,}(?P<case>\S+)\s*$")
_LABELLED_CASE_RE = re.compile(
    r"^(?P<head>\s*\S.*?\S)\s+(?P<case>(?i:sagsnr|sags nr|sagsnummer|sag nr|sags-?id|j\.\s?nr|"
    r"journalnr|sag(?=\s*:))\.?\s*:?\s*[A-ZÆØÅ]{0,4}-?\d[\w./-]*\d)\s*$")
_LAST_TOKEN_RE = re.compile(r"^(?P<head>\s*\S.*?\S)\s+(?P<case>\S+)\s*$")


def is_case_token(token: str) -> bool:
    """A case number ("24/1201", "00.01.00-A00-12-24"), not a span of years ("2024-2027")."""
    return bool(JOURNAL_RE.match(token) or BARE_CASE_RE.match(token)) and not (
        _YEARS_RE.match(token))


_YEARS_RE = re.compile(r"^(?:19|20)\d\d[-/](?:19|20)?\d\d$")
# A title's own number one space after its word: "lokalplan nr. 08-022", "§ 3-12"
_NUMBER_WORD_RE = re.compile(r"(?:\bnr\.?|§)$", re.IGNORECASE)


_DOC_NUMBER_TAIL_RE = re.compile(
    r"(?<=\S)\s+Dok(?:ument)?\.?\s*nr\.?\s*:?\s*[\w./-]*\d[\w./-]*\s*$", re.I)
# "Åbent punkt     Sagsnr.: 24-004118"; a portal page's item line printed "Åben   Sagsnr.:
# 22/7731   Link til punkt", the link's label (a few words, no digit) last
_MARK_AND_CASE_RE = re.compile(r"^\s*((?:åbent|åben|lukket)(?:\s+(?:punkt|sag))?)\s{2,}"
                               r"((?:sagsnr|sag nr|sags-?id|j\.\s?nr)\.?\s*:?\s*\S.*?)"
                               r"(?:\s{3,}[^\d\s][^\d:]{0,30})?\s*$", re.IGNORECASE)


def _right_column_cases(lines: list[str]) -> list[str]:
    """An item heading with its case number far right → the heading, then the number.
    A PDF's text may keep one space before the number: then it counts when two or more
    item headings end with a case number ("1. Godkendelse af dagsorden 24/1201")."""
    # (each heading once: the contents' line repeating an item's heading is no second one)
    heads = list(dict.fromkeys(ln.strip() for ln in lines
                               if NUMBERED_LINE_RE.match(ln) or PLAIN_ITEM_RE.match(ln.strip())))
    near = _RIGHT_CASE_RE
    ending = sum(bool((m := _LAST_TOKEN_RE.match(h)) and is_case_token(m["case"])
                      and not _NUMBER_WORD_RE.search(m["head"])) for h in heads)
    if ending >= max(2, len(heads) / 3):
        near = _LAST_TOKEN_RE
    out: list[str] = []
    heading = False  # the line before is an item's heading (the title may wrap once)
    after_title: str | None = None  # a case number to write below the next line, the title
    for line in lines:
        line = _DOC_NUMBER_TAIL_RE.sub("", line)  # "… Sagsnr. 24/1   Dok.nr. 141002-24"
        if m := _MARK_AND_CASE_RE.match(line):  # "Åbent punkt     Sagsnr.: 24-004118"
            out += [m.group(1), m.group(2)]
            continue
        if after_title and line.strip():
            out += [line, after_title]
            after_title = None
            continue
        starts = bool(NUMBERED_LINE_RE.match(line) or PLAIN_ITEM_RE.match(line.strip()))
        if heading and CASE_NUMBER_RE.match(line.strip()):  # ("Kommunens sagsnr.: 24/1"
            out.append(line)  # under the title: the case's line whole, no title's end)
            heading = False
            continue
        if (starts or heading) and (lab := _LABELLED_CASE_RE.match(line)) and (
                CASE_NUMBER_RE.match(lab["case"])):
            # "97. Godkendelse af dagsorden Sagsnr. 24/00012" (a web page's <small>);
            # "Sag nr. 1   Sags-ID: EMN-2024-00087" above the title: below the title
            out.append(lab["head"])
            if KEYWORD_ALONE_RE.match(lab["head"].strip()):
                after_title = lab["case"]
            else:
                out.append(lab["case"])
            heading = False
            continue
        m = _RIGHT_CASE_RE.match(line) or near.match(line)
        if m and is_case_token(m["case"]) and (starts or heading) and not (
                m.re is _LAST_TOKEN_RE and _NUMBER_WORD_RE.search(m["head"])):
            out += [m["head"], m["case"]]
            heading = False
        else:
            out.append(line)
            heading = starts and bool(line.strip())
    return out


# "26/00041 § 12. Godkendelse af dagsorden": a protocol prints the case number in the left
# margin on the item's first line
_LEFT_CASE_RE = re.compile(r"^\s*(?P<case>\S+)\s+(?P<head>\S.*)$")
_MIN_MARGIN_CASES = 2  # headings that must start with a case number for the rule to hold


def _left_margin_cases(lines: list[str]) -> list[str]:
    """An item heading after its case number in the margin → the case number, labelled,
    on a line above the heading (where an item's own lines before its title are read;
    a title that wraps stays whole). Only where two or more headings print one."""
    def split(line: str) -> tuple[str, str] | None:
        m = _LEFT_CASE_RE.match(line)
        if not (m and is_case_token(m["case"])):
            return None
        head = m["head"].strip()
        return (m["case"], head) if NUMBERED_LINE_RE.match(head) or PLAIN_ITEM_RE.match(
            head) else None

    if sum(split(ln) is not None for ln in lines) < _MIN_MARGIN_CASES:
        return lines
    out: list[str] = []
    for line in lines:
        if parts := split(line):
            out += [f"Sagsnr.: {parts[0]}", parts[1]]
        else:
            out.append(line)
    return out


def _open_marks(lines: list[str]) -> list[str]:
    """"5 (L) Title" → "5. Title (Lukket)" when two or more headings carry the marks."""
    if sum(bool(_OPEN_MARKED_RE.match(ln)) for ln in lines) < 2:
        return lines

    def fix(line: str) -> str:
        m = _OPEN_MARKED_RE.match(line)
        if not m:
            return line
        title = line[m.end():].rstrip()
        return f"{m.group(1)}. {title}" + (" (Lukket)" if m.group(2)[0] == "L" else "")
    return [fix(ln) for ln in lines]


# A word a PDF hyphenated at a line's end: "Beslut-" / "ning", "Ud-" / "valget
# besluttede" (not a compound's shared part: "Børne- og" / "Unge-" / "og Kulturudvalget")
_HYPHENATED_RE = re.compile(r"(?:^|\s)([A-Za-zÆØÅæøå]+)-$")
_REST_RE = re.compile(r"^\s*([a-zæøå]+)([.,:;]?)(?:\s+|$)")
_JOINS = frozenset({"og", "eller", "samt", "til", "i", "på", "med"})


def _dehyphenate(lines: list[str]) -> list[str]:
    """A word hyphenated over two lines made whole on the first ("Beslut-" / "ning" →
    "Beslutning"), so a heading split so is still one."""
    out = list(lines)
    for i in range(len(out) - 1):
        m = _HYPHENATED_RE.search(out[i])
        rest = _REST_RE.match(out[i + 1]) if m else None
        if m and rest and rest.group(1) not in _JOINS:
            # ("EU-" / "støttede": an abbreviation keeps its hyphen)
            keep = "-" if m.group(1).isupper() and len(m.group(1)) > 1 else ""
            out[i] = out[i][:-1] + keep + rest.group(1) + rest.group(2)
            out[i + 1] = out[i + 1][rest.end():]
            if _TAIL_RE.match(out[i + 1]):  # ("Sko-" / "vgaard (A).", "Mølle-" / "vej - …")
                out[i], out[i + 1] = f"{out[i]} {out[i + 1].strip()}", ""
    return out


# What stays after a hyphenated word's rest and belongs to its line: the name's party, or
# the sentence going on after a dash (no list's bullet)
_TAIL_RE = re.compile(r"^(?:\([A-ZÆØÅ]{1,3}\)[.,;]?|[-–]\s.*)$")


# "Lukket punkt: Punkt 43. Erstatningssag": the closed mark before the heading's keyword
_MARK_FIRST_RE = re.compile(r"^(\s*)((?:lukket|fortroligt?)(?:\s+punkt)?)\s*[:–-]\s*"
                            r"((?:punkt|pkt\.?|sag)\s*\d{1,4}[.:]?)\s+(\S.*)$", re.IGNORECASE)


# "6. 🔒 Lukket punkt: Title", "6. 🔒 Title": a notes app's padlock between number and title
_LOCK_FIRST_RE = re.compile(r"^(\s*(?:#{1,6}\s+)?\d{1,4}[.)]?\s+)[\U0001F512\U0001F510]\ufe0f?\s*"
                            r"(?:((?:lukket|fortroligt?)\b.*)|(\S.*))$", re.IGNORECASE)


def _mark_after_number(lines: list[str]) -> list[str]:
    """"Lukket punkt: Punkt 43. Title" → "Punkt 43. Lukket punkt: Title"; a padlock after
    the number goes after the title ("6. 🔒 Title" → "6. Title 🔒"), or yields to the
    words that say it ("6. 🔒 Lukket punkt: Title" → "6. Lukket punkt: Title")."""
    lines = [_LOCK_FIRST_RE.sub(lambda m: m[1] + (m[2] or f"{m[3].rstrip()} \U0001F512"), ln)
             for ln in lines]
    return [_MARK_FIRST_RE.sub(r"\1\3 \2: \4", ln) for ln in lines]


# A page's running header naming the item it continues: "Punkt 7 - Lokalplan 1234 (fortsat)",
# the mark after the number too: "Punkt 4 (fortsat): Regional udviklingsstrategi"
_CONTINUED_RE = re.compile(r"^\s*(?:punkt|pkt\.?|sag)?\s*\d{1,4}\.?\s*(?:[-–:]?\s*\S.{0,150}"
                           r"\((?:fortsat|fortsættelse|fortsat fra forrige side)\)|\((?:fortsat|"
                           r"fortsættelse)\)\s*[-–:]\s*\S.{0,150})\s*$", re.IGNORECASE)


_NUMBERED_LABEL_RE = re.compile(r"(?m)^([ \t]*)\d{1,2}\.\d{1,2}\.?[ \t]+([A-ZÆØÅ][\w ,-]{2,50}):")


def _known_label(m: re.Match[str]) -> str:
    """A board's numbered paragraph that is a known section's label loses its number."""
    from .text_sections import section_name

    return f"{m.group(1)}{m.group(2)}:" if section_name(m.group(2)) else m.group(0)


# A heading numbered by Word's multi-level list, on a line of its own: "1.2 Beslutning",
# "2.4 Økonomiudvalget den 11. april 2018:" (the number is the list's, not the text's)
_NUMBERED_HEADING_RE = re.compile(r"(?m)^([ \t]*)\d{1,2}\.\d{1,2}\.?[ \t]+"
                                  r"([A-ZÆØÅ][^\n:]{2,80}?:?)[ \t]*$")


def _known_heading(m: re.Match[str]) -> str:
    """A numbered line that is a known section's heading or a dated decision's loses
    its number; any other numbered line ("1.1 Formål med projektet") keeps it."""
    from .dated import dated_decision
    from .text_sections import section_name

    label = m.group(2)
    known = section_name(label.rstrip(":")) or dated_decision(label)
    return f"{m.group(1)}{label}" if known else m.group(0)


_QUOTED_RE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+(?=[ \t]*\S|$)")
_FIELD_COLONS_RE = re.compile(r"(?m)^([ \t]*[\w*][\w .*-]{1,30}?)::[ \t]+")


_CONTINUED_END_RE = re.compile(r"\((?:fortsat|fortsættelse|fortsat fra forrige side)\)\s*$",
                               re.IGNORECASE)
_NUMBERED_START_RE = re.compile(r"^\s*(?:punkt|pkt\.?|sag)?\s*\d{1,4}\.?\s+\S", re.IGNORECASE)


def _without_continued(lines: list[str]) -> list[str]:
    """Without a page's header that repeats the item it continues, on one line or
    wrapped onto two ("15. Kystbeskyttelse … og" / "medfinansiering (fortsat)")."""
    out: list[str] = []
    for line in lines:
        if _CONTINUED_RE.match(line):
            continue
        if _CONTINUED_END_RE.search(line) and out and _NUMBERED_START_RE.match(out[-1]) and (
                len(line) < 120):
            out.pop()
            continue
        out.append(line)
    return out


def _item_number(line: str) -> str | None:
    return m.group(1) if (m := PLAIN_ITEM_RE.match(line)) else None


def _heading(line: str) -> bool:
    """An item's heading line: "12. Title", "Punkt 12: Title"."""
    return bool(NUMBERED_LINE_RE.match(line) or PLAIN_ITEM_RE.match(line.strip()))


def prepared_lines(text: str) -> list[str]:
    """The text's lines, ready for `text_items.find_items`."""
    # ("> " of a quoted e-mail, ">   Name" indented, or a callout; "Sagsnr:: 24/8812")
    text = _FIELD_COLONS_RE.sub(r"\1: ", _QUOTED_RE.sub("", normalize(text))).replace("`", "")
    text = bold_labels(_BOLD_LABEL_RE.sub(r"\1\3: ", text))  # ("**Mødested** Rådhuset")
    text = _NUMBERED_LABEL_RE.sub(_known_label, text)  # "2.3 Beslutning: …" → "Beslutning: …"
    text = _NUMBERED_HEADING_RE.sub(_known_heading, text)  # "1.2 Beslutning" → "Beslutning"
    text = _EMPHASISED_FIELD_RE.sub(r"\1\3", text)
    text = _BOLD_NUMBERED_RE.sub(r"\1\3", text)
    text = unglued_heads(text)  # ("Kommune Byrådet 11-03-2026Behandling i": a header first)
    text = joined_labels(text)  # ("Udvalgets" / "beslutning"; a margin column's body, date)
    # ("Sagsnr. Sagsansvarlig Status" over the values: before the heads' line repeated at
    # every item page's top is taken for page furniture)
    lines = _without_continued(strip_page_furniture(item_pages(fact_table(text.split("\n")))))
    lines = front_columns(lines)  # (a facts side bar beside the contents on the front page)
    lines = decision_column(lines)  # ("Sag   Beslutning": the decision beside the text)
    lines = unstacked(lines)  # ("Dato:" / "Tid:" / "4. juni 2024" / "15:30": a table's columns)
    lines = list_columns(side_by_side(lines))  # (two lists side by side; one in two columns)
    lines = unfolded_items(lines, _item_number)  # ("– Punkt 1: Title": an accordion's glyph)
    lines = row_cells(_mark_after_number(_dehyphenate(lines)))  # ("4" / "Title" / "Åben …")
    lines = contents_cells(year_numbered(lines))  # ("1." / "Title" / "2"; "23/2025  Title")
    lines = wrapped_heads(lines, _heading)  # (a heading's case number far right, its title wrapped)
    lines = _open_marks(_right_column_cases(_left_margin_cases(lines)))
    lines = typed_heads(lines, lambda s: bool(KEYWORD_ALONE_RE.match(s)), lambda s: bool(
        JOURNAL_RE.match(s) or CASE_NUMBER_RE.match(s)))  # ("Sag nr. 2" / "J.nr. …" / title)
    # ("Kl. 17.05 – Punkt 2: Title": the clock time each item was taken up)
    return unstamped(lines, lambda s: bool(PLAIN_ITEM_RE.match(s) or NUMBERED_LINE_RE.match(s)))
