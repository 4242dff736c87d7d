"""Each composer on hand-built items: what a user reads for each kind of question."""

from __future__ import annotations

from datetime import date

from rag.catalog import MeetingInfo
from rag.compose.base import NOT_FOUND, decline
from rag.compose.closed import closed_item, compose_closed
from rag.compose.decision import outcome, yes_no_line
from rag.compose.decision_answer import compose_decision
from rag.compose.fact import compose_fact
from rag.compose.meeting import compose_meeting
from rag.compose.who import compose_who

FEB = date(2023, 2, 7)
NOV = date(2023, 11, 14)


def _studietur(archive, decision: str = "Godkendt."):  # noqa: ANN001, ANN202
    return archive.add(FEB, 5, "Studietur 2023", {
        "Sagsfremstilling": "Udvalget planlægger en studietur til Lund i efteråret. "
                            "Studieturen koster 85.000 kr. og varer to dage.",
        "Indstilling": "Direktionen indstiller, at udvalget godkender studieturen til Lund.",
        "Beslutning": decision,
    })


def test_decision_quotes_the_beslutning_and_cites_the_item(archive, context) -> None:
    item = _studietur(archive)
    answer = compose_decision(context("Hvad besluttede udvalget om studieturen?", [item]), item)
    assert answer is not None and answer.kind == "decision"
    assert "> Godkendt." in answer.text
    (citation,) = answer.citations
    assert (citation.ref.date, citation.ref.punkt, citation.section) == (FEB, 5, "Beslutning")


def test_yes_no_decision_starts_with_the_verdict(archive, context) -> None:
    item = _studietur(archive, "Udsættes til næste møde.")
    answer = compose_decision(context("Blev studieturen til Lund udsat?", [item]), item)
    assert answer is not None and answer.text.startswith("Ja. Sagen blev udsat.")
    approved = compose_decision(context("Blev studieturen godkendt?", [item]), item)
    assert approved is not None and approved.text.startswith("Sagen blev udsat.")
    refused = _studietur(archive, "Indstillingen kan ikke godkendes.")
    answer = compose_decision(context("Blev studieturen godkendt?", [refused]), refused)
    assert answer is not None and answer.text.startswith("Nej")


def test_a_broad_item_shows_the_part_the_question_is_about(archive, context) -> None:
    """Meddelelser is taken to efterretning as a whole; asked about one message, the
    answer shows that message under the decision."""
    item = archive.add(FEB, 2, "Meddelelser", {
        # (the message asked about first: the next entry is no part of its quote)
        "Sagsfremstilling": "1. Orientering om administration af 225-timersreglen.\n"
                            "2. Orientering om ledighedstal for december.",
        "Beslutning": "Taget til efterretning",
    })
    answer = compose_decision(context("Hvad kom der ud af orienteringen om "
                                      "225-timersreglen?", [item]), item)
    assert answer is not None and "> Taget til efterretning" in answer.text
    assert "225-timersreglen." in answer.text and "ledighedstal" not in answer.text
    plain = compose_decision(context("Hvad besluttede udvalget om meddelelserne?", [item]),
                             item)
    assert plain is not None and "225-timersreglen" not in plain.text


def test_a_bare_approval_shows_the_proposal_it_approved(archive, context) -> None:
    item = archive.add(FEB, 3, "Forenkling af politikker", {
        "Indstilling": "Centret indstiller, at\n1. Beskæftigelsesstrategi 2022 bibeholdes.\n"
                       "2. Der udarbejdes principper for nye strategier.",
        "Beslutning": "Indstilles til godkendelse.",
    })
    answer = compose_decision(context("Bliver beskæftigelsesstrategien droppet?", [item]),
                              item)
    assert answer is not None
    assert "1. »Beskæftigelsesstrategi 2022 bibeholdes.«" in answer.text


def test_yes_no_reads_the_decision_on_the_asked_point(archive, context) -> None:
    item = archive.add(FEB, 4, "Temadrøftelse: Erhverv", {
        "Indstilling": "Centret indstiller, at\n1. Status på handlingsplanen tages til "
                       "efterretning.\n2. Forslag til nye mål godkendes.",
        "Beslutning": "Indstillingens punkt 1: Taget til efterretning.\n\n"
                      "Indstillingens punkt 2: Indstillingen godkendt.",
    })
    answer = compose_decision(context("Blev forslaget til nye mål godkendt?", [item]), item)
    assert answer is not None and answer.text.startswith("Ja.")
    status = compose_decision(context("Blev status på handlingsplanen godkendt?", [item]),
                              item)
    # (an approval asked of the point only noted is denied)
    assert status is not None and status.text.startswith(
        "Nej, sagen blev kun taget til efterretning.")


