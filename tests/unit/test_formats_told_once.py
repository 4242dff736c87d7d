"""A treatment told in the case text ("Byrådet besluttede den 26.09.2024 at sende
forslaget i høring") and headed as a decision further down ("Byrådet den 26-09-2024:
Godkendt.") is one treatment of the history, not two or three; told alone it stays."""

from __future__ import annotations

from datetime import date

from ingest.formats.told_history import told_treatments
from ingest.formats.treatment_notes import one_per_treatment
from referat.domain import Treatment

DAY = date(2023, 5, 11)


def test_a_treatment_told_and_headed_is_one_entry() -> None:
    told = told_treatments(["Sagsfremstilling", "Kommunalbestyrelsen besluttede den "
                            "11.05.2023 at sende planforslaget i offentlig høring."],
                           "Plan- og Klimaudvalget")
    assert told, "the sentence is read as a treatment"
    history = one_per_treatment([*told, Treatment("Kommunalbestyrelsen", DAY, "Godkendt.")])
    assert [(t.committee, t.text) for t in history] == [("Kommunalbestyrelsen", "Godkendt.")]


def test_a_treatment_only_told_stays_once() -> None:
    told = told_treatments(["Skoleudvalget besluttede på sit møde d. 11. maj 2023 at sende "
                            "forslaget i høring."], "Børneudvalget")
    history = one_per_treatment([*told, *told_treatments(
        ["Skoleudvalget besluttede på sit møde d. 11. maj 2023 at sende forslaget i høring."],
        "Børneudvalget")])
    assert [(t.committee, t.date) for t in history] == [("Skoleudvalget", DAY)]
