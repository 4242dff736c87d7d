"""What a question takes for granted, checked against the archive before and after
retrieval: that its words are the archive's words (`known_words`), that the matter it
names is in the minutes at all (`absent_matter`: "om at stille vindmøller op"), that
the act a "hvorfor …?" presumes took place (`false_premise`), and that the minutes give
the reason it asks for (`unstated_reason`), and that another body's decision it asks
about is told at all (`unreported_body`).
"""

from __future__ import annotations

import re
from typing import Any

from referat.danish import STOPWORDS, sentences, stems, tokens, topic_stems
from referat.domain import Answer
from referat.lexicon import known_forms, starts_compound
from referat.periods import period_words
from referat.synonyms import synonyms

from . import confidence as conf
from .bodies import body_as_named, named_body
from .compose.base import Context, decline
from .compose.decision import asked_outcome, only_noted, outcome
from .compose.passage import REASON
from .intent import is_yes_no
from .query import HYPHENATED, Question
from .weights import WEIGHTS, Weights

# The matter a question is about, when it says so: "hvad mener udvalget om at stille
# vindmøller op?", "har udvalget besluttet noget om åbningstiderne på biblioteket?"
_MATTER = re.compile(r"\b(?:om|(?:vedtaget|besluttet|godkendt|indført)\s+(?:en|et|nogen|noget)|"
                     r"(?:sagt|svaret) (?:ja|nej) til|givet grønt lys til|bevilget (?:penge )?til|"
                     # "Har udvalget gjort noget for landbrugene i kommunen?"
                     r"(?:gjort|gøre|gør|gjorde) (?:noget|nok|meget) (?:for|ved))"
                     r"\s+((?:(?!\bom\b)[^?])+)\??\s*$", re.I)
# ... up to a dash, comma, colon or a new question ("… fra feb 2024 – hvilket sagsnummer")
_MATTER_END = re.compile(r"\s[–-]\s|[,;:(¦]|\b(?:hv\w+|og (?:står|er|var|blev))\b", re.I)
# An "om" that is not "about": "se på, om politikkerne kunne skrottes" (whether), "40 timer
# om måneden" (per); it ends a matter ("vide om vindmøllerne" is "about": see the comma)
_NOT_ABOUT = re.compile(r",\s*om\b|\bom(?=\s+(?:måneden|året|ugen|dagen|timen|morgenen|aftenen|"
                        r"natten)\b)", re.I)


def asked_matter(question: str) -> str | None:
    """The words after the question's last "om" that means "about" (or "vedtaget en
    …"), or None: "hvad mener udvalget om at stille vindmøller op?" → "at stille
    vindmøller op"; "… se på, om politikkerne kunne skrottes" → None."""
    masked = _NOT_ABOUT.sub(lambda m: m.group(0)[:-2] + "¦", question)
    m = _MATTER.search(masked)
    return _MATTER_END.split(m.group(1), maxsplit=1)[0] if m else None


# "Hvorfor besluttede udvalget at lukke Servicekorpset?", "hvorfor droppede udvalget
# energitjekket?": the question takes an act for granted.
_WHY_ACT = re.compile(r"\bhvorfor\s+(?:(?:besluttede|valgte|vedtog)\s+(?:\S+\s+){1,3}?at\s+"
                      r"(\w+)|(droppede|stoppede|lukkede|afviste|nedlagde|opsagde|"
                      r"sløjfede|fjernede)\b)", re.I)


def presumed_act(question: str) -> tuple[str, str] | None:
    """The act a "hvorfor …?" question presumes the committee took, as (verb, how to say
    it): ("lukke", "besluttede at lukke"), ("droppede", "droppede"); or None."""
    m = _WHY_ACT.search(question)
    if m is None:
        return None
    if m.group(1):
        return m.group(1).lower(), f"besluttede at {m.group(1).lower()}"
    return m.group(2).lower(), m.group(2).lower()


# A noun and what it is of, said as a phrase where minutes write one compound: "tilskud
# til lønnen" — "løntilskud", "udgifter til mentorer" — "mentorudgifter"
_PHRASED_COMPOUND = re.compile(r"\b([a-zæøå]{4,})\s+(?:til|for|på)\s+(?:de\s+|den\s+|det\s+)?"
                               r"([a-zæøå]{3,})\b", re.I)


