"""An agenda's planning notes under an item's title, as a board's template prints them in
the title's cell of a "Pkt. | Emne | Referat" table: the time set aside ("Tid: 15 min."),
who presents the item ("Ansvarlig: HV") and its papers ("Bilag: Budgetopfølgning pr."),
each label on a line of its own, a value wrapped in the narrow cell onto the next line
("30.9.2019"). The record written in the next cell follows them in the PDF's text.

They are no sections of the record: the time and who presents it stay one line of the
item's text (so that "Ansvarlig" heads nothing), the papers are the item's "Bilag", and
the record below them goes on as the item's own text ("Beskrivelse"), not as the papers'.
A case number the papers' note names ("Høringsmateriale, sagsnr. 19/11842") is the item's.
Read so only where the notes open the item with the time set aside, and one more note."""

from __future__ import annotations

import re

_NOTE_RE = re.compile(r"^(?P<l>Tid|Ansvarlig|Bilag)\s*:\s*(?P<v>\S.*)$", re.IGNORECASE)
_TIME_RE = re.compile(r"^\d{1,3}\s*(?:min\.?|minutter|timer?|t\.?)$", re.IGNORECASE)
# a value's line wrapped in the cell: it goes on in small letters or with a number
# ("nationale trivselsmåling", "19/11842"), or is a name's last words ("Otto Mikkelsen");
# not the record's lettered point ("a) Formanden: …")
_GOES_ON_RE = re.compile(r"^(?![a-zæøå][.)]\s)(?:[a-zæøå\d(]|(?:[A-ZÆØÅ][\w-]*\s?){1,3}$)")
# the papers' case number ("Bilag: Høringsmateriale, sagsnr. 19/11842"): the item's
_CASE_RE = re.compile(r"\b(?:sagsnr|sags\.?\s?nr|j\.\s?nr)\.?\s*:?\s*(\d[\w./-]*\d)", re.IGNORECASE)


def _wrapped(line: str) -> bool:
    """Whether `line` goes on with the note above it, not the record's first line."""
    return bool(_GOES_ON_RE.match(line)) and not line.endswith((".", "!", "?", ":"))


def planning_notes(body: list[str]) -> list[str]:
    """The item's `body` with its planning notes read so (see the module's note); a body
    that does not open with them as it is.

    >>> planning_notes(["Tid: 10 min.", "Ansvarlig: Bo Holm / skolechef Ida", "Lund",
    ...                 "Bilag: Skema for", "skoleåret 2025/26", "Bo fremlagde skemaet for alle."])
    ['Tid: 10 min. Ansvarlig: Bo Holm / skolechef Ida Lund', '', \
'Bilag: Skema for skoleåret 2025/26', '', 'Beskrivelse', '', 'Bo fremlagde skemaet for alle.']
    >>> planning_notes(["Tid: 5 min.", "Ansvarlig: BH", "Ingen bemærkninger."])
    ['Tid: 5 min. Ansvarlig: BH', '', 'Ingen bemærkninger.']
    >>> planning_notes(["Tid: 5 min.", "Bilag: Høring, sagsnr.", "21/774", "Drøftet."])[:2]
    ['Sagsnr.: 21/774', '']
    """
    first = next((k for k, ln in enumerate(body) if ln.strip()), len(body))
    notes: list[tuple[str, list[str]]] = []
    k = first
    while k < len(body) and (line := body[k].strip()):
        m = _NOTE_RE.match(line)
        if m and m["l"].capitalize() not in (label for label, _ in notes):
            notes.append((m["l"].capitalize(), [m["v"]]))
        elif notes and notes[-1][0] != "Tid" and _wrapped(line):
            notes[-1][1].append(line)
        else:
            break
        k += 1
    said = {label: " ".join(value) for label, value in notes}
    if len(notes) < 2 or notes[0][0] != "Tid" or not _TIME_RE.match(said["Tid"]):
        return body
    lead = " ".join(f"{label}: {value}" for label, value in said.items() if label != "Bilag")
    papers = ["", f"Bilag: {said['Bilag']}", "", "Beskrivelse"] if "Bilag" in said else []
    case = [f"Sagsnr.: {m[1]}", ""] if (m := _CASE_RE.search(said.get("Bilag", ""))) else []
    return [*body[:first], *case, lead, *papers, "", *body[k:]]
