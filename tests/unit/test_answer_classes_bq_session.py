"""Answer classes found in the eighteenth session on the dev halves of earlier blind
batches and fresh ones (bq: the seeds, pc: Greve and the formats examples): a meeting
asked by its time and then "manglede der nogen?", the administration's centres at a
meeting, and a named person's attendance at a meeting named by what happened there."""

from __future__ import annotations

from datetime import date
from typing import Any

from rag.compose.multi import split_parts
from rag.compose.scene import scene_person
from rag.query import parse_question
from referat.domain import ItemRef


def test_a_second_part_asking_who_was_away_follows_the_meeting_of_the_first() -> None:
    """"Hvornår på dagen gik EB-udvalget i gang d. 8. september 2020, og manglede der
    nogen?": the first part names the meeting by its body and its start, so the second
    asks the same meeting's apologies (followed up from the first part's answer), not
    a matter made of the first part's words ("manglede der nogen dagen eb gang …")."""
    parts = split_parts("Hvornår på dagen gik EB-udvalget i gang d. 8. september 2020, og "
                        "manglede der nogen?")
    assert parts == ["Hvornår på dagen gik EB-udvalget i gang d. 8. september 2020?",
                     "manglede der nogen?"]
    # an event's time names no meeting: the later part keeps the first part's matter
    parts = split_parts("Hvornår starter nytårskuren, og hvem taler der?")
    assert len(parts) == 2 and "nytårskur" in parts[1]


def test_the_administrations_centres_at_a_meeting_are_its_list() -> None:
    """"hvem deltog fra administrationens centre ved mødet 9/6-2015": the meeting's
    list (its staff), not items that speak of centres."""
    q = parse_question("hvem deltog fra administrationens centre ved mødet 9/6-2015")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_a_named_persons_attendance_at_a_meeting_named_by_what_happened_there(
        archive: Any, context: Any) -> None:
    """"Dennis Sørensen (A) – var han med, da udvalget så udkastet til ny
    beskæftigelsesstrategi?": his entry in the list of the meeting whose item says the
    clause's words — not the meeting of an item that only names a person, and nothing
    when nobody is named."""
    from tests.unit.item_context import meeting_info

    strategy_day, chair_day = date(2020, 9, 8), date(2025, 3, 18)
    archive.add_meeting(meeting_info(strategy_day, ["Musa Kekec (A)"],
                                     ["Dennis Sørensen (A)"]))
    archive.add_meeting(meeting_info(chair_day, ["Dennis Sørensen (A)"], []))
    chair = archive.add(chair_day, 2, "Valg af formand under Dennis Sørensens fravær",
                        {"Beslutning": "Dennis Sørensen (A) blev valgt."}, committee="EBU")
    strategy = archive.add(strategy_day, 6, "Ny beskæftigelsesstrategi", {
        "Resume": "I sagen præsenteres udkast til ny beskæftigelsesstrategi.",
        "Beslutning": "Indstillingen godkendt."}, committee="EBU")
    for item in (chair, strategy):
        old = item.ref
        item.ref = ItemRef("Ballerup", "EBU", old.date, "08:00", old.punkt)
        archive.views[item.ref] = archive.views.pop(old)
    asked = ("Dennis Sørensen (A) – var han med, da udvalget så udkastet til ny "
             "beskæftigelsesstrategi?")
    answer = scene_person(context(asked, [chair, strategy]))
    assert answer is not None and answer.text.startswith("Nej")
    assert "afbud" in answer.text and answer.citations[0].ref.date == strategy_day
    assert scene_person(context("Hvem var med, da udvalget så udkastet til ny "
                                "beskæftigelsesstrategi?", [chair, strategy])) is None


def test_a_month_range_that_is_a_quarter_or_a_half_is_the_reported_period() -> None:
    """"hvad var tallet for april-juni 2020?" asks the second quarter's figures, which a
    later meeting reports, like "2. kvartal 2020"; "januar-juni 2024" is a half-year;
    "februar-april 2024" stays a span of months."""
    from referat.periods import find_periods

    kinds = {t: [p.kind for p in find_periods(t)] for t in (
        "hvad var tallet for april-juni 2020", "oktober-december 2023",
        "januar-juni 2024", "juli-december 2022", "februar-april 2024")}
    assert kinds == {"hvad var tallet for april-juni 2020": ["quarter"],
                     "oktober-december 2023": ["quarter"], "januar-juni 2024": ["half"],
                     "juli-december 2022": ["half"], "februar-april 2024": ["month"]}
    q = parse_question("Nystartede firmaer i Ballerup: hvad var tallet for april-juni 2020?")
    assert q.period_kind == "quarter"


