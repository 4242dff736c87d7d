"""A header's labels padded to one column with a dot leader, as a fixed-width print (a
mainframe's report) sets them:

    MØDEDATO.....: 23.06.2025   KL. 14.00 - 16.45
    MØDESTED.....: RÅDHUSET, RÅDHUS ALLÉ 100, 9900 FREDERIKSHAVN

Written as the labels the header reads ("MØDEDATO: 23.06.2025 KL. 14.00 - 16.45"): the
dots go (they are no part of the place), and the value's parts, padded apart to their
print columns, are a space apart, so that the date and the time read as one fact. A
contents line's leader ("Budget ........ 3") has no colon after its dots and stays.
"""

from __future__ import annotations

import re

# a label of words (no digits), three dots or more, then the colon and the value
_LEADER_RE = re.compile(r"^([ \t]*[^\W\d][^\d.:\n]{0,30}?)[ \t]*\.{3,}[ \t]*:[ \t]*(\S.*)$",
                        re.MULTILINE)


def leader_labels(text: str) -> str:
    """The text with each dot-leader label line written "Label: value".

    >>> leader_labels("DATO........: 02.09.2025    KL. 09.30\\nSag ...... 4")
    'DATO: 02.09.2025 KL. 09.30\\nSag ...... 4'
    """
    if "..." not in text:
        return text
    return _LEADER_RE.sub(lambda m: f"{m[1]}: {' '.join(m[2].split())}", text)
