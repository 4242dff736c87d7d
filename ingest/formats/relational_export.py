"""A normalised (relational) JSON export: the meeting's parts in separate top-level
arrays joined by id, as a database or an API hands them out ("moeder": [{"id": "m-1",
"start": "2025-10-01T14:00:00Z", "organisation": "org-7"}], "punkter": [{"id": "dp-1",
"moede": "m-1", "nummer": 61, "titel": "…", "sag": "s-9"}], "beslutninger": [{"punkt":
"dp-1", "tekst": "Godkendt."}], "fremmoede": [{"moede": "m-1", "person": "p-1", "status":
"afbud"}] …), whatever the arrays and keys are called.

`joined` nests it as the tree `structured_export` reads: the meetings are the entries
with a date that the agenda items (entries with a number and a title) refer to; each
item gets the entries that refer to it (its texts as fields, its vote), the entries it
refers to (its case) and, as its history, the decisions of the same case at an earlier
meeting in the file; each meeting its body and municipality (the organisation it refers
to and that one's top parent) and its attendees (the entries referring to the meeting
and to a person, with that person's name, party and membership role). A meeting whose
every case comes back at a later meeting of the file is only that one's history.
"""

from __future__ import annotations

import re

from .common import DECISION
from .export_tree import (
    CONTENT_KEYS,
    LABEL_KEYS,
    NUMBER_KEYS,
    SECTION_CODES,
    TYPE_KEYS,
    VOTE_SIDES,
    Tree,
    danish,
    field,
    is_item,
    norm,
    person_name,
    text_of,
)
from .text_sections import section_name

_ID_KEYS = ("id", "uuid", "guid")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBERS = frozenset(map(norm, NUMBER_KEYS))


def _id(entry: dict) -> str:
    return text_of(field(entry, _ID_KEYS))


def _arrays(tree: Tree) -> dict[str, list[dict]]:
    """The file's top-level arrays of entries with an id (or a reference to one)."""
    if not isinstance(tree, dict):
        return {}
    return {k: v for k, v in tree.items() if isinstance(v, list) and v
            and all(isinstance(e, dict) for e in v)}


def joined(tree: Tree) -> Tree:
    """The export nested as `{"moeder": [meeting, …]}` (see the module's note); any
    other tree as it is."""
    arrays = _arrays(tree)
    ids = {i: (name, e) for name, entries in arrays.items() for e in entries if (i := _id(e))}
    listed = [name for name, entries in arrays.items()
              if sum(map(is_item, entries)) * 2 > len(entries)]
    if len(listed) != 1 or not ids:
        return tree
    items = arrays[listed[0]]
    meetings = {i: ids[i][1] for it in items for i in _refs(it, ids)
                if ids[i][0] != listed[0] and _dated(ids[i][1])}
    if not meetings:
        return tree
    join = _Join(arrays, ids, meetings, items)
    return {"moeder": [join.meeting(m) for m in join.held()]}


def _refs(entry: dict, ids: dict) -> list[str]:
    """The ids an entry refers to (its scalar values, its own id and its number aside:
    an item's "nummer": 2 is no reference to a meeting of id 2)."""
    own = _id(entry)
    return [said for k, v in _scalars(entry).items() if (said := text_of(v)) != own
            and said in ids and norm(k) not in _NUMBERS]


def _scalars(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if not isinstance(v, dict | list)}


def _dated(entry: dict) -> str:
    """An entry's first date-like value ("2025-10-01T14:00:00Z"), "" for none."""
    return next((t for t in map(text_of, _scalars(entry).values()) if _DAY_RE.match(t)), "")


def _own(entry: dict, ids: dict) -> dict:
    """An entry's facts without its id and its references."""
    return {k: v for k, v in entry.items() if isinstance(v, dict | list) or (
        text_of(v) not in ids and norm(k) not in _ID_KEYS)}


def _label(entry: dict, array: str) -> str:
    """A text's section: its label or type, else the name of its array ("beslutninger"
    → Beslutning, "decisions" too); "" when none is a section."""
    said = text_of(field(entry, LABEL_KEYS)) or text_of(field(entry, TYPE_KEYS))
    if said:
        return said
    for name in (array, danish(array)):
        for cut in (name, name.removesuffix("er"), name.removesuffix("r"),
                    name.removesuffix("s")):  # ("decisions": an English code, Beslutning)
            if found := section_name(cut.capitalize()) or SECTION_CODES.get(norm(cut)):
                return found
    return ""


