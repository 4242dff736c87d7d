"""Answer classes found by the a-batch (fresh questions on the seeds, half of them held
out): an "om" that is not "about"; two question words asked together; staff asked for
by what they are; attendance of a title; a day asked, not a year; a year long before
the meeting asked of a figure that names none."""

from __future__ import annotations

from rag.compose.multi import split_parts
from rag.compose.typed import DAY_ASKED, names_day
from rag.compose.when import latest_asked_year, other_years_only
from rag.follow_up import has_own_topic
from rag.intent import asked_type
from rag.premises import asked_matter
from rag.query import parse_question
from rag.roles import asked_role
from referat.periods import find_periods


def test_an_om_that_means_whether_or_per_names_no_matter() -> None:
    assert asked_matter("Udvalget skulle se på, om nogle af politikkerne kunne skrottes – "
                        "hvad endte de med at sige til beskæftigelsesstrategien?") is None
    assert asked_matter("Hvor mange timer om måneden arbejder de i snit?") is None
    assert asked_matter("Hvad mener udvalget om at stille vindmøller op?") == \
        "at stille vindmøller op"
    assert asked_matter("Har udvalget sagt ja til at betale kørekort for unge ledige?") == \
        "at betale kørekort for unge ledige"

def test_two_question_words_asked_together_are_one_question() -> None:
    question = "Konferencerne i meddelelserne – hvor og hvornår blev de holdt?"
    assert split_parts(question) == [question]

def test_a_verb_before_der_after_og_starts_a_new_part() -> None:
    parts = split_parts("Hvilke centerchefer var til stede, da udvalget holdt møde i "
                        "februar 2023, og manglede der nogen?")
    assert parts[1] == "manglede der nogen?"
    question = "Blev studieturen godkendt, og hvis der er plads, må suppleanter så deltage?"
    assert split_parts(question) == [question]

def test_a_follow_up_on_absence_has_no_topic_of_its_own() -> None:
    q = parse_question("manglede der nogen?")
    q.topic = ["mangl"]  # as the index's vocabulary knows the word (`known_words`)
    assert not has_own_topic(q, "")
    assert has_own_topic(parse_question("manglede der penge til studieturen?"), "")

def test_people_asked_for_by_what_they_are_is_a_who_question() -> None:
    q = parse_question("Hvilke medarbejdere deltog i temadrøftelsen om erhverv i 2024?")
    assert q.kind == "who"
    assert asked_type("Hvilke andre konsulenter var med?") == "person"
    assert asked_type("Hvilke lederuddannelser findes der?") == "free"

def test_a_titles_attendance_is_a_meeting_question() -> None:
    q = parse_question("Var centerchefen for Arbejdsmarked til stede 7/2-23?")
    assert q.kind == "meeting"
    assert asked_role("Mødet 8.9.2020 – var centerchefen for By, Erhverv og Miljø med?") == \
        "chef"

def test_a_day_asked_is_not_answered_by_a_year_or_a_range() -> None:
    assert DAY_ASKED.search("Fra hvilken dato kan virksomhederne bestille energitjekket?")
    assert not names_day("Senest i 2025 er energiforbruget reduceret med 15 pct.")
    assert not names_day("Gladsaxe kører 5-6 tjek om året.")
    assert names_day("Ansøgningsfristen er 1. april 2025.")
    assert names_day("Mødet holdes 7/2.")


def test_a_year_long_before_the_meeting_must_be_named_by_the_sentence() -> None:
    asked = [p for p in find_periods("i 2021") if p.kind == "year"]
    figure = "Ungesporet er fyldt op med 15 unge."
    assert other_years_only(figure, asked, 2024, 1, latest=2021)
    assert not other_years_only(figure, asked, 2022, 1, latest=2021)
    # ... unless the question also asks a period near the meeting
    assert not other_years_only(figure, asked, 2025, 1, latest=2024)
    assert not other_years_only("I 2021 var der 250 unge.", asked, 2024, 1, latest=2021)


def test_a_title_named_first_and_asked_after_by_pronoun() -> None:
    question = ("Centerchefen for skoler, institutioner og kultur – var han med, da udvalget "
                "mødtes 7/2-23?")
    assert asked_role(question) == "chef"
    assert parse_question(question).kind == "meeting"
    assert asked_role("Studieturen – var den dyr?") is None


def test_the_reviews_counter_examples_keep_their_reading() -> None:
    assert asked_matter("Hvad ville udvalget gerne vide om vindmøllerne?") == "vindmøllerne"
    assert parse_question("Hvilke borgere deltager i IPS-forløb?").kind != "who"
    assert asked_type("Hvilke virksomheder deltager i energitjekket?") != "person"
    for question in ("Hvad er status på IPS-indsatsen, og antallet der er kommet i job?",
                     "Hvem deltog fra administrationen, og eventuelt nogen udefra?"):
        assert split_parts(question) == [question]
    assert latest_asked_year("Hvor mange butikker kommer der i centret, som blev planlagt i "
                             "2020?") == 9999
    assert latest_asked_year("Hvor mange unge har været i Ungesporet fra 2021 til i dag?") \
        == 9999
    assert latest_asked_year("Hvor mange unge var der på uddannelseshjælp i 2021?") == 2021
