"""Each person once on a meeting's participants list: one listed twice, with and
without the party or under two labels, merged (`text_header`)."""

from __future__ import annotations

import re

from referat.domain import Participant


def _person_key(name: str) -> str:
    """The name for comparing, a scan's OCR letters as the printed ones ("Moller" is
    "Møller", "K1oster" is "Kloster")."""
    key = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip().lower().replace("æ", "ae")
    return key.replace("rn", "m").translate(_OCR_SAME)


_OCR_SAME = str.maketrans({"ø": "o", "0": "o", "å": "a", "1": "l"})


def listed_once(participants: list[Participant]) -> list[Participant]:
    """Each person once: one listed with and without the party ("Lise Ravn" is "Lise
    Ravn (C)", the fuller name and the first role kept, or a later one saying more of it:
    "stedfortræder for …"), and one listed present and absent too ("Fraværende:") absent."""
    absent = {_person_key(p.name) for p in participants if p.status == "afbud"}
    people = []
    first: dict[str, Participant] = {}
    for p in participants:
        if (k := _person_key(p.name)) in first:  # listed twice: the second list's role kept
            kept = first[k]
            kept.role = p.role if p.role.startswith(kept.role) else kept.role
            kept.name = max(kept.name, p.name, key=len)
            continue
        first[k] = p
        if k in absent:
            p.status = "afbud"
        people.append(p)
    return people
