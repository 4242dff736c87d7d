"""One earlier treatment named twice in an item: once in the case's metadata ("Tidligere
behandlet: Social- og Sundhedsudvalget 05.05.2021, punkt 44", a web page's `<dl>` over
the item's text: the body, the day and the item's number) and once as the heading of
that meeting's decision further down ("Beslutning i Social- og Sundhedsudvalget den 5.
maj 2021" over what it decided: the body, the day and the text). Read apart, the history
held the treatment twice, once without its decision and once without its number; it is
one treatment, with both. So is a note's entry and a decision headed by its day alone
below it ("Tidligere behandlet: Teknik- og Miljøudvalget den 4. december 2025, pkt. 6." over
"Beslutning den 4. december 2025: Sagen udsættes …", a Word document's italic line): the
heading names no body, the note the one body of that day."""

from __future__ import annotations

from dataclasses import dataclass

from referat.domain import Treatment


@dataclass
class Told(Treatment):
    """A treatment told in a sentence of the case text ("Byrådet besluttede den
    26.09.2024 at sende forslaget i høring", `told_history.told_treatments`): the same
    treatment as a heading's or a field's of that day and body, when the item has one."""


def _told_twice(told: Treatment, history: list[Treatment]) -> bool:
    """Is `told` a treatment the history holds otherwise: the same day, and a body whose
    name ends its own or is ended by it (a sentence's "Sagsfremstilling Byrådet" is
    "Byrådet"), or the same words another told entry of that day already has?"""
    name, at = told.committee.strip().lower(), (len(told.committee), history.index(told))
    for t in history:
        if t is told or t.date != told.date:
            continue
        other = t.committee.strip().lower()
        if not isinstance(t, Told) and (name.endswith(other) or other.endswith(name)):
            return True  # ("Fritidsudvalget" of "Kultur- og Fritidsudvalget", too)
        if isinstance(t, Told) and t.text == told.text and (
                len(t.committee), history.index(t)) < at:
            return True
    return False


def _fits(a: Treatment, b: Treatment) -> bool:
    """The same body's treatment on the same day, each saying what the other leaves out
    and nothing against it."""
    return bool(a.date) and a.date == b.date and (
        a.committee.strip().lower() == b.committee.strip().lower()) and (
        a.punkt is None or b.punkt is None or a.punkt == b.punkt) and (
        not a.text or not b.text or a.text == b.text)


def one_per_treatment(history: list[Treatment]) -> list[Treatment]:
    """The history with a treatment named twice (its number in one place, its decision in
    another) as one entry, where the first stood.

    >>> from datetime import date
    >>> day = date(2021, 5, 5)
    >>> [(t.punkt, t.text) for t in one_per_treatment(
    ...     [Treatment("Byrådet", day, "", 44), Treatment("Byrådet", day, "Godkendt.")])]
    [(44, 'Godkendt.')]
    >>> [(t.committee, t.punkt, t.text) for t in one_per_treatment(
    ...     [Treatment("Byrådet", day, "", 44), Treatment("", day, "Godkendt.")])]
    [('Byrådet', 44, 'Godkendt.')]
    """
    history = [t for t in history if not (isinstance(t, Told) and _told_twice(t, history))]
    out: list[Treatment] = []
    for entry in history:
        same = next((t for t in out if _fits(t, entry) or _named_by_day(t, entry, history)),
                    None)
        if same is None:
            out.append(entry)
            continue
        same.committee = same.committee or entry.committee
        same.punkt = same.punkt if same.punkt is not None else entry.punkt
        same.text = same.text or entry.text
    return out


def _named_by_day(a: Treatment, b: Treatment, history: list[Treatment]) -> bool:
    """One of the two names no body, the other is the history's only entry that day with
    a body, and they say nothing against each other: the same treatment."""
    if not a.date or a.date != b.date or bool(a.committee.strip()) == bool(b.committee.strip()):
        return False
    bodies = {t.committee.strip().lower() for t in history if t.date == a.date and t.committee}
    return len(bodies) == 1 and (a.punkt is None or b.punkt is None or a.punkt == b.punkt) and (
        not a.text or not b.text or a.text == b.text)
