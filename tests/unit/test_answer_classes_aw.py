"""Answer classes found this session on dev (the aw-batch's dev half and av010's class):
a line that only repeats the question is no answer; a count of a hyphenated compound
counts its head ("én IPS-konsulent"); a compound with a people noun as its head counts
people ("ydelsesmodtagere" — "40-45 borgere"); a figure restated as "Det svarer til …"
is shown with the sentence it restates; "hvor stor en …" and "pga." are no topic words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.item_context import item_context

_MARCH = date(2025, 3, 18)
_JUNE = date(2015, 6, 9)


def _ctx(question: str, items: list[tuple[int, str, date]], sections: dict[int, list]):  # noqa: ANN202
    return item_context(question, items, sections, confidence=0.9)


_NEWS = ("4. Jobcenter Ballerup har fået ny leder. Hun begynder 1. august 2015.\n"
         "5. Status på Kompetencecentret.\n"
         "6. KL Erhvervskonference i Aarhus den 24. august 2015.")


@pytest.mark.parametrize("question", [
    "Hvad gik statussen på Kompetencecentret ud på, som stod i meddelelserne i juni 2015?",
    "Hvad stod der i statussen om Kompetencecentret i juni 2015?",
])
def test_a_line_that_only_repeats_the_question_is_no_answer(question: str) -> None:
    from rag.compose.fact import compose_fact

    answer = compose_fact(_ctx(question, [(1, "Meddelelser", _JUNE)],
                               {1: [("Beskrivelse", _NEWS),
                                    ("Beslutning", "Taget til efterretning")]}))
    assert answer.declined
    assert answer.text.startswith("Det står ikke i referaterne.")
    assert "nævner kun »5. Status på Kompetencecentret.«" in answer.text
    assert "Erhvervskonference" not in answer.text  # not the next point of the list
    assert answer.citations[0].ref.punkt == 1  # the item that was found is cited


def test_a_line_that_says_more_than_the_question_answers_it() -> None:
    from rag.compose.fact import compose_fact

    news = _NEWS.replace("5. Status på Kompetencecentret.",
                         "5. Status på Kompetencecentret: centret flytter til Lautrupvang.")
    answer = compose_fact(_ctx("Hvad gik statussen på Kompetencecentret ud på?",
                               [(1, "Meddelelser", _JUNE)],
                               {1: [("Beskrivelse", news)]}))
    assert not answer.declined
    assert "flytter til Lautrupvang" in answer.text


@pytest.mark.parametrize("sentence, question, repeats", [
    ("5. Status på Kompetencecentret.", "Hvad gik statussen på Kompetencecentret ud på?", True),
    ("Status på Kompetencecentret 2015.", "Hvad sagde statussen på Kompetencecentret i 2015?",
     True),
    ("Kompetencecentret flytter.", "Hvad gik statussen på Kompetencecentret ud på?", False),
    ("Taget til efterretning.", "Hvad gik statussen på Kompetencecentret ud på?", False),
])
def test_only_repeats(sentence: str, question: str, repeats: bool) -> None:
    from rag.compose.near_miss import only_repeats

    assert only_repeats(sentence, question) is repeats


def test_a_hyphenated_compound_counts_its_head() -> None:
    from referat.values import COUNT, find_values

    (value,) = find_values("konkret bestående af én IPS-konsulent og en leder",
                           frozenset({COUNT}))
    assert value.unit == "konsulent"


def test_a_people_compound_is_counted_by_a_count_of_people() -> None:
    from rag.compose.typed import counts, people_head

    topic = ["ydelsesmodtag", "lønned", "tim"]
    assert people_head("ydelsesmodtag") == "modtag"
    assert counts("ydelsesmodtag", "Det svarer til cirka 40-45 borgere.", topic)
    # a count of one consultant does not count the recipients
    assert not counts("ydelsesmodtag", "Indsatsen består af én IPS-konsulent.", topic)


_IPS = ("I Ballerup Kommune er IPS-indsatsen et samarbejde mellem Helhedsafsnittet, konkret "
        "bestående af én IPS-konsulent, og Region Hovedstadens Psykiatri. I Ballerup Kommune "
        "er løbende 6 pct. af ydelsesmodtagerne (de relevante målgrupper) ansat med lønnede "
        "timer. Det svarer til cirka 40-45 borgere. Det gennemsnitlige timeantal er cirka 40 "
        "om måneden.")


def test_a_figure_restated_in_other_units_is_shown_with_the_sentence_it_restates() -> None:
    from rag.compose.fact import compose_fact

    answer = compose_fact(_ctx(
        "Hvor mange ydelsesmodtagere er i lønnede timer ifølge IPS-statussen fra marts 2025?",
        [(4, "Status på IPS-indsatsen", _MARCH)], {4: [("Sagsfremstilling", _IPS)]}))
    assert not answer.declined
    assert ("6 pct. af ydelsesmodtagerne (de relevante målgrupper) ansat med lønnede timer. "
            "Det svarer til cirka 40-45 borgere.") in answer.text
    assert "én IPS-konsulent" not in answer.text


@pytest.mark.parametrize("question, gone, kept", [
    ("Hvor stor en gevinst regnede beskæftigelsesområdet sig frem til for 2014 pga. den "
     "bedre ledighedsudvikling?", {"stor", "pga"}, {"gevinst", "ledighedsudvikling"}),
    ("Hvor høj var ledigheden i Ballerup?", {"høj"}, {"led"}),
    ("Hvor gamle er de unge på uddannelseshjælp?", set(), {"gaml"}),  # "20 år gamle"
])
def test_words_asking_for_a_size_are_no_topic(question: str, gone: set[str],
                                              kept: set[str]) -> None:
    from rag.query import parse_question

    topic = set(parse_question(question, []).topic)
    assert not gone & topic
    assert kept <= topic


def test_a_conjunction_is_no_topic_word() -> None:
    from rag.query import parse_question

    # "mens" stems to "men": a word of every other sentence, not of the matter
    topic = parse_question("Hvem passede formandsjobbet mens Musa Kekec holdt ferie?", []).topic
    assert "men" not in topic and "formandsjob" in topic


_SHOP = ("Klima- og Miljøudvalget godkendte på møde den 29. november 2022, punkt 3 indstilling "
         "om at igangsætte udarbejdelse af forslag til lokalplan nr. 208 for butikscenter på "
         "Tempovej 17-23. Sagen forelægges udvalget til orientering.")


@pytest.mark.parametrize("question, answered", [
    ("Hvornår forventes butikscentret på Tempovej at åbne?", False),
    ("Hvornår kommer forslaget til lokalplan 208 for butikscentret i offentlig høring?", False),
    # a meeting's date answers when the matter was treated
    ("Hvornår godkendte Klima- og Miljøudvalget forslaget til lokalplan for butikscentret?",
     True),
    ("Hvornår behandlede man lokalplanen for butikscentret første gang?", True),
])
def test_a_meetings_date_answers_only_when_a_matter_was_treated(question: str,
                                                                answered: bool) -> None:
    from rag.compose.fact import compose_fact

    answer = compose_fact(_ctx(question, [(6, "Lokalplan for butikscenter i Bilbyen",
                                           date(2023, 2, 7))],
                               {6: [("Sagsfremstilling", _SHOP)]}))
    assert answer.declined is not answered
    assert ("29. november 2022" in answer.text) is answered
    if not answered:
        assert "nævner ikke datoen" in answer.text


@pytest.mark.parametrize("sentence, only", [
    ("Udvalget godkendte på møde den 29. november 2022 forslaget.", True),
    ("Sagen var i Kommunalbestyrelsen den 19. juni 2023.", True),
    ("Butikscentret åbner den 1. marts 2025.", False),
    ("Godkendt på mødet den 3. maj 2024; centret åbner den 1. marts 2025.", False),
])
def test_meeting_dates_only(sentence: str, only: bool) -> None:
    from rag.compose.typed import meeting_dates_only

    assert meeting_dates_only(sentence) is only


_LUND = ("Indstillingens punkt 1: Indstillingen godkendt.\n\n"
         "Saime Bilen Inanc (Ø) stemte imod beslutningen.\n\n"
         "Enhedslisten har følgende mindretalsudtalelse: Studieturen til Lund vil styrke "
         "kommunen på et område, hvor vi allerede gør det fint. Enhedslisten ønsker, at "
         "studieturen afspejler kommunens udfordringer så som den grønne omstilling.\n\n"
         "Indstillingens punkt 2: Studieturen gennemføres den 23.-24. november 2023.")


def test_a_statement_asked_for_is_quoted_whole() -> None:
    from rag.compose.fact import compose_fact

    answer = compose_fact(_ctx("Hvad gik Enhedslistens mindretalsudtalelse om studieturen ud på?",
                               [(5, "Studietur til Lund", date(2023, 2, 7))],
                               {5: [("Beslutning", _LUND)]}))
    assert "vi allerede gør det fint. Enhedslisten ønsker, at studieturen afspejler" in answer.text
    assert "grønne omstilling" in answer.text
    assert "stemte imod" not in answer.text and "punkt 2" not in answer.text


@pytest.mark.parametrize("question, asks", [
    ("Hvad gik Enhedslistens mindretalsudtalelse ud på?", True),
    ("Hvad stod der i protokoltilførslen fra V?", True),
    ("Hvem stod bag mindretalsudtalelsen?", False),  # whose, not what
    ("Hvad besluttede udvalget om studieturen?", False),
])
def test_asks_statement(question: str, asks: bool) -> None:
    from rag.compose.passage import asks_statement

    assert asks_statement(question) is asks


@pytest.mark.parametrize("question", [
    "Hvem fik ført noget til protokol under punktet om rammeaftalen?",
    "Hvem afgav protokoltilførsel om rammeaftalen?",
])
def test_who_entered_a_statement_is_answered_from_the_entry(question: str) -> None:
    from rag.compose.who import compose_who
    from rag.roles import who_role

    sections = {3: [("Beslutning", "Godkendt. For stemte A, V og C. Imod stemte Ø."),
                    ("Protokoltilførsel", "Protokoltilførsel fra Ø: Enhedslisten kan ikke "
                                          "støtte en rammeaftale uden\nklimakrav.")]}
    answer = compose_who(_ctx(question, [(3, "Rammeaftale for busdrift", _MARCH)], sections),
                         who_role(question) or "")
    assert answer is not None and not answer.declined
    assert "Protokoltilførsel fra Ø: Enhedslisten kan ikke støtte en rammeaftale uden " \
           "klimakrav." in answer.text
    assert "Imod stemte Ø" not in answer.text
