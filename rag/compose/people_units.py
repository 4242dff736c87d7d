"""People counted by a noun, and which of them stand for each other: "hvor mange borgere
…?" is answered by "27 borgere", "130 personer", not by "tre virksomhedskonsulenter"."""

from __future__ import annotations

from referat.danish import stems
from referat.values import COUNT, find_values

from ..intent import PEOPLE_NOUNS

# Job titles are staff: "tre virksomhedskonsulenter" do not count the citizens in
# nytteindsats ("hvor mange borgere er i nytteindsats …?").
STAFF_TITLES = "konsulenter ledere chefer rådgivere assistenter pædagoger sygeplejersker"
PEOPLE_UNITS = frozenset(s for n in (*PEOPLE_NOUNS, *STAFF_TITLES.split())
                         for s in stems(n, frozenset()))
# Counts of people that do not stand for each other: firms are not their staff, the staff
# not the citizens ("hvor mange medarbejdere …?" — not "27 borgere"); other people
# nouns do ("deltagere" — "180 gæster").
PEOPLE_KIND = {s: kind for kind, words in (("firm", "virksomheder"),
                                            ("staff", f"ansatte medarbejdere {STAFF_TITLES}"))
                for s in stems(words, frozenset())}


def people_head(stem: str) -> str:
    """A compound whose head is a people noun counts people of that noun:
    "ydelsesmodtag" → "modtag", "kontanthjælpsmodtag" → "modtag"; other stems as they are."""
    if stem in PEOPLE_UNITS:
        return stem
    return next((p for p in PEOPLE_UNITS if stem.endswith(p) and len(stem) > len(p) + 2),
                stem)


def counts_same_people(sentence: str, counted: str) -> bool:
    """Does a count in the sentence count people of the asked noun's kind ("hvor mange
    pædagogiske assistenter …?" — "33 medarbejdere": staff; not "27 borgere")?

    >>> counts_same_people("Der er i alt optaget 33 medarbejdere på uddannelsen.", "assistent")
    True
    >>> counts_same_people("Der deltog 27 borgere.", "assistent")
    False
    """
    kind = PEOPLE_KIND.get(people_head(counted))
    return kind is not None and any(
        PEOPLE_KIND.get(people_head(v.unit)) == kind
        for v in find_values(sentence, frozenset({COUNT})) if v.unit)
