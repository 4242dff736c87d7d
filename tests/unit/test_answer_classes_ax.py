"""Answer classes found this session on dev: "hvor mange af de X var Y?" asks what is
said of the group (Y), so a count of the group itself is no answer; a compound the
question names is not named by its head alone ("dagpengemodtagere" by "modtager"); a
house number is no count ("Lindbjergvej 80 tilbyder"); a later part of a question that
names the matter and a time of its own is asked of all the minutes."""

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


@pytest.mark.parametrize("sentence", [
    "Det sker ud fra et ønske om at anvende de lokaler, som Lindbjergvej 80 tilbyder.",
    "Butikscentret på Tempovej 17-23 får nye butikker.",
])
def test_a_house_number_is_no_count(sentence: str) -> None:
    from referat.values import COUNT, find_values

    assert not find_values(sentence, frozenset({COUNT}))


def test_a_count_question_is_not_answered_by_an_address() -> None:
    """"hvor mange var i nyttejob …?" — "… de lokaler, som Lindbjergvej 80 tilbyder" is no
    answer; "44 borgere i nyttejob" is."""
    from rag.compose.fact import compose_fact

    text = ("Nytteindsatsen foregår i de lokaler, som Lindbjergvej 80 tilbyder. "
            "Servicekorpset har haft borgere i nyttejob siden 2015.")
    ctx = item_context("Hvor mange var i nyttejob på Lindbjergvej?",
                       [(10, "Orientering om nytteindsatsen", _FEB)],
                       {10: [("Sagsfremstilling", text)]}, confidence=0.9)
    answer = compose_fact(ctx)
    assert answer.declined and "Lindbjergvej 80 tilbyder" not in answer.text
    counted = text + " I 2024 var der 44 borgere i nyttejob på Lindbjergvej."
    ctx = item_context("Hvor mange var i nyttejob på Lindbjergvej?",
                       [(10, "Orientering om nytteindsatsen", _FEB)],
                       {10: [("Sagsfremstilling", counted)]}, confidence=0.9)
    assert "44 borgere i nyttejob" in compose_fact(ctx).text


def test_a_later_part_that_names_the_matter_and_its_own_time_is_asked_of_all_minutes() -> None:
    """"…, og hvor mange var i nyttejob i efteråret 2024?" names the matter and a time
    of its own: it is not narrowed to the first part's words (and so to its item);
    "…, og hvor ofte ifølge sagen i februar 2023?" still takes them."""
    from rag.compose.multi import split_parts

    parts = split_parts("Hvor længe har Servicekorpset på Lindbjergvej haft folk i nyttejob, "
                        "og hvor mange var i nyttejob hos kommunen i efteråret 2024?")
    assert parts[1] == "hvor mange var i nyttejob hos kommunen i efteråret 2024?"
    parts = split_parts("Hvor ofte skulle udvalget have status på arbejdsgiverens sociale "
                        "ansvar ifølge sagen i juni 2015, og hvor ofte ifølge sagen i "
                        "februar 2023?")
    assert "arbejdsgiverens sociale ansvar" in parts[1]


def test_a_coordinated_compound_counts_its_shared_head() -> None:
    """"hvor mange elev- og praktikpladser …?" counts places ("Elev- og praktikpladser
    (297)"), not pupils ("46 elever"), nor the word "og"."""
    from rag.compose.fact import compose_fact

    text = ("Derudover er der en fremgang på 46 elever til social- og "
            "sundhedsassistentuddannelsen. Kommunen havde i perioden: Elev- og "
            "praktikpladser (297).")
    ctx = item_context("Hvor mange elev- og praktikpladser havde kommunen?",
                       [(10, "Status på arbejdsgiverens sociale ansvar", _FEB)],
                       {10: [("Sagsfremstilling", text)]}, confidence=0.9)
    answer = compose_fact(ctx)
    assert "(297)" in answer.text and "46 elever" not in answer.text
