"""A case across meetings: every treatment of one case number (sagsnummer, EMN-…,
journal number) in date order, for `referat sag NUMBER` and "hvad er forløbet i sagen?".

Items in the archive with the number are treatments with a citation; the earlier and
later treatments their "Sagens forløb"/decision history names are added when the archive
does not hold that meeting, and point to the archived item when it does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.itemstore import ItemStore
from referat import schema as k
from referat.danish import parse_date
from referat.domain import ItemRef
from referat.values import CASE_NUMBER

from .catalog import ItemView, item_row_view


@dataclass
class CaseStep:
    date: date | None
    committee: str
    text: str  # the decision (or the history entry's text)
    ref: ItemRef | None = None  # the archived item, when the archive holds it
    title: str = ""
    punkt: int | None = None
    doc_type: str = "referat"
    listed: bool = False  # only named in the item's "Tidligere behandling" list

    @property
    def in_archive(self) -> bool:
        return self.ref is not None


def _same_committee(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    return a == b or a.startswith(b) or b.startswith(a)


# An earlier treatment as a "Tidligere behandling" section lists it, one a line:
# "Økonomiudvalget den 24. oktober 2023, pkt. 6." (the body, its date, the item)
_EARLIER_LINE = re.compile(r"^\s*(?P<body>[^\n]{4,90}?)\s+(?:den|d\.)\s+(?P<day>[^\n]{6,30}?)"
                           r"[,.]?\s+(?:pkt\.?|punkt)\s*(?P<punkt>\d{1,4})\b", re.I | re.M)
_EARLIER_SECTIONS = ("Tidligere behandling", "Tidligere behandlinger")


def listed_treatments(item: ItemView) -> list[CaseStep]:
    """The earlier treatments an item's "Tidligere behandling" section names, each its
    own line quoted: "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget den 16. august
    2023 Punkt 7"."""
    text = "\n".join(item.section(name) or "" for name in _EARLIER_SECTIONS)
    steps = []
    for m in _EARLIER_LINE.finditer(text):
        parsed = parse_date(m.group("day"))
        if parsed is not None:
            steps.append(CaseStep(parsed[0], m.group("body").strip(" ,"),
                                  m.group(0).strip(), None, "", int(m.group("punkt")),
                                  listed=True))
    return steps


def case_history(store: ItemStore, number: str) -> list[CaseStep]:
    """All treatments of case `number`, oldest first (undated history entries last)."""
    steps: list[CaseStep] = []
    history: list[CaseStep] = []
    for row in store.items("i.journal_number = ?", (number.strip(),)):
        item = item_row_view(row)
        decision = item.section("Beslutning")
        text = (f"Lukket punkt. {decision}" if item.closed and decision else
                "Punktet er lukket." if item.closed else decision or (
            "Kun dagsordenen er i arkivet." if item.doc_type == "dagsorden"
            else "Ingen beslutning i referatet."))
        steps.append(CaseStep(item.date, item.committee, text, item.ref, item.title,
                              item.number, item.doc_type))
        history += listed_treatments(item)
        for entry in store.history(row[k.MEETING_KEY], item.number):
            day = entry["date"]
            history.append(CaseStep(date.fromisoformat(day) if day else None,
                                    entry["committee"], entry["text"], None, "",
                                    entry["ref_punkt"]))
    for step in history:
        archived = next((s for s in steps if s.ref and s.date == step.date
                         and _same_committee(s.committee, step.committee)), None)
        known = any(not s.ref and s.date == step.date and _same_committee(
            s.committee, step.committee) for s in steps)
        if not archived and not known:
            steps.append(step)
    return sorted(steps, key=lambda s: (s.date is None, s.date or date.min, s.ref is None))


def items_by_case_number(store: ItemStore, text: str) -> list[ItemView]:
    """The archived items whose case number the text names ("Sag nr. 88.20.04-Ø54-10-18
    fra februar 2024 – hvad drejer den sig om?"); [] when it names none."""
    return [item_row_view(row) for number in dict.fromkeys(CASE_NUMBER.findall(text))
            for row in store.items("i.journal_number = ?", (number,))]
