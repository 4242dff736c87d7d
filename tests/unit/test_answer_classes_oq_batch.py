"""Answer classes found on the dev half of the blind oq batch (other municipalities,
fifth session): a decision that approves "administrationens indstilling" after its verb,
an Indstilling of one unnumbered proposal, and point numbers on a line of their own above
the outcome ("Ad 1-4." / "Anbefales.") each show what was proposed."""

from __future__ import annotations

from rag.compose.decision import proposal_note, proposal_points

_ONE = ("Administrationen indstiller, at datoen for byrådsmødet onsdag den 31. januar 2024 "
        "flyttes til mandag den 29. januar 2024.")


def test_the_body_approving_the_administrations_proposal_shows_it() -> None:
    note = proposal_note("Byrådet godkendte administrationens indstilling.\nAfbud: Bo Lund",
                         proposal_points(_ONE))
    assert note == f"Indstillingen lød: »{_ONE}«"


def test_point_numbers_alone_on_their_line_go_with_the_outcome_below() -> None:
    points = {1: "At udbyde madservice sammen med Ringsted Kommune.", 2: "At …"}
    note = proposal_note("Ad 1-2.\nAnbefales.\nCharlotte Levin (S) undlod at tage stilling.",
                         points)
    assert note.split("\n") == [
        "Indstillingens punkt 1 »At udbyde madservice sammen med Ringsted Kommune.«: "
        "Anbefales.", "Indstillingens punkt 2 »At …«: Anbefales."]


def test_a_decision_of_its_own_words_shows_no_proposal() -> None:
    assert proposal_note("Udvalget ønsker en ny sag om trafikken.", proposal_points(_ONE)) == ""
