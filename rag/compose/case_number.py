"""The case number asked: "Jeg vil søge aktindsigt – hvad er sagsnummeret på sagen om
Mosede Fort?", "hvilket journalnummer har sagen?". The number is the item's own field
(FirstAgenda's `SagsNummer`, eDoc's journal number, a PDF's "Sagsnr."), which the item
text often does not repeat: the answer gives it with the item, and the other
treatments of the same case among the items found.

(Written by hand: the number is a column of the item store, not a retrieved sentence.)"""

from __future__ import annotations

import re

from referat.domain import Answer
from referat.values import CASE_NUMBER

from .base import Context, where
from .near_miss import not_stated
from .same_case import case_number

# "sagsnummeret", "sagsnr.", "journalnummer", "j.nr.", "sags-id" (asked, not given:
# "Sag nr. 88.20.04-Ø54-10-18 – hvad drejer den sig om?" gives one)
CASE_NUMBER_ASKED = re.compile(r"\b(?:sags-?numre\w*|sags-?nummer\w*|sags-?nr\b\.?|"
                               r"journal-?numre\w*|journal-?nummer\w*|journal-?nr\b\.?|"
                               r"j\.\s?nr\b\.?|sags-?id)", re.I)


def asks_case_number(question: str) -> bool:
    """Does the question ask for a case's number (and give none)?

    >>> asks_case_number("Hvad er sagsnummeret på sagen om Mosede Fort?")
    True
    >>> asks_case_number("Sagsnr. 24-009923 – hvad handler den om?")
    False
    """
    return bool(CASE_NUMBER_ASKED.search(question)) and not CASE_NUMBER.search(question)


def compose_case_number(ctx: Context) -> Answer | None:
    """The top item's case number, with the same case's other treatments found; that the
    minutes print none when they do not; None when no case number is asked."""
    if not asks_case_number(ctx.question) or not ctx.candidates:
        return None
    top = ctx.candidates[0]
    number = case_number(ctx, top)
    if number is None:
        return not_stated(ctx, top, "sagsnummeret")
    same = [c for c in ctx.candidates[1:] if c.ref.municipality == top.ref.municipality
            and case_number(ctx, c) == number]
    lines = [f"Sagen har sagsnummer {number}: {where(top, ctx.several_municipalities)}."]
    if same:
        lines.append("Samme sag (samme sagsnummer) er også behandlet her:")
        lines += [f"- {where(c, ctx.several_municipalities)}"
                  for c in sorted(same, key=lambda c: (c.meeting_date, c.punkt))]
    citations = [ctx.cite(c, number, "Sagsnummer") for c in [top, *same]]
    return ctx.answer("\n".join(lines), citations, kind="fact")
