"""A page's own footer block in a word processor's template: the municipality's name with
its department (or address) below it, right above the page's counter, as a Word
template prints on the front page only ("SAMSØ KOMMUNE" / "Teknik og Miljø" / "Side 1 af
4"). Printed once, it repeats on no other page, so the rules for running furniture miss
it, and the front page's last item would end its decision with the letterhead.

A template that prints the name at the foot of most pages prints it at the top of the
others (a page of signatures, the contents), right under the running header: there it is
the same furniture (`foot_letterheads`), no line of the text the page holds. So are the
lines the block holds below the name ("Referat - Økonomiudvalget - 03.02.2026") at the foot
of a page that prints the name at its top instead (`foot_block_lines`): the page's footer.
"""

from __future__ import annotations

import re
from collections import Counter

from .structure_lines import is_structure

# The municipality's name alone on its line, as a letterhead prints it, in capitals too
_LETTERHEAD_RE = re.compile(r"^(?:[A-ZÆØÅ][\w.-]*\s+){1,3}(?:Kommune|KOMMUNE)$")
# The page's counter closing the page: "Side 1 af 4", "Side 1"
_COUNTER_RE = re.compile(r"^(?:side|page)\s*\d+(?:\s*(?:af|/|of)\s*\d+)?$", re.IGNORECASE)
_BELOW = 2  # the department's (or address's) lines below the name, at most
_SHORT = 60


def without_letterhead_foot(page: list[str]) -> list[str]:
    """The page without the letterhead block right above its closing counter: the name,
    then at most two short lines that are no sentence and no section's heading; the page
    as it is otherwise.

    >>> without_letterhead_foot(["Beslutning: Godkendt.", "SAMSØ KOMMUNE", " Teknik og Miljø",
    ...                          "Side 1 af 4"])
    ['Beslutning: Godkendt.', 'Side 1 af 4']
    >>> without_letterhead_foot(["Beslutning: Godkendt.", "Side 1 af 4"])
    ['Beslutning: Godkendt.', 'Side 1 af 4']
    """
    filled = [k for k, ln in enumerate(page) if ln.strip()]
    if len(filled) < 3 or not _COUNTER_RE.match(page[filled[-1]].strip()):
        return page
    for depth in range(_BELOW + 1):
        if len(filled) < depth + 3:
            break
        name = filled[-2 - depth]
        below = [page[k].strip() for k in filled[-1 - depth:-1]]
        if _LETTERHEAD_RE.match(page[name].strip()) and all(
                len(ln) <= _SHORT and not ln.endswith((".", "!", "?", ":", ","))
                and not is_structure(ln) for ln in below):
            return page[:name] + page[filled[-1]:]
    return page


def foot_letterheads(pages: list[list[str]]) -> list[str]:
    """The letterhead names `without_letterhead_foot` takes from the foot of two pages or
    more: the template's own, wherever else a page prints it.

    >>> foot_letterheads([["Godkendt.", "Odder Kommune", "Side 2 af 3"]] * 2)
    ['Odder Kommune']
    """
    names: Counter[str] = Counter()
    for page in pages:
        kept = without_letterhead_foot(page)
        if len(kept) < len(page):
            names.update({ln.strip() for ln in page if _LETTERHEAD_RE.match(ln.strip())}
                         - {ln.strip() for ln in kept})
    return [name for name, n in names.items() if n >= 2]


def foot_block_lines(pages: list[list[str]]) -> list[str]:
    """The lines below the name in the letterhead blocks `without_letterhead_foot` takes
    from the foot of two pages or more (the running header drawn last, the footer under
    it): the same footer where a page prints it without the name above it.

    >>> foot_block_lines([["Godkendt.", "Odder Kommune", "Referat 3.2.2026", "Side 2 af 3"]] * 2)
    ['Referat 3.2.2026']
    """
    lines: Counter[str] = Counter()
    for page in pages:
        kept = without_letterhead_foot(page)
        if len(kept) < len(page):
            name = next(k for k in range(len(page)) if k >= len(kept) or page[k] != kept[k])
            block = page[name + 1:name + len(page) - len(kept)]  # (below the name)
            lines.update({ln.strip() for ln in block if ln.strip()})
    return [line for line, n in lines.items() if n >= 2]
