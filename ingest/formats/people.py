"""The people and votes a decision text names: "Afbud: …", "Fraværende: …", "… deltog
ikke i sagens behandling", "Stemte imod: A", "… kunne ikke tiltræde", "Undlod: F",
"For stemte 14: V, A, C", "Et flertal bestående af A og V anbefaler …".

An item may hold more than one vote: an amendment or a member's own proposal first
("Ændringsforslaget faldt", "Forslaget blev ikke vedtaget, idet kun V stemte for"), then
the proposal, whose vote alone is the item's. Votes on consecutive lines make one vote; a
vote after other text, or one that repeats a side already complete, starts another. The
item's vote is the last one, with earlier ones only while they name other voters (a
wrapped "For stemte …" / "Begrundelse …" / "Imod stemte …" is one vote): nobody is both."""

from __future__ import annotations

import re

from .common import clean_line, looks_like_heading
from .party_votes import party_letter
from .vote_counts import VOTE_KIND, counted_votes, without_bare_counts
from .vote_layouts import vote_lines
from .vote_minority import minority_for_another, rejected_count
from .vote_names import named_person, party_list_ends, resolved_pronoun, voter_names
from .vote_statements import without_statements

_ABSENT_LABEL_RE = re.compile(  # (a list's line too: "- Fraværende: …")
    r"^(?:[-•–*]\s+)?(?:afbud|fraværende(?: med afbud| under (?:punktet|sagen|behandlingen))?|"
    # ("Ikke til stede under behandlingen: X", an item's note)
    r"fravær|ikke til stede(?: under (?:punktets |sagens )?(?:behandling(?:en)?|punktet|sagen))?|"
    r"ikke mødt|forfald|inhabil|"
    r"følgende deltog ikke"  # (two labels in one: "Fraværende / inhabil")
    r"(?: i (?:behandlingen|sagens behandling)(?: af punktet| af sagen)?)?)"
    r"(?:\s*/\s*(?:inhabil|afbud|fraværende))?\s*(?:fra)?\s*"
    # (a table's label cell without a colon: "Fraværende Kim Rosendahl (O), Ida Kallesøe (F)")
    # (or the label alone on its line, a template's heading with the names below it)
    r"(?::|$|(?=\s(?-i:[A-ZÆØÅ])[^:.]{0,60}\((?-i:[A-ZÆØÅ]{1,3})\)))\s*(?P<n>.*)$",
    re.IGNORECASE,
)
# How long the names before "var fraværende" may run: three members, each with a middle
# name and a party ("Poul-Erik Dalgaard (C), Karsten Østergaard Lund (F) og …")
_ABSENT_NAMES_SPAN = 160
_ABSENT_PHRASE_RE = re.compile(
    r"^(?:(?i:inhabil|inhabilitet|bemærkning)\s*:\s*)?"  # ("Inhabil: Lars … forlod mødet")
    rf"\(?(?P<n>[A-ZÆØÅ].{{1,{_ABSENT_NAMES_SPAN}}}?)\s+(?:var|er|blev)?\s*"
    r"(?:forhindret|fraværende|ikke til stede|"
    r"deltog ikke i (?:sagens|punktets|behandlingen)|havde meldt afbud|deltog ikke(?!\s+i\s+"
    r"(?:besigtigelse|rundvisning|rundtur|ekskursion|studietur)\w*)|"  # (the visit only)
    # (an inhabil member takes no part in the item: "X (B) erklærede sig inhabil i forhold
    # til …", its reason running on, perhaps past an abbreviation's full stop)
    r"havde afbud|forlod mødet|(?:erklærede|erklærer|meldte)\s+sig\s+inhabil\b|"
    r"(?:had\s+)?left\s+the\s+meeting|did\s+not\s+take\s+part|"
    r"declared\s+(?:him|her|them)sel(?:f|ves)\s+disqualified)",  # (an item's text in English)
)
# "Imod stemte: A og Ø", "For stemte 14: V, A, C", "Undlod at stemme: 0"
_VOTE_LABEL_RE = re.compile(
    # ("For høringssvaret: …", "For administrationens indstilling stemte: …": what was voted on)
    r"^(?:følgende\s+)?(?P<k>stemte imod|imod stemte|imod|stemte for|for stemte|"
    r"(?:for|imod)(?:(?:\s+[a-zæøå]+s)?\s+[a-zæøå]{3,}(?:et|en|ne|ing)(?:\s+stemte)?(?=\s*:))?|"
    r"undlod at stemme|"
    # (the count before the colon: "For 14:", "For (13):", "For stemte 7 medlemmer:")
    r"undlod|undlader|hverken for eller imod)(?:\s+\d+(?:\s+medlem(?:mer)?)?|\s*\(\d+\))?"
    r"\s*:\s*(?P<n>.+)$",
    re.IGNORECASE,
)
# "For stemte A, V og K." (the label without its colon, the parties after it)
_BARE_LABEL_RE = re.compile(r"^(?P<k>for stemte|imod stemte)\s+(?P<n>(?-i:[A-ZÆØÅ]).+)$",
                            re.IGNORECASE)
