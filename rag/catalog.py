"""What the index holds: meetings and whole agenda items, read back from Chroma.

Used by `referat meetings`, `referat show`, the UI's sources panel and the answerer for
meeting-level questions ("hvem deltog?", "hvor blev mødet holdt?").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ingest.models import danish_date


@dataclass
class MeetingInfo:
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
    def date_int(self) -> int:
        return int(self.date.strftime("%Y%m%d"))

    @property
    def label(self) -> str:
        return f"{self.committee}, {danish_date(self.date)}"


@dataclass
class ItemView:
    """One agenda item, all sections, as the parser saw it."""

    committee: str
    date: date
    number: int
    title: str
    closed: bool
    journal_number: str | None
    sections: list[tuple[str, str]] = field(default_factory=list)

    def section(self, name: str) -> str:
        return "\n\n".join(t for n, t in self.sections if n == name).strip()


def meeting_from_metadata(meta: dict[str, Any]) -> MeetingInfo:
    return MeetingInfo(
        committee=meta["committee"],
        date=date.fromisoformat(meta["meeting_date"]),
        start_time=meta.get("start_time", ""),
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
    return sorted(meetings, key=lambda m: (m.date, m.committee))


def item_from_metadata(meta: dict[str, Any]) -> ItemView:
    """The whole item stored on its first node (`item_json`)."""
    data = json.loads(meta["item_json"])
    return ItemView(
        committee=meta["committee"],
        date=date.fromisoformat(meta["meeting_date"]),
        number=data["number"],
        title=data["title"],
        closed=data["closed"],
        journal_number=data.get("journal_number"),
        sections=[(n, t) for n, t in data["sections"]],
    )


def get_item(collection: Any, meeting_date: date, number: int) -> ItemView | None:
    got = collection.get(
        where={
            "$and": [
                {"meeting_date_int": int(meeting_date.strftime("%Y%m%d"))},
                {"punkt": number},
            ]
        },
        include=["metadatas"],
    )
    for meta in got["metadatas"] or []:
        if meta.get("item_json"):
            return item_from_metadata(meta)
    return None
