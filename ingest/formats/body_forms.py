"""Bodies whose names are not "<X>udvalget": a committee set up under the Local
Government Act's § 17, stk. 4 ("§ 17, stk. 4-udvalget for Fremtidens Skole"), a body
named for its task, its fields listed with commas ("Udvalg for Børn, Unge og Familie",
"Opgaveudvalget for Bæredygtig Byudvikling", "Det midlertidige udvalg vedr.
Klimatilpasning"). Their names open with the statute or the body's word and go on with
"for"/"vedr." and the field; a comma in them lists the fields up to the last "og"."""

from __future__ import annotations

import re

# The statute a § 17-committee is named by: "§ 17, stk. 4-" before "udvalget"
STATUTE = r"§\s*\d+\s*,\s*stk\.\s*\d+\s*-\s*"
# A comma inside a name, listing its fields: "Børn, Unge og Familie" (not the one closing
# the name before a date: "…, 7. februar 2023")
FIELD_COMMA = r",(?=\s+[A-ZÆØÅ][\w-]*(?:,\s+[A-ZÆØÅ][\w-]*)*\s+og\s+[A-ZÆØÅ])"
_BODY_WORD = r"(?i:udvalg|udvalget|rådet|nævnet|bestyrelsen|kommissionen)"
# A body named for its task: "Udvalget for Klima, Natur og Miljø", "Opgaveudvalget for
# …", "Det midlertidige udvalg vedr. …", "§ 17, stk. 4-udvalget for …"
_TASK_BODY_RE = re.compile(rf"^(?:{STATUTE}|De[nt]\s+[a-zæøå]+\s+|[A-ZÆØÅ][\w-]*?)?"
                           rf"{_BODY_WORD}\s+(?:for|vedr\.|vedrørende)\s+[A-ZÆØÅ]"
                           rf"(?:[^,:.;]|{FIELD_COMMA})*$")


def task_body(text: str) -> bool:
    """Whether a line is the name of a body named for its task.

    >>> task_body("§ 17, stk. 4-udvalget for Fremtidens Skole"), task_body(
    ...     "Udvalg for Børn, Unge og Familie"), task_body("Amalie Friis, elevrepræsentant")
    (True, True, False)
    >>> task_body("Det midlertidige udvalg vedr. Klimatilpasning")
    True
    """
    return bool(_TASK_BODY_RE.match(text.strip()))