_VOTE_PHRASE_RE = re.compile(  # (not "med 23" stemmer for, "… og 1, der" undlod: counts)
    r"^(?P<n>(?:[A-ZÆØÅ(]).{0,80}?)(?<!\d)(?<!\d, der)(?<!\d der)(?<!\d, som)(?<!\d som)\s+"
    r"(?P<k>stemte i ?mod|stemmer i ?mod|kunne ikke tiltræde|ikke kunne tiltræde|"
    r"kunne ikke anbefale|ikke kunne anbefale|"
    r"undlod|stemte for|stemmer for|kunne tiltræde)\b"
)
# "Et flertal bestående af A, V og C anbefaler indstillingen", "Et mindretal (SF) kunne ikke
# anbefale salget", "Et mindretal bestående af Ø (1) stemte imod"
_MAJORITY_RE = re.compile(
    r"(?:^|(?<=,\s)|(?<=\sog\s))(?:et\s+)?(?:flertal|mindretal)\s+(?:bestående\s+af\s+|af\s+)?(?P<n>\S.{0,80}?)\s+"
    r"(?P<v>stemte\s+(?:for|imod)|stemmer\s+(?:for|imod)|undlod|undlader|"
    r"(?:kan|kunne|ville)\s+ikke\s+(?:anbefale|tiltræde|godkende|støtte)|"
    r"(?:anbefaler|tiltræder|godkender|støtter|vedtager|beslutter)(?:\s+ikke)?|"
    r"(?:kan|kunne|ville)\s+(?:anbefale|tiltræde|godkende|støtte)|"
    r"anbefalede|tiltrådte|godkendte|støttede|vedtog|besluttede)\b",
    re.IGNORECASE,
)
# "godkendt med 3 stemmer (L, V) mod 3 (A, Ø)", "… med 4 stemmer (V, A, F) mod 0"
_FOR_AGAINST_RE = re.compile(
    r"\bmed\s+\d+\s+stemmer\s+\((?P<f>[^)]{1,40})\)\s+mod\s+(?:\d+(?:\s+stemmer?)?\s+"
    r"\((?P<i>[^)]{1,40})\)|0\b)", re.IGNORECASE)


