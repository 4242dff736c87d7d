"""Minutes signed through an e-signature service (Penneo, DocuSign, Visma Addo): the
service's stamp with the document's key on every page ("Penneo dokumentnøgle: 4HJ2K-…",
"DocuSign Envelope ID: 6F1C…") is page furniture, and the typed block of who signs
("Underskrevet af" / "Birgitte Lund (A)      Ole Svendsen" / "formand      næstformand")
names the members who approved the minutes: those who took part, when the head lists
only who was absent. The service's own signature page after it is no text (the block's
heading ends the minutes: `text_dividers.minutes_end`). A block of names side by side
after the last item, without any heading, is where the members signed too
(`bare_signatures`)."""

from __future__ import annotations

import re

from referat.domain import Participant

from .text_people import looks_like_name, person

# "Penneo dokumentnøgle: 4HJ2K-PLQ8X-3N7TA-Z0WQY", "DocuSign Envelope ID: 6F1C2A9B-…"
SIGNING_STAMP_RE = re.compile(
    r"^(?:penneo\s+)?(?:dokumentnøgle|document\s+key|docusign\s+envelope\s+id|"
    r"envelope\s+id|addo\s+dokument-?id)\s*:\s*[A-Z0-9]{4,}(?:-[A-Z0-9]{3,})+$", re.IGNORECASE)
# The block's heading: "Underskrevet af", "Underskrevet af:", and "Referatet godkendt:"
# above the names (with its colon: "Referatet godkendt." is an item's decision)
SIGNED_BY_RE = re.compile(r"^underskrevet\s+af\s*:?$|^(?:referatet|protokollen)\s+(?:er\s+)?"
                          r"godkendt(?:\s+af)?\s*:$", re.IGNORECASE)
# the signer's title on the line under the name, in lower case: "formand", "referent"
SIGNER_ROLE_RE = re.compile(r"^(?:udvalgs|næst|vice)?(?:formand|borgmester|referent|sekretær)"
                            r"(?:\s+for\s+\S.{0,60})?$", re.IGNORECASE)


def roles_row(line: str) -> bool:
    """A line of the signers' titles side by side, under their names ("formand
    sekretær", two or more spaces apart).

    >>> roles_row("formand          sekretær"), roles_row("Godkendt.")
    (True, False)
    """
    parts = re.split(r"\s{2,}", line.strip())
    return all(SIGNER_ROLE_RE.match(p) for p in parts)


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


def _names_row(line: str) -> int:
    """How many names a line holds side by side (parted by two or more spaces); 0 when
    any part of it is no name."""
    parts = re.split(r"\s{2,}", line.strip())
    return len(parts) if all(looks_like_name(p) for p in parts) else 0


def bare_signatures(lines: list[str], first: int, end: int) -> int | None:
    """Where a signature block without a heading starts: the text's last lines are only
    names, after a blank line, and one of them holds two or more side by side (where
    each member signed: "Per Kragh        Lise Bøgh        Niels Vad" / "Anja Holt");
    None when the text does not end so (a decision's one name stays).

    >>> bare_signatures(["Beslutning", "Godkendt.", "", "Per Kragh    Lise Bøgh",
    ...                  "Anja Holt"], 0, 5)
    3
    >>> bare_signatures(["Intet.", "", "Eva Holm     Ulla Ny", "formand     sekretær"], 0, 4)
    2
    """
    k = end
    while k > first and not lines[k - 1].strip():
        k -= 1
    start, widest = k, 0
    while start > first and lines[start - 1].strip() and (
            (n := _names_row(lines[start - 1])) or roles_row(lines[start - 1])):
        start, widest = start - 1, max(widest, n)  # (the titles under the names too)
    if widest < 2 or start == k or start <= first or lines[start - 1].strip():
        return None
    return start
