"""The storage layer without an embedder or Chroma: schema keys, the SQLite item store,
the persisted BM25 index with filters, generations."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters

from ingest import lexical
from ingest.chunk import meeting_key, meeting_to_nodes
from ingest.itemstore import ItemStore, SchemaMismatch, read_generation
from rag.catalog import get_item, get_items, list_meetings
from rag.lexical import Idf, LexicalRetriever
from referat import schema as k
from referat.domain import AgendaItem, ItemRef, Meeting, Participant, Section

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2025, 3, 18)


def meeting(committee: str, decision: str, topic: str = "IPS-indsatsen") -> Meeting:
    items = [
        AgendaItem(1, "Meddelelser", sections=[Section("Beslutning", "Taget til efterretning.")]),
        AgendaItem(4, f"Status på {topic}", journal_number="15.00.00-A00-1-25", sections=[
            Section("Sagsfremstilling", f"Udvalget orienteres om {topic} og beskæftigelse."),
            Section("Beslutning", decision)]),
    ]
    return Meeting(committee, DAY, items, start_time="08:00", place="Rådhuset",
                   participants=[Participant("Anja Holtze (A)"),
                                 Participant("Musa Kekec (A)", "afbud")],
                   municipality="Ballerup", source=f"/x/{committee}.txt")


def fill(store: ItemStore, *meetings: Meeting) -> None:
    for m in meetings:
        store.put_meeting(meeting_key(m), m, f"sha-{m.committee}", meeting_to_nodes(m, "sha"))


@pytest.fixture()
def store(tmp_path: Path) -> ItemStore:
    s = ItemStore(tmp_path / k.ITEM_STORE_FILE)
    fill(s, meeting("Erhvervsudvalget", "Godkendt."), meeting("Socialudvalget", "Udsat."))
    return s


def test_chunk_metadata_holds_keys_and_filter_fields_only():
    nodes = meeting_to_nodes(meeting("Erhvervsudvalget", "Godkendt."), "sha")
    for node in nodes:
        extra = set(node.metadata) - set(k.CHUNK_KEYS) - {k.FILE_COMPLETE}
        assert not extra, extra
        assert all(len(str(v)) < 200 for v in node.metadata.values())
    assert nodes[-1].metadata[k.FILE_COMPLETE] is True


def test_metadata_keys_are_named_only_in_the_schema_module():
    literal = re.compile(r"""["'](meeting_date_int|meeting_key|file_complete|item_json|"""
                         r"""source_sha256|meeting_time)["']""")
    offenders = [str(p.relative_to(ROOT))
                 for pkg in ("referat", "ingest", "rag", "ui", "eval")
                 for p in (ROOT / pkg).rglob("*.py")
                 if p.name != "schema.py" and literal.search(p.read_text("utf-8"))]
    assert offenders == []


def test_two_committees_on_one_day_stay_two_meetings_and_items(store):
    meetings = list_meetings(store)
    assert [m.committee for m in meetings] == ["Erhvervsudvalget", "Socialudvalget"]
    assert meetings[0].attendees == ["Anja Holtze (A)"]
    assert meetings[0].absentees == ["Musa Kekec (A)"]
    assert meetings[0].agenda == [(1, "Meddelelser", False), (4, "Status på IPS-indsatsen", False)]
    both = get_items(store, DAY, 4)
    assert sorted((i.committee, i.section("Beslutning")) for i in both) == [
        ("Erhvervsudvalget", "Godkendt."), ("Socialudvalget", "Udsat.")]
    ref = ItemRef("Ballerup", "Socialudvalget", DAY, "08:00", 4)
    item = get_item(store, ref)
    assert item is not None and item.ref == ref and item.section("Beslutning") == "Udsat."
    assert item.journal_number == "15.00.00-A00-1-25"


def test_rewriting_a_meeting_replaces_it_and_delete_removes_it(store):
    m = meeting("Erhvervsudvalget", "Afvist.")
    fill(store, m)
    assert len(list_meetings(store)) == 2
    ref = ItemRef("Ballerup", "Erhvervsudvalget", DAY, "08:00", 4)
    assert get_item(store, ref).section("Beslutning") == "Afvist."
    store.delete_meeting(meeting_key(m))
    assert get_item(store, ref) is None
    assert [m.committee for m in list_meetings(store)] == ["Socialudvalget"]


