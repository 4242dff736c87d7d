"""Answer classes found by the i-batch (40 questions on details inside long items,
scored before any fix): a case number named in the question, the user's statement
before "og hvad så med …?", a figure of another municipality or of the other direction,
"kommer X tilbage med …?", a date the figures are as of, items carried over from an
earlier meeting, a person's title at a named meeting, "hvem mødes", "på dagsordenen" as
a figure of speech, whose words a quotation holds, a "hvornår" part after a dated one."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("text", "numbers"), [
    ("Sag nr. 88.20.04-Ø54-10-18 fra februar 2024 – hvad drejer den sig om?",
     ["88.20.04-Ø54-10-18"]),
    ("hvad skete der i sag 27.15.00-P20-1-15 og EMN-2024-01234?",
     ["27.15.00-P20-1-15", "EMN-2024-01234"]),
    ("hvem sad med ved udvalgsmødet den 6.2.2024", []),
    ("budgetramme 20.05 og mødet 2024-02-06, unge 18-30 år i 2019-2020", []),
    ("Hvad er forløbet i sag 24-001234?", ["24-001234"]),
])
def test_case_numbers_are_found_and_dates_are_not(text: str, numbers: list[str]) -> None:
    from referat.values import CASE_NUMBER

    assert CASE_NUMBER.findall(text) == numbers


def test_a_case_number_is_no_date_and_a_later_part_keeps_it() -> None:
    from rag.compose.multi import split_parts
    from rag.query import parse_question

    assert parse_question("hvad kan man læse om sag 88.20.04-Ø54-10-18 februar 2024?"
                          ).date_from == date(2024, 2, 1)
    parts = split_parts("Sag nr. 88.20.04-Ø54-10-18 – hvad drejer den sig om, og hvad kan "
                        "man læse om den?")
    assert len(parts) == 2 and "88.20.04-Ø54-10-18" in parts[1]


def test_the_users_statement_before_the_question_is_context_not_a_part() -> None:
    from rag.compose.multi import split_parts

    question = ("Ballerup havde 2,8 pct. ledighed i marts 2025 – og hvad så med nabokommunen "
                "Gladsaxe?")
    assert split_parts(question) == [question]
    assert len(split_parts("Flytter der mange til Ballerup? Hvad sagde referaterne om "
                           "det i 2015?")) == 2


def test_a_figure_of_the_other_municipality_or_the_other_direction_is_no_answer() -> None:
    from rag.compose.near_miss import opposite_direction, other_municipality

    assert other_municipality("Ballerup Kommune har en lavere ledighed (2,8 pct.).",
                              "Hvad var ledigheden i nabokommunen Gladsaxe?")
    assert not other_municipality("Ballerup Kommune har en lavere ledighed (2,8 pct.).",
                                  "Hvad var ledigheden i Ballerup Kommune?")
    assert opposite_direction("Som følge heraf vil 100 stillinger blive nedlagt.",
                              "Hvor mange nye stillinger kommer der?")
    assert not opposite_direction("Der blev oprettet 100 nye stillinger.",
                                  "Hvor mange nye stillinger kommer der?")


def test_whether_a_result_will_come_or_what_the_committee_did_is_no_outcome_question(
        archive, context) -> None:
    from rag.compose.outcome import compose_pending

    item = archive.add(date(2024, 2, 6), 1, "Meddelelser", {
        "Beskrivelse": ("De foreløbige konklusioner er, at borgerne er tilfredse. Vi har de "
                        "endelige konklusioner til gode, og STAR vil komme og fortælle om "
                        "dem.")})
    assert compose_pending(context("Hvad blev de endelige konklusioner fra STAR?", [item]))
    for question in ("Kommer STAR tilbage med de endelige resultater?",
                     "hvad gjorde udvalget med de endelige resultater fra STAR?"):
        assert compose_pending(context(question, [item])) is None


def test_a_date_the_figures_are_as_of_is_no_meeting_date() -> None:
    from rag.query import parse_question

    q = parse_question("Hvem får en oversigt over, hvordan de ansatte fordelte sig pr. 31. "
                       "december 2024?")
    assert q.date_from == date(2024, 12, 31) and not q.date_strict and q.date_soft
    assert parse_question("hvem deltog i mødet den 6. februar 2024?").date_strict


def test_items_postponed_from_an_earlier_meeting_are_listed_with_their_history(
        archive, context) -> None:
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting
    from rag.query import parse_question

    june = date(2015, 6, 9)
    archive.add(june, 1, "Meddelelser", {"Beskrivelse": "Intet."}, committee="EBU")
    archive.add(june, 2, "GIS-data", {"Beslutningshistorik": (
        "Beslutning truffet af Erhvervs- og Beskæftigelsesudvalget d. 12-05-2015 Udsættes")},
        committee="EBU")
    archive.add(june, 3, "Branding", {"Beslutningshistorik": (
        "Beslutning truffet af Erhvervs- og Beskæftigelsesudvalget d. 12-05-2015 Drøftet")},
        committee="EBU")
    front = archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", june, "", "Rådhuset", [], [],
        [(1, "Meddelelser", False), (2, "GIS-data", False), (3, "Branding", False)],
        "referat", "x.txt"))
    question = ("Hvilke af sagerne på udvalgsmødet i juni 2015 var blevet skubbet fra et "
                "tidligere møde?")
    assert parse_question(question).meeting_aspect == "agenda"
    answer = compose_meeting(context(question, [front]))
    assert "Punkt 2: GIS-data" in answer.text and "Branding" not in answer.text
    assert [c.ref.punkt for c in answer.citations] == [0, 2]


def test_a_name_opening_the_question_is_a_name() -> None:
    from rag.asked_names import question_names
    from rag.query import parse_question

    question = "Jakob Timmermann – hvilken stilling havde han på mødet i februar 2024?"
    assert [w for w, _ in question_names(question)] == ["Jakob", "Timmermann"]
    assert [w for w, _ in question_names("Var Steen Pedersen med på mødet?")] == [
        "Steen", "Pedersen"]
    assert parse_question(question).meeting_aspect == "attendees"


def test_a_person_not_on_the_list_is_found_under_the_item_he_took_part_in(
        archive, context) -> None:
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting

    day = date(2020, 9, 8)
    archive.add(day, 6, "Ny beskæftigelsesstrategi", {"Yderligere deltagelse": (
        "På udvalgets møde deltager afsnitsleder Jakob Timmermann under behandlingen af "
        "sagen.")}, committee="EBU")
    front = archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", day, "", "Rådhuset", ["Musa Kekec (A)"], [],
        [(6, "Ny beskæftigelsesstrategi", False)], "referat", "x.txt"))
    answer = compose_meeting(context("Jakob Timmermann – hvilken stilling havde han på "
                                     "mødet i september 2020?", [front]))
    assert "afsnitsleder Jakob Timmermann" in answer.text
    assert [c.ref.punkt for c in answer.citations] == [6]


def test_who_meets_asks_for_the_groups_that_meet() -> None:
    from rag.intent import asked_type

    assert asked_type("Hvem mødes til det årlige arrangement for førtidspensionister?") == "free"
    assert asked_type("Hvem mødtes med borgmesteren?") == "free"
    assert asked_type("Hvem var formand for udvalget?") == "person"


def test_on_the_agenda_as_a_figure_of_speech_is_no_meeting_question() -> None:
    from rag.query import parse_question

    assert parse_question("Hvem har Movia lavet partnerskaber med for at få grønne "
                          "pendlervaner på dagsordenen?").kind != "meeting"
    assert parse_question("Hvad stod på dagsordenen til mødet 7/2-23?").kind == "meeting"


def test_whose_words_a_quotation_holds_is_shown_with_them(archive, context) -> None:
    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 2, 6), 3, "Arbejdet som kommunalbestyrelsesmedlem", {
        "Sagsfremstilling": (
            "Sagen er sendt i høring i alle udvalg. Regelforenklingsudvalget har drøftet "
            "sagen og afgivet følgende høringssvar: \"Udvalget bakker op om arbejdet med "
            "færre politikere i råd og nævn. Arbejdet bør være afsluttet inden "
            "konstituering af næste kommunalbestyrelse.\" Økonomiudvalget behandler sagen "
            "i marts.")})
    answer = compose_fact(context("Hvilket udvalg mente, at arbejdet skulle være afsluttet "
                                  "inden konstituering af næste kommunalbestyrelse?", [item]))
    assert "Regelforenklingsudvalget har drøftet" in answer.text
    assert answer.text.index("Regelforenklingsudvalget") < answer.text.index("afsluttet")


def test_a_part_that_asks_when_does_not_borrow_the_first_parts_period() -> None:
    from rag.compose.multi import split_parts

    parts = split_parts("Evalueringen af samarbejdet med Idrætsfællesskabet: hvornår var den "
                        "planlagt i sagsoversigten for 2023, og hvornår blev den faktisk "
                        "behandlet?")
    assert len(parts) == 2 and "2023" not in parts[1]
    parts = split_parts("Hvor mange var ledige i 2019, og hvor stor en andel var det?")
    assert "2019" in parts[1]


@pytest.mark.parametrize(("sentence", "names"), [
    ("Det første grafiske design har været præsenteret for Erhvervs- og "
     "Beskæftigelsesudvalget ved det seneste møde.", False),
    ("Enhedslisten har følgende mindretalsudtalelse: Studieturen til Lund vil styrke "
     "Ballerup Kommune.", False),
    ("Pantheon A/S har henvendt sig til Ballerup Kommune om et butikscenter.", True),
    ("En analyse Exometric har foretaget viser, hvordan virksomhederne ser på Ballerup.",
     True),
])
def test_which_firm_wants_a_sentence_naming_a_firm_not_a_body_of_the_municipality(
        sentence: str, names: bool) -> None:
    from rag.compose.near_miss import ONE_NAMED, names_one

    assert ONE_NAMED.search("Hvilket reklamebureau har designet brandet?")
    assert names_one(sentence, "Hvilket firma står bag i Lund?", ["Ballerup"]) is names
