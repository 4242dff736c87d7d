"""A claim asked in the chat ("Er fristen for tilmelding 1. maj?", "Passer det, at …?")
that the minutes contradict with a value of their own is answered with the fact-check's
correction: "Nej. Referatet siger 1. april 2025, ikke 1. maj." — quoted and cited, as
`referat check` says it (`rag.check`). Every other claim, an outcome refuted too ("…
afviste projektet – er det rigtigt?"), goes the ordinary way (a decision's yes/no with the
Beslutning whole, a person's role), which quotes more of the item."""

from __future__ import annotations

from typing import Any

from referat.domain import Answer

from .check import AFKRAEFTET, Checker
from .claims import DECISION, UNANIMOUS
from .weights import Weights


def refuted_claim(question: str, retriever: Any, weights: Weights) -> Answer | None:
    """The answer "Nej. <what the minutes say instead>" with the quote and its item, when
    the fact-check refutes the claim with a correction; else None."""
    result = Checker(retriever=retriever, weights=weights).check_one(question)
    if result.verdict != AFKRAEFTET or not result.correction or not result.citations or any(
            p.kind in (DECISION, UNANIMOUS) and p.verdict == AFKRAEFTET for p in result.parts):
        return None  # (an outcome refuted: the decision's own answer quotes it whole)
    lines = [f"Nej. {result.correction}"]
    if result.evidence:
        lines.append(f"> {result.evidence}")
    return Answer(question, "\n".join(lines), citations=result.citations, kind="claim")
