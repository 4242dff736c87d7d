"""What a list of names runs into that is never a person: a heading
("Indholdsfortegnelse", "Åbne punkter"), a letterhead's authority alone on its line
("REGION MIDTJYLLAND"), a body's name over its members, a running page header."""

from __future__ import annotations

import re

# Headings a list of names runs into, never a person: "Indholdsfortegnelse", "Åbne punkter"
_NOT_A_NAME = frozenset("""indholdsfortegnelse indhold dagsorden dagsordenen referat
beslutningsprotokol protokol bilag oversigt underskrifter underskriftsblad åbne lukkede åbent
lukket punkter sager mødet navn""".split())
# ... nor is a letterhead's authority alone on its line ("REGION MIDTJYLLAND", "Faxe
# Kommune") a member (a member's "Ole Friis (C), Lundby Kommune" is one)
_AUTHORITY_RE = re.compile(r"^(?:region\s+\w+|(?:\w+\s+){1,2}(?:regions)?kommune)$")
# ... nor a body's name, a list's group heading ("Kultur- og Fritidsudvalget" above its
# members' table on a joint meeting's page): a compound ending in the body's kind
_BODY_RE = re.compile(r"^[\w\s-]*\w(?:udvalg|udvalget|rådet|bestyrelsen|nævnet|kommissionen)$")
# ... nor a running page header, the body and then the kind: "Nyborg Byråd - Referat - 11.10."
KIND_AFTER_RE = re.compile(r"^[^-–]{3,60}\s[-–]\s+(?i:referat|dagsorden|beslutningsprotokol)\b")


def heading_words(heading: str) -> bool:
    """A heading (cleaned, lower case) a list runs into: `'indholdsfortegnelse'`,
    `'åbne punkter'`, `'region midtjylland'`, `'kultur- og fritidsudvalget'`."""
    return (heading.split() or [""])[0] in _NOT_A_NAME or bool(_AUTHORITY_RE.match(heading)
                                                                or _BODY_RE.match(heading))
