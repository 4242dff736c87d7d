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


def test_who_missed_an_item_when_members_were_there_for_part_of_the_meeting(tmp_path):
    """"Fraværende: Bo Jensen (V) deltog ikke i behandlingen af punkt 3 og 4." Asked who
    was absent at punkt 4, the answer names him (and the meeting's apology) and cites
    punkt 4; at punkt 2 only the apology is named."""
    from rag.answer import Answerer

    cfg = Config(data_dir=tmp_path / "idx")
    fixture = FIXTURES.parent / "formats17" / "text_part_time_attendance.txt"
    assert not ingest_paths([fixture], cfg, progress=False).failed
    answerer = Answerer(cfg, generator="extractive")
    answer = answerer.ask("Hvem deltog ikke i behandlingen af trafiksikkerhedsplanen?")
    assert not answer.declined
    assert "Bo Jensen (V)" in answer.text and "Fie Skov (O)" in answer.text
    assert "Dorte Lund" not in answer.text and "Carl Olsen" not in answer.text
    assert [c.ref.punkt for c in answer.citations] == [4]
    # at punkt 2 everyone but the apology was there
    lights = answerer.ask("Hvem var fraværende, da udvalget behandlede vejbelysningen?")
    assert "Fie Skov (O)" in lights.text
    assert "Bo Jensen" not in lights.text and "Dorte Lund" not in lights.text
    assert [c.ref.punkt for c in lights.citations] == [2]


def test_asked_who_took_part_in_a_meeting_only_its_agenda_holds(tmp_path):
    """A portal's agenda published before the meeting: its list calls the members, and
    asked who took part, the answer says only the agenda is in the archive, names whom it
    calls and the apology it already knew, and cites the meeting; asked about one member,
    it does not answer "Ja"."""
    from rag.answer import Answerer

    cfg = Config(data_dir=tmp_path / "idx")
    fixture = FIXTURES.parent / "formats42" / "01_dagsorden_portal.html"
    assert not ingest_paths([fixture], cfg, progress=False).failed
    answerer = Answerer(cfg, generator="extractive")
    answer = answerer.ask("Hvem deltog i Handicaprådets møde den 9. oktober 2024?")
    assert "Kun dagsordenen" in answer.text and "Annette Fog" in answer.text
    assert "Afbud meldt inden mødet: Dennis Lyk" in answer.text
    assert "Deltagere i" not in answer.text
    assert [(c.ref.date.isoformat(), c.ref.punkt) for c in answer.citations][:1] == [
        ("2024-10-09", 0)]
    one = answerer.ask("Var Bo Riber med til Handicaprådets møde den 9. oktober 2024?")
    assert not one.text.startswith("Ja") and "Kun dagsordenen" in one.text
