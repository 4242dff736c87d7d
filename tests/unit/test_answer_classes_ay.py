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


@pytest.mark.parametrize(("question", "aimed"), [
    ("Det første arrangement skulle holdes 3. maj 2023. Bevilgede EBU penge til det?", True),
    ("Kurset starter den 1. september 2024 – hvem kan deltage?", True),
    ("Hvad besluttede udvalget på mødet den 7. februar 2023 om studieturen?", False),
])
def test_an_events_own_day_is_the_matters_not_a_meeting(question: str, aimed: bool) -> None:
    from rag.query import parse_question
    from rag.scope import _aimed_at

    assert _aimed_at(parse_question(question)) is aimed


def test_a_promise_for_a_later_month_is_told_before_it() -> None:
    """"Hvad har administrationen lovet at komme med på septembermødet 2025?": the March
    minutes promise it "på udvalgets møde i september"; a plain question does not look back."""
    from datetime import date

    from rag.period_scope import mentions_period
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    march = RetrievedItem(ItemRef("Ballerup", "EBU", date(2025, 3, 18), "", 5), "Status",
                          False, 1.0)
    text = "Administrationen vil på udvalgets møde i september forelægge en ny model."
    promised = parse_question("Hvad har administrationen lovet at komme med på "
                              "septembermødet 2025?")
    assert mentions_period(promised, march, text)
    assert not mentions_period(parse_question("Hvad skete der på septembermødet 2025?"),
                               march, text)


def test_notices_are_counted_from_the_items_numbered_entries(archive, context) -> None:
    """"Hvor mange meddelelser var der?": no sentence says the number; the list does."""
    from datetime import date

    from rag.compose.counted_lists import count_listed

    item = archive.add(date(2024, 2, 6), 1, "Meddelelser", {
        "Beskrivelse": ("1. Projekt med STAR om sygedagpengesamtaler. Der deltog 27 borgere.\n"
                        "2. Lukning af muligheden for datacentre ved Mileparken\n"
                        "Lokalplantillægget har tre formål:\n1. at forhindre datacentre\n"
                        "2. at sikre blandede virksomhedstyper\n"
                        "3. Icehearts\n4. Erhvervslivets nytårskur 2024"),
        "Beslutning": "Taget til efterretning"})
    answer = count_listed(context("Hvor mange meddelelser var der på mødet 6/2?", [item]))
    assert answer is not None and not answer.declined
    assert "havde 4 meddelelser" in answer.text  # (the inner list restarts: no entries)
    assert "Icehearts" in answer.text and "Taget til efterretning" in answer.text
    assert count_listed(context("Hvor mange borgere deltog i projektet?", [item])) is None


@pytest.mark.parametrize(("question", "kind", "aspect"), [
    ("Hvem gav afbud i 2025?", "meeting", "absentees"),
    ("Hvilken dag i ugen holdt udvalget møde i marts 2025?", "meeting", "time"),
    ("Hvornår mødtes udvalget for sidste gang?", "meeting", "time"),
    ("Hvor mødtes politikerne første gang i 2024?", "meeting", "place"),
])
def test_a_meetings_own_facts_in_other_words(question: str, kind: str, aspect: str) -> None:
    from rag.query import parse_question

    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == (kind, aspect)


def test_who_joined_besides_the_committee_written_as_one_word() -> None:
    from rag.compose.guests import asks_guests

    assert asks_guests("Hvem deltog udover udvalget i mødet i februar 2024?", None)
    assert not asks_guests("Hvem deltog i mødet i februar 2024?", None)


def test_a_list_of_remarks_answers_with_the_remark_asked_about(archive, context) -> None:
    """A yes/no question and a decision that is a list of remarks: the remark on the
    matter asked comes first, then the whole decision."""
    from datetime import date

    from rag.compose.decision_answer import compose_decision

    item = archive.add(date(2024, 2, 6), 3, "Udpegninger til bestyrelser, råd og nævn", {
        "Indstilling": "1. Fagudvalget peger på, hvilke råd der kan reduceres.",
        "Beslutning": ("Udvalget bemærker:\n\n"
                       "- At det bør undersøges, hvordan honoraret kan hæves.\n"
                       "- At samarbejdet med Teknologiudvalget styrkes fremadrettet.\n"
                       "- At antallet af medlemmer i Handicaprådet bør reduceres.")})
    ctx = context("Ville udvalget skære ned på antallet af medlemmer i Handicaprådet?", [item])
    answer = compose_decision(ctx, item)
    assert answer is not None
    first = answer.text.split("\n")[0]
    assert "Handicaprådet bør reduceres" in first and "honoraret" not in first
    assert "honoraret kan hæves" in answer.text  # (the whole decision follows)


def test_points_of_a_recommendation_and_remarks_of_a_decision_are_counted(archive,
                                                                          context) -> None:
    from datetime import date

    from rag.compose.counted_lists import count_listed
    from rag.query import parse_question

    item = archive.add(date(2023, 2, 7), 5, "Studietur til Lund", {
        "Indstilling": ("Center for Politik og Organisation indstiller, at udvalget\n"
                        "1. Godkender forslag til studietur.\n2. Beslutter dato for studieturen."),
        "Beslutning": ("Udvalget bemærker:\n- At turen skal være grøn.\n"
                       "- At Enhedslisten tager forbehold.\n- At datoen fastsættes senere.")})
    points = count_listed(context("Hvor mange punkter havde indstillingen om studieturen?",
                                  [item]))
    assert points is not None and "havde 2 punkter i indstillingen" in points.text
    remarks = count_listed(context("Hvor mange bemærkninger havde udvalget til turen?", [item]))
    assert remarks is not None and "havde 3 bemærkninger" in remarks.text
    # the points of a recommendation are no meeting's agenda
    assert parse_question("Hvor mange punkter havde indstillingen om studieturen?"
                          ).meeting_aspect != "agenda"


def test_a_word_that_opens_the_titles_compound_names_the_matter() -> None:
    """"Hvad blev der vedtaget om brandingen?" of "Brandingplatform Erhvervsområdet"."""
    from datetime import date
    from types import SimpleNamespace

    from rag.confidence import title_coverage
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    item = RetrievedItem(ItemRef("Ballerup", "EBU", date(2015, 6, 9), "", 3),
                         "Brandingplatform Erhvervsområdet", False, 1.0)
    lookup = SimpleNamespace(idf={}, default_idf=1.0)
    assert title_coverage(parse_question("Hvad blev der vedtaget om brandingen?"), item,
                          lookup) == 1.0
    # (a short word is no compound's first part: "brand" is fire, too)
    assert title_coverage(parse_question("Hvad skete der med brand?"), item, lookup) == 0.0


@pytest.mark.parametrize(("question", "topic"), [
    ("Hvad blev der vedtaget om brandingen for ti år siden?", ["branding"]),
    ("Hvad besluttede udvalget om studieturen på det sidste møde i 2023?", ["studietur"]),
])
def test_time_words_are_no_matter(question: str, topic: list[str]) -> None:
    from rag.query import parse_question

    assert parse_question(question).topic == topic


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvad er ledigheden i Ballerup ifølge nøgletallene fra 2025?", "quantity"),
    ("Hvad var den samlede ledighed i 2014?", "quantity"),
    ("Hvad er der gjort ved ledigheden?", "free"),
])
def test_the_level_of_unemployment_asks_a_figure(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked
