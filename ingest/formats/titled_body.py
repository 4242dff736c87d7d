"""A document titled by the meeting it records ("Beslutninger fra mødet i Regionsrådet",
"Referat fra ordinært møde i Byrådet"), read as the committee with the letterhead above it:
the body is what follows "møde(t) i"; the letterhead (the region's or municipality's name)
and the document's kind are no part of the body's name. So too a web page listing a body's
meetings ("Referater fra ungdomsskolebestyrelsen" under the site's banner): the body is
what the heading's last words name."""

from __future__ import annotations

import re

_TITLE_RE = re.compile(
    r"^.*?\b(?:beslutninger|beslutningsprotokol|referat|dagsorden|protokol)\s+fra\s+"
    r"(?:[a-zæøå]+\s+)?møde[t]?\s+i\s+(?P<body>[A-ZÆØÅ][\w -]{2,60}?)\W*$", re.IGNORECASE)
# a listing page's heading, last: "… Referater fra ungdomsskolebestyrelsen", "Dagsordener og
# referater for Handicaprådet"
_LISTING_RE = re.compile(
    r"(?:^|\s)(?:referater|dagsordener)(?:\s+og\s+(?:referater|dagsordener))?\s+(?:fra|for)\s+"
    r"(?P<body>[\wæøå-]*(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet))$",
    re.IGNORECASE)


def titled_body(committee: str | None) -> str | None:
    """The body a title "… fra mødet i X" names; any other committee as it is.

    >>> titled_body("REGION LUNDE Beslutninger fra mødet i Regionsrådet")
    'Regionsrådet'
    >>> titled_body("Hedensted Ungdomsskole Forside Referater fra ungdomsskolebestyrelsen")
    'Ungdomsskolebestyrelsen'
    >>> titled_body("Teknikudvalget")
    'Teknikudvalget'
    """
    found = _TITLE_RE.match(committee or "")
    if listed := _LISTING_RE.search(committee or ""):
        return listed["body"][:1].upper() + listed["body"][1:]
    return found["body"] if found and found["body"][:1].isupper() else committee
