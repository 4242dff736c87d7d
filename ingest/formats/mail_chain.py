"""Minutes that reached the file through a chain of e-mails: a reply on top, the cover
mail quoted once ("> "), the minutes' own mail quoted twice (">> ", "> > "), each
message with its greeting, signature and the client's notices.

The minutes are the message quoted as deep as most of the items' section headings
("> > Beslutning:"). What the outer messages wrote above it (a reply's "Til punkt 113 …",
a member's complaint, the attribution "Den 24/02/2012 kl. 09.18 skrev …:") and below it
(their signatures, a data-protection notice, the "-- " signature of the reply) is no part
of the minutes: its item numbers, dates and names would be read as the meeting's. The
lines of the minutes' own message are kept whole, also a line that the quoting client
wrapped a second time, so that its last word stands alone one level less deep between
two lines of the message ("> > … Der" / "> kan" / "> > ikke svares …"): that word is
joined back to its line, no paragraph or item of its own ("> 18" no item 18).

A text whose headings stand unquoted (the minutes themselves, perhaps quoting a letter)
is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

# The rule a client puts above a quoted message: "-----Oprindelig meddelelse-----",
# "-------- Videresendt meddelelse --------", "---------- Forwarded message ---------"
FORWARD_RULE_RE = re.compile(r"^[ \t]*-{2,}\s*(?:oprindelig|original|videresendt|forwarded)\s+"
                             r"(?:meddelelse|message|besked)\s*-*\s*$", re.IGNORECASE)
# A reply's attribution line: "Den 24/02/2012 kl. 09.18 skrev "Hans" <…>:",
# "Den 15-06-2021 kl. 08:57 skrev Birgit Holm:", "On 3 May 2024, at 10:12, Bo wrote:"
ATTRIBUTION_RE = re.compile(r"^[ \t>]*(?:den|on|d\.)\s+\S.{0,80}\b(?:skrev|wrote)\b.{0,120}:\s*$",
                            re.IGNORECASE)
_PREFIX_RE = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# The fewest section headings at one depth that make that depth the minutes'
MIN_QUOTED_HEADINGS = 3


def _depth(line: str) -> int:
    """How deep the line is quoted (">> " and "> > " both 2)."""
    prefix = _PREFIX_RE.match(line)
    return prefix.group(0).count(">") if prefix else 0


def _headed_depth(lines: list[str]) -> int:
    """The depth most section headings ("Beslutning:", "Sagsfremstilling") stand at, 0
    when too few stand anywhere."""
    from .text_sections import section_name  # (the header readers import this module)

    depths = Counter(_depth(ln) for ln in lines
                     if section_name(_PREFIX_RE.sub("", ln).strip().rstrip(":").strip()))
    if not depths:
        return 0
    depth, count = depths.most_common(1)[0]
    return depth if count >= MIN_QUOTED_HEADINGS else 0


def _rejoined(lines: list[str], depth: int) -> list[str]:
    """The lines of the message at `depth`, each text line a client wrapped again (its
    tail one level less deep, between two lines of the message) whole again."""
    out: list[str] = []
    for k, line in enumerate(lines):
        tail = 0 < k < len(lines) - 1 and _depth(line) < depth and line.strip(" \t>") and all(
            _depth(n) == depth and n.strip(" \t>") for n in (lines[k - 1], lines[k + 1]))
        if tail and out:
            out[-1] = f"{out[-1].rstrip()} {_PREFIX_RE.sub('', line).strip()}"
        else:
            out.append(line)
    return out


def quoted_minutes(text: str) -> str:
    """The message of a mail chain that holds the minutes, its quote marks kept (the line
    reader drops them); `text` itself when the minutes are not quoted.

    >>> chain = ("Tak. Til punkt 3 vil jeg gerne …\\n\\nDen 1/2 kl. 9 skrev Bo:\\n"
    ...          "> Hermed referatet\\n>\\n>> 1. Godkendelse\\n>> Beslutning:\\n>> Godkendt."
    ...          "\\n>>\\n>> 2. Salg\\n>> Sagsfremstilling:\\n>> Arealet sælges for\\n> 18\\n"
    ...          ">> mio. kr.\\n>> Beslutning:\\n>> Anbefales.\\n>\\n> Bo Dam\\n\\n-- \\nKarl")
    >>> print(quoted_minutes(chain))
    >> 1. Godkendelse
    >> Beslutning:
    >> Godkendt.
    >>
    >> 2. Salg
    >> Sagsfremstilling:
    >> Arealet sælges for 18
    >> mio. kr.
    >> Beslutning:
    >> Anbefales.
    """
    lines = text.split("\n")
    depth = _headed_depth(lines)
    if depth == 0:
        return text
    inside = [k for k, ln in enumerate(lines) if _depth(ln) >= depth]
    first, last = inside[0], inside[-1]
    return "\n".join(_rejoined(lines[first:last + 1], depth))
