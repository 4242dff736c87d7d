"""A member's statement entered into the minutes ("Protokoltilførsel: …") under the
decision: a section of its own (`PROTOCOL_SECTION`), not part of what was decided.

    Beslutning                              Beslutning
    Indstillingen blev godkendt.            Indstillingen blev godkendt.
                                            Fraværende: Bo Holm (V)
    Protokoltilførsel:                →
    Ø ønsker ført til protokol: "…"         Protokoltilførsel
                                            Ø ønsker ført til protokol: "…"
    Fraværende: Bo Holm (V)

The statement runs from its label to the decision's end; an attendance line after it
("Fraværende: …", "Afbud: …") is the decision's again. A label that says whose statement it
is ("Protokoltilførsel fra Ø:") stays as the statement's first line; the bare label goes.
A sentence that only says a statement was made ("V ønskede ført til protokol, at …") has no
label and stays in the decision.

A minority's statement under a heading of its own after it ("Mindretalsudtalelse" over
"Enhedslisten kan ikke støtte, …", written "Mindretalsudtalelse:" by `text_item_body`) is
a statement of its own too (`MINORITY_SECTION`), not the end of the one before it; only
the bare heading opens one ("Mindretalsudtalelse fra Ø:" inside a decision's account of a
vote is the decision's text).
"""

from __future__ import annotations

import re

from referat.domain import MINORITY_SECTION, PROTOCOL_SECTION, AgendaItem, Section

from .common import DECISION

# The label, at a line's start or after a finished sentence ("… mod 1 (F). Protokoltilførsel:
# Ulrik …"), alone or naming whose it is ("Protokoltilførsel fra Ø:")
_LABEL_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*(?P<l>(?:protokoltilførsel|tilførsel til protokollen)"
    r"(?P<who>[ \t]+(?:fra|for)[ \t]+[^:\n]{1,60})?)[ \t]*(?::|(?=\n)|\Z)"
    r"|(?:^|(?<=\n))[ \t]*(?P<m>mindretalsudtalelse)[ \t]*:", re.IGNORECASE)
# A line of the decision's own after the statement: who was absent
_ATTENDANCE_RE = re.compile(
    r"^[ \t]*(?:afbud|fraværende|fravær|inhabil|forfald|ikke til stede|følgende deltog ikke)"
    r"\b[^:\n]{0,60}:", re.IGNORECASE | re.MULTILINE)


def split_statement(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A decision's text without its entered statements, and each statement with its
    section's name (none when the text has none).

    >>> split_statement("Godkendt.\\n\\nProtokoltilførsel:\\nØ finder planen for dyr.")
    ('Godkendt.', [('Protokoltilførsel', 'Ø finder planen for dyr.')])
    >>> split_statement("Godkendt. Protokoltilførsel fra Ø: For dyr.\\nAfbud: Bo Ek")
    ('Godkendt.\\nAfbud: Bo Ek', [('Protokoltilførsel', 'Protokoltilførsel fra Ø: For dyr.')])
    >>> split_statement("Godkendt. V ønskede ført til protokol, at planen er for dyr.")
    ('Godkendt. V ønskede ført til protokol, at planen er for dyr.', [])
    >>> split_statement("Godkendt.\\nProtokoltilførsel:\\nV: Godt.\\nMindretalsudtalelse: Ø: Nej.")
    ('Godkendt.', [('Protokoltilførsel', 'V: Godt.'), ('Mindretalsudtalelse', 'Ø: Nej.')])
    """
    labels = list(_LABEL_RE.finditer(text))
    if not labels:
        return text, []
    decided = text[:labels[0].start()].rstrip()
    statements: list[tuple[str, str]] = []
    for label, then in zip(labels, [*labels[1:], None], strict=True):
        rest = text[label.end():then.start() if then else len(text)]
        after = _ATTENDANCE_RE.search(rest)
        said = (rest[:after.start()] if after else rest).strip()
        if label["who"] and said:
            said = f"{label['l'].strip()}: {said}"
        if after:
            decided = f"{decided}\n{rest[after.start():].strip()}".strip()
        if said:
            statements.append((MINORITY_SECTION if label["m"] else PROTOCOL_SECTION, said))
    return decided, statements


def entered_statements(item: AgendaItem) -> None:
    """Each decision's entered statements as sections right after it."""
    sections: list[Section] = []
    for section in item.sections:
        decided, said = split_statement(section.text) if section.name == DECISION else ("", [])
        if not said:
            sections.append(section)
            continue
        section.text = decided
        sections.extend([section] if decided else [])
        sections.extend(Section(name, text) for name, text in said)
    item.sections = sections
