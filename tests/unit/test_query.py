"""Question understanding: kind, period, punkt, committee and topic of Danish questions."""

from __future__ import annotations

from datetime import date

import pytest

from rag.follow_up import has_own_topic
from rag.intent import asked_type, asks_decision, is_yes_no
from rag.parties import asked_party
from rag.query import parse_question
from rag.roles import who_role

MEETINGS = [date(2015, 6, 2), date(2020, 9, 8), date(2023, 2, 7), date(2025, 3, 18)]


@pytest.mark.parametrize(("question", "kind"), [
    ("Hvad besluttede udvalget om studieturen?", "decision"),
    ("Hvad blev resultatet af sagen om IPS?", "decision"),
    ("Hvor meget koster studieturen?", "number"),
    ("Hvor mange borgere er i jobpraktik?", "number"),
    ("Hvornår skal studieturen finde sted?", "when"),
    ("Hvem stemte imod forslaget?", "vote"),
    ("Hvem deltager fra Exometric?", "who"),
    ("Hvem deltog i mødet den 18. marts 2025?", "meeting"),
    ("Var punktet om leverandørerne lukket?", "closed"),
    ("Kan offentligheden se, hvad der blev sagt om leverandørerne?", "closed"),
])
def test_question_kind(question: str, kind: str) -> None:
    assert parse_question(question, MEETINGS).kind == kind


def test_meeting_aspects() -> None:
    assert parse_question("Hvem havde meldt afbud til mødet i juni 2015?").meeting_aspect \
        == "absentees"
    assert parse_question("Hvor blev mødet den 7. februar 2023 holdt?").meeting_aspect == "place"
    assert parse_question("Hvad var på dagsordenen den 8. september 2020?").meeting_aspect \
        == "agenda"


@pytest.mark.parametrize("question, aspect", [
    ("Hvor holdt udvalget møde i september 2020?", "place"),
    ("Hvor blev junimødet i 2015 holdt?", "place"),
    ("hvem sad med ved udvalgsmødet den 6.2.2024", "attendees"),
    ("Hvornår gik mødet den 9. juni 2015 i gang?", "time"),
    ("Hvem meldte fra til mødet i marts 2025?", "absentees"),
    ("Hvad tid begyndte udvalgsmødet hos Toms Gruppen i marts 2025?", "time"),
    ("hvilke politikere var med d. 7 feb 2023", "attendees"),
    ("Blev udvalgsmødet i februar 2023 holdt hos Caverion eller på rådhuset?", "place"),
    ("Hvilke embedsfolk – direktør og centerchefer – var med på udvalgsmødet 9. juni 2015?",
     "attendees"),
    # the address of a meeting held away from the town hall; a role on its list; a weekday
    ("Hvad var adressen, da udvalget holdt møde ude i byen d. 18/3-25?", "place"),
    ("Hvilken 2. viceborgmester sad med ved udvalgsmødet 7/2-2023?", "attendees"),
    ("Hvem deltog som direktør på udvalgsmødet tirsdag d. 6. februar 2024?", "attendees"),
    # the meeting's closed items are a part of its agenda
    ("Var der lukkede punkter på mødet i februar 2024?", "agenda"),
    ("Hvilke sager behandlede udvalget for lukkede døre på mødet i februar 2024?", "agenda"),
    # a body of any kind, by its name: a council, a board, a commission
    ("Hvem deltog i Handicaprådets møde den 9. oktober 2024?", "attendees"),
    ("Hvem havde afbud til Byrådets møde i marts 2025?", "absentees"),
    ("Hvem sad med, da Beredskabskommissionen holdt møde 7/2-2023?", "attendees"),
    # ... and its meeting in one word
    ("Hvem havde afbud til byrådsmødet i marts 2024?", "absentees"),
    ("Hvor blev økonomiudvalgsmødet i juni holdt?", "place"),
    ("Hvornår begyndte ældrerådsmødet?", "time"),
    # where to turn up: "møde op" is the place of the meeting
    ("hvor skulle man møde op til udvalgsmødet i juni 2015?", "place"),
    ("Hvor skal jeg møde op, hvis jeg vil overvære byrådsmødet?", "place"),
])
def test_meeting_aspects_in_other_words(question: str, aspect: str) -> None:
    q = parse_question(question, MEETINGS)
    assert (q.kind, q.meeting_aspect) == ("meeting", aspect)


