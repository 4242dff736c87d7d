"""Answer classes found in the twentieth session on the dev halves of fresh blind batches
(bw, bx, by, bz: the seeds): "i år" asked of an archive that ends before this year, two
periods set against each other, questions listed after commas, how often, a measure's
"på", a matter asked by the same noun twice, a deadline stated to be checked, a reason
asked with a figure in it, and phrases the minutes write as one compound."""

from __future__ import annotations

from datetime import date
from typing import Any

from rag.compose.fact import compose_fact
from rag.compose.listed_parts import both_parts
from rag.compose.multi import shown_parts, split_parts
from rag.compose.period_parts import period_parts
from rag.intent import asked_type, is_claim
from rag.overview import asks_trend
from rag.period_scope import this_year_held
from rag.premises import _split_place
from rag.query import parse_question
from rag.roles import who_role
from referat.danish import sentences
from referat.values import FREQUENCY, find_values

_STATUS = "Status på arbejdsgiverens sociale ansvar"


def test_this_year_of_an_archive_that_ends_before_it_is_its_latest_year() -> None:
    """"jobcamp i år" asked of minutes that end in March 2025 is Jobcamp 2025 (the
    citation shows the year); "i år 2020" names its own year."""
    held = [date(2015, 6, 9), date(2025, 3, 18)]
    assert this_year_held("jobcamp i år – hvor er den henne?", held) == \
        "jobcamp i 2025 – hvor er den henne?"
    assert this_year_held("hvad skete der i år 2020?", held) == "hvad skete der i år 2020?"
    assert this_year_held("jobcamp i år?", [date(date.today().year, 1, 5)]) == "jobcamp i år?"


def test_two_periods_set_against_each_other_are_asked_one_by_one() -> None:
    """"sammenlign 2. kvt 2020 med 4. kvt 2023", "2015 mod 2025": each period's figure."""
    parts = period_parts("mister ballerup flere firmaer ved fraflytning end den får ind? "
                         "sammenlign 2. kvt 2020 med 4. kvt 2023")
    assert [p[-11:] for p in parts] == ["2. kvt 2020", "4. kvt 2023"]
    assert period_parts("Hvordan var ledigheden i 2015 mod 2025?") == [
        "Hvordan var ledigheden i 2015?", "Hvordan var ledigheden i 2025?"]
    # ("med" joins two periods only after "sammenlign")
    assert period_parts("Hvad skete der i 2023 med 40 deltagere i 2024?") == []


def test_questions_listed_after_commas_are_parts_of_their_own() -> None:
    """"…: hvornår var den sat til …, hvilke datoer foreslog administrationen, og hvad
    blev valgt?" asks three things; an embedded question ("analysen af, hvorfor …",
    "…, hvad der skulle ske") is none."""
    parts = shown_parts("Udvalgets tur til Sverige: hvornår var den sat til i årsplanen for "
                        "2023, hvilke datoer foreslog administrationen, og hvad blev valgt?")
    assert len(parts) == 3 and parts[1].startswith("hvilke datoer foreslog")
    assert len(split_parts("Hvem var inviteret til at uddybe analysen af, hvorfor "
                           "virksomheder flytter til og fra kommunen?")) == 1
    assert len(split_parts("Hvem foreslog, hvad der skulle ske med studieturen?")) == 1
    # the choice among the proposals is a decision
    assert asked_type("hvad blev valgt?") != "date"


def test_how_often_is_asked_and_answered_by_a_frequency(archive: Any, context: Any) -> None:
    """"Hvor tit skal udvalget have status …?" is answered by "to gange årligt", not by
    the sentence that only repeats the status's name."""
    assert asked_type("hvor tit skal udvalget have status på det sociale ansvar?") == FREQUENCY
    said = [v.text for v in find_values(
        "Status to gange årligt, en gang i kvartalet og et velkomstmøde hvert halve år.",
        frozenset({FREQUENCY}))]
    assert said == ["to gange årligt", "en gang i kvartalet", "hvert halve år"]
    item = archive.add(date(2023, 2, 7), 10, _STATUS, {"Sagsfremstilling": (
        "Ordinære job i Ballerup Kommune som arbejdsgiver med socialt ansvar (4719 "
        "stillinger).\nDer udarbejdes en status for Ballerup Kommunes sociale ansvar som "
        "arbejdsgiver to gange årligt til udvalget.")})
    answer = compose_fact(context("hvor tit skal udvalget have status på kommunens sociale "
                                  "ansvar som arbejdsgiver?", [item]))
    assert "to gange årligt" in answer.text and "4719" not in answer.text