def test_decision_outcomes_from_their_own_words() -> None:
    assert outcome("Indstillingen blev godkendt.") == "godkendt"
    assert outcome("Udvalget tog orienteringen til efterretning.") == "efterretning"
    assert outcome("Indstillingen kan ikke godkendes.") == "afvist"
    assert yes_no_line("Tog udvalget sagen til efterretning?", "Taget til efterretning.") \
        .startswith("Ja")


def test_same_matter_at_two_meetings_gives_two_decisions_in_date_order(archive, context) -> None:
    later = archive.add(NOV, 3, "Studietur 2023 - evaluering", {
        "Beslutning": "Evalueringen af studieturen blev taget til efterretning."})
    first = _studietur(archive)
    answer = compose_decision(context("Hvad besluttede udvalget om studieturen?",
                                      [later, first]), later)
    assert answer is not None
    assert [c.ref.date for c in answer.citations] == [FEB, NOV]


def test_amount_question_quotes_the_sentence_with_the_amount(archive, context) -> None:
    item = _studietur(archive)
    answer = compose_fact(context("Hvor meget koster studieturen?", [item]))
    assert not answer.declined
    assert "85.000 kr." in answer.text and "Direktionen" not in answer.text
    assert answer.citations[0].quote.startswith("Studieturen koster 85.000 kr.")


def test_asked_value_missing_says_so_and_cites_the_item(archive, context) -> None:
    item = _studietur(archive)
    answer = compose_fact(context("Hvor mange deltagere skal med på studieturen?", [item]))
    assert answer.declined
    assert answer.text.startswith("Det står ikke i referaterne.")
    assert [c.ref.punkt for c in answer.citations] == [5]


def test_unknown_name_is_not_answered_from_a_similar_item(archive, context) -> None:
    item = _studietur(archive)
    answer = compose_fact(context("Hvor meget koster studieturen til Stockholm?", [item]))
    assert answer.declined and "Stockholm" in answer.text


def test_who_voted_against_reads_only_the_vote_line(archive, context) -> None:
    item = archive.add(FEB, 6, "Erhvervsstrategi", {
        "Sagsfremstilling": "Borgmester Jesper Würtzen fremlagde strategien.",
        "Beslutning": "Anbefales. Stemte imod: Kirsten Jensen (F).",
    })
    answer = compose_who(context("Hvem stemte imod erhvervsstrategien?", [item]), "against")
    assert answer is not None and "Kirsten Jensen" in answer.text
    assert "Würtzen" not in answer.text


def test_who_voted_against_when_nobody_did(archive, context) -> None:
    item = _studietur(archive)
    answer = compose_who(context("Hvem stemte imod studieturen?", [item]), "against")
    assert answer is not None and answer.declined
    assert "nævner ikke at nogen stemte imod" in answer.text


def test_closed_item_is_said_to_be_closed(archive, context) -> None:
    item = archive.add(FEB, 9, "Personalesag", {}, closed=True)
    ctx = context("Hvad blev besluttet om personalesagen?", [item])
    assert closed_item(ctx) is item
    answer = compose_closed(ctx, item)
    assert "lukket punkt" in answer.text and not answer.declined
    assert answer.citations[0].ref.punkt == 9


def test_meeting_absentees_come_from_the_front_page(archive, context) -> None:
    node = archive.add_meeting(MeetingInfo(
        "Ballerup", "Erhvervsudvalget", FEB, "16:30", "Mødelokale C.2.15",
        ["Jesper Würtzen (A)"], ["Kirsten Jensen (F)"], [(5, "Studietur 2023", False)],
        "referat", "seed.txt"))
    answer = compose_meeting(context("Hvem havde meldt afbud til mødet den 7. februar 2023?",
                                     [node]))
    assert "Kirsten Jensen (F)" in answer.text and "Würtzen" not in answer.text
    where = compose_meeting(context("Hvor blev mødet den 7. februar 2023 holdt?", [node]))
    assert "Mødelokale C.2.15" in where.text


def test_decline_lists_the_nearest_items_as_leads(archive, context) -> None:
    item = _studietur(archive)
    answer = decline(context("Hvad koster en ny svømmehal?", [item]))
    assert answer.declined and answer.text.startswith(NOT_FOUND)
    assert "punkt 5: Studietur 2023" in answer.text and answer.citations == []


