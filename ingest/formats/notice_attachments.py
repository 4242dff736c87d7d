"""A list of attachments inside one of an item's lettered notices ("Meddelelser" in
eDoc: "a.", "b.", "c." each on a line of its own over the notice's text), read as the
item's "Bilag" section, took the notices after it along:

    a. / Borgmesterens meddelelser …
    b. / Status på modtagelse af flygtninge
    Bilag / 2015-127610 - Status på boligplacering …
    c. / KL's Kommunalpolitiske Topmøde …

The "Bilag" is notice b.'s list, and notice c. is the item's text again: the list goes
back into the case text under its label, the next notice after it, so that no notice
is left in a section that is not searched as text (`chunk` embeds no "Bilag"). Known by
structure: the case text above holds the letters before, one a line, and the list holds
the next letter on a line of its own (or ending a line an attachment's entry wraps into:
"…, maj 2019 c.")."""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Section

_CASE_PARTS = ("Sagsfremstilling", "Beskrivelse")
_LETTER_LINE_RE = re.compile(r"^([a-z])\.$")


def notice_attachments(item: AgendaItem) -> None:
    """The item's "Bilag" inside its lettered notices folded back into the case text above
    it (in place), when the list holds the next notice's letter; each such list in turn
    (notice c.'s own list then holds d.).

    >>> item = AgendaItem(1, "Meddelelser", sections=[Section("Sagsfremstilling",
    ...     "a.\\nMøde i KL\\nb.\\nStatus"), Section("Bilag", "24-1 - Notat\\nc.\\nKonference"),
    ...     Section("Beslutning", "Taget til efterretning.")])
    >>> notice_attachments(item); [s.name for s in item.sections]
    ['Sagsfremstilling', 'Beslutning']
    >>> item.sections[0].text.split("\\n")[4:]
    ['', 'Bilag:', '24-1 - Notat', '', 'c.', 'Konference']
    """
    while _fold_one(item):
        pass


def _fold_one(item: AgendaItem) -> bool:
    """One list folded back into the case text above it; whether there was one."""
    for k in range(1, len(item.sections)):
        above, listed = item.sections[k - 1], item.sections[k]
        if listed.name != "Bilag" or above.name not in _CASE_PARTS:
            continue
        letters = [m.group(1) for ln in above.text.split("\n")
                   if (m := _LETTER_LINE_RE.match(ln.strip()))]
        if not letters or letters != [chr(ord("a") + n) for n in range(len(letters))]:
            continue
        split = _next_notice(listed.text.split("\n"), chr(ord(letters[-1]) + 1))
        if split is None:
            continue
        entries, rest = split
        text = "\n".join([above.text, "", "Bilag:", *entries, "", *rest]).strip()
        item.sections[k - 1:k + 1] = [Section(above.name, re.sub(r"\n{3,}", "\n\n", text))]
        return True
    return False


def _next_notice(lines: list[str], letter: str) -> tuple[list[str], list[str]] | None:
    """The list's entries and, from the next notice's letter on, that notice; None when
    the list holds no such letter."""
    for k, line in enumerate(lines):
        s = line.strip()
        if s == f"{letter}.":
            return lines[:k], lines[k:]
        if s.endswith(f" {letter}.") and k + 1 < len(lines):  # ("…, maj 2019 c.": wrapped in)
            return [*lines[:k], s[:-len(letter) - 2].rstrip()], [f"{letter}.", *lines[k + 1:]]
    return None
