"""Answer classes found by the z-batch (40 questions scored before any fix): a reason
the minutes do not give, yes/no questions on what the committee did, bodies that answer
"hvem", typos, "udsat" as vulnerable, and a definition that runs on into its list."""

from __future__ import annotations

from datetime import date

import pytest

from rag.bodies import names_other_body
from rag.compose.typed import holds
from rag.confidence import rarest_named
from rag.intent import asks_decision
from rag.premises import unstated_reason
from rag.query import parse_question
from referat.danish import sentences
from referat.lexicon import known_forms
from tests.unit.item_context import meeting_info

FEB = date(2023, 2, 7)


def test_a_why_question_the_decision_gives_no_reason_for_is_declined(archive, context) -> None:
    caverion = archive.add(FEB, 1, "Besøg hos virksomheden Caverion",
                           {"Beskrivelse": "Udvalget besøger Caverion.", "Beslutning": "Udsættes"})
    answer = unstated_reason(context("Hvorfor blev besøget hos Caverion udsat?", [caverion]))
    assert answer is not None and answer.declined
    assert "ingen begrundelse" in answer.text and "»Udsættes«" in answer.text
    assert answer.citations[0].ref == caverion.ref
    # a question that asks no reason, or a decision that gives one, is answered as usual
    assert unstated_reason(context("Blev besøget hos Caverion udsat?", [caverion])) is None
    reasoned = archive.add(FEB, 2, "Studietur", {
        "Beslutning": "Udsættes, idet udvalget ønsker et prisoverslag."})
    assert unstated_reason(context("Hvorfor blev studieturen udsat?", [reasoned])) is None


@pytest.mark.parametrize("question", [
    "Gav erhvervsudvalget penge til Erhvervshus Hovedstaden, da direktøren var på besøg?",
    "Er det korrekt, at udvalget i marts 2025 sendte nøgletallene videre til Økonomiudvalget?",
    "fik kommunen lov til at ansætte flere GIS-folk på mødet i juni 2015?",
    "flere firmaer flyttede fra Ballerup i 2. kvartal 2020 – gjorde udvalget noget?",
])
def test_a_yes_no_question_on_what_the_committee_did_asks_for_its_decision(question) -> None:
    assert parse_question(question).kind == "decision"


def test_a_body_the_matter_was_sent_to_is_not_the_body_that_acted() -> None:
    assert not names_other_body("Sendte udvalget sagen videre til Økonomiudvalget?", [])
    assert names_other_body("Hvad besluttede Økonomiudvalget i oktober 2023?", [])


def test_udsat_as_vulnerable_is_no_postponement() -> None:
    assert asks_decision("Blev besøget hos Caverion udsat?")
    assert asks_decision("Udsatte udvalget sagen om studieturen?")
    assert not asks_decision("Hvordan definerer udsattestrategien det at være udsat?")
    assert not asks_decision("Hvad gør kommunen for socialt udsatte borgere?")


@pytest.mark.parametrize("sentence", [
    "Ungesporet sikrer, at der senest efter første måned er fyldt op med 15 unge.",
    "Det er jobcenteret, der bevilger løntilskuddet.",
    "Center for Arbejdsmarked indstiller, at orienteringen tages til efterretning.",
    "Modellen har krævet dispensation fra Det Regionale Arbejdsmarkedsråd (RAR).",
])
def test_a_unit_or_body_of_the_municipality_answers_who(sentence: str) -> None:
    assert holds(sentence, "person")


def test_a_sentence_without_anyone_does_not_answer_who() -> None:
    assert not holds("Vi har mange centre og et stort arbejdsmarked.", "person")


def test_a_long_word_one_keystroke_off_is_the_archives_word() -> None:
    vocab = {"beskæftigelsesstrategi", "iværksætterindsats", "uddannelseshjælp", "strategi"}
    ordered = sorted(vocab)
    found = known_forms(["beskæftigelsestrategi", "iværksæterindsats", "uddannelseshjlæp"],
                        vocab, ordered)
    assert found["beskæftigelsestrategi"] == ["beskæftigelsesstrategi"]
    assert found["iværksæterindsats"] == ["iværksætterindsats"]
    assert found["uddannelseshjlæp"] == ["uddannelseshjælp"]
    assert "kontorarbejd" not in known_forms(["kontorarbejd"], vocab, ordered)