def test_a_question_in_two_parts_is_answered_part_by_part() -> None:
    from rag.compose.multi import combine, split_parts
    from referat.domain import Answer, Citation

    parts = split_parts("Hvor mange forløb har der været med Idrætsfællesskabet, og hvad "
                        "kostede det?")
    assert len(parts) == 2 and "idrætsfællesskabet" in parts[1].lower()
    first = Answer(parts[0], "> 12 forløb.", [Citation(_ref(5), "Idræt", "12 forløb")])
    second = Answer(parts[1], "Det står ikke i referaterne.", declined=True)
    answer = combine("…", parts, [first, second])
    assert answer.kind == "multi" and not answer.declined
    assert answer.text.index("12 forløb") < answer.text.index("Det står ikke")
    assert [c.ref.punkt for c in answer.citations] == [5]


def _ref(punkt: int):  # noqa: ANN202
    from referat.domain import ItemRef

    return ItemRef("Ballerup", "Erhvervsudvalget", FEB, "", punkt)


def test_why_question_quotes_the_reason_after_the_topic_sentence(archive, context) -> None:
    item = archive.add(FEB, 1, "Meddelelser", {"Beskrivelse": (
        "Lokalplanen skal forhindre flere datacentre ved Mileparken. "
        "Begrundelsen er, at der ønskes en blanding af virksomhedstyper. "
        "Området får en station på letbanen.")})
    answer = compose_fact(context("Hvorfor vil kommunen ikke have flere datacentre ved "
                                  "Mileparken?", [item]))
    assert "Begrundelsen er, at der ønskes en blanding af virksomhedstyper." in answer.text
    quote = answer.citations[0].quote
    assert quote.index("forhindre flere datacentre") < quote.index("Begrundelsen")


def test_a_share_asked_at_two_meetings_quotes_each_figure_in_date_order(archive,
                                                                        context) -> None:
    """"Hvor stor en andel …" names the asked type, not the topic: a figure written
    without the word "andel" answers as well as one with it."""
    first = archive.add(FEB, 8, "Uddannelsesindsatsen for unge", {"Sagsfremstilling": (
        "Andelen af unge på uddannelseshjælp ligger på 3,9 pct. i Ballerup.")})
    later = archive.add(NOV, 8, "Unge på uddannelseshjælp", {"Sagsfremstilling": (
        "Det seneste kvartal viser, at 4,2 pct. af kommunens unge modtager "
        "uddannelseshjælp.")})
    answer = compose_fact(context("Hvor stor en andel af de unge er på uddannelseshjælp?",
                                  [later, first]))
    assert [c.ref.date for c in answer.citations] == [FEB, NOV]
    assert answer.text.index("3,9 pct.") < answer.text.index("4,2 pct.")


def test_an_outcome_still_under_way_is_said_not_to_be_in_the_minutes(archive, context) -> None:
    from rag.compose.outcome import compose_pending

    applied = archive.add(FEB, 11, "Grønne pendlervaner - ansøgning til Interreg", {
        "Sagsfremstilling": "Det forventes, at kommunen vil modtage 500.000 kr. i støtte "
                            "fra Interreg til projektet om grønne pendlervaner.",
        "Beslutning": "Taget til efterretning"})
    answer = compose_pending(context("Fik kommunen pengene fra Interreg til projektet?",
                                     [applied]))
    assert answer is not None and answer.declined
    assert answer.text.startswith("Udfaldet står ikke i referaterne.")
    assert "Det forventes" in answer.text and answer.citations[0].ref.punkt == 11

    granted = archive.add(NOV, 4, "Grønne pendlervaner - tilsagn fra Interreg", {
        "Sagsfremstilling": "Kommunen har modtaget tilsagn om 500.000 kr. fra Interreg til "
                            "projektet om grønne pendlervaner."})
    assert compose_pending(context("Fik kommunen pengene fra Interreg til projektet?",
                                   [granted])) is None
    # a question that asks for no outcome is not this composer's
    assert compose_pending(context("Hvad handler projektet om grønne pendlervaner om?",
                                   [applied])) is None


