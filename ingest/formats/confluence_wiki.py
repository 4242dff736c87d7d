"""Minutes kept on a Confluence page and exported (or pasted) as its wiki markup:

    h1. Referat: Social- og Sundhedsudvalget 2024-04-23
    {panel:title=Mødeinfo}
    *Deltagere:* [~kirsten.bak] Kirsten Bak (A) (formand), Morten Friis (V)
    {panel}
    h2. 1. Godkendelse af dagsorden
    *Beslutning*
    {info}Godkendt.{info}

read as plain text: a heading's "h1." / "h2." mark dropped (the line stays a line of its
own), macros ("{panel}", "{toc}", "{info}", "{note}" …) and user mentions ("[~user]")
removed, a link "[text|url]" kept as its text, a "----" rule and the status icons "(/)"
"(x)" gone. Only a text with the markup's own headings and macros is changed.
"""

from __future__ import annotations

import re

_HEADING_RE = re.compile(r"(?m)^[ \t]*h[1-6]\.[ \t]+(?=\S)")
_MACRO_RE = re.compile(r"\{(?:panel|toc|info|note|tip|warning|expand|section|column|code|"
                       r"noformat|quote|status|anchor)(?::[^{}\n]*)?\}", re.IGNORECASE)
_MENTION_RE = re.compile(r"\[~[^\]\s]+\]\s*")
_LINK_RE = re.compile(r"\[([^|\]\n]+)\|[^\]\n]+\]")
_RULE_RE = re.compile(r"(?m)^[ \t]*-{4,}[ \t]*$")
_ICON_RE = re.compile(r"\((?:/|x|!|i|\?|on|off)\)\s?")


def is_confluence(text: str) -> bool:
    """Two or more "hN." headings, or one and a macro: Confluence's wiki markup."""
    headings = len(_HEADING_RE.findall(text))
    return headings >= 2 or (headings == 1 and bool(_MACRO_RE.search(text)))


def confluence_text(text: str) -> str:
    """The page's text without its markup (unchanged when it is no Confluence page).

    >>> confluence_text("h2. 1. Klagesag\\n{note}Lukket punkt{note}\\n*Beslutning*\\nGodkendt.")
    '1. Klagesag\\nLukket punkt\\n*Beslutning*\\nGodkendt.'
    """
    if not is_confluence(text):
        return text
    text = _HEADING_RE.sub("", text)
    text = _MACRO_RE.sub("", text)
    text = _MENTION_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _ICON_RE.sub("", text)
    return _RULE_RE.sub("", text)
