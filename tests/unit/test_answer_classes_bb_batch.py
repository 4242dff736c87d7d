"""Failure classes found on the dev halves of the bb and bc question batches (written
blind from the minutes, 2026-12-05) and on the older dev split; each test fails on the
code before the fix. No model, no Chroma."""

from __future__ import annotations

from datetime import date

import pytest

from rag.compose.multi import period_parts, shown_parts, split_parts
from rag.compose.visits import asks_visits
from rag.compose.when import other_time
from rag.intent import AMOUNT, asked_type, asks_decision
from rag.overview import asks_trend
from rag.query import parse_question
from rag.roles import who_role
from referat.danish import sentences
from referat.periods import find_periods
from referat.values import COUNT, find_values


@pytest.mark.parametrize(("question", "start", "end"), [
    ("Hvordan udviklede ledigheden sig fra mødet i juni 2015 til mødet i marts 2025?",
     date(2015, 6, 1), date(2025, 3, 31)),
    ("Gik det frem eller tilbage med andelen fra den opgørelse, udvalget fik i februar "
     "2023, til den i februar 2024?", date(2023, 2, 1), date(2024, 2, 29)),
])
def test_a_stretch_named_by_its_meetings_runs_from_the_first_to_the_last(
        question: str, start: date, end: date) -> None:
    q = parse_question(question)
    assert (q.date_from, q.date_to) == (start, end)
    # the months name meetings, not a topic to search for
    assert not {"juni", "mart", "februar"} & set(q.topic)


def test_words_between_two_periods_that_name_another_matter_join_nothing() -> None:
    q = parse_question("Hvor mange kom fra Ballerup i 2023 til nytårskuren i 2024?")
    assert (q.date_from, q.date_to) == (date(2023, 1, 1), date(2023, 12, 31))


def test_years_listed_after_a_dated_one_are_dated_too() -> None:
    found = find_periods("opgørelserne fra 2015, 2023 og 2025")
    assert [(p.year, p.soft) for p in found] == [(2015, False), (2023, False), (2025, False)]
    # a topic year stays one ("budget 2025" after a listed year)
    assert find_periods("i 2015 og 2024 og budget 2025")[-1].soft


@pytest.mark.parametrize(("question", "trend"), [
    ("Gik det frem eller tilbage med andelen fra februar 2023 til februar 2024?", True),
    ("Er antallet steget eller faldet fra 2015 til 2024?", True),
    # one period: a comparison, not a development over meetings
    ("Fik Ballerup netto flere eller færre firmaer ved flytninger i løbet af hele 2023?",
     False),
])
def test_either_way_between_two_times_is_a_trend(question: str, trend: bool) -> None:
    assert asks_trend(question) is trend


def test_an_abbreviation_before_a_figure_keeps_the_sentence_whole() -> None:
    text = "Ordinære job i Ballerup Kommune er pt. 4.246 stillinger. Almindelige opslag."
    assert sentences(text)[0] == "Ordinære job i Ballerup Kommune er pt. 4.246 stillinger."


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Heraf: - 141 nystartede virksomheder - 83 tilflyttede virksomheder", "virksom"),
    ("Heraf: - 625 Nystartede virksomheder - 478 Ophørte virksomheder", "virksom"),
    ("Der er 40 ansatte i kommunen.", "ansat"),
])
def test_a_participle_before_the_counted_noun_leaves_the_noun_as_unit(
        sentence: str, unit: str) -> None:
    assert find_values(sentence, frozenset({COUNT}))[0].unit == unit


@pytest.mark.parametrize("question", [
    "Hvornår var udvalget på besøg hos Toms?",
    "Hvornår holdt udvalget møde hos Toms Gruppen?",
    "Hvornår skulle udvalget have holdt sit møde ude hos en virksomhed i Skovlunde?",
    "Hvornår besøgte udvalget Caverion?",
])
def test_when_the_committee_met_at_a_firm_is_a_visit(question: str) -> None:
    assert asks_visits(question)


def test_when_a_firm_announced_something_is_no_visit() -> None:
    assert not asks_visits("Hvornår meddelte Toms Gruppen, at produktionen flyttes?")


def test_what_the_local_committee_did_with_it_is_a_decision_question() -> None:
    assert asks_decision("Hvad gjorde det ballerupske udvalg med dem i sommeren 2015?")
    assert not asks_decision("Hvad stillede virksomheden udvalget til rådighed?")


def test_a_later_part_that_names_only_a_time_asks_the_first_part_again() -> None:
    parts = split_parts("Kommunen som social arbejdsgiver: hvor mange var i fleksjob hos "
                        "kommunen i 2. kvartal 2015, og hvor mange i perioden august–december "
                        "2024?")
    assert "fleksjob" in parts[1]


def test_a_later_part_with_its_own_verb_keeps_the_lead_only() -> None:
    parts = split_parts("Nytårskuren i januar 2024 – hvornår blev datoen meldt ud, og hvor "
                        "mange dukkede så op?")
    assert "datoen" not in parts[1] and "nytårskuren" in parts[1].lower()


def test_a_condition_is_no_question_of_its_own() -> None:
    question = ("Hvis administrationens oprydning i styringsdokumenter blev gennemført, hvor "
                "mange politikker, strategier og planer ville kommunen så have tilbage?")
    assert shown_parts(question) == [question]


def test_a_scene_setting_absence_names_no_list() -> None:
    question = ("Hvem blev valgt som midlertidig formand i foråret 2025 mens Musa Kekec var "
                "fraværende, og hvem foreslog hende?")
    assert who_role(question) is None
    assert "fraværende" not in split_parts(question)[1]
    assert who_role("Hvem havde afbud til mødet i marts 2025?") == "absent"