# Each side counted inside a sentence: "Godkendt med 16 stemmer for (A, F, Ø) og 9 imod (V,
# C)", "Forslaget blev forkastet med 3 stemmer imod (V, O, A) og 1 stemme for (F)."
# (a board names its members: "5 stemmer for (Anne Mikkelsen, Lisbeth Krog, …)")
_SIDE_RE = re.compile(r"\b\d+\s+(?:stemmer?\s+)?(?P<k>for|imod)\s+\((?P<p>[^)]{1,300})\)"
                      # "Godkendt med 3 stemmer mod 1 (V)": only the side named
                      r"|\bstemmer\s+(?P<k2>mod)\s+\d+\s+\((?P<p2>[^)]{1,300})\)"
                      # "med 3 stemmer for (V, K) mod 1 (F)": the other side after "mod"
                      r"|(?<=\))\s+(?P<k3>mod)\s+\d+(?:\s+stemmer?)?\s+\((?P<p3>[^)]{1,300})\)"
                      # "2 stemmer (F, Ø) for og 5 stemmer (A, V, C) imod": the side after
                      r"|\b\d+\s+stemmer?\s+\((?P<p4>[^)]{1,300})\)\s+(?P<k4>for|imod)\b"
                      # "For 4 (…) – imod 1 (…)": the side, its count, its voters, each
                      # side opening the sentence or after a dash, a comma or "og"
                      r"|(?:^|(?<=[–—-]\s)|(?<=,\s)|(?<=\sog\s))(?P<k5>for|imod|undlod)\s+"
                      r"\d{1,3}\s+\((?P<p5>[^)]{1,300})\)"
                      # "…, mens 1 (B) undlod at stemme", "og 2 undlod (C, O)": who abstained
                      r"|\b\d+\s+\((?P<p6>[^)]{1,300})\)\s+(?P<k6>undlod|undlader)\b"
                      r"|\b\d+\s+(?P<k7>undlod|undlader)(?:\s+at\s+stemme)?\s+"
                      r"\((?P<p7>[^)]{1,300})\)"
                      # "…, mens 2 stemte imod (Jytte Schou og Kaj Thygesen)"
                      r"|\b\d+\s+stemte\s+(?P<k8>for|imod)\s+\((?P<p8>[^)]{1,300})\)",
                      re.IGNORECASE)


def _side(m: re.Match[str]) -> tuple[str, list[str]]:
    """The side and the voters one `_SIDE_RE` match names."""
    if m.group("k6") or m.group("k7"):
        return "undlod", voter_names(m.group("p6") or m.group("p7"))
    kind = "imod" if m.group("k2") or m.group("k3") else (
        m.group("k") or m.group("k4") or m.group("k5") or m.group("k8")).lower()
    return kind, voter_names(m.group("p") or m.group("p2") or m.group("p3") or m.group("p4")
                        or m.group("p5") or m.group("p8"))


# What the side voted on, between its label and the verb: "For indstillingen stemte 3 (…)",
# "For høringssvaret stemte Lone Brix" (a noun, definite), "For udsættelse stemte A, F og O
# (4)" (a motion's, indefinite), "For administrationens indstilling stemte 3: A, B og Ø."
_VOTED_ON_RE = re.compile(r"\b(for|imod)\s+(?:[a-zæøå]{3,}(?:ens|ets|nes)\s+)?"
                          r"(?:[a-zæøå-]{2,}(?:en|et|ne|else|slag|ing))"
                          r"(?:\s+om\s+[a-zæøå-]{3,})?"
                          r"\s+(?=stemte\b)", re.IGNORECASE)  # ("forslaget om tilbagesendelse")


_DOC_KIND_RE = re.compile(r"^(?:lukket|lukkede|åbent|åben)\s+(?:referat|dagsorden|punkter)",
                          re.IGNORECASE)


def _majority(m: re.Match[str]) -> tuple[str, list[str]]:
    """The side and the voters of "Et flertal bestående af …" / "Et mindretal (SF) …"."""
    verb = m.group("v").lower()
    kind = "undlod" if verb.startswith("undl") else (
        "imod" if "imod" in verb or "ikke" in verb else "for")
    who = m.group("n")
    if bracket := re.fullmatch(r"(?:[a-zæøå][^()]*)?\(([^)]+)\)", who):
        who = bracket.group(1)  # "(SF)", "i udvalget (A, V)"
    return kind, voter_names(who)


