"""An e-mail reply whose minutes are the decisions typed, unquoted, under each item of
the quoted agenda (a local council's or a board's chair answering the invitation):

    Til stede: Karin Skov (formand), Erik Thomsen
    Venlig hilsen
    Karin Skov
    Formand, Lokalrådet Lyngholm
    -----Oprindelig meddelelse-----
    > 1. Godkendelse af dagsorden
    >    Indstilling: At dagsordenen godkendes.

    Godkendt.

    > 2. Eventuelt
    > Vh Karin

read as minutes: the text typed under a quoted item is that item's decision (a
"Beslutning:" label put above it), the quote marks go, and the sign-offs ("Venlig
hilsen" and the name and title below it, "Vh Karin") are dropped, so the signature
is not read as the committee nor as an item's text. Only a text with two or more quoted
numbered items and an unquoted answer under one of them is changed.
"""

from __future__ import annotations

import re

_QUOTE_RE = re.compile(r"^[ \t]*>")
_QUOTED_ITEM_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+[ \t]*\d{1,3}[.)][ \t]+\S")
_QUOTED_DECISION_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+[ \t]*\**beslutning\b", re.IGNORECASE)
# an Obsidian callout's first line: "> [!abstract] Dagsorden", "> [!info]- Sagsfremstilling"
_CALLOUT_RE = re.compile(r"^[ \t]*>[ \t]*\[![\w-]+\]")
_GREETING_RE = re.compile(r"^[ \t>]*(?:(?:med\s+)?venlig(?:st)?\s+hilsen|m?vh\.?|hilsen|"
                          r"de\s+bedste\s+hilsner|kh\.?)(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"^[ \t]*-{2,}\s*(?:oprindelig|original|videresendt|forwarded)\b.*$",
                           re.IGNORECASE)


def is_answered_mail(lines: list[str]) -> bool:
    """Quoted numbered items, and text typed unquoted below one of them (quoted minutes
    that hold decisions of their own are no agenda being answered)."""
    first = next((k for k, ln in enumerate(lines) if _QUOTED_ITEM_RE.match(ln)), None)
    if first is None or sum(bool(_QUOTED_ITEM_RE.match(ln)) for ln in lines) < 2:
        return False
    if any(_QUOTED_DECISION_RE.match(ln) or _CALLOUT_RE.match(ln) for ln in lines):
        return False  # (a Markdown note's callout "> [!abstract] Dagsorden" is no quote)
    return any(ln.strip() and not _QUOTE_RE.match(ln) for ln in lines[first:])


def answered_mail(text: str) -> str:
    """The reply as minutes (unchanged when it is no such reply).

    >>> print(answered_mail("> 1. Godkendelse\\n>  Indstilling: At godkende.\\n\\nGodkendt."
    ...                     "\\n\\n> 2. Eventuelt\\n\\nIntet.\\n>\\n> Vh Karin"))
    1. Godkendelse
     Indstilling: At godkende.
    <BLANKLINE>
    Beslutning:
    Godkendt.
    <BLANKLINE>
    2. Eventuelt
    <BLANKLINE>
    Beslutning:
    Intet.
    <BLANKLINE>
    """
    lines = text.split("\n")
    if not is_answered_mail(lines):
        return text
    out: list[str] = []
    in_item = answered = signing = False
    for line in lines:
        quoted = bool(_QUOTE_RE.match(line))
        if _GREETING_RE.match(line) or _SEPARATOR_RE.match(line):
            signing = True  # (the greeting, the name and title below it)
            continue
        if signing and line.strip(" >\t"):
            continue
        signing = False
        if _QUOTED_ITEM_RE.match(line):
            in_item, answered = True, False
        if quoted:
            out.append(re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line))
            continue
        if in_item and line.strip() and not answered:
            out.append("Beslutning:")
            answered = True
        out.append(line)
    return "\n".join(out)
