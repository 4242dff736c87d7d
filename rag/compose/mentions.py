"""Where a matter is mentioned across the archive: "Brydehuset – i hvilke sammenhænge er
det nævnt i udvalgets referater?", "hvor optræder TEC i referaterne?", "hvilke virksomheder
i Skovlunde er nævnt?". Every retrieved item whose text names the question's rarest word
(the one that singles the matter out), with its sentence on it, in date order, each cited;
None when no item names it (the usual answer then declines or answers from the best item).

>>> asks_mentions("Brydehuset – i hvilke sammenhænge er det nævnt?")
True
>>> asks_mentions("Hvad besluttede udvalget om den nævnte sag?")
False
>>> asks_mentions("hvad står der om mentorer i udvalgets referater?")
True
>>> asks_mentions("hvad står der om mentorer i referaterne fra 2023?")  # one year's
False
"""

from __future__ import annotations

import re

from referat.danish import danish_date, sentences, stems
from referat.domain import Answer
from referat.periods import period_words

from ..confidence import match_weight, question_names, stem_set
from ..intent import DECISION
from .base import UNQUOTED, Context, Lookup, quote_block

_ASKS = re.compile(
    r"\bi hvilke (?:sammenhænge|sammenhæng|forbindelser?)\b|"
    r"\b(?:er|bliver|blev|været|blevet)\s+(?:\S+\s+){0,3}?(?:nævnt|omtalt)\b|"
    r"\b(?:nævnes|omtales|optræder|optrådt|dukker\s+(?:\S+\s+){0,3}?op)\b|"
    r"\bunder hvilke (?:punkter|sager)\b", re.I)  # "… – og under hvilke punkter?"
# Across the archive: "hvad har udvalget hørt om Mileparken gennem årene?" (but "hvilke
# lokalplaner er dukket op gennem årene?" asks for the items of a kind: an overview)
_OF_A_KIND = re.compile(r"\W*hvilke\s+(?!af\b)\w+", re.I)
_ACROSS = re.compile(r"\b(?:gennem|over) (?:årene|tiden)\b|"
                     # "hvad står der om mentorer i udvalgets referater?": the minutes as a
                     # whole, no one meeting named (a named period narrows it: `asks_mentions`)
                     r"\b(?:i|ifølge)\s+(?:udvalgets\s+)?(?:referater(?:ne)?|papirer)\b|"
                     r"\bi\s+udvalgets\s+sager\b", re.I)
# ... unless it asks who, or how a figure changed ("hvordan har ledigheden udviklet sig
# over tiden?" wants one figure per meeting), or what was decided (`DECISION`)
_NOT_ACROSS = re.compile(r"\bhvem\b|\b(?:udvikl|ændr|steg|stig|fald)\w*", re.I)
# Words of such questions that are no part of the matter.
_NOT_MATTER = frozenset(stems(
    "nævnt nævnes omtalt omtales optræder optrådt dukker sammenhæng sammenhænge "
    "forbindelse forbindelser sager sag punkter punkt referater referat møder møde "
    "udvalget udvalgets udvalg årene gennem tiden igen steder papirer ifølge", frozenset()))


# A matter the question refers to, not where it is mentioned: "Iris Groups indeks, som
# blev nævnt på sidste møde", "Det blev nævnt i sagen om førtidspensionister."
_REFERS = re.compile(r"\b(?:som|der|det|den|de)\s+(?:blev|er|var|bliver)\s+(?:\S+\s+){0,2}?"
                     r"(?:nævnt|omtalt)\b", re.I)
_URL = re.compile(r"<?https?://\S+|\bwww\.\S+", re.I)


def asks_mentions(question: str) -> bool:
    """"I hvilke sammenhænge er X nævnt?", "hvad har udvalget hørt om X gennem årene?"."""
    text = _REFERS.sub(" ", question)
    return bool(_ASKS.search(text) or (_ACROSS.search(text) and not _OF_A_KIND.match(text)
                                       and not (_NOT_ACROSS.search(text)
                                                or DECISION.search(text)
                                                or period_words(text))))


def _word_as_asked(question: str, stem: str) -> str:
    """The question's own spelling of the word with `stem`: "Brydehuset"."""
    return next((w for w in re.findall(r"[\wæøåÆØÅ-]+", question)
                 if stems(w, frozenset())[:1] == [stem]), stem)


def _matter(question: str, topic: list[str]) -> list[str]:
    """The topic stems that name the matter, not the asking ("nævnt", "referaterne")."""
    named = period_words(question)
    return [t for t in topic if t not in _NOT_MATTER and t not in named]


def mention_word(question: str, topic: list[str], lookup: Lookup) -> str:
    """The stem that singles the matter out: a name the question gives ("TEC", not
    "erhvervsskolen"), else its rarest known word; "" when the archive knows none."""
    known = [t for t in _matter(question, topic) if t in lookup.idf]
    if not known:
        return ""
    acronyms = " ".join(re.findall(r"\b[A-ZÆØÅ]{2,}\b", question))  # "TEC", "STAR"
    names = ({stem for _, stem in question_names(question)}
             | set(stems(acronyms, frozenset()))) - set(
        stems(" ".join(lookup.municipalities), frozenset()))
    return max(known, key=lambda t: (t in names, lookup.idf.get(t, lookup.default_idf)))


def mention_query(question: str, topic: list[str], lookup: Lookup) -> str:
    """The word to search the whole archive for, as the question spells it: a word said
    34 times in one item fills the hybrid search's chunks, and the one item that says it
    once (a list of the year's changes) is found only by searching the word alone."""
    word = mention_word(question, topic, lookup)
    return _word_as_asked(question, word) if word else ""


def compose_mentions(ctx: Context) -> Answer | None:
    w, lookup = ctx.weights, ctx.lookup
    matter = _matter(ctx.question, ctx.q.topic)
    word = mention_word(ctx.question, ctx.q.topic, lookup)
    if not word:
        return None
    idf = {t: lookup.idf.get(t, lookup.default_idf) for t in matter}
    lo, hi = ctx.q.date_from, ctx.q.date_to or ctx.q.date_from
    found = []
    for item in ctx.candidates:
        view = lookup.item(item.ref)
        if view is None or item.closed or (lo and hi and not lo <= item.meeting_date <= hi):
            continue  # "… dukker det op igen i 2024?": that period's items
        best = max(((sum(idf[t] * match_weight(t, have, w) for t in matter), section, x)
                    for section, text in view.sections if section not in UNQUOTED
                    for x in sentences(text)
                    if match_weight(word, have := stem_set(_URL.sub(" ", x)), w)
                    >= w.synonym_match),
                   default=None)
        if best is not None:
            found.append((item, best[1], best[2]))
    if not found:
        return None
    found = sorted(found[:w.mentions_max], key=lambda f: (f[0].meeting_date, f[0].punkt))
    asked = _word_as_asked(ctx.question, word)
    lines = [f"»{asked}« nævnes i {len(found)} {'punkt' if len(found) == 1 else 'punkter'} "
             "i referaterne:"]
    for item, _, sentence in found:
        lines.append(f"\n{ctx.committee(item)}, {danish_date(item.meeting_date)}, "
                     f"{item.ref.name} ({item.title}):\n{quote_block(sentence)}")
    cites = [ctx.cite(item, sentence, section) for item, section, sentence in found]
    return ctx.answer("\n".join(lines), cites, kind="mentions")
