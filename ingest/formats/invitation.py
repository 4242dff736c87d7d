"""A meeting invitation as Outlook prints it (or saves it as text), the agenda in its
message: a head of Outlook's own labels, "Emne: Ældrerådet - ordinært møde",
"Placering: Kildeholm Rådhus, mødelokale 1", "Start: ma 22-04-2024 09:30", "Slut: …",
"Mødeindkalder: Lene Bech", "Obligatoriske deltagere: Ove Thomsen; Birte Lauridsen",
"Valgfrie deltagere: Gitte Holm" (in English "Subject:", "Location:", "Organizer:",
"Required Attendees:", "Optional Attendees:"), then the message. An iCalendar file
(.ics) is written in this form first (`ingest.ical_text`).

The head is written in the labels the minutes' header uses: the subject names the body
("Udvalg: …"), the location is the place ("Mødested: …"), and the people invited are the
participants ("Deltagere: …", the optional ones as "valgfri deltager"); the organiser sent
the invitation (a secretary, who signs its text) and is no participant unless invited as
well; the end, the recurrence and the reply's status are no facts of the meeting. A
subject that strings the body with the meeting's date and the document's kind ("Kultur-
og Fritidsudvalget - møde 2. december 2025 - dagsorden") names the body by its other
parts; the kind stays a line of its own ("Dagsorden"). Found by that head only: any
other text is returned as it is.
"""

from __future__ import annotations

import re

from referat.danish import DATE_RE, NUMERIC_DATE_RE

_FIELD_RE = re.compile(r"^[ \t]*(?P<label>[A-Za-zÆØÅæøå][\w ]{1,30}?)[ \t]*:[ \t]*(?P<value>.*)$")
# Outlook's labels by what they hold
_SUBJECT = frozenset({"emne", "subject"})
_PLACE = frozenset({"placering", "location"})
_START = frozenset({"start", "starttidspunkt"})
_ORGANISER = frozenset({"mødeindkalder", "organizer", "organiser"})
_REQUIRED = frozenset({"obligatoriske deltagere", "required attendees", "påkrævede deltagere"})
_OPTIONAL = frozenset({"valgfrie deltagere", "optional attendees"})
_DROPPED = frozenset({"slut", "end", "sluttidspunkt", "gentagelse", "recurrence", "mødestatus",
                      "meeting status", "vigtighed", "importance", "kategorier", "categories"})
_INVITED = _ORGANISER | _REQUIRED | _OPTIONAL
_NOTES = {label: " (valgfri deltager)" for label in _OPTIONAL}
_HEAD = 15  # lines the head may take
# The parts of a subject ("Udvalget - møde 2. december 2025 - dagsorden", "Dagsorden: …")
_SUBJECT_SEP_RE = re.compile(r"\s+[-–—|]\s+|(?<=\w):\s+")
_KIND_RE = re.compile(r"^(?:dagsorden|referat|beslutningsprotokol|(?:møde)?indkaldelse)$", re.I)
_ISO_DATE_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# what is left of a part that gives the meeting's date: "møde", "ordinært møde den", "kl."
_DATE_WORDS_RE = re.compile(r"^(?:(?:ekstra)?ordinært\s+|konstituerende\s+)?(?:møde(?:t)?)?"
                            r"[\s,]*(?:den|d\.)?[\s,]*(?:kl\.?\s*[\d.:]+(?:\s*-\s*[\d.:]+)?)?$",
                            re.IGNORECASE)


def subject_parts(subject: str) -> tuple[str, str]:
    """(the body, the document's kind) a subject names, the meeting's date and kind apart.

    >>> subject_parts("Kultur- og Fritidsudvalget - møde 2. december 2025 - dagsorden")
    ('Kultur- og Fritidsudvalget', 'dagsorden')
    >>> subject_parts("Dagsorden: Ældrerådet | 22.04.2024"), subject_parts("Ældrerådet")
    (('Ældrerådet', 'Dagsorden'), ('Ældrerådet', ''))
    """
    kept, kind = [], ""
    for part in _SUBJECT_SEP_RE.split(subject.strip()):
        undated = _ISO_DATE_RE.sub("", NUMERIC_DATE_RE.sub("", DATE_RE.sub("", part))).strip()
        if _KIND_RE.match(part.strip()) and not kind:
            kind = part.strip()
        elif undated == part.strip() or not _DATE_WORDS_RE.match(undated):
            kept.append(part.strip())  # (a part without a date, or more than a date)
    return (" - ".join(kept) if kept else subject.strip()), kind


def invitation_text(text: str) -> str:
    """The invitation with its head in the minutes' header labels; any other text as it is.

    >>> print(invitation_text("Emne: Ældrerådet - ordinært møde\\nPlacering: Rådhuset\\n"
    ...     "Start: ma 22-04-2024 09:30\\nSlut: ma 22-04-2024 12:00\\n"
    ...     "Obligatoriske deltagere: Ove Thomsen; Karen Bak\\nValgfrie deltagere: Gitte Holm"
    ...     "\\n\\n1. Godkendelse af dagsorden"))
    Udvalg: Ældrerådet - ordinært møde
    Mødested: Rådhuset
    Start: ma 22-04-2024 09:30
    Deltagere: Ove Thomsen; Karen Bak; Gitte Holm (valgfri deltager)
    <BLANKLINE>
    1. Godkendelse af dagsorden
    """
    lines = text.split("\n")
    head = [k for k, ln in enumerate(lines[:_HEAD * 2]) if ln.strip()][:_HEAD]
    fields = {k: (m["label"].strip().lower(), m["value"].strip()) for k in head
              if (m := _FIELD_RE.match(lines[k]))}
    labels = {label for label, _ in fields.values()}
    if not (labels & _SUBJECT and labels & _START and labels & (_PLACE | _INVITED)):
        return text
    invited = [f"{name.strip()}{_NOTES.get(label, '')}" for label, value in fields.values()
               if label in _REQUIRED | _OPTIONAL for name in re.split(r"[;,]", value)
               if name.strip()]
    out: list[str] = []
    for k, line in enumerate(lines):
        label, value = fields.get(k, ("", ""))
        if label in _SUBJECT:
            body, kind = subject_parts(value)
            out.extend([f"Udvalg: {body}", *([kind.capitalize()] if kind else [])])
        elif label in _PLACE:
            out.append(f"Mødested: {value}")
        elif label in _INVITED and invited:
            out.append(f"Deltagere: {'; '.join(invited)}")  # (at the first of their lines)
            invited = []
        elif label not in _DROPPED and label not in _INVITED:
            out.append(line)
    return "\n".join(out)
