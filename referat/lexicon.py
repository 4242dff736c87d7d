"""Where a question's words meet the archive's vocabulary (the lexical index's stems):
Danish compounds written apart or together, inflections Snowball leaves apart, and
everyday words the minutes do not use ("firma" where minutes say "virksomhed").

Written by hand: neither bm25s nor llama-index decompounds or lemmatises Danish.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Container, Sequence
from functools import lru_cache

from .danish import QUESTION_WORDS, STOPWORDS, stemmer

# Danish writes compounds as one word ("leverandørsamarbejdet") where a question may use
# two ("samarbejdet med leverandørerne"), and the other way round. Snowball stems the
# first part of a compound as it stands ("uddannelses-"), the free word to its root
# ("uddannelse" → "uddan"), so the link between them may be a few letters long.
_COMPOUND_LINK = 6  # longest letters between the parts' stems ("uddan|nelses|hjælp")
_COMPOUND_SCAN = 3000  # most index stems read per prefix (bounded time on a huge vocabulary)
_COMPOUND_MIN = 9  # shortest stem split into parts ("fremmest" is no compound)


def compound_expansions(topic: list[str], vocab: Container[str],
                        ordered: Sequence[str]) -> list[str]:
    """Index stems that say two of the question's stems as one compound, and the parts
    of a question compound the index only has apart.

    `vocab` holds the index's stems, `ordered` the same stems sorted.
    `["samarbejd", "leverandør"]` → `["leverandørsamarbejd"]`;
    `["uddannelseshjælp"]` (not in the index) → `["uddan", "hjælp"]`.
    """
    out = list(_joins(topic, ordered))
    for q in topic:
        if q not in vocab and len(q) >= _COMPOUND_MIN:
            out.extend(_split(q, vocab))
    return [s for s in dict.fromkeys(out) if s not in topic]


def compound_covered(topic: list[str], have: Collection[str]) -> set[str]:
    """The topic stems `have` names inside a compound of two topic stems, or as the two
    parts of a topic compound: topic `["samarbejd", "leverandør"]` and a title
    "Status på leverandørsamarbejdet" → both."""
    out = {t for parts in _joins(topic, sorted(have)).values() for t in parts}
    return out | {q for q in topic
                  if q not in have and len(q) >= _COMPOUND_MIN and _split(q, have)}


def _joins(topic: list[str], ordered: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Stems in `ordered` (sorted) that are one topic stem, a short link, and another."""
    out: dict[str, tuple[str, str]] = {}
    heads = [b for b in topic if len(b) >= 3]
    for a in dict.fromkeys(t for t in topic if len(t) >= 3):
        start = bisect_left(ordered, a)
        for v in ordered[start:start + _COMPOUND_SCAN]:
            if not v.startswith(a):
                break
            rest = v[len(a):]
            for b in heads:
                at = rest.rfind(b)
                # the head may end a letter or two later, stemmed as part of the
                # compound ("ungeindsats", but "indsats" alone → "indsat")
                if b != a and at >= 0 and at <= _COMPOUND_LINK \
                        and len(rest) - at - len(b) <= 2 and _letters(rest[:at]):
                    out[v] = (a, b)
                    break
    return out


def _letters(link: str) -> bool:
    return not link or link.isalpha()


def _split(word: str, vocab: Container[str]) -> list[str]:
    """The longest head of `word` the index knows, with a first part it knows too, or
    an everyday first part in the minutes' word ("firmaflytninger" → virksom, flytning)."""
    for i in range(3, len(word) - 3):
        head, first = word[i:], word[:i]
        if head not in vocab:
            continue
        for form in (first, first[:-1] if first.endswith("s") else ""):
            if form and (stem := stemmer().stemWord(form)) in vocab:
                return [stem, head]
            known = [s for s in _everyday().get(stemmer().stemWord(form), ()) if s in vocab]
            if form and known:
                return [known[0], head]
    return []