def test_a_limit_asked_is_no_topic_and_a_scheme_is_known_by_both_its_names() -> None:
    """"Hvor lang tid må et nyttejob højst vare?": "højst" asks the limit, the minutes
    say "Nytteindsatsen kan maksimalt vare 13 uger" — one scheme, two names."""
    from referat.synonyms import synonyms

    assert parse_question("Hvor lang tid må et nyttejob højst vare?").topic == ["nyttejob"]
    assert "nytteindsats" in synonyms()["nyttejob"]


def test_a_firms_seat_is_a_place_and_who_in_the_municipality_proposed_is_the_proposer(
) -> None:
    """"hvor har de deres hovedsæde herhjemme?" asks a place ("De har hovedkontor i
    Vejle"); "Hvem i kommunen stod bag indstillingen om …?" asks the unit that proposed
    it, like "hvem stod bag indstillingen?"."""
    from rag.intent import asked_type
    from rag.roles import who_role
    from referat.synonyms import synonyms

    assert asked_type("Og hvor har de deres hovedsæde herhjemme?") == "place"
    assert "hovedkontor" in synonyms()["hovedsæd"]
    assert who_role("Hvem i kommunen stod bag indstillingen om høringssvaret til KKR?") == \
        "proposer"
    assert who_role("Hvem i kommunen fik brevet?") != "proposer"


def test_an_item_only_discussed_answers_no_yes_no_question_by_its_decision(
        archive: Any, context: Any) -> None:
    """"Er de unge dårligere uddannet end landsgennemsnittet?" and the item's decision
    is "Sagen blev drøftet": the text answers, not the decision (like "Taget til
    efterretning"); a decision that goes on after "drøftet" decides."""
    from rag.compose.decision import only_noted

    day = date(2024, 2, 6)
    talked = archive.add(day, 8, "Temadrøftelse: Unge", {"Beslutning": "Sagen blev drøftet"})
    decided = archive.add(day, 9, "Idræt", {
        "Beslutning": "Drøftet. Udvalget besluttede at fortsætte samarbejdet."})
    ctx = context("Er de unge dårligere uddannet end landsgennemsnittet?", [talked, decided])
    assert only_noted(ctx, talked) and not only_noted(ctx, decided)


