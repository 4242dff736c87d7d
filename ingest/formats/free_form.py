"""A small board's free-form minutes: no section headings under its items, so each
item's text is what the board recorded — its decision (`text.parse_minutes`, for a
document headed "Referat" or a protocol's table)."""

from __future__ import annotations

from referat.domain import AgendaItem

# an item's text, and an earlier body's
FREE_FORM = frozenset({"Beskrivelse", "Beslutningshistorik"})
# what a labelled item holds besides: its decision, and the discussion before it
_DECIDED = frozenset({"Beslutning", "Behandling"})


def free_form_records(items: list[AgendaItem]) -> None:
    """Each item's untitled text as its decision, when no item has a heading (an earlier
    body's history aside) and two or more have text; or, when some items have
    "Beslutning:" (and the discussion before it, "Drøftelse:") and two or more only
    untitled text, those items' text."""
    if all({s.name for s in i.sections} <= FREE_FORM for i in items) and sum(
            bool(i.sections) for i in items) >= 2:
        for item in items:  # (an earlier body's line aside)
            for section in item.sections:
                section.name = "Beslutning" if section.name == "Beskrivelse" else section.name
    elif all({s.name for s in i.sections} <= FREE_FORM | _DECIDED for i in items) and sum(
            {s.name for s in i.sections} == {"Beskrivelse"} for i in items) >= 2:
        for item in items:
            if [s.name for s in item.sections] == ["Beskrivelse"]:
                item.sections[0].name = "Beslutning"
