"""Answer classes found this session on dev: "hvor mange af de X var Y?" asks what is
said of the group (Y), so a count of the group itself is no answer; and a compound the
question names is not named by its head alone ("dagpengemodtagere" by "modtager")."""

from __future__ import annotations

from datetime import date

import pytest

from rag.compose.typed import share_asked
from rag.weights import WEIGHTS
from referat.danish import stems
from tests.unit.item_context import item_context

_FEB = date(2024, 2, 6)
_CHANGES = ("Det fremgår af oversigten, at der i 2023 er sket 1.731 virksomhedsændringer. "
            "Heraf: 625 nystartede virksomheder, 478 ophørte virksomheder og 339 tilflyttede "
            "virksomheder. I bilaget er der desuden en oversigt over andelen af "
            "aktieselskaber, anpartsselskaber og enkeltmandsvirksomheder.")


def _ask(question: str, text: str):  # noqa: ANN202
    from rag.compose.fact import compose_fact

    return compose_fact(item_context(question, [(5, "Virksomhedsændringer i 2023", _FEB)],
                                     {5: [("Sagsfremstilling", text)]}, confidence=0.9))


@pytest.mark.parametrize("question", [
    "Hvor mange af de 625 nystartede virksomheder i 2023 var enkeltmandsvirksomheder?",
    "Hvor mange af de virksomheder, der lukkede i 2023, var enkeltmandsvirksomheder?",
])
def test_a_count_of_the_group_does_not_say_how_many_of_it_were_something(question: str) -> None:
    answer = _ask(question, _CHANGES)
    assert answer.declined
    assert "625 nystartede" not in answer.text and "478" not in answer.text


def test_the_count_of_what_is_said_of_the_group_answers() -> None:
    text = _CHANGES + " Af de nystartede virksomheder var 212 enkeltmandsvirksomheder."
    answer = _ask("Hvor mange af de 625 nystartede virksomheder var enkeltmandsvirksomheder?",
                  text)
    assert not answer.declined
    assert "212 enkeltmandsvirksomheder" in answer.text


@pytest.mark.parametrize("question, predicate", [
    ("Hvor mange af de unge på uddannelseshjælp får mindst én samtale om måneden?",
     ("mindst", "én", "samtal", "måned")),
    ("Hvor mange af de 163, der fik tilkendt førtidspension i 2022, var under 40 år?", ("40",)),
    ("Hvor mange af de unge kom bagefter videre i et forløb?", ()),  # no auxiliary: all said
])
def test_what_is_said_of_the_group_follows_its_verb(question: str, predicate: tuple) -> None:
    share = share_asked(question, ["Ballerup"])
    assert share is not None and share.predicate == predicate


def test_a_compound_asked_is_not_named_by_its_head() -> None:
    share = share_asked("Hvor mange af de nye dagpengemodtagere var unge under 30?",
                        ["Ballerup"])
    assert share is not None
    generic = set(stems("4,2 pct. af kommunens unge (18-29 årige) modtager uddannelseshjælp."))
    own = set(stems("Ca. 30 pct. af de nye dagpengemodtagere var unge under 30 år."))
    assert not share.answered_by(generic, WEIGHTS)
    assert share.answered_by(own, WEIGHTS)