def test_the_rarest_word_weighs_how_well_it_matches(archive) -> None:
    """A word the archive lacks has the highest idf, but a match by a compound part
    ("kontorarbejde" ↔ "arbejde") must not outrank a word the text holds as such."""
    archive.add(FEB, 1, "Nytteindsats", {"Sagsfremstilling": "Oprydning i kælderrum og arbejde."})
    archive.add(FEB, 2, "Andet", {"Sagsfremstilling": "Arbejde og arbejde igen."})
    have = frozenset({"kælderrum", "arbejd", "opryd"})
    assert rarest_named(["kontorarbejd", "kælderrum"], have, archive) == "kælderrum"
    assert rarest_named(["vindmøl"], have, archive) == ""


def test_a_definition_runs_on_into_its_unmarked_list() -> None:
    text = ("Særligt om borgere, der anses som særligt udsatte\n\n"
            "I kommunens udsattestrategi er udsathed defineret ved fraværet af:\n\n"
            "At have stabile rammer om livet\nAt kunne selv\nAt være noget for nogen.\n\n"
            "Alle tre parametre kan være i fare.")
    units = sentences(text)
    assert any("fraværet af: At have stabile rammer om livet At kunne selv At være noget"
               in u for u in units)
    assert units[-1] == "Alle tre parametre kan være i fare."


@pytest.mark.parametrize(("question", "aspect"), [
    ("Var der nogen, der havde meldt afbud til udvalgsmødet i sommeren 2015?", "absentees"),
    ("hvor mange sager var der på septembermødet i 2020?", "agenda"),
])
def test_a_meeting_named_by_its_season_or_asked_for_its_size(question: str, aspect: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", aspect)


def test_no_absence_is_told_with_who_took_part_and_the_agenda_with_its_size() -> None:

    from rag.compose.meeting import _body

    meeting = meeting_info(date(2015, 6, 9), ["Musa Kekec (A)", "Erling Andersen (A)"], [],
                           agenda=[(1, "Meddelelser", False), (2, "GIS-data", False)],
                           start_time="")
    told = _body(meeting, "absentees", "EBU")
    assert "nævner ingen afbud" in told and "Deltog: Musa Kekec (A), Erling Andersen (A)" in told
    assert "(2 punkter)" in _body(meeting, "agenda", "EBU")


def test_money_asked_of_a_decision_is_answered_from_the_economics_section() -> None:
    from rag.compose.decision import money_note

    sections = [("Sagsfremstilling", "Direktøren fortæller om Erhvervshuset."),
                ("Økonomiske konsekvenser og finansiering", "Ingen økonomiske konsekvenser.")]
    asked = "Gav erhvervsudvalget penge til Erhvervshus Hovedstaden?"
    assert money_note(asked, sections, "") == "Ingen økonomiske konsekvenser."
    assert money_note("Hvad sagde udvalget til besøget?", sections, "") == ""
    # already quoted from that section: not twice
    assert money_note(asked, sections, "Økonomiske konsekvenser og finansiering") == ""


def test_which_groups_is_answered_by_the_sentence_naming_target_groups(archive, context) -> None:
    """"hvilke grupper …": a compound with the noun as its head ("målgrupper") names the
    list; one with it as its first part ("gruppeleder") does not."""
    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 2, 6), 10, "Orientering om nytteindsatsen", {
        "Baggrund": ("Nytteindsatsen ledes af en gruppeleder og tre virksomhedskonsulenter, "
                     "der hjælper med jobsøgning i nytteindsatsen."),
        "Sagsfremstilling": ("Nytteindsatsen omfatter i dag primært ungegruppen samt jobparate "
                             "kontanthjælpsmodtagere, og fra 2025 flere målgrupper.")})
    archive.add(date(2023, 2, 7), 3, "Andet", {"Sagsfremstilling": "Noget helt andet."})
    answer = compose_fact(context("Hvilke grupper kommer i nytteindsatsen?", [item]))
    first = next(line for line in answer.text.splitlines() if line.startswith(">"))
    assert first.startswith("> Nytteindsatsen omfatter i dag primært ungegruppen samt jobparate")