def test_a_measures_preposition_names_no_place() -> None:
    """"prisen på skolemad i Ballerup": the matter is the school meals, the place is
    Ballerup (so an archive without "skolemad" does not treat it as somewhere)."""
    assert _split_place("prisen på skolemad i Ballerup") == ("prisen på skolemad", "Ballerup")
    assert _split_place("butikscentret i bilkvarteret") == ("butikscentret", "bilkvarteret")


def test_two_matters_named_by_the_same_noun_are_asked_one_by_one() -> None:
    """"… under både sagen om X og sagen om Y i februar 2024?" — each with the period."""
    parts = both_parts("Hvilken medarbejder sad med under både sagen om styringsdokumenter "
                       "og sagen om pladser i råd og nævn i februar 2024?")
    assert parts == ["Hvilken medarbejder sad med under sagen om styringsdokumenter i "
                     "februar 2024?", "Hvilken medarbejder sad med under sagen om pladser i "
                     "råd og nævn i februar 2024?"]
    # "sad med under punktet" is who took part in the item, as "deltog under"
    assert who_role("Hvem sad med under punktet om forenkling?") == "presenter"


def test_a_claim_asked_with_passer_det_at_or_a_stated_deadline() -> None:
    """A stated detail is the claim's, to be checked, not a meeting's day ("er fristen for
    tilmelding 1. maj?" names no meeting held on 1 May)."""
    assert is_claim("Passer det, at Sandra Marsenics fravær blev forlænget til 1. juni 2025?")
    assert is_claim("Jeg vil gerne med på Jobcamp 2025 – er fristen for tilmelding 1. maj?")
    assert not is_claim("Hvornår er fristen for tilmelding til Jobcamp?")


def test_a_reason_asked_with_a_figure_in_it_asks_no_figure() -> None:
    """"Hvorfor kan kommunen ikke bare kræve, at virksomhederne skærer 15 pct. …?" asks
    why; the 15 pct. is the question's own."""
    assert asked_type("Hvorfor kan kommunen ikke bare kræve, at virksomhederne i Ballerup "
                      "skærer 15 pct. af deres energiforbrug?") == "free"


def test_how_a_figure_has_gone_is_a_development() -> None:
    """"hvordan er tallet gået fra 2015 til 2024?" follows the figure over the meetings
    (the 2025 status reports 2024's)."""
    assert asks_trend("Seniorjob i kommunen – hvordan er tallet gået fra 2015 til 2024?")
    assert not asks_trend("Hvordan er det gået med studieturen?")


def test_a_bullet_list_does_not_swallow_the_next_numbered_notice() -> None:
    """The lead's bullets end the unit; "2. Jobcamp 2025 afholdes i Aalborg …" is a
    sentence of its own (it answers where Jobcamp is)."""
    units = sentences("Ballerup udmærker sig ved:\n  - En høj andel af vækstvirksomheder\n"
                      "  - En solid eksportpræstation.\n"
                      "2. Jobcamp 2025 afholdes i Aalborg Kongres & Kultur Center.")
    assert units[-1] == "2. Jobcamp 2025 afholdes i Aalborg Kongres & Kultur Center."


def test_a_named_person_given_to_confirm_asks_who_did_it() -> None:
    """"Var det Kenneth Andersen fra Implement, der fremlagde analysen …?" asks who
    presented it (the name is the premise, not the matter searched); a choice ("Var det
    mest mænd eller kvinder, der …?") asks no person."""
    q = parse_question("Var det Kenneth Andersen fra Implement, der fremlagde analysen af "
                       "økonomien på beskæftigelsesområdet i september 2020?")
    assert q.kind == "who" and "kenneth" not in q.search_text.lower()
    assert parse_question("Var det mest mænd eller kvinder, der blev meldt ledige i "
                          "2020?").kind != "who"
    assert parse_question("Er det de små eller de store firmaer, der forlader "
                          "kommunen?").kind != "who"


def test_a_year_compared_with_the_one_before_is_asked_year_by_year() -> None:
    """"Kom der flere eller færre til nytårskuren i 2024 end året før?" — 2023 and 2024."""
    assert period_parts("Kom der flere eller færre til nytårskuren i 2024 end året før?") == [
        "Kom der flere eller færre til nytårskuren i 2023?",
        "Kom der flere eller færre til nytårskuren i 2024?"]
