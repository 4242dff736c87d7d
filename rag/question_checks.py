"""Checks on a question before it is understood: one too long to answer as asked."""

from __future__ import annotations


def question_problem(question: str, limit: int) -> str | None:
    """A Danish reason the question cannot be answered as asked, or None.

    >>> question_problem("x" * 2001, 1000)[:46]
    'Spørgsmålet er for langt (2.001 tegn; højst 1.'
    """
    if len(question) > limit:
        def n(x: int) -> str:
            return f"{x:,}".replace(",", ".")

        return (f"Spørgsmålet er for langt ({n(len(question))} tegn; højst {n(limit)}). "
                "Skriv det kortere, fx kun emnet og evt. mødets dato.")
    return None
