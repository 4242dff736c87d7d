"""Minutes printed in two languages, each label first in the other language and then in
Danish after a slash (a Greenlandic municipality's Kalaallisut/Danish minutes):

    Ulloq / Dato: 12. marts 2024
    Peqataasut / Deltagere:
    Immikkoortoq 1 / Punkt 1
    Ullormut oqaluuserisassat akuersissutigineqarnissaat / Godkendelse af dagsorden
    Aalajangiineq / Beslutning

read as their Danish half: "Dato: 12. marts 2024", "Punkt 1", "Godkendelse af dagsorden",
"Beslutning". A line is changed only where its half after the slash is a label the
parser knows (a head's field, an item's keyword and number, a section's heading, the
document's kind, an open/closed mark), and the title line right below a changed item
heading; the text is changed only when three or more lines are such labels. The
paragraphs, printed in both languages one after the other, stay as written.

And minutes printed Danish first, English after the slash (an international council's):
"**Dato / Date:** 4. juni 2024 / 4 June 2024", "## 2. Dansk titel / English title
(lukket punkt / closed item)", "**Beslutning / Decision:**", "For stemte / In favour:
…", "Lars Brandt (byrådsmedlem / city councillor, A)", each paragraph followed by its
translation in italics: read as the Danish half (`danish_first`), the translations and
any other line wholly in italics (a site's footer) left out.
"""

from __future__ import annotations

import re

from .closed_marks import OPEN_MARK_RE
from .item_text import CASE_NUMBER_RE
from .parallel_columns import danish_column
from .text_header_rows import EXTRA_FIELD_RE, HEADER_FIELD_RE
from .text_items import PLAIN_ITEM_RE
from .text_sections import section_name

_PAIR_RE = re.compile(r"^(?P<lead>[ \t]*)(?P<other>[^/\n]{2,80}?)\s+/\s+(?P<da>[^\n]+?)\s*$")
_KIND_RE = re.compile(r"^(?:referat|dagsorden|beslutningsprotokol)$", re.IGNORECASE)
# "Klokken: 13:00": the hour, as a Danish head names it
_CLOCK_RE = re.compile(r"^klokken\s*:", re.IGNORECASE)
# "…, siulittaasoq / formand", "…, stellv. Vorsitzender / næstformand, …": a member's
# role in both languages, anywhere in a list of members
_ROLE_RE = re.compile(r"(,\s*)[^\s,/()][^,/()\n]{0,40}?\s+/\s+((?:næst)?formand|sekretær|"
                      r"referent)\b", re.IGNORECASE)
_MIN_LABELS = 3
# a vote's label in either half: "Against / Imod: …", "For / Dafür: V, S", "Undlod at stemme:"
_VOTE_RE = re.compile(r"^(?:(?:for|imod)(?:\s+stemte)?|undlod(?:\s+at\s+stemme)?)\s*:",
                      re.IGNORECASE)


def danish_label(half: str) -> bool:
    head = half.split(":", 1)[0].strip()
    return bool(HEADER_FIELD_RE.match(half) or EXTRA_FIELD_RE.match(half)
                or _CLOCK_RE.match(half) or PLAIN_ITEM_RE.match(f"{half} x")
                or section_name(half.rstrip(":")) or _KIND_RE.match(half)
                or OPEN_MARK_RE.match(half) or CASE_NUMBER_RE.match(half)
                or _VOTE_RE.match(half) or (
                    half.endswith(":") and (
                    HEADER_FIELD_RE.match(f"{head}: x") or EXTRA_FIELD_RE.match(f"{head}: x"))))


