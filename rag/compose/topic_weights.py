"""Which words of a question pick the sentence that answers it, within one item.

The topic's weights come from the archive (idf); within one item they are adjusted:
a word every sentence names is the item's theme, not what is asked; the first noun of
a typed question ("hvad var landsgennemsnittet for andelen …?") is what is asked; a
name the question gives ("til Gladsaxe") must stand in, or right before, the sentence.
"""

from __future__ import annotations

import re

from referat.danish import statement_and_question, stems, topic_stems
from referat.domain import RetrievedItem

from ..confidence import item_text, match_weight, name_forms, question_names, stem_set
from ..weights import Weights
from .base import Context

# The words that name the paper a question asks in, not what it asks for: "Seniorjob –
# hvordan har tallet ændret sig i statusserne om arbejdsgiverens sociale ansvar?"
_PAPER_NAMED = re.compile(
    r"\b(?:i|ifølge|fra|af)\s+(?:de\s+|den\s+|det\s+)?(?:status(?:sen|serne)?|sagen|"
    r"orienteringen|redegørelsen|opgørelsen|opgørelserne|notatet|evalueringen|"
    r"temadrøftelsen|punktet)\s+(?:om|på|for|vedr\.?|vedrørende)\s+([^?,.;:–]+)|"
    # ... or the event asked about: "Hvem skulle holde foredrag på ældreudvalgets
    # dialogmøde med de frivillige foreninger?" (its programme line names the speaker)
    r"\b(?:på|ved|under)\s+(?:[\wæøå-]+\s+){0,3}?[\wæøå-]*(?:møde|mødet|arrangement(?:et)?|"
    r"konference(?:n)?|seminar(?:et)?|workshop(?:pen)?)\b(?:\s+(?:med|for|om)\s+[^?,.;:–]+)?",
    re.I)


def paper_words(question: str) -> set[str]:
    """The stems of what names the paper the question asks in ("i statusserne om
    arbejdsgiverens sociale ansvar"), its noun too: every sentence of it is about that.

    >>> sorted(paper_words("Seniorjob – hvordan har tallet ændret sig i statusserne om "
    ...                    "arbejdsgiverens sociale ansvar?"))
    ['ansvar', 'arbejdsgiv', 'social', 'status']
    >>> sorted(paper_words("Hvem holdt foredrag på dialogmødet med de frivillige foreninger?"))
    ['dialogmød', 'forening', 'frivil']
    """
    return {t for m in _PAPER_NAMED.finditer(question) for t in stems(m.group(0))}


def theme_discounted(weights: dict[str, float], stem_sets: list[frozenset[str]],
                     w: Weights, paper: set[str] | frozenset[str] = frozenset()
                     ) -> dict[str, float]:
    """The topic weights for picking a sentence within one item: a word most of its
    sentences name says less about which sentence answers (`item_theme_discount`), and
    so does a word that names the paper asked in (`paper_words`), while the topic has
    others (`paper_name_discount`)."""
    if not stem_sets:
        return weights
    out = {}
    named = paper & weights.keys()
    named = named if len(named) < len(weights) else set()  # (the whole topic: no discount)
    for t, wt in weights.items():
        share = sum(1 for have in stem_sets if match_weight(t, have, w) > 0) / len(stem_sets)
        out[t] = wt * (1 - w.item_theme_discount * share) * (
            1 - w.paper_name_discount if t in named else 1.0)
    return out


def anchors_of(ctx: Context, item: RetrievedItem, title: str) -> list[str]:
    """The names of the question ("hvor mange virksomheder flyttede til Gladsaxe?") that
    the item mentions but its title does not: a value answers only in a sentence that
    names them. The archive's municipalities are not such names."""
    names = question_names(ctx.q.text)
    if not names:
        return []
    have = stem_set(item_text(ctx.lookup, item))
    titled = set(stems(title))
    skip = titled | set(stems(" ".join(ctx.lookup.municipalities)))
    # a name that says which one of a thing the title names is no anchor: "butikscentret
    # på Tempovej" of the item "Lokalplan for butikscenter i Bilbyen"
    noun_of = {name: noun for noun, name in _QUALIFIED.findall(ctx.q.text)}
    skip |= {stem for word, stem in names if word in noun_of and any(
        match_weight(t, titled, ctx.weights) > 0 for t in stems(noun_of[word], frozenset()))}
    # ... nor is the source the question cites ("ifølge Exometrics analyse"): the figure's
    # sentence seldom names who reported it
    skip |= {stem for word, stem in names if word in _SOURCE.findall(ctx.q.text)}
    # (the first form the item has: "Cowis" names Cowi, "Toms" is Toms)
    found = [(stem, next((f for f in name_forms(word, stem) if f in have), None))
             for word, stem in names]
    anchors = [f for _, f in found if f is not None and f not in skip]
    # A name the item never mentions, though another candidate does ("… arbejde på
    # Lindbjergvej?": the item on nytteindsatsen names it, the one on førtidspension does
    # not): the item is on another matter, and none of its values answers.
    missing = [stem for stem, f in found if f is None and stem not in skip]
    if missing and any(stem in stem_set(item_text(ctx.lookup, other)) for stem in missing
                       for other in ctx.candidates[:_NAME_PEERS] if other.ref != item.ref):
        anchors.append(missing[0])
    return anchors


# How many of the best candidates are read for a name an item lacks
_NAME_PEERS = 5


# A noun and the name that says which one: "butikscentret på Tempovej"
# (not "i Gladsaxe": a place "i" a municipality is whose figure is asked)
_QUALIFIED = re.compile(r"\b([a-zæøå]{4,})\s+(?:på|ved)\s+([A-ZÆØÅ][\wæøå-]+)")
_SOURCE = re.compile(r"\bifølge\s+([A-ZÆØÅ][\wæøå-]+)")
_SIZE_WORDS = frozenset(stems("stor store høj høje lav lave langt længe mange meget"))


def topic_head(topic: list[str], named: frozenset[str] | set[str]) -> str | None:
    """The topic's head: its first word that is neither a size word of the question
    ("hvor stor …") nor a named period."""
    return next((t for t in topic if t not in _SIZE_WORDS and t not in named
                 and not t.isdigit()), None)


def premise_only(question: str) -> set[str]:
    """Stems of the statement a question opens with, that its asking clause lacks
    ("Ministermålene havde mistet betydning – hvad var der stadig fokus på?").

    >>> sorted(premise_only("Ministermålene mistede betydning – hvad var der fokus på?"))
    ['betydning', 'ministermål', 'misted']
    >>> premise_only("Hvad besluttede udvalget om studieturen?")
    set()
    """
    statement, asked = statement_and_question(question)
    return set(topic_stems(statement)) - set(topic_stems(asked)) if statement else set()