# A list's bullet before a side of the vote ("- For stemte: Marie Holm (A), …")
_BULLET_RE = re.compile(r"^\s*[-–•*·]\s+")
# "Afstemning: For: 15 (A, F, Ø), Imod: …": the vote's own label before the first side's
# (a print's label column leaves out the colon: "AFSTEMNING For: V, A, C (3). Imod: O (1).")
_VOTE_HEAD_RE = re.compile(r"^(?:afstemning(?:en|sresultat)?|resultat\s+af\s+afstemningen)(?:\s*:"
                           r"\s*(?=(?:for|imod|undlod)\b)|\s+(?=(?-i:For|Imod|Undlod)\s*:))",
                           re.IGNORECASE)


def _line_votes(line: str) -> list[tuple[str, list[str]]]:
    """The votes one sentence states, as (kind, voters); none when it states none.
    A label over the whole vote ("Afstemning: For: 15 (A, F, Ø), Imod: …") is left out,
    or it hid the first side's label behind it.

    >>> _line_votes("Afstemning: For: 15 (A, F, Ø), Imod: 10 (V, C, O), Undlod: 2")
    [('for', ['A', 'F', 'Ø']), ('imod', ['V', 'C', 'O']), ('undlod', [])]
    """
    line = _VOTE_HEAD_RE.sub("", _BULLET_RE.sub("", line))  # ("- For stemte: …": a list's)
    if len(labels := _NEXT_LABEL_RE.split(line)) > 1:  # "For stemte: 18 (…), Imod stemte: 9 (…)"
        return [vote for part in labels for vote in _line_votes(part)]
    if counted := counted_votes(line):
        return counted
    if m := _FOR_AGAINST_RE.search(line):
        return [("for", voter_names(m.group("f"))), ("imod", voter_names(m.group("i") or ""))]
    if sides := [_side(m) for m in _SIDE_RE.finditer(line)
                 if not m.group("k5") or voter_names(m.group("p5"))]:  # ("For 2025 (jf. …)")
        return sides  # "forkastet med 3 stemmer imod (V, O, A) og 1 stemme for (F)"
    if sides := [_majority(m) for m in _MAJORITY_RE.finditer(line)]:
        return sides  # ("Et flertal (A, F) godkendte …, et mindretal (V, C) stemte imod")
    m = _VOTE_LABEL_RE.match(line) or _BARE_LABEL_RE.match(line) or _VOTE_PHRASE_RE.match(line)
    if m:
        named = m.group("n")
        if m.re is _VOTE_PHRASE_RE:  # "…, idet Bent Nielsen (O) ikke kunne tiltræde": the
            named = _CLAUSE_RE.split(named)[-1]  # voter opens the clause the verb ends
        else:  # "18 (A, F, Ø, B)", "(7) A, B, O, V og Ø": the count is no voter
            named = _COUNT_LEAD_RE.sub("", named)
            if bracket := re.fullmatch(r"\(([^()]+)\)[.,]?", named.strip()):
                named = bracket.group(1)
        who = voter_names(named)
        # ("Undlod at stemme: 0" states a vote with nobody on that side)
        if who or m.re is _VOTE_LABEL_RE:
            kind = m.group("k").lower().replace("i mod", "imod")
            return [(VOTE_KIND.get(kind) or VOTE_KIND[kind.split()[0]], who)]
    return []


# A second vote label in the same line, after a comma, a semicolon or a sentence's end
# ("For: A, F, Ø. Imod: V.", "Stemte for: A, V, C og Ø. Stemte imod: D."), or a
# separator a slide or a card prints between the sides ("For: V, A (5) · Imod: O (1)")
_NEXT_LABEL_RE = re.compile(r"(?:[,;·|]|(?<=\w)\.)\s+(?=(?i:imod stemte|for stemte|stemte imod|"
                            r"stemte for|undlod at stemme|undlod)\s*\d*\s*:|(?-i:Imod|For)\s*:)")
