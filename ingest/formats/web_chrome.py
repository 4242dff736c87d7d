"""A municipal web page printed to PDF in the browser keeps the page's chrome in its text
layer: the cookie banner above the minutes, toolbars of links ("Udfold alle punkter Hent
samlet referat som PDF (3,9 MB) Abonnér på udvalget", "Kopier link til punkt", "Del på
Facebook Del på X Udskriv"), the accordion's "Vis mere" after a shortened paragraph, and
the accordion's glyph before each item's heading ("– Punkt 1: Godkendelse af dagsorden").

Found by structure, not by one site's strings: a banner is a line naming cookies and the
line of consent buttons a few lines below it (a button a line, in its brackets, and the
banner's "Vis detaljer" after them); the skip link and a breadcrumb ("Forside › …") above
the first item are the site's; a toolbar is a line of link labels only,
opening with an imperative, no sentence; the glyph is a dash or triangle before two or more item
headings numbered from 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .digest_ends import item_link

# An accordion's expand/collapse glyph before a heading ("–", "▾", "▸", "+")
_GLYPH_RE = re.compile(r"^[ \t]*[–−▾▸▼▶►+][ \t]+(?=\S)")


def unfolded_items(lines: list[str], number: Callable[[str], str | None]) -> list[str]:
    """The lines without the accordion glyph before the items' headings (`number` gives a
    heading's item number, None for any other line), when two or more headings carry it
    and the first is item 1; any other lines as they are.

    >>> unfolded_items(["– Punkt 1: Godkendelse", "Godkendt.", "– Punkt 2: Budget"],
    ...                lambda s: s.split()[1].rstrip(":") if s.startswith("Punkt") else None)
    ['Punkt 1: Godkendelse', 'Godkendt.', 'Punkt 2: Budget']
    """
    heads = [(k, n) for k, ln in enumerate(lines)
             if (g := _GLYPH_RE.match(ln)) and (n := number(ln[g.end():].strip()))]
    if len(heads) < 2 or heads[0][1] != "1":
        return lines
    cut = {k for k, _ in heads}
    return [_GLYPH_RE.sub("", ln, count=1) if k in cut else ln for k, ln in enumerate(lines)]


# A cookie banner's opening line, and its consent buttons a few lines below (a button
# printed in its frame's brackets: "[ Tillad alle ]")
_COOKIE_RE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT_RE = re.compile(r"^\[?\s*(?:ok|tillad|accepter|acceptér|afvis|godkend|kun\s+nødvendige|"
                         r"tilpas|indstillinger)\b[^.!?\[\]]*\]?$", re.IGNORECASE)
# ... the banner's further buttons and its link to the details, a line each below the first
_BANNER_LINK_RE = re.compile(r"^(?:(?:vis|skjul)\s+detaljer|detaljer|læs\s+mere|"
                             r"cookie-?indstillinger)$", re.IGNORECASE)
# The page's link past its menus for keyboard users: "Gå til indhold", "Spring til indhold"
_SKIP_LINK_RE = re.compile(r"^(?:gå|spring|hop)\s+(?:direkte\s+)?(?:frem\s+)?til\s+"
                           r"(?:hoved)?(?:indhold(?:et)?|menu(?:en)?)$|^skip\s+to\s+(?:main\s+)?"
                           r"content$", re.IGNORECASE)
# A breadcrumb: where the page sits in the site, "Forside › Politik › … › 11.03.2024" (the
# site's menu before it on the same line, as a printed header row gives it)
_CRUMB_RE = re.compile(r"\S\s+[›»]\s+\S[^.!?]*?\s[›»]\s+\S")


def cookie_banner(lines: list[str], end: int) -> set[int]:
    """The lines of a cookie banner above line `end` (the first item): from a line naming
    cookies to the line of buttons (at most five lines below) that answers it.

    >>> sorted(cookie_banner(["Vi bruger cookies på x.dk", "Vi deler ikke dine data.",
    ...                       "Tillad alle Kun nødvendige", "Ældrerådet"], 4))
    [0, 1, 2]
    """
    for k in range(end):
        if not _COOKIE_RE.search(lines[k]):
            continue
        button = next((j for j in range(k, min(end, k + 6)) if _CONSENT_RE.match(lines[j].strip())),
                      None)
        if button is None:
            continue
        while button + 1 < end and (_CONSENT_RE.match(s := lines[button + 1].strip())
                                    or _BANNER_LINK_RE.match(s)):
            button += 1  # ("[ Tillad alle ]" / "[ Kun nødvendige ]" / "Vis detaljer")
        return set(range(k, button + 1))
    return set()


def site_head(lines: list[str], end: int) -> set[int]:
    """The lines above line `end` (the first item) that are the site's, not the minutes':
    the skip link ("Gå til indhold") and a breadcrumb ("Forside › Politik › …", the menu
    printed on its line too).

    >>> sorted(site_head(["Gå til indhold", "Egeby Kommune Borger Politik | Søg Forside ›"
    ...     " Politik › Byrådet", "Byrådet", "Referat"], 4))
    [0, 1]
    """
    return {k for k in range(min(end, len(lines)))
            if _SKIP_LINK_RE.match(lines[k].strip()) or _CRUMB_RE.search(lines[k])}


# The imperatives a page's toolbar links start with, and the words of their objects
_VERBS = frozenset("""hent download kopier kopiér del udskriv print send lyt udfold fold
skjul vis abonnér abonner""".split())
_LINK_OBJECT_RE = re.compile(r"\b(?:link|pdf|facebook|linkedin|e-mail)\b", re.IGNORECASE)


def toolbar_line(line: str) -> bool:
    """A line of a page's toolbar links: it opens with an imperative and either names what
    a link does ("link", "PDF", "Facebook") or holds two imperatives; no sentence.

    >>> toolbar_line("Udfold alle punkter Hent samlet referat som PDF (3,9 MB)")
    True
    >>> toolbar_line("Kopier link til punkt"), toolbar_line("Send til høring")
    (True, False)
    """
    s = _GLYPH_RE.sub("", line.strip())
    words = re.findall(r"[\wæøåÆØÅ-]+", s)
    if not words or words[0].lower() not in _VERBS or s.endswith((".", ":", "!", "?")):
        return False
    verbs = sum(w.lower() in _VERBS for w in words)
    return len(words) <= 24 and (verbs >= 2 or bool(_LINK_OBJECT_RE.search(s)))


# A shortened paragraph's expander: "… Vis mere" at its end, or alone below it
_MORE_RE = re.compile(r"(…|\.\.\.)\s*(?:vis|læs)\s+mere\s*$", re.IGNORECASE)
_MORE_ALONE_RE = re.compile(r"^(?:vis|læs)\s+mere$", re.IGNORECASE)


def chrome_lines(lines: list[str], first: int) -> set[int]:
    """The indices of the page's chrome lines: the cookie banner above line `first` (the
    first item), toolbars, a newsletter's link to the item ("Læs punktet: https://…"), and
    a "Vis mere" alone below a shortened paragraph."""
    drop = cookie_banner(lines, first) | site_head(lines, first) | {k for k, ln in enumerate(lines)
                                          if toolbar_line(ln) or item_link(ln)}
    return drop | {k for k in range(1, len(lines)) if _MORE_ALONE_RE.match(lines[k].strip())
                   and lines[k - 1].rstrip().endswith(("…", "..."))}


def without_more(line: str) -> str:
    """The line without the expander after its ellipsis ("… Vis mere" → "…")."""
    return _MORE_RE.sub(r"\1", line).rstrip() if _MORE_RE.search(line) else line