def test_two_periods_compared_are_asked_each_on_its_own() -> None:
    parts = period_parts("Hvor stor en andel var ansat på særlige vilkår i opgørelsen for "
                         "andet halvår 2022 sammenlignet med opgørelsen for andet halvår 2024?")
    assert [p.endswith(y + "?") for p, y in zip(parts, ("2022", "2024"), strict=True)] == [
        True, True]


def test_now_in_a_status_on_the_asked_period_is_that_period() -> None:
    (half,) = find_periods("andet halvår 2024")
    now = "Aktuelt er der ansatte på særlige vilkår svarende til cirka 13,39 pct."
    assert not other_time(now, [half], date(2025, 3, 18), 1)  # that half-year's status
    assert other_time(now, [half], date(2026, 9, 1), 1)  # long after: today's figure
    assert other_time("270 unge (december 2023)", [half], date(2025, 3, 18), 1)


def test_what_it_will_come_to_cost_asks_an_amount() -> None:
    assert asked_type("Hvad kommer studieturen til Lund i november 2023 til at koste i alt?"
                      ) == AMOUNT


def test_two_measures_asked_together_are_asked_each_on_its_own() -> None:
    from rag.compose.listed_parts import both_parts
    parts = both_parts("Hvordan har optaget på merituddannelsen til pædagog og antallet af "
                       "elev- og praktikpladser i kommunen ændret sig mellem statussen i "
                       "februar 2023 og statussen i marts 2025?")
    assert [p.split(" i kommunen")[0] for p in parts] == [
        "Hvordan har optaget på merituddannelsen til pædagog",
        "Hvordan har antallet af elev- og praktikpladser"]
    assert all(p.endswith("statussen i marts 2025?") for p in parts)
    assert both_parts("Hvad var antallet af elev- og praktikpladser i 2025?") == []


def test_the_intake_of_an_education_is_a_count() -> None:
    from rag.intent import COUNT
    assert asked_type("Hvordan har optaget på merituddannelsen ændret sig?") == COUNT


@pytest.mark.parametrize(("question", "aspect"), [
    ("Hvornår var det sidste møde?", "time"),
    ("Hvornår holdt udvalget sidst møde?", "time"),
    ("Hvad handlede mødet i marts 2025 om?", "agenda"),
    ("Hvad drejede junimødet i 2015 sig om?", "agenda"),
    ("Hvem sidder i udvalget?", "attendees"),
    ("Hvem er medlem af udvalget?", "attendees"),
    ("Hvor mange medlemmer har udvalget?", "attendees"),
    ("Hvor mange medlemmer havde udvalget i 2015?", "attendees"),
    # the places a question offers are the asked value, not a matter
    ("Var vintermødet i 2023 på rådhuset eller ude i en virksomhed?", "place"),
])
def test_everyday_questions_about_meetings_read_the_meeting(question: str, aspect: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", aspect)


def test_a_meeting_named_by_its_host_is_no_place_question() -> None:
    q = parse_question("Hvornår sluttede mødet ude hos Toms Gruppen 18/3-25?")
    assert q.meeting_aspect == "time"


def test_what_a_matter_was_about_is_no_agenda_question() -> None:
    q = parse_question("Ankestyrelsen dukker op i 2015 og i 2024 – hvad drejede det sig om?")
    assert q.meeting_aspect != "agenda"


def test_closed_items_asked_with_the_adjective_after() -> None:
    from rag.query import CLOSED_WORDS
    assert CLOSED_WORDS.search("Hvilke punkter var lukkede?")


@pytest.mark.parametrize(("question", "archive"), [
    ("Hvilke møder er der referater fra?", True),
    ("Hvor mange referater har du?", True),
    ("Hvad indeholder arkivet?", True),
    ("Hvilke møder har Rita Bråten været med til?", False),
    ("Hvilke udvalg behandlede studieturen?", False),
])
def test_what_the_archive_holds(question: str, archive: bool) -> None:
    from rag.compose.archive import asks_archive
    assert asks_archive(question) is archive


@pytest.mark.parametrize(("claim", "unanimous"), [
    ("Udvalget godkendte enstemmigt studieturen til Lund.", True),
    ("Alle stemte for Anja Holtze som formand.", True),
    ("Studieturen blev vedtaget uden stemmer imod.", True),
    ("Udvalget godkendte studieturen til Lund.", False),
])
def test_a_claim_that_all_agreed_is_a_part_to_check(claim: str, unanimous: bool) -> None:
    from rag.claims import UNANIMOUS, parse_claim
    assert any(p.kind == UNANIMOUS for p in parse_claim(claim).parts) is unanimous


@pytest.mark.parametrize(("claim", "side"), [
    ("Enhedslisten stemte for studieturen.", "stemte for"),
    ("Saime Bilen Inanc stemte i mod.", "stemte imod"),
    ("Lars Green Bach undlod at stemme.", "undlod at stemme"),
    ("Udvalget godkendte studieturen.", ""),
])
def test_the_side_of_a_vote_a_claim_gives(claim: str, side: str) -> None:
    from rag.compare import claimed_side
    assert claimed_side(claim) == side


def test_a_day_range_wrapped_before_its_dash_is_one_sentence() -> None:
    text = ("Det foreslås, at studieturen finder sted enten den 25. - 26. oktober 2023 eller "
            "den 14.\n- 15. november 2023 kombineret med det ordinære udvalgsmøde.")
    assert len(sentences(text)) == 1
    assert sentences("Der er tre.\n- 3 punkter\n- 4. punkt")[-2:] == ["- 3 punkter", "- 4. punkt"]
