"""An item asked by its printed number: "punkt 2.1" of minutes numbered in groups
(1.1, 1.2, 2.1, …), "punkt 5a", "punkt 715" of minutes with running numbers."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from ingest.chunk import meeting_key, meeting_to_nodes
from ingest.formats import read_meetings
from ingest.itemstore import ItemStore
from referat.domain import Filters

GROUPED = Path(__file__).parent / "fixtures" / "formats30" / "pdf_group_numbered_items.pdf"


@pytest.mark.parametrize("question, label, punkt", [
    ("Hvad blev besluttet under punkt 2.1?", "2.1", None),
    ("Hvad stod der i punkt 5a på mødet?", "5a", None),
    ("Hvad handlede punkt 715 om?", "715", 715),
    ("Hvad besluttede de under punkt 5 den 7. februar 2023?", "5", 5),
    ("Hvad skete der under punktet 12, og hvem stemte imod?", "12", 12),
])
def test_the_printed_number_is_read_from_the_question(question: str, label: str,
                                                      punkt: int | None) -> None:
    from rag.query import parse_question

    q = parse_question(question, [])
    assert (q.label, q.punkt) == (label, punkt)


def test_a_year_is_no_item_number() -> None:
    from rag.query import parse_question

    assert parse_question("Hvad skete der med punkt 2024-budgettet?", []).label == ""


def _lookup(tmp_path: Path) -> SimpleNamespace:
    store = ItemStore(tmp_path / "items.sqlite")
    (meeting,) = read_meetings(GROUPED)
    store.put_meeting(meeting_key(meeting), meeting, "sha", meeting_to_nodes(meeting, "sha"))
    key = meeting_key(meeting)
    return SimpleNamespace(store=store, meetings_in=lambda f: [SimpleNamespace(key=key)])


@pytest.mark.parametrize("question, punkt", [
    ("Hvad blev besluttet under punkt 2.1?", 4),  # the fourth item: 1.1 1.2 1.3 2.1
    ("Hvad handlede punkt 3.1 om?", 6),
    ("Hvad blev besluttet under punkt 4.2?", None),  # no such label
    ("Hvad blev besluttet under punkt 2?", None),  # a plain number, no meeting named
])
def test_a_label_names_its_item(tmp_path: Path, question: str, punkt: int | None) -> None:
    from rag.query import parse_question
    from rag.scope import labelled_punkt

    q = parse_question(question, [])
    assert labelled_punkt(q, Filters(), _lookup(tmp_path)) == punkt
