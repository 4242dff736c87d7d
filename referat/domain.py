"""The domain, shared by every layer: meetings and their agenda items as parsed, the
identity of an item (`ItemRef`), and what answering returns (`Citation`, `Answer`).

An agenda item is identified by municipality, committee, meeting date (and start time,
so two meetings of one committee on one day stay apart) and its Punkt number,
everywhere: retrieval groups by it, citations name it, the eval gold compares with it.

The number is the item's place in reading order. Where the minutes print another mark
("5a" for an urgent item after item 5, "A" for a lettered item, "lukket punkt 1" in a
closed part numbered from 1 again), that mark is the item's `label`: what a user sees
and looks up in the paper, never part of the identity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .danish import danish_date
from .labels import punkt_name

# Sections that record an EARLIER meeting's decision, never this meeting's.
HISTORY_SECTIONS = ("Sagens forløb", "Beslutningshistorik")
# The heading the parsers write before each treatment they file as history
# ("Udvalget for plan, udvikling og kultur (PUK) den 24. april 2013:"; `item_text`,
# `acadre_xml`): its date is the treatment's own, not one its text names.
HISTORY_HEAD = re.compile(r"[^:\n]{0,160}? den \d{1,2}\. [a-zæøå]+ \d{4}:", re.I)
# A member's statement entered into the minutes beside the decision ("Protokoltilførsel:
# …"): quoted as what it says, never as what was decided.
PROTOCOL_SECTION = "Protokoltilførsel"
# … and a minority's statement printed under its own heading beside it ("Mindretalsudtalelse")
MINORITY_SECTION = "Mindretalsudtalelse"
# The start of an item's economics section's name ("Økonomiske konsekvenser og finansiering").
MONEY_SECTION = "Økonomi"
# Document kinds: final minutes, or an agenda published before the meeting.
REFERAT, DAGSORDEN = "referat", "dagsorden"
UNKNOWN_COMMITTEE = "Ukendt udvalg"  # a meeting whose file names no committee (cited so)
# A participant's status: took part, sent apologies (or was away), or, on an agenda
# published before the meeting, called to it: whether they came, only the minutes say.
ATTENDED, ABSENT, CALLED = "deltog", "afbud", "indkaldt"


@dataclass
class Participant:
    name: str
    status: str = ATTENDED  # ATTENDED, ABSENT or (an agenda's list) CALLED
    role: str = ""  # "formand", "medlem", "stedfortræder", … when the source says so

    def __str__(self) -> str:
        return self.name

    @property
    def entry(self) -> str:
        """The person as a participant list prints them: "Allan Kristensen (C) (2.
        viceborgmester)", "Kirsten Lunderød (Ø) (deltog fra punkt 3)"."""
        return participant_entry(self.name, self.role)


def participant_entry(name: str, role: str) -> str:
    """A name with its role in brackets, as minutes list them (the role is what a
    who-question asks for: "Hvem var direktør?")."""
    return f"{name} ({role})" if role and f"({role}" not in name else name


@dataclass
class Section:
    name: str
    text: str


@dataclass
class Treatment:
    """An earlier (or later) treatment of the same case, as one item's history names it:
    `Økonomiudvalget, 4. december 2012, punkt 7: Godkendt.`"""

    committee: str
    date: date | None
    text: str
    punkt: int | None = None


@dataclass
class AgendaItem:
    number: int  # the place in reading order: the item's identity (`ItemRef.punkt`)
    title: str
    journal_number: str | None = None  # sagsnummer: "27.15.00-P20-1-15", "EMN-2024-01234"
    closed: bool = False
    sections: list[Section] = field(default_factory=list)
    absentees: list[str] = field(default_factory=list)
    history: list[Treatment] = field(default_factory=list)
    # How members voted, as the decision text says: {"imod": ["A", "Ole Hansen (V)"], …}
    votes: dict[str, list[str]] = field(default_factory=dict)
    # The mark the minutes print when it is not `number`: "5a", "A", "lukket punkt 1"
    label: str = ""

    @property
    def name(self) -> str:
        """`punkt 5`, or `punkt 5a` when the minutes print it so."""
        return punkt_name(self.number, self.label)

    def section(self, name: str) -> str:
        """All text under `name` (sections may repeat, e.g. two `Bilag`), or ""."""
        return "\n\n".join(s.text for s in self.sections if s.name == name and s.text).strip()

    @property
    def decision(self) -> str:
        """This meeting's decision: `Beslutning` only, never `Sagens forløb`."""
        return self.section("Beslutning")

    @property
    def is_signature(self) -> bool:
        """The signature page ("Underskriftside", "Underskriftsark", "Godkendelse af
        referat"): no decision, nothing to embed."""
        title = self.title.lower().strip()
        return ("underskriftside" in title or title.startswith("underskrift")
                or title.startswith("godkendelse af referat"))


@dataclass
class Meeting:
    committee: str
    date: date
    items: list[AgendaItem]
    start_time: str | None = None  # "08:00"
    place: str | None = None
    participants: list[Participant] = field(default_factory=list)
    doc_type: str = REFERAT  # REFERAT (with decisions) or DAGSORDEN
    source: str = ""
    source_url: str | None = None
    municipality: str = ""
    municipality_guessed: bool = False  # only from a postal address (REFERAT_MUNICIPALITY wins)
    source_format: str = ""  # which adapter read it: "pdf-tekst", "markdown", …
    warnings: list[str] = field(default_factory=list)  # Danish, shown by `referat ingest`
    # "ekstraordinært", "temamøde", "konstituerende", "dialogmøde", "fællesmøde" or "" (an
    # ordinary meeting): `referat.occasions`, read from the format's name of the meeting
    occasion: str = ""

    @property
    def attendees(self) -> list[str]:
        return [p.name for p in self.participants if p.status == ATTENDED]

    @property
    def absentees(self) -> list[str]:
        return [p.name for p in self.participants if p.status == ABSENT]

    def entries(self, status: str) -> list[str]:
        """Those with `status` ("deltog", "afbud", "indkaldt"), each with their role."""
        return [p.entry for p in self.participants if p.status == status]

    @property
    def ref(self) -> ItemRef:
        """The meeting itself (punkt 0)."""
        return ItemRef(self.municipality, self.committee, self.date, self.start_time or "", 0)

    def item(self, number: int) -> AgendaItem | None:
        return next((i for i in self.items if i.number == number), None)


@dataclass(frozen=True, order=True)
class ItemRef:
    """Identity of an agenda item; `punkt` 0 is the meeting itself (its front page).
    `label` is how the minutes print the item ("5a"): shown, never compared or keyed.

    >>> r = ItemRef("Ballerup", "Erhvervsudvalget", date(2023, 2, 7), "08:00", 5)
    >>> r.key
    'Ballerup|Erhvervsudvalget|2023-02-07|08:00|5'
    >>> ItemRef.from_key(r.key) == r
    True
    >>> labelled = ItemRef("Ballerup", "Erhvervsudvalget", date(2023, 2, 7), "08:00", 5, "4a")
    >>> labelled == r, hash(labelled) == hash(r), labelled.key == r.key, labelled.name
    (True, True, True, 'punkt 4a')
    """

    municipality: str
    committee: str
    date: date
    time: str = ""
    punkt: int = 0
    # The item's printed label ("5a"), shown to the user; no part of its identity
    label: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        """A stable string form, used as the storage key of the item."""
        return "|".join([self.municipality, self.committee, self.date.isoformat(), self.time,
                         str(self.punkt)])

    @classmethod
    def from_key(cls, key: str) -> ItemRef:
        municipality, committee, day, time, punkt = key.split("|")
        return cls(municipality, committee, date.fromisoformat(day), time, int(punkt))

    @property
    def meeting(self) -> ItemRef:
        """The meeting this item belongs to."""
        return ItemRef(self.municipality, self.committee, self.date, self.time, 0)

    @property
    def is_meeting(self) -> bool:
        return self.punkt == 0

    @property
    def name(self) -> str:
        """`punkt 5`, or `punkt 5a` when the minutes print the item so."""
        return punkt_name(self.punkt, self.label)

    def meeting_name(self, with_municipality: bool = False) -> str:
        """`Erhvervsudvalget, 7. februar 2023`: the meeting, without the item."""
        who = f"{self.municipality}, {self.committee}" if (
            with_municipality and self.municipality) else self.committee
        return f"{who}, {danish_date(self.date)}"

    def render(self, title: str = "", with_municipality: bool = False) -> str:
        """`Erhvervsudvalget, 7. februar 2023, punkt 5: Studietur til Lund`

        >>> ItemRef("", "Byrådet", date(2025, 5, 13), "", 6, "5a").render("Hastesag")
        'Byrådet, 13. maj 2025, punkt 5a: Hastesag'
        """
        where = f", {self.name}" + (f": {title}" if title else "") if self.punkt else (
            ", mødets forside")
        return f"{self.meeting_name(with_municipality)}{where}"

    def to_dict(self) -> dict[str, Any]:
        """The identity as JSON (`punkt` the number; `label` only when one is printed)."""
        out: dict[str, Any] = {"municipality": self.municipality, "committee": self.committee,
                               "date": self.date.isoformat(), "time": self.time,
                               "punkt": self.punkt or None}
        if self.label and self.punkt:
            out["label"] = self.label
        return out


