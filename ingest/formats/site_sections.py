"""A council site's section named in its banner, above the meeting's own page: "Politiske
udvalg", "Stående udvalg", "Råd og nævn" – the bodies in the plural, never the one body
whose meeting it is (the page's heading names that one: "Teknik- og Miljøudvalget");
and the banner's menu printed on one line ("Ringsted Kommune Borger Erhverv Politik Søg
Menu", "Selvbetjening Kontakt Tekststørrelse English")."""

from __future__ import annotations

import re

# an adjective in the plural before the bare noun ("Politiske udvalg"), the section's
# pair of nouns ("Udvalg og råd", "Råd og nævn"), or the bare noun alone in the plural,
# as a side menu heads its list of the bodies ("Udvalg", "Udvalgene": no body is named so)
_SECTION_RE = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]+e\s+(?:udvalg|råd|nævn)(?:\s+og\s+(?:råd|nævn|udvalg))?"
    r"|(?:udvalg|råd|nævn)\s+og\s+(?:råd|nævn|udvalg)|udvalg|udvalgene)$", re.IGNORECASE)


# A menu's entries, and those only a site's banner has (search, log-in, language, text size)
_MENU_WORDS = frozenset("""forside borger borgere erhverv politik selvbetjening kontakt hjælp
job abonnér søg menu english deutsch tekststørrelse""".split())
_SITE_WORDS = frozenset("forside søg menu english deutsch tekststørrelse log-ind".split())


def site_section(row: str) -> bool:
    """Whether the row names a site's section of bodies, or is the site's menu, not a body.

    >>> site_section("Politiske udvalg"), site_section("Teknisk udvalg")
    (True, False)
    >>> site_section("Udvalg"), site_section("Udvalget for Klima")
    (True, False)
    >>> site_section("Ringsted Kommune Borger Erhverv Politik Job Søg Menu ☰")
    True
    """
    if _SECTION_RE.match(" ".join(row.split())):
        return True
    words = re.sub(r"(?i)\blog\s+ind\b", "log-ind", row).lower().split()
    menu = [w for w in words if w in _MENU_WORDS or w in _SITE_WORDS]
    return not row.rstrip().endswith((".", ":")) and len(menu) >= 2 and bool(
        _SITE_WORDS.intersection(menu))
