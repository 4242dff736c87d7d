"""Answer classes found by the j-batch (40 questions in everyday words, scored before
any fix): the council's decision asked of a committee's minutes, …"""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("question", "body"), [
    ("Hvad endte byrådet med at beslutte om studieturen til Lund?", "byrådet"),
    ("Hvornår vedtog Kommunalbestyrelsen strategien?", "kommunalbestyrelsen"),
    ("hvad besluttede kommunalbestyrelsen om honoraret?", "kommunalbestyrelsen"),
    ("Sendte udvalget sagen videre til byrådet?", None),
])
def test_the_council_as_the_body_that_decided(question: str, body: str | None) -> None:
    from rag.query import named_body, names_other_body

    assert names_other_body(question, []) is (body is not None)
    assert named_body(question) == body
    # an archive that holds the council's own minutes answers from them
    assert not names_other_body(question, ["Byrådet"])


def test_the_council_named_only_as_where_the_matter_goes_has_not_decided(
        archive, context) -> None:  # noqa: ANN001 - fixtures
    from rag.premises import unreported_body

    sent_on = archive.add(date(2023, 2, 7), 5, "Studietur til Lund", {
        "Beslutning": "Indstillingen godkendt. Saime Bilen Inanc (Ø) benyttede "
                      "standsningsretten, hvorfor sagen overgår til behandling i "
                      "Kommunalbestyrelsen.",
        "Sagsfremstilling": "Udvalget tager på studietur til Lund i november 2023."})
    answer = unreported_body(context("Hvad endte byrådet med at beslutte om studieturen "
                                     "til Lund?", [sent_on]))
    assert answer is not None and answer.declined
    assert "byrådet besluttede" in answer.text
    assert [c.ref.punkt for c in answer.citations] == [5]

    decided = archive.add(date(2025, 3, 18), 5, "Status på det sociale ansvar", {
        "Sagsfremstilling": "Strategien blev vedtaget på Kommunalbestyrelsens møde den "
                            "19. juni 2017, punkt 4."})
    assert unreported_body(context("Hvornår vedtog byrådet strategien for det sociale "
                                   "ansvar?", [decided])) is None
