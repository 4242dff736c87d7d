"""An agenda API's item numbered with a letter after its parent's number ("3a", "3b"
under "3": FirstAgenda's `Punktnummer`), read as a part of that item.

Minutes cite an item by its number, so a lettered point is no item of its own: its
sections join its parent's, each opened by its printed number and title ("3a. Puljen
til foreningsudvikling - ansøgning fra Roklubben:" / "Godkendt med et tilskud på …"),
its case number kept in the parent's text, its history and absentees the parent's. A
lettered point whose parent the file lacks ("5a" after 5 without a "5" heading over
it: an urgent item), or one marked as a supplementary agenda's ("21a" "Tillæg: …", an
item of its own with its own case and decision), takes the next number in reading
order, its printed mark as its label, and the items after it move on by one.
"""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Section

# A supplementary agenda's item, so marked before its title
_SUPPLEMENT_RE = re.compile(r"^\s*tillæg(?:spunkt|sdagsorden)?\s*[:–-]\s*(?=\S)", re.IGNORECASE)
_LETTERED_RE = re.compile(r"^\s*(?:punkt\s+)?(\d{1,3})\s*([a-zæøå])[.)]?\s*$", re.IGNORECASE)


def lettered_number(value: object) -> tuple[int, str] | None:
    """`"3a"` → (3, "3a"); None for any other value.

    >>> lettered_number("3a"), lettered_number(" 12 B. "), lettered_number("3")
    ((3, '3a'), (12, '12b'), None)
    """
    m = _LETTERED_RE.match(str(value)) if isinstance(value, str) else None
    return (int(m.group(1)), f"{m.group(1)}{m.group(2).lower()}") if m else None


def fold_lettered(items: list[AgendaItem]) -> list[AgendaItem]:
    """The items in reading order with each lettered point (a `label` like "3a") folded
    into its parent; one without a parent numbered on in reading order."""
    parents = {i.number: i for i in items if not i.label}
    out: list[AgendaItem] = []
    for item in items:
        parent = parents.get(item.number) if item.label else None
        if item.label and (added := _SUPPLEMENT_RE.match(item.title)):
            # "Tillæg: Ekstraordinær bevilling …" (a supplementary agenda's item, cited
            # as "punkt 21a"): an item of its own, numbered on, its mark its label
            parent, item.title = None, item.title[added.end():]
        if parent is None:
            out.append(item)
            continue
        head = f"{item.label}. {item.title}:"
        if (case := item.journal_number) and case != parent.journal_number:
            parent.sections.append(Section("Beskrivelse", f"{head}\nSagsnr.: {case}"))
        for section in item.sections:
            text = f"{head}\n{section.text}"
            same = next((s for s in parent.sections if s.name == section.name), None)
            if same is None:
                parent.sections.append(Section(section.name, text))
            else:
                same.text = f"{same.text}\n\n{text}".strip()
        parent.history += item.history
        parent.absentees += [a for a in item.absentees if a not in parent.absentees]
    if any(i.label for i in out):  # (an urgent "5a": numbered on, its mark kept)
        for place, item in enumerate(out, start=1):
            item.label = item.label or ("" if item.number == place else str(item.number))
            item.number = place
    return out
