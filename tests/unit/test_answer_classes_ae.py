"""Answer classes found by the ae-batch (fresh questions in the users' own words, half of
them held out): the participant list and how many came, "kan man i referatet se …",
the weekday a committee meets on as a rule, "bakkede udvalget op om …", "hvem
anbefalede …" asks who, a name in the sentence before the one on the topic, a body
named by its acronym, the labour market's words as people say them, and a meeting
missing from the archive that a later item's history tells."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from rag.catalog import MeetingInfo
from rag.compose.fact import compose_fact
from rag.compose.meeting import compose_meeting
from rag.compose.typed import counts, holds, only_given, person_beside
from rag.intent import asked_type, asks_decision
from rag.names import ArchiveNames
from rag.query import parse_question
from rag.scope import scope
from referat.danish import stems
from referat.synonyms import synonyms
from referat.values import PERSON
from tests.unit.conftest import COMMITTEE


def test_the_participant_list_and_how_many_came_ask_the_meeting() -> None:
    for question in ("Hvor mange stod på deltagerlisten 7/2-2023?",
                     "Hvor mange kom til mødet hos Toms?",
                     "Kan man i referatet fra 8/9-2020 se, hvem der rent faktisk var til stede?"):
        q = parse_question(question)
        assert (q.kind, q.meeting_aspect) == ("meeting", "attendees"), question


def test_the_weekday_the_committee_meets_on_as_a_rule(archive, context) -> None:
    first = None
    for day in (date(2023, 2, 7), date(2024, 2, 6), date(2025, 3, 18)):  # Tuesdays
        item = archive.add_meeting(MeetingInfo("Ballerup", COMMITTEE, day, "08:00", "Rådhuset",
                                               [], [], [], "referat", "x.md"))
        first = first or item
    question = "Holder udvalget altid sine møder om tirsdagen?"
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")
    answer = compose_meeting(context(question, [first]))
    assert answer.text.startswith("Alle 3 møder i arkivet blev holdt på en tirsdag")
    assert "18. marts 2025" in answer.text
    # one meeting's time of day is still that meeting's
    one = context("Var mødet den 7. februar 2023 om eftermiddagen?", [first])
    assert "begyndte kl. 08:00" in compose_meeting(one).text


def test_backing_a_proposal_asks_the_decision_and_who_recommended_asks_who() -> None:
    assert asks_decision("Lund-turen skulle betales af udvalgets budget. Bakkede udvalget "
                         "op om turen?")
    assert parse_question("Hvem anbefalede i sommeren 2024, at lønnede timer skal være det "
                          "bærende princip?").kind == "who"
    assert parse_question("Hvem stemte imod indstillingen?").kind == "vote"
    assert parse_question("Blev indstillingen anbefalet?").kind == "decision"


_EXPERTS = ("Ekspertudvalget kom i sommeren 2024 med en række anbefalinger til "
            "beskæftigelsesindsatsen. Her var en af anbefalingerne blandt andet, at løntimer "
            "på arbejdsmarkedet skal være det bærende princip i beskæftigelsesindsatsen. Der "
            "er i 2024 afsat flere mandetimer, så borgere hjælpes til "
            "lønnede timer.")


def test_the_name_in_the_sentence_before_the_one_on_the_topic(archive, context) -> None:
    item = archive.add(date(2025, 3, 18), 4, "Status på IPS-indsatsen",
                       {"Sagsfremstilling": _EXPERTS, "Beslutning": "Taget til efterretning"})
    answer = compose_fact(context("Hvem anbefalede, at løntimer skal være det bærende princip i "
                                  "beskæftigelsesindsatsen?", [item]))
    assert "Ekspertudvalget kom i sommeren 2024" in answer.text and not answer.declined
    # a sentence that does not go on about the one before keeps its own
    lead = "IPS-indsatsen er i tråd med Ekspertudvalget."
    assert not person_beside("Psykiatrisk Center Ballerup siger, at ips-konsulenten sidder "
                             "fysisk på centret.", False, 0.5, lead, 0.2)
    assert person_beside("Her var en af anbefalingerne, at …", False, 0.5, lead, 0.2)


def test_a_body_named_by_its_acronym_answers_who() -> None:
    assert holds("Det er i tråd med anbefalingerne, hvor STAR anbefaler kommunerne at "
                 "tilrettelægge nytteindsatsen.", PERSON)
    assert not holds("IPS er en evidensbaseret metode.", PERSON)


def test_the_labour_markets_words_as_people_say_them() -> None:
    said = synonyms()
    for asked, written in (("flexjobbere", "fleksjob"), ("lønstøtte", "løntilskud"),
                           ("lærlinge", "elevpladser")):
        (stem,) = stems(asked)
        assert stems(written)[0] in said[stem], asked
    # (not every pupil: "elever" are schoolchildren too)
    assert stems("elever")[0] not in said[stems("lærlinge")[0]]


def test_a_meeting_missing_from_the_archive_that_a_later_item_tells() -> None:
    held = SimpleNamespace(date=date(2024, 2, 6))

    def lookup(told: bool) -> SimpleNamespace:
        return SimpleNamespace(
            names=ArchiveNames(["Ballerup"], [COMMITTEE]),
            meetings_in=lambda f: [held] if not f.date_from or (
                f.date_from <= held.date <= f.date_to) else [],
            store=SimpleNamespace(treated_between=lambda a, b, c, d=None: told))

    question = "Blev sagen om politikernes pladser i råd og nævn afgjort på januarmødet 2024?"
    # the February item's history: "16-01-2024 … Udsættes. Mødet aflyst …"
    _, note = scope(parse_question(question), None, lookup(told=True))
    assert note is None
    _, note = scope(parse_question(question), None, lookup(told=False))
    assert "intet møde i januar 2024" in (note or "")


def test_a_statement_then_a_question_of_its_own() -> None:
    # a hv-question after the statement that asks the decision is the question's kind
    figures = ("4,2 pct. af de 18-29-årige er på uddannelseshjælp mod 3,5 pct. i hele landet. "
               "Hvad blev udfaldet, da politikerne tog emnet op 6/2-24?")
    assert parse_question(figures).kind == "decision" and asked_type(figures) == "free"
    # (a statement may end in a year)
    share = ("Andelen af ansatte på særlige vilkår var 13,39 pct. i statussen fra marts 2025. "
             "Hvad gjorde udvalget med den?")
    assert parse_question(share).kind == "decision"
    # a yes/no question on what the committee did, whatever the verb
    ordered = "Sygedagpenge steg knap 3 pct. Bestilte udvalget en handlingsplan?"
    assert parse_question(ordered).kind == "decision"
    assert parse_question("Hvor meget steg tallet i 2024?").kind == "number"
    # ... or what it was to do, could do
    assert parse_question("Det koster 0,35 mio. kr. i 2024. Skulle udvalget finde flere penge "
                          "til det?").kind == "decision"
    assert parse_question("Kunne erhvervsudvalget sige nej til butikscentret?").kind == "decision"


def test_a_bare_figure_the_question_gives_is_not_its_answer() -> None:
    question = "Hvor mange af de 163, der fik tilkendt førtidspension i 2022, var under 40 år?"
    assert only_given("I 2022 fik 163 personer tilkendt førtidspension.", "count", question)
    assert not only_given("Heraf var 41 personer under 40 år.", "count", question)


def test_since_a_year_answers_how_long() -> None:
    assert holds("Centret har siden 2015 visiteret borgere til nyttejob.", "duration",
                 question="Hvor længe har centret haft folk i nyttejob?")
    assert not holds("Centret har siden 2015 visiteret borgere.", "duration",
                     question="Hvor længe kan en borger være i nytteindsats?")
    assert not holds("Centret visiterer borgere til nyttejob.", "duration")


def test_a_search_takes_the_minutes_words_but_not_every_present_tense() -> None:
    (satte,) = stems("satte")
    assert satte in synonyms() and satte not in synonyms(past_tense=False)
    (flex,) = stems("flexjob")
    assert synonyms(past_tense=False)[flex]


def test_the_unemployed_are_not_the_management() -> None:
    from ingest.lexical import tokenize

    (ledige, ledelse, holdleder) = stems("ledige ledelse holdlederen", frozenset())
    assert len({ledige, ledelse, holdleder}) == 3 and holdleder.endswith("leder")
    assert stems("ledighed lederne", frozenset()) == [ledige, "leder"]
    # the lexical index stems the same way
    vocab = tokenize(["Ledelse og ledige"], with_stopwords=False).vocab
    assert {ledige, ledelse} <= set(vocab)
    # "hvor mange ledige …?" is not answered by a count of the holdleder's consultants
    assert not counts(ledige, "Indsatsen foregår under ledelse af en holdleder samt tre "
                              "virksomhedskonsulenter.", [ledige, "job"])


class _People:
    def participant_names(self) -> list[str]:
        return ["Anja Holtze (A)", "Allan Kristensen (C) (2. viceborgmester)",
                "Anja Jensen (V)", "Saime Bilen Inanc (Ø)"]


def test_a_member_by_first_name_and_party() -> None:
    from rag.names import as_spelled

    retriever = SimpleNamespace(store=_People())
    assert as_spelled("Anja fra Socialdemokratiet – med på EBU-mødet 6/2-24?", retriever) \
        .startswith("Anja Holtze fra Socialdemokratiet")
    assert "Allan Kristensen (C) imod" in as_spelled("Hvorfor stemte Allan (C) imod?", retriever)
    assert as_spelled("Saime fra Ø – hvad sagde hun?", retriever).startswith("Saime Bilen Inanc")
    # two members called Anja: the party decides; without one, no guess
    assert as_spelled("Anja (V) – var hun med?", retriever).startswith("Anja Jensen")
    assert as_spelled("Anja – var hun med?", retriever).startswith("Anja –")
    q = parse_question("Anja Holtze fra Socialdemokratiet – med på EBU-mødet 6/2-24?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_a_vote_the_minutes_give_to_another(archive, context) -> None:
    from rag.premises import false_premise

    item = archive.add(date(2023, 2, 7), 5, "Studietur til Lund", {
        "Beslutning": "Indstillingen godkendt. Saime Bilen Inanc (Ø) stemte i mod beslutningen."})
    answer = false_premise(context("Hvorfor stemte Allan Kristensen (C) imod studieturen?",
                                   [item]))
    assert answer is not None and answer.declined
    assert "Saime Bilen Inanc (Ø) stemte i mod beslutningen" in answer.text
    assert false_premise(context("Hvorfor stemte Saime Bilen Inanc imod studieturen?",
                                 [item])) is None


def test_kept_or_dropped_and_just_fyi_ask_the_decision() -> None:
    assert parse_question("Beskæftigelsesstrategi 2022 – skrottet eller beholdt?").kind == \
        "decision"
    assert parse_question("Butikscentret – havde EBU noget at sige, eller var det bare FYI?") \
        .kind == "decision"


def test_another_years_edition_of_an_event_does_not_answer() -> None:
    from rag.compose.typed import other_edition

    asked = "Jobcamp 2023 – i hvilken by?"
    assert other_edition("2. Jobcamp 2025 afholdes i Aalborg Kongres & Kultur Center.", asked)
    assert not other_edition("Jobcamp 2023 holdes i Herning, ikke som Jobcamp 2025.", asked)
    assert not other_edition("Jobcamp afholdes i Aalborg.", asked)


def test_english_words_in_a_danish_question() -> None:
    from referat.lexicon import in_danish

    assert in_danish("Why virker idræt for de unge?") == "hvorfor virker idræt for de unge?"
    assert in_danish("Var der EBU-meeting d. 16/1-24?") == "Var der EBU-møde d. 16/1-24?"
    assert in_danish("Sang de What a Wonderful World?") == "Sang de What a Wonderful World?"


def test_the_reviews_counter_examples_keep_their_reading() -> None:
    # approving is deciding: who approved is asked of the decision
    assert parse_question("Hvem godkendte studieturen til Lund?").kind == "decision"
    assert parse_question("Hvem indstillede sagen?").kind == "who"
    # what was to have been is no act: the period is not the meeting's
    assert parse_question("Skulle udvalget have været på studietur i 2020?").kind != "decision"
    # a follow-up "hvor mange kom?" names no meeting
    assert parse_question("Hvor mange kom?").kind != "meeting"
    # a law's chapter is no figure the question gives
    assert not only_given("Nytteindsatsen kan maksimalt vare 13 uger.", "duration",
                          "Hvor mange uger varer et forløb efter kapitel 13 i loven?")
    # "Det sker …" does not go on about the actor before it
    assert not person_beside("Det sker ud fra et ønske om at anvende lokalerne.", False, 0.5,
                             "Center for Arbejdsmarked ønsker en ny model.", 0.2)


def test_a_missing_meeting_is_not_answered_by_another(archive, context) -> None:
    held = SimpleNamespace(date=date(2024, 2, 6))
    lookup = SimpleNamespace(
        names=ArchiveNames(["Ballerup"], [COMMITTEE]),
        meetings_in=lambda f: [held] if not f.date_from or (
            f.date_from <= held.date <= f.date_to) else [],
        store=SimpleNamespace(treated_between=lambda a, b, c, d=None: True))
    _, note = scope(parse_question("Hvem deltog i udvalgets møde den 16. januar 2024?"), None,
                    lookup)
    assert "intet møde den 16. januar 2024" in (note or "")


def test_what_time_the_committee_meets_as_a_rule(archive, context) -> None:
    first = None
    for day, start in ((date(2020, 9, 8), "13:00"), (date(2023, 2, 7), "08:00"),
                       (date(2024, 2, 6), "08:00")):
        item = archive.add_meeting(MeetingInfo("Ballerup", COMMITTEE, day, start, "Rådhuset",
                                               [], [], [], "referat", "x.md"))
        first = first or item
    answer = compose_meeting(context("Er møderne altid om morgenen?", [first]))
    assert "kl. 08:00 (2 møder" in answer.text and "kl. 13:00 (1 møde" in answer.text


def test_a_compound_written_with_a_hyphen_is_the_word_minutes_write() -> None:
    (closed,) = stems("Fleksjobledigheden")
    assert closed in parse_question("Fleksjob-ledighed 18/3-25: hvordan ligger Ballerup?").topic
    assert parse_question("Hvad blev der af IPS-indsatsen?").topic == ["ips", "indsats"]


def test_how_many_were_at_the_meeting_and_a_meeting_at_another_time() -> None:
    q = parse_question("Hvor mange af udvalgets politikere var der egentlig til mødet ude hos "
                       "Toms Gruppen i marts 2025?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")
    assert parse_question("Hvor mange var der til nytårskuren?").kind != "meeting"
    q = parse_question("Udvalget mødes som regel kl. 8 om morgenen. Var der et af møderne, der "
                       "lå på et andet tidspunkt af dagen?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")
