"""Answer classes found in the fifteenth session on fresh blind batches (bi: the seeds,
ou: Greve and the formats examples), dev halves only: a person asked "for" a body after
a case history no longer crashes the answer, "I hvilke sager …" without a meeting asks
the items, not an agenda, an amount asked "i kroner", a count of the asked noun in a
paragraph on the matter, a lead a later part points back to, a body glossed in
brackets, and quoted titles that are no firm's name."""

from __future__ import annotations

from datetime import date

from rag.compose.multi import split_parts
from rag.compose.near_miss import names_one
from rag.compose.sentence_scores import score_sentences
from rag.intent import asked_type
from rag.query import parse_question
from tests.unit.item_context import item_context

DAY = date(2024, 6, 26)


def test_a_person_asked_for_a_body_after_a_case_history_is_answered() -> None:
    """"Hvem er blevet formand for Greves nye folkeoplysningsudvalg?" over an item whose case
    history opens with an undated line: the history's line used to overwrite the asked
    noun with nothing, and the answer crashed (TypeError) instead of answering."""
    ctx = item_context("Hvem er blevet formand for Greves nye folkeoplysningsudvalg?",
                       [(10, "Politiske repræsentanter til folkeoplysningsudvalget", DAY)],
                       {10: [("Sagens forløb", "Sagen har tidligere været forelagt."),
                             ("Beslutning", "Mette Hansen (A) blev valgt som formand for "
                                            "folkeoplysningsudvalget.")]})
    quotes = score_sentences(ctx, ctx.candidates[0], asked_type(ctx.question))
    assert any("Mette Hansen" in q.text for q in quotes)


def test_which_cases_without_a_meeting_asks_the_items_not_an_agenda() -> None:
    """"I hvilke sager har Ballerup arbejdet sammen med Gladsaxe …?" names no meeting:
    the items that say so answer, not the agenda of the latest meeting. A meeting
    named, or the closed items of the archive, are still agenda questions."""
    days = [date(2015, 6, 9), date(2024, 2, 6)]
    assert parse_question("I hvilke sager har Ballerup arbejdet sammen med Gladsaxe om "
                          "grøn omstilling?", days).kind != "meeting"
    assert parse_question("Hvilke sager var på mødet i juni 2015?", days).kind == "meeting"
    assert parse_question("Har udvalget behandlet noget for lukkede døre?", days).kind == \
        "meeting"


def test_an_amount_asked_in_kroner() -> None:
    """"hvad brugte ballerup i alt på mentorstøtte i 2014, i kroner" asks an amount: a
    sentence without one is no answer (the minutes give none: a near miss)."""
    assert asked_type("hvad brugte ballerup i alt på mentorstøtte i 2014, i kroner") == "amount"
    assert asked_type("Hvad brugte kommunen på mentorer i 2014?") == "free"
    assert asked_type("Hvad brugte udvalget tiden på?") == "free"


def test_a_count_of_the_asked_noun_in_a_paragraph_on_the_matter() -> None:
    """"Pendlerprojektet med Gladsaxe og Movia: hvor mange virksomheder skal være med?"
    is answered by "Der skal rekrutteres fire virksomheder i hver kommune" two sentences
    after the one naming Gladsaxe and Movia; a count of another noun is not."""
    text = ("I delprojektet vil Ballerup og Gladsaxe Kommune sammen med Movia arbejde med "
            "medarbejderdreven adfærdsfornyelse. Projektet vil inkludere medarbejdere med "
            "forskellig transportafstand til arbejdspladsen. Der skal rekrutteres fire "
            "virksomheder i hver kommune. Der afholdes tre workshops undervejs.")
    ctx = item_context("Pendlerprojektet med Gladsaxe og Movia: hvor mange virksomheder "
                       "skal være med?", [(11, "Aktive og grønne pendlervaner", DAY)],
                       {11: [("Sagsfremstilling", text)]})
    typed = [q.text for q in score_sentences(ctx, ctx.candidates[0], "count") if q.typed]
    assert any("fire virksomheder" in t for t in typed)
    assert not any("workshops" in t for t in typed)


def test_a_later_part_points_back_to_the_lead_the_first_part_points_to() -> None:
    """"Studieturen i 2023: hvilken måned stod den til i sagsoversigten, og hvilken dato
    blev den endelig lagt på?": both "den" are the study trip, so the second part asks
    of the trip, not of the case overview."""
    parts = split_parts("Studieturen i 2023: hvilken måned stod den til i udvalgets "
                        "sagsoversigt for 2023, og hvilken dato blev den endelig lagt på?")
    assert len(parts) == 2
    assert "studieturen" in parts[1].lower() and "sagsoversigt" not in parts[1].lower()