def known_words(q: Question, retriever: Any) -> None:
    """A topic word the archive never has stands for the one it has ("behandlede" →
    "behandl", "firmaer" → "virksom"), so that coverage can see it."""
    lexical = getattr(retriever, "lexical", None)
    if lexical is None:
        return
    for a, b in HYPHENATED.findall(q.text):
        whole = stems(a + b, frozenset())
        if whole and whole[0] in lexical.vocab:
            # "nytte-indsats" is the archive's one word "nytteindsats": its halves
            # ("nyt", "indsat") are no words of the topic of their own
            parts = set(stems(f"{a} {b}", frozenset())) - set(whole)
            q.topic = [t for t in q.topic if t not in parts] or q.topic
    for head, of in _PHRASED_COMPOUND.findall(q.text):
        # "tilskud til lønnen" is the archive's one word "løntilskud": asked and searched
        word = (stems(of, frozenset()) or [of.lower()])[0] + head.lower()
        whole = stems(word, frozenset())
        if whole and whole[0] in lexical.vocab and whole[0] not in q.topic:
            q.topic.append(whole[0])
            q.search_text = f"{q.search_text or q.text} {word}"
    found = known_forms(q.topic, lexical.vocab, lexical.ordered_vocab)
    if found:
        q.topic = [s for t in q.topic for s in found.get(t, [t])]
        q.known_forms = found


# Where a matter is, after its head: "butikscentret i bilkvarteret", "… ude ved havnen"
_PLACE_PREP = re.compile(r"\s(?:i|på|ved|hos|omkring)\s", re.I)


# A measure of what follows, not a thing at a place: "prisen på skolemad", "taksten i
# dagtilbud" (the matter is what follows)
_MEASURE_HEAD = re.compile(r"\b(?:pris(?:en|erne)?|takst(?:en|erne)?|gebyr(?:et|erne)?|"
                           r"beløb(?:et)?|antal(?:let)?|andel(?:en)?|niveau(?:et)?|"
                           r"størrelsen|omfanget|udgift(?:en|erne)?)$", re.I)


def _split_place(matter: str) -> tuple[str, str]:
    """The matter's head and the place after it ("" when it names none).

    >>> _split_place("prisen på skolemad i Ballerup")
    ('prisen på skolemad', 'Ballerup')
    """
    for m in _PLACE_PREP.finditer(matter):
        if not _MEASURE_HEAD.search(matter[:m.start()]):
            return matter[:m.start()], matter[m.end():]
    return matter, ""


def absent_matter(q: Question, retriever: Any, w: Weights = WEIGHTS) -> str | None:
    """The words of the matter the question names ("om at stille vindmøller op") that
    the archive never has, when they are most of it (by rarity), as Danish text; else
    None."""
    lexical, matter = getattr(retriever, "lexical", None), asked_matter(q.text)
    if lexical is None or not matter or q.kind == "meeting":  # read off the front page
        return None
    vocab = lexical.vocab
    words = _asked_words(matter, q, retriever)
    # "forslaget om at stramme mentorstøtten": the verb is the asker's word for what was
    # proposed; the matter is its object. An unknown verb alone is no absent matter.
    # (an infinitive ends in a vowel: "at stramme"; "at skateparken lukkes" is "that")
    verbs = {s for v in re.findall(r"\bat\s+([a-zæøå]+[aeiouyæøå])\b", matter)
             for s in topic_stems(v)}
    if len(words) > len(verbs):
        words = {s: word for s, word in words.items() if s not in verbs}
    known, unknown = _unknown(list(words), lexical)
    # a known name narrows the matter ("en skatepark i Hundige"), it is not the matter
    names = {s for name in re.findall(r"\b[A-ZÆØÅ][\wæøå-]+", matter) for s in topic_stems(name)
             if s not in unknown}
    # ... as does a common word after a place's preposition when the matter's head is
    # known ("det nye butikscenter i bilkvarteret": the centre, somewhere the minutes
    # call Bilbyen)
    head, where = _split_place(matter)
    if where and any(s in vocab or s in known for word in tokens(head)
                     for s in topic_stems(word)):
        names |= {s for word in re.findall(r"\b[a-zæøå][\wæøå-]+", where)
                  for s in topic_stems(word) if s in unknown}
    weight = {s: 0.0 if s in names else retriever.idf.get(s) for s in words}
    if unknown and sum(weight[s] for s in unknown) > \
            w.absent_matter_share * sum(weight.values()):
        return _quoted(words, unknown)
    # ... or of its head, before whom it is for ("gratis buskort til ledige borgere":
    # the bus passes are the matter, the unemployed are everywhere)
    lead = _FOR_WHOM.split(matter, maxsplit=1)[0]
    head_stems = {s for word in tokens(lead) for s in topic_stems(word)} & set(weight)
    lost = [s for s in unknown if s in head_stems]
    if lead != matter and lost and sum(weight[s] for s in lost) > \
            w.absent_matter_share * sum(weight[s] for s in head_stems):
        return _quoted(words, lost)
    return None


