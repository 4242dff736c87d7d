"""Answer classes, round ay: one named thing asked for ("hvilket hotel …?", "hvilket
phonerfirma …?") is answered only by a sentence that names it beside its kind; minutes
that speak of the kind and never name it say that they do not state the name."""

from __future__ import annotations

import pytest

from rag.compose.near_miss import kind_unnamed, names_one


@pytest.mark.parametrize(("sentence", "question", "named"), [
    # the kind spoken of, no name beside it
    ("Virksomheder bliver kontaktet af et phonerfirma, som agerer døråbner for de "
     "virksomhedsopsøgende konsulenter fra erhvervsskolen og Jobcenter Ballerup.",
     "Hvilket phonerfirma skulle ringe til virksomhederne?", False),
    # a hotel is named with its kind: a sentence without the word names none
    ("Lund er en universitetsby, grundlagt af den danske konge Svend Tveskæg.",
     "Hvilket hotel skal udvalget bo på i Lund?", False),
    ("Udvalget overnatter på Hotel Lundia i centrum.",
     "Hvilket hotel skal udvalget bo på i Lund?", True),
    # a firm may be named bare
    ("På mødet deltager analytiker Kenneth Andersen fra Exometric.",
     "Hvilket firma kom analytikeren fra?", True),
    ("Rådgivningsvirksomheden Cowi har udarbejdet et notat.",
     "Hvilket rådgivningsfirma har vurderet butikscentret?", True),
])
def test_one_named_thing_needs_its_name(sentence: str, question: str, named: bool) -> None:
    assert names_one(sentence, question, ["Ballerup"]) is named


def test_minutes_that_speak_of_the_kind_without_naming_it() -> None:
    question = "Hvilket phonerfirma skulle ringe til virksomhederne i kampagnen?"
    told = ["Søge om adgang gennem Den Regionale Praktikpladsenhed.",
            "Virksomheder bliver kontaktet af et phonerfirma, som agerer døråbner."]
    assert kind_unnamed(told, question)
    assert not kind_unnamed(told + ["Phonerfirmaet Telemarketing ApS ringer op."], question)
    # a bare "virksomhed" is spoken of everywhere: no verdict from that
    assert not kind_unnamed(["Mange virksomheder har fået besøg."],
                            "Hvilken virksomhed besøgte borgmesteren?")


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvad hedder det finske selskab, der ejer Caverion?", True),
    ("Hvilke omegnskommuner sammenlignede Implement Ballerup med?", True),
    ("Hvilket hotel skal udvalget bo på?", True),
    # several firms are as often answered by kinds of firms as by names
    ("Hvilke virksomheder lægger vægt på beliggenheden?", False),
    ("Hvad hedder projektet?", False),
])
def test_which_questions_ask_for_a_name(question: str, asked: bool) -> None:
    from rag.compose.near_miss import asks_name

    assert asks_name(question) is asked


def test_municipalities_by_name_need_one_the_question_does_not_say() -> None:
    question = "Hvilke omegnskommuner sammenlignede Implement Ballerup med?"
    assert not names_one("Analysen sammenligner Ballerup med omegnskommunerne.", question,
                         ["Ballerup"])
    assert names_one("Ballerup sammenlignes med Herlev, Gladsaxe og Egedal.", question,
                     ["Ballerup"])
