"""Case-history questions ("hvad er forløbet i sagen om skolestrukturen?", "hvordan er
sagen blevet behandlet tidligere?"): every treatment of the found item's case (its
sagsnummer) across meetings and committees, oldest first, each archived one cited.
Treatments only named in a "Sagens forløb" are listed as such, without a citation.

>>> asks_case_history("Hvad er forløbet i sagen om den nye skolestruktur?")
True
>>> asks_case_history("Hvad besluttede byrådet om skolestrukturen?")
False

"Forløb" alone is often a programme, not a case:

>>> asks_case_history("Hvor mange blev selvforsørgende efter forløbet i Idrætsfællesskabet?")
False
"""

from __future__ import annotations

import re

from referat.danish import danish_date
from referat.domain import Answer

from ..case import case_history
from .base import Context, quote_block

_CASE_QUESTION = re.compile(
    r"\bsagsforløb\w*|\bsagens forløb\b|\bforløb\w* (?:i|af|for) sagen\b|\bhistorik\w*|"
    r"\btidligere behandl\w*|\bbehandlet tidligere\b|"
    r"\bhvordan har sagen\b|\bhvor langt er sagen\b|"
    # "hvilke politiske led var sagen igennem?", "hvilke udvalg har behandlet sagen?",
    # "hvor har sagen været behandlet?" (not where it goes next, nor who was heard)
    r"\bhvilke (?:\w+ )?(?:led|udvalg|organer) (?:har|var|blev)\b[^?,]*\bsagen\b|"
    # "hvordan gik sagen fra kulturudvalget til byrådet?" (not "indstilling fra ØU")
    r"\b(?:gik|kom|sendt)\s+(?:\w+\s+){0,2}?fra\s+\S*(?:udvalg\w*|byrådet)\s+(?:og\s+)?"
    r"(?:videre\s+)?til\s+\S*(?:udvalg\w*|byrådet|kommunalbestyrelsen)\b|"
    r"\bhvor (?:alle steder |mange steder )?(?:er|blev|har) sagen (?:været )?behandlet\b",
    re.IGNORECASE)
MAX_STEPS = 12


# A case followed through several bodies: "hvordan gik sagen gennem sundhedsudvalget,
# økonomiudvalget og byrådet?" (two bodies named by name, not "udvalget" alone)
_THROUGH = re.compile(r"\b(?:gennem|igennem)\s+(?:\S+\s+){0,2}?(?:\w+udvalg(?:et)?|byrådet|"
                      r"kommunalbestyrelsen)\b", re.IGNORECASE)
_BODY = re.compile(r"\b(\w+udvalg(?:et|ets)?|byråd(?:et|ets)?|kommunalbestyrelsen\w*|"
                   r"magistraten)\b", re.IGNORECASE)


def asks_case_history(question: str) -> bool:
    """
    >>> asks_case_history("Hvordan gik sagen gennem sundhedsudvalget og byrådet?")
    True
    >>> asks_case_history("Hvad sagde udvalget og byrådet om det?")
    False
    """
    bodies = {m.lower()[:7] for m in _BODY.findall(question)}
    return bool(_CASE_QUESTION.search(question)) or (
        len(bodies) >= 2 and bool(_THROUGH.search(question)))


def compose_case(ctx: Context) -> Answer | None:
    """The case's treatments, or None when the top item has no case number, the archive
    holds no item store, or the case was treated only once (the decision composer then
    answers)."""
    top = ctx.candidates[0]
    view = ctx.lookup.item(top.ref)
    store = getattr(ctx.lookup, "store", None)
    if view is None or not view.journal_number or store is None:
        return None
    steps = case_history(store, view.journal_number)
    if len(steps) < 2:
        return None
    with_municipality = len(ctx.lookup.municipalities) > 1
    parts = [f"Sag {view.journal_number} ({view.title}) er behandlet {len(steps)} gange:"]
    citations = []
    for step in steps[:MAX_STEPS]:
        day = danish_date(step.date) if step.date else "uden dato"
        text = " ".join(step.text.split())
        if step.ref is not None:
            head = f"{step.ref.render(step.title, with_municipality)}"
            citations.append(ctx.cite(step.ref, text, "Beslutning", title=step.title))
        else:
            where = f", punkt {step.punkt}" if step.punkt else ""
            head = f"{step.committee}, {day}{where} (fra sagsforløbet; mødet er ikke i arkivet)"
        parts.append(f"{head}:\n{quote_block(text)}")
    return ctx.answer("\n\n".join(parts), citations, kind="case")
