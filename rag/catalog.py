"""What the index holds: meetings and whole agenda items, read back from Chroma.

Used by `referat meetings`, `referat show`, the UI's sources panel and the answerer for
meeting-level questions ("hvem deltog?", "hvor blev mødet holdt?").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from referat.domain import ItemRef


@dataclass
class MeetingInfo:
    municipality: str
    committee: str
    date: date
    start_time: str
    place: str
    attendees: list[str]
    absentees: list[str]
    agenda: list[tuple[int, str, bool]]
    doc_type: str
    source_file: str
    source_url: str = ""

    @property
    def ref(self) -> ItemRef:
        return ItemRef(self.municipality, self.committee, self.date, self.start_time, 0)


@dataclass
class ItemView:
    """One agenda item, all sections, as the parser saw it."""

    ref: ItemRef
    number: int
    title: str
    closed: bool
    journal_number: str | None
    sections: list[tuple[str, str]] = field(default_factory=list)

    def section(self, name: str) -> str:
        return "\n\n".join(t for n, t in self.sections if n == name).strip()

    @property
    def committee(self) -> str:
        return self.ref.committee

    @property
    def date(self) -> date:
        return self.ref.date


def ref_from_metadata(meta: dict[str, Any]) -> ItemRef:
    """The identity of the item (or, punkt 0, the meeting) a node belongs to."""
    return ItemRef(meta.get("municipality", ""), meta["committee"],
                   date.fromisoformat(meta["meeting_date"]), meta.get("meeting_time", ""),
                   int(meta.get("punkt", 0)))


def meeting_from_metadata(meta: dict[str, Any]) -> MeetingInfo:
    return MeetingInfo(
        municipality=meta.get("municipality", ""),
        committee=meta["committee"],
        date=date.fromisoformat(meta["meeting_date"]),
        start_time=meta.get("meeting_time", ""),
        place=meta.get("place", ""),
        attendees=json.loads(meta.get("attendees") or "[]"),
        absentees=json.loads(meta.get("absentees") or "[]"),
        agenda=[tuple(a) for a in json.loads(meta.get("agenda") or "[]")],
        doc_type=meta.get("doc_type", "referat"),
        source_file=meta.get("source_file", ""),
        source_url=meta.get("source_url", ""),
    )


def list_meetings(collection: Any) -> list[MeetingInfo]:
    """All completely indexed meetings, oldest first."""
    got = collection.get(where={"file_complete": True}, include=["metadatas"])
    meetings = [meeting_from_metadata(m) for m in got["metadatas"] or []]
    return sorted(meetings, key=lambda m: (m.date, m.start_time, m.municipality, m.committee))


def item_from_metadata(meta: dict[str, Any]) -> ItemView:
    """The whole item stored on its first node (`item_json`)."""
    data = json.loads(meta["item_json"])
    return ItemView(
        ref=ref_from_metadata(meta),
        number=data["number"],
        title=data["title"],
        closed=data["closed"],
        journal_number=data.get("journal_number"),
        sections=[(n, t) for n, t in data["sections"]],
    )


def get_items(collection: Any, meeting_date: date, number: int) -> list[ItemView]:
    """Every indexed item with this date and Punkt (several committees may meet that day)."""
    got = collection.get(
        where={
            "$and": [
                {"meeting_date_int": int(meeting_date.strftime("%Y%m%d"))},
                {"punkt": number},
            ]
        },
        include=["metadatas"],
    )
    return [item_from_metadata(m) for m in got["metadatas"] or [] if m.get("item_json")]