@pytest.mark.parametrize("question", [
    "Hvor bliver Jobcamp 2025 holdt?",  # an event's place, not the meeting's
    "Hvem deltog fra Psykiatrisk Center Ballerup under punktet om IPS?",
    "Hvornår var søgningen til erhvervsuddannelserne størst?",
    "Hvor mange penge blev bevilget på mødet i juni?",
    "Hvor meget var budgettet, der blev godkendt på mødet?",
    "Hvornår sluttede projektet, der blev fremlagt på mødet?",
    "Hvor blev borgermødet om cykelstien holdt?",
    "Hvornår begyndte dialogmøderne med virksomhederne?",
    "Hvem deltog i mødet om handicappolitikken?",  # a matter, not a body
    "Hvor mange mødte op til borgermødet om cykelstien?",  # a count, not a place
])
def test_item_questions_are_not_meeting_questions(question: str) -> None:
    assert parse_question(question, MEETINGS).kind != "meeting"


def test_named_day_is_strict_and_leaves_the_topic() -> None:
    q = parse_question("Hvad besluttede udvalget om studieturen den 7/2 2023?", MEETINGS)
    assert (q.date_from, q.date_to, q.date_strict) == (date(2023, 2, 7), date(2023, 2, 7), True)
    assert q.topic == ["studietur"]


def test_month_without_year_resolves_against_the_archive() -> None:
    q = parse_question("Hvad blev der besluttet på septembermødet?", MEETINGS)
    assert (q.date_from, q.date_to) == (date(2020, 9, 1), date(2020, 9, 30))
    missing = parse_question("Hvad blev der besluttet i december?", MEETINGS)
    assert missing.date_from is not None and missing.date_from.year == 1  # matches nothing


def test_bare_year_is_a_soft_preference() -> None:
    q = parse_question("Hvad sagde man om nytårskuren 2025?", MEETINGS)
    assert q.date_soft and not q.date_strict


def test_relative_meeting() -> None:
    assert parse_question("Hvad blev besluttet på sidste møde?", MEETINGS).relative_meeting \
        == "latest"
    assert parse_question("Hvem deltog i forrige møde?", MEETINGS).relative_meeting == "previous"


def test_punkt_and_committee_mentions() -> None:
    q = parse_question("Hvad besluttede Erhvervs- og Beskæftigelsesudvalget under punkt 4?")
    assert q.punkt == 4
    assert q.committee_mention == "Erhvervs- og Beskæftigelsesudvalget"
    assert parse_question("Hvad besluttede udvalget?").committee_mention is None


def test_no_topic_question_has_an_empty_topic() -> None:
    assert parse_question("Hvad besluttede de?").topic == []
    # asking for a summary names no matter either
    assert parse_question("kan du opsummere det for mig").topic == []


def test_follow_up_without_own_topic() -> None:
    previous = "Studietur til Lund. Turen finder sted den 23.-24. november 2023."
    assert not has_own_topic(parse_question("Hvem stemte imod?"), previous)
    assert not has_own_topic(parse_question("Og hvornår skal turen finde sted?"), previous)
    assert has_own_topic(parse_question("Hvad koster den nye svømmehal?"), previous)


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvor meget koster studieturen?", "amount"),
    ("Hvor mange deltagere var der?", "count"),
    ("Hvor mange procent faldt ledigheden?", "percent"),
    ("Hvornår afholdes nytårskuren?", "date"),
    ("Hvor skal studieturen gå hen?", "place"),
    ("Blev sagen udsat?", "yesno"),
])
def test_asked_answer_type(question: str, asked: str) -> None:
    assert asked_type(question) == asked


def test_yes_no_and_who_roles() -> None:
    assert is_yes_no("Skal kommunen deltage i projektet?")
    assert not is_yes_no("Hvad skal kommunen gøre?")
    assert is_yes_no("Endte sagen om studieturen med at blive sendt videre?")
    assert asks_decision("Hvordan stillede udvalget sig til meddelelsen om datacentre?")
    assert asks_decision("Endte sagen om studieturen til Lund med en afstemning?")
    assert asked_type("hvilke socialdemokrater sad med på mødet?") == "person"
    assert asked_party("hvilke af de konservative deltog?") == "C"
    # a question that starts with its verb is answered yes or no, whatever the verb
    assert is_yes_no("Ryger erhvervs- og vækstpolitikken i oprydningen?")
    assert is_yes_no("Fortsætter samarbejdet med Idrætsfællesskabet?")
    assert not is_yes_no("Virksomheder der flytter til Ballerup?")
    # what a budget pays for is a list, not an amount; a unit may run a project
    assert asked_type("hvad skal udvalgets eget budget betale?") == "free"
    assert asked_type("Hvem står for den daglige projektledelse af Icehearts?") == "free"
    assert asked_type("Hvad er budgettet for studieturen?") == "amount"
    # a decision about a budget matter asks for the decision, not an amount
    assert asked_type("status på budgetaftale 2025 – hvad gjorde udvalget med den?") == "free"
    assert asked_type("Hvad var fristen for at komme med bemærkninger?") == "date"
    assert asked_type("Hvor mange ledige var der regnet med i budgettet?") == "count"
    assert asked_type("Hvor mange penge var der i budgettet?") == "amount"
    assert asked_party("sad der en løsgænger med i udvalget?") == "Løsgænger"
    assert is_yes_no("sad der en løsgænger med i udvalget?")
    # a request is not a yes/no question; a remark after the question is its context
    assert not is_yes_no("kan du fortælle mig hvilke firmaer Lund er kendt for?")
    from rag.compose.multi import split_parts
    assert len(split_parts("hvilke firmaer er Lund kendt for? det stod vist i sagen om "
                           "studieturen")) == 1
    assert who_role("Hvem stemte imod forslaget?") == "against"
    assert who_role("Hvem fremlagde sagen?") == "presenter"
    assert who_role("Hvem havde meldt afbud?") == "absent"