# Everyday words → the minutes' words, used only for a word the archive never has (so
# it can only add what would otherwise be found by nothing): "firmaer" → "virksomheder".
_EVERYDAY = {
    "penge pengene": "midler kroner beløb",
    "firma firmaer firmaet firmer": "virksomhed virksomheder",
    "arbejdsløs arbejdsløse arbejdsløsheden arbejdsløshed": "ledige ledighed",
    "byråd byrådet byrådets": "kommunalbestyrelsen",
    "dukke dukkede dukker dukket": "mødte",  # "hvor mange dukkede op?" — "180 mødte op"
    "folk folket": "borgere personer",  # "at få folk i arbejde"
    "fremstilling fremstillingen": "produktion produktionen",
    "nytårsreception nytårsreceptionen reception receptionen": "nytårskur",
    "gæst gæster gæsterne": "deltagere",  # "hvor mange gæster kom?" — "180 deltagere"
    "shoppingcenter shoppingcentret indkøbscenter indkøbscentret": "butikscenter",
    "kæde kæder kæderne butikskæde butikskæder": "butikker",
    "betaling betalingen vederlag vederlaget": "honorar honoraret",
}
_DERIVATIONS = ("ning", "ing", "else", "hed")  # noun endings on a verb or adjective
_INFLECTION_SLACK = 2  # letters an unknown stem may differ by at its end ("behandled")


@lru_cache(maxsize=1)
def _everyday() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for words, alts in _EVERYDAY.items():
        for stem in stemmer().stemWords(words.split()):
            out[stem] = tuple(dict.fromkeys(stemmer().stemWords(alts.split())))
    return out


def known_forms(topic: list[str], vocab: Container[str],
                ordered: Sequence[str]) -> dict[str, list[str]]:
    """For each topic stem the archive never has, the stems it has for the same word:
    another inflection ("behandlede" → "behandl", "ejerne" → "ejer"), its parts
    ("dagpengeledighed" → "dagpeng", "led") or the minutes' word for an everyday one
    ("firmaer" → "virksom"). Stems with nothing known are left out."""
    out: dict[str, list[str]] = {}
    for t in dict.fromkeys(topic):
        if t in vocab or t.isdigit() or len(t) < 4:
            continue
        found = _period_of(t, vocab) or _case_of(t, vocab, ordered) or _inflection(
            t, ordered) or _typo(t, vocab) or (
            _derived(t, vocab)) or (
            _split(t, vocab) if len(t) >= _COMPOUND_MIN else []) or [
            s for s in _everyday().get(t, ()) if s in vocab][:1]
        if found:
            out[t] = found
    return out


# A time named by what filled it: "coronatiden", "coronaperioden", "coronakrisen" are the
# time of corona (its first part alone is the matter; "corona" and "tid" never meet in
# one item).
_PERIOD_HEADS = ("tid", "period", "kris", "pandemi")


def _period_of(stem: str, vocab: Container[str]) -> list[str]:
    """ "coronatid" → ["corona"] when the archive knows "corona" (and not the whole)."""
    for head in _PERIOD_HEADS:
        first = stem[:-len(head)].rstrip("s-") if stem.endswith(head) else ""
        if len(first) >= _COMPOUND_PART_MIN and first in vocab:
            return [first]
    return []


# A case named by its matter: "leverandørsagen" is the case of "leverandørsamarbejdet",
# "energisagen" of "energitjekket" (the first part alone, or the one compound it begins).
_CASE_HEADS = ("sag", "punkt")


def _case_of(stem: str, vocab: Container[str], ordered: Sequence[str]) -> list[str]:
    """ "leverandørsag" → ["leverandørsamarbejd"] when the archive has no "leverandørsag"."""
    for head in _CASE_HEADS:
        first = stem[:-len(head)].rstrip("s-") if stem.endswith(head) else ""
        if len(first) < _COMPOUND_PART_MIN:
            continue
        if first in vocab:
            return [first]
        start = bisect_left(ordered, first)
        return [v for v in ordered[start:start + _COMPOUND_SCAN]
                if v.startswith(first) and len(v) > len(first) + 2][:1]
    return []


_TYPO_MIN = 8  # shortest stem corrected by one edit (shorter ones are other words)
_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"


