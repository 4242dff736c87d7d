"""An item heading whose right-hand column holds the item's status or case number while
its title wraps onto lines indented as the title's first word, as `pdftotext -layout`
prints an older ESDH system's headings:

    302.    Budgetopfølgning pr. 31. oktober 2012 - Teknik- og    Sagsnr.: 12/22841
            Miljøudvalgets område
    3.      Kvalitetsrapport … - opfølgning på                    Åben sag
            handleplanen

The value in the right-hand column goes on a line of its own after the title's last
line, where a status or a case number under the title is read. Read where it stood, the
case number was cut off the first line and the title's wrapped rest became the item's
first text. A wrapped line is a line indented to the title's column that is no fact of
its own (a "Label: value" line, a case number, the "LUKKET PUNKT" mark under the title),
at most `_MAX_WRAPPED` of them after a case number; a long title may leave only one or
two spaces before a labelled case number ("… boliger ved  Sag nr.: 01.02.05-P16-3-10").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .closed_marks import mark_line
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE
from .text_items import JOURNAL_RE

# The status far right: "… - opfølgning på        Åben sag"
_MARK_RIGHT_RE = re.compile(r"^(?P<head>\s*\S+\s+)(?P<title>\S.*?)\s{4,}"
                            r"(?P<tail>(?i:åben|åbent|lukket)\s+(?i:sag|punkt))\s*$")
# A labelled case number far right, its label telling it from the title's words:
# "… Teknik- og Miljøudvalgets      Sagsnr.: 12/22841", "… boliger ved  Sag nr.: 01.02…"
_CASE_RIGHT_RE = re.compile(
    r"^(?P<head>\s*\S+\s+)(?P<title>\S.*?)\s+"
    r"(?P<tail>(?i:sagsnr|sags nr|sagsnummer|sag nr|j\.\s?nr|journalnr)\.?\s*:?\s*\S*\d\S*)\s*$")
# A bare case number far right, four spaces or more before it: "…    12/22841"
_BARE_RIGHT_RE = re.compile(r"^(?P<head>\s*\S+\s+)(?P<title>\S.*?)\s{4,}(?P<tail>\S+)\s*$")
_MAX_WRAPPED = 2  # a title's wrapped lines below a case number's heading
_INDENT_TOLERANCE = 1  # characters a wrapped line may stand off the title's column
_LABEL_RE = re.compile(r"^[A-ZÆØÅa-zæøå][\w .-]{1,30}:\s*\S")


def _split(line: str) -> tuple[re.Match[str], bool] | None:
    """The heading's parts (its number's column, title and right-hand value) and whether
    the value is a case number; None for a line with no such value."""
    if m := _MARK_RIGHT_RE.match(line):
        return m, False
    if (m := _CASE_RIGHT_RE.match(line)) and CASE_NUMBER_RE.match(m["tail"]):
        return m, True
    if (m := _BARE_RIGHT_RE.match(line)) and (
            BARE_CASE_RE.match(m["tail"]) or JOURNAL_RE.match(m["tail"])):
        return m, True
    return None


def _wrapped(line: str, col: int) -> bool:
    """A line that continues a title beginning at `col`."""
    s = line.strip()
    return bool(s) and abs(len(line) - len(line.lstrip()) - col) <= _INDENT_TOLERANCE and not (
        _LABEL_RE.match(s) or CASE_NUMBER_RE.match(s) or mark_line(s))


def wrapped_heads(lines: list[str], is_heading: Callable[[str], bool]) -> list[str]:
    """The lines with each item heading's right-hand status or case number written on a
    line of its own below its wrapped title (see the module's note); a heading whose title
    does not wrap is left to the readers of a heading's right-hand column.

    >>> wrapped_heads(["4.   Lokalplan nr. 12 - boliger ved      Sagsnr.: 24/1201",
    ...                "     Skovvej", "", "Resumé"], lambda s: s.startswith("4."))
    ['4.   Lokalplan nr. 12 - boliger ved', '     Skovvej', 'Sagsnr.: 24/1201', '', 'Resumé']
    """
    out: list[str] = []
    tails: dict[int, str] = {}  # the line after which a heading's value goes
    for i, line in enumerate(lines):
        if is_heading(line) and (found := _split(line)):
            m, case = found
            col, k = len(m["head"]), i + 1
            while k < len(lines) and _wrapped(lines[k], col) and not (
                    case and k - i > _MAX_WRAPPED):
                k += 1
            if k > i + 1:
                line, tails[k - 1] = m["head"] + m["title"], m["tail"]
        out += [line, tails[i]] if i in tails else [line]
    return out
