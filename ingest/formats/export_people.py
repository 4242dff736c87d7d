"""Who came to a meeting, as a structured export lists them, written as the lines the
text parser reads ("Deltagere: Ida Holm (A) (formand); …", "Afbud: …").

A list of people is the meeting's list of mappings each with a name and whether the
person came: a status ("Fremmødt", "absent_notified": an English code's words), a reason
for being away ("fravaer": "Afbud"), or a flag ("absent": true). Of several such lists the
longest is the meeting's (a lone mapping of the agenda's own status is none). A member's
role is the role key's, else a person's title when it is no name ("title":
"Borgmester"); staff are no members, by status or by role ("secretary", "Referent"); a
party already in the name ("Rune Dahl (A)") is not written twice, and a member of both
bodies of a joint meeting is listed once.

Some exports give the lists as HTML text instead (a Drupal meeting's
"participants": {"value": "<p>Ida Holm (A), formand<br>Bo Dam (V)</p>"} and
"cancel_partic": "<p>Bo Dam (V)</p>"): each line a person, one named in the list of
those away not among those who came."""

from __future__ import annotations

import re
from html import escape, unescape

from ..html_text import html_text
from .export_tree import (
    ROLE_CODES,
    Tree,
    content_of,
    entries,
    field,
    flag,
    letter_of,
    norm,
    person_name,
    text_of,
)

STATUS_KEYS = ("status", "fremmoede", "fremmoedt", "attendance", "deltagelse", "present",
               "tilstede", "attendancestatus")
_NOT_MEMBERS = ("referent", "sekretaer", "protokolfoerer")
# Why a member was away ("fravaersaarsag": "Afbud", `<Medlem fravaer="Afbud">`): said only
# of those away
_REASON_KEYS = ("fravaersaarsag", "fravaersgrund", "absencereason", "absentreason", "fravaer")
# Whether a member was away, said as a flag of absence ("isAbsent": true), any of them
# ("Fravaerende": false beside "AfbudMeldt": true is a member who sent word)
_AWAY_FLAG_KEYS = ("isabsent", "absent", "fravaerende", "erfravaerende", "excused",
                   "afbudmeldt", "meldtafbud", "participationcancelled", "cancelled")
_ROLE_KEYS = ("role", "rolle", "funktion", "function", "hverv")
_TITLE_KEYS = ("title", "titel", "stilling", "position")
_SUBSTITUTE_KEYS = ("issubstitute", "substitute", "stedfortraeder", "erstedfortraeder")
_PARTY_KEYS = ("party", "parti")
# Attendance as a code (`<Deltager kode="F">`), read by the legend the export gives
# ("M = mødt, F = fraværende, S = stedfortræder"), else by the usual letters
_CODE_KEYS = ("kode", "code", "attendancecode", "fremmoedekode", "statuskode")
_CODES = {"f": "fraværende", "a": "afbud"}
_LEGEND_RE = re.compile(r"\b([A-ZÆØÅ]{1,2})\s*=\s*([a-zæøå]+)")
# A list of the called members by its key (`<Invited><Person Role="Formand">`): each
# called, no attendance said
_CALLED_WORDS = ("invit", "indkald")
_ABSENT = ("absent", "afbud", "fravaerende", "fraværende", "forfald", "cancelled", "false",
           "excused", "notpresent", "syg", "sick")
# A member's role given as a member of a kind: "Medlem (medarbejderrepr.)" (the kind)
_MEMBER_AS_RE = re.compile(r"^(?:medlem|member)\s*\((.+)\)$", re.IGNORECASE)
# A list of people given as text, by its key's words: those away first
_AWAY_WORDS = ("cancel", "afbud", "absent", "fravaer", "forfald", "afmeld")
_CAME_WORDS = ("particip", "deltager", "attendee", "fremmoedt", "tilstede", "medlemmer",
               "members")