def test_store_of_another_schema_version_is_refused(tmp_path):
    path = tmp_path / k.ITEM_STORE_FILE
    ItemStore(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '1' WHERE name = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(SchemaMismatch, match="--rebuild"):
        ItemStore(path)


def test_lexical_index_persists_filters_and_publishes_generations(store, tmp_path):
    first = lexical.build(store, tmp_path)
    assert read_generation(tmp_path) == (1, first)
    index = lexical.load(tmp_path)
    assert index.size == store.count_chunks()
    assert isinstance(index.bm25.scores["data"], __import__("numpy").memmap)

    hits = LexicalRetriever(index, store, 5).retrieve("IPS-indsatsen beslutning udsat")
    assert hits and {h.node.metadata[k.COMMITTEE] for h in hits} == {
        "Erhvervsudvalget", "Socialudvalget"}
    only = MetadataFilters(filters=[MetadataFilter(key=k.COMMITTEE, operator=FilterOperator.IN,
                                                   value=["Socialudvalget"])])
    hits = LexicalRetriever(index, store, 5, only).retrieve("IPS-indsatsen")
    assert hits and {h.node.metadata[k.COMMITTEE] for h in hits} == {"Socialudvalget"}
    punkt = MetadataFilters(filters=[MetadataFilter(key=k.PUNKT, operator=FilterOperator.EQ,
                                                    value=1)])
    hits = LexicalRetriever(index, store, 5, punkt).retrieve("efterretning")
    assert hits and all(h.node.metadata[k.PUNKT] == 1 for h in hits)
    nobody = MetadataFilters(filters=[MetadataFilter(key=k.MUNICIPALITY, operator=FilterOperator.IN,
                                                     value=["Greve"])])
    with pytest.raises(ValueError):
        LexicalRetriever(index, store, 5, nobody)

    idf = Idf(index)
    assert "ips" in idf and idf.get("ips") < idf.get("ukendtord")

    fill(store, meeting("Økonomiudvalget", "Godkendt.", topic="budgettet"))
    second = lexical.build(store, tmp_path)
    third = lexical.build(store, tmp_path)
    assert read_generation(tmp_path) == (3, third)
    kept = sorted(p.name for p in (tmp_path / k.LEXICAL_DIR).iterdir())
    assert kept == sorted({second, third}) and first not in kept
    assert lexical.load(tmp_path).size == store.count_chunks()


def test_date_ranges_become_sets_of_meeting_days_with_the_same_chunks(store, tmp_path):
    from rag.lexical import filter_mask
    from rag.retrieve import to_metadata_filters
    from referat.domain import Filters

    fill(store, meeting("Økonomiudvalget", "Godkendt.", topic="budgettet"))
    lexical.build(store, tmp_path)
    index = lexical.load(tmp_path)
    year = Filters(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31),
                   committees=["Socialudvalget"])
    as_range = to_metadata_filters(year)
    as_set = to_metadata_filters(year, [20240101, 20250318, 20260101])
    assert [f.operator for f in as_range.filters] == [
        FilterOperator.GTE, FilterOperator.LTE, FilterOperator.EQ]
    assert [(f.operator, f.value) for f in as_set.filters] == [
        (FilterOperator.EQ, 20250318), (FilterOperator.EQ, "Socialudvalget")]
    assert (filter_mask(index, as_range) == filter_mask(index, as_set)).all()
    assert 0 < filter_mask(index, as_set).sum() < index.size


def test_idf_scoped_to_a_municipality_counts_only_its_chunks(store, tmp_path):
    """A word common in another municipality's minutes stays rare in Ballerup's: the
    sentence a Ballerup question quotes does not change when Greve is added."""
    import dataclasses

    from rag.lexical import ScopedLexical, filter_mask
    from rag.retrieve import to_metadata_filters
    from referat.domain import Filters

    greve = [dataclasses.replace(meeting(f"Udvalg {i}", "Godkendt.", topic="budgettet"),
                                 municipality="Greve") for i in range(4)]
    fill(store, *greve)
    lexical.build(store, tmp_path)
    index = lexical.load(tmp_path)
    idf = Idf(index)
    ballerup = idf.scoped(ScopedLexical(index, filter_mask(
        index, to_metadata_filters(Filters(municipalities=["Ballerup"])))))
    assert ballerup.n < idf.n
    # "budgettet" is in every Greve meeting and in none of Ballerup's: common in the
    # archive, unknown (as rare as can be) in Ballerup's minutes
    assert idf.get("budget") < ballerup.get("budget") == ballerup.default
    assert ballerup.get("ips") < ballerup.default
    # a word only Greve's minutes hold is not one Ballerup's hold ("Københavns Lufthavn"
    # named only in Greve is an unknown name to a Ballerup question)
    assert "budget" in idf and "budget" not in ballerup and "ips" in ballerup
    assert "budget" not in set(ballerup) and "ips" in set(ballerup)