_COUNT_LEAD_RE = re.compile(r"^\s*\(?\d+\)?\s*(?=\(|[A-ZÆØÅ]|$)")
# (the voters may follow a word that only limits them: "…, idet kun V stemte for")
_CLAUSE_RE = re.compile(r"(?:,\s+|\s+)(?:idet|da|men|mens|hvor)\s+(?:(?:kun|alene|også|heller "
                        r"ikke)\s+)?(?=[A-ZÆØÅ])")


def _keys(vote: dict[str, list[str]]) -> set[str]:
    """Who a vote names, and parties: "Ole Hansen (Ø)" is "Ø" too, "Socialdemokratiet" "A"."""
    out = set()
    for name in (name for names in vote.values() for name in names):
        out.update((name.lower(), re.sub(r"\s*\([^)]{1,4}\)$", "", name).lower()))
        out.update(p.lower() for p in re.findall(r"\(([^)]{1,4})\)", name))
        out.add(party_letter(name).lower())
    return out


def _item_vote(votes: list[dict[str, list[str]]]) -> dict[str, list[str]]:
    """The last vote, with the earlier ones as long as they name other voters and are not
    complete votes of their own (see the module's note)."""
    if not votes:
        return {}
    result = votes[-1]
    for earlier in reversed(votes[:-1]):
        if {"for", "imod"} <= earlier.keys() and _restates(result, earlier) and not (
                {"for", "imod"} <= result.keys()):  # (a whole vote by name says more)
            result = earlier  # "5 for (A, V, F) mod 1 (Ø). Sofie Winther (Ø) stemte imod, da …"
            continue
        both_complete = {"for", "imod"} <= earlier.keys() and {"for", "imod"} <= result.keys()
        if both_complete or _keys(earlier) & _keys(result):
            break
        merged = {k: list(v) for k, v in earlier.items()}
        for kind, names in result.items():
            merged.setdefault(kind, []).extend(names)
        result = merged
    return {kind: names for kind, names in result.items() if names}


def _restates(later: dict[str, list[str]], earlier: dict[str, list[str]]) -> bool:
    """Whether every voter of `later` stands on the same side in `earlier`, by name or by
    party: a sentence naming who voted so, after the counted vote."""
    return bool(later) and all(
        _keys({kind: [name]}) & _keys({kind: earlier.get(kind, [])})
        for kind, names in later.items() for name in names)


_PARTY_RE = re.compile(r"^[A-ZÆØÅ]{1,3}$")
# A sentence a PDF wrapped: the next line goes on in lower case, this one ends in a comma,
# or it ends in "og" before the list's last voter ("… Ole Dam (A) og" / "Bo Lund (B)."),
# or a count's parties follow it ("… stemte imod. Et mindretal" / "bestående af Ø (1) stemte
# imod.", "undlod at stemme 1" / "(Ø)."), or a voter's name ("… mod 1. Søren" / "Kjær (O) …")
_WRAPPED_RE = re.compile(r"(?<=[^.:!?\s])[ \t]*\n[ \t]*(?=[a-zæøå])|(?<=,)[ \t]*\n[ \t]*(?=\S)|"
                         r"(?:(?<=\sog)|(?<=\ssamt))[ \t]*\n[ \t]*(?=\S)|"
                         r"(?<=stemme \d|stemte \d)[ \t]*\n[ \t]*(?=\()|"
                         r"(?<=[a-zæøå])[ \t]*\n[ \t]*(?=(?:[A-ZÆØÅ][\w-]*\s+){1,3}"
                         r"\([A-ZÆØÅ]{1,4}\)\s+(?:stemte|undlod)\b)")
# A name a narrow cell wrapped after its first part: a label's list ("Fraværende: Thomas
# Ibsen" / "Vinge (A) og …" / "(Æ)."), or a sentence's absent member ("… Ida" / "Lund deltog ikke")
_NAME_WRAPPED_RE = re.compile(r"(?m)^([^:\n]{2,40}:[ \t]+[^\n]*\b[A-ZÆØÅ][a-zæøå]+)[ \t]*\n[ \t]*"
                              r"(?=[A-ZÆØÅ][\w-]*\s+\([A-ZÆØÅ]{1,4}\)|\([A-ZÆØÅ]{1,4}\))|(\b[A-ZÆØÅ]"
                              r"[a-zæøå]+)[ \t]*\n[ \t]*(?=[A-ZÆØÅ][\w-]*\s+deltog\s+ikke\b)")
