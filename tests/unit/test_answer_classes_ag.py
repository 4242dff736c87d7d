"""Answer classes found by the ag-batch and the dev split's multi-part misses: a lead
that names what every part of a question is about ("Nytårskuren i januar 2024 – …, og
hvor mange dukkede så op?"), and a part that asks about now rather than the first part's
period ("…, og hvad viser de nyeste nøgletal?"), and a sentence that goes on about the
matter the sentence before names ("Deltagerne har udtrykt stor tilfredshed …")."""

from __future__ import annotations

from datetime import date

from rag.compose.fact import score_sentences
from rag.compose.multi import split_parts
from rag.intent import asked_type


def test_a_lead_before_a_dash_or_colon_is_the_matter_of_every_part() -> None:
    parts = split_parts("Nytårskuren i januar 2024 – hvornår blev datoen meldt ud, og hvor "
                        "mange dukkede så op?")
    assert len(parts) == 2
    assert "nytårskuren" in parts[1].lower() and "datoen" not in parts[1].lower()
    # a later part with words of its own still gets the lead's matter
    parts = split_parts("Nytårskuren for erhvervslivet i januar 2024: hvor mange mødte op, og "
                        "hvilke lokale virksomheder var på programmet?")
    assert "nytårskuren" in parts[1].lower()


def test_a_part_about_now_does_not_take_the_first_parts_period() -> None:
    parts = split_parts("Ledigheden i Ballerup – hvordan så det ud under corona i 2020, og hvad "
                        "viser de nyeste nøgletal?")
    assert "2020" not in parts[1] and "ledigheden" in parts[1].lower()
    # a part that refers back keeps the period
    parts = split_parts("Hvor mange var ledige i 2019, og hvor stor en andel var det?")
    assert "2019" in parts[1]


def test_a_preamble_before_a_colon_is_no_lead() -> None:
    parts = split_parts("Til min opgave: hvor mange nye politikker og strategier vedtog Ballerup "
                        "Kommune i 2023, og hvilke var det?")
    assert "politikker" in parts[1].lower()


_NEWS = (
    "3. Jobmessen 2024: 300 borgere mødte op til jobmessen i Ballerup Idrætsby. Deltagerne "
    "roste programmet, hvor blandt andre Lise Holm og Ole Berg talte. "
    "4. Erhvervslivets nytårskur 2024: 180 deltagere mødte op til nytårskuren for "
    "erhvervslivet. Deltagerne roste programmet, hvor blandt andre Kristian Jensen og "
    "Pelle Hansen talte. "
    "5. I 2024 igangsættes et udviklingsforløb i rehabilitering.")


def test_a_sentence_that_goes_on_about_the_matter_named_before_it(archive, context) -> None:
    item = archive.add(date(2024, 2, 6), 1, "Meddelelser",
                       {"Sagsfremstilling": _NEWS, "Beslutning": "Orienteringen taget til "
                        "efterretning"})
    question = "Hvem talte ved nytårskuren?"
    ranked = sorted(score_sentences(context(question, [item]), item, asked_type(question)),
                    key=lambda quote: -quote.score)
    assert "Kristian Jensen" in ranked[0].text
