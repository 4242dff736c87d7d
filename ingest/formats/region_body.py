"""A region's own body ("Regionsrådet", "Regionsrådets forretningsudvalg") meets for
the region, never for the town its address names ("Niels Bohrs Vej 30, 9220 Aalborg
Øst"): when no letterhead names the authority, the region its text names ("Årsregnskab
2024 for Region Nordjylland") is the minutes' authority, as a region's letterhead makes
it elsewhere (`municipality.municipality_in`).

A region's newsletter or letter that names no municipality signs as the region: its
copyright line ("© 2025 Region Midtjylland"), its address line ("Region Midtjylland ·
Skottenborg 26 · 8800 Viborg") or a signature's last part ("Redaktør, Kommunikation,
Region Midtjylland") names the sender, whatever body met.

An amt's body ("Amtsrådet", before 2007) meets for the amt its text names ("Vejle Amt"),
never for a municipality its items name (`body_amt`).

A body of all the municipalities in a region ("KKR Nordjylland", the Kommunekontaktråd)
meets for none of them: neither the town it meets in nor a member's municipality its
members' table names is its authority, the body itself is (`municipalities_body`); so
is a partnership several municipalities own ("Affaldsselskabet X I/S")."""

from __future__ import annotations

import re
from collections import Counter

from referat.municipalities import MUNICIPALITIES, REGIONS

from .municipality import first_lines

# the body of a region: its council, a committee of it, or the region by its name
_REGION_BODY_RE = re.compile(r"^(?:regionsråd|region\s)", re.IGNORECASE)
_REGION_RE = re.compile(rf"\bRegion\s+({'|'.join(sorted(REGIONS))})\b")


def body_region(committee: str, text: str) -> str | None:
    """The region a region's body meets for, as its text names it; None for any other
    body, or when the text names no region.

    >>> body_region("Regionsrådet", "Regionshuset, 9220 Aalborg Øst\\n2. Regnskab for "
    ...             "Region Nordjylland")
    'Region Nordjylland'
    >>> body_region("Økonomiudvalget", "Aftale med Region Nordjylland") is None
    True
    """
    return _met_for(committee, text, _REGION_BODY_RE, _REGION_RE, "Region {}")


def _met_for(committee: str, text: str, body: re.Pattern[str], named: re.Pattern[str],
             form: str) -> str | None:
    """The authority a `body` of it meets for, the one its text names most (`form` of the
    name `named` reads); None for any other body, or when the text names none."""
    if not body.match(committee.strip()):
        return None
    found = Counter(named.findall(text))
    return form.format(found.most_common(1)[0][0]) if found else None


# an amt's own body (before 2007): its council or a committee of it
_AMT_BODY_RE = re.compile(r"^amts(?:råd|udvalg)", re.IGNORECASE)
_AMT_RE = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+) (?:Amt|Amtskommune)\b")


def body_amt(committee: str, text: str) -> str | None:
    """The amt an amt's body ("Amtsrådet", "Amtsudvalget") meets for, as its text names
    it ("Årsregnskab 2001 for Vejle Amt"), never a town its items name; None for any
    other body, or when the text names no amt.

    >>> body_amt("Amtsrådet", "Invitation fra Fredericia Kommune. Regnskab for Vejle Amt")
    'Vejle Amt'
    >>> body_amt("Byrådet", "Regnskab for Vejle Amt") is None
    True
    """
    return _met_for(committee, text, _AMT_BODY_RE, _AMT_RE, "{} Amt")


_REGIONS = "|".join(sorted(REGIONS))
# the region as the sender: "© 2025 Region X", "Region X · Street 26 · 8800 Town", a
# signature's line ending in ", Region X"
_SENDER_RE = re.compile(
    rf"(?m)^[ \t]*(?:(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s+)?Region\s+({_REGIONS})\b"
    rf"|Region\s+({_REGIONS})\s*[·|•,–-]\s*[^\n]*?\b\d{{4}}\s+[A-ZÆØÅ]"
    rf"|[^\n]{{2,80}},\s*Region\s+({_REGIONS})[ \t]*$)", re.IGNORECASE)