def test_the_index_keeps_each_municipalitys_word_counts(store, tmp_path):
    """A question about one municipality in an archive of many reads that municipality's
    word counts from the index as built, the same as counting its chunks one by one."""
    import dataclasses

    from rag.lexical import ScopedLexical, filter_mask
    from rag.retrieve import to_metadata_filters
    from referat.domain import Filters

    greve = [dataclasses.replace(meeting(f"Udvalg {i}", "Godkendt.", topic="budgettet"),
                                 municipality="Greve") for i in range(3)]
    fill(store, *greve)
    lexical.build(store, tmp_path)
    index = lexical.load(tmp_path)
    for names in (["Ballerup"], ["Greve"], ["Ballerup", "Greve"], ["Aarhus"]):
        mask = filter_mask(index, to_metadata_filters(Filters(municipalities=names)))
        kept = index.document_frequencies_in(names)
        counted = ScopedLexical(index, mask)
        assert (kept == counted.df).all(), names
        read = ScopedLexical(index, mask, kept)
        assert read.ordered_vocab == counted.ordered_vocab == sorted(counted.vocab)
    only = to_metadata_filters(Filters(municipalities=["Greve"]))
    greve_only = ScopedLexical(index, filter_mask(index, only),
                               index.document_frequencies_in(["Greve"]))
    assert "budget" in greve_only.vocab and greve_only.vocab["budget"] == index.vocab["budget"]
    assert index.document_frequencies_in(["Aarhus"]).sum() == 0


def test_a_municipalitys_vocabulary_holds_only_the_words_its_minutes_use(store, tmp_path):
    """"budgettet" is in every Greve meeting and in none of Ballerup's: for a Ballerup
    question it is a word the archive does not have (so `known_forms` may read it as a
    word Ballerup's minutes use, and a matter only Greve names is absent at home); the
    lexical retriever searches the scope with that vocabulary."""
    import dataclasses

    from rag.lexical import ScopedLexical, filter_mask
    from rag.retrieve import to_metadata_filters
    from referat.domain import Filters

    greve = [dataclasses.replace(meeting(f"Udvalg {i}", "Godkendt.", topic="budgettet"),
                                 municipality="Greve") for i in range(4)]
    fill(store, *greve)
    lexical.build(store, tmp_path)
    index = lexical.load(tmp_path)
    only = to_metadata_filters(Filters(municipalities=["Ballerup"]))
    ballerup = ScopedLexical(index, filter_mask(index, only))
    assert "budget" in index.vocab and "budget" not in ballerup.vocab
    assert "ips" in ballerup.vocab and ballerup.ordered_vocab == sorted(ballerup.vocab)
    assert ballerup.size == index.size  # everything else is the index's own
    hits = LexicalRetriever(ballerup, store, 5, only).retrieve("IPS-indsatsen")
    assert hits and all(h.node.metadata["municipality"] == "Ballerup" for h in hits)


def test_a_write_that_timed_out_is_sent_again_and_other_errors_are_not():
    """A `chroma run` server busy compacting can hold a write past the timeout: the
    slice is sent again (Chroma ignores ids it already has); any other error stops."""
    import httpx

    from ingest.store import add_batched

    class Server:  # stands in for ChromaVectorStore over a busy server
        def __init__(self, failures: list[Exception]) -> None:
            self.failures, self.written = failures, []

        def add(self, nodes: list) -> None:
            if self.failures:
                raise RuntimeError("write failed") from self.failures.pop(0)
            self.written.extend(nodes)

    busy = Server([httpx.ReadTimeout("timed out")])
    add_batched(busy, list(range(5)), 2, waits=(0.0,))
    assert busy.written == [0, 1, 2, 3, 4]
    broken = Server([ValueError("bad metadata")])
    with pytest.raises(RuntimeError):
        add_batched(broken, list(range(5)), 2, waits=(0.0,))
    assert broken.written == []
    hopeless = Server([httpx.ReadTimeout("t"), httpx.ReadTimeout("t")])
    with pytest.raises(RuntimeError):
        add_batched(hopeless, [1], 1, waits=(0.0,))


