"""Scoring the sentences of a found item against a fact question: how much of the topic
each names (and the sentence before it), whether it holds a value of the asked type next
to the topic, and the hand-set bonuses of `weights.py` for what makes a sentence the
answer (a decision, a named day, a vote line, a reason). `fact.compose_fact` picks from
these."""


from __future__ import annotations

import re
from collections.abc import Iterable

from referat.danish import DANISH_MONTHS, particle_compounds, planned_month, sentences, stems
from referat.domain import HISTORY_HEAD, HISTORY_SECTIONS, MONEY_SECTION, RetrievedItem
from referat.periods import MEETING_BEFORE, find_periods, period_words
from referat.values import (
    AMOUNT,
    COUNT,
    DATE,
    DURATION,
    PERCENT,
    PERSON,
    PLACE,
    RANK,
    find_values,
)

from ..asked_names import CAPITALISED
from ..confidence import match_weight, stem_set
from ..intent import (
    ATTENDANCE,
    DECISION,
    asks_contact,
    committee_acts,
)
from ..meeting_intent import TIME_OF_DAY
from ..roles import asked_role
from .asked_nouns import COUNTED, FROM_GROUP, LISTED, MONEY_ASKED, NUMBER_OF, TYPE_NOUNS
from .base import UNQUOTED, Context
from .near_miss import (
    ASKS_CHANGE,
    only_changes,
    opposite_direction,
    other_municipality,
    other_place,
    other_qualifier,
    qualifier_of,
)
from .passage import (
    CAUSE,
    ELISION,
    REASON,
    Quote,
)
from .people_units import counts_same_people
from .role_people import person_in_role
from .sentence_marks import (
    ADDRESS,
    BY_PERSON,
    IN_CHARGE,
    MINORITY,
    PARTY_AFTER_NAME,
    RESTATES_BEFORE,
    VOTE_LINE,
    only_asked_people,
    own_figures,
)
from .topic_weights import anchors_of, paper_words, premise_only, theme_discounted, topic_head
from .typed import (
    DAY_ASKED,
    SPAN_ASKED,
    TREATMENT_ASKED,
    TYPED,
    counts,
    counts_asked,
    holds,
    holds_span,
    meeting_dates_only,
    names_day,
    only_given,
    other_edition,
    person_beside,
    share_asked,
)
from .when import (
    earlier_meeting_line,
    latest_asked_year,
    names_period,
    other_time,
    other_years_only,
    periods_before,
    says_last_meeting,
    start_for_end,
    title_elsewhere,
)

_RANKS = frozenset({RANK})
# A case history entry's first line: "16-01-2024 Erhvervs-, …udvalget"
_ENTRY_DATE = re.compile(r"\s*\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b")
# A paragraph that opens with its year: "I 2023 blev der afholdt 12 aktiviteter. …
# Omkring 1.000 børn deltog." dates the sentences after it on its line.
_LINE_KEY = 25  # characters that tell where a line starts


def _starts_line(sentence: str, starts: Iterable[str]) -> bool:
    """Does the sentence begin one of the section's lines (whitespace aside)?"""
    key = " ".join(sentence.split())[:_LINE_KEY]
    return any(start and (key.startswith(start) if len(start) < _LINE_KEY else start == key)
               for start in starts)


_YEAR_OPENER = re.compile(r"^\W*(?:i|for|fra)\s+(?:19|20)\d\d\b", re.I)
WHY_ASKED = re.compile(r"\bhvorfor\b", re.I)
# Where an item names its earlier treatments ("Tidligere behandling").
_EARLIER = ("Tidligere behandling", *HISTORY_SECTIONS)
_WHO = re.compile(r"\bhvem\b", re.I)