def test_a_body_glossed_in_brackets_names_the_body() -> None:
    """"Hvem sad i ældreudvalget (sundhed og omsorg) på junimødet 2024?" asks the
    meeting's list: the bracket says which body, it is no matter of its own."""
    q = parse_question("Hvem sad i ældreudvalget (sundhed og omsorg) på junimødet 2024?",
                       [date(2024, 6, 3)])
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_a_quoted_title_and_the_questions_own_words_name_no_firm() -> None:
    """"Hvilket firma skal lave det nye indgangsparti til Greve Svømmehal?" is not
    answered by a budget line in quotes naming the entrance; a firm's name is."""
    question = "Hvilket firma skal lave det nye indgangsparti til Greve Svømmehal?"
    line = ("Der gives en anlægsbevilling på 0,8 mio. kr. til ”Indgangsparti på Greve "
            "Svømmehal” finansieret af ”Pulje til genopretning o.l.”.")
    assert not names_one(line, question, ["Greve"])
    assert names_one("Opgaven udføres af Hansen & Søn A/S.", question, ["Greve"])


def test_the_committees_wish_and_sending_on_ask_the_decision() -> None:
    """"Hvad ville Plan- og Tryghedsudvalget have undersøgt …?" and "Sendte EBU
    nøgletalssagen videre til nogen?" are answered from the Beslutning ("Udvalget
    ønsker, at administrationen undersøger …"), not from the case text."""
    for question in ("Hvad ville plan- og tryghedsudvalget i Greve have undersøgt, da de "
                     "sendte lokalplanen i høring?",
                     "Hvad ville udvalget gerne have med i handlingsplanen for 2025?",
                     "Hvad bad udvalget administrationen om?",
                     "Sendte EBU nøgletalssagen videre til nogen?"):
        assert parse_question(question).kind == "decision", question
    assert parse_question("Hvad ville det koste at udvide tilbuddet?").kind != "decision"


def test_bodies_given_as_examples_filter_nothing() -> None:
    """"Torben Hoffmann fik orlov – hvem tog over i hans udvalg, fx teknikudvalget og
    natur- og miljørådet?" asks of every body: the council's item says who took over.
    A committee the question asks about still filters."""
    from rag.names import ArchiveNames

    names = ArchiveNames(["Greve"], ["Klima-, Teknik- og Miljøudvalget", "Byrådet"])
    assert names.committees_in("Torben Hoffmann fik orlov – hvem tog over i hans udvalg, fx "
                               "teknikudvalget og natur- og miljørådet?") == []
    assert names.committees_in("Hvem tog over i teknikudvalget?") == [
        "Klima-, Teknik- og Miljøudvalget"]


def test_a_price_asked_as_what_someone_gives_for_it() -> None:
    """"Hvad skal Greve Spildevand give for de to grunde?" asks an amount (a near miss
    when the minutes give only the lease's); "hvad gav de for en begrundelse?" does not."""
    assert asked_type("Hvad skal Greve Spildevand give for de to grunde, som kommunen vil "
                      "sælge til dem?") == "amount"
    assert asked_type("Hvad gav de for en begrundelse?") != "amount"


def test_a_half_of_a_year_in_words() -> None:
    """"i første halvdel af 2024" is the first half-year, as "1. halvår 2024" is; "den
    første halvdel af mødet" is no period."""
    from referat.periods import find_periods

    got = [(p.kind, p.year, p.month) for p in find_periods("i første halvdel af 2024")]
    assert got == [("half", 2024, 1)]
    assert [(p.kind, p.month) for p in find_periods("anden halvdel af 2022")] == [("half", 7)]
    assert find_periods("den første halvdel af mødet") == []


