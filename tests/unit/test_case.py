"""`referat sag NUMBER`: every treatment of a case across meetings, in date order; a
"Sagens forløb" entry points to the earlier meeting's item when the archive holds it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.chunk import meeting_key, meeting_to_nodes
from ingest.formats import read_meetings
from ingest.itemstore import ItemStore
from rag.case import case_history

FIXTURE = Path(__file__).parent / "fixtures" / "formats" / "firstagenda_referat.json"


def _store(tmp_path: Path, *paths: Path) -> ItemStore:
    """An item store (SQLite, no Chroma) holding the meetings of `paths`."""
    store = ItemStore(tmp_path / "items.sqlite")
    for path in paths:
        (meeting,) = read_meetings(path)
        store.put_meeting(meeting_key(meeting), meeting, "sha",
                          meeting_to_nodes(meeting, "sha"))
    return store


def _earlier_treatment(tmp_path: Path) -> Path:
    """The fixture's case as the Skoleudvalget treated it on 28 February 2024."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["Udvalg"]["Navn"] = "Skoleudvalget"
    data["Moede"]["Dato"] = "2024-02-28T16:00:00+01:00"
    data["Dagsordenpunkter"][0]["Felter"][0]["Html"] = "<h3>Beslutning</h3><p>Anbefalet.</p>"
    earlier = tmp_path / "skoleudvalget.json"
    earlier.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return earlier


def test_history_entries_not_in_the_archive_are_listed_from_the_sagsforloeb(tmp_path):
    steps = case_history(_store(tmp_path, FIXTURE), "24-001234")
    assert [(s.date, s.committee, s.in_archive) for s in steps] == [
        (date(2024, 2, 28), "Skoleudvalget", False),
        (date(2024, 3, 13), "Byrådet", True),
    ]
    assert steps[1].ref.punkt == 2 and steps[1].text.startswith("Godkendt.")


def test_an_earlier_meeting_in_the_archive_is_cited_once(tmp_path):
    store = _store(tmp_path, FIXTURE, _earlier_treatment(tmp_path))
    steps = case_history(store, "24-001234")
    assert [(s.committee, s.in_archive, s.text) for s in steps] == [
        ("Skoleudvalget", True, "Anbefalet."),
        ("Byrådet", True, steps[1].text),
    ]
    assert case_history(store, "99-999999") == []


def test_a_case_history_question_lists_every_treatment_with_citations(tmp_path):
    from rag.catalog import get_item
    from rag.compose.base import Context
    from rag.compose.case import compose_case
    from rag.query import parse_question
    from referat.domain import RetrievedItem

    store = _store(tmp_path, FIXTURE, _earlier_treatment(tmp_path))

    class Archive:  # the Lookup the composers read, over the real item store
        municipalities = ["Greve"]
        idf, default_idf, vocabulary = {}, 1.0, set()

        def __init__(self) -> None:
            self.store = store

        def item(self, ref):  # noqa: ANN001, ANN202
            return get_item(store, ref)

        def meeting(self, ref):  # noqa: ANN001, ANN202
            return None

    byraad = next(s.ref for s in case_history(store, "24-001234") if "Byråd" in s.committee)
    top = RetrievedItem(byraad, "Ny skolestruktur", False, score=1.0)
    question = "Hvad er forløbet i sagen om den nye skolestruktur?"
    ctx = Context(question, parse_question(question), [top], Archive(), lambda _: 1.0, 0.5)
    answer = compose_case(ctx)
    assert answer is not None and answer.kind == "case"
    assert answer.text.index("Anbefalet.") < answer.text.index("Godkendt.")  # oldest first
    assert [c.ref.date for c in answer.citations] == [date(2024, 2, 28), date(2024, 3, 13)]


def test_a_question_naming_a_case_number_finds_its_item(tmp_path):
    from rag.case import items_by_case_number

    store = _store(tmp_path, FIXTURE)
    (found,) = items_by_case_number(store, "Hvad står der i sag 24-001234 fra marts?")
    assert (found.ref.committee, found.ref.punkt) == ("Byrådet", 2)
    assert items_by_case_number(store, "Hvad står der i sag 24-999999?") == []


def test_a_treatment_named_in_history_is_looked_up_in_the_asked_municipality(tmp_path):
    """The fixture's minutes (Greve) name a Skoleudvalget treatment on 28 February 2024:
    a Ballerup question about that day must not learn of it from Greve's history."""
    store = _store(tmp_path, FIXTURE)
    day = date(2024, 2, 28)
    assert read_meetings(FIXTURE)[0].municipality == "Greve"
    assert store.treated_between(day, day)
    assert store.treated_between(day, day, None, ["Greve"])
    assert not store.treated_between(day, day, None, ["Ballerup"])
    assert not store.treated_between(day, day, ["Økonomiudvalget"])


def test_the_store_finds_a_body_the_minutes_speak_of(tmp_path: Path) -> None:
    """`ItemStore.mentions`: a name in an item's text, capitalised or not, of the given
    municipalities only."""
    store = _store(tmp_path, FIXTURE)
    (municipality,) = {row["municipality"] for row in store._rows(
        "SELECT municipality FROM meetings")}
    assert store.mentions("Skoleudvalg", [municipality])
    assert store.mentions("skoleudvalg", [municipality])
    assert not store.mentions("Skoleudvalg", ["Ballerup"])
    assert not store.mentions("Plan- og Tryghedsudvalg", [municipality])
