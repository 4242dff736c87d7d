"""Minutes signed through an e-signature service (Penneo, DocuSign, Visma Addo): the
service's stamp with the document's key on every page ("Penneo dokumentnøgle: 4HJ2K-…",
"DocuSign Envelope ID: 6F1C…") is page furniture, and the typed block of who signs
("Underskrevet af" / "Birgitte Lund (A)      Ole Svendsen" / "formand      næstformand")
names the members who approved the minutes: those who took part, when the head lists
only who was absent. The service's own signature page after it is no text (the block's
heading ends the minutes: `text_dividers.minutes_end`)."""

from __future__ import annotations

import re

from referat.domain import Participant

from .text_people import looks_like_name, person

# "Penneo dokumentnøgle: 4HJ2K-PLQ8X-3N7TA-Z0WQY", "DocuSign Envelope ID: 6F1C2A9B-…"
SIGNING_STAMP_RE = re.compile(
    r"^(?:penneo\s+)?(?:dokumentnøgle|document\s+key|docusign\s+envelope\s+id|"
    r"envelope\s+id|addo\s+dokument-?id)\s*:\s*[A-Z0-9]{4,}(?:-[A-Z0-9]{3,})+$", re.IGNORECASE)
# The block's heading: "Underskrevet af", "Underskrevet af:"
SIGNED_BY_RE = re.compile(r"^underskrevet\s+af\s*:?$", re.IGNORECASE)


def signers(lines: list[str], at: int) -> list[Participant]:
    """Who signs under "Underskrevet af" at line `at`: each name (side by side names
    cut where two or more spaces part them) with the role printed below it; [] when
    line `at` is no such heading.

    >>> [(p.name, p.role) for p in signers(["Underskrevet af", "",
    ...     "Birgitte Lund (A)      Ole Svendsen", "formand      næstformand"], 0)]
    [('Birgitte Lund (A)', 'formand'), ('Ole Svendsen', 'næstformand')]
    """
    if at >= len(lines) or not SIGNED_BY_RE.match(lines[at].strip()):
        return []
    found: list[Participant] = []
    rows = [ln.strip() for ln in lines[at + 1:]]
    k = 0
    while k < len(rows):
        if not rows[k]:
            k += 1
            continue
        names = re.split(r"\s{2,}", rows[k])
        if not all(looks_like_name(n) for n in names):
            break  # the service's own page ("Underskrifterne i dette dokument …")
        roles = re.split(r"\s{2,}", rows[k + 1]) if k + 1 < len(rows) else []
        titled = len(roles) == len(names) and all(r[:1].islower() for r in roles)
        for n, name in enumerate(names):
            found.append(person(name))
            found[-1].role = found[-1].role or (roles[n] if titled else "")
        k += 2 if titled else 1
    return found
