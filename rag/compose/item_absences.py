"""Absence that the minutes note at items, not on the meeting's list: Greve's list
marks no one absent, while punkt 1's decision ends "Fraværende: Anne Marie Lyduch".
Asked who was missing, the answer says so instead of "nævner ingen afbud"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .base import Context

# "Fraværende: Anne Marie Lyduch", "Afbud: Per Hansen (V) og Lis Bo (A)"; not "Ingen"
_ABSENT_LINE = re.compile(r"^\s*(?:Fraværende|Afbud|Fravær)\s*:\s*(.+?)\s*\.?\s*$",
                          re.I | re.M)
_NONE = re.compile(r"^(?:ingen|-|–)$", re.I)


def _noted(ctx: Context, meeting) -> Iterator[tuple[int, str, list[str]]]:  # noqa: ANN001
    """Each item's absence line: (punkt, the line as printed, the names it gives)."""
    for punkt, _title, _closed in meeting.agenda:
        view = ctx.lookup.item(replace(meeting.ref, punkt=punkt))
        for line in _ABSENT_LINE.finditer(view.section("Beslutning") if view else ""):
            names = [n.strip() for n in re.split(r",\s*|\s+og\s+", line.group(1))]
            yield punkt, line.group(0).strip(), [n for n in names if n and not _NONE.match(n)]


def item_absences(ctx: Context, meeting) -> dict[str, list[int]]:  # noqa: ANN001
    """Who an item's decision notes as absent, with the items ("Anne Marie Lyduch" →
    [1]), in the meeting's order."""
    found: dict[str, list[int]] = {}
    for punkt, _line, names in _noted(ctx, meeting):
        for name in names:
            found.setdefault(name, []).append(punkt)
    return found


def absences_line(ctx: Context, meeting, label: str) -> str:  # noqa: ANN001
    """"Deltagerlisten til … nævner ingen afbud, men referatet noterer fravær ved
    punkterne: Anne Marie Lyduch (punkt 1)." or "" when no item notes any."""
    found = item_absences(ctx, meeting)
    if not found:
        return ""
    names = ", ".join(f"{n} (punkt {', '.join(map(str, ps))})" for n, ps in found.items())
    return (f"Deltagerlisten til {label} nævner ingen afbud, men referatet noterer fravær "
            f"ved punkterne: {names}.")


def at_items_line(ctx: Context, meeting) -> str:  # noqa: ANN001
    """"Referatet noterer fravær ved enkelte punkter: punkt 13: »Fraværende: Tina
    Rottbøll«." — said after a meeting's list of who came or sent apologies — or ""
    when no item notes anyone the list does not already mark absent."""
    noted = [f"punkt {punkt}: »{line}«" for punkt, line, names in _noted(ctx, meeting)
             if any(not any(n in e for e in meeting.absentees) for n in names)]
    return f"Referatet noterer fravær ved enkelte punkter: {'; '.join(noted)}." if noted else ""
