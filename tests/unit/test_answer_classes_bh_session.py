"""Answer classes found in the seventh session: counts of staff are no counts of the
citizens, a Center's "indstiller, at" keeps its points, and the administration's own
unit is no outside name."""

from __future__ import annotations

from rag.compose.near_miss import names_one
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
