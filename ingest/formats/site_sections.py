"""A council site's section named in its banner, above the meeting's own page: "Politiske
udvalg", "Stående udvalg", "Råd og nævn" – the bodies in the plural, never the one body
whose meeting it is (the page's heading names that one: "Teknik- og Miljøudvalget")."""

from __future__ import annotations

import re

# an adjective in the plural before the bare noun ("Politiske udvalg"), or the section's
# pair of nouns ("Udvalg og råd", "Råd og nævn")
_SECTION_RE = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]+e\s+(?:udvalg|råd|nævn)(?:\s+og\s+(?:råd|nævn|udvalg))?"
    r"|(?:udvalg|råd|nævn)\s+og\s+(?:råd|nævn|udvalg))$", re.IGNORECASE)


def site_section(row: str) -> bool:
    """Whether the row names a site's section of bodies, not a body.

    >>> site_section("Politiske udvalg"), site_section("Teknisk udvalg")
    (True, False)
    """
    return bool(_SECTION_RE.match(" ".join(row.split())))