# ... or before a name's last part, the list going on below it ("… Lis Frandsen og Kaj" /
# "Mortensen.", "For stemte: Ida Holm, Jonas Møller" / "Pedersen, Ulla Dahl og Bo Lund.")
_LAST_WRAPPED_RE = re.compile(r"(?m)^([^:\n]{2,40}:[ \t]+[^\n]*(?:,|\bog)[ \t]+[A-ZÆØÅ][a-zæøå]+"
                              r"(?:[ \t]+[A-ZÆØÅ][a-zæøå]+){0,2})[ \t]*\n[ \t]*"
                              r"(?=[A-ZÆØÅ][\w-]*(?:\.?[ \t]*$|,[ \t]|[ \t]+og[ \t]))")
# Sentences; a vote after a colon or a party's letter ("… blev sat til afstemning: For
# stemte: Ø (1)", "For stemte A, V og K. Imod stemte DF"); the next voter of a sentence
# ("Tina Rotbøll (A) stemte for, Linda Heegaard (F) stemte imod")
_SENTENCE_RE = re.compile(
    r"\n|(?<=[.!?])(?<! [A-ZÆØÅ]\.)\s+(?=[A-ZÆØÅ(])|(?<=[:.])\s+(?=(?:For|Imod|Undlod)\s)|"
    r"(?<=\))\s+(?=(?:For|Imod|Undlod)\s+(?:stemte|at\s+stemme))|"  # "… I (17) Imod stemte: O"
    # a party's letter ends the sentence before the next side's parties: "Imod stemte: O. Ø
    # undlod at stemme." (no initial: "Morten S. Petersen (C) stemte" goes on)
    r"(?<=[A-ZÆØÅ]\.)\s+(?=[A-ZÆØÅ]{1,3}(?:(?:,\s*|\s+og\s+)[A-ZÆØÅ]{1,3})*\s+"
    r"(?:stemte|stemmer|undlod|undlader)\b)|"
    # a sentence after a list of names with no full stop: "…, Ole Hald (Ø) Indstillingen blev"
    r"(?:(?<=\([A-ZÆØÅ]\))|(?<=\([A-ZÆØÅ]{2}\))|(?<=\([A-ZÆØÅ]{3}\)))"
    r"\s+(?=[A-ZÆØÅ][a-zæøå]+\s+(?:blev|er|var)\b)|"
    r",\s+(?=(?:[A-ZÆØÅ][\w-]*\s+){1,4}\([A-ZÆØÅ]{1,4}\)\s+(?:stemte|stemmer|undlod)\b)|"
    # a clause after the count naming who voted otherwise: "…, idet Rasmus Dahl undlod at
    # stemme", "…, mens Ø stemte imod"
    r",\s+(?:idet|mens|medens)\s+(?=(?:[A-ZÆØÅ][\w-]*\s+){1,4}(?:\([A-ZÆØÅ]{1,4}\)\s+)?"
    r"(?:stemte|stemmer|undlod|undlader)\b)")


