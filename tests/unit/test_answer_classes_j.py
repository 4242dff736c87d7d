"""Answer classes found by the j-batch (40 questions in everyday words, scored before
any fix): the council's decision asked of a committee's minutes; a meeting asked for
by its weekday or by an office holder of the municipality; a wage as an amount; a
counted noun owned by a name; a guest who took part under several items; where a
matter is mentioned across the archive."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("question", "body"), [
    ("Hvad endte byrådet med at beslutte om studieturen til Lund?", "byrådet"),
    ("Hvornår vedtog Kommunalbestyrelsen strategien?", "kommunalbestyrelsen"),
    ("hvad besluttede kommunalbestyrelsen om honoraret?", "kommunalbestyrelsen"),
    ("Sendte udvalget sagen videre til byrådet?", None),
])
def test_the_council_as_the_body_that_decided(question: str, body: str | None) -> None:
    from rag.bodies import named_body, names_other_body

    assert names_other_body(question, []) is (body is not None)
    assert named_body(question) == body
    # an archive that holds the council's own minutes answers from them
    assert not names_other_body(question, ["Byrådet"])


def test_the_council_named_only_as_where_the_matter_goes_has_not_decided(
        archive, context) -> None:  # noqa: ANN001 - fixtures
    from rag.premises import unreported_body

    sent_on = archive.add(date(2023, 2, 7), 5, "Studietur til Lund", {
        "Beslutning": "Indstillingen godkendt. Saime Bilen Inanc (Ø) benyttede "
                      "standsningsretten, hvorfor sagen overgår til behandling i "
                      "Kommunalbestyrelsen.",
        "Sagsfremstilling": "Udvalget tager på studietur til Lund i november 2023."})
    answer = unreported_body(context("Hvad endte byrådet med at beslutte om studieturen "
                                     "til Lund?", [sent_on]))
    assert answer is not None and answer.declined
    assert "byrådet besluttede" in answer.text
    assert [c.ref.punkt for c in answer.citations] == [5]

    decided = archive.add(date(2025, 3, 18), 5, "Status på det sociale ansvar", {
        "Sagsfremstilling": "Strategien blev vedtaget på Kommunalbestyrelsens møde den "
                            "19. juni 2017, punkt 4."})
    assert unreported_body(context("Hvornår vedtog byrådet strategien for det sociale "
                                   "ansvar?", [decided])) is None


def test_a_meeting_asked_for_by_weekday_or_office_holder(archive, context, front_page
                                                         ) -> None:  # noqa: ANN001
    from rag.compose.meeting import compose_meeting
    from rag.query import parse_question

    weekday = parse_question("Hvilken ugedag mødtes erhvervs- og beskæftigelsespolitikerne "
                             "i februar 2023?")
    assert (weekday.kind, weekday.meeting_aspect) == ("meeting", "time")
    answer = compose_meeting(context(weekday.text, [front_page]))
    assert "var en tirsdag" in answer.text and "kl. 08:00" in answer.text

    question = "Sad kommunens 2. viceborgmester med ved udvalgsmødet i starten af februar 2023?"
    assert parse_question(question).meeting_aspect == "attendees"
    answer = compose_meeting(context(question, [front_page]))
    assert "Allan Kristensen (C) (2. viceborgmester)" in answer.text
    assert "Musa Kekec" not in answer.text
    # a topic beside the office holder keeps it a question about an item
    assert parse_question("Var erhvervschefen med til mødet om Jobcamp?").kind != "meeting"


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvad får en 15-årig i timeløn i et fritidsjob?", "amount"),
    ("hvad er timelønnen for unge i fritidsjob", "amount"),
    ("Hvad mente udvalget om honoraret for at sidde i råd og nævn?", "free"),
    ("hvor mange er i løntilskud hos kommunen?", "count"),
])
def test_a_wage_is_an_amount(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked


@pytest.mark.parametrize(("question", "counted"), [
    ("Hvor mange af Erhvervshus Hovedstadens corona-millioner er endt hos firmaerne?",
     "millioner"),
    ("hvor mange Ballerup-borgere er i job?", "borgere"),
    ("Hvor mange nye virksomheder kom til?", "virksomheder"),
])
def test_the_counted_noun_is_past_the_name_that_owns_it(question: str, counted: str) -> None:
    """"seks erhvervshuse" does not answer how many of Erhvervshus Hovedstaden's millions
    went to the firms: the noun counted is the compound's head after the owner's name."""
    from rag.compose.asked_nouns import COUNTED as _COUNTED

    assert _COUNTED.search(question).group(1) == counted


def test_a_guest_under_several_items_is_found_under_each(archive, context) -> None:
    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting

    day = date(2023, 2, 7)
    line = "På udvalgets møde deltager erhvervsudviklingschef Claudia Westh Lonning."
    for n, title in [(1, "Besøg hos Caverion"), (3, "Erhvervshus"), (5, "Studietur")]:
        archive.add(day, n, title, {"Yderligere deltagelse": line}, committee="EBU")
    archive.add(day, 4, "Nøgletal", {"Sagsfremstilling": "Ledigheden faldt."},
                committee="EBU")
    front = archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", day, "", "Rådhuset", ["Musa Kekec (A)"], [],
        [(1, "Besøg hos Caverion", False), (3, "Erhvervshus", False), (4, "Nøgletal", False),
         (5, "Studietur", False)], "referat", "x.txt"))
    answer = compose_meeting(context("I hvilke sager på mødet 7. februar 2023 deltog "
                                     "erhvervsudviklingschef Claudia Westh Lonning?", [front]))
    assert [c.ref.punkt for c in answer.citations] == [1, 3, 5]


def test_where_a_matter_is_mentioned_lists_each_item_in_date_order(archive, context) -> None:
    from rag.compose.mentions import asks_mentions, compose_mentions

    later = archive.add(date(2024, 2, 6), 8, "Unge på uddannelseshjælp", {
        "Sagsfremstilling": "Eksempelvis har 15 pct. en indsats i Brydehuset samtidigt med "
                            "en aktiv sag i Jobcentret. Der er 270 unge i målgruppen."})
    earlier = archive.add(date(2020, 9, 8), 7, "Psykiatripolitik", {
        "Sagsfremstilling": "Politikken har været i høring hos Handicaprådet og Brydehuset. "
                            "Se mere på https://brydehuset.example.dk"})
    other = archive.add(date(2023, 2, 7), 5, "Studietur til Lund", {
        "Sagsfremstilling": "Udvalget tager på studietur til Lund."})
    question = "Brydehuset – i hvilke sammenhænge er det nævnt i udvalgets referater?"
    assert asks_mentions(question)
    answer = compose_mentions(context(question, [later, other, earlier]))
    assert answer is not None and not answer.declined
    assert [c.ref.punkt for c in answer.citations] == [7, 8]  # date order, Lund not named
    assert "»Brydehuset« nævnes i 2 punkter" in answer.text
    assert "270 unge" not in answer.text  # the sentence on it, not the whole item
    # a matter referred to ("som blev nævnt på sidste møde") is no such question
    assert not asks_mentions("Iris Groups indeks, som blev nævnt på sidste møde – hvor "
                             "kommer tallene fra?")
    assert compose_mentions(context("Hvor er Vindmøllelauget nævnt?", [other])) is None


def test_which_committee_treated_a_matter_is_said_first(archive, context) -> None:
    from rag.compose.committee import asks_committee, with_committee
    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 3, 13), 7, "Lokalplan for Tune Bymidte", {
        "Sagsfremstilling": "Lokalplanen for Tune Bymidte muliggør 120 nye boliger."},
        committee="Teknik- og Miljøudvalget", municipality="Greve")
    question = "Hvilket udvalg behandlede lokalplanen for Tune Bymidte?"
    assert asks_committee(question)
    answer = with_committee(context(question, [item]), compose_fact(context(question, [item])))
    assert answer.text.startswith("Teknik- og Miljøudvalget behandlede sagen på mødet den "
                                  "13. marts 2024 (punkt 7: Lokalplan for Tune Bymidte).")
    assert not asks_committee("Hvilket udvalg mente, at gennemgangen skulle være færdig?")
