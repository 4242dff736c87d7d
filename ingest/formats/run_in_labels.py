"""Section labels run into their paragraph's first line that `labels.heading_label` does
not take, as a secretary types them in bold before the text:

* a label that is one only with its colon (`text_sections.COLON_LABELS`): the outcome
  ("Resultat: Godkendt.", "Vedtaget: …") – the decision; "Drøftelse: …" – the discussion;
* the staff's recommendation opening its paragraph with its comma before the "at"
  ("Administrationen indstiller, at …", "Direktionen indstiller, at …"), or alone on its
  line above its "at"-points – the recommendation, its opening words kept;
* the committee's own recommendation onward, run in the same way ("Udvalget anbefaler,
  at …") – the decision, the text after the comma.
"""

from __future__ import annotations

import re

from .common import RECOMMENDS, is_body_decision
from .text_sections import COLON_LABELS

_OUTCOME_RE = re.compile(r"^(?P<h>[A-ZÆØÅ]\w+)\s*:\s*(?P<rest>\S.*)$")
_RUN_IN_RE = re.compile(r"^(?P<h>[A-ZÆØÅ][\w ]{5,40}?),(?:\s+(?P<rest>at\s.*))?$")


def run_in_label(line: str) -> tuple[str, str] | None:
    """The section a paragraph's run-in label opens and the paragraph's text under it.

    >>> run_in_label("Resultat: Godkendt.")
    ('Beslutning', 'Godkendt.')
    >>> run_in_label("Direktionen indstiller, at planen vedtages.")
    ('Indstilling', 'Direktionen indstiller, at planen vedtages.')
    >>> run_in_label("Udvalget anbefaler, at puljen fordeles.")
    ('Beslutning', 'at puljen fordeles.')
    >>> run_in_label("Forvaltningen indstiller,")  # (alone, its "at"-points below it)
    ('Indstilling', 'Forvaltningen indstiller,')
    >>> run_in_label("Drøftelse: Udvalget drøftede sagen.")
    ('Behandling', 'Udvalget drøftede sagen.')
    >>> run_in_label("Udvalget drøftede, at …"), run_in_label("Resume: kort")
    (None, None)
    """
    m = _OUTCOME_RE.match(line)
    if m and m["h"].lower() in COLON_LABELS:
        return COLON_LABELS[m["h"].lower()], m["rest"]
    m = _RUN_IN_RE.match(line)
    if not m:
        return None
    if m["h"].lower().startswith(RECOMMENDS):
        return "Indstilling", line
    return ("Beslutning", m["rest"] or "") if is_body_decision(m["h"]) else None
