"""Claims without a model: splitting a text, the question wrappers, typed parts, and the
meeting date only when the claim names "mødet den …"."""

from __future__ import annotations

from datetime import date

from rag.claims import claimed_outcome, parse_claim, split_claims, strip_question


def test_question_wrappers_are_stripped() -> None:
    assert strip_question("Passer det, at studieturen gik til Lund?") == "studieturen gik til Lund"
    assert strip_question("Er det rigtigt, at udvalget godkendte X?") == "udvalget godkendte X"
    assert strip_question("Udvalget lukkede jobcentret – passer det?") == \
        "Udvalget lukkede jobcentret"


def test_a_paragraph_is_split_into_claims() -> None:
    text = ("Caverion har 300 ansatte i Danmark. Udvalget godkendte den 7. februar 2023 en "
            "studietur.\n\nDer kom 150 deltagere til nytårskuren. Ja.")
    assert [c.text for c in split_claims(text)] == [
        "Caverion har 300 ansatte i Danmark.",
        "Udvalget godkendte den 7. februar 2023 en studietur.",
        "Der kom 150 deltagere til nytårskuren."]


def test_typed_parts() -> None:
    claim = parse_claim("Er det rigtigt, at udvalget godkendte en studietur til Stockholm "
                        "i 2023 til 1,5 mio. kr.?")
    kinds = {p.kind: p for p in claim.parts}
    assert kinds["place"].text == "Stockholm"
    assert kinds["amount"].value.number == 1_500_000
    assert kinds["date"].period.year == 2023
    assert kinds["decision"].outcome == "godkendt"
    assert "studietur" in claim.topic and "stockholm" not in claim.topic


def test_claim_dates_are_facts_unless_the_meeting_is_named() -> None:
    fact = parse_claim("Studieturen gennemføres den 23.-24. november 2023.")
    assert fact.meeting_day is None and fact.parts[0].period.start == date(2023, 11, 23)
    meeting = parse_claim("På mødet den 7. februar 2023 blev besøget hos Caverion udsat.")
    assert meeting.meeting_day == date(2023, 2, 7)
    assert [p.kind for p in meeting.parts if p.kind == "date"] == []


def test_claimed_outcomes() -> None:
    assert claimed_outcome("Udvalget udsatte sagen") == "udsat"
    assert claimed_outcome("Udvalget godkendte ikke forslaget") == "afvist"
    assert claimed_outcome("Orienteringen blev taget til efterretning") == "efterretning"
    assert claimed_outcome("Udvalget vedtog planen") == "godkendt"
    assert claimed_outcome("Caverion har 300 ansatte") == ""


def test_a_date_right_after_the_decision_verb_is_the_decision_date() -> None:
    decided = parse_claim("Udvalget godkendte den 7. marts 2023 en studietur til Lund.")
    assert [p.decided_on for p in decided.parts if p.kind == "date"] == [True]
    trip = parse_claim("Udvalget godkendte, at studieturen gennemføres den 23. november 2023.")
    assert [p.decided_on for p in trip.parts if p.kind == "date"] == [False]


def test_bounds_on_numbers() -> None:
    bounds = {p.text: p.bound for p in parse_claim(
        "Caverion har over 250 ansatte og under 5 pct. ledige, cirka 30 butikker.").parts}
    assert bounds["250 ansatte"] == ">" and bounds["5 pct."] == "<"
    assert bounds["30 butikker"] == "~"