def test_a_line_of_a_plan_by_month_says_its_month() -> None:
    """A sagsoversigt lists matters under month headings: the quote of one line must
    say when ("hvornår skulle udvalget have sagen om Forsvarets Indkøbsstyrelse?")."""
    plan = ("Der planlægges med følgende sager i 2023:\n\nSeptember:\n\nNøgletal\n\n"
            "Oktober:\n\nKlimapris til virksomheder\n"
            "Styrket samarbejde med Forsvarets Indkøbsstyrelse\n\n"
            "Det understreges, at planen er foreløbig.")
    units = sentences(plan)
    assert "Oktober: Styrket samarbejde med Forsvarets Indkøbsstyrelse" in units
    assert units[0].endswith("2023: September: Nøgletal")  # the plan's introduction
    assert "Det understreges, at planen er foreløbig." in units  # prose ends the list
    assert sentences("Mødet i oktober:\nDet blev aftalt.") == ["Mødet i oktober: Det blev aftalt."]


@pytest.mark.parametrize(("question", "aspect"), [
    ("hvad hed udvalget i september 2020", "name"),
    ("sad Enhedslisten med på udvalgsmødet i februar 2023?", "attendees"),
    ("hvornår sluttede mødet den 7. februar 2023?", "time"),
])
def test_more_questions_about_a_meeting(question: str, aspect: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", aspect)


def test_a_meetings_end_is_not_its_start(archive, context) -> None:
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting

    info = MeetingInfo("Ballerup", "EBU", FEB, "08:00", "Rådhuset", ["Musa Kekec (A)"], [],
                       [(1, "Meddelelser", False)], "referat", "x.txt")
    front = archive.add_meeting(info)
    end = compose_meeting(context("hvornår sluttede mødet den 7. februar 2023?", [front]))
    assert end.declined and "nævner ikke, hvornår mødet sluttede" in end.text
    assert "kl. 08:00" in end.text and end.citations
    start = compose_meeting(context("hvornår begyndte mødet den 7. februar 2023?", [front]))
    assert not start.declined and "08:00" in start.text
    name = compose_meeting(context("hvad hed udvalget den 7. februar 2023?", [front]))
    assert "hed udvalget EBU" in name.text


def test_a_word_the_archive_has_only_in_compounds_is_known() -> None:
    from referat.lexicon import starts_compound

    ordered = sorted({"energitjek", "energibesparels", "led", "ledig"})
    assert starts_compound("energi", ordered)
    assert not starts_compound("vindmøl", ordered)
    assert not starts_compound("led", ordered)  # too short to be a compound's part


def test_another_bodys_decision_is_looked_for_by_its_name() -> None:
    from rag.bodies import body_as_named, named_body

    question = "hvad besluttede Klima- og Miljøudvalget om datacentrene i januar 2024?"
    assert named_body(question) == "Miljøudvalget"
    assert body_as_named(question, "Miljøudvalget") == "Klima- og Miljøudvalget"
    assert named_body("Hvad var udfaldet af KKR-mødet i februar 2015?") == "KKR"
    assert named_body("Hvad besluttede udvalget om studieturen?") is None


def test_an_overview_quotes_every_item_that_speaks_of_it(archive, context) -> None:
    from rag.compose.fact import compose_fact
    from rag.overview import asks_overview

    assert asks_overview("hvilke møder har Rita Bråten været med til?")
    assert asks_overview("Hvad står der om mentorer i udvalgets referater?")
    assert not asks_overview("Hvad besluttede udvalget om mentorerne?")
    first = archive.add(date(2015, 6, 9), 7, "Støttekontaktpersoner og mentorer", {
        "Sagsfremstilling": "Mentorstøtte til unge bevilges fremover kun jobrettet."})
    later = archive.add(date(2024, 2, 6), 1, "Meddelelser", {
        "Beskrivelse": "Icehearts giver børn en mentor i en længere periode."})
    answer = compose_fact(context("Hvad står der om mentorer i udvalgets referater?",
                                  [first, later]))
    assert {c.ref for c in answer.citations} == {first.ref, later.ref}
    assert "jobrettet" in answer.text and "Icehearts" in answer.text


def test_a_meetings_items_by_the_outcome_asked(archive, context) -> None:
    """"hvilke sager sendte udvalget videre …?": the items recommended to another body."""
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting

    day = date(2015, 6, 9)
    archive.add(day, 1, "Meddelelser", {"Beslutning": "Taget til efterretning"})
    archive.add(day, 2, "Høringssvar", {"Beslutning": "Indstilles til godkendelse",
                                        "Beslutningen træffes af": "Kommunalbestyrelsen"})
    archive.add(day, 3, "Studietur", {"Beslutning": "Udsættes"})
    committee = next(iter(archive.views)).committee
    info = MeetingInfo("Ballerup", committee, day, "", "", [], [],
                       [(1, "Meddelelser", False), (2, "Høringssvar", False),
                        (3, "Studietur", False)], "referat", "x.txt")
    front = archive.add_meeting(info)
    sent = compose_meeting(context("hvilke sager sendte udvalget videre i juni 2015?", [front]))
    assert "Punkt 2: Høringssvar" in sent.text and "Punkt 1" not in sent.text
    assert "træffes af Kommunalbestyrelsen" in sent.text
    assert [c.ref.punkt for c in sent.citations] == [2]
    postponed = compose_meeting(context("hvilke punkter blev udsat på mødet i juni 2015?",
                                        [front]))
    assert "Punkt 3: Studietur" in postponed.text and "Punkt 2" not in postponed.text


def test_a_quarter_is_the_datas_period_not_a_missing_meeting() -> None:
    """A decision question naming "2. kvartal 2020" (no meeting in it) is answered from
    the meeting that reported it, not declined as a missing meeting; a named month is."""
    from types import SimpleNamespace

    from rag.names import ArchiveNames
    from rag.scope import scope

    sept = SimpleNamespace(date=date(2020, 9, 8))
    lookup = SimpleNamespace(names=ArchiveNames(["Ballerup"], ["EBU"]),
                             meetings_in=lambda f: [sept] if not f.date_from or (
                                 f.date_from <= sept.date <= f.date_to) else [])
    quarter = parse_question("flere firmaer flyttede i 2. kvartal 2020 – gjorde udvalget noget?")
    assert quarter.kind == "decision"
    assert scope(quarter, None, lookup)[1] is None
    month = parse_question("hvad besluttede udvalget på mødet i maj 2020?")
    assert "intet møde" in (scope(month, None, lookup)[1] or "")


def test_a_body_that_recommends_to_another_has_sent_it_on() -> None:
    from rag.compose.decision import outcome

    assert outcome("Økonomiudvalget anbefaler overfor Byrådet, at indstillingen godkendes.") \
        == "anbefalet"
    assert outcome("Anbefales.") == "anbefalet"
    assert outcome("Godkendt.") == "godkendt"


def test_an_either_or_question_gets_no_yes_or_no(archive, context) -> None:
    """"…, eller skulle det laves om?" asks which, not whether: the answer leads with
    what happened, never "Ja."."""
    from rag.compose.decision_answer import compose_decision
    from rag.intent import asks_alternative

    assert asks_alternative("Vedtog udvalget høringssvaret selv, eller skulle det videre?")
    assert not asks_alternative("Blev høringssvaret godkendt?")
    item = archive.add(FEB, 3, "Brandingplatform", {
        "Sagsfremstilling": "Det første grafiske design blev præsenteret for udvalget.",
        "Beslutning": "Godkendt"})
    either = compose_decision(context(
        "var politikerne tilfredse med designet, eller skulle det laves om?", [item]), item)
    assert either is not None and not either.text.startswith(("Ja", "Nej", "Referatet svarer"))
    plain = compose_decision(context("Blev designet godkendt?", [item]), item)
    assert plain is not None and plain.text.startswith("Ja.")