def sender_region(text: str) -> str | None:
    """The region that sends the minutes, as its copyright, address or signature line
    names it; None when no such line does.

    >>> sender_region("Referat\\nRegion Midtjylland · Skottenborg 26 · 8800 Viborg")
    'Region Midtjylland'
    >>> sender_region("© 2025 Region Nordjylland. Alle rettigheder forbeholdes.")
    'Region Nordjylland'
    >>> sender_region("Aftale med Region Midtjylland om busdrift") is None
    True
    """
    named = Counter(next(g for g in m.groups() if g).capitalize()
                    for m in _SENDER_RE.finditer(text))
    return f"Region {named.most_common(1)[0][0]}" if named else None


# the municipalities' body of a region: "KKR Nordjylland", "Kommunekontaktrådet Syddanmark"
_MUNICIPALITIES_BODY_RE = re.compile(
    rf"^(?:KKR|Kommunekontaktråd(?:et)?)\s+(?:{_REGIONS})$", re.IGNORECASE)
# a partnership several municipalities own (an interessentskab, "Affaldsselskabet X I/S"),
# by its name as the body, or alone on one of the letterhead's first lines
_PARTNERSHIP_RE = re.compile(r"^[A-ZÆØÅ][\w .&'-]{2,70}\sI/S$")
# a company's board: "Bestyrelsen (Østfyns Forsyning A/S)", "Bestyrelsen for X A/S"
COMPANY_FORM = r"(?:A/S|I/S|ApS|P/S|A\.m\.b\.A\.)"
_COMPANY_BOARD_RE = re.compile(r"^(?:[A-ZÆØÅ]\w*)?bestyrelsen?\s+(?:for\s+|\()"
                               rf"([A-ZÆØÅ][\w .&'-]{{2,70}}\s{COMPANY_FORM})\)?$", re.IGNORECASE)
_SEAT_RE = re.compile(r"(?im)^[ \t]*hjemsted(?:skommune)?[ \t]*:[ \t]*[A-ZÆØÅ]")
# A municipality's name heading a page, alone or as a running header's first cell
# ("Hjørring Kommune          Bestyrelsen for X I/S - Dagsorden - 14-03-2018")
_TOWN_HEAD_RE = re.compile(r"^\s*(?:[A-ZÆØÅ][\w.-]*\s){1,3}(?:Kommune|KOMMUNE)(?:\s{3,}|\t|$)")


def _town_letterhead(text: str) -> bool:
    """Whether the pages are headed by one municipality's name: the file's first line, or
    the top of most pages after form feeds (the owner that keeps the partnership's
    secretariat prints it on its own letter paper, as a seat names it elsewhere)."""
    tops = [next((ln for ln in page.split("\n") if ln.strip()), "") for page in text.split("\f")]
    headed = [bool(_TOWN_HEAD_RE.match(top)) for top in tops]
    return headed[0] or (sum(headed) >= 2 and 2 * sum(headed) >= len(headed))


def municipalities_body(committee: str, text: str = "") -> str | None:
    """The body itself when it is the municipalities' body of a region; the partnership
    when several municipalities own the body (one owner its members or items name is not
    its authority) unless its head names its seat ("Hjemsted: Esbjerg Kommune"); else
    None.

    >>> municipalities_body("KKR Nordjylland"), municipalities_body("Byrådet")
    ('KKR Nordjylland', None)
    >>> municipalities_body("Bestyrelsen", "Affaldsselskabet Vest I/S\\nReferat\\nDato: …")
    'Affaldsselskabet Vest I/S'
    >>> municipalities_body("Bestyrelsen (Østfyns Forsyning A/S)")
    'Østfyns Forsyning A/S'
    >>> municipalities_body("Bestyrelsen for Hjørring Vandselskab A/S")
    'Hjørring'
    """
    if _MUNICIPALITIES_BODY_RE.match(committee.strip()):
        return committee.strip()
    if _SEAT_RE.search(text) or _town_letterhead(text):  # a partnership's seat is its
        return None  # authority ("Hjemsted: X Kommune"), so is the owner heading its pages
    if _PARTNERSHIP_RE.match(committee.strip()):
        return committee.strip()
    if owner := _COMPANY_BOARD_RE.search(committee.strip()):  # "Bestyrelsen (X A/S)":
        # the company, never one owner its text names; but a company named by one
        # municipality's name ("Hjørring Vandselskab A/S") is that municipality's
        return next((t for t in MUNICIPALITIES if owner.group(1).startswith(f"{t} ")),
                    owner.group(1))
    head = [ln.strip() for ln in first_lines(text).split("\n")]
    return next((ln for ln in head if _PARTNERSHIP_RE.match(ln)), None)
