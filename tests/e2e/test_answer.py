"""Answers over the real seed index, as a user reads them."""

from __future__ import annotations

import pytest

from rag.answer import NOT_FOUND
from rag.conversation import Conversation
from referat.domain import Filters

STUDIETUR = "(Erhvervs-, Beskæftigelses- og Uddannelsesudvalget, 7. februar 2023, " \
            "punkt 5: Studietur til Lund)"


def test_studietur_decision_is_quoted_and_cited(answerer):
    answer = answerer.ask("hvad besluttede udvalget om studieturen?")
    assert not answer.declined and answer.kind == "decision"
    for fact in ("23.-24. november 2023", "Saime Bilen Inanc", "standsningsretten"):
        assert fact in answer.text
    # "Indstillingens punkt 1" is explained by what that point said
    assert "Godkender forslag til studietur" in answer.text
    assert answer.citations[0].render() == STUDIETUR
    assert answer.citations[0].quote in answer.text.replace("> ", "").replace(">\n", "\n")


def test_postponed_decision_says_postponed(answerer):
    answer = answerer.ask("blev besøget hos Caverion taget til efterretning?")
    assert "Udsættes" in answer.text and "udsat" in answer.text
    assert (answer.citations[0].meeting_date.isoformat(), answer.citations[0].punkt) == (
        "2023-02-07", 1)


def test_earlier_decision_is_not_this_meetings(answerer):
    answer = answerer.ask("hvad blev besluttet om meddelelserne den 9. juni 2015?")
    assert "> Taget til efterretning" in answer.text
    assert "tidligere møde" in answer.text and "Udsættes" in answer.text


def test_number_question_quotes_the_figure(answerer):
    answer = answerer.ask("hvor mange ansatte har Caverion i Danmark?")
    assert "300" in answer.text
    c = answer.citations[0]
    assert (c.meeting_date.isoformat(), c.punkt) == ("2023-02-07", 1)


def test_date_filter_keeps_answers_to_that_meeting(answerer):
    answer = answerer.ask("hvad blev status på arbejdsgiverens sociale ansvar den 18. marts 2025?")
    assert answer.citations and all(
        c.meeting_date.isoformat() == "2025-03-18" for c in answer.citations)
    elsewhere = answerer.ask("hvad besluttede udvalget om studieturen den 18. marts 2025?")
    assert all(c.meeting_date.isoformat() == "2025-03-18" for c in elsewhere.citations)
    assert "23.-24. november 2023" not in elsewhere.text
    none = answerer.ask("hvad besluttede udvalget den 3. marts 2021?")
    assert none.declined and NOT_FOUND in none.text and not none.citations


def test_who_attended(answerer):
    answer = answerer.ask("hvem deltog i mødet den 18. marts 2025?")
    assert answer.kind == "meeting"
    assert "Anja Holtze (A)" in answer.text and "Laila Busted (A)" in answer.text
    assert "Afbud" in answer.text and "Musa Kekec (A)" in answer.text
    place = answerer.ask("hvor blev mødet holdt den 18. marts 2025?")
    assert "Toms Allé nr. 1" in place.text


def test_closed_item(answerer):
    answer = answerer.ask("hvad skete der med punkt 12 den 6. februar 2024?")
    assert answer.kind == "closed" and "lukket" in answer.text
    assert "Status på leverandørsamarbejdet" in answer.text


def test_unanswerable_question_is_declined_with_suggestions(answerer):
    answer = answerer.ask("hvor meget koster den nye svømmehal i Ballerup?")
    assert answer.declined and answer.text.startswith(NOT_FOUND)
    assert not answer.citations


def test_follow_up_uses_the_previous_items(answerer):
    conversation = Conversation()
    first = answerer.ask("hvad besluttede udvalget om studieturen?", conversation=conversation)
    assert first.citations[0].punkt == 5
    follow = answerer.ask("hvem stemte imod?", conversation=conversation)
    assert "Saime Bilen Inanc" in follow.text
    assert follow.citations[0].punkt == 5 and follow.follow_up
    fresh = answerer.ask("hvor mange ansatte har Caverion i Danmark?",
                         conversation=conversation)
    assert fresh.citations[0].punkt == 1 and not fresh.follow_up