@dataclass
class Filters:
    """What the user (UI filters) and the question (a date, "i Greve", "punkt 5") narrow
    the search to. Empty fields narrow nothing."""

    date_from: date | None = None
    date_to: date | None = None
    committees: list[str] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)
    punkt: int | None = None

    def describe(self) -> str:
        """Danish, for the search view: `dato 7. februar 2023; udvalg Erhvervsudvalget`."""
        bits = []
        if self.date_from or self.date_to:
            a = danish_date(self.date_from) if self.date_from else "…"
            b = danish_date(self.date_to) if self.date_to else "…"
            bits.append(f"dato {a}" if self.date_from == self.date_to else f"dato {a} – {b}")
        if self.municipalities:
            bits.append("kommune " + ", ".join(self.municipalities))
        if self.committees:
            bits.append("udvalg " + ", ".join(self.committees))
        if self.punkt is not None:
            bits.append(f"punkt {self.punkt}")
        return "; ".join(bits) or "ingen"

    def copy(self) -> Filters:
        return Filters(self.date_from, self.date_to, list(self.committees),
                       list(self.municipalities), self.punkt)


@dataclass
class RetrievedItem:
    """An agenda item (or, with punkt 0, a meeting) and the chunks that found it."""

    ref: ItemRef
    title: str
    closed: bool
    score: float
    dense: float = 0.0  # best cosine similarity of its chunks
    bm25: float = 0.0  # best BM25 score of its chunks
    chunks: list[Any] = field(default_factory=list)  # llama-index NodeWithScore

    @property
    def committee(self) -> str:
        return self.ref.committee

    @property
    def meeting_date(self) -> date:
        return self.ref.date

    @property
    def punkt(self) -> int:
        return self.ref.punkt

    @property
    def is_meeting(self) -> bool:
        return self.ref.is_meeting

    @property
    def label(self) -> str:
        if self.is_meeting:
            return f"{danish_date(self.meeting_date)}, mødet"
        return f"{danish_date(self.meeting_date)}, {self.ref.name}: {self.title}"

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.ref.to_dict(),
            "title": self.title,
            "score": round(self.score, 4),
            "dense": round(self.dense, 4),
            "bm25": round(self.bm25, 3),
            "sections": [c.node.metadata.get("section") for c in self.chunks],
        }


@dataclass
class Citation:
    ref: ItemRef
    title: str
    quote: str = ""
    section: str = ""
    with_municipality: bool = False  # the index holds several municipalities

    @property
    def committee(self) -> str:
        return self.ref.committee

    @property
    def meeting_date(self) -> date:
        return self.ref.date

    @property
    def punkt(self) -> int | None:
        return self.ref.punkt or None

    def render(self) -> str:
        """`(Erhvervs-, … udvalget, 7. februar 2023, punkt 5: Studietur til Lund)`"""
        return f"({self.ref.render(self.title, self.with_municipality)})"

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.ref.to_dict(),
            "title": self.title,
            "section": self.section,
            "quote": self.quote,
            "rendered": self.render(),
        }


@dataclass
class Answer:
    """A cited answer, and what the search view and the eval need to know about it."""

    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[RetrievedItem] = field(default_factory=list)
    declined: bool = False
    kind: str = "fact"
    generator: str = "extractive"
    timings: dict[str, float] = field(default_factory=dict)
    confidence: float | None = None  # None: declined before scoring (e.g. no such meeting)
    filters: Filters = field(default_factory=Filters)
    follow_up: bool = False  # answered from the previous answer's items
    llm_rejected: str = ""  # why a generated answer was replaced by the extractive one
    llm_text: str = ""
    features: dict[str, float] = field(default_factory=dict)  # what confidence was fitted on
    scored: ItemRef | None = None  # the item `confidence` and `features` describe
    # (item, features) of the first candidates, when the answerer collects them (--fit)
    candidate_features: list[tuple[ItemRef, dict[str, float]]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "declined": self.declined,
            "kind": self.kind,
            "generator": self.generator,
            "confidence": self.confidence,
            "filters": self.filters.describe(),
            "follow_up": self.follow_up,
            "llm_rejected": self.llm_rejected or None,
            "citations": [c.to_dict() for c in self.citations],
            "retrieved": [r.to_dict() for r in self.retrieved],
            "timings_ms": {k: round(v, 1) for k, v in self.timings.items()},
        }