def decision_people(text: str) -> tuple[list[str], dict[str, list[str]]]:
    r"""Who was absent and who voted how, as a decision text says it. Absent parties
    ("O og B var fraværende") are no persons and are left out.

    >>> decision_people("Godkendt.\nStemte imod: A og Ø\nAfbud: Ole Hansen (V)")
    (['Ole Hansen (V)'], {'imod': ['A', 'Ø']})
    >>> decision_people("Solveig Munk kunne ikke tiltræde indstillingen.")
    ([], {'imod': ['Solveig Munk']})
    >>> decision_people("Godkendt.\nFraværende: Ingen")
    ([], {})
    >>> decision_people("Formanden orienterede om, at Kristina Lund (A) forlod mødet.")
    (['Kristina Lund (A)'], {})
    >>> decision_people("Forkastet med 2 stemmer (F, Ø) for og 5 stemmer (A, V, C) imod.")
    ([], {'for': ['F', 'Ø'], 'imod': ['A', 'V', 'C']})
    >>> decision_people("Godkendt.\nInhabil: Lotte Fiil (A)")
    (['Lotte Fiil (A)'], {})
    >>> decision_people("Vedtaget.\nAfstemning:\nVenstre (V): For\nEnhedslisten (Ø): Imod")
    ([], {'for': ['V'], 'imod': ['Ø']})
    >>> decision_people("Godkendt. Morten S. Petersen (C) deltog ikke.")
    (['Morten S. Petersen (C)'], {})
    >>> decision_people("Afstemning: For 2 (Ida Holm, Bo Lund) – imod 1 (Ane Berg), som …")
    ([], {'for': ['Ida Holm', 'Bo Lund'], 'imod': ['Ane Berg']})
    >>> decision_people("Godkendt.\nFor: A, V\nUndlod: -")  # a dash names nobody
    ([], {'for': ['A', 'V']})
    >>> decision_people("Ændringsforslag fra Ø blev forkastet med 2 stemmer for (Ø) og 23 "
    ...                 "imod. Indstillingen blev herefter godkendt.")  # the amendment's vote
    ([], {})
    >>> decision_people("Anbefales.\n| For | V, A, C | 5 |\n| Imod | F | 1 |\n| Undlod | – | 0 |")
    ([], {'for': ['V', 'A', 'C'], 'imod': ['F']})
    >>> decision_people("Forkastet med 5 stemmer for (F og Ø), 19 imod (A, V), mens 1 (B) "
    ...                 "undlod at stemme.")
    ([], {'for': ['F', 'Ø'], 'imod': ['A', 'V'], 'undlod': ['B']})
    >>> decision_people("V foreslog udsættelse. Forslaget blev ikke vedtaget, idet kun V stemte "
    ...                 "for. Indstillingen blev herefter godkendt.")  # V's proposal's vote
    ([], {})
    """
    absent: list[str] = []
    votes: list[dict[str, list[str]]] = []
    amendments: list[bool] = []  # per vote: on an amendment ("Ændringsforslag fra A …")
    amending = passed = False  # an amendment named; the recommendation passed after it
    # the last sentence was a vote (the next may go on with it); "Afbud:" alone, names below
    in_vote = names_follow = False
    before = line = ""  # (the sentence before: the member "Han forlod mødet" names)
    text = vote_lines(without_statements(text))  # (a vote table, a party a line; no statement)
    text = _VOTED_ON_RE.sub(r"\1 ", text)  # "For indstillingen stemte" is "For stemte"
    text = rejected_count(minority_for_another(text))  # "… mod 2. A og B stemte for at …"
    text = party_list_ends(text)  # "… 2: A og D. Forslaget anbefales …"
    for _ in range(3):  # (a list wrapped twice)
        text = _LAST_WRAPPED_RE.sub(r"\1 ", _NAME_WRAPPED_RE.sub(r"\1\2 ", text))
    for raw in _SENTENCE_RE.split(_WRAPPED_RE.sub(" ", text)):
        before, line = line or before, clean_line(raw)
        if not line:
            continue
        if names_follow and looks_like_heading(line) and line[:1].isupper() and not (
                _DOC_KIND_RE.match(line)):  # ("Lukket referat" heads the next page's items)
            absent.extend(n for n in voter_names(line) if n not in absent)
            continue
        names_follow = False
        m = _ABSENT_LABEL_RE.match(line) or _ABSENT_PHRASE_RE.match(line)
        if m and m.re is _ABSENT_LABEL_RE:  # "Inhabil: X (…) deltog ikke i behandlingen."
            m = _ABSENT_PHRASE_RE.match(m.group("n")) or m
        if m:
            # ("Formanden orienterede om, at Kristina Lund (A) forlod mødet …": the one after "at")
            said = resolved_pronoun(re.split(r",?\s+at\s+(?=[A-ZÆØÅ])", m.group("n"))[-1],
                                    before)
            # (not a compound's first part: "Medarbejder- og elevrepræsentanter forlod
            # mødet" names a group of roles, no person)
            absent.extend(n for n in voter_names(said) if n not in absent and not _PARTY_RE.match(
                n) and not n.endswith("-") and (m.re is _ABSENT_LABEL_RE or named_person(n)))
            names_follow = not m.group("n").strip()
            continue
        found = _line_votes(line)
        if whole := bool(_WHOLE_RE.search(line)):  # ("… afstemning som helhed med de vedtagne
            amending = in_vote = False  # ændringsforslag": the votes so far the amendments')
        elif _AMENDMENT_RE.search(line) or _REJECTED_RE.search(line):
            if in_vote and not found:  # "Ændringsforslaget faldt." after its vote
                amendments[-1] = True
            else:  # "Ændringsforslag fra A om …" before it, or its vote in this sentence
                amending, in_vote = True, False
        passed = passed or bool(any(amendments) and not found and _PASSED_RE.search(line))
        for kind, who in found:
            # a new vote after other text, or when this side of a complete vote repeats
            if not in_vote or (kind in votes[-1] and len(votes[-1]) > 1):
                votes.append({})
                amendments.append(amending)
                amending = False
                in_vote = True
            votes[-1].setdefault(kind, []).extend(
                n for n in who if n not in votes[-1].get(kind, []))
        amendments = [True] * len(amendments) if whole else amendments  # (this line's too)
        in_vote = bool(found) and not whole
    if passed and all(amendments):  # only an amendment was voted on; the item passed
        votes = []
    elif not all(amendments):  # the proposal's own vote after an amendment's: that one only
        votes = [vote for vote, amending in zip(votes, amendments, strict=True) if not amending]
    # ("… at Karina Storm (Æ) var inhabil … Karina Storm deltog ikke": the party once given)
    absent = list(dict.fromkeys(_with_party(n, text) for n in absent))
    return absent, without_bare_counts(_item_vote(votes), text)


