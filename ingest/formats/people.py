"""The people and votes a decision text names: "Afbud: …", "Fraværende: …", "… deltog
ikke i sagens behandling", "Stemte imod: A", "… kunne ikke tiltræde", "Undlod: F"."""

from __future__ import annotations

import re

from .common import clean_line, looks_like_heading

_ABSENT_LABEL_RE = re.compile(
    r"^(?:afbud|fraværende|fravær|ikke til stede|ikke mødt|forfald|følgende deltog ikke"
    r"(?: i (?:behandlingen|sagens behandling)(?: af punktet| af sagen)?)?)\s*(?:fra)?\s*:"
    r"\s*(?P<n>.*)$",
    re.IGNORECASE,
)
_ABSENT_PHRASE_RE = re.compile(
    r"^(?P<n>[A-ZÆØÅ].{1,80}?)\s+(?:var|er|blev)?\s*(?:forhindret|fraværende|ikke til stede|"
    r"deltog ikke i (?:sagens|punktets|behandlingen)|deltog ikke|havde meldt afbud|"
    r"havde afbud|forlod mødet)",
)
_VOTE_LABEL_RE = re.compile(
    r"^(?P<k>stemte imod|imod stemte|imod|stemte for|for stemte|for|undlod at stemme|"
    r"undlod|undlader|hverken for eller imod)\s*:\s*(?P<n>.+)$",
    re.IGNORECASE,
)
_VOTE_PHRASE_RE = re.compile(
    r"^(?P<n>(?:[A-ZÆØÅ(]).{0,80}?)\s+(?P<k>stemte i ?mod|stemmer i ?mod|kunne ikke tiltræde|"
    r"undlod|stemte for|stemmer for|kunne tiltræde)\b"
)
_VOTE_KIND = {
    "stemte imod": "imod", "imod stemte": "imod", "imod": "imod", "kunne ikke tiltræde": "imod",
    "stemmer imod": "imod", "stemmer for": "for",
    "stemte for": "for", "for stemte": "for", "for": "for", "kunne tiltræde": "for",
    "undlod at stemme": "undlod", "undlod": "undlod", "undlader": "undlod",
    "hverken for eller imod": "undlod",
}


# A vote counted by party: "For stemte 15 (A, F, Ø), imod stemte 10 (V, C, O), 2 undlod
# (B)", "Imod stemte Dansk Folkeparti (2)."
_COUNTED_RE = re.compile(
    r"(?P<k>for stemte|imod stemte|undlod(?: at stemme)?)\s+(?:(?:\d+|(?-i:[a-zæøå]+))\s+)?"
    r"(?:\((?P<p>[^)]{1,40})\)|(?P<n>(?-i:[A-ZÆØÅ])[\w -]{1,40}?)\s*\(\d+\))|"
    r"(?P<c>\d+)\s+(?P<k2>undlod|stemte imod|stemte for)(?: at stemme)?\s+\((?P<p2>[^)]{1,40})\)",
    re.IGNORECASE)


def _counted_votes(line: str) -> list[tuple[str, list[str]]]:
    """[("for", ["A", "F", "Ø"]), ("imod", ["Dansk Folkeparti"])] from a counted vote line."""
    if not re.match(r"^\W*(?:for stemte|imod stemte|\d+\s+(?:undlod|stemte))", line, re.I):
        return []
    out = []
    for m in _COUNTED_RE.finditer(line):
        kind = _VOTE_KIND[(m.group("k") or m.group("k2")).lower().replace(" at stemme", "")]
        who = m.group("n") or m.group("p") or m.group("p2") or ""
        out.append((kind, [w.strip() for w in who.split(",") if w.strip()]))
    return out


_DOC_KIND_RE = re.compile(r"^(?:lukket|lukkede|åbent|åben)\s+(?:referat|dagsorden|punkter)",
                          re.IGNORECASE)


_NOT_A_VOTER = frozenset(
    "Et En Udvalget Byrådet Der Det Flertallet Mindretallet Forvaltningen Administrationen "
    "Sagen Punktet Indstillingen Kommunalbestyrelsen Ingen".split()
)


def _names(text: str) -> list[str]:
    """`'V, A og Liselott Blixt (UP) med fælles …'` → `['V', 'A', 'Liselott Blixt (UP)']`."""
    text = re.split(r"\s+(?:med|idet|da|fordi|jf\.)\s+|[.;]\s|\.$", clean_line(text))[0]
    parts = re.split(r",\s*|\s+og\s+|\s+samt\s+", text)
    out = []
    for part in parts:
        # a name and what they did: "Jens Toft-Nielsen (C) erklærede sig inhabil"
        part = re.sub(r"^([A-ZÆØÅ][^()]{1,60}?\([A-ZÆØÅ]{1,4}\))\s+[a-zæøå].*$", r"\1",
                      part.strip(" .:"))
        # a count after a party ("C (3)") is no part of it; a party alone in brackets
        part = re.sub(r"^\(([A-ZÆØÅ]{1,2})\)$", r"\1", re.sub(r"\s*\(\d+\)$", "", part))
        first = part.split(" ", 1)[0]
        if part and len(part) <= 60 and not part[:1].islower() and first not in _NOT_A_VOTER:
            out.append(part)
    return out


def decision_people(text: str) -> tuple[list[str], dict[str, list[str]]]:
    r"""Who was absent and who voted how, as a decision text says it.

    >>> decision_people("Godkendt.\nStemte imod: A og Ø\nAfbud: Ole Hansen (V)")
    (['Ole Hansen (V)'], {'imod': ['A', 'Ø']})
    >>> decision_people("Solveig Munk kunne ikke tiltræde indstillingen.")
    ([], {'imod': ['Solveig Munk']})
    >>> decision_people("Godkendt.\nFraværende: Ingen")
    ([], {})
    """
    absent: list[str] = []
    votes: dict[str, list[str]] = {}
    names_follow = False  # after "Afbud:" alone on its line, names come one a line
    for raw in re.split(r"\n|(?<=[.!?])(?<! [A-ZÆØÅ]\.)\s+(?=[A-ZÆØÅ(])", text):
        line = clean_line(raw)
        if not line:
            continue
        if names_follow and looks_like_heading(line) and line[:1].isupper() and not (
                _DOC_KIND_RE.match(line)):  # ("Lukket referat" heads the next page's items)
            absent.extend(n for n in _names(line) if n not in absent)
            continue
        names_follow = False
        m = _ABSENT_LABEL_RE.match(line) or _ABSENT_PHRASE_RE.match(line)
        if m:
            absent.extend(n for n in _names(m.group("n")) if n not in absent)
            names_follow = not m.group("n").strip()
            continue
        counted = _counted_votes(line)
        if counted:
            for kind, who in counted:
                votes.setdefault(kind, []).extend(n for n in who if n not in votes.get(kind, []))
            continue
        m = _VOTE_LABEL_RE.match(line) or _VOTE_PHRASE_RE.match(line)
        if m:
            kind = _VOTE_KIND[m.group("k").lower().replace("i mod", "imod")]
            who = _names(m.group("n"))
            if who:
                votes.setdefault(kind, []).extend(n for n in who if n not in votes.get(kind, []))
    return absent, votes
