"""Answer classes found in the seventh session: counts of staff are no counts of the
citizens, a Center's "indstiller, at" keeps its points, and the administration's own
unit is no outside name."""

from __future__ import annotations

from rag.compose.near_miss import names_one
from rag.compose.period_parts import period_parts
from rag.compose.typed import counts
from referat.danish import sentences, stems

BORGERE = stems("borgere", frozenset())[0]


def test_consultants_do_not_count_the_citizens() -> None:
    """"Hvor mange borgere er i nytteindsats …?" is not answered by the team's "tre
    virksomhedskonsulenter, der hjælper borgerne" (the citizens are named, but not
    counted)."""
    sentence = ("Hertil kommer, at nytteindsatsen foregår under ledelse af en holdleder samt "
                "tre virksomhedskonsulenter, der hjælper borgerne med jobsøgning.")
    assert not counts(BORGERE, sentence, [BORGERE, "nytteindsat"])
    assert counts(BORGERE, "Der er 27 borgere i nytteindsats.", [BORGERE])
    # a count of staff still answers a question counting staff
    staff = stems("konsulenter", frozenset())[0]
    assert counts(staff, sentence, [staff])


def test_a_recommendation_keeps_the_points_it_introduces() -> None:
    """"Center for Politik og Organisation indstiller, at" ends its line; the numbered
    points below are what it recommends, and a quote of it must not stop at "at"."""
    text = ("Status gives hermed.\nCenter for Politik og Organisation indstiller, at\n"
            "1. Status på røgfri arbejdstid tages til efterretning.\n2. Sagen genoptages.\n"
            "Beslutningen træffes af udvalget.")
    got = sentences(text)
    assert ("Center for Politik og Organisation indstiller, at 1. Status på røgfri "
            "arbejdstid tages til efterretning. 2. Sagen genoptages.") in got
    assert got[-1] == "Beslutningen træffes af udvalget."
    # a line ending in "at" before a plain sentence is left as it was
    assert sentences("Det er vigtigt at\nBorgerne kommer først.")[-1] == "Borgerne kommer først."


def test_the_administrations_own_unit_is_no_outside_name() -> None:
    """"Hvilket reklamebureau har designet brandet?" is not answered by "Center for By,
    Kultur og Erhverv indstiller …": By, Kultur and Erhverv are words of the unit's name."""
    question = "Hvilket reklamebureau har designet Business Ballerup-brandet?"
    own = ("Center for By, Kultur og Erhverv indstiller, at 1. Det besluttes at gå videre "
           "med designoplægget.")
    assert not names_one(own, question, ["Ballerup"])
    assert names_one("Designet er lavet af Kontrapunkt for Center for By og Miljø.",
                     question, ["Ballerup"])


def test_a_season_of_a_year_answers_when() -> None:
    """"Hvornår ville udvalget have modellen vedtaget?" — "umiddelbart efter sommerferien
    2024" is the time the minutes give; a season without a year is no date."""
    from referat.values import DATE, find_values

    got = find_values("Udvalget ser gerne, at modellen kan vedtages umiddelbart efter "
                      "sommerferien 2024.", frozenset({DATE}))
    assert [v.text for v in got] == ["sommerferien 2024"]
    assert find_values("Sommerferien er lang.", frozenset({DATE})) == []


def test_the_bodies_a_case_went_through_are_its_history() -> None:
    """"Hvilke politiske led var sagen igennem?" and "Hvordan gik sagen fra kulturudvalget
    til byrådet?" ask for the case's treatments; a why-question does not."""
    from rag.case_intent import asks_case_history

    assert asks_case_history("hvilke politiske led var sagen igennem?")
    assert asks_case_history("Hvordan gik sagen fra kulturudvalget til byrådet i januar 2024?")
    assert asks_case_history("Hvilke udvalg har behandlet sagen om skolestrukturen?")
    assert asks_case_history("Hvor har sagen været behandlet?")
    assert not asks_case_history("Hvorfor kom sagen igennem?")
    assert not asks_case_history("Hvad besluttede udvalget om sagen?")


def test_a_later_part_about_the_case_borrows_the_first_parts_matter() -> None:
    """"…, og hvilke politiske led var sagen igennem?": "sagen" is the first part's matter
    (but "sagen om X" names its own)."""
    from rag.compose.multi import split_parts

    parts = split_parts("Hvad blev timeprisen for byggesagsgebyret i Greve for 2025, og "
                        "hvilke politiske led var sagen igennem?")
    assert len(parts) == 2 and "byggesagsgebyret" in parts[1]
    from rag.compose.multi import _REFERS_BACK

    assert not _REFERS_BACK.search("hvad skete der med sagen om vejbelysningen")


