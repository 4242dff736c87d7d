"""One chat's memory: what the previous turn answered from, so that a follow-up ("og
hvem stemte imod?", "hvad var klokken?") asks about the same items or meeting."""

from __future__ import annotations

from dataclasses import dataclass, field

from referat.domain import Answer, Filters, RetrievedItem


@dataclass
class Conversation:
    """One chat's memory: the previous turn's items and filters, for follow-ups."""

    items: list[RetrievedItem] = field(default_factory=list)
    filters: Filters | None = None
    previous_text: str = ""
    kind: str = ""  # the previous answer's ("meeting": a follow-up asks of that meeting)

    def remember(self, answer: Answer) -> None:
        cited = {c.ref for c in answer.citations}
        self.kind = answer.kind
        self.items = [r for r in answer.retrieved if r.ref in cited] or answer.retrieved[:1]
        self.filters = answer.filters
        self.previous_text = " ".join(
            [answer.question] + [c.title + " " + c.quote for c in answer.citations])

    def reset(self) -> None:
        self.items, self.filters, self.previous_text, self.kind = [], None, "", ""
