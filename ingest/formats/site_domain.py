"""A municipality named only by its web domain: minutes that never write "<Name>
Kommune" (a youth council's, signed by its consultant) still carry the municipality's
own address in their signature – "www.kolding.dk/bub", "mahj@kolding.dk". A domain
that is a municipality's name ("kolding.dk", "vesthimmerland.dk", "holbaek.dk" for
Holbæk) names the authority the minutes belong to; any other domain (a firm's, a
school's) names none.

Read only when the text names no municipality, region or address otherwise.
"""

from __future__ import annotations

import re
from collections import Counter

from referat.municipalities import official_name

# "www.kolding.dk", "https://kolding.dk/…", "navn@kolding.dk" (not "dagsordener.x.dk",
# which `municipality.municipality_in` reads already)
_DOMAIN_RE = re.compile(r"(?:\bwww\.|https?://|[\w.+-]@)([a-zæøå-]+)\.dk\b", re.IGNORECASE)


def domain_municipality(text: str) -> str | None:
    """The municipality whose own domain the text's web or mail addresses name most.

    >>> domain_municipality("Mvh. Ida\\n✉️ ida@kolding.dk · www.kolding.dk/ung")
    'Kolding'
    >>> domain_municipality("Læs mere på www.holbaek.dk")
    'Holbæk'
    >>> domain_municipality("Kontakt: info@skolekom.dk") is None
    True
    """
    named = Counter(name for m in _DOMAIN_RE.finditer(text)
                    if (name := official_name(m.group(1))))
    return named.most_common(1)[0][0] if named else None