_FOR_WHOM = re.compile(r"\s(?:til|for)\s")


def _asked_words(text: str, q: Question, retriever: Any, shortest: int = 0) -> dict[str, str]:
    """Stem → word of `text`'s topic words, without the period and the archive's names
    the question gives (and words shorter than `shortest` letters)."""
    skip = period_words(q.text) | retriever.names.name_words(q.text)
    # (a lower-case word of two letters is a verb or a particle the minutes need not
    # have, "lå", "nå": no matter)
    return {s: word for word in tokens(text) for s in topic_stems(word)
            if s not in skip and not s.isdigit() and len(word) >= shortest
            and not (len(word) <= 2 and word.islower())}


def _quoted(words: dict[str, str], stems_: list[str]) -> str:
    """"»frokostpausen«, »padelbaner«": the asker's own words for `stems_`."""
    return ", ".join(f"»{words[s]}«" for s in stems_)


def _unknown(words: list[str], lexical: Any) -> tuple[dict[str, list[str]], list[str]]:
    """The stems the archive has some form of (→ those forms), and the ones it never
    has in any: no form, no compound it opens, no synonym."""
    vocab, ordered = lexical.vocab, lexical.ordered_vocab
    # (known_forms also tries a compound's parts)
    known = known_forms(words, vocab, ordered)
    together = getattr(lexical, "together", None)
    if together is not None:  # a compound read as its parts only where they meet
        known = {s: parts for s, parts in known.items() if len(parts) < 2 or together(parts)}
    said_otherwise = synonyms()  # "AI" where the minutes say "kunstig intelligens"
    return known, [s for s in words if s not in vocab and s not in known
                   and not starts_compound(s, ordered) and not _ends_compound(s, vocab)
                   and not any(alt in vocab for alt in said_otherwise.get(s, ()))]


def _ends_compound(stem: str, vocab: Any) -> bool:
    """Is `stem` the head of a compound the archive has ("kuren" of "nytårskuren", as
    in "2024-kuren")? Then the archive speaks of it, in a longer word."""
    return len(stem) >= _HEAD_MIN and any(
        v.endswith(stem) and len(v) >= len(stem) + _HEAD_MIN for v in vocab)


_HEAD_MIN = 3  # letters of a compound's head, and of the part before it


_DETAIL_MIN = 6  # letters of a detail word asked yes or no of ("frokostpausen")


def absent_detail(q: Question, retriever: Any) -> str | None:
    """A yes/no question's detail that no minutes ever name, when its matter is in
    them: "Gælder den røgfri arbejdstid også i frokostpausen?" — the minutes never say
    "frokostpause", so they do not answer it either way; as Danish text, else None."""
    lexical = getattr(retriever, "lexical", None)
    if lexical is None or q.kind == "meeting" or not is_yes_no(q.text):
        return None
    detail = _DETAIL.search(q.text)
    if detail is None:
        return None
    words = _asked_words(detail.group(1), q, retriever, _DETAIL_MIN)
    _, unknown = _unknown(list(words), lexical)
    return _quoted(words, unknown) or None


# The detail a yes/no question adds to its matter: "… også i frokostpausen?", "… kun for
# de ansatte på rådhuset?" (the asker's own verbs and nouns elsewhere are no detail)
_DETAIL = re.compile(r"\b(?:også|kun|heller ikke|endda)\s+(?:i|på|for|til|om|ved|under|efter|"
                     r"hos|med)\s+(?:(?:den|det|de|en|et)\s+)?((?:[a-zæøå-]+\s*){1,2})", re.I)


