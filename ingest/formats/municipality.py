"""Which municipality (or region, or amt) a file is from, read from its text: "<Name>
Kommune", "<Name> Rådhus", a minutes site's host (dagsordener.greve.dk), a letterhead
alone on its line ("FANØ KOMMUNE", "Region Syddanmark", "VEJLE AMT"); and, for a
document that names none, the town of a postal address at its head
(`address_municipality`).

Every source adapter asks this when its own fields name no municipality; `common`
imports both functions back, so the adapters keep importing them from there.
"""

from __future__ import annotations

import re
from collections import Counter

from referat.municipalities import REGIONS, official_name, same_name, towns_in_addresses

# (a name begins after no letter and no hyphen: "Faaborg-Midtfyn" is never "Midtfyn",
# also where a PDF's page counter runs into it: "Side 1 af 9Faaborg-Midtfyn Kommune")
_START = r"(?<![A-Za-zÆØÅæøåé-])"
_MUNICIPALITY_RE = re.compile(
    _START + r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) (?:Kommunes?|Regionskommunes?|Rådhus|"
    r"Byråd)\b")
_UPPER_MUNICIPALITY_RE = re.compile(_START + r"([A-ZÆØÅ]{3,}(?:-[A-ZÆØÅ]{3,})?) KOMMUNES?\b")
_LETTERHEAD_RE = re.compile(r"(?m)^[ \t#*>]*([A-ZÆØÅ][A-Za-zÆØÅæøå]+(?:-[A-ZÆØÅ][A-Za-zÆØÅæøå]+)?)"
                            r"[ \t]+(?:Kommune|KOMMUNE|Regionskommune|REGIONSKOMMUNE)[ \t*]*$")
# "Region Syddanmark" alone on a line: a region's letterhead (a region named in an item's
# text is no reason to file a municipality's minutes under it), in a forward quoted "> " too
_REGION_LINE_RE = re.compile(rf"(?m)^[ \t#*>]*(?i:region)[ \t]+((?i:{'|'.join(sorted(REGIONS))}))"
                             r"[ \t*]*$")
# "Region Sønderjylland-Schleswig" alone on a line at the head: a region of its own (a
# cross-border body), whose members' tables name their municipalities
_OTHER_REGION_RE = re.compile(r"(?m)^[ \t#*>]*Region[ \t]+"
                              r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)+)[ \t*]*$")
# "VEJLE AMT", "Frederiksborg Amtskommune" alone on a line: a county's letterhead (before
# 2007 an amt met for itself, not for a town its items name)
_AMT_LINE_RE = re.compile(r"(?m)^[ \t#*>]*([A-ZÆØÅ][A-Za-zÆØÅæøå]+)[ \t]+"
                          r"(?:Amt|AMT|Amtskommune|AMTSKOMMUNE)[ \t*]*$")
# A municipality's minutes site: dagsordener.greve.dk, referater.x.dk (not any www.*.dk).
_HOST_RE = re.compile(r"(?:dagsordener?|referater?|politik)\.([a-zæøå-]+)\.dk\b", re.IGNORECASE)
_HEAD_CHARS = 2000  # a letterhead or a front page, not an item's text
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_NOT_A_NAME = frozenset("Den Det Hver Anden Egen Nabo Ny Din Jeres Vores Hele Samme".split())
# The municipalities whose official name is in the genitive ("Københavns Kommune").
_GENITIVE_NAMES = {"Københavns": "København", "Vesthimmerlands": "Vesthimmerland",
                   "Nordfyns": "Nordfyn", "Bornholms": "Bornholm"}