def _typo(stem: str, vocab: Container[str]) -> list[str]:
    """The index stem one keystroke away from a long unknown stem — a letter missing,
    extra, wrong or two swapped: "beskæftigelsestrategi" → "beskæftigelsesstrategi",
    "iværksæterindsats" → "iværksætterindsats", "uddannelseshjlæp" → "uddannelseshjælp"."""
    if len(stem) < _TYPO_MIN:
        return []
    splits = [(stem[:i], stem[i:]) for i in range(len(stem) + 1)]
    edits = [a + b[1:] for a, b in splits if b]
    edits += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    edits += [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    edits += [a + c + b for a, b in splits for c in _LETTERS]
    found = [e for e in dict.fromkeys(edits) if e != stem and e in vocab]
    return found[:1]


def _derived(stem: str, vocab: Container[str]) -> list[str]:
    """The verb or adjective a noun is made from: "ledighed" → "ledig", "vurdering" →
    "vurder" (never a stem of three letters: "ryg" stands for too many words)."""
    for suffix in _DERIVATIONS:
        base = stem[:-len(suffix)]
        if stem.endswith(suffix) and len(base) >= 4 and base in vocab:
            return [base]
    return []


def _inflection(stem: str, ordered: Sequence[str]) -> list[str]:
    """The shortest index stem sharing all of `stem` but its last few letters."""
    core = stem[:max(4, len(stem) - _INFLECTION_SLACK)]
    start = bisect_left(ordered, core)
    near = []
    for v in ordered[start:start + _COMPOUND_SCAN]:
        if not v.startswith(core):
            break
        if abs(len(v) - len(stem)) <= _INFLECTION_SLACK:
            near.append(v)
    return [min(near, key=len)] if near else []


def starts_compound(stem: str, ordered: Sequence[str]) -> bool:
    """Is `stem` the first part of an index stem ("energi" of "energitjek")? The archive
    then speaks of it, in compounds only."""
    if len(stem) < _COMPOUND_PART_MIN:
        return False
    start = bisect_left(ordered, stem)
    return any(v.startswith(stem) and len(v) > len(stem) + 2
               for v in ordered[start:start + _COMPOUND_SCAN])


_COMPOUND_PART_MIN = 5  # shorter first parts ("spar", "led") begin too many other words
_ASCII_DANISH = (("oe", "ø"), ("aa", "å"), ("ae", "æ"))
_WORD = re.compile(r"[^\W\d_]+")
_ASKING = STOPWORDS | QUESTION_WORDS


def respell(text: str, vocab: Container[str]) -> str:
    """Danish letters typed the ASCII way, where only the Danish spelling is known:
    "noegletal paa moedet" → "nøgletal på mødet" ("Michael" stays: neither is known;
    the small words of asking are known though no index holds them: "paa", "hvornaar")."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        lower = word.lower()
        if not any(a in lower for a, _ in _ASCII_DANISH) or stemmer().stemWord(lower) in vocab:
            return word
        danish = lower
        for a, b in _ASCII_DANISH:
            danish = danish.replace(a, b)
        if stemmer().stemWord(danish) not in vocab and danish not in _ASKING:
            return word
        return danish.capitalize() if word[0].isupper() else danish
    return _WORD.sub(fix, text)


def joined(text: str, vocab: Container[str]) -> str:
    """A name or compound the minutes write as one word, typed as two: "Ice hearts" →
    "Icehearts", "Bolig sociale" → "Boligsociale". Only where one of the two is no word
    of the archive, so that two known words ("ny skole") stay two."""
    words = list(_WORD.finditer(text))
    out, at = [], 0
    for m, n in zip(words, words[1:], strict=False):
        a, b = m.group(0), n.group(0)
        if (m.start() < at or text[m.end():n.start()] != " " or len(a) < 2 or len(b) < 3
                or a.lower() in _ASKING or b.lower() in _ASKING):
            continue
        parts = [stemmer().stemWord(w.lower()) for w in (a, b)]
        if all(p in vocab for p in parts) or stemmer().stemWord((a + b).lower()) not in vocab:
            continue
        out += [text[at:m.start()], a + b.lower()]
        at = n.end()
    return "".join(out) + text[at:]


# English words Danish users type in a chat, as minutes would say them: "why virker
# idræt?", "Var der EBU-meeting d. 16/1-24?" (question words, meeting, decision).
_ENGLISH = {"why": "hvorfor", "what": "hvad", "who": "hvem", "when": "hvornår",
            "where": "hvor", "how": "hvordan", "meeting": "møde", "meetingen": "mødet",
            "meetings": "møder", "decision": "beslutning", "decided": "besluttet"}
_ENGLISH_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(_ENGLISH) + r")(?![\w-])|"
                           r"(?<=-)(?:meeting|meetingen)\b", re.I)


def in_danish(text: str) -> str:
    """English words of a mixed question in Danish: "why virker idræt for de unge?" →
    "hvorfor virker idræt for de unge?"."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        opens = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1] in ".?!:–-"
        # (a capital elsewhere is a title or a name: "What a Wonderful World")
        return _ENGLISH[word.lower()] if word.islower() or opens else word
    return _ENGLISH_WORD.sub(fix, text)


# Abbreviations of titles and bodies people type in a chat, as the minutes spell them
# out: "hvem var konst. centerchef feb 24?" → "konstitueret centerchef". (Not the ones
# minutes write themselves: "ca.", "jf.", "bl.a.", "kr.")
_ABBREVIATIONS = {"konst": "konstitueret", "fmd": "formand", "nfmd": "næstformand",
                  "næstfmd": "næstformand", "dir": "direktør", "adm": "administrerende",
                  "kbst": "kommunalbestyrelsen", "borgm": "borgmester",
                  "forv": "forvaltningen", "iflg": "ifølge", "vedr": "vedrørende"}
_ABBREVIATION = re.compile(r"(?<![\w.-])(" + "|".join(_ABBREVIATIONS) + r")\.", re.I)


# The council by its initials, as staff write it: "arbejdet som KB-medlem" is the
# minutes' "kommunalbestyrelsesmedlem", "KB godkendte" their "Kommunalbestyrelsen"
_KB_COMPOUND = re.compile(r"\bKB-(?=[a-zæøå])")
_KB = re.compile(r"\bKB\b(?!-)")


# Phrases written as one word in a chat: "hvornår gik det igang?" is "i gang"
_RUN_TOGETHER = {"igang": "i gang", "idag": "i dag", "igår": "i går", "imorgen": "i morgen",
                 "iøvrigt": "i øvrigt", "istedet": "i stedet", "iforvejen": "i forvejen",
                 "ihvertfald": "i hvert fald", "istand": "i stand"}
_RUN_TOGETHER_WORD = re.compile(r"(?<![\w-])(" + "|".join(_RUN_TOGETHER) + r")(?![\w-])",
                                re.I)


def expand_abbreviations(text: str) -> str:
    """"hvem var konst. centerchef feb 24?" → "hvem var konstitueret centerchef feb 24?".

    >>> expand_abbreviations("sagen om arbejdet som KB-medlem, som KB godkendte")
    'sagen om arbejdet som kommunalbestyrelsesmedlem, som kommunalbestyrelsen godkendte'
    >>> expand_abbreviations("hvornår gik det igang?")
    'hvornår gik det i gang?'
    """
    text = _RUN_TOGETHER_WORD.sub(lambda m: _RUN_TOGETHER[m.group(1).lower()], text)
    text = _KB.sub("kommunalbestyrelsen", _KB_COMPOUND.sub("kommunalbestyrelses", text))
    return _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1).lower()], text)