def test_a_role_asked_at_a_named_meeting_is_read_off_its_list() -> None:
    """"Var erhvervschefen med på junimødet 2015?": the meeting's list, like "var
    Dennis Sørensen med på mødet 8. september 2020?"."""
    q = parse_question("Var erhvervschefen med på junimødet 2015?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")
    # ("var hele udvalget med …?": the whole list, and who was away)
    q = parse_question("Var hele beskæftigelses- og erhvervsudvalget i Greve med på mødet i "
                       "februar 2024?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_a_month_typed_with_a_slip_names_its_month() -> None:
    """"i starten af sepetmber 2024" asks about September 2024 (not the whole year);
    words that only look like a month stay."""
    from referat.periods import find_periods
    from referat.word_typos import respell_months

    fixed = respell_months("Hvor mødtes teknikudvalget i starten af sepetmber 2024?")
    assert [(p.kind, p.month) for p in find_periods(fixed)] == [("month", 9)]
    assert respell_months("oktobr, novmber og febuar") == "oktober, november og februar"
    assert respell_months("marken, marked og decimal") == "marken, marked og decimal"


def test_absence_noted_at_an_item_answers_who_was_missing(archive: Any, context: Any) -> None:
    """"Hvornår og i hvilket lokale holdt socialudvalget møde i april 2024 – og manglede
    der nogen?": the list marks no one absent, punkt 1's decision ends "Fraværende: Anne
    Marie Lyduch" — the answer names her with the item, and gives the time and place."""
    from rag.compose.meeting import compose_meeting
    from tests.unit.item_context import meeting_info

    day = date(2024, 4, 22)
    front = archive.add_meeting(meeting_info(
        day, ["Maria Witthøft", "Anne Marie Lyduch"], [], place="Mødelokale 6+7",
        agenda=[(1, "Godkendelse af dagsorden", False), (2, "Budget", False)]))
    for punkt, decision in ((1, "Godkendt.\nFraværende: Anne Marie Lyduch"),
                            (2, "Anbefales.\nFraværende: Ingen")):
        item = archive.add(day, punkt, "x", {"Beslutning": decision}, committee="EBU")
        archive.views[ItemRef("Ballerup", "EBU", day, "08:00", punkt)] = archive.views.pop(
            item.ref)
    asked = ("Hvornår og i hvilket lokale holdt udvalget møde den 22. april 2024 – og "
             "manglede der nogen?")
    text = compose_meeting(context(asked, [front])).text
    assert "Anne Marie Lyduch (punkt 1)" in text and "Ingen" not in text
    assert "Mødelokale 6+7" in text and "08:00" in text


def test_a_year_a_document_is_for_is_no_title_preference() -> None:
    """"… ifølge status på erhvervshandlingsplanen for 2023?" keeps retrieval's order:
    preferring titles that name 2023 put "Sagsoversigt 2023" first (tried on dev and
    dropped); a quarter a report's title names still is one."""
    from rag.period_scope import titled_labels, titled_period_first
    from referat.domain import RetrievedItem

    plan = "Hvad er vedtaget ifølge status på erhvervshandlingsplanen for 2023?"
    assert titled_labels(plan) == []
    overview = RetrievedItem(ItemRef("Ballerup", "EBU", date(2023, 2, 7), "", 7),
                             "Sagsoversigt 2023", False, 0.9)
    theme = RetrievedItem(ItemRef("Ballerup", "EBU", date(2024, 2, 6), "", 4),
                          "Temadrøftelse: Erhverv", False, 1.0)
    assert titled_period_first(plan, [theme, overview])[0] is theme
    assert titled_labels("benchmarkingen for 3. kvartal 2023?") == ["3. kvartal 2023"]


def test_this_year_in_a_later_part_is_the_year_the_first_part_names() -> None:
    """"Hvem står bag Havets Folkemøde i august 2024, og hvilken kommune er tovholder i
    år?": "i år" is 2024, not the year the question is asked."""
    parts = split_parts("Hvem står bag Havets Folkemøde i august 2024, og hvilken kommune "
                        "er tovholder i år?")
    assert "i 2024" in parts[1] and "i år" not in parts[1]


def test_a_winter_across_two_shortened_years_and_the_period_after_mødet() -> None:
    """"i vinteren 23/24" is December 2023 – February 2024; of a season and a month,
    the one after "mødet" names the meeting ("… i vinterhalvåret? (mødet i
    september)")."""
    from referat.periods import find_period

    winter = find_period("hvem blev ny totalentreprenør i vinteren 23/24?")
    assert winter is not None and (winter.start, winter.end) == (date(2023, 12, 1),
                                                                 date(2024, 2, 29))
    met = find_period("Ville de lukke om fredagen i vinterhalvåret? (mødet i september)")
    assert met is not None and (met.kind, met.month) == ("month", 9)


def test_a_partys_representative_at_a_meeting_is_read_off_its_list() -> None:
    """"Havde Ø en repræsentant med ved bordet i Lokale 29 den 9. juni 2015?": the
    meeting's list, not items that speak of representatives."""
    q = parse_question("Havde Ø en repræsentant med ved bordet i Lokale 29 den 9. juni 2015?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_counts_from_several_reports_each_named_with_fra_are_asked_one_by_one() -> None:
    """"… hvor mange talte man i opgørelserne fra 2015, fra vinteren 2023 og fra marts
    2025?": three questions, each of one report, and "talte" is the asking, not the
    noun counted."""
    from rag.compose.multi import period_parts

    parts = period_parts("Nyttejobbere – hvor mange talte man i opgørelserne fra 2015, fra "
                         "vinteren 2023 og fra marts 2025?")
    assert [p.rsplit("fra ", 1)[1] for p in parts] == ["2015?", "vinteren 2023?", "marts 2025?"]
    assert "talt" not in parse_question(parts[0]).topic


def test_a_bodys_name_typed_with_a_slip_is_spelled_as_the_archive_writes_it() -> None:
    """"Hvad besluttede økonomiudvlaget …?" asks Økonomiudvalget; an ordinary word the
    archive lacks ("manglede", one edit from "manglene") stays as typed."""
    from referat.typos import respell_typos

    vocab = {"økonomiudvalg", "manglen", "mangl"}
    assert respell_typos("Hvad besluttede økonomiudvlaget i august?", vocab) == \
        "Hvad besluttede økonomiudvalget i august?"
    assert respell_typos("Hvor mange manglede der?", vocab) == "Hvor mange manglede der?"


def test_meetings_of_a_year_after_the_archive_are_asked_of_its_meeting_calendars(
        archive: Any) -> None:
    """"Hvornår holder byrådet møde i juni 2025?" with minutes up to 2024 and an item
    "Mødekalender for Byrådet og Økonomiudvalget": asked of the calendar (no period
    filter), not "Der er intet møde i juni 2025"; what was decided then is not."""
    from rag.meeting_plans import planned_calendar
    from referat.domain import Filters
    from tests.unit.item_context import meeting_info

    day = date(2024, 6, 26)
    archive.add_meeting(meeting_info(day, ["Pernille Beckmann"], []))
    archive.add(day, 15, "Mødekalender for Byrådet og Økonomiudvalget", {
        "Sagsfremstilling": "Forslag til samlet politisk mødekalender for 2025."})
    asked = parse_question("Hvornår holder byrådet møde i juni 2025?")
    assert planned_calendar(asked, Filters(), archive, date(2025, 6, 1))
    assert asked.kind == "fact" and asked.date_from is None
    decided = parse_question("Hvad besluttede byrådet i juni 2025?")
    assert not planned_calendar(decided, Filters(), archive, date(2025, 6, 1))
    assert not planned_calendar(parse_question("Hvornår holder byrådet møde i juni 2024?"),
                                Filters(), archive, date(2024, 6, 1))


def test_a_club_asked_for_is_named_by_its_sport_or_its_initials() -> None:
    """"Hvilken forening har en slidt atletikbane?" — "Greve Atletik – atletikbanen er
    slidt" names it though the sentence never says "forening"; a sentence with no name
    does not."""
    from rag.compose.near_miss import names_one

    asked = "Hvilken forening har en slidt atletikbane?"
    assert names_one("- Greve Atletik – atletikbanen er slidt", asked, ["Greve"])
    assert names_one("Karlslunde IF har søgt om kunstgræs.", asked, ["Greve"])
    assert not names_one("Atletikbanen er slidt og skal renoveres.", asked, ["Greve"])


def test_time_and_place_asked_together_and_an_act_of_another_forum() -> None:
    """"Hvad tid og hvor mødtes udvalget d. 9. juni 2015?" is one question (like "Hvor
    og hvornår …?"), not "Hvad tid?" and a second one; "vedtaget i Hoved-MED i oktober
    2023" dates the MED system's act, not a meeting of the archive's committee."""
    from rag.bodies import names_other_body

    asked = "Hvad tid og hvor mødtes Erhvervs- og Beskæftigelsesudvalget d. 9. juni 2015?"
    assert split_parts(asked) == [asked]
    assert names_other_body("Blev retningslinjen vedtaget i Hoved-MED i oktober 2023?",
                            ["EBU"])
    assert not names_other_body("Blev retningslinjen vedtaget i oktober 2023?", ["EBU"])


def test_afgjort_is_the_asking_not_the_matter() -> None:
    """"Hvordan blev temadrøftelsen om erhverv afgjort?" asks the decision, like
    "besluttet": "afgjort" is no word the item must hold."""
    assert "afgjort" not in parse_question("Hvordan blev temadrøftelsen om erhverv afgjort?"
                                           ).topic


def test_a_task_placed_with_a_named_body_answers_who() -> None:
    """"Hvem er projektleder …?" — "Projektlederansvaret ligger hos TEC i Ballerup.":
    a body named as where the task lies is a who-answer; "ligger hos borgeren" is not."""
    from rag.compose.typed import holds

    asked = "Hvem er projektleder på projektet om flere praktikpladser?"
    assert holds("Projektlederansvaret ligger hos TEC i Ballerup.", "person", question=asked)
    assert not holds("Ansvaret ligger hos den enkelte borger.", "person", question=asked)


def test_a_claims_date_is_checked_not_taken_for_a_meeting() -> None:
    """"Jeg har hørt at … borgermøde … blev holdt den 9. marts 2024 – er det rigtigt?"
    is a claim to check (the minutes say 9. april), not a question about a meeting on
    9 March that the archive does not hold."""
    from rag.intent import is_claim

    assert is_claim("Jeg har hørt at borgermødet blev holdt den 9. marts 2024 – er det "
                    "rigtigt?")
    assert is_claim("Er det rigtigt, at udvalget godkendte studieturen?")
    assert not is_claim("Hvornår blev borgermødet holdt?")
