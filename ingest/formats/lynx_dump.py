"""A web page saved as text with `lynx -dump`, in the form the text reader reads:

* every link carries its reference number in brackets before its text ("Sagsnr.:
  [22]26/00118", "[23]Til toppen", "jf. [25]Aftale om …", "#[1]Gribskov Kommune" for
  a `<link>` in the page's head): the numbers go;
* the numbered list of the links' addresses lynx writes at the end ("References" /
  "Referencer", then "Visible links:" / "Synlige links:" and "Hidden links:" /
  "Skjulte links:" with "1. https://…"): it goes, from its heading on.

Found by structure: the reference numbers count up from 1 in reading order (a
footnote's "[1]" once is not enough), or the list of addresses closes the text.
"""

from __future__ import annotations

import re

_MARK_RE = re.compile(r"#?\[(\d{1,4})\](?=\S)")
_REFERENCES_RE = re.compile(r"^[ \t]*(?:references|referencer|henvisninger)[ \t]*$", re.IGNORECASE)
_LINKS_HEAD_RE = re.compile(r"^[ \t]*(?:visible|hidden|synlige|skjulte)[ \t]+links[ \t]*:?[ \t]*$",
                            re.IGNORECASE)
_ADDRESS_ROW_RE = re.compile(r"^[ \t]*\d{1,4}\.[ \t]+(?:[a-z][\w+.-]*:|/)\S*[ \t]*$")


def _references(lines: list[str]) -> int | None:
    """Where the list of link addresses starts (its heading's line), or None."""
    for k in range(len(lines) - 1, -1, -1):
        if not _REFERENCES_RE.match(lines[k]):
            continue
        rest = [ln for ln in lines[k + 1:] if ln.strip()]
        if rest and _LINKS_HEAD_RE.match(rest[0]) and all(
                _LINKS_HEAD_RE.match(ln) or _ADDRESS_ROW_RE.match(ln) for ln in rest):
            return k
        return None
    return None


def _counted(text: str) -> bool:
    """Whether the bracketed numbers before words count up from 1 (at least three)."""
    numbers = [int(m.group(1)) for m in _MARK_RE.finditer(text)]
    return len(numbers) >= 3 and numbers[:3] == [1, 2, 3] and numbers == sorted(numbers)


def lynx_text(text: str) -> str:
    """The text without lynx's link numbers and list of addresses (see the module's
    docstring); any other text comes back unchanged."""
    lines = text.split("\n")
    cut = _references(lines)
    if cut is None and not _counted(text):
        return text
    body = "\n".join(lines[:cut] if cut is not None else lines)
    return _MARK_RE.sub("", body) if _counted(body) or cut is not None else body
