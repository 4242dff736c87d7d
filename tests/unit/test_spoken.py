"""Questions dictated to a voice assistant: numbers in words, fillers, a committee's
name heard as separate words, self-corrections (`referat.spoken`)."""

from __future__ import annotations

import pytest

from referat.spoken import spoken_as_written


@pytest.mark.parametrize(("spoken", "written"), [
    # years and days of the month in words
    ("øh hvem manglede den tredje maj totusind og nitten",
     "hvem manglede den 3. maj 2019"),
    ("hvad skete der i to tusind og fem og tyve", "hvad skete der i 2025"),
    ("mødet den enogtyvende oktober nittenhundrede og femoghalvfems",
     "mødet den 21. oktober 1995"),
    # a word taken back: the second one counts
    ("nytårskuren i juni nej juli totusind og tolv nej fjorten", "nytårskuren i juli 2014"),
    # figures: a unit, "punkt", "klokken" or a decimal beside them
    ("blev der bevilget tre komma syv millioner", "blev der bevilget 3,7 millioner"),
    ("hvad handlede punkt otte og ni om", "hvad handlede punkt 8 og 9 om"),
    ("startede det klokken fjorten", "startede det klokken 14"),
    ("hvor mange af de hundrede og tyve pladser", "hvor mange af de 120 pladser"),
    ("var rammen 150 tusind kroner", "var rammen 150.000 kroner"),  # a scale after digits
    # a committee's compound name as separate words
    ("hvad sagde kultur og fritids udvalget", "hvad sagde kultur- og fritidsudvalget"),
    ("hvornår mødtes beskæftigelses udvalget", "hvornår mødtes beskæftigelsesudvalget"),
    # a cleft asks the question inside it
    ("hvem var det der fremlagde sagen", "hvem fremlagde sagen"),
    # a year told relative to the one named before
    ("hvor mange var der i 2016 og året efter", "hvor mange var der i 2016 og i 2017"),
])
def test_spoken_numbers_and_names_become_the_written_form(spoken: str, written: str) -> None:
    assert spoken_as_written(spoken) == written


@pytest.mark.parametrize("text", [
    "de tre partier stemte imod",  # small numbers stay words: minutes write them so
    "et af punkterne blev udsat",
    "to og to",
    "hvis udvalget siger ja",  # "hvis" is no part of a committee's name
    "kommunens udvalg",
    "hvad sagde hele udvalget",
    "hvad besluttede udvalget om studieturen?",  # a verb before "udvalget"
    "Hvad sagde udvalget til lokalplanen?",
    "Hvem stemte for og hvem stemte imod?",
    "Hvad besluttede Erhvervs- og Beskæftigelsesudvalget den 7. februar 2023?",
])
def test_written_questions_pass_through(text: str) -> None:
    assert spoken_as_written(text) == text


@pytest.mark.parametrize("text", [
    "Hvor mødtes udvalget den 18. marts 2025?",  # a passive verb is no part of a name
    "Nøjedes udvalget med at tage tallene til efterretning?",
    "Kom der flere til nytårskuren i 2024 end året før?",  # a comparison stays one
    "Aarhus teknisk udvalg 1. oktober 2025",  # a town before a name is no part of it
])
def test_verbs_and_comparisons_stay_as_written(text: str) -> None:
    assert spoken_as_written(text) == text
