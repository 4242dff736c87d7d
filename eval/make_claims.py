"""Write `eval/claims.jsonl`, the fact-checking claim set, from the parsed seed items.

Each FACT names a seed item (meeting date, punkt), a claim in paraphrase with one slot,
the true value and a one-part mutation of it. The script parses the seeds and checks
that the true value is in the item (the same typed value, normalised, or the item's
decision), so every true claim is grounded; then it writes the true claim (bekræftet)
and its mutation (afkræftet, with what the minutes say in `correct`). NEVER holds
claims the minutes do not mention, many of them near misses of real items.
All claims of one fact land in the same split (dev/test alternate by fact).

    python -m eval.make_claims            # rewrites eval/claims.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest.parse import parse_minutes
from ingest.read import read_text
from rag.compose.decision import outcome
from referat.values import find_values

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "eval" / "claims.jsonl"

# (date, punkt, template, true value, mutated value, mutation kind, minutes' own words)
FACTS: list[tuple[str, int, str, str, str, str, str]] = [
    ("2023-02-07", 1, "Caverion har {v} i Danmark.", "300 ansatte", "450 ansatte", "count",
     "300 ansatte"),
    ("2023-02-07", 1, "Virksomheden Caverion servicerer omkring {v}.", "30.000 ejendomme",
     "50.000 ejendomme", "count", "30.000 ejendomme"),
    ("2023-02-07", 1, "Besøget hos virksomheden Caverion blev {v}.", "udsat", "godkendt",
     "decision", "Udsættes"),
    ("2023-02-07", 2, "Der kom {v} til erhvervslivets nytårskur i 2023.", "150 deltagere",
     "250 deltagere", "count", "150 deltagere"),
    ("2023-02-07", 2, "Næste års nytårskur for erhvervslivet er fastlagt til den {v}.",
     "18. januar 2024", "25. januar 2024", "date", "18. januar 2024"),
    ("2023-02-07", 4, "Der er afsat {v} på budgettet for 2023 til iværksætterindsatsen.",
     "150.000 kroner", "250.000 kr.", "number", "150.000 kr."),
    ("2023-02-07", 5, "Udvalget godkendte en studietur til {v}.", "Lund", "Stockholm", "place",
     "Lund"),
    ("2023-02-07", 5, "Studieturen til Lund gennemføres den {v}.", "23.-24. november 2023",
     "12.-13. oktober 2023", "date", "23.-24. november 2023"),
    ("2023-02-07", 5, "{v} stemte imod beslutningen om studieturen til Lund.",
     "Saime Bilen Inanc", "Anja Holtze", "name", "Saime Bilen Inanc"),
    ("2023-02-07", 5, "{v} havde en mindretalsudtalelse om studieturen til Lund.",
     "Enhedslisten", "Venstre", "party", "Enhedslisten"),
    ("2023-02-07", 8, "Andelen af unge på uddannelseshjælp i Ballerup ligger på {v}.",
     "3,9 pct.", "5,9 pct.", "number", "3,9 pct."),
    ("2023-02-07", 9, "{v} i Ballerup Kommune får førtidspension.", "2.271 borgere",
     "3.271 borgere", "count", "2.271 borgere"),
    ("2023-02-07", 9, "I 2022 fik {v} tilkendt førtidspension.", "163 personer",
     "193 personer", "count", "163 personer"),
    ("2023-02-07", 11, "Ballerup Kommune forventes at modtage cirka {v} i støtte fra "
     "Interreg ØKS.", "500.000 kr.", "0,8 mio. kr.", "number", "500.000 kr"),
    ("2023-02-07", 11, "Interreg ØKS giver {v} i tilskud til projektet.", "60 procent",
     "75 pct.", "number", "60 pct."),
    ("2023-02-07", 3, "Erhvervshus Hovedstadens direktør {v} besøgte udvalget.",
     "Katrine Joensen", "Mette Frederiksen", "name", "Katrine Joensen"),
    ("2015-06-09", 5, "Region Hovedstaden har afsat {v} om året til initiativerne i "
     "vækst- og udviklingsstrategien.", "40 millioner kroner", "60 mio. kr.", "number",
     "40 mio. kr."),
    ("2015-06-09", 5, "Der kommer {v} over syv år i strukturfondsmidler fra EU.",
     "342 mio. kr.", "432 mio. kr.", "number", "342 mio. kr."),
    ("2015-06-09", 8, "Måltallet for løntilskud i 2015 er {v}.", "100 stillinger",
     "150 stillinger", "count", "100 stillinger"),
    ("2015-06-09", 8, "Antallet af praktikker på private virksomheder er steget med {v} de "
     "seneste uger.", "40 pct.", "20 pct.", "number", "40 pct."),
    ("2015-06-09", 10, "Sagen om tværkommunale samarbejder på beskæftigelsesområdet blev {v}.",
     "anbefalet", "udsat", "decision", "Indstilles til godkendelse"),
    ("2015-06-09", 7, "Der ydes {v} statsrefusion af mentorudgifterne.", "50 pct.",
     "65 pct.", "number", "50 pct."),
    ("2024-02-06", 1, "Der kom {v} til erhvervslivets nytårskur i 2024.", "180 deltagere",
     "120 deltagere", "count", "180 deltagere"),
    ("2024-02-06", 2, "Ballerup Kommune har i alt {v}, strategier og planer.",
     "53 politikker", "63 politikker", "count", "53 politikker"),
    ("2024-02-06", 6, "Et energitjek af en virksomhed koster cirka {v}.", "5.000 kr.",
     "8.000 kr.", "number", "5000 kr."),
    ("2024-02-06", 6, "Et tilbud om energitjek vurderes at koste omkring {v} for et år.",
     "30.000 kr.", "45.000 kr.", "number", "30.000 kr."),
    ("2024-02-06", 7, "Oversigten over opgaverne fra budgetaftale 2024 blev {v}.", "udsat",
     "godkendt", "decision", "Udsættes"),
    ("2024-02-06", 8, "I december 2023 var {v} på uddannelseshjælp i Ballerup Kommune.",
     "270 unge", "320 unge", "count", "270 unge"),
    ("2024-02-06", 9, "Der var i alt {v} med Idrætsfællesskabet i 2023.", "33 forløb",
     "43 forløb", "count", "33 forløb"),
    ("2024-02-06", 9, "Den samlede omkostning ved samarbejdet med Idrætsfællesskabet har "
     "været {v}.", "500.000 kr.", "1,5 mio. kr.", "number", "0,5 mio. kr."),
    ("2024-02-06", 5, "Der bliver tale om cirka {v} i alt i Skovlunde.", "12 arbejdspladser",
     "40 arbejdspladser", "count", "12 arbejdspladser"),
    ("2024-02-06", 10, "Orienteringen om nytteindsatsen i Ballerup Kommune blev {v}.",
     "taget til efterretning", "udsat", "decision", "Taget til efterretning"),
    ("2025-03-18", 2, "{v} blev valgt som midlertidig formand under Musa Kekecs fravær.",
     "Anja Holtze", "Sandra Marsenic", "name", "Anja Holtze"),
    ("2025-03-18", 1, "Hele produktionen hos Toms Gruppen i Ballerup vil være udfaset i {v}.",
     "2028", "2026", "date", "2028"),
    ("2025-03-18", 1, "Udfasningen af produktionen hos Toms betyder, at {v} bliver nedlagt.",
     "100 stillinger", "200 stillinger", "count", "100 stillinger"),
    ("2025-03-18", 4, "I Ballerup Kommune er løbende {v} af ydelsesmodtagerne ansat med "
     "lønnede timer.", "6 pct.", "9 pct.", "number", "6 pct."),
    ("2025-03-18", 2, "Laila Busted fra {v} indstillede Anja Holtze som midlertidig formand.",
     "Socialdemokratiet", "Venstre", "party", "(A)"),
    ("2020-09-08", 6, "Den nye beskæftigelsesstrategi blev {v}.", "godkendt", "udsat",
     "decision", "Indstillingen godkendt"),
    ("2020-09-08", 3, "I andet kvartal 2020 flyttede {v} til Ballerup Kommune.",
     "71 nye virksomheder", "91 nye virksomheder", "count", "71 nye virksomheder"),
    ("2020-09-08", 4, "Cirka {v} af de nytilmeldte dagpengemodtagere er mænd.", "60 pct.",
     "70 pct.", "number", "60 pct."),
    ("2020-09-08", 6, "I beskæftigelsesstrategien er der udpeget {v} med måltal.",
     "fem fokusområder", "syv fokusområder", "count", "fem fokusområder"),
    ("2023-02-07", 11, "Ballerup og Gladsaxe afsætter hver {v} over en treårig periode til "
     "konsulentbistand.", "600.000 kr.", "900.000 kr.", "number", "600.000 kr."),
]

# Written after the first test run, before any change it prompted: a third split
# ("holdout") that measures those changes on claims nothing was tuned on.
HOLDOUT: list[tuple[str, int, str, str, str, str, str]] = [
    ("2023-02-07", 1, "Passer det, at Caverion har hovedkontor i {v}?", "Vejle", "Aarhus",
     "place", "Vejle"),
    ("2015-06-09", 8, "Der var {v} til elev- og praktikpladser i opgørelsen.", "147 pladser",
     "174 pladser", "count", "147 pladser"),
    ("2024-02-06", 2, "Administrationen vurderer, at {v}, strategier og planer kan aflyses.",
     "11 politikker", "15 politikker", "count", "11 politikker"),
    ("2024-02-06", 9, "{v} er blevet selvforsørgende efter forløb i Idrætsfællesskabet.",
     "6 borgere", "9 borgere", "count", "6 borgere"),
    ("2020-09-08", 4, "Antallet af nytilmeldte ledige steg med {v} i forhold til samme "
     "periode i 2019.", "47.907 borgere", "37.907 borgere", "count", "47.907 borgere"),
    ("2023-02-07", 9, "Er det korrekt, at førtidspensionen for enlige i 2023 er {v} om "
     "måneden før skat?", "19.738 kr.", "21.738 kr.", "number", "19.738 kr."),
    ("2023-02-07", 6, "Butikscentret i Bilbyen skal have i alt {v}.", "seks butikker",
     "otte butikker", "count", "seks butikker"),
    ("2023-02-07", 3, "Besøget af Erhvervshus Hovedstadens direktør blev {v}.",
     "taget til efterretning", "udsat", "decision", "Taget til efterretning"),
    ("2015-06-09", 3, "Brandingplatformen for erhvervsområdet blev {v}.", "godkendt", "udsat",
     "decision", "Indstillingen godkendt"),
    ("2023-02-07", 10, "Fra 1. juli til 31. december 2022 var der {v} i løntilskud i private "
     "virksomheder.", "27 borgere", "47 borgere", "count", "27 borgere"),
]
NEVER_HOLDOUT: list[tuple[str, str]] = [
    ("Udvalget besluttede at nedlægge Erhvervshus Hovedstaden.", "near"),
    ("Caverion får 2 mio. kr. i tilskud til grøn omstilling fra kommunen.", "near"),
    ("Udvalget vedtog at flytte rådhuset til Skovlunde.", "never"),
    ("Ballerup Kommune har 53 svømmehaller.", "near"),
    ("Udvalget godkendte en ny plan for hjemløse i 2023.", "never"),
    ("Røgfri arbejdstid blev afskaffet igen i 2024.", "near"),
]

# Claims the minutes never mention; "near" ones share words with a real item.
NEVER: list[tuple[str, str]] = [
    ("Udvalget besluttede at lukke jobcentret i 2024.", "near"),
    ("Udvalget godkendte en ny svømmehal i Skovlunde.", "never"),
    ("Kommunen indførte gratis busser for pensionister i 2023.", "never"),
    ("Udvalget bevilgede 2 mio. kr. til en ny cykelsti langs Ballerup Boulevard.", "never"),
    ("Udvalget vedtog at sænke dækningsafgiften for virksomhederne.", "never"),
    ("Udvalget besluttede at holde julefrokost på rådhuset.", "never"),
    ("Der blev ansat 20 nye sagsbehandlere i jobcentret i 2022.", "near"),
    ("Udvalget besluttede at afskaffe nytteindsatsen.", "near"),
    ("Toms Gruppen får et tilskud på 1 mio. kr. fra kommunen.", "near"),
    ("Erhvervshus Hovedstaden åbner et nyt kontor på Ballerup Rådhus.", "near"),
    ("Kommunen solgte rådhuset i 2020.", "never"),
    ("Udvalget godkendte en ny parkeringsstrategi for Ballerup Bymidte.", "never"),
    ("Musa Kekec trådte tilbage som formand for udvalget.", "near"),
    ("Udvalget besluttede at indføre en firedages arbejdsuge for kommunens ansatte.", "near"),
    ("Udvalget afsatte penge til en ny skatepark ved stationen.", "never"),
    ("Ballerup Kommune indgik en aftale med Novo Nordisk om 500 praktikpladser.", "near"),
    ("Kommunalbestyrelsen besluttede at bygge 300 almene boliger i Bilbyen.", "near"),
    ("Borgmesteren besøgte Tetra Pak i Lund sammen med udvalget.", "near"),
    ("Udvalget vedtog en ny turismestrategi for 2025.", "never"),
    ("Energitjekket blev gjort gratis for alle private husstande.", "near"),
    ("Caverion lukkede sin afdeling i Mileparken i 2024.", "near"),
    ("Udvalget godkendte et forsøg med borgerløn for unge på uddannelseshjælp.", "near"),
]

_DECISION_WORDS = {"udsat": "udsat", "godkendt": "godkendt", "anbefalet": "anbefalet",
                   "taget til efterretning": "efterretning"}


def _items() -> dict[tuple[str, int], object]:
    out = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        meeting = parse_minutes(read_text(path), source=str(path))
        for item in meeting.items:
            out[(meeting.date.isoformat(), item.number)] = item
    return out


def _grounded(item: object, kind: str, value: str, minutes: str) -> bool:
    """Is the true value in the item (its decision, or the same typed value)?"""
    text = "\n".join(s.text for s in item.sections)  # type: ignore[attr-defined]
    if kind == "decision":
        return outcome(item.decision) == _DECISION_WORDS[value]  # type: ignore[attr-defined]
    if minutes not in " ".join(text.split()):
        return False
    want = find_values(value)
    if not want or kind in ("name", "party", "place"):
        return True
    have = find_values(text)
    return any(w.same(h) for w in want for h in have)


def build() -> list[dict]:
    items = _items()
    rows = _facts(items, FACTS, "f", None) + _never(NEVER, "n", None)
    return rows + _facts(items, HOLDOUT, "h", "holdout") + _never(NEVER_HOLDOUT, "hn",
                                                                  "holdout")


def _facts(items: dict, facts: list, prefix: str, split: str | None) -> list[dict]:
    rows: list[dict] = []
    for n, (day, punkt, template, true, false, kind, minutes) in enumerate(facts):
        item = items.get((day, punkt))
        if item is None or not _grounded(item, kind, true, minutes):
            raise SystemExit(f"fakta {n}: {true!r} findes ikke i punkt {punkt} den {day}")
        part = split or ("dev" if n % 2 == 0 else "test")
        gold = [{"date": day, "punkt": punkt}]
        rows.append({"id": f"{prefix}{n:02d}-sand", "claim": template.format(v=true),
                     "verdict": "bekræftet", "gold": gold, "mutation": "none",
                     "correct": [], "split": part})
        rows.append({"id": f"{prefix}{n:02d}-{kind}", "claim": template.format(v=false),
                     "verdict": "afkræftet", "gold": gold, "mutation": kind,
                     "correct": [minutes], "split": part})
    return rows


def _never(claims: list, prefix: str, split: str | None) -> list[dict]:
    return [{"id": f"{prefix}{n:02d}-{kind}", "claim": claim, "verdict": "ikke_nævnt",
             "gold": [], "mutation": kind, "correct": [],
             "split": split or ("dev" if n % 2 == 0 else "test")}
            for n, (claim, kind) in enumerate(claims)]


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len(rows)} påstande skrevet til {OUT}")


if __name__ == "__main__":
    main()
