"""Answer classes found by the aa-batch (fresh questions in a staff member's and a
citizen's words, half of them held out): names and committee initials typed in lower
case, a month with a two-digit year, "alle fem fagudvalg", "sagde … ja til", "det
næstseneste møde", a hyphenated surname."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from rag.compose.people import title_unit
from rag.compose.typed import share_asked
from rag.compose.when import dated_act, earlier_meeting_line, says_last_meeting
from rag.intent import asks_decision
from rag.names import ArchiveNames, as_spelled
from rag.query import parse_question
from rag.weights import WEIGHTS
from referat.periods import find_periods
from referat.values import COUNT, find_values

EBU = "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"


class _Store:
    def participant_names(self) -> list[str]:
        return ["Sandra Marsenic (A)", "Jannik Karoli Plum Nielsen (direktør)", "Ole"]


def _retriever(vocab: set[str]) -> SimpleNamespace:
    return SimpleNamespace(lexical=SimpleNamespace(vocab=vocab), store=_Store(),
                           names=ArchiveNames(["Ballerup"], [EBU]))


def test_a_listed_person_typed_in_lower_case_is_read_as_a_name() -> None:
    retriever = _retriever(set())
    assert as_spelled("sad sandra marsenic med 7/2-23", retriever) == \
        "sad Sandra Marsenic med 7/2-23"
    assert as_spelled("jannik karoli plum nielsen – hvilken stilling?", retriever) \
        .startswith("Jannik Karoli Plum Nielsen")
    assert as_spelled("ole sagde nej", retriever) == "ole sagde nej"  # one word: no name


def test_committee_initials_typed_in_lower_case() -> None:
    assert as_spelled("hvad besluttede ebu om studieturen", _retriever(set())) == \
        "hvad besluttede EBU om studieturen"
    # a word the archive has stays a word
    assert as_spelled("hvad besluttede ebu om studieturen", _retriever({"ebu"})) == \
        "hvad besluttede ebu om studieturen"


def test_a_month_with_a_two_digit_year() -> None:
    [period] = find_periods("katrine joensen oplæg ebu feb 23 – beslutning")
    assert (period.start.year, period.start.month) == (2023, 2)
    [period] = find_periods("status feb-24?")
    assert period.start.year == 2024
    [period] = find_periods("i juni 15 unge")
    assert period.start is None  # "15 unge" is a count, not 2015


def test_a_count_of_a_noun_whose_plural_has_no_ending() -> None:
    [value] = find_values("forelægges på alle fem fagudvalg, inden", frozenset({COUNT}))
    assert (value.number, value.unit) == (5, "fagudvalg")


def test_said_yes_or_only_an_orientation_asks_the_decision() -> None:
    assert asks_decision("Sagde politikerne ja til at bruge GIS-data i 2015, eller var det "
                         "bare en orientering?")
    assert asks_decision("Har erhvervsudvalget sagt ja til at søge pengene?")
    assert not asks_decision("Sagde direktøren noget om GIS-data?")


def test_the_meeting_before_the_latest() -> None:
    [period] = find_periods("Hvem sad for de Konservative på det næstseneste møde?")
    assert period.relative == "previous"


def test_a_hyphenated_surname_is_a_name_on_the_list() -> None:
    q = parse_question("Var Mette Bjørn-Andersen med på mødet i februar 2024?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def _ctx(question: str, sections: list[tuple[str, str]]) -> SimpleNamespace:
    view = SimpleNamespace(sections=sections, section=lambda name: " ".join(
        t for n, t in sections if n == name))
    top = SimpleNamespace(ref="ref", meeting_date=date(2025, 3, 18))
    return SimpleNamespace(question=question, candidates=[top],
                           lookup=SimpleNamespace(item=lambda ref: view))


def test_the_last_meeting_named_in_the_text_is_dated_by_the_earlier_treatment() -> None:
    sentence = "Det første grafiske design har været præsenteret for udvalget ved det seneste møde."
    assert says_last_meeting(sentence)
    ctx = _ctx("Hvornår fik udvalget vist designet?", [
        ("Sagsfremstilling", sentence),
        ("Tidligere behandling", "Erhvervs- og Beskæftigelsesudvalget den 12. maj 2015 Punkt 1")])
    assert "12. maj 2015" in earlier_meeting_line(ctx, ctx.candidates[0])


def test_an_act_dated_in_the_text_is_a_fact_of_the_body_asked() -> None:
    text = ("Udvalget vedtog den reviderede beskæftigelsesstrategi på udvalgets møde den 15. "
            "november 2022. Klima- og Miljøudvalget godkendte den 29. november 2022 lokalplanen.")
    assert dated_act(_ctx("Hvilken dato vedtog udvalget strategien?", [("Baggrund", text)]))
    assert not dated_act(_ctx("Hvornår vedtog Kommunalbestyrelsen lokalplanen endeligt?",
                              [("Baggrund", text)]))


def test_the_reviews_counter_examples_keep_their_reading() -> None:
    assert [p.kind for p in find_periods("på mødet feb 06, 2024?")] == ["year"]
    assert parse_question("Var STU-forløbet med på dagsordenen i 2024?").meeting_aspect == \
        "agenda"
    names = ArchiveNames(["Ballerup"], ["Teknik-, Anlægs- og Klimaudvalget", "Naturudvalget",
                                        "Digitaliseringsudvalget"])
    text = "tak for hjælpen – kan du give status nu?"
    assert names.upper_initials(text, set()) == text
    assert not asks_decision("Hvem orienterede om GIS-data – var det kun en orientering fra "
                             "GIS-medarbejderen?")
    share = share_asked("Hvor mange af de nytilmeldte er medlem af HK?", ["Ballerup"])
    assert share is not None and "hk" in share.names
    assert not share.answered_by({"ca", "60", "pct", "nytilmeld", "mænd"}, WEIGHTS)
    assert title_unit("Direktøren for Caverion – var han med på mødet 7/2-23?") == {"caverion"}
