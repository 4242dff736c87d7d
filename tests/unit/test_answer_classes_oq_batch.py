"""Answer classes found on the dev half of the blind oq batch (other municipalities,
fifth session): a decision that approves "administrationens indstilling" after its verb,
an Indstilling of one unnumbered proposal, and point numbers on a line of their own above
the outcome ("Ad 1-4." / "Anbefales.") each show what was proposed."""

from __future__ import annotations

from rag.compose.proposal import proposal_note, proposal_points

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


def test_a_list_entrys_year_is_its_headings(archive, context) -> None:
    """"Hvad blev udskrivningsprocenten for 2025?" asked of the 2024 budget: the entry
    under "… for 2025 er:" answers, though its own sentence names an older budget (a
    list too long to quote whole is quoted by its entries)."""
    from datetime import date

    from rag.compose.fact import compose_fact

    item = archive.add(date(2024, 10, 2), 9, "2. behandling af Budget 2025-28", {
        "Sagsfremstilling": "Budgettet er i balance.\nDe indarbejdede skatter og afgifter "
        "for 2025 er:\n- Indkomstskatteprocent på 24,59 pct. Udskrivningsprocenten er "
        "forhøjet med 0,07 i overensstemmelse med tidligere beslutning truffet ifm. "
        "vedtagelsen af budget for 2021-24 (ændret)\n- Grundskyldspromille på 5,5 promille "
        "(uændret)\n- Grundskyldspromille produktionsjord på 2,144 promille (uændret)\n"
        "- Dækningsafgift på erhvervsejendomme på 10 promille (uændret)\n"
        "- Dækningsafgift for alle offentlige ejendomme afregnes i 2025-28 med samme beløb "
        "som i 2024 (uændret)\n- Kirkeskat på 0,81 pct. Forhøjet fra 0,73 til 0,81 "
        "(ændret)\n"
        "Valget mellem statsgaranti og selvbudgettering er alene byrådets."})
    answer = compose_fact(context("Hvad blev udskrivningsprocenten for 2025?", [item]))
    assert not answer.declined, answer.text
    assert "24,59 pct." in answer.text
    assert "for 2025 er:" in answer.text
    assert "produktionsjord" not in answer.text
