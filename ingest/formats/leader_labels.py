"""A header's labels padded to one column with a dot leader, as a fixed-width print (a
mainframe's report) sets them:

    MØDEDATO.....: 23.06.2025   KL. 14.00 - 16.45
    MØDESTED.....: RÅDHUSET, RÅDHUS ALLÉ 100, 9900 FREDERIKSHAVN

Written as the labels the header reads ("MØDEDATO: 23.06.2025 KL. 14.00 - 16.45"): the
dots go (they are no part of the place), and the value's parts, padded apart to their
print columns, are a space apart, so that the date and the time read as one fact. A
contents line's leader ("Budget ........ 3") has no colon after its dots and stays.

A members' list padded the same way, each member's status at the right margin, is
written as a members' list writes it: a member who took part as the name (and role)
alone, one absent with the status after a dash ("Signe Boesen (A), næstformand -
Afbud", `text_people.DASH_ABSENT_RE`), so that neither dots nor status become a role:

    Karsten Ejby (V), formand ................... Deltog
    Signe Boesen (A), næstformand ............... Afbud
"""

from __future__ import annotations

import re

# a label of words (no digits), three dots or more, then the colon and the value
_LEADER_RE = re.compile(r"^([ \t]*[^\W\d][^\d.:\n]{0,30}?)[ \t]*\.{3,}[ \t]*:[ \t]*(\S.*)$",
                        re.MULTILINE)
# a member (a capitalised name, a party, a role after a comma), the leader, the status
# (present from afar: "Deltog pr. telefon", "Deltog via Teams", "Deltog telefonisk")
_MEMBER_RE = re.compile(r"^([ \t]*[A-ZÆØÅ][^.:\n]{2,80}?)[ \t]*\.{3,}[ \t]*(?:(?i:deltog|mødt|"
                        r"til stede)(?i:[ \t]+(?:pr\.|via|over)[ \t]+[^\n]{1,40}|"
                        r"[ \t]+(?:telefonisk|online|virtuelt|digitalt))?|"
                        r"(?P<away>(?i:afbud|fraværende|ikke mødt)))[ \t]*$",
                        re.MULTILINE)


def leader_labels(text: str) -> str:
    """The text with each dot-leader label line written "Label: value".

    >>> leader_labels("DATO........: 02.09.2025    KL. 09.30\\nSag ...... 4")
    'DATO: 02.09.2025 KL. 09.30\\nSag ...... 4'
    >>> leader_labels("  Bo Dam (V), formand ........ Deltog\\n  Ib Due (A) ..... Ikke mødt")
    '  Bo Dam (V), formand\\n  Ib Due (A) - Fraværende'
    >>> leader_labels("  Bo Dam (V), næstformand ........ Deltog pr. telefon")
    '  Bo Dam (V), næstformand'
    """
    if "..." not in text:
        return text
    text = _MEMBER_RE.sub(lambda m: f"{m[1]} - Fraværende" if m["away"] else m[1], text)
    return _LEADER_RE.sub(lambda m: f"{m[1]}: {' '.join(m[2].split())}", text)