def false_premise(ctx: Context) -> Answer | None:
    """"Hvorfor besluttede udvalget at lukke Servicekorpset?" when the item was only
    taken note of and never names the act: the premise is not in the minutes. (So is
    another person's election: `other_person_chosen`.)"""
    chosen = other_person_chosen(ctx) or other_person_voted(ctx)
    if chosen is not None:
        return chosen
    act = presumed_act(ctx.question)
    top = ctx.candidates[0] if ctx.candidates else None
    if act is None or top is None or not only_noted(ctx, top):
        return None
    verb, said = act
    if conf.match_weight(stems(verb, frozenset())[0], conf.stem_set(
            conf.item_text(ctx.lookup, top)), ctx.weights) > 0:
        return None
    note = (f"Referatet viser ikke, at udvalget {said} noget: {ctx.committee(top)} "
            f"tog punktet til efterretning ({top.label}).")
    return decline(ctx, note, cite=top)


# "… da Erling Andersen blev valgt til formand": who the question says was chosen
_NAME = r"((?-i:[A-ZÆØÅ])[\wæøåé-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøåé-]+)+)"
_CHOSEN = r"\s+(?:\([^)]*\)\s+)?(?:blev|er|var)\s+(?:valgt|udpeget|udnævnt|konstitueret)\s+"
_ADJECTIVES = r"(?:(?:ny|nye|midlertidig|midlertidige|fast|faste|konstitueret)\s+)*"
_CHOSEN_ASKED = re.compile(_NAME + _CHOSEN + r"(?:til|som)\s+" + _ADJECTIVES + r"(\w+)", re.I)
# the minutes may say it actively: "valgte udvalget … Erling Andersen (A) som ny …"
_CHOOSES = re.compile(r"\b(?:valgt\w*|udpeg\w*|udnævn\w*|konstituer\w*)\b", re.I)


def other_person_chosen(ctx: Context) -> Answer | None:
    """"Hvor mange stemte imod, da Erling Andersen blev valgt til formand?" when the
    item says another was chosen ("Anja Holtze (A) blev valgt som midlertidig formand"):
    the premise is false; say who the minutes name instead."""
    m = _CHOSEN_ASKED.search(ctx.question)
    top = ctx.candidates[0] if ctx.candidates else None
    if m is None or top is None:
        return None
    words = m.group(1).split()
    name = " ".join(words[1:] if words[0].lower() in STOPWORDS else words)  # not "Da …"
    title = m.group(2).lower().rstrip("en")
    text = _decision_first(ctx, top)
    said = re.search(_NAME + _CHOSEN + rf"(?:til|som)\s+{_ADJECTIVES}{re.escape(title)}\w*",
                     text, re.I)
    if said is None or name.lower() in said.group(1).lower() or any(
            name.lower() in x.lower() and _CHOOSES.search(x) and re.search(rf"\b{title}", x, re.I)
            for x in sentences(text)):
        return None  # (or the minutes say it of them, in another form)
    note = f"Referatet siger ikke, at {name} blev valgt: »{said.group(0)}« ({top.label})."
    return _refuted(ctx, note, top, said.group(0))


# "Hvorfor stemte Allan Kristensen (C) imod …?", "… da Anja Holtze stemte imod?"
_PARTY = r"(?:\s*\([A-ZÆØÅ]\))?"
_VOTED_ASKED = re.compile(rf"\bstemte\s+{_NAME}{_PARTY}\s+(imod|for)\b|"
                          rf"{_NAME}{_PARTY}\s+stemte\s+(imod|for)\b")
_VOTE_LINE = r"[^.]*\bstemte\s+(?:i\s*mod|{})\b[^.]*\.?"


def other_person_voted(ctx: Context) -> Answer | None:
    """"Hvorfor stemte Allan Kristensen (C) imod studieturen?" when the item's vote line
    names others ("Saime Bilen Inanc (Ø) stemte i mod beslutningen"): the premise is
    false; quote who the minutes say voted so."""
    m = _VOTED_ASKED.search(ctx.question)
    top = ctx.candidates[0] if ctx.candidates else None
    if m is None or top is None:
        return None
    name, way = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    words = name.split()
    surname = (words[1:] if words[0].lower() in STOPWORDS else words)[-1]
    lines = re.findall(_VOTE_LINE.format(way), _decision_first(ctx, top), re.I)
    if not lines or any(re.search(rf"\b{re.escape(surname)}\b", x, re.I) for x in lines):
        return None
    note = f"Referatet siger ikke, at {' '.join(words)} stemte {way}: »{lines[0].strip()}« " \
           f"({top.label})."
    return _refuted(ctx, note, top, lines[0].strip())