def people_lines(meeting: dict) -> list[str]:
    """"Deltagere: …" and "Afbud: …" paragraphs from the meeting's list of people, or
    from its lists given as text; [] when it has none."""
    # (an agenda's members with their attendance not yet known: "fremmoedt": null)
    lists = [people for key, value in meeting.items() if (people := entries(value)) and all(
        person_name(p) and (any(_holds(p, keys) for keys in (
            STATUS_KEYS, _REASON_KEYS, _AWAY_FLAG_KEYS)) or _code(p) or any(
            w in norm(key) for w in _CALLED_WORDS)) for p in people)]
    if not lists:
        return _listed_as_text(meeting)
    present: list[str] = []
    absent: list[str] = []
    seen: set[str] = set()
    for p in max(lists, key=len):  # (the first of the longest)
        if norm(text_of(field(p, STATUS_KEYS))) in _NOT_MEMBERS:
            continue  # ("Fremmoede": "Referent": who wrote the minutes, no member)
        if isinstance(said := field(p, STATUS_KEYS), dict):
            p = {**p, **said}  # ("attendance": {"status": "Present", "absent": false})
        name = unescape(person_name(p))
        role = _role(p, name)
        if norm(role) in _NOT_MEMBERS or name in seen:
            continue  # ("role": "secretary"; a member of both bodies of a joint meeting)
        seen.add(name)
        entry = name
        if (party := letter_of(field(p, _PARTY_KEYS))) and not name.endswith(f"({party})"):
            entry += f" ({party})"
        if role:
            entry += f" ({role})"
        status = field(p, STATUS_KEYS)
        if status is None:  # ("fremmoedt": false is said; a code read by its legend)
            status = _legend(meeting).get(_code(p), _CODES.get(_code(p)))
        gone = flag(status) is False or away(text_of(status)) or bool(
            text_of(field(p, _REASON_KEYS))) or any(
            flag(v) is True for k, v in p.items() if norm(k) in _AWAY_FLAG_KEYS)
        (absent if gone else present).append(entry)
    return _lines(present, absent)


def _code(person: dict) -> str:
    """A member's attendance code, a letter or two (`kode="M"`), lower-cased; "" for none."""
    said = text_of(field(person, _CODE_KEYS))
    return said.lower() if 0 < len(said) <= 2 and said.isalpha() else ""


def _legend(meeting: dict) -> dict[str, str]:
    """The codes a legend among the meeting's texts explains ("F = fraværende")."""
    return {code.lower(): word for value in meeting.values() if isinstance(value, str)
            for code, word in _LEGEND_RE.findall(value)}


def _holds(person: dict, keys: tuple[str, ...]) -> bool:
    """Whether the entry has one of `keys`, even with no value yet."""
    return any(norm(k) in map(norm, keys) for k in person)


def _role(person: dict, name: str) -> str:
    """A member's role as minutes write it ("chair": formand, a plain member none); a
    title that is not the name itself when no role is given; a substitute's."""
    role = text_of(field(person, _ROLE_KEYS))
    if not role and (title := text_of(field(person, _TITLE_KEYS))) and title != name:
        role = title  # ("title": "Borgmester"; an OData list item's "Title" is its name)
    role = _MEMBER_AS_RE.sub(r"\1", role)  # ("Medlem (medarbejderrepr.)")
    # (a note in brackets inside the role, "Direktør for Teknik og Miljø (sekretær)", as a
    # part after a comma: the role is written in brackets after the name)
    role = re.sub(r"\s*\(([^()]+)\)", r", \1", role)
    role = ROLE_CODES.get(norm(role), role.lower())
    return role or ("stedfortræder" if flag(field(person, _SUBSTITUTE_KEYS)) is True else "")


def away(status: str) -> bool:
    """An attendance status that says the member was away: a word of absence, alone, in
    a phrase ("Afbud", "Meldt afbud") or first in a code ("absent_notified")."""
    said = status.lower()
    words = said.split()[1:] + (said.split("_")[:1] if "_" in said else [])
    return said in _ABSENT or any(word in _ABSENT for word in words)


def _lines(present: list[str], absent: list[str]) -> list[str]:
    return [f"<p>{label}: {escape('; '.join(names))}</p>"
            for label, names in (("Deltagere", present), ("Afbud", absent)) if names]


def _listed_as_text(meeting: dict) -> list[str]:
    """The lists of people the meeting gives as text (see the module's note)."""
    came: list[str] = []
    gone: list[str] = []
    for key, value in meeting.items():
        said = _text(value)
        if not said:
            continue
        words = norm(key)
        if any(w in words for w in _AWAY_WORDS):
            gone += said
        elif any(w in words for w in _CAME_WORDS):
            came += said
    names = {_name(g) for g in gone}
    return _lines([c for c in came if _name(c) not in names], gone)


def _text(value: Tree) -> list[str]:
    """A text (or a mapping of a text's formats) as its lines; [] for anything else."""
    body = content_of(value) if isinstance(value, dict) else value
    if not isinstance(body, str):
        return []
    return [ln for line in html_text(body).split("\n") if (ln := line.strip(" \t;,."))]


def _name(line: str) -> str:
    """A person's line as the name alone ("Ida Holm (A), formand" → "Ida Holm")."""
    return re.split(r"\s*[(,]", line, maxsplit=1)[0].strip()
