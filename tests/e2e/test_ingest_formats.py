"""`referat ingest` over files of several formats: per file the format, the meeting and
its item count; one meeting exported twice (XML and its PDF text) is indexed once; files
no adapter reads are named with a Danish reason."""

from __future__ import annotations

import shutil
from pathlib import Path

from ingest.index import ingest_paths
from ingest.store import open_collection
from referat.config import Config

FIXTURES = Path(__file__).resolve().parents[1] / "unit" / "fixtures" / "formats"


def test_formats_ingest_once_each_and_unknown_files_are_named(tmp_path):
    folder = tmp_path / "eksport"
    folder.mkdir()
    for name in ("edoc_referat.xml", "edoc_referat_pdf.txt", "acadre_referat.xml",
                 "unknown.json"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "noter.docx").write_bytes(b"PK\x03\x04 not minutes")
    cfg = Config(data_dir=tmp_path / "idx")
    report = ingest_paths([folder], cfg, progress=False)
    status = {f.path.name: (f.status, f.format) for f in report.files}
    assert status["edoc_referat.xml"] == ("added", "edoc-xml")
    assert status["acadre_referat.xml"] == ("added", "acadre-xml")
    assert status["edoc_referat_pdf.txt"][0] == "duplicate"  # the same meeting, from the XML
    reasons = {f.path.name: f.reason for f in report.failed}
    assert "JSON i et ukendt format" in reasons["unknown.json"]
    assert ".docx" in reasons["noter.docx"]
    summary = report.summary()
    assert "edoc_referat.xml: edoc-xml, 2012-12-04 Ballerup, Teknik- og Miljøudvalget " \
           "(referat), 1 punkt" in summary
    assert "Sprunget over: noter.docx" in summary
    meetings = open_collection(cfg).get(where={"file_complete": True})["ids"]
    assert len(meetings) == 2
