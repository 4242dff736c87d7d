"""The domain as the parser sees it: a `Meeting` with its `AgendaItem`s and their sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Canonical section names, in the order they usually appear in Danish minutes.
SECTION_NAMES = (
    "Beskrivelse",
    "Tidligere behandling",
    "Sammendrag",
    "Baggrund",
    "Sagsfremstilling",
    "Yderligere deltagelse",
    "Økonomiske konsekvenser og finansiering",
    "Bilag",
    "Beslutningen træffes af",
    "Indstilling",
    "Beslutning",
    "Sagens forløb",
    "Beslutningshistorik",
)
# Sections that record an EARLIER meeting's decision, never this meeting's.
HISTORY_SECTIONS = ("Sagens forløb", "Beslutningshistorik")

DANISH_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)


def danish_date(d: date) -> str:
    """`date(2023, 2, 7)` → `"7. februar 2023"`."""
    return f"{d.day}. {DANISH_MONTHS[d.month - 1]} {d.year}"


@dataclass
class Participant:
    name: str
    status: str = "deltog"  # "deltog" or "afbud"

    def __str__(self) -> str:
        return self.name


@dataclass
class Section:
    name: str
    text: str


@dataclass
class AgendaItem:
    number: int
    title: str
    journal_number: str | None = None
    closed: bool = False
    sections: list[Section] = field(default_factory=list)
    absentees: list[str] = field(default_factory=list)

    def section(self, name: str) -> str:
        """All text under `name` (sections may repeat, e.g. two `Bilag`), or ""."""
        return "\n\n".join(s.text for s in self.sections if s.name == name and s.text).strip()

    @property
    def decision(self) -> str:
        """This meeting's decision: `Beslutning` only, never `Sagens forløb`."""
        return self.section("Beslutning")

    @property
    def is_signature(self) -> bool:
        return "underskriftside" in self.title.lower() or self.title.lower().startswith(
            "godkendelse af referat"
        )


@dataclass
class Meeting:
    committee: str
    date: date
    items: list[AgendaItem]
    start_time: str | None = None
    place: str | None = None
    participants: list[Participant] = field(default_factory=list)
    doc_type: str = "referat"  # "referat" (with decisions) or "dagsorden"
    source: str = ""
    source_url: str | None = None

    @property
    def attendees(self) -> list[str]:
        return [p.name for p in self.participants if p.status == "deltog"]

    @property
    def absentees(self) -> list[str]:
        return [p.name for p in self.participants if p.status == "afbud"]

    def item(self, number: int) -> AgendaItem | None:
        return next((i for i in self.items if i.number == number), None)
