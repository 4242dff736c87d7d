"""An item's printed label ("5a", "A", "lukket punkt 1") from the parse to what the user
sees: stored with the item and in its chunks' metadata, named in citations, answers,
the sources panel and `referat show`, which finds the item by it. The number stays the
identity. No model, no Chroma."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.chunk import meeting_key, meeting_to_nodes
from ingest.itemstore import ItemStore, SchemaMismatch
from rag.catalog import MeetingInfo, find_items, get_item, list_meetings, ref_from_metadata
from rag.compose.base import where
from rag.compose.meeting import compose_meeting
from referat import schema as k
from referat.domain import Citation, ItemRef, Meeting, RetrievedItem
from ui.cli import main
from ui.render import sources_html

from .conftest import FakeArchive
from .fixture_files import one_meeting

DAY = date(2024, 6, 27)
URGENT = "Hastesag: Midlertidig lukning af Rømødæmningen for cyklister"


@pytest.fixture(scope="module")
def council() -> Meeting:
    """Byrådet in Tønder, 27 June 2024: items 1-5, "Punkt 5a" (an urgent item, number 6)
    and "Punkt 6" (number 7)."""
    return one_meeting("formats15", "text_council_members_party_wrapped.txt")


def _fill(data_dir: Path, meeting: Meeting) -> ItemStore:
    store = ItemStore(data_dir / k.ITEM_STORE_FILE)
    store.put_meeting(meeting_key(meeting), meeting, "sha", meeting_to_nodes(meeting, "sha"))
    return store


def test_the_parse_gives_the_printed_mark_as_the_label(council: Meeting) -> None:
    assert [(i.number, i.label) for i in council.items][4:] == [(5, ""), (6, "5a"), (7, "6")]
    assert council.items[5].title == URGENT and council.items[5].name == "punkt 5a"


def test_a_citation_names_the_item_as_the_minutes_print_it(council: Meeting) -> None:
    """The label travels in the chunks' metadata: the citation of a retrieved chunk of
    item 6 says "punkt 5a"; its JSON keeps `punkt` the number and adds `label`."""
    node = next(n for n in meeting_to_nodes(council, "sha") if n.metadata[k.PUNKT] == 6)
    assert f" · Punkt 5a: {URGENT} · " in node.text.split("\n")[0]  # (what BM25 reads)
    ref = ref_from_metadata(node.metadata)
    assert ref == ItemRef("Tønder", "Byrådet", DAY, "18:00", 6)  # the identity: the number
    cite = Citation(ref, URGENT)
    assert cite.render() == f"(Byrådet, 27. juni 2024, punkt 5a: {URGENT})"
    assert cite.to_dict()["punkt"] == 6 and cite.to_dict()["label"] == "5a"
    plain = Citation(ItemRef("Tønder", "Byrådet", DAY, "18:00", 5), "Beredskab")
    assert "label" not in plain.to_dict() and ", punkt 5: Beredskab" in plain.render()
    item = RetrievedItem(ref, URGENT, False, 1.0)
    assert where(item) == f"Byrådet, 27. juni 2024, punkt 5a ({URGENT})"
    assert item.label == f"27. juni 2024, punkt 5a: {URGENT}"  # the candidate lists' line


def test_the_item_store_keeps_the_label_and_show_finds_the_item_by_it(
        council: Meeting, tmp_path: Path) -> None:
    store = _fill(tmp_path, council)
    view = get_item(store, ItemRef("Tønder", "Byrådet", DAY, "18:00", 6))
    assert view is not None and (view.label, view.ref.name) == ("5a", "punkt 5a")
    assert list_meetings(store)[0].labels == {6: "5a", 7: "6"}
    # by the printed mark first; the number where no item is printed so
    assert [v.number for v in find_items(store, DAY, "5a")] == [6]
    assert [v.number for v in find_items(store, DAY, "Punkt 5A")] == [6]
    assert [v.number for v in find_items(store, DAY, "6")] == [7]
    assert [v.number for v in find_items(store, DAY, "5")] == [5]
    assert [v.number for v in find_items(store, DAY, "7")] == [7]
    assert find_items(store, DAY, "5b") == []
    store.close()

    runner = CliRunner()
    shown = runner.invoke(main, ["show", "2024-06-27", "5a"],
                          env={"REFERAT_DATA_DIR": str(tmp_path)})
    assert shown.exit_code == 0, shown.output
    assert shown.output.split("\n")[:2] == ["Tønder, Byrådet, 27. juni 2024",
                                            f"Punkt 5a: {URGENT}"]
    by_number = runner.invoke(main, ["show", "2024-06-27", "5"],
                              env={"REFERAT_DATA_DIR": str(tmp_path)})
    assert by_number.exit_code == 0 and "\nPunkt 5: Ny organisering" in by_number.output


def test_a_closed_part_and_lettered_items_are_shown_by_their_labels(tmp_path: Path) -> None:
    """"Lukket punkt 1" (item 5) and "A." (item 1): `show` finds each as printed."""
    closed = one_meeting("formats13", "text_closed_part_renumbered.txt")
    lettered = one_meeting("formats25", "word_lettered_items.docx")
    store = _fill(tmp_path, closed)
    _fill(tmp_path, lettered).close()
    assert [v.number for v in find_items(store, closed.date, "lukket punkt 1")] == [5]
    assert [v.number for v in find_items(store, closed.date, "Lukket 2")] == [6]
    assert [v.number for v in find_items(store, lettered.date, "C")] == [3]
    store.close()
    shown = CliRunner().invoke(main, ["show", closed.date.isoformat(), "lukket punkt 1"],
                               env={"REFERAT_DATA_DIR": str(tmp_path)})
    assert shown.exit_code == 0, shown.output
    assert shown.output.split("\n")[1] == (
        "Lukket punkt 1: Erhvervelse af areal til cykelsti, Bredsten")


def test_an_item_store_of_the_version_before_labels_asks_for_a_rebuild(tmp_path: Path) -> None:
    """An index written before items had labels (schema 4, no `items.label`) is refused
    with the rebuild hint, never read without its labels."""
    path = tmp_path / k.ITEM_STORE_FILE
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
                     "INSERT INTO meta VALUES ('schema_version', '4');"
                     "CREATE TABLE items (meeting_key TEXT NOT NULL, punkt INTEGER NOT NULL, "
                     "date TEXT NOT NULL, title TEXT NOT NULL, closed INTEGER NOT NULL, "
                     "journal_number TEXT, PRIMARY KEY (meeting_key, punkt));")
    db.close()
    with pytest.raises(SchemaMismatch, match="--rebuild"):
        ItemStore(path)


def _council_info(labels: dict[int, str]) -> MeetingInfo:
    return MeetingInfo("Tønder", "Byrådet", DAY, "18:00", "Byrådssalen", ["Jørgen Popp (V)"],
                       [], [(5, "Beredskab", False), (6, "Hastesag: Rømødæmningen", False),
                            (7, "Køb af ejendom", True)], "referat", "x.txt", labels=labels)


def test_agenda_answers_and_the_sources_panel_name_items_by_their_labels(
        archive: FakeArchive, context) -> None:  # noqa: ANN001
    info = _council_info({6: "5a", 7: "6"})
    front = archive.add_meeting(info)
    agenda = compose_meeting(context("Hvilke punkter blev behandlet på mødet den 27. juni "
                                     "2024?", [front]))
    assert "5. Beredskab\n5a. Hastesag: Rømødæmningen\n6. Lukket: Køb af ejendom" in agenda.text
    closed = compose_meeting(context("Var der lukkede punkter på mødet den 27. juni 2024?",
                                     [front]))
    assert "- Punkt 6: Køb af ejendom" in closed.text
    assert [(c.ref.punkt, c.ref.label) for c in closed.citations] == [(7, "6")]
    urgent = ItemRef("Tønder", "Byrådet", DAY, "18:00", 6, "5a")
    html = sources_html(agenda.__class__("q", "svar", [Citation(urgent, URGENT)]), archive)
    assert f"punkt 5a: {URGENT}" in html
    page = sources_html(agenda.__class__("q", "svar", [Citation(info.ref, "")]), archive)
    assert "<li>5a. Hastesag: Rømødæmningen</li>" in page
