"""Words that say the same in a question and in minutes: synonyms, and the past tense of
strong verbs, as stems ("fungerende" ↔ "midlertidig", "beskrev" ↔ "beskriver")."""

from __future__ import annotations

from functools import lru_cache

from .stemming import stemmer

# Question words → how minutes say it ("hvad skal det hedde?" is answered by "navnet
# bliver …"). Deliberately small: each entry is a common way questions and minutes
# word the same thing differently. Stemmed once, on first use.
_SYNONYM_WORDS = {
    "hedde hedder": "navn",
    "lave lavet lavede": "foretaget udarbejdet udført",
    "koste koster kostede pris": "kr udgift udgifter omkostning beløb",
    "bidrage bidrager": "levere finansiere",
    "ansatte": "medarbejdere",
    # who pays: "betaler staten noget af regningen?" — "50 pct. statsrefusion af udgifterne"
    "regning regningen regninger": "udgift udgifter udgifterne",
    "staten statens": "statsrefusion refusion statslig statslige",
    "medarbejdere": "ansatte",
    "corona": "covid",
    "ryge ryger rygning rygere rygeforbud rygeforbuddet": "røg røgfri røgfrie",
    # the plan of a year's matters and the short notices at a meeting's start, as people
    # call them: "årsplanen for 2023" is "Sagsoversigt 2023"; "de korte orienteringer"
    "årsplan årsplanen": "sagsoversigt sagsoversigten",
    "orienteringer orienteringerne": "meddelelser meddelelserne",
    "kvadratmeter kvadratmeterne": "m2 m²",
    "ai": "kunstig intelligens",
    "lukkede lukker lukke": "ophørte ophør",  # firms that closed: "478 Ophørte virksomheder"
    "forlod forlade forlader forladt": "fraflyttede fraflytter fraflyttere fraflytning",
    "udsat": "udsættes udsætte udsættelse",  # one verb, two stems ("Udsættes")
    "skubbet skubbe skubbes skubbede": "udsat udsættes udsættelse",  # (postponed)
    "afløse afløser afløses": "erstatte erstatter erstattes",
    "erstatte erstatter erstattes": "afløse afløser afløses",
    "informere informeret informerer information": "kommunikere kommunikeret kommunikation",
    "job jobs jobbet jobbene": "stilling stillinger arbejdspladser",  # "100 stillinger"
    "forsvinde forsvinder forsvandt forsvundet": "nedlægge nedlægges nedlagt nedlagte",
    # the labour market's words as people say them and as minutes write them
    "flexjob flexjobs flexjobber flexjobbere": "fleksjob",
    "lønstøtte": "løntilskud",
    "nyttejob nyttejobs nyttejobbet": "nytteindsats nytteindsatsen",  # (one scheme)
    # a firm's seat and nationality: "hvor har de hovedsæde herhjemme?" — "De har
    # hovedkontor i Vejle", "… med 300 ansatte i Danmark"
    "hovedsæde hovedsædet": "hovedkontor hovedkontoret",
    "herhjemme dansk danske": "danmark",
    # (not "elever", which are schoolchildren too; not "iværksættere" for "selvstændige":
    # Snowball stems it as the verb "iværksætte")
    "lærling lærlinge lærlinger": "elevpladser",
    "lærlingepladser lærepladser": "elevpladser praktikpladser",
    "praktikant praktikanter": "praktikpladser",
    # the care trades by their common short form: "SOSU-elever" are "social- og
    # sundhedsassistent"-elever
    "sosu": "social sundhedsassistent sundhedsassistentuddannelsen sundhedshjælper",
    "fagforening fagforeningen fagforeninger fagforeningerne": "faglige organisationer",
    # a post held for a while: "fungerende formand" is the minutes' "midlertidig formand"
    "fungerende": "midlertidig konstitueret",
    "midlertidig midlertidige": "fungerende konstitueret",
    "konstitueret": "midlertidig fungerende",
    # a particle verb asked, its compound written: "melde sig til" is "tilmelding"
    "melde melder meldte": "tilmelding tilmelde tilmeldinger framelde",
    "frist fristen deadline": "senest",  # "tilmelding … senest den 1. april"
    "rundvisning rundvisningen": "rundt",  # "blive vist rundt"
    # a town's size: "hvor mange indbyggere …?" — "folketallet udgjorde 51.153 borgere"
    "indbyggere indbyggertal indbyggertallet": "folketal folketallet befolkningen",
    # who runs a joint effort: "hvem koordinerer ansøgningen?" — "… er tovholdere på …"
    "koordinere koordinerer koordinerede koordineret": "tovholder tovholdere",
}


# Strong and irregular verbs, past tense → present: Snowball stems "beskrev" and
# "beskrives" apart, and a question asks in the past ("hvordan beskrev STAR …?") what
# minutes write in the present ("Projektet beskrives af STAR som …").
_PAST_TENSE = dict(pair.split(":") for pair in """
    hang:hænger beskrev:beskriver skrev:skriver gav:giver fandt:finder
    vandt:vinder trak:trækker bød:byder brød:bryder slog:slår steg:stiger
    valgte:vælger lagde:lægger satte:sætter bragte:bringer spurgte:spørger
    fortalte:fortæller solgte:sælger lod:lader skar:skærer frøs:fryser
    drog:drager greb:griber skød:skyder strøg:stryger sprang:springer
    """.split())


@lru_cache(maxsize=2)
def synonyms(past_tense: bool = True) -> dict[str, tuple[str, ...]]:
    """Stem → stems that say the same in minutes (with the past tenses of strong verbs
    unless `past_tense` is False: a search for "satte" is no search for every "sætter")."""
    out: dict[str, tuple[str, ...]] = {}
    pairs = [*_SYNONYM_WORDS.items(), *(_PAST_TENSE.items() if past_tense else ())]
    for words, alts in pairs:
        alt_stems = tuple(stemmer().stemWords(alts.split()))
        for stem in stemmer().stemWords(words.split()):
            out[stem] = out.get(stem, ()) + alt_stems
    return out