def test_a_name_only_another_municipality_uses_is_unknown_to_this_ones_items(store, tmp_path):
    """Asked across Ballerup and Greve, "Københavns Lufthavn" named only in Greve's
    minutes is still an unknown name for a Ballerup item (its confidence is cut), while
    the archive as a whole knows it."""
    import dataclasses

    from rag.confidence import item_scope, unknown_names
    from rag.lexical import Idf, ScopedLexical, ScopedLookup, filter_mask
    from rag.names import ArchiveNames
    from rag.query import parse_question
    from rag.retrieve import to_metadata_filters
    from referat.domain import Filters, ItemRef, RetrievedItem

    greve = dataclasses.replace(meeting("Økonomiudvalget", "Godkendt.",
                                        topic="aftalen med Københavns Lufthavn"),
                                municipality="Greve")
    fill(store, greve)
    lexical.build(store, tmp_path)
    index = lexical.load(tmp_path)

    class Archive:
        municipalities = ["Ballerup", "Greve"]
        names = ArchiveNames(municipalities, ["Erhvervsudvalget", "Økonomiudvalget"])
        idf = vocabulary = Idf(index)
        default_idf, lexical = idf.default, index

        def scoped(self, filters: Filters) -> ScopedLookup:
            scope = ScopedLexical(index, filter_mask(index, to_metadata_filters(filters)))
            return ScopedLookup(self, self.idf.scoped(scope), scope)

    archive = Archive()
    q = parse_question("Hvad har udvalget aftalt med Københavns Lufthavn?")
    at_home = RetrievedItem(ItemRef("Ballerup", "Erhvervsudvalget", DAY, "08:00", 4),
                            "Status på IPS-indsatsen", False, 1.0)
    in_greve = RetrievedItem(ItemRef("Greve", "Økonomiudvalget", DAY, "08:00", 4),
                             "Status på aftalen", False, 1.0)
    assert unknown_names(q, archive) == []
    assert unknown_names(q, item_scope(archive, at_home)) == ["Københavns", "Lufthavn"]
    assert unknown_names(q, item_scope(archive, in_greve)) == []


def test_bm25_in_one_municipality_weighs_words_by_its_own_rarity(store, tmp_path):
    """bm25s bakes one corpus-wide idf into its scores: "budgettet", common in Greve's
    minutes and rare in Ballerup's, weighed little in a Ballerup question. Scoped to
    Ballerup, the item that names the word home rarely ranks first, as it does in an
    index of Ballerup's minutes alone; over the whole corpus the scores are bm25s's."""
    import dataclasses

    from rag.lexical import ScopedLexical, filter_mask
    from rag.retrieve import to_metadata_filters
    from referat.domain import Filters

    greve = [dataclasses.replace(meeting(f"Udvalg {i}", "Godkendt.", topic="budgettet"),
                                 municipality="Greve") for i in range(6)]
    fill(store, meeting("Kulturudvalget", "Godkendt.", topic="budgettet"), *greve)
    lexical.build(store, tmp_path)
    index = lexical.load(tmp_path)
    query = "Hvad blev der sagt om IPS og budgettet?"

    def top_title(lex: object, only: Filters) -> str:
        hits = LexicalRetriever(lex, store, 3, to_metadata_filters(only)).retrieve(query)
        assert all(h.node.metadata["municipality"] == "Ballerup" for h in hits)
        return hits[0].node.metadata["committee"]

    home = Filters(municipalities=["Ballerup"])
    mask = filter_mask(index, to_metadata_filters(home))
    assert top_title(ScopedLexical(index, mask), home) == "Kulturudvalget"
    assert top_title(index, home) != "Kulturudvalget"  # the corpus-wide idf
    everything = ScopedLexical(index, np.ones(index.size, dtype=np.float32))
    ids = index.bm25.get_tokens_ids(["budget", "ips", "budget"])
    assert np.allclose(everything.scores(ids, np.ones(index.size)),
                       index.bm25.get_scores(ids), rtol=1e-5)
