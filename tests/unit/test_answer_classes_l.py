"""Answer classes found by the l-batch (fresh questions on the seeds, half of them held
out): a question that names only what is asked ("begrundelsen", "tallene") has no
topic; a name is named, not half of a compound ("Lufthavn" is not "havn"); a party's
name is no unknown name."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rag.answer import Answerer
from rag.confidence import unknown_names
from rag.follow_up import has_own_topic
from rag.names import ArchiveNames
from rag.query import parse_question
from tests.unit.item_context import meeting_info


@pytest.mark.parametrize("question", [
    "hvad var begrundelsen for det?",
    "kan du give mig tallene for det?",
    "Hvad blev resultatet?",
])
def test_a_question_naming_only_what_is_asked_has_no_topic(question: str) -> None:
    q = parse_question(question)
    assert Answerer._needs_topic(q)
    # in a conversation it follows up on the previous answer
    assert not has_own_topic(q, "Studieturen til Lund blev godkendt.")


def test_a_reason_about_a_named_matter_has_a_topic() -> None:
    assert not Answerer._needs_topic(parse_question("Hvad var begrundelsen for studieturen?"))


def _lookup(vocabulary: set[str]) -> SimpleNamespace:
    return SimpleNamespace(municipalities=["Ballerup"], idf=dict.fromkeys(vocabulary, 2.0),
                           vocabulary=vocabulary,
                           names=ArchiveNames(["Ballerup"], ["Erhvervsudvalget"]))


def test_a_name_is_not_known_because_a_word_ends_like_it() -> None:
    q = parse_question("Hvad har udvalget aftalt med Københavns Lufthavn om ledige?")
    assert unknown_names(q, _lookup({"havn", "led", "aftalt"})) == ["Københavns", "Lufthavn"]
    text = "Udvalget besøgte havnen og talte om ledige."
    assert unknown_names(q, _lookup(set()), text=text) == ["Københavns", "Lufthavn"]


def test_a_partys_name_is_no_unknown_name() -> None:
    q = parse_question("Stemte nogen uden for Socialdemokratiet for Anja Holtze?")
    assert unknown_names(q, _lookup({"anja", "holtz", "stemt"})) == []


def test_a_code_name_opening_the_question_is_a_name() -> None:
    from rag.asked_names import question_names

    assert [w for w, _ in question_names("ITM8, der er flyttet ind på Tonsbakken – hvor "
                                         "mange brands samles?")] == ["ITM8", "Tonsbakken"]
    assert question_names("IPS-metoden – bruges den også til unge?") == []


def test_a_concessive_clause_does_not_make_a_decision_question_a_vote_question() -> None:
    q = parse_question("Gik studieturen til Lund igennem i udvalget, selv om Enhedslisten "
                       "var imod?")
    assert q.kind == "decision"
    assert parse_question("Hvem stemte imod studieturen?").kind == "vote"


def test_a_persons_party_is_read_from_their_entry_in_a_meetings_list() -> None:
    from datetime import date

    from rag.compose.base import Context
    from rag.compose.people import role_holder
    from referat.domain import ItemRef, RetrievedItem

    day = date(2025, 3, 18)
    meeting = meeting_info(
        day, attendees=["Anja Holtze (A)", "Miasser Hawwa (Løsgænger)"],
        absentees=["Musa Kekec (A)"], place="Toms Gruppen",
        agenda=[(1, "Besøg hos Toms Gruppen", False)])
    lookup = SimpleNamespace(meeting=lambda ref: meeting, municipalities=["Ballerup"])
    item = RetrievedItem(ItemRef("Ballerup", "EBU", day, "08:00", 1), "", False, 1.0)

    def ask(question: str):  # noqa: ANN202
        ctx = Context(question, parse_question(question), [item], lookup,  # type: ignore[arg-type]
                      lambda i: 0.0, 0.6)
        return role_holder(ctx, "text")

    answer = ask("Miasser Hawwa sad med, da udvalget mødtes hos Toms – for hvilket parti?")
    assert answer is not None and "Miasser Hawwa (Løsgænger)" in answer.text
    assert ask("Hvilket parti er Hans Hansen fra?") is None  # in no list: no answer here


def test_where_the_committee_meets_as_a_rule_lists_its_meetings_places(archive,
                                                                       context) -> None:
    from datetime import date

    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting

    def meeting(day: date, place: str):  # noqa: ANN202
        return archive.add_meeting(MeetingInfo("Ballerup", "EBU", day, "08:00", place, [], [],
                                               [(1, "Meddelelser", False)], "referat", "x"))

    items = [meeting(date(2025, 3, 18), "Toms Gruppen, Toms Allé nr. 1"),
             meeting(date(2024, 2, 6), "Mødecenter C, Lokale 29 på Ballerup Rådhus")]
    meeting(date(2023, 2, 7), "Mødecenter C - Lokale 29 på Ballerup Rådhus")  # not retrieved
    ctx = context("Hvilket mødelokale på rådhuset bruger erhvervsudvalget normalt?", items)
    assert ctx.q.kind == "meeting"
    text = compose_meeting(ctx).text
    assert text.index("Lokale 29 på Ballerup Rådhus (2 møder: 7. februar 2023, 6. februar "
                      "2024)") < text.index("Toms Gruppen")


def test_an_overview_is_not_asked_again_by_a_part_without_a_topic() -> None:
    from rag.compose.multi import split_parts
    from rag.overview import asks_overview

    question = ("Hvilke lokalplaner eller lokalplantillæg er dukket op i udvalgets referater, "
                "og hvad går de ud på?")
    assert asks_overview(question)
    assert split_parts(question) == ["Hvilke lokalplaner eller lokalplantillæg er dukket op "
                                     "i udvalgets referater?"]


@pytest.mark.parametrize(("question", "kind"), [
    ("Selv om det blev vedtaget, hvem stemte imod studieturen?", "vote"),
    ("Gik studieturen igennem, skønt Enhedslisten stemte imod?", "decision"),
])
def test_a_concessive_clause_ends_at_its_comma(question: str, kind: str) -> None:
    assert parse_question(question).kind == kind


def test_a_word_shouted_before_the_question_is_no_name() -> None:
    from rag.asked_names import question_names

    assert question_names("OBS: hvad besluttede udvalget om studieturen?") == []
    assert question_names("HASTER – hvad besluttede udvalget om studieturen?") == []


def test_one_meetings_place_is_still_that_meetings(archive, context) -> None:
    from datetime import date

    from rag.catalog import MeetingInfo
    from rag.compose.meeting import compose_meeting

    items = [archive.add_meeting(MeetingInfo("Ballerup", "EBU", day, "08:00", place, [], [],
                                             [(1, "Meddelelser", False)], "referat", "x"))
             for day, place in ((date(2023, 2, 7), "Caverion, Mileparken 9"),
                                (date(2024, 2, 6), "Mødecenter C, Lokale 29"))]
    text = compose_meeting(context("Hvor blev mødet om studieturen holdt?", items)).text
    assert "Caverion" in text and "Lokale 29" not in text


def test_a_stretch_filters_a_decision_question() -> None:
    q = parse_question("Hvad besluttede udvalget om studieturen mellem marts 2023 og "
                       "januar 2024?")
    assert (q.date_from, q.date_soft) == (__import__("datetime").date(2023, 3, 1), False)