class _Join:
    def __init__(self, arrays: dict, ids: dict, meetings: dict, items: list[dict]):
        self.arrays, self.ids, self.meetings, self.items = arrays, ids, meetings, items

    def _of(self, meeting_id: str) -> list[dict]:
        return [i for i in self.items if meeting_id in _refs(i, self.ids)]

    def _cases(self, item: dict) -> set[str]:
        return {r for r in _refs(item, self.ids) if r not in self.meetings}

    def held(self) -> list[str]:
        """The meetings the file is of: all but those whose every case comes back at a
        later meeting (only that one's history); by date."""
        order = sorted(self.meetings, key=lambda m: _dated(self.meetings[m]))
        kept = [m for n, m in enumerate(order) if not (items := self._of(m)) or not all(
            self._cases(i) and any(self._cases(i) & self._cases(j) for later in order[n + 1:]
                                   for j in self._of(later)) for i in items)]
        return kept or order

    def _referring(self, target: str) -> list[tuple[str, dict]]:
        return [(name, e) for name, entries in self.arrays.items() for e in entries
                if target in _refs(e, self.ids)]

    def _body(self, meeting: dict) -> tuple[str, str]:
        """The body the meeting refers to (a named entry) and its top parent's name."""
        for ref in _refs(meeting, self.ids):
            body = self.ids[ref][1]
            if name := text_of(field(body, ("navn", "name"))):
                top = body
                seen = {ref}
                while (up := next((r for r in _refs(top, self.ids) if r not in seen), None)):
                    seen.add(up)
                    top = self.ids[up][1]
                return name, text_of(field(top, ("navn", "name"))) if top is not body else ""
        return "", ""

    def meeting(self, mid: str) -> dict:
        entry = self.meetings[mid]
        body, town = self._body(entry)
        node = {"udvalg": body, **({"kommune": town} if town else {}), **_own(entry, self.ids)}
        node["deltagere"] = self._people(mid, entry)
        node["punkter"] = [self._item(i, mid) for i in self._of(mid)]
        return node

    def _people(self, mid: str, meeting: dict) -> list[dict]:
        """The entries referring to the meeting and a person, each with that person's
        facts and the role of the person's membership of the meeting's body."""
        bodies = set(_refs(meeting, self.ids))
        out = []
        for _, entry in self._referring(mid):
            person = next((self.ids[r][1] for r in _refs(entry, self.ids)
                           if r != mid and person_name(self.ids[r][1])), None)
            if person is None or is_item(entry):
                continue
            roles = [_own(e, self.ids) for _, e in self._referring(_id(person))
                     if e is not entry and bodies & set(_refs(e, self.ids))]
            out.append({k: v for part in (*roles, _own(person, self.ids), _own(entry, self.ids))
                        for k, v in part.items() if not _DAY_RE.match(text_of(v))})
        return out

    def _item(self, item: dict, mid: str) -> dict:
        node = _own(item, self.ids)
        for key, value in item.items():  # (its case: "sag": {"sagsnummer": …})
            if (ref := text_of(value)) in _refs(item, self.ids) and ref not in self.meetings:
                node[key] = _own(self.ids[ref][1], self.ids)
        fields, vote = self._fields(_id(item))
        if vote:  # (under the decision, where minutes write it)
            (next((f for f in fields[::-1] if section_name(f["label"]) == DECISION), node)
             )["afstemning"] = vote
        node["felter"] = fields
        if earlier := self._earlier(item, mid):
            node["behandlinger"] = earlier
        return node

    def _fields(self, iid: str) -> tuple[list[dict], dict]:
        """The item's texts as labelled fields, and its vote (an entry of sides)."""
        fields: list[dict] = []
        vote: dict = {}
        for array, entry in self._referring(iid):
            said = text_of(field(entry, CONTENT_KEYS))
            if said and (label := _label(entry, array)):
                fields.append({"label": label, "tekst": said})
            elif any(norm(k) in VOTE_SIDES for k in entry):
                vote = _own(entry, self.ids)
        return fields, vote

    def _earlier(self, item: dict, mid: str) -> list[dict]:
        """The decisions of the item's case at earlier meetings of the file."""
        day = _dated(self.meetings[mid])
        out = []
        for other, entry in self.meetings.items():
            if other == mid or _dated(entry) >= day:
                continue
            for before in self._of(other):
                if not self._cases(item) & self._cases(before):
                    continue
                said = [f["tekst"] for f in self._fields(_id(before))[0]
                        if section_name(f["label"]) == DECISION]
                if said:
                    out.append({"organ": self._body(entry)[0], "dato": _dated(entry),
                                "beslutning": " ".join(said)})
        return out