def _refuted(ctx: Context, note: str, top: Any, quote: str) -> Answer:
    """A claim the minutes contradict. Asked as the question itself ("Er det korrekt, at
    Laila Busted blev valgt som formand?", "Stemte Allan Kristensen imod?") the answer
    is "Nej." with what the minutes say; inside another question ("Hvor mange stemte
    imod, da Erling Andersen blev valgt?") that question cannot be answered: declined."""
    if is_yes_no(ctx.question):
        return ctx.answer(f"Nej. {note}", [ctx.cite(top, quote, "Beslutning")],
                          kind="decision")
    return decline(ctx, note, cite=top)


def _decision_first(ctx: Context, top: Any) -> str:
    view = ctx.lookup.item(top.ref)
    return (view.section("Beslutning") if view else "") + "\n" + conf.item_text(ctx.lookup, top)


_WHY = re.compile(r"\bhvorfor\b", re.I)


def unstated_reason(ctx: Context) -> Answer | None:
    """"Hvorfor blev punktet om Caverion udsat?" when the decision is that outcome and
    gives no reason ("Udsættes"): the minutes do not say why, and the answer says so
    with the decision it has, instead of presenting the decision as the reason."""
    top = ctx.candidates[0] if ctx.candidates else None
    asked = asked_outcome(ctx.question)
    if top is None or not asked or not _WHY.search(ctx.question):
        return None
    view = ctx.lookup.item(top.ref)
    decision = " ".join(view.section("Beslutning").split()) if view else ""
    if not decision or outcome(decision) != asked or REASON.search(decision):
        return None
    note = (f"Referatet giver ingen begrundelse; {ctx.committee(top)} ({top.label}) "
            f"besluttede blot: »{decision}«.")
    return decline(ctx, note, lead="Det står ikke i referaterne, hvorfor.", cite=top)


# A body that acted, in a sentence that names it: "Kommunalbestyrelsen godkendte den
# 19. juni 2017 …", "Beslutning truffet af Økonomiudvalget d. 3-10-2023"; not where the
# matter goes next ("hvorfor sagen overgår til behandling i Kommunalbestyrelsen").
_ACTED = re.compile(r"\b(?:besluttede|besluttet|vedtog|vedtaget|godkendte|godkendt|"
                    r"bevilgede|bevilget|tiltrådte|tiltrådt|afgjorde|behandlede|truffet af|"
                    r"den \d{1,2}\.\s*\w+\s+\d{4}|d\.\s*\d{1,2}[.-]\d{1,2}[.-]\d{2,4})", re.I)
# The council has two names; the minutes may use either.
_COUNCIL_STEMS = frozenset(stems("byråd byrådet kommunalbestyrelse kommunalbestyrelsen",
                                 frozenset()))


def _body_stems(body: str) -> frozenset[str]:
    own = frozenset(stems(body, frozenset())) or frozenset({body.lower()})
    return _COUNCIL_STEMS if own & _COUNCIL_STEMS else own


def unreported_body(ctx: Context) -> Answer | None:
    """"Hvad besluttede Klima- og Miljøudvalget om datacentrene?" when the item found
    never names that body, or "hvad endte byrådet med at beslutte om studieturen?" when
    it names the council only as where the matter went next: that body's decision is
    not in the minutes (our committee's item on the matter is cited as the nearest)."""
    body = named_body(ctx.question)
    top = ctx.candidates[0] if ctx.candidates else None
    if not body or top is None:
        return None
    wanted = _body_stems(body)
    view = ctx.lookup.item(top.ref)
    for _, text in view.sections if view else []:
        for sentence in sentences(text):
            have = conf.stem_set(sentence)
            if any(conf.match_weight(b, have, ctx.weights) for b in wanted) and (
                    _ACTED.search(sentence) or not wanted & _COUNCIL_STEMS):
                return None
    return decline(ctx, f"Referaterne nævner ikke, hvad {body_as_named(ctx.question, body)} "
                        f"besluttede; {ctx.committee(top)}, {top.label} handler om emnet.",
                   cite=top)