def test_a_quote_that_leans_back_brings_the_sentence_it_leans_on() -> None:
    """"Det svarer til cirka 40-45 borgere." says nothing without "… 6 pct. af
    ydelsesmodtagerne …" before it: a quote opening with it brings that sentence."""
    from rag.compose.fact import with_window
    from rag.compose.passage import Quote

    text = ("I Ballerup Kommune er løbende 6 pct. af ydelsesmodtagerne ansat med lønnede "
            "timer. Det svarer til cirka 40-45 borgere. Det gennemsnitlige timeantal er "
            "cirka 40 om måneden.")
    ctx = item_context("Hvor mange timer om måneden arbejder de i gennemsnit?",
                       [(4, "Status på IPS-indsatsen", DAY)], {4: [("Sagsfremstilling", text)]})
    item = ctx.candidates[0]
    chosen = [Quote(item, "Sagsfremstilling", "Det gennemsnitlige timeantal er cirka 40 om "
                                              "måneden.", 1.0)]
    picked = list(chosen)
    with_window(ctx, picked, chosen, "quantity")
    shown = " ".join(p.text for p in picked)
    assert "6 pct. af ydelsesmodtagerne" in shown and "40-45 borgere" in shown


def test_someone_from_a_body_at_an_item_asks_its_guests() -> None:
    """"Var der nogen fra psykiatrien med, da udvalget fik status på IPS?" asks who joined
    for the item (its guest line), not the decision."""
    from rag.roles import who_role

    q = parse_question("Var der nogen fra psykiatrien med, da udvalget fik status på IPS?")
    assert q.kind == "who"
    assert who_role(q.text) == "presenter"


def test_how_a_figure_developed_asks_each_meetings_figure() -> None:
    """"Seniorjob – hvordan har tallet udvikelt sig fra 2015 til 2024?" (typo and all) asks
    the figure at each meeting, as "hvordan har tallet svinget …?" does."""
    from rag.overview import asks_trend

    question = "Seniorjob i kommunen – hvordan har tallet udvikelt sig fra 2015 til 2024?"
    assert asks_trend(question) and asked_type(question) == "quantity"
    assert asks_trend("Nyttejob: hvordan har tallet svinget fra status til status?")
    assert asked_type("Hvordan har antallet af skånejob ændret sig siden 2015?") == "count"


def test_was_an_official_named_by_title_and_unit_at_the_meeting() -> None:
    """"Var centerchefen for By, Erhverv og Miljø med til udvalgsmødet i september 2020?"
    asks the meeting's list (he sent apologies), however many words the title takes."""
    q = parse_question("Var centerchefen for By, Erhverv og Miljø med til udvalgsmødet i "
                       "september 2020?", [date(2020, 9, 8)])
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_assistants_and_pedagogues_are_counted_as_staff() -> None:
    """"Hvor mange pædagogiske assistenter …?" is answered by a count of "medarbejdere"
    (staff), not by a count of citizens."""
    from rag.compose.typed import counts
    from referat.danish import stems

    assistant = stems("assistenter", frozenset())[0]
    assert counts(assistant, "Der er i alt optaget 33 medarbejdere på uddannelsen.", [assistant])
    assert not counts(assistant, "Der har været 27 borgere i løntilskud.", [assistant])


def test_a_meeting_named_by_its_kind_and_matter_asks_its_list() -> None:
    """"Hvem deltog i Greve økonomiudvalgs ekstraordinære møde i november 2024 om Køge Bugt
    Strandpark?" asks the meeting's list: "ekstraordinære" and what the meeting was about
    name the meeting, they are no topic of an item."""
    from rag.meeting_intent import MEETING_ABOUT

    question = ("Hvem deltog i Greve økonomiudvalgs ekstraordinære møde i november 2024 om "
                "Køge Bugt Strandpark?")
    q = parse_question(question, [date(2024, 11, 13)])
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")
    assert [m.group(1) for m in MEETING_ABOUT.finditer(question)] == ["Køge Bugt Strandpark"]
    assert not MEETING_ABOUT.search("Hvad handlede punktet om?")


def test_who_came_from_an_organisation_reads_its_guest_line() -> None:
    """"Hvem kom fra Erhvervshus Sjælland, da udvalget holdt statusmøde med dem?" is
    answered by "Fra Erhvervshus Sjælland deltager: - Direktør Line Fossing Riel - …"."""
    from rag.compose.who import ROLE_LINES
    from rag.roles import who_role

    assert who_role("Hvem kom fra Erhvervshus Sjælland, da udvalget holdt statusmøde?") == \
        "presenter"
    assert ROLE_LINES["presenter"].search("Fra Erhvervshus Sjælland deltager: - Direktør "
                                          "Line Fossing Riel")
    assert not ROLE_LINES["presenter"].search("Der deltager 40 virksomheder fra regionen.")