def danish_half(text: str) -> str:
    """The text with each bilingual label read as its Danish half (unchanged when the
    text has fewer than three such labels).

    >>> print(danish_half("Ulloq / Dato: 12. marts 2024\\nNalunaaqutaq / Klokken: 13:00\\n"
    ...                   "Immikkoortoq 1 / Punkt 1\\nAllagaq / Godkendelse af dagsorden\\n"
    ...                   "Aalajangiineq / Beslutning\\nAkuerineqarpoq.\\nGodkendt.\\n"
    ...                   "Sumiiffik / Sted: Ataatsimiittarfik / Mødesalen"))
    Dato: 12. marts 2024
    Tidspunkt: 13:00
    Punkt 1
    Godkendelse af dagsorden
    Beslutning
    Akuerineqarpoq.
    Godkendt.
    Sted: Mødesalen
    """
    text = danish_column(text)  # (Kalaallisut and Danish in parallel columns)
    pairs = _pairs(lines := text.split("\n"))
    if sum(known for _, known in pairs) < _MIN_LABELS:
        return text
    pairs = _pairs(lines := [_ROLE_RE.sub(r"\1\2", ln) for ln in lines])  # (before a value's
    # own halves are read: "Til stede: Eva Ry, Vorsitzende / formand, …" is one list)
    out: list[str] = []
    title_next = False
    for line, (m, known) in zip(lines, pairs, strict=True):
        if m and (known or title_next):
            da = m.group("da")
            if known and PLAIN_ITEM_RE.match(f"{da} x") and not PLAIN_ITEM_RE.match(da):
                title_next = True  # "Punkt 1" alone: its title is the next line
            else:
                title_next = False
            label, colon, value = da.partition(":")
            if colon and " / " in value:  # "Sted: Ataatsimiittarfik / Mødesalen": the value too
                da = f"{label}: {value.rsplit(' / ', 1)[1].strip()}"
            out.append(m.group("lead") + _CLOCK_RE.sub("Tidspunkt:", da))
            continue
        title_next = title_next and not line.strip()
        first = _first_label(line)  # ("Sagsnr. / Case no.: 23/28114": Danish first)
        out.append(_first_line(first) if first else line)
    return "\n".join(out)


def _pairs(lines: list[str]) -> list[tuple[re.Match[str] | None, bool]]:
    """Each line's two halves and whether its Danish half is a label the parser knows."""
    return [(m, danish_label(m.group("da"))) if (m := _PAIR_RE.match(ln)) else (None, False)
            for ln in lines]


# A label line Danish first: "**Dato / Date:** 4. juni 2024", "For stemte / In favour: …"
_FIRST_PAIR_RE = re.compile(r"^(?P<pre>[ \t]*(?:\*\*|__)?)(?P<da>[^/:*_\n]{2,40}?)\s+/\s+"
                            r"[^/:*_\n]{2,40}?(?P<post>:(?:\*\*|__)?|(?:\*\*|__):?|(?=\s*$)|(?=\s+[–—-]\s))"
                            r"(?P<value>.*)$")
_VOTE_LABEL_RE = re.compile(r"^(?:for|imod)\s+stemte|^undlod", re.IGNORECASE)
# A line of text Danish first, English after the slash: "Integrationsrådet / Council for
# Integration", "Mødet sluttede kl. 19.00 / The meeting closed at 19:00." (the English
# half in ASCII with an English word of its own)
_TEXT_PAIR_RE = re.compile(
    r"^(?P<da>[^/:\n]{3,80}?\S)\s+/\s+(?P<en>[A-Za-z0-9][\w ,.'’:()–-]{2,80})$", re.ASCII)
_ENGLISH_WORD_RE = re.compile(r"\b(?:the|of|for|and|at|on|in|to|with)\b", re.IGNORECASE)
# An item's heading, or the title: "## 2. Dansk / English", "**3. Dansk / English**"
_HEADING_RE = re.compile(r"^(?P<pre>[ \t]*(?:#{1,6}\s*|(?:\*\*|__)?\d{1,3}[.)]\s+))(?P<rest>.+)$")
# a bracket in both languages: "(formand / chair)", "(byrådsmedlem / city councillor, A)"
_BRACKET_RE = re.compile(r"\(([^()/]+?)\s+/\s+[^(),/]+((?:,[^()/]*)?)\)")
# a list's entry that opens with a name in both languages: "- Grænselandsudvalget /
# Grenzlandausschuss, 18.09.2024, pkt. 3: …" (its Danish half, then the rest as written)
_LISTED_RE = re.compile(
    r"^(?P<pre>[ \t]*[-*•][ \t]+)(?P<rest>[^/,:\n]{2,60}\s+/\s+[^/,:\n]{2,60})(?=,)")