def municipality_in(text: str, hints: tuple[str, ...] = ()) -> str | None:
    """The municipality a file names most: adapter hints (a host, a logo) first, then
    "<Name> Kommune", "<Name> Rådhus", "<Name> Byråd" and dagsordener.<name>.dk; or
    the region whose letterhead it bears ("Region Syddanmark" on a line of its own).

    >>> municipality_in("Københavns Kommune, Økonomiforvaltningen")
    'København'
    >>> municipality_in("Lyngby Rådhus, Lyngby Rådhus, Lyngby-Taarbæk Kommune")
    'Lyngby-Taarbæk'
    >>> municipality_in("Side 1 af 9Faaborg-Midtfyn Kommune\\nSide 2 af 9Faaborg-Midtfyn Kommune")
    'Faaborg-Midtfyn'
    >>> municipality_in("REGION SYDDANMARK\\nReferat\\nAftale med Vejle Kommune")
    'Region Syddanmark'
    >>> municipality_in("VEJLE AMT\\nAmtsrådet\\nInvitation fra Fredericia Kommune")
    'Vejle Amt'
    """
    for hint in hints:
        if hint:  # a host writes "holbaek", "solrod": the text's own spelling "Holbæk" when
            # it has it, else the municipality's official name ("Solrød")
            spelled = Counter(w for w in re.findall(r"\b[A-ZÆØÅ][\w-]+", text)
                              if same_name(w, hint))
            return spelled.most_common(1)[0][0] if spelled else (
                official_name(hint) or hint[:1].upper() + hint[1:])
    votes: Counter[str] = Counter()
    for m in _MUNICIPALITY_RE.finditer(text):
        if m.group(1).split()[0] not in _NOT_A_NAME:
            votes[_GENITIVE_NAMES.get(m.group(1), m.group(1))] += 1
    for m in _UPPER_MUNICIPALITY_RE.finditer(text):  # a letterhead: "FAABORG-MIDTFYN KOMMUNE"
        votes["-".join(p.capitalize() for p in m.group(1).split("-"))] += 1
    for m in _HOST_RE.finditer(text):
        name = m.group(1)
        votes[official_name(name) or name[:1].upper() + name[1:]] += 3
    for short in [n for n in votes if any(o.startswith(n + "-") for o in votes)]:
        # "Lyngby Rådhus" is Lyngby-Taarbæk's ("Lyngby-Taarbæk Kommune" in the same text)
        longer = next(o for o in votes if o.startswith(short + "-"))
        votes[longer] += votes.pop(short)
    for short in [n for n in votes if not official_name(n)]:  # ("Lyngby Rådhus" beside
        # "Lyngby-Taarbæk Ungeråd": the municipality the text spells with the town first)
        if longer := next((w for w in re.findall(rf"\b{re.escape(short)}-[A-ZÆØÅ][a-zæøå]+", text)
                           if official_name(w) == w), None):
            votes[longer] += votes.pop(short)
    for m in _REGION_LINE_RE.finditer(text):  # the authority is a region: "Region Syddanmark"
        votes[f"Region {m.group(1).capitalize()}"] += 3
    for m in _REGION_LINE_RE.finditer(first_lines(text)):  # the letterhead atop the first
        # page: the region's own body, over a municipality its items name however often
        votes[f"Region {m.group(1).capitalize()}"] += 10
    for m in _OTHER_REGION_RE.finditer(text[:_HEAD_CHARS]):  # a cross-border region's
        votes[f"Region {m.group(1)}"] += 3  # letterhead, over its members' municipalities
    for m in _AMT_LINE_RE.finditer(text):  # the authority is an amt: "VEJLE AMT"
        votes[f"{m.group(1).capitalize()} Amt"] += 3
    for m in _LETTERHEAD_RE.finditer(text):  # "FANØ KOMMUNE" alone on its line: the
        # sender's, over a neighbour its items name ("aftale med Esbjerg Kommune")
        name = "-".join(p.capitalize() for p in m.group(1).split("-"))
        votes[_GENITIVE_NAMES.get(name, name)] += 3
    return votes.most_common(1)[0][0] if votes else None


def first_lines(text: str, count: int = 3) -> str:
    """The file's first `count` lines that hold text: where a letterhead stands."""
    return "\n".join([ln for ln in text.split("\n") if ln.strip()][:count])


_VENUE_LINE = re.compile(r"^\s*(?:mødested|sted|afholdt)\b(?!.*\brådhus).*$", re.I | re.M)


def address_municipality(text: str) -> str | None:
    """A guess for a document that names no municipality: the town of a postal address
    at its head ("Rådhuset, Hold-An Vej 7, 2750 Ballerup") when it is a municipality's or
    its town hall's — not a venue line (a firm in another town) but at a "Rådhus"; or of
    a running footer's (a line on every page: a municipal company's letter paper)."""
    running = [ln for ln, n in Counter(text.split("\n")).items() if n >= 2 and ln.strip()]
    head = "\n".join([text[:_HEAD_CHARS], *running])
    towns = Counter(towns_in_addresses(_VENUE_LINE.sub("", head)))
    return towns.most_common(1)[0][0] if towns else None
