"""The lines a short form of the minutes (a newsletter, a press release, a news page, a
decision overview) prints around its items, none of them an item's text:

* a link to read one item in the full agenda, under that item's text ("Læs punktet:
  https://…#punkt-4", "Læs punktet på dagsordenen ›");
* after the last item, a pointer to the full minutes ("Hele referatet fra mødet: https://…",
  "Læs hele referatet fra mødet", "Det godkendte referat … offentliggøres på vejen.dk.")
  or a note on how the short form was made ("Oversigten er udarbejdet af sekretariatet …
  umiddelbart efter mødet."), and a press contact block ("Yderligere oplysninger:" /
  "Pressekontakt:" / "Kontakt" over names, phone numbers and e-mail addresses); a
  meeting app's notice that its notes were generated ("Indholdet er genereret med
  Microsoft 365 Copilot … og kan indeholde fejl.").

Such a pointer or contact heading after the last item's text ends the minutes when only
short lines follow it (a next meeting's day, a greeting, the sender's address)."""

from __future__ import annotations

import re
from collections.abc import Callable

# "Læs punktet: https://…", "Læs punktet på dagsordenen ›", "Se sagen i dagsordenen"
_ITEM_LINK_RE = re.compile(r"^(?:læs|se)\s+(?:punktet|sagen)\b[^.!?]{0,40}?(?::\s*\S+|\s*[›»>])?$",
                           re.IGNORECASE)
# "Hele referatet fra mødet: https://…", "Læs hele referatet fra mødet", "Se hele referatet";
# a sentence saying where the full minutes are ("Det godkendte referat med
# sagsfremstillinger offentliggøres på vejen.dk.", "Dagsordenen og det fulde referat kan
# læses på …", "Referatet i sin helhed kan ses på skive.dk, når det er godkendt.") or how
# the short form was made ("Oversigten er udarbejdet af …")
_FULL_RECORD_RE = re.compile(
    r"^(?:(?:læs|se)\s+)?hele\s+(?:referatet|dagsordenen|protokollen)\b[^.!?]{0,40}?"
    r"(?::\s*\S+|\s*[›»>])?$"
    r"|^(?:det\s+(?:godkendte|fulde|samlede|endelige)\s+referat|referatet\s+i\s+sin\s+helhed|"
    r"dagsordenen\s+og\s+(?:det\s+fulde\s+)?"
    r"referatet?)\b.{0,80}?\b(?:offentliggøres|kan\s+(?:læses|ses|findes))\b"
    r"|^(?:oversigten|beslutningsoversigten|listen|pressemeddelelsen)\s+er\s+udarbejdet\s+af\b"
    # (a meeting app's notice that a language model wrote the notes: "Indholdet er genereret
    # med Microsoft 365 Copilot … og kan indeholde fejl.")
    r"|^(?:indholdet|referatet|mødenoterne|noterne|opsummeringen|teksten)\s+er\s+"
    r"(?:\w+\s+)?(?:genereret|udarbejdet|skrevet)\s+(?:med|af|ved\s+hjælp\s+af)\b.{0,120}?"
    r"\bkan\s+indeholde\s+fejl\b",
    re.IGNORECASE)
# A press contact block's heading: "Yderligere oplysninger:", "Pressekontakt:", "Kontakt"
_CONTACT_HEAD_RE = re.compile(r"^(?:yderligere\s+(?:oplysninger|information)|pressekontakt|"
                              r"kontakt(?:person(?:er)?)?)\s*:?$", re.IGNORECASE)
# A site's footer of contact details: "Billund Kommune · Jorden Rundt 1 · 7190 Billund ·
# +45 79 72 72 00 · billund@billund.dk" (three or more parts, a phone number or an e-mail)
_CONTACT_LINE_RE = re.compile(r"^(?=.*(?:@[\w-]+\.[a-z]{2,}|\+?\d{2}(?:\s?\d{2}){3}))"
                              r"[^·|]+(?:\s[·|]\s[^·|]+){2,}$")
_RULE_RE = re.compile(r"^[-=_*~]{5,}$")
_AFTER_LINES = 12  # the short lines a pointer may have below it: greeting, contacts, address
_SHORT = 100


def item_link(line: str) -> bool:
    """A link to read the item in the full agenda: no text of the item.

    >>> item_link("Læs punktet: https://holbaek.dk/politik/byraadet#punkt-4")
    True
    >>> item_link("Læs punktet på dagsordenen ›"), item_link("Se sagen kort herunder.")
    (True, False)
    """
    return bool(_ITEM_LINK_RE.match(line.strip()))


def digest_end(lines: list[str], first: int, end: int,
               is_section: Callable[[str], bool]) -> int:
    """Where the last item's text ends before a pointer to the full minutes, a contact
    block or a footer's line of contact details (`end` when there is none): the text
    above it ends a sentence, and no more than a few short lines, none a section heading,
    follow it."""
    for i in range(first + 1, end):
        s = lines[i].strip()
        if not (_FULL_RECORD_RE.match(s) or _CONTACT_HEAD_RE.match(s)
                or _CONTACT_LINE_RE.match(s)):
            continue
        above = next((t for ln in reversed(lines[first:i]) if (t := ln.strip())
                      and not _RULE_RE.match(t)), "")  # (a newsletter's rule between)
        below = [t for ln in lines[i + 1:end] if (t := ln.strip())]
        if above.endswith((".", "!", "?", ")", "]")) and len(below) <= _AFTER_LINES and all(
                len(t) <= _SHORT and not is_section(t) for t in below):
            return i
    return end
