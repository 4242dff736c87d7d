"""A region's own body ("Regionsrådet", "Regionsrådets forretningsudvalg") meets for
the region, never for the town its address names ("Niels Bohrs Vej 30, 9220 Aalborg
Øst"): when no letterhead names the authority, the region its text names ("Årsregnskab
2024 for Region Nordjylland") is the minutes' authority, as a region's letterhead makes
it elsewhere (`common.municipality_in`)."""

from __future__ import annotations

import re
from collections import Counter

from referat.municipalities import REGIONS

# the body of a region: its council, a committee of it, or the region by its name
_REGION_BODY_RE = re.compile(r"^(?:regionsråd|region\s)", re.IGNORECASE)
_REGION_RE = re.compile(rf"\bRegion\s+({'|'.join(sorted(REGIONS))})\b")


def body_region(committee: str, text: str) -> str | None:
    """The region a region's body meets for, as its text names it; None for any other
    body, or when the text names no region.

    >>> body_region("Regionsrådet", "Regionshuset, 9220 Aalborg Øst\\n2. Regnskab for "
    ...             "Region Nordjylland")
    'Region Nordjylland'
    >>> body_region("Økonomiudvalget", "Aftale med Region Nordjylland") is None
    True
    """
    if not _REGION_BODY_RE.match(committee.strip()):
        return None
    named = Counter(_REGION_RE.findall(text))
    return f"Region {named.most_common(1)[0][0]}" if named else None
