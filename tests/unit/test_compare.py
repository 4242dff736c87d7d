"""Comparing a claim's parts with one item, over an in-memory item (no model, no Chroma)."""

from __future__ import annotations

from datetime import date

from rag.catalog import ItemView
from rag.claims import parse_claim
from rag.compare import CONFIRMED, CONTRADICTED, NOT_STATED, Matcher
from rag.weights import WEIGHTS
from referat.domain import ItemRef, RetrievedItem

REF = ItemRef("Ballerup", "Erhvervsudvalget", date(2023, 2, 7), "08:00", 5)
VIEW = ItemView(REF, 5, "Studietur til Lund", False, None, [
    ("Sagsfremstilling", "Det foreslås, at følgende fire steder indgår i studieturen til "
                         "Lund. Turen koster 150.000 kr. for hele udvalget."),
    ("Beslutning", "Indstillingens punkt 1: Indstillingen godkendt.\n"
                   "Saime Bilen Inanc (Ø) stemte i mod beslutningen.\n"
                   "Indstillingens punkt 2: Studieturen gennemføres den 23.-24. november "
                   "2023."),
])


class FakeLookup:
    idf: dict[str, float] = {}
    default_idf = 2.0

    def item(self, ref: ItemRef) -> ItemView | None:
        return VIEW if ref == REF else None

    def meeting(self, ref: ItemRef) -> None:
        return None


def _verdicts(text: str) -> dict[str, tuple[str, str]]:
    matcher = Matcher(FakeLookup(), WEIGHTS)
    item = RetrievedItem(ref=REF, title=VIEW.title, closed=False, score=1.0)
    claim = parse_claim(text)
    parts = matcher.compare(claim, item, matcher.sentences(item))
    return {p.kind: (p.verdict, p.minutes_value) for p in parts}


def test_same_values_confirm_in_any_spelling() -> None:
    got = _verdicts("Studieturen til Lund koster 0,15 mio. kr. og gennemføres den "
                    "23.-24. november 2023.")
    assert got["amount"][0] == CONFIRMED
    assert got["date"][0] == CONFIRMED and got["place"][0] == CONFIRMED


def test_other_values_contradict_with_the_minutes_value() -> None:
    got = _verdicts("Studieturen til Stockholm koster 250.000 kr.")
    assert got["place"] == (CONTRADICTED, "Lund")
    assert got["amount"] == (CONTRADICTED, "150.000 kr.")


def test_decision_and_vote() -> None:
    assert _verdicts("Udvalget udsatte studieturen.")["decision"] == (CONTRADICTED, "godkendt")
    assert _verdicts("Udvalget godkendte studieturen.")["decision"][0] == CONFIRMED
    assert _verdicts("Saime Bilen Inanc stemte imod studieturen.")["person"][0] == CONFIRMED
    assert _verdicts("Enhedslisten stemte imod studieturen.")["party"][0] == CONFIRMED
    assert _verdicts("Venstre stemte imod studieturen.")["party"][0] == CONTRADICTED


def test_a_value_the_item_has_no_kind_of_is_not_stated() -> None:
    assert _verdicts("Studieturen havde 12 deltagere.")["count"][0] == NOT_STATED