def test_an_item_two_parts_quote_is_one_source() -> None:
    from datetime import date

    from rag.compose.multi import combine
    from referat.domain import Answer, Citation, ItemRef

    ref = ItemRef("Greve", "Byrådet", date(2024, 11, 13), "", 23)
    first = Answer("a?", "> 798 kr. pr. time", [Citation(ref, "Byggesagsgebyrer 2025", "798")])
    second = Answer("b?", "> Byrådet godkendte.",
                    [Citation(ref, "Byggesagsgebyrer 2025", "Byrådet godkendte")])
    assert len(combine("a og b?", ["a?", "b?"], [first, second]).citations) == 1


def test_a_meeting_named_by_what_happened_there_is_asked_for_its_attendance() -> None:
    """"Hvem manglede ved byrådsmødet, hvor budgettet for 2025 blev vedtaget?" asks who was
    away (the clause names the meeting), not what was decided; a vote stays a vote."""
    from rag.query import parse_question

    q = parse_question("Hvem manglede ved byrådsmødet i Greve, hvor budgettet for 2025 blev "
                       "vedtaget?")
    assert q.kind == "who" and "budget" in q.topic
    assert parse_question("Hvem stemte imod, da budgettet blev vedtaget?").kind == "vote"


def test_the_change_a_committee_made_is_its_decision() -> None:
    """"Hvilken ændring lavede økonomiudvalget i kodekset?" is answered by the decision
    ("… godkendes med den ændring, at …"), not by the case text."""
    from rag.intent import asks_decision

    assert asks_decision("Hvilken ændring lavede økonomiudvalget i Greve i kodekset?")
    assert asks_decision("Hvad ændrede udvalget i forslaget?")
    assert not asks_decision("Hvilken ændring i ledigheden viste nøgletallene?")


_SUMMER = {"Sagsfremstilling": (
    "I 2022 blev der afholdt 42 aktiviteter. Administrationen godkendte 37 aktiviteter til "
    "underskudsgaranti. 1.118 børn deltog i sommerferieaktiviteter.\n"
    "I 2023 blev der afholdt 12 foreningsdrevne aktiviteter. Administrationen godkendte 18 "
    "aktiviteter til underskudsgaranti. Omkring 1.000 børn deltog i "
    "sommerferieaktiviteterne.\n"
    "Foreningerne oplever ikke et fald i tilslutningen.")}


def test_a_paragraph_that_opens_with_its_year_dates_its_figures(archive, context) -> None:
    """"Hvor mange børn deltog … i sommeren 2023?" — the paragraph "I 2023 blev der …"
    holds the answer, not the one on 2022 with the same words; shown with its year."""
    from datetime import date

    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 3, 20), 10, "Sommerferieaktiviteter 2024", _SUMMER,
                       committee="Kultur- og Fritidsudvalget", municipality="Greve")
    answer = compose_fact(context("Hvor mange børn deltog i sommerferieaktiviteterne i "
                                  "sommeren 2023?", [item]))
    assert "Omkring 1.000 børn" in answer.text and "1.118" not in answer.text
    assert "I 2023 blev der afholdt" in answer.text
    answer = compose_fact(context("Hvor mange børn deltog i sommerferieaktiviteterne i "
                                  "sommeren 2022?", [item]))
    assert "1.118 børn" in answer.text and "1.000" not in answer.text


def test_a_why_answer_reads_on_to_the_reason(archive, context) -> None:
    """"Hvorfor havde så få meldt sig til rygestopkurserne?" — the reason is two sentences
    after the one that says so ("Dels vælger flere rygere …"): the answer brings it."""
    from datetime import date

    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 2, 6), 11, "Status på røgfri arbejdstid", {
        "Sagsfremstilling": (
            "Der er medio januar 2024 ganske få, der har tilmeldt sig rygestopkurser. Det er "
            "Forebyggelsesenheden i Sundhedshuset, der står for kurserne. Forebyggelsesenheden "
            "er ikke overraskede over, at der ikke er flere tilmeldte. Dels vælger flere rygere "
            "at anvende tilbud hos egen kommune, dels reagerer flere rygere først kort tid "
            "inden ændringerne træder i kraft. Kurserne holdes på rådhuset.")})
    answer = compose_fact(context("Hvorfor havde så få ansatte meldt sig til "
                                  "rygestopkurserne i januar 2024?", [item]))
    assert "ganske få" in answer.text and "egen kommune" in answer.text
    assert "rådhuset" not in answer.text


def test_two_ends_compared_either_way_are_asked_year_by_year() -> None:
    """"Er der kommet flere eller færre til nytårskuren fra 2023 til 2024?" is answered by
    each year's figure; a development over a stretch stays one question."""
    from rag.compose.multi import period_parts

    assert period_parts("Er der kommet flere eller færre til erhvervslivets nytårskur fra "
                        "2023 til 2024?") == [
        "Er der kommet flere eller færre til erhvervslivets nytårskur i 2023?",
        "Er der kommet flere eller færre til erhvervslivets nytårskur i 2024?"]
    assert period_parts("Hvordan udviklede ledigheden sig fra 2015 til 2024?") == []