# A request around the question proper: "Jeg er nyvalgt og vil gerne vide, hvem …",
# "Kan du fortælle mig, hvornår …", "Vi kunne godt tænke os at vide, hvad …" — up to
# the question word it embeds (a yes/no question embedded with "om" keeps its frame).
_REQUEST_FRAME = re.compile(
    r"^\s*(?:(?:jeg|vi)\b[^?.!]{0,80}?\b(?:vil|ville|kunne|skal)\s+(?:gerne|godt)\s+"
    r"(?:tænke\s+(?:mig|os)\s+at\s+)?(?:vide|høre|forstå|spørge)|"
    r"(?:kan|kunne|vil|ville)\s+(?:du|I|De)\s+(?:fortælle|sige|oplyse)(?:\s+(?:mig|os))?)"
    r"\s*(?:om\s+)?,?\s+(?=hv(?!is\b))", re.I)


# Who is asking, said first: "Erhvervsservice her – …", "Hej, Indkøb her: …"
_SIGNED = re.compile(r"^\s*(?:[Hh]ej[,!]?\s+)?[A-ZÆØÅ][\wæøå-]+(?:\s+[\wæøå-]+){0,3}\s+her\s*"
                     r"(?::|\s[–—-])\s*")


def without_request_frame(text: str) -> str:
    """The question without the request it is wrapped in.

    >>> without_request_frame("Jeg er nyvalgt og vil gerne vide, hvem der sad med?")
    'hvem der sad med?'
    >>> without_request_frame("Kan du fortælle mig, hvornår mødet var?")
    'hvornår mødet var?'
    >>> without_request_frame("Jeg vil gerne vide, om planen blev godkendt?")
    'Jeg vil gerne vide, om planen blev godkendt?'
    >>> without_request_frame("Indkøb her: nævner sagen kædeansvar?")
    'nævner sagen kædeansvar?'
    """
    return _REQUEST_FRAME.sub("", _SIGNED.sub("", text, count=1), count=1)