def test_ui_filters_exclude_other_meetings(answerer):
    from datetime import date

    filters = Filters(date_from=date(2024, 1, 1))
    answer = answerer.ask("hvad besluttede udvalget om studieturen?", filters=filters)
    assert "23.-24. november 2023" not in answer.text
    assert all(c.meeting_date.year >= 2024 for c in answer.citations)


def test_structured_result(answerer):
    data = answerer.ask("hvad besluttede udvalget om studieturen?").to_dict()
    assert data["citations"][0]["date"] == "2023-02-07" and data["citations"][0]["punkt"] == 5
    assert data["retrieved"][0]["score"] > 0 and "total_ms" in data["timings_ms"]


def test_dense_search_is_exact_so_every_process_answers_alike(answerer):
    """Chroma rebuilds the unsynced tail of its HNSW graph in each process, with threads;
    an approximate search then gave some questions other sources in another process
    (even with ef_search 500, once in CI). The product's dense top 40 must be the exact
    nearest chunks (`rag.dense.EXACT_BELOW`). Every sixth question of the eval set (about
    740, all batches): the whole set grew past 4,000 and made this test a third of CI."""
    import numpy as np

    from eval.questions import load_questions
    from rag.dense import FilteredDense

    collection = answerer.retriever.index.vector_store._collection
    got = collection.get(include=["embeddings"])
    ids, vectors = got["ids"], np.asarray(got["embeddings"], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    search = FilteredDense(answerer.retriever.index, None, 1.0, 40, answerer.retriever.size)
    embed = answerer.retriever.embedder
    for q in load_questions()[::6]:
        query = np.asarray(embed.get_query_embedding(q.question), dtype=np.float32)
        score = dict(zip(ids, vectors @ query, strict=True))
        fortieth = sorted(score.values(), reverse=True)[39]
        found = [n.node.node_id for n in search.retrieve(q.question)]
        assert len(found) == 40, q.question
        # identical chunks tie: any of them may stand at the boundary
        assert min(score[i] for i in found) >= fortieth - 1e-4, q.question


def test_fast_filtered_searches_find_what_chroma_filtered_finds(answerer):
    """A filter keeping much of the archive is applied after an unfiltered search, one
    keeping few chunks is sent as their ids (both fast at scale); a small archive is
    searched exactly; the chunks found are the ones Chroma's own filtered search finds."""
    from rag.dense import POSTFILTER_SHARE, FilteredDense
    from rag.lexical import filter_mask
    from rag.retrieve import to_metadata_filters

    retriever = answerer.retriever
    committee = max(retriever.committees, key=lambda c: sum(
        m.committee == c for m in retriever.meetings))
    filters = to_metadata_filters(Filters(committees=[committee]))
    share = float(filter_mask(retriever.lexical, filters).mean())
    assert POSTFILTER_SHARE <= share < 1
    chroma = retriever.index.as_retriever(similarity_top_k=20, filters=filters)
    kept = retriever._node_ids(filter_mask(retriever.lexical, filters).astype(bool))

    def dense(ids: list[str] | None) -> FilteredDense:
        return FilteredDense(retriever.index, filters, share, 20, retriever.size,
                             kept_ids=(lambda: ids) if ids is not None else None,
                             large_archive=0, exact_below=0)

    exact = FilteredDense(retriever.index, filters, share, 20, retriever.size)

    for question in ("hvad besluttede udvalget om studieturen?",
                     "hvor mange borgere er i IPS-forløb?", "hvem er formand?"):
        expected = [n.node.node_id for n in chroma.retrieve(question)]
        # unfiltered then filtered; by ids; by ids of which one was rewritten by an
        # ingest running now (its id is gone from Chroma)
        for fast in (dense(None), dense(kept), dense([*kept, "gone-id"]), exact):
            found = fast.retrieve(question)
            assert all(n.node.metadata["committee"] == committee for n in found)
            assert [n.node.node_id for n in found] == expected, question


def test_a_second_part_asks_the_same_meetings_time(answerer):
    """"…, og hvad var klokken?" has no meeting word of its own: the first part's meeting."""
    answer = answerer.ask("Hvor mødtes erhvervsudvalget den 7. februar 2023, og hvad var klokken?")
    assert "Lokale 29" in answer.text and "kl. 08:00" in answer.text
    assert not answer.declined


def test_one_aspect_of_every_meeting_in_date_order(answerer):
    answer = answerer.ask("hvilke politikere har meldt afbud til udvalgsmøderne, år for år?")
    lines = [x for x in answer.text.splitlines() if x.startswith("- ")]
    assert [x.split(":")[0] for x in lines] == ["- 9. juni 2015", "- 8. september 2020",
                                                "- 7. februar 2023", "- 6. februar 2024",
                                                "- 18. marts 2025"]
    assert "Dennis Sørensen (A)" in lines[1] and "Musa Kekec (A)" in lines[4]


def test_a_value_question_is_answered_from_the_item_that_states_such_a_value(answerer):
    """"hvilken placering …?" asks for a rank: the item that states one ("nr. 11 ud af
    44") comes before the regional strategy that only names the region."""
    answer = answerer.ask("hvilken placering i regionen havde Ballerup i årsstatussen fra 2015?")
    first = answer.retrieved[0]
    assert (first.meeting_date.isoformat(), first.punkt) == ("2015-06-09", 6)


def test_a_year_of_the_askers_own_story_does_not_hide_the_answer(answerer):
    """The year the father got his pension (before the archive begins) is his story,
    not a period of the minutes; the rules for that pension are answered."""
    answer = answerer.ask("min far fik førtidspension i 1999 på mellemste sats – hvor mange "
                          "timer om ugen må han arbejde?")
    assert not answer.declined and "12-13 timer om ugen" in answer.text
    unanswerable = answerer.ask("Hvor mange ledige var der i Ballerup i 2010?")
    assert unanswerable.declined


def test_a_month_that_no_found_item_names_is_read_from_that_months_meeting(answerer):
    """"i marts 2025" is no word of the Meddelelser item; the meeting held then is: its
    announcements are listed, not "Det kan jeg ikke finde"."""
    answer = answerer.ask("Hvilke meddelelser fik udvalget i marts 2025?")
    assert not answer.declined
    cited = answer.citations[0]
    assert (cited.meeting_date.isoformat(), cited.punkt) == ("2025-03-18", 3)
    assert "Jobcamp 2025" in answer.text and "Taget til efterretning" in answer.text


def test_the_minutes_as_a_whole_list_every_item_naming_the_matter(answerer):
    """"Hvad står der om mentorer i udvalgets referater?" asks every meeting: the item
    that names mentors once (a list of new rules for the young, February 2023) is cited
    beside the one whose title is about mentors (June 2015), in date order."""
    answer = answerer.ask("hvad står der om mentorer i udvalgets referater?")
    cited = [(c.meeting_date.isoformat(), c.punkt) for c in answer.citations]
    assert ("2015-06-09", 7) in cited and ("2023-02-07", 8) in cited
    assert cited == sorted(cited)
    assert "ret til mentor" in answer.text


@pytest.mark.parametrize(("question", "lead", "cited"), [
    ("Stemte nogen imod noget i 2023?", "Ja.", [("2023-02-07", 5)]),
    ("Har nogen i udvalget undladt at stemme?", "Ja.", [("2025-03-18", 2)]),
    ("Hvilke sager blev der stemt om?", "Afstemninger", [("2023-02-07", 5), ("2025-03-18", 2)]),
])
def test_votes_asked_without_a_matter_read_every_item_in_scope(answerer, question, lead,
                                                                cited):
    """A vote question with no matter of its own is about every item of the meetings in
    its period: the items whose decision records such a vote, in date order, each cited
    (before: the best-ranked item for "stemme" — "Sagen blev udsat." — or a decline)."""
    answer = answerer.ask(question)
    assert answer.text.startswith(lead) and not answer.declined
    assert [(c.meeting_date.isoformat(), c.punkt) for c in answer.citations] == cited


def test_no_vote_in_the_period_is_a_no_citing_the_meetings_read(answerer):
    answer = answerer.ask("Var der afstemninger på mødet i februar 2024?")
    assert answer.text.startswith("Nej.") and not answer.declined
    assert "6. februar 2024" in answer.text
    assert [(c.meeting_date.isoformat(), c.punkt) for c in answer.citations] == [
        ("2024-02-06", None)]  # the meeting's front page


@pytest.mark.parametrize(("question", "must", "cited"), [
    # the Meddelelser item of a named meeting, asked with the verb
    ("Hvad blev der meddelt udvalget på mødet 7/2-2023?", ["225-timersreglen", "nytårskur"],
     ("2023-02-07", 2)),
    # politicians and staff asked together: the whole list, not the staff only
    ("Hvilke politikere og embedsfolk stod på deltagerlisten til udvalgets møde den 6. "
     "februar 2024?", ["Lars Green Bach", "Jakob Søgaard Timmermann"], ("2024-02-06", None)),
    # consultants who presented: the items' guests
    ("Kom der eksterne konsulenter og fremlagde analyser på udvalgsmødet 8. september 2020?",
     ["Kenneth Andersen", "Implement"], ("2020-09-08", 2)),
    # a role asked by its area ("arbejdsmarkedsområdet"), the list naming its unit
    ("Hvem har været centerchef for arbejdsmarkedsområdet på mødet i februar 2024?",
     ["Jakob Søgaard Timmermann"], ("2024-02-06", None)),
    # a count said as an ordinal, its subject named two sentences before
    ("Hvor mange år i træk har Ballerup ligget øverst i Iris Groups indeks?",
     ["tredje år i træk"], ("2025-03-18", 3)),
])
def test_meeting_and_count_questions_in_new_phrasings(answerer, question, must, cited):
    answer = answerer.ask(question)
    assert not answer.declined
    assert all(m in answer.text for m in must)
    assert (answer.citations[0].meeting_date.isoformat(), answer.citations[0].punkt) == cited


def test_a_place_asked_in_the_home_municipality_is_a_place_inside_it(answerer):
    """"Hvor er den placeret i Ballerup?": "i Ballerup Kommune" repeats the question;
    the address answers."""
    answer = answerer.ask("Hvor længe må en nytteindsats højst vare, og hvor er den "
                          "placeret i Ballerup?")
    assert "13 uger" in answer.text and "Lindbjergvej" in answer.text


@pytest.mark.parametrize(("question", "must", "cited"), [
    # when and where: both, from the meeting's front page
    ("Hvornår og hvor blev udvalgets møde den 9. juni 2015 holdt?", ["Lokale 29", "08:00"],
     ("2015-06-09", None)),
    # a deadline part: about the first part's matter ("melde sig til" → "Tilmelding")
    ("Hvornår ligger Jobcamp 2025, og hvad er sidste frist for at melde sig til?",
     ["23. og 24. oktober", "1. april 2025"], ("2025-03-18", 3)),
    # a duration written as a compound ("et 16-ugers forløb")
    ("Hvor lange er Idrætsfællesskabets nye forløb?", ["16-ugers"], ("2024-02-06", 9)),
])
def test_az_batch_classes(answerer, question, must, cited):
    answer = answerer.ask(question)
    assert not answer.declined
    assert all(m in answer.text for m in must), answer.text
    assert (answer.citations[0].meeting_date.isoformat(), answer.citations[0].punkt) == cited


def test_a_noted_item_with_an_added_wish_is_not_said_to_change_nothing(answerer):
    """"Taget til efterretning. Udvalget ønsker sagen forelagt … i Kommunalbestyrelsen":
    the answer quotes the wish and does not call it "ingen ændringer"."""
    answer = answerer.ask("Hvad ville udvalget videre med de seneste nøgletal for "
                          "beskæftigelsen, da de blev fremlagt i marts 2025?")
    assert "Kommunalbestyrelsen" in answer.text and "ingen ændringer" not in answer.text


def test_a_promise_for_a_meeting_not_in_the_archive_is_found_in_the_months_before(answerer):
    """No September 2025 meeting is in the archive; the March 2025 minutes promise what
    it will bring ("på udvalgets møde i september forelægge …")."""
    answer = answerer.ask("Hvad har administrationen lovet at forelægge på mødet i september "
                          "2025?")
    assert not answer.declined and "afrapporteringsmodel" in answer.text
    assert (answer.citations[0].meeting_date.isoformat(), answer.citations[0].punkt) == (
        "2025-03-18", 5)


def test_a_time_of_day_asked_is_answered_by_a_clock_time(answerer):
    answer = answerer.ask("Mødet hos Caverion i feb 2023: hvornår startede udvalgsmødet, og "
                          "hvornår på formiddagen var rundvisningen lagt?")
    assert "08:00" in answer.text and "9.30-10.30" in answer.text


def test_a_figure_is_quoted_with_its_benchmark_in_the_next_sentence(answerer):
    answer = answerer.ask("Hvor stor en del af de 18-29-årige i Ballerup har højst grundskole "
                          "eller en gymnasial uddannelse?")
    assert "64 pct" in answer.text and "59 pct" in answer.text


def test_a_meeting_place_an_item_contradicts_is_told_with_both(answerer):
    """The front page says the town hall; item 1 says the whole meeting is held at
    Caverion, and was postponed: the answer gives both, each cited."""
    answer = answerer.ask("Blev udvalgsmødet 7. februar 2023 holdt på rådhuset eller ude i "
                          "byen?")
    assert "Lokale 29" in answer.text and "Mileparken 9" in answer.text
    assert "Udsættes" in answer.text
    assert [c.punkt for c in answer.citations] == [None, 1]


def test_a_role_asked_of_an_entry_without_one_is_not_stated(answerer):
    answer = answerer.ask("Hvilken titel eller rolle havde Mette Vaaben Mortensen ved "
                          "udvalgsmødet 7. februar 2023?")
    assert answer.declined and "ingen titel" in answer.text


@pytest.mark.parametrize(("question", "must"), [
    # the whole agenda, though the meeting is named by where it was held
    ("Hvad stod der på dagsordenen, da udvalget holdt møde hos Toms i foråret 2025?",
     ["Status på IPS-indsatsen", "Nøgletal på beskæftigelsesområdet"]),
    # an average asked, the source named only in the question ("ifølge Exometrics analyse")
    ("Hvor mange ansatte havde de virksomheder, der flyttede fra Ballerup, i gennemsnit "
     "ifølge Exometrics analyse fra 2020?", ["3,04"]),
])
def test_ba_batch_classes(answerer, question, must):
    answer = answerer.ask(question)
    assert not answer.declined and all(m in answer.text for m in must), answer.text


def test_a_chair_asked_twice_in_one_question_is_one_question(answerer):
    """"Hvem var formand for udvalget og ledte mødet den 8. september 2020?": one
    question; the 2020 minutes list no chair, so it is declined, not answered from 2025."""
    answer = answerer.ask("Hvem var formand for udvalget og ledte mødet den 8. september 2020?")
    assert answer.declined and "2025" not in answer.text


def test_a_trend_of_a_counted_noun_quotes_its_count_at_each_meeting(answerer):
    """"antallet af ordinære stillinger": the count of jobs at each status, not "to gange
    årligt" from the sentence that names the status's words."""
    answer = answerer.ask("Hvordan har antallet af ordinære stillinger i Ballerup Kommune "
                          "udviklet sig, hvis man sammenligner statusserne om arbejdsgiverens "
                          "sociale ansvar fra sommeren 2015, februar 2023 og marts 2025?")
    assert all(n in answer.text for n in ("4719", "4.246", "4.224"))
    assert answer.text.count("4.246") == 1


@pytest.mark.parametrize("question", [
    "Hvilke virksomheder har udvalget holdt møde hos?",
    "Udvalget har holdt møder ude hos virksomheder – hvilke, og på hvilke adresser?",
])
def test_the_committees_visits_are_read_from_every_meeting(answerer, question):
    answer = answerer.ask(question)
    assert "Caverion" in answer.text and "Toms" in answer.text
    assert "Mileparken 9" in answer.text and "Udsættes" in answer.text
    assert [(c.meeting_date.isoformat(), c.punkt) for c in answer.citations] == [
        ("2023-02-07", 1), ("2025-03-18", 1)]


@pytest.mark.parametrize(("question", "must", "cited"), [
    # a trend between two named times: each status's figure
    ("Gik det frem eller tilbage med andelen af 18-29-årige på uddannelseshjælp fra den "
     "opgørelse, udvalget fik i februar 2023, til den i februar 2024?",
     ["3,9 pct", "4,2 pct"], {("2023-02-07", 8), ("2024-02-06", 8)}),
    # years listed after a dated one ("fra 2015, 2023 og 2025") date the figures too
    ("Hvordan har antallet af ordinære stillinger i kommunen udviklet sig, hvis man "
     "sammenligner opgørelserne af arbejdsgiverens sociale ansvar fra 2015, 2023 og 2025?",
     ["4719", "4.246", "4.224"], {("2015-06-09", 8), ("2023-02-07", 10), ("2025-03-18", 5)}),
    # the quarter's count, not the year's ("141 nystartede virksomheder")
    ("Hvor mange virksomheder blev startet op i Ballerup i sidste kvartal af 2023?",
     ["141"], {("2024-02-06", 5)}),
    # when the committee met at a firm: the meeting's date, not a date in the text
    ("Hvornår var udvalget på besøg hos Toms?", ["18. marts 2025"], {("2025-03-18", 1)}),
    ("Hvornår skulle udvalget have holdt sit møde ude hos en virksomhed der arbejder med "
     "grøn omstilling af bygninger i Skovlunde?", ["7. februar 2023", "Udsættes"],
     {("2023-02-07", 1)}),
    # two measures over two statuses: each measure's figure at each
    ("Hvordan har optaget på merituddannelsen til pædagog og antallet af elev- og "
     "praktikpladser i kommunen ændret sig mellem statussen i februar 2023 og statussen i "
     "marts 2025?", ["33 medarbejdere", "24 medarbejdere", "(297)", "(276)"],
     {("2023-02-07", 10), ("2025-03-18", 5)}),
    # two half-years compared, each from its own status ("aktuelt" in it is that half-year)
    ("Hvor stor en andel af de ordinært ansatte var ansat på særlige vilkår i opgørelsen "
     "for andet halvår 2022 sammenlignet med opgørelsen for andet halvår 2024?",
     ["13,45", "13,39"], {("2023-02-07", 10), ("2025-03-18", 5)}),
])
def test_bb_and_bc_batch_classes(answerer, question, must, cited):
    answer = answerer.ask(question)
    assert not answer.declined and all(m in answer.text for m in must), answer.text
    assert {(c.meeting_date.isoformat(), c.punkt) for c in answer.citations} == cited


def test_what_the_local_committee_did_is_answered_from_its_decision(answerer):
    answer = answerer.ask("Jeg følger KKR's pejlemærker for samarbejde mellem jobcentrene på "
                          "tværs af kommunerne. Hvad gjorde det ballerupske udvalg med dem i "
                          "sommeren 2015?")
    assert "Indstilles til godkendelse" in answer.text and "Kommunalbestyrelsen" in answer.text


def test_who_was_elected_while_someone_was_away_is_not_the_absence_list(answerer):
    answer = answerer.ask("Hvem blev valgt som midlertidig formand i foråret 2025 mens Musa "
                          "Kekec var fraværende, og hvem foreslog hende?")
    assert "Anja Holtze" in answer.text and "Laila Busted" in answer.text
    assert "Afbud" not in answer.text


@pytest.mark.parametrize(("question", "must", "not_in"), [
    ("Hvilke møder er der referater fra?",
     ["5 møder", "9. juni 2015", "8. september 2020", "18. marts 2025"], ["Hvilken sag"]),
    ("Hvilke punkter var lukkede?", ["Status på leverandørsamarbejdet"], ["Meddelelser"]),
    ("Hvornår var det sidste møde?", ["18. marts 2025"], ["Det står ikke"]),
    ("Hvornår var det første møde i arkivet?", ["9. juni 2015"], ["Det kan jeg ikke"]),
    ("Hvad handlede mødet i marts 2025 om?", ["Status på IPS-indsatsen", "Nøgletal"], []),
    # the members of the latest meeting's list, afbud too, no staff
    ("Hvem sidder i udvalget?", ["Anja Holtze (A)", "Musa Kekec (A) — afbud"],
     ["direktør", "centerchef"]),
    # ... counted (afbud too): 7 came to the latest meeting, 2 sent apologies
    ("Hvor mange medlemmer har udvalget?", ["9 medlemmer", "18. marts 2025"],
     ["direktør", "centerchef"]),
    # a meeting in other words: its decision list
    ("Giv mig et resumé af mødet i februar 2024", ["Punkt 1: Meddelelser", "Punkt 6"], []),
    ("Hvilke år dækker arkivet?", ["9. juni 2015", "18. marts 2025"], []),
    ("Stemte nogen imod noget?", ["Saime Bilen Inanc"], ["Hvilken sag"]),
])
def test_everyday_questions_about_the_archive_and_its_meetings(answerer, question, must,
                                                                not_in):
    answer = answerer.ask(question)
    assert not answer.declined, answer.text
    assert all(m in answer.text for m in must), answer.text
    assert not any(n in answer.text for n in not_in), answer.text


def test_a_follow_up_when_is_answered_from_the_decision(answerer) -> None:
    """"hvornår skal den finde sted?" after the studietur: the decided days, whose
    sentence says "gennemføres", not only the proposal that says "finder sted"."""
    from rag.conversation import Conversation

    chat = Conversation()
    chat.remember(answerer.ask("hvad besluttede udvalget om studieturen?", chat))
    answer = answerer.ask("hvornår skal den finde sted?", chat)
    assert answer.follow_up and "23.-24. november 2023" in answer.text.split("\n")[1], \
        answer.text


def test_a_figure_asked_in_the_present_tense_quotes_the_latest_first(answerer) -> None:
    """"Hvad er ledigheden i Ballerup?": the 2025 key figures (2,8 pct.) before 2020's."""
    answer = answerer.ask("Hvad er ledigheden i Ballerup?")
    assert answer.text.startswith("Erhvervs-, Beskæftigelses- og Uddannelsesudvalget, "
                                  "18. marts 2025"), answer.text
    assert "2,8 pct." in answer.text
    past = answerer.ask("Hvad var ledigheden i Ballerup i 2020?")
    assert "2020" in past.text.split("\n")[0]


@pytest.mark.parametrize(("question", "must", "cited"), [
    # a ranking's own sentence ("nr. 11 ud af 44"), asked as "hvor placerede … sig"
    ("Hvordan placerede Ballerup sig blandt kommunerne i regionen i 2013?",
     ["nr. 44 ud af i alt 44"], {("2015-06-09", 6)}),
    # the guests who told about the matter, from the item's own line
    ("Hvem kom og fortalte om IPS-indsatsen på udvalgsmødet i marts 2025?",
     ["Anne Lund Bækkegård", "Lone Fogholm"], {("2025-03-18", 4)}),
    # the history entry dated in the asked month tells why the meeting was not held
    ("Hvorfor blev der ikke holdt udvalgsmøde i januar 2024, så sagerne først kom op i "
     "februar?", ["beslutningsdygtigt"], None),
    # three years compared: each year's count of flexjobs from its own status
    ("Er der kommet flere eller færre i fleksjob i kommunen som arbejdsplads – sammenlign "
     "2015 og 2022?", ["79 pladser", "(159)"], {("2015-06-09", 8), ("2023-02-07", 10)}),
])
def test_bd_batch_classes(answerer, question, must, cited):
    answer = answerer.ask(question)
    assert not answer.declined and all(m in answer.text for m in must), answer.text
    if cited is not None:
        assert {(c.meeting_date.isoformat(), c.punkt) for c in answer.citations} == cited


@pytest.mark.parametrize(("question", "must", "cited"), [
    # a later part with a matter of its own is not held to the first part's year
    ("Hvor mange penge var der til iværksætterindsatsen i 2023, og hvad regner man med, at "
     "energitjekket til virksomhederne koster om året?", ["150.000 kr.", "30.000 kr."],
     {("2023-02-07", 4), ("2024-02-06", 6)}),
    # both neighbours of an item, from the meeting's agenda
    ("I referatet fra 6. februar 2024: hvilke sager lå lige før og lige efter punktet om "
     "energitjek til virksomhederne?", ["punkt 5: Virksomhedsændringer", "punkt 7: Oversigt"],
     {("2024-02-06", None)}),
    # the committee's view is its decision's remarks
    ("I hvilke råd og nævn mente udvalget, at der kunne være færre politikere, da "
     "politikernes arbejdsbyrde blev drøftet i februar 2024?", ["Handicaprådet og i "
                                                               "Psykiatrirådet"], None),
    # who the guest is, from the sentence that introduced him
    ("Hvem var inviteret til at uddybe analysen af, hvorfor virksomheder flytter til og fra "
     "kommunen, på mødet i september 2020?", ["analytiker Kenneth Andersen fra Exometric"],
     {("2020-09-08", 2)}),
])
def test_bf_batch_classes(answerer, question, must, cited):
    test_bd_batch_classes(answerer, question, must, cited)


@pytest.mark.parametrize(("question", "item"), [
    # another quarter's figure is no answer: the 2020 status names "andet kvartal 2020"
    ("Hvor mange nye virksomheder kom til Ballerup i andet kvartal 2019?",
     "Nye virksomheder i andet kvartal 2020"),
    # money asked, no sum in the minutes: "100 stillinger" is no amount
    ("Hvor meget økonomisk støtte giver kommunen Toms Gruppen i forbindelse med flytningen "
     "af produktionen?", "Besøg hos Toms Gruppen"),
    # a person asked, and "Forenede Dampvaskerier" is a firm, not the mayor's name
    ("Hvad hed borgmesteren, der var ude og besøge Upcy i 2020?", "Meddelelser"),
    # hours asked of the item that names Lindbjergvej, not another item's "12-13 timer"
    ("Hvor mange timer om ugen skal en borger i nytteindsats arbejde på Lindbjergvej?",
     "Orientering om nytteindsatsen i Ballerup Kommune"),
])
def test_bd_batch_near_misses_are_declined_with_the_item_found(answerer, question, item):
    answer = answerer.ask(question)
    assert answer.declined and answer.text.startswith("Det står ikke i referaterne."), \
        answer.text
    assert item in answer.text.split("\n")[1]


def test_who_took_part_in_minutes_without_a_list_is_not_answered(answerer) -> None:
    """The 2020 minutes list only the apologies: "hvem deltog?" is declined with what they
    do say; "kan man se, hvem der var til stede?" is answered no."""
    answer = answerer.ask("Hvilke udvalgsmedlemmer deltog i mødet 8. september 2020?")
    assert answer.declined and answer.text.startswith("Det står ikke i referatet.")
    assert "Dennis Sørensen (A)" in answer.text
    answer = answerer.ask("Kan man i referatet fra 8/9-2020 se, hvem der var til stede?")
    assert not answer.declined and answer.text.startswith("Nej.")


@pytest.mark.parametrize(("question", "must", "cited"), [
    # a letter: who is asking first, the question after (it was declined: "nabo",
    # "overvære" are no words of the minutes)
    ("Hej, jeg vil gerne overvære et udvalgsmøde engang. Blev udvalgets møde den 18. marts "
     "2025 holdt på rådhuset som det plejer?", ["Toms Allé"], {("2025-03-18", None)}),
    ("Jeg er ny og prøver at få styr på forvaltningen. Havde nogen af centercheferne afbud "
     "til mødet den 7. februar 2023?", ["Per Kensø"], {("2023-02-07", None)}),
    # the committee by its short name, thanks after the question
    ("hvad snakkede beskæftigelsesudvalget om den 8/9 2020? bare overskrifterne tak",
     ["Punkt 6: Ny beskæftigelsesstrategi"], None),
])
def test_ci_batch_classes(answerer, question, must, cited):
    test_bd_batch_classes(answerer, question, must, cited)
