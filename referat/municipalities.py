"""Denmark's 98 municipalities, and the towns their town halls are in, so that a
document naming only an address ("Rådhuset, 2750 Ballerup", "Torvet 2, 8600 Silkeborg")
still gets its municipality; and the five regions, whose own minutes have no municipality.

Data, not guesswork: the municipal map of 2007 has not changed since.
"""

from __future__ import annotations

import re

MUNICIPALITIES = frozenset("""
Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør Egedal
Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn
Frederikssund Furesø Faaborg-Midtfyn Gentofte Gladsaxe Glostrup Greve Gribskov
Guldborgsund Haderslev Halsnæs Hedensted Helsingør Herlev Herning Hillerød Hjørring
Holbæk Holstebro Horsens Hvidovre Høje-Taastrup Hørsholm Ikast-Brande Ishøj Jammerbugt
Kalundborg Kerteminde Kolding København Køge Langeland Lejre Lemvig Lolland
Lyngby-Taarbæk Læsø Mariagerfjord Middelfart Morsø Norddjurs Nordfyn Nyborg Næstved Odder
Odense Odsherred Randers Rebild Ringkøbing-Skjern Ringsted Roskilde Rudersdal Rødovre
Samsø Silkeborg Skanderborg Skive Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs
Sønderborg Thisted Tønder Tårnby Vallensbæk Varde Vejen Vejle Vesthimmerland Viborg
Vordingborg Ærø Aabenraa Aalborg Aarhus
""".split())

# Denmark's five regions (also of 2007): a region's minutes name it, not a municipality,
# as their authority ("Region Syddanmark").
REGIONS = frozenset("Hovedstaden Sjælland Syddanmark Midtjylland Nordjylland".split())

# Postal towns of town halls whose name is not the municipality's.
_SEATS = {
    "Kongens Lyngby": "Lyngby-Taarbæk", "Rønne": "Bornholm", "Maribo": "Lolland",
    "Nykøbing F": "Guldborgsund", "Nykøbing Falster": "Guldborgsund",
    "Ringkøbing": "Ringkøbing-Skjern", "Ikast": "Ikast-Brande", "Taastrup": "Høje-Taastrup",
    "Hedehusene": "Høje-Taastrup", "Frederiksværk": "Halsnæs", "Helsinge": "Gribskov",
    "Holte": "Rudersdal", "Farum": "Furesø", "Ølstykke": "Egedal", "Smørum": "Egedal",
    "Hinnerup": "Favrskov", "Aabybro": "Jammerbugt", "Hobro": "Mariagerfjord",
    "Grenaa": "Norddjurs", "Ebeltoft": "Syddjurs", "Rønde": "Syddjurs", "Støvring": "Rebild",
    "Aars": "Vesthimmerland", "Nykøbing M": "Morsø", "Bogense": "Nordfyn",
    "Rudkøbing": "Langeland", "Ærøskøbing": "Ærø", "Store Heddinge": "Stevns",
    "Hvalsø": "Lejre", "Nykøbing Sj": "Odsherred", "Ringe": "Faaborg-Midtfyn",
    "Juelsminde": "Hedensted", "Nordby": "Fanø", "Byrum": "Læsø", "Tranebjerg": "Samsø",
    "Kastrup": "Tårnby", "Søborg": "Gladsaxe", "Charlottenlund": "Gentofte",
    "Hellerup": "Gentofte", "Brøndby Strand": "Brøndby", "Haslev": "Faxe",
    "Solrød Strand": "Solrød", "Humlebæk": "Fredensborg", "Hørning": "Skanderborg",
    "Tarm": "Ringkøbing-Skjern", "Brande": "Ikast-Brande", "Grindsted": "Billund",
}
# "…, 2750 Ballerup", "8000 Aarhus C", "2605 Brøndby": a postcode opening a line or
# following a comma (a letterhead's "·" or "|" between the address's parts too), then
# the town (district letters after it are dropped).
_POSTAL_RE = re.compile(
    r"(?:^|[,·|])[ \t]*[1-9]\d{3}[ \t]+([A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå.]*)?)"
    r"(?:[ \t]+(?:C|K|N|S|V|Ø|NV|NØ|SV|SØ))?[ \t]*(?:$|[,.\n·|])",
    re.MULTILINE,
)


def _skeleton(name: str) -> str:
    """A name as an ASCII web host or mail domain may write it, whichever way it spells
    the Danish letters: "Holbæk", "holbaek" → "holbak"; "Solrød", "solroed", "solrod" →
    "solrod"; "Aabenraa" → "abenra"."""
    name = name.lower().translate(_PLAIN_LETTERS)
    return re.sub(r"(?<=a)[ea]|(?<=o)e", "", name)


_PLAIN_LETTERS = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
_BY_SKELETON = {_skeleton(name): name for name in MUNICIPALITIES}


def official_name(written: str) -> str | None:
    """The municipality a host's or a domain's ASCII spelling names, by its official
    name with the Danish letters; None for any other word.

    >>> official_name("solrod"), official_name("holbaek"), official_name("skolekom")
    ('Solrød', 'Holbæk', None)
    """
    return _BY_SKELETON.get(_skeleton(written))


def same_name(word: str, written: str) -> bool:
    """Whether `word` (the text's own spelling, "Solrød") is the name an ASCII host or
    domain writes as `written` ("solrod", "solroed")."""
    return _skeleton(word) == _skeleton(written)


def municipality_of_town(town: str) -> str | None:
    """The municipality whose name or town-hall town `town` is.

    >>> municipality_of_town("Kongens Lyngby"), municipality_of_town("Ballerup")
    ('Lyngby-Taarbæk', 'Ballerup')
    """
    town = town.strip().rstrip(".")
    if town in MUNICIPALITIES:
        return town
    return _SEATS.get(town)


def towns_in_addresses(text: str) -> list[str]:
    """The municipalities that postal lines in `text` name, in order.

    >>> towns_in_addresses("Rådhuset\\nHold-An Vej 7, 2750 Ballerup\\nSide 2")
    ['Ballerup']
    """
    out = []
    for m in _POSTAL_RE.finditer(text):
        name = municipality_of_town(m.group(1))
        if name is None and " " in m.group(1):
            name = municipality_of_town(m.group(1).split()[0])
        if name:
            out.append(name)
    return out


# Municipalities typed in lower case after "i"/"fra" ("byrådsmødet d. 2/10-24 i greve"),
# but not those that are everyday words too ("i vejen", "en skive", "odder", "lejre").
_LOWER_PLACE = re.compile(r"\b(?:i|fra)\s+([a-zæøå][\wæøå-]+)")
_COMMON_WORDS = frozenset({"Vejen", "Skive", "Odder", "Lejre"})


def municipalities_named(text: str) -> list[str]:
    """The municipalities the text names, in the genitive too: "i Holbæk", "Lemvig
    byrådsmøde", "Fanøs økonomiudvalg", "i greve" — where a meeting was held, not its
    matter."""
    return [w for w in re.findall(r"\b[A-ZÆØÅ][\wæøå-]+", text)
            if w in MUNICIPALITIES or (w.endswith("s") and w[:-1] in MUNICIPALITIES)] + [
        w for w in _LOWER_PLACE.findall(text)
        if w.capitalize() in MUNICIPALITIES - _COMMON_WORDS]
