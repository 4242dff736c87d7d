"""Answer classes found in the nineteenth session on the dev halves of earlier blind
batches and fresh ones (bt, bu: the seeds; pf: Greve and the formats examples): a year
that names the report a figure is asked from, the words that name the paper a figure
is asked in, and a party's name typed with a slip."""

from __future__ import annotations

from datetime import date
from typing import Any

from rag.compose.fact import compose_fact
from rag.parties import asked_party
from referat.periods import MEETING_BEFORE
from referat.word_typos import respell_parties

_STATUS = "Status på arbejdsgiverens sociale ansvar"


def test_the_year_of_a_status_is_the_reports_not_its_figures(
        archive: Any, context: Any) -> None:
    """"… hvor mange borgere ifølge statussen i 2025?": the status put before the
    committee in 2025 reports on 2024; its sentence on 1 August – 31 December 2024
    answers, not a bare list line that names no period."""
    assert MEETING_BEFORE.search("hvor mange borgere ifølge statussen i ")
    assert MEETING_BEFORE.search("i opgørelserne fra ")
    assert not MEETING_BEFORE.search("hvor mange borgere var i løntilskud i ")
    item = archive.add(date(2025, 3, 18), 5, _STATUS, {"Sagsfremstilling": (
        "I perioden den 1. august 2024 til den 31. december 2024 har der været 130 borgere "
        "i løntilskud i private virksomheder ud over det oplyste tal i opgørelsen.\n"
        "- Løntilskud (30)\n- Virksomhedspraktik (44)")})
    answer = compose_fact(context("Hvor mange borgere var i løntilskud i private "
                                  "virksomheder ifølge statussen i 2025?", [item]))
    assert "130 borgere" in answer.text and not answer.declined


def test_the_words_naming_the_paper_pick_no_sentence(archive: Any, context: Any) -> None:
    """"Seniorjob – hvordan har tallet ændret sig i statusserne om arbejdsgiverens
    sociale ansvar?": every sentence of the status is about the employer's social
    responsibility; the one with "Seniorjob (9)" answers, not the one repeating the
    paper's name."""
    # (an archive of other statuses: "seniorjob" is rare, "status" and "ansvar" are not)
    for punkt, title in enumerate(("Status på IPS-indsatsen", "Socialt ansvar i udbud",
                                   "Status på nøgletal", "Status på jobcentret",
                                   "Status på rygestop", "Status på ledigheden"), start=1):
        archive.add(date(2023, 2, 7), punkt, title, {"Sagsfremstilling": (
            "Der gives en status på kommunens sociale ansvar og arbejdsgiverens opgaver.")})
    item = archive.add(date(2023, 2, 7), 10, _STATUS, {"Sagsfremstilling": (
        "Der udarbejdes en status for Ballerup Kommunes sociale ansvar som arbejdsgiver to "
        "gange årligt til udvalget samt en gang årligt til Økonomiudvalget.\n"
        "- Fleksjob (70)\n- Seniorjob (9)\n- Løntilskud (20)")})
    answer = compose_fact(context("Seniorjob i kommunen – hvordan har tallet ændret sig i "
                                  "statusserne om arbejdsgiverens sociale ansvar?", [item]))
    assert "Seniorjob (9)" in answer.text
    assert "to gange årligt" not in answer.text


def test_a_party_typed_with_a_slip_still_names_its_members() -> None:
    """"Var der socialdemokarter, der ikke dukkede op …?" asks about (A)'s members; a
    word that is no party's stays as typed."""
    fixed = respell_parties("Hvilke socialdemokarter dukkede ikke op til mødet?")
    assert "socialdemokrater" in fixed
    assert asked_party(fixed) == "A"
    assert respell_parties("Konservatisme og kommunikation") == (
        "Konservatisme og kommunikation")
