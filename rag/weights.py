"""Every hand-set weight and threshold of answering, in one place, each with its reason.

They were set by looking at the dev split of `eval/questions.jsonl`, never the test
split (see eval/README.md). Change one here and rerun `referat eval --split dev`.
The abstention threshold itself is learned (`rag/calibration.py`); `min_confidence`
(REFERAT_MIN_CONFIDENCE) is the fallback rule's threshold when no calibration exists.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    # -- confidence (fallback rule) ----------------------------------------------------
    # e5 cosines of related texts sit in a narrow band; rescale [floor, floor+span] → [0, 1].
    dense_floor: float = 0.78
    dense_span: float = 0.10
    # Share of the cosine in the fallback confidence; the rest is topic coverage.
    dense_share: float = 0.5
    # The question names something (a capitalised word) that the archive never mentions.
    unknown_name_factor: float = 0.5
    # A later candidate replaces the first when its confidence is this much higher.
    rerank_margin: float = 0.15
    # ... or this much when retrieval ranks both alike (fused scores this close)
    fused_tie: float = 0.01
    tie_margin: float = 0.02

    # A figure without a year is of its meeting's year or the one before; an asked year
    # earlier than that must be named in the sentence ("i 2021" of the 2024 minutes).
    unnamed_year_reach: int = 1

    # -- word matching ------------------------------------------------------------------
    synonym_match: float = 0.8  # "hedde" ↔ "navn"
    compound_match: float = 0.5  # "letbanestation" ↔ "letbane"

    # -- sentence choice (fact composer) ------------------------------------------------
    decision_section: float = 0.15  # the decision is what a user most often wants
    value_of_asked_type: float = 0.35  # "hvor mange …" and the sentence holds a count
    day_when_day_asked: float = 0.2  # "fra hvilken dato …" and the sentence names a day
    # "fra hvornår til hvornår …?" and the sentence gives both ends ("fra medio 2023 til
    # medio 2026"): the whole asked value, as a count is to "hvor mange"
    span_when_span_asked: float = 0.35
    # the question's own figure with its unit in the sentence ("hvor stor en andel har
    # været på ydelsen i over 3 år?" — "17 pct. har været på uddannelseshjælp i over 3 år")
    question_figure: float = 0.2
    # "hvor mange af de unge stopper, fordi …?" answered by a share: the part of what the
    # question says of the group that the share's sentence must say too
    share_said_part: float = 0.34
    # "hvornår …" and the date stands in the sentence before the one naming the topic
    # ("Den 23. november blev der holdt et møde … Der blev aftalt: …"): both are quoted
    value_in_sentence_before: float = 0.2
    # A topic word only the sentence before names counts this much: minutes name a
    # matter once and go on with "Deltagerne …", "Projektet …" ("4. Erhvervslivets
    # nytårskur 2024: 180 deltagere … Deltagerne har udtrykt stor tilfredshed …").
    topic_in_sentence_before: float = 0.3
    # ... and only counts when the sentence (or the item's title) names this share of
    # the topic's idf weight: "nye" alone does not put a date next to "skadesværksted".
    typed_topic_share: float = 0.2
    # A place answers "hvor ligger X?" only in a sentence naming this share of the topic
    # itself: not a guest's "fra Center for …" in an item whose title names X.
    place_topic_share: float = 0.1
    # A decision answer shows a second sentence on the asked detail when it names a
    # question word the first does not and scores this share of it.
    second_evidence_share: float = 0.6
    # A Beslutning this long, in this many paragraphs, that lists news ("Huskeliste",
    # "Administrationen orienterede om:") is shown as its paragraphs on the matter asked.
    news_list_paragraphs: int = 4
    news_list_chars: int = 300
    # A question's scene ("På mødet om de unge på uddannelseshjælp: …") names the item
    # among this many first candidates whose title holds all of its matter.
    scene_candidates: int = 3
    money_for_price: float = 0.15  # "hvad koster …" and the sentence names kroner
    date_in_decision: float = 0.2  # "hvornår …" answered by the decision's date
    name_for_who: float = 0.25  # "hvem …" and the sentence names a person
    programme_doer: float = 0.3  # ... and it is a programme's line "Foredrag v/ Anne Glad"
    # ... and a person with a party letter ("Marc Genning (V)"): a politician, not a firm
    # or a place whose capitalised words read as a name ("Høje Taastrup Fjernvarme")
    name_with_party: float = 0.2
    # "hvordan så ledigheden ud i Ballerup?" and the sentence is about the whole country
    national_when_local: float = 0.2
    # The matter a question names ("om vindmøller") is absent from the archive when the
    # words it never has carry this share of the matter's weight (rarity).
    absent_matter_share: float = 0.5  # more than this share of the matter (by idf) unknown
    address_for_contact: float = 0.5  # "hvem skal jeg skrive til …" and an e-mail address
    vote_line: float = 1.0  # "hvem stemte imod?" is answered by the vote line itself
    minority_line: float = 0.2  # "mindretalsudtalelse", "standsningsret"
    reason_word: float = 0.3  # "hvorfor …" and the sentence says "fordi", "derfor" …
    consequence_word: float = 0.5  # ... of that when it says what follows ("derfor", "for at")
    duration_for_how_long: float = 0.2
    counted_noun: float = 0.4  # "hvor mange borgere" and "40-45 borgere"
    listed_noun: float = 0.3  # "hvilke væksttemaer …" and "De fire væksttemaer handler om"
    # "flytter til" in the question and "tilflyttende" in the sentence (not "fraflytter")
    particle_compound: float = 0.2
    # "… i 2019?" asked of later minutes: the sentence naming 2019 holds that year's figure
    period_in_sentence: float = 0.5
    # "hvilke sager var planlagt til december?" and a plan's line "December: …" (its
    # words are the plan's item, not the question's topic: the month is the evidence)
    planned_month: float = 1.0
    # The question's first topic noun is what a typed question asks for: its weight factor.
    head_term: float = 2.0
    # A word only of the statement a question opens with ("X havde mistet betydning –
    # hvad var der stadig fokus på?"): the answer is beside that sentence, not it.
    premise_term: float = 0.5
    history_section: float = -0.3  # an earlier meeting's decision is rarely the answer
    # ... but a day asked whose meeting only a later item's history tells ("hvad kom der
    # ud af mødet den 24. april 2013?"): that entry's sentences are the answer
    asked_treatment: float = 0.5
    # ... unless "hvornår blev det besluttet …?" and the item reports another body's
    # decision: its earlier treatment ("Kommunalbestyrelsen den 19. juni 2023") is
    earlier_treatment_for_when: float = 0.6
    item_confidence: float = 0.3  # how much the item's own confidence lifts its sentences
    item_retrieval: float = 0.5  # ... and lowers them by its fused score's lag behind the best
    # The share of the topic the item's title names lifts all its sentences: a sentence
    # of "Brandingplatform Erhvervsområdet" is about the brand even where it only says
    # "navnet bliver …".
    title_topic: float = 0.3
    # A word of the question that most of the item's sentences name is the item's theme
    # ("ReVUS" in every sentence of the ReVUS item), not what picks the sentence ("afløse"
    # does): its weight shrinks by this factor times the share of sentences naming it.
    item_theme_discount: float = 0.5
    # ... and a word naming the paper asked in, while the topic has others
    # (`topic_weights.paper_words`: "i statusserne om arbejdsgiverens sociale ansvar")
    paper_name_discount: float = 0.5
    min_sentence_chars: int = 12
    max_quotes: int = 4
    # A quote brings the sentence after it when it goes on with it (`compose.fact.
    # with_window`) while the quoted text stays within this many characters: readable.
    window_chars: int = 1500
    # sentences a why-answer whose quotes give no reason reads on for it
    reason_reach: int = 3
    # "i hvilke sammenhænge er X nævnt?": items retrieved, and at most this many listed
    mentions_items: int = 15
    mentions_max: int = 8
    # A further quote must score this share of the best one: same item (when a passage
    # is asked, `compose.pick.pick`) / another item of the same meeting / another meeting
    # (the best item's next sentences are usually the rest of a passage; another item's
    # are usually another matter).
    same_item_share: float = 0.5
    same_meeting_share: float = 0.7
    # A vote asked of the best item whose decision records none: an item among the next
    # few found nearly as well (this share of its fused score) whose decision records it
    vote_item_share: float = 0.9
    vote_item_reach: int = 3
    # A person's attendance at a meeting named by a clause ("var han med, da udvalget så
    # udkastet til …?"): the meeting of the item among this many best that says most of
    # the clause's words
    scene_reach: int = 5
    other_meeting_share: float = 0.85
    # Items beyond the first quoted from: fused-score share and confidence share of it.
    pool_score_share: float = 0.6
    pool_confidence_share: float = 0.8
    # "hvordan har … udviklet sig?": one quote per meeting, each at least this share of
    # the best one's score, up to this many meetings (in date order).
    # "hvem var konstitueret centerchef for Arbejdsmarked?": a participant's title in the
    # meeting's list must name the role and this share of the question's other words.
    role_entry_share: float = 0.6
    trend_share: float = 0.5
    trend_max_quotes: int = 5

    # -- decisions ----------------------------------------------------------------------
    # The same matter decided at another meeting: its score share and title overlap.
    other_decision_score_share: float = 0.9
    same_matter_title_overlap: float = 0.6
    # "Ja." to "besluttede udvalget, at X?" only when the item's title, Indstilling and
    # Beslutning name this share of the question's topic (else the decision is quoted
    # without a yes: it may have decided something else than X)
    yes_claim_share: float = 0.5

    # -- fact-checking (rag/check.py, rag/compare.py; set on eval/claims.jsonl dev) -------
    check_candidates: int = 6  # retrieved items whose sentences are compared
    # Below this coverage in BM25's candidates no dense search is tried (on dev it never
    # changed a verdict; it costs one query embedding).
    check_dense_floor: float = 0.35
    check_coverage_tie: float = 0.05  # a later item must name this much more of the topic
    # Share of the claim's topic one passage (title + sentence + neighbours) must name
    # before the item is taken to be about the claim at all; below: "ikke nævnt".
    check_min_coverage: float = 0.6
    # ... and before every part being confirmed makes the claim "bekræftet".
    check_confirm_coverage: float = 0.75
    # ... less this much for each figure, person or party of the claim that one of the
    # item's sentences states ("13 uger" is evidence the topic words alone are not),
    # down to the floor below which an item is not compared at all.
    check_coverage_per_value: float = 0.3
    check_valued_floor: float = 0.45
    # A claim without typed parts is confirmed only by one sentence naming this share.
    check_confirm_untyped: float = 0.85
    check_own_share: float = 0.6  # relevance: the sentence's own words vs its context
    check_confirm_relevance: float = 0.3  # a sentence this relevant may confirm a value
    check_contradict_relevance: float = 0.45  # ... and this relevant may contradict one
    # A contradiction needs an item this much about the claim (else: ikke nævnt).
    check_contradict_coverage: float = 0.65
    # A person is confirmed only where this share of the claim's words stand by the name.
    check_person_fit: float = 0.5
    check_person_margin: float = 0.1  # ... and no one else's name fits this much better
    check_other_part_bonus: float = 0.2  # a sentence stating the claim's other parts
    check_second_value_gap: float = 0.1  # a second contradicting value this close is named


WEIGHTS = Weights()
