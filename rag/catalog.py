"""What the index holds: meetings and whole agenda items, read from the item store
(`ingest.itemstore`), and item identities read from chunk metadata.

Used by `referat meetings`, `referat show`, the UI's sources panel and the answerer for
meeting-level questions ("hvem deltog?", "hvor blev mødet holdt?").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ingest.itemstore import ItemStore
from referat import schema as k
from referat.domain import ABSENT, ATTENDED, CALLED, REFERAT, ItemRef, participant_entry
from referat.labels import as_number, names_item, punkt_name


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
    key: str = ""  # the meeting document's key in the store
    detailed: bool = True  # False: attendees, absentees and agenda not loaded yet
    labels: dict[int, str] = field(default_factory=dict)  # punkt → printed label ("5a")
    called: list[str] = field(default_factory=list)  # an agenda's list: called, not seen
    occasion: str = ""  # "ekstraordinært", "temamøde", … (`referat.occasions`); "" ordinary

    @property
    def ref(self) -> ItemRef:
        return ItemRef(self.municipality, self.committee, self.date, self.start_time, 0)

    @property
    def listed(self) -> list[str]:
        """Every entry of the participant list, whatever its status."""
        return self.attendees + self.absentees + self.called

    def status_of(self, entry: str) -> str:
        """An entry's status as the list gives it: "deltog", "afbud" or "indkaldt"."""
        return ABSENT if entry in self.absentees else CALLED if entry in self.called \
            else ATTENDED


@dataclass
class ItemView:
    """One agenda item, all sections, as the parser saw it."""

    ref: ItemRef
    number: int
    title: str
    closed: bool
    journal_number: str | None
    sections: list[tuple[str, str]] = field(default_factory=list)
    doc_type: str = REFERAT

    def section(self, name: str) -> str:
        return "\n\n".join(t for n, t in self.sections if n == name).strip()

    @property
    def label(self) -> str:
        """The printed mark when it is not `number` ("5a"), or ""."""
        return self.ref.label

    @property
    def committee(self) -> str:
        return self.ref.committee

    @property
    def date(self) -> date:
        return self.ref.date


def agenda_label(meeting: Any, punkt: int) -> str:
    """The printed label of item `punkt` of a meeting (`MeetingInfo`), or "" (also when
    the meeting was read without its items' labels)."""
    return getattr(meeting, "labels", {}).get(punkt, "")


def agenda_ref(meeting: Any, punkt: int) -> ItemRef:
    """The identity of item `punkt` of a meeting (`MeetingInfo`) with its printed label."""
    return replace(meeting.ref, punkt=punkt, label=agenda_label(meeting, punkt))


def agenda_name(meeting: Any, punkt: int) -> str:
    """`punkt 5`, or `punkt 5a` when the minutes print item `punkt` of `meeting` so."""
    return punkt_name(punkt, agenda_label(meeting, punkt))


def ref_from_metadata(meta: dict[str, Any]) -> ItemRef:
    """The identity of the item (or, punkt 0, the meeting) a chunk belongs to."""
    return ItemRef(meta.get(k.MUNICIPALITY, ""), meta[k.COMMITTEE],
                   date.fromisoformat(meta[k.MEETING_DATE]), meta.get(k.MEETING_TIME, ""),
                   int(meta.get(k.PUNKT, 0)), meta.get(k.LABEL, ""))


def _meeting(row: dict[str, Any]) -> MeetingInfo:
    people = row.get("participants", [])
    return MeetingInfo(
        municipality=row["municipality"], committee=row["committee"],
        date=date.fromisoformat(row["date"]), start_time=row["time"], place=row["place"],
        attendees=[participant_entry(n, role) for n, status, role in people if status == ATTENDED],
        absentees=[participant_entry(n, role) for n, status, role in people if status == ABSENT],
        called=[participant_entry(n, role) for n, status, role in people if status == CALLED],
        agenda=row.get("agenda", []), doc_type=row["doc_type"], source_file=row["source"],
        source_url=row["source_url"], key=row[k.MEETING_KEY], detailed="agenda" in row,
        labels=row.get("labels", {}), occasion=row.get("occasion") or "")


def list_meetings(store: ItemStore, details: bool = True) -> list[MeetingInfo]:
    """All completely indexed meetings, oldest first. Without `details` their
    participant and agenda lists are left empty (`detailed` False) for
    `meeting_details` to fill when a meeting is shown."""
    meetings = [_meeting(r) for r in store.meetings(details)]
    return sorted(meetings, key=lambda m: (m.date, m.start_time, m.municipality, m.committee,
                                           m.doc_type))


def meeting_details(store: ItemStore, meeting: MeetingInfo) -> MeetingInfo:
    """`meeting` with its participant and agenda lists."""
    if meeting.detailed:
        return meeting
    rows = store.meetings(details=True, key=meeting.key)
    return _meeting(rows[0]) if rows else meeting


def item_row_view(row: dict[str, Any]) -> ItemView:
    ref = ItemRef(row["municipality"], row["committee"], date.fromisoformat(row["date"]),
                  row["time"], int(row["punkt"]), row.get("label") or "")
    return ItemView(ref=ref, number=int(row["punkt"]), title=row["title"],
                    closed=bool(row["closed"]), journal_number=row["journal_number"],
                    sections=row["sections"], doc_type=row["doc_type"])


def _prefer_minutes(items: list[ItemView]) -> list[ItemView]:
    """One view per item: the minutes (with the decision) over the agenda."""
    best: dict[ItemRef, ItemView] = {}
    for item in items:
        if item.ref not in best or item.doc_type == REFERAT:
            best[item.ref] = item
    return list(best.values())


def get_item(store: ItemStore, ref: ItemRef) -> ItemView | None:
    """The item `ref` names, or None."""
    prefix = ref.meeting.key + "|"
    rows = store.items("i.meeting_key >= ? AND i.meeting_key < ? AND i.punkt = ?",
                       (prefix, prefix + "\uffff", ref.punkt))
    found = _prefer_minutes([item_row_view(r) for r in rows])
    return found[0] if found else None


def get_items(store: ItemStore, meeting_date: date, number: int) -> list[ItemView]:
    """Every indexed item with this date and Punkt (several committees may meet that day)."""
    rows = store.items("i.date = ? AND i.punkt = ?", (meeting_date.isoformat(), number))
    return _prefer_minutes([item_row_view(r) for r in rows])


def find_items(store: ItemStore, meeting_date: date, wanted: str) -> list[ItemView]:
    """Every indexed item of this date that `wanted` names as the minutes print it
    ("5a", "A", "lukket punkt 1", or the number of an item printed with its number);
    when none is, the items whose number in reading order is `wanted`."""
    number = as_number(wanted)
    rows = store.items("i.date = ? AND (i.label != '' OR i.punkt = ?)",
                       (meeting_date.isoformat(), -1 if number is None else number))
    views = _prefer_minutes([item_row_view(r) for r in rows])
    return [v for v in views if names_item(wanted, v.number, v.label)] or [
        v for v in views if v.number == number]


def meetings_within(meetings: list[MeetingInfo], first: date | None, last: date | None,
                    committees: tuple[str, ...], municipalities: tuple[str, ...]
                    ) -> tuple[MeetingInfo, ...]:
    """The meetings held from `first` to `last` (either open) by the committees and in
    the municipalities given (none given: any)."""
    return tuple(m for m in meetings
                 if not (first and m.date < first) and not (last and m.date > last)
                 and not (committees and m.committee not in committees)
                 and not (municipalities and m.municipality not in municipalities))
