"""A header's list written one member a line, each line the member's name and then, after
commas, what they are and whom they represent, as a council of organisations prints it
(a user board, an Udsatteråd): "Dorthe Vinther, SAND – De Hjemløses Landsorganisation,
næstformand", "Morten Bagge, Kirkens Korshær Næstved", "K.S., brugerrepræsentant,
Værestedet Kernen". Joined into one comma list, each organisation reads as a person of
its own (and "SAND – …" as a name with a role after its dash); read line by line, the
first part is the person and the rest is theirs: the organisation in brackets after the
name, as a members' table's "Repræsenterer" column is, and the roles after it
("Morten Bagge (Kirkens Korshær Næstved)"). The header's other lists of the same layout
("Afbud: Jannie Holt, Blå Kors Danmark", one line) are read the same way.

A seat whose name the published minutes withhold ("(udeladt), brugerrepræsentant, …",
"[navn fjernet]", black bars) names no one: it is left out, never a person."""

from __future__ import annotations

import re

from .affiliations import is_organisation
from .text_people import ROLE_WORD_RE

# A name withheld: "(udeladt)", "(anonymiseret)", "[navn fjernet]", "XX", "NN", black bars
_REDACTED_RE = re.compile(
    r"^(?:[(\[]\s*(?:navn\s+)?(?:udeladt|anonymiseret|fjernet|slettet|skjult)\s*[)\]]|"
    r"\[\s*(?:navn\s+fjernet|…|\.\.\.)\s*\]|(?-i:X{2,3}|NN|N\.\s?N\.)|[\u2588\s]{2,})$",
    re.IGNORECASE)
_PARTY_RE = re.compile(r"\((?-i:[A-ZÆØÅ]{1,4})\)")
_COMMA_RE = re.compile(r",\s*(?![^()]*\))")  # (not inside a bracket)


def redacted(name: str) -> bool:
    """Whether a list's name is a redaction, no person's name.

    >>> redacted("(udeladt)"), redacted("[navn fjernet]"), redacted("XX"), redacted("K.S.")
    (True, True, True, False)
    """
    return bool(_REDACTED_RE.match(name.strip()))


def opens_redacted(line: str) -> bool:
    """Whether a list's line opens with a withheld name: "(udeladt), brugerrepræsentant"
    (an entry of its own, no party wrapped from the line above)."""
    return redacted(_COMMA_RE.split(line.strip(), maxsplit=1)[0])


def _org(part: str) -> bool:
    """A capitalised part after the name that is no role and no party's member."""
    return part[:1].isupper() and not _PARTY_RE.search(part) and not (
        ROLE_WORD_RE.fullmatch(part))


def _misread(part: str) -> bool:
    """An organisation after the name that its words do not tell ("Blå Mærke Roskilde",
    "SAND – De Hjemløses Landsorganisation"): in a comma list, a person of its own."""
    return _org(part) and not is_organisation(part)


def line_entry(line: str) -> str:
    """One line's member as a list entry, the organisation its words do not tell in
    brackets after the name: "Ida Kvist (Blå Mærke Roskilde), næstformand"; "" for a
    withheld name; a member with a party, or whose organisation reads as one
    ("Karen Dal, skolebestyrelsesformand, Nørre Skole"), keeps the line as written.

    >>> line_entry("Ida Kvist, Blå Mærke Roskilde, næstformand")
    'Ida Kvist (Blå Mærke Roskilde), næstformand'
    >>> line_entry("(udeladt), brugerrepræsentant, Natcaféen"), line_entry("Bo Dam (V), formand")
    ('', 'Bo Dam (V), formand')
    """
    name, *rest = [p.strip() for p in _COMMA_RE.split(line.strip()) if p.strip()] or [""]
    if redacted(name):
        return ""
    orgs = [p for p in rest if _misread(p)]
    if _PARTY_RE.search(name) or not orgs:
        return line.strip()
    return ", ".join([f"{name} ({', '.join(orgs)})", *(p for p in rest if p not in orgs)])


def line_entries(lines: list[str]) -> str | None:
    """A list's value from its lines, one member a line (the first the label's own
    value); None when the lines are no such list (a single line, two parties on one line,
    no role in small letters after a name) or read the same joined (no line with a
    withheld name or an organisation its words do not tell).

    >>> line_entries(["Eva Lund (A), formand", "Ida Kvist, Blå Mærke, næstformand",
    ...               "(udeladt), brugerrepræsentant, Natcaféen"])
    'Eva Lund (A), formand, Ida Kvist (Blå Mærke), næstformand'
    >>> line_entries(["Eva Lund (A)", "Bo Dam, Ida Holm"]) is None
    True
    """
    if len(lines) < 2 or any(len(_PARTY_RE.findall(line)) > 1 for line in lines):
        return None
    parts = [[p.strip() for p in _COMMA_RE.split(line) if p.strip()] for line in lines]
    if not any(x[:1].islower() for p in parts for x in p[1:]):
        return None
    entries = [line_entry(line) for line in lines]
    if entries == [line.strip() for line in lines]:
        return None
    return ", ".join(e for e in entries if e)


_ORG_AFTER_RE = re.compile(r"\s*\(((?-i:[A-ZÆØÅ])[^()]{3,60})\)\s*$")


def without_organisations(names: list[str], people: list[object]) -> list[str]:
    """A decision's absentees without the organisation a member represents, printed
    after the name ("Afbud: Jannie Holt, Blå Kors Danmark" of a member listed "Jannie
    Holt (Blå Kors Danmark)"): no one else.

    >>> from referat.domain import Participant
    >>> without_organisations(["Ida Kvist", "Blå Mærke", "Bo Dam"],
    ...                       [Participant("Ida Kvist (Blå Mærke)", "afbud")])
    ['Ida Kvist', 'Bo Dam']
    """
    orgs = {m.group(1): name[:m.start()].strip() for p in people
            if (m := _ORG_AFTER_RE.search(name := str(getattr(p, "name", ""))))}
    return [n for n in names if orgs.get(n) not in names]