# a table's row ("| **Dato / Datum** | Onsdag … / Mittwoch … |") and a cell's emphasis
_CELLS_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_EMPHASIS_RE = re.compile(r"^(\s*)(\*\*|__|)(.*?)\2(\s*)$")
_ITALIC_RE = re.compile(r"^\s*(\*|_)(?!\1)\S(?:.*\S)?\1\s*$")
_TAIL_MARK_RE = re.compile(r"\s*(\([^()]+\))\s*$")


def _first_label(line: str) -> re.Match[str] | None:
    m = _FIRST_PAIR_RE.match(line)
    da = m.group("da").strip() if m else ""
    if m and section_name(line[m.start("da"):m.start("post")].strip()):
        return None  # one Danish head naming two things: "Referat / beslutning"
    return m if m and (danish_label(f"{da}:") or danish_label(da) or _VOTE_LABEL_RE.match(da)
                       or CASE_NUMBER_RE.match(f"{da}: {m['value'].strip()}")) else None


def _first_line(m: re.Match[str]) -> str:
    """A Danish-first label's line as its Danish label and the Danish half of its value."""
    value = m.group("value").strip()
    return (f"{m.group('pre')}{m.group('da').strip()}{m.group('post')}"
            f"{' ' if value else ''}{_left(value)}")


def _left(text: str) -> str:
    """The Danish half of "Dansk / English" (a bracket that ends the English half, a
    closed item's mark, goes with the Danish one); the text as it is without one slash."""
    halves = text.split(" / ")
    if len(halves) != 2:
        return text
    mark = _TAIL_MARK_RE.search(halves[1])
    return halves[0].rstrip() + (f" {mark.group(1)}" if mark else "")


def _cell_left(cell: str) -> str:
    m = _EMPHASIS_RE.match(cell)
    return f"{m[1]}{m[2]}{_left(m[3])}{m[2]}{m[4]}" if m else cell


def danish_first(text: str) -> str:
    """The text with its Danish-first pairs read as their Danish half, and without its
    lines wholly in italics (the English translations), when three or more lines are
    labels written so; else the text as it is.

    >>> print(danish_first("**Dato / Date:** 4. juni 2024 / 4 June 2024\\n"
    ...     "**Til stede / Present:** Eva Holm (formand / chair), Bo Ravn\\n"
    ...     "## 1. Godkendelse / Approval (lukket punkt / closed item)\\n"
    ...     "**Beslutning / Decision:**\\nGodkendt.\\n*Approved.*"))
    **Dato:** 4. juni 2024
    **Til stede:** Eva Holm (formand), Bo Ravn
    ## 1. Godkendelse (lukket punkt)
    **Beslutning:**
    Godkendt.
    """
    lines = text.split("\n")
    first = sum(bool(_first_label(ln)) for ln in lines)
    if first < _MIN_LABELS or sum(known for _, known in _pairs(lines)) > first:
        return text  # (more labels Danish after the slash: `danish_half` reads them)
    out: list[str] = []
    for line in lines:
        if _ITALIC_RE.match(line):
            continue  # a translation (or a footer) in italics
        line = _BRACKET_RE.sub(r"(\1\2)", line)
        if _CELLS_RE.match(line):  # a table's row: each cell's Danish half
            out.append("|".join(_cell_left(cell) for cell in line.split("|")))
        elif m := _first_label(line):
            out.append(_first_line(m))
        elif h := _HEADING_RE.match(line) or _LISTED_RE.match(line):
            out.append(h.group("pre") + _left(h.group("rest")) + line[h.end():])
        elif (pair := _TEXT_PAIR_RE.match(line)) and _ENGLISH_WORD_RE.search(pair["en"]):
            out.append(pair["da"])
        else:
            out.append(line)
    return "\n".join(out)