def test_a_figure_about_a_named_place_comes_from_a_sentence_naming_it(archive,
                                                                      context) -> None:
    """"hvor mange … flyttede til Gladsaxe?": Ballerup's figure in the same item is no
    answer; the row about Gladsaxe is."""
    item = archive.add(FEB, 3, "Nye virksomheder i andet kvartal", {
        "Sagsfremstilling": "Der er flyttet 71 nye virksomheder til Ballerup Kommune. "
                            "Nabokommunerne er også med i oversigten. "
                            "Gladsaxe: Tilflyttere (122), Fraflyttere (92).",
    })
    answer = compose_fact(context("Hvor mange virksomheder flyttede til Gladsaxe?", [item]))
    assert not answer.declined
    assert "122" in answer.text and "71 nye" not in answer.text


def test_a_decision_answer_says_who_decides_when_another_body_does(archive, context) -> None:
    """"Har udvalget sidste ord …?": the item's 'Beslutningen træffes af' names it."""
    item = archive.add(FEB, 5, "Status på det sociale ansvar", {
        "Sammendrag": "Status for andet halvår 2024 forelægges.",
        "Beslutningen træffes af": "Økonomiudvalget",
        "Beslutning": "Taget til efterretning"})
    answer = compose_decision(context("Har udvalget sidste ord om statussen på det sociale "
                                      "ansvar?", [item]), item)
    assert answer is not None and "træffes beslutningen af Økonomiudvalget" in answer.text


def test_a_count_of_new_ones_counts_the_noun_after_the_adjective(archive, context) -> None:
    item = archive.add(FEB, 4, "Arbejdsmarkedet under COVID-19", {
        "Sammendrag": "Antallet af nytilmeldte ledige i hele landet udgør 223.409 borgere. "
                      "Der er 12 jobcentre i regionen."})
    answer = compose_fact(context("Hvor mange nye ledige blev meldt i hele landet?", [item]))
    assert not answer.declined and "223.409" in answer.text


def test_who_proposed_is_read_from_the_indstilling(archive, context) -> None:
    """"Hvem stod bag indstillingen?": the unit that 'indstiller', not a presenter."""
    from rag.roles import who_role

    item = archive.add(FEB, 11, "Høringssvar til uddannelsesstrategi", {
        "Sagsfremstilling": "Centerchef Anne Holm fremlagde sagen.",
        "Indstilling": "Sekretariat for Udvikling og Kommunikation indstiller, at "
                       "høringssvaret godkendes.",
        "Beslutning": "Indstilles til godkendelse"})
    question = "Hvem stod bag indstillingen om høringssvaret?"
    assert who_role(question) == "proposer"
    answer = compose_who(context(question, [item]), "proposer")
    assert answer is not None and "Sekretariat for Udvikling" in answer.text
    assert "Anne Holm" not in answer.text


def test_an_item_only_taken_note_of_does_not_answer_a_question_about_the_matter(
        archive, context) -> None:
    """"Må man arbejde ved siden af førtidspensionen?" asked of an orientation item: its
    'Taget til efterretning' says nothing about that; the text does."""
    from rag.compose.decision import only_noted

    noted = archive.add(FEB, 9, "Nye initiativer for førtidspensionister", {
        "Sagsfremstilling": "Fra 1. januar 2023 er der en tre-årig forsøgsordning.",
        "Beslutning": "Taget til efterretning"})
    decided = archive.add(FEB, 5, "Studietur til Lund", {"Beslutning": "Indstillingen godkendt"})
    assert only_noted(context("Må man arbejde ved siden af?", [noted]), noted)
    assert not only_noted(context("Blev studieturen godkendt?", [decided]), decided)


def test_a_line_wrapped_before_a_capital_is_one_sentence() -> None:
    from referat.danish import sentences

    text = "Lund er derudover erhvervsmæssigt kendt for Tetra\nPak, som laver kartoner.\n\n" \
           "Oversigt: andet kvartal 2020\nBallerup 96 71"
    assert sentences(text)[0] == "Lund er derudover erhvervsmæssigt kendt for Tetra Pak, " \
                                 "som laver kartoner."
    assert "Oversigt: andet kvartal 2020" in sentences(text)


def test_who_runs_something_is_answered_by_the_one_in_charge(archive, context) -> None:
    item = archive.add(FEB, 11, "Røgfri arbejdstid", {
        "Sagsfremstilling": "Der er udbudt gratis rygestopkurser til alle medarbejdere. "
                            "Det er Forebyggelsesenheden, der står for kurserne."})
    answer = compose_fact(context("Hvem holder de gratis rygestopkurser?", [item]))
    assert "Forebyggelsesenheden" in answer.text