def test_a_meeting_held_is_a_place_question_only_when_asked_where() -> None:
    q = parse_question("hvem var centerchef for arbejdsmarked da udvalget holdt møde "
                       "7. februar 2023", MEETINGS)
    assert q.meeting_aspect != "place"


@pytest.mark.parametrize(("question", "other"), [
    ("hvad besluttede økonomiudvalget i oktober 2023 om råd og nævn?", True),
    ("Hvad blev udfaldet af KKR-mødet i februar 2015?", True),
    ("Hvad besluttede udvalget på mødet i oktober 2023?", False),
])
def test_another_bodys_meeting(question: str, other: bool) -> None:
    from rag.bodies import names_other_body
    assert names_other_body(question, []) is other


def test_a_repeated_question_in_a_second_part_borrows_the_first_parts_topic() -> None:
    from rag.compose.multi import shown_parts, split_parts
    question = ("Hvor ofte skulle udvalget have status på arbejdsgiverens sociale ansvar "
                "ifølge sagen i juni 2015, og hvor ofte ifølge sagen i februar 2023?")
    second = split_parts(question)[1]
    assert "ansvar" in second and "februar 2023" in second and "juni" not in second
    assert shown_parts(question)[1] == "hvor ofte ifølge sagen i februar 2023?"


@pytest.mark.parametrize(("question", "kind"), [
    ("hvor mange firmaer lukkede i ballerup i løbet af hele 2023", "number"),
    ("det lukkede punkt om leverandørsamarbejdet", "closed"),
    ("var sagen lukket?", "closed"),
])
def test_closing_firms_are_no_closed_item(question: str, kind: str) -> None:
    assert parse_question(question, MEETINGS).kind == kind


def test_a_named_person_at_a_meeting_is_a_question_about_its_list() -> None:
    q = parse_question("Var Mette Vaaben Mortensen med på udvalgsmødet 7. februar 2023?",
                       MEETINGS)
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")
    assert parse_question("Hvor mange deltog i Jobcamp 2025?", MEETINGS).kind != "meeting"


def test_a_change_without_what_changed_has_no_topic() -> None:
    from rag.answer import Answerer
    assert Answerer._needs_topic(parse_question("hvor meget steg det?"))
    assert Answerer._needs_topic(parse_question("passer det så, eller hvad?"))
    assert not Answerer._needs_topic(parse_question("hvor meget steg ledigheden?"))


def test_the_treatment_of_an_item_is_not_its_topic() -> None:
    """"da udvalget behandlede vejbelysningen", "ved behandlingen af haveaffald": the
    treatment points at the item; only the matter is a topic word to cover (before, the
    item's text lacked "behandlede" and the answer was declined)."""
    assert parse_question("Hvem var fraværende, da udvalget behandlede vejbelysningen?"
                          ).topic == ["vejbelysning"]
    assert parse_question("Hvem var fraværende ved behandlingen af haveaffald?"
                          ).topic == ["haveaffald"]
    # a treatment as the matter itself stays a topic word
    assert "behandling" in parse_question("Hvad koster behandlingen af misbrugere?").topic


@pytest.mark.parametrize(("question", "topic"), [
    # the outcome asked in other words: "endte" and "forslaget" name no matter
    ("Hvordan endte sagen om studieturen?", ["studietur"]),
    ("Hvordan endte forslaget om brandingplatformen?", ["brandingplatform"]),
])
def test_words_of_asking_an_outcome_are_no_topic(question: str, topic: list[str]) -> None:
    assert parse_question(question).topic == topic


def test_more_is_no_matter() -> None:
    """"mere i honorar" asks about the fee; "mere" is no word the item must name."""
    assert parse_question("Skal politikerne have mere i honorar?").topic == ["honorar"]