def score_sentences(ctx: Context, item: RetrievedItem, asked: str) -> list[Quote]:
    """Every quotable sentence of `item` that names part of the topic, scored."""
    view = ctx.lookup.item(item.ref)
    if view is None:
        return []
    w, q = ctx.weights, ctx.q
    topic = q.topic or stems(q.text)
    topic = [t for t in topic if t not in TYPE_NOUNS.get(asked, ())] or topic
    premise = premise_only(q.text)  # the words of an opening statement weigh less
    weights = {t: ctx.lookup.idf.get(t, ctx.lookup.default_idf)
               * (w.premise_term if t in premise else 1.0) for t in topic}
    # (a count's noun has its own weight: `counted_noun`)
    named = period_words(q.text)
    head = topic_head(topic, named) if asked in TYPED and asked != COUNT else None
    if head is not None:
        # "hvad var landsgennemsnittet for andelen af unge …?": the first noun is what
        # is asked for, the rest says of what
        weights[head] *= w.head_term
    qualifier = qualifier_of(q.text, head) if head else None
    level = asked in (PERCENT, COUNT, AMOUNT) and not ASKS_CHANGE.search(q.text)
    item_conf = ctx.confidence(item)
    # an item retrieval ranked below the best weighs its sentences down (0 for the best:
    # the sentences of one item keep their order and their shares of the best)
    best_fused = max((c.score for c in ctx.candidates), default=0.0)
    retrieval_lag = 1 - item.score / best_fused if best_fused else 0.0
    why = bool(WHY_ASKED.search(q.text))
    counted = COUNTED.search(q.text) or NUMBER_OF.search(q.text)  # "hvor mange borgere"
    counted_stem = (stems(counted.group(1), frozenset()) or [""])[0] if counted else ""
    counted_stem = q.known_forms.get(counted_stem, [counted_stem])[0]  # "firmaer" → "virksom"
    if FROM_GROUP.search(q.text):  # "hvor mange fra udvalget …": people, not "fire steder"
        counted_stem = stems("personer", frozenset())[0]
    role = asked_role(q.text) if asked == PERSON else None
    listed = LISTED.search(q.text)
    listed_stem = (stems(listed.group(1), frozenset()) or [""])[0] if listed else ""
    attendance = bool(ATTENDANCE.search(q.text))
    clock = bool(TIME_OF_DAY.search(q.text))
    day = bool(DAY_ASKED.search(q.text))
    # "hvor mange af de unge …?" is answered by a share too ("ca. 10 pct. af forløbene")
    share = share_asked(q.text, ctx.lookup.municipalities) if asked == COUNT else None
    who_runs = asked not in TYPED and bool(_WHO.search(q.text))
    contact = asks_contact(q.text)
    compounds = particle_compounds(q.text)
    # "Hvornår blev det besluttet, at de ansatte ikke må ryge?" of an item that reports
    # another body's decision: the earlier treatment its history names ("Kommunal-
    # bestyrelsen den 19. juni 2023 Punkt 14"), when the item's title is on the topic
    when_decided = asked == DATE and bool(DECISION.search(q.text)) and not committee_acts(
        q.text)
    # a name is no noun that is counted: "hvor mange iværksættere har fået hjælp hos
    # Erhvervshus Hovedstaden?" is not answered by "seks erhvervshuse"
    names = set(stems(" ".join(CAPITALISED.findall(q.text)), frozenset()))
    countable = [t for t in [*topic, *compounds] if t not in names]
    # The topic without the named periods ("andet halvår 2024" is handled by the period
    # logic): the share of it a sentence names says whether a value is next to it.
    core = {t: wt for t, wt in weights.items() if t not in named} or weights
    core_total = sum(core.values()) or 1.0

    def core_share(have: set[str]) -> float:
        return sum(wt * match_weight(t, have, w) for t, wt in core.items()) / core_total

    title_share = core_share(set(stems(view.title)))
    anchors = anchors_of(ctx, item, view.title) if asked in TYPED else []
    # "hvor mange unge var på uddannelseshjælp i 2019?" asked of the 2024 minutes: the
    # sentence that names 2019 ("Der var cirka 310 i målgruppen i 2019"), not this year's.
    # ("i 2012", not a name's year, "Kulturkommune 2017", nor a meeting's, "referatet fra
    # 2023", whose figures are of the year before)
    asked_years = [p for p in find_periods(q.text) if p.kind == "year" and p.start
                   and not p.soft and not MEETING_BEFORE.search(q.text[:p.span[0]])
                   and not q.period_own]
    latest_asked = latest_asked_year(q.text)
    months = {m for m in DANISH_MONTHS if re.search(rf"\b{m}\b", q.text, re.I)}
    earlier = periods_before(q.text, item.meeting_date)
    if earlier and ctx.candidates and not periods_before(q.text, ctx.candidates[0].meeting_date):
        # "… som kommunen søgte penge hos i 2023": the best item is of a 2023 meeting, so
        # the period names that meeting; a 2024 item's sentence on 2023 is no better
        earlier = []
    # ("Nye virksomheder i andet kvartal 2020": its undated figures are of that quarter)
    dated_title = bool(earlier) and title_elsewhere(view.title, earlier)
    last_line = earlier_meeting_line(ctx, item) if asked == DATE else ""
    span = asked == DATE and bool(SPAN_ASKED.search(q.text))
    figures = own_figures(q.text)  # "… i over 3 år": the sentence that says "3 år"
    treatment = bool(DECISION.search(q.text) or TREATMENT_ASKED.search(q.text))
    quotable = [(section, [x for x in sentences(text) if len(x) >= w.min_sentence_chars])
                for section, text in view.sections if section not in UNQUOTED]
    line_starts = {name: [" ".join(x.split())[:_LINE_KEY] for x in text.split("\n") if x.strip()]
                   for name, text in view.sections}
    picking = theme_discounted(weights, [stem_set(x) for _, xs in quotable for x in xs], w,
                               paper_words(q.text))
    picking_total = sum(picking.values()) or 1.0
    out = []
    for section, item_sentences in quotable:
        # the sentence before ("lead"): its text, stems, topic overlap, whether it holds a date
        before: tuple[str, set[str], float, bool] = ("", set(), 0.0, False)
        prior: set[str] = set()
        entry = ""  # a case history's dated line heads the treatment's sentences after it
        opener = ""  # (and a paragraph's year its sentences: `_YEAR_OPENER`)
        for sentence in item_sentences:
            if section in HISTORY_SECTIONS and _ENTRY_DATE.match(sentence):
                entry = sentence
            elif section in HISTORY_SECTIONS and (entry_head := HISTORY_HEAD.match(sentence)):
                entry = entry_head.group(0)  # (its own date, not one its text names)
            if _YEAR_OPENER.match(sentence):
                opener = sentence
            elif _starts_line(sentence, line_starts.get(section, ())):
                opener = ""  # a new line: a new paragraph
            year_led = bool(opener) and opener != sentence and not names_period(sentence, None)
            lead, lead_stems, lead_overlap, lead_dated = before
            two_back, prior = prior, lead_stems  # the stems of the sentence before the lead
            have = set(stem_set(sentence))
            near = have | lead_stems
            own = {t: match_weight(t, have, w) for t in picking}  # (and the one before's:)
            own_overlap = sum(wt * own[t] for t, wt in picking.items()) / picking_total
            overlap = sum(wt * max(own[t], w.topic_in_sentence_before * match_weight(
                t, lead_stems, w)) for t, wt in picking.items()) / picking_total
            before = (sentence, have, own_overlap,
                      asked == DATE and holds(sentence, DATE, attendance, clock, "")
                      and not start_for_end(sentence, q.text)
                      and (treatment or not meeting_dates_only(sentence)))
            bonus = w.decision_section if section == "Beslutning" else 0.0
            if figures and figures & own_figures(sentence):
                bonus += w.question_figure
            # (a count answers "hvor mange af de unge er i job?" only if it says so too)
            typed = asked in TYPED and (holds(sentence, asked, attendance, clock, counted_stem,
                                              q.text) or (share is not None and holds(
                sentence, PERCENT))) and (share is None or share.answered_by(have, w))
            if typed and asked == COUNT and counted_stem and not counts(
                    counted_stem, sentence, countable):
                typed = False
            if typed and level and only_changes(sentence, asked):
                typed = False  # "hvor mange procent var ledigheden?" — "en stigning på 3,7 pct."
            if typed and qualifier and other_qualifier(sentence, head, qualifier):
                typed = False  # "måltallet for løntilskud" does not answer "… for fleksjob"
            if typed and only_given(sentence, asked, q.text, ctx.lookup.municipalities):
                typed = False  # the figure the question gives is not its answer
            if typed and asked == DATE and start_for_end(sentence, q.text):
                typed = False  # "hvornår skal den være færdig?" — "påbegyndes i 2023"
            if typed and other_place(sentence, q.text, ctx.lookup.municipalities):
                typed = False  # "i Ballerup" is not answered by "300 ansatte i Danmark"
            if typed and role:
                typed = person_in_role(sentence, role)
            if typed and asked == PERSON and only_asked_people(sentence, q.text):
                typed = False  # "hvem afløste X?" — a sentence naming X alone
            if typed and anchors and not any(match_weight(a, near | two_back, w)
                                             for a in anchors):
                # "til Gladsaxe": a figure of a sentence about Gladsaxe (or one of the two
                # after it: "Iris Group rangerer … Indekset dækker … For tredje år i træk …")
                typed = False
            if typed and level and opposite_direction(sentence, q.text):
                typed = False  # "nye stillinger" asked, "100 stillinger nedlagt" given
            if typed and other_edition(sentence, q.text):
                typed = False  # "Jobcamp 2023" asked, "Jobcamp 2025 afholdes i Aalborg"
            if typed and other_municipality(sentence, q.text):
                typed = False  # "Gladsaxe Kommune" asked, "Ballerup Kommune skal levere …"
            if typed and asked == DATE and not treatment and meeting_dates_only(sentence):
                typed = False  # (see `meeting_dates_only`)
            if asked == DATE and not typed and last_line and says_last_meeting(sentence):
                typed = True  # "… ved det seneste møde": the earlier treatment's day
            # (a list entry's time is its heading's: "De indarbejdede skatter og afgifter
            # for 2025 er:" — "Indkomstskatteprocent på 24,59 pct. … budget for 2021-24")
            headed = lead.rstrip().endswith(":") and names_period(lead, asked_years or earlier)
            typed = typed and not (asked_years and not headed and other_years_only(
                sentence, asked_years, item.meeting_date.year, w.unnamed_year_reach,
                latest_asked))
            if typed and headed:
                sentence = f"{lead} {sentence}"  # (shown under its heading)
            if not typed and lead_dated and overlap > 0:
                # "Den 23. november 2023 blev der afholdt et evalueringsmøde … Der blev
                # aftalt følgende: …": the date of what is asked is set by the sentence
                # before; quote both
                sentence, typed = f"{lead} {sentence}", True
                bonus += w.value_in_sentence_before - w.value_of_asked_type
            if asked == PERSON and person_beside(sentence, typed, own_overlap, lead, lead_overlap):
                sentence, typed = f"{lead} {sentence}", True
                overlap, have = max(overlap, lead_overlap), near
                bonus += w.value_in_sentence_before - w.value_of_asked_type
            if typed and lead and RESTATES_BEFORE.match(sentence):
                # "… 6 pct. af ydelsesmodtagerne … ansat med lønnede timer. Det svarer til
                # cirka 40-45 borgere.": the figure restates the one before; quote both
                # (shown with it, scored on its own)
                sentence, have = f"{lead} {sentence}", near
            if typed:
                bonus += w.value_of_asked_type
                if day and asked == DATE and names_day(sentence):
                    bonus += w.day_when_day_asked
                if span and holds_span(sentence):
                    bonus += w.span_when_span_asked

                if asked == AMOUNT and MONEY_ASKED.search(q.text):
                    bonus += w.money_for_price
                if asked == DATE and section == "Beslutning":
                    bonus += w.date_in_decision
            if asked == PERSON and q.kind in ("who", "vote") and find_values(
                    sentence, frozenset({PERSON})):
                bonus += w.name_for_who
            if asked == PERSON and PARTY_AFTER_NAME.search(sentence):
                bonus += w.name_with_party  # "Marc Genning (V) blev valgt …": a politician
            if not typed and other_place(sentence, q.text, ctx.lookup.municipalities):
                bonus -= w.national_when_local  # "i Ballerup" asked: "i hele landet …"
            if contact and ADDRESS.search(sentence):
                bonus += w.address_for_contact
            if who_runs and IN_CHARGE.search(sentence):
                bonus += w.name_for_who  # "hvem holder kurserne?" — "…, der står for"
            if q.kind == "vote" and VOTE_LINE.search(sentence):
                bonus += w.vote_line
            elif q.kind == "vote" and MINORITY.search(sentence):
                bonus += w.minority_line
            if why and REASON.search(sentence):
                bonus += w.reason_word * (1.0 if CAUSE.search(sentence) else w.consequence_word)
            if asked == DURATION and typed:
                bonus += w.duration_for_how_long
            if counted_stem and counts_asked(sentence, counted_stem, countable, w):
                bonus += w.counted_noun
            if listed_stem in have:
                bonus += w.listed_noun
            elif listed_stem and any(h.endswith(listed_stem) and len(h) > len(listed_stem) + 2
                                     for h in have):
                # "hvilke grupper …": a compound with the noun as its head ("… flere
                # målgrupper, herunder …"), not as its first part ("butikscenter")
                bonus += w.listed_noun * w.compound_match
            if compounds and any(match_weight(c, have, w) > 0 for c in compounds):
                bonus += w.particle_compound
            # ("16-01-2024 Erhvervs-… Udsættes. Mødet aflyst, da udvalget ikke er
            # beslutningsdygtigt …": the treatment of the asked January 2024 is no older one)
            entry_dated = bool(earlier) and (bool(entry) and names_period(entry, earlier) or (
                year_led and names_period(opener, earlier)))
            if section in HISTORY_SECTIONS and not entry_dated:
                bonus += w.history_section
            elif section in HISTORY_SECTIONS and q.date_strict:
                bonus += w.asked_treatment  # the treatment of the asked day itself
            if planned_month(sentence) in months:
                bonus += w.planned_month  # "planlagt til december": "December: …"
            dated = bool(earlier) and (names_period(sentence, earlier) or entry_dated)
            if dated:
                bonus += w.period_in_sentence
                if year_led and typed and not sentence.startswith(opener):
                    # (shown with the year it is of: "I 2023 blev … […] Omkring 1.000 børn")
                    sentence = f"{opener}{' ' if opener == lead else ELISION}{sentence}"
            elif earlier and typed and not headed and (other_time(
                    sentence, earlier, item.meeting_date, w.unnamed_year_reach) or (
                    dated_title and not names_period(sentence, None)) or year_led):
                typed = False  # a value of another time ("270 unge (december 2023)")
            treated_before = when_decided and typed and section in _EARLIER and (
                title_share >= w.typed_topic_share)
            if treated_before:
                bonus += w.earlier_treatment_for_when
            if overlap == 0 and bonus <= 0:
                continue
            # A value of the asked type counts only next to the topic: in a sentence that
            # names part of it, when the sentence or the item's title names a good part
            # ("Jobcamp 2025": "… Jobcamp afholdes den 23. oktober") — not any date or
            # figure of a related item.
            # (A sentence naming the asked year in an item whose title names the topic
            # is on it: "Der var cirka 310 i målgruppen i 2019.")
            on_topic = (overlap > 0 or dated) and max(
                core_share(have), title_share) >= w.typed_topic_share or (
                asked == AMOUNT and section.startswith(MONEY_SECTION)
                and title_share >= w.typed_topic_share) or (  # "Der er afsat 150.000 kr. …"
                # a ranking says what it ranks by itself: "… ved seneste undersøgelse nr.
                # 11 ud af 44" answers "hvor placerede Ballerup sig blandt …?"
                asked == RANK and overlap > 0 and any(
                    any(c.isdigit() for c in v.text) for v in find_values(sentence, _RANKS))
            ) or (
                # a count of the asked noun in a paragraph on the matter: "Der skal
                # rekrutteres fire virksomheder i hver kommune" two sentences after
                # "I delprojektet vil Ballerup og Gladsaxe …" answers "Pendlerprojektet
                # med Gladsaxe: hvor mange virksomheder skal være med?"
                asked == COUNT and bool(counted_stem) and overlap > 0
                and (counts_asked(sentence, counted_stem, countable, w)
                     or counts_same_people(sentence, counted_stem))
                and core_share(near | two_back) >= w.typed_topic_share)
            if asked == PLACE:
                # a place answers "hvor ligger X?" in a sentence on X, not any "fra
                # Center for …" of a guest list in an item whose title names X
                on_topic = on_topic and overlap >= w.place_topic_share
            if asked == PERSON and overlap > 0 and BY_PERSON.search(sentence):
                # "Foredrag v/ Anne Glad": a programme line names who does what is asked
                on_topic, bonus = True, bonus + w.programme_doer
            out.append(Quote(item, section, sentence, overlap + bonus + w.item_confidence
                             * item_conf + w.title_topic * title_share
                             - w.item_retrieval * retrieval_lag, overlap,
                             typed and (on_topic or treated_before)))
    return out