def _with_party(name: str, text: str) -> str:
    """`name` with the party the same `text` gives it elsewhere, when it has none here."""
    m = None if "(" in name else re.search(rf"\b{re.escape(name)}\s+\([A-ZÆØÅ]{{1,3}}\)", text)
    return m.group(0) if m else name


# "Ændringsforslag fra A om at hjemtage opgaven blev forkastet"; "Herefter blev
# indstillingen godkendt" (without a vote of its own)
_AMENDMENT_RE = re.compile(r"\bændringsforslag\w*\b", re.IGNORECASE)
_WHOLE_RE = re.compile(r"\bsom\s+(?:en\s+)?helhed\b", re.IGNORECASE)  # (the whole put to the vote)
# A member's or party's own proposal voted down: "Forslaget blev ikke vedtaget, idet kun V
# stemte for" (its vote is no vote on the item when the recommendation passes after it)
_REJECTED_RE = re.compile(r"\b(?:forslaget|modforslaget)\s+(?:blev\s+)?(?:ikke\s+(?:vedtaget|"
                          r"godkendt|tiltrådt)|forkastet|faldt|bortfaldt|nedstemt)\b",
                          re.IGNORECASE)
_PASSED_RE = re.compile(r"\bindstillingen\s+(?:med\s+(?:den|de)\s+\w+\s+ændring(?:er)?\s+)?"
                        r"(?:blev\s+)?(?:herefter\s+)?(?:enstemmigt\s+)?"
                        r"(?:godkendt|vedtaget|tiltrådt|anbefalet)\b|"
                        r"\bherefter\s+blev\s+indstillingen\b", re.IGNORECASE)