def test_the_questions_own_words_are_no_name_and_an_association_is_a_who() -> None:
    """"Hvem laver løntilskudsjob og fleksjob …?": "ordninger: Løntilskudsjob Fleksjob Job"
    is a list of the question's words, not a person; "foreningen Lev, som laver …" is who."""
    from rag.compose.typed import holds

    q = "Hvem laver løntilskudsjob og fleksjob til folk med udviklingshandicap?"
    assert not holds("Det drejer sig om følgende ordninger: Løntilskudsjob Fleksjob Job med "
                     "løntilskud.", "person", question=q)
    assert holds("Der er indgået aftale med KLAPjob, der er en beskæftigelsesindsats under "
                 "foreningen Lev, som laver løntilskudsjob.", "person", question=q)
    assert holds("Anja Holtze (A) blev valgt.", "person", question="Hvem blev valgt?")


def test_a_later_part_asks_its_own_body_not_the_first_parts() -> None:
    """"…: hvad anbefalede plan- og tryghedsudvalget …, og hvordan stemte byrådet, da sagen
    kom op i oktober?" — the second part borrows the matter, not the first part's body."""
    from rag.compose.multi import split_parts

    parts = split_parts("Adgangskontrol på Greve Bibliotek: hvad anbefalede plan- og "
                        "tryghedsudvalget i september 2024, og hvordan stemte byrådet, da "
                        "sagen kom op i oktober?")
    assert len(parts) == 2 and "adgangskontrol" in parts[1]
    assert "tryghedsudvalget" not in parts[1]


def test_a_later_part_without_a_body_of_its_own_keeps_the_first_parts() -> None:
    """"… hvad gjorde plan- og tryghedsudvalget i juni 2024, og hvad blev besluttet i
    oktober?" — the second part asks the same committee."""
    from rag.compose.multi import split_parts

    parts = split_parts("Hvordan gik det med sagen om tryghedsvagter i Greve – hvad gjorde "
                        "plan- og tryghedsudvalget i juni 2024, og hvad blev besluttet i "
                        "oktober?")
    assert len(parts) == 2 and "tryghedsudvalget" in parts[1]


def test_review_guards() -> None:
    """What the rules above must not catch: a recommendation "fra Økonomiudvalget", where a
    case goes next, "de nye regler" as a body, a name sharing one word with the question,
    "mere eller mindre" (roughly)."""
    from rag.case_intent import asks_case_history
    from rag.compose.multi import period_parts
    from rag.compose.typed import holds
    from rag.intent import asks_decision

    assert not asks_case_history("Hvad besluttede byrådet efter indstilling fra "
                                 "Økonomiudvalget om budgettet?")
    assert not asks_case_history("Hvilke udvalg skal sagen om budgettet videre til?")
    assert not asks_case_history("Hvilke instanser blev hørt i sagen om skolestrukturen?")
    assert not asks_decision("Hvilke ændringer havde de nye regler for kontanthjælpsmodtagerne?")
    assert holds("Borgmester Per Lund Sørensen foreslog sagen.", "person",
                 question="hvem foreslog studieturen til lund?")
    assert period_parts("Blev udgifterne mere eller mindre halveret fra 2023 til 2025?") == []
    assert len(period_parts("Fra 2023 til 2024, var der flere eller færre deltagere?")) == 2


def test_a_new_paragraph_is_found_whatever_its_line_wraps() -> None:
    """The year a paragraph opens with ends at the next line start, also when that line is
    wrapped short or spaced otherwise ("Foreningerne" / "melder om …")."""
    from rag.compose.sentence_scores import _starts_line

    starts = ["I 2022 blev der afholdt 4", "Foreningerne", "Administrationen har vær"]
    assert _starts_line("Foreningerne  melder om 500 børn på venteliste.", starts)
    assert _starts_line("Administrationen har været i dialog med foreningerne.", starts)
    assert not _starts_line("1.118 børn deltog i sommerferieaktiviteter.", starts)


def test_period_parts_say_a_borrowed_year_only() -> None:
    """Each part heads its answer: "den 7/2-23" already says its year (no "7/2-23 2023"),
    "i juni" takes the year said after "september 2020"."""
    assert period_parts("Hvem deltog i møderne den 7/2-23 og 18/3-25?") == [
        "Hvem deltog i møderne den 7/2-23?", "Hvem deltog i møderne den 18/3-25?"]
    assert period_parts("Hvad skete der i juni og september 2020?")[0] == \
        "Hvad skete der i juni 2020?"
