"""Round 180: one meeting's supplements and corrections as files of their own: a
supplementary agenda whose first item is lettered ("7a"), a corrected re-issue of the
minutes ("RETTET REFERAT – VERSION 2"), a decisions-only protocol with its agenda, and a
member's statement sent apart (a protokollat .odt, a mindretalsudtalelse e-mail)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.itemstore import ItemStore
from ingest.sittings import MERGED, REPLACED, combine

from .office_files import docx, odt, para
from .test_formats_layouts177 import _run  # (ingest's plan for files, the store written)

HEAD = ("Odsherred Kommune\n{kind}\nTeknikudvalget\nMødedato: Tirsdag den 4. juni 2024\n"
        "Mødetidspunkt: Kl. 15:00\nMødested: Mødelokale 2, Rådhuset, Nyvej 22, 4573 Højby\n")
AGENDA = HEAD.format(kind="Dagsorden") + "".join(
    f"{n}. Sag nummer {n}\nSagsnr.: 24-00{n}10\nSagsfremstilling\nTekst om sag {n}.\n"
    f"Indstilling\nAdministrationen indstiller, at sag {n} godkendes.\n" for n in (1, 2, 3))
SUPPLEMENT = HEAD.format(kind="Tillægsdagsorden") + (
    "Indholdsfortegnelse\n2a. Høringssvar – forslag til vandplan for\n4. Vejnavne\n"
    "2a. Høringssvar – forslag til vandplan for\noplandet til Sejerøbugten\n Sagsnr.: 24-00777\n"
    "Sagsfremstilling\nStyrelsen har sendt planen i høring.\nIndstilling\n"
    "Administrationen indstiller, at høringssvaret godkendes.\n"
    "4. Vejnavne\n Sagsnr.: 24-00888\nSagsfremstilling\nTo nye veje skal navngives.\n")


def _write(folder: Path, files: dict[str, str | bytes]) -> None:
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        path = folder / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")


def test_a_supplements_lettered_first_item_is_read_and_placed_after_its_item(tmp_path):
    _write(tmp_path, {"dagsorden.txt": AGENDA, "tillaeg.txt": SUPPLEMENT})
    supplement = read_meetings(tmp_path / "tillaeg.txt")[0]
    assert [(i.label or str(i.number), i.title, i.journal_number) for i in supplement.items] == [
        ("2a", "Høringssvar – forslag til vandplan for oplandet til Sejerøbugten", "24-00777"),
        ("4", "Vejnavne", "24-00888")]
    _, meeting, parts = combine([read_meetings(tmp_path / "dagsorden.txt")[0], supplement])
    assert parts[1] == MERGED
    assert [(i.number, i.label) for i in meeting.items] == [
        (1, ""), (2, ""), (3, "2a"), (4, "3"), (5, "4")]


def _fanoe(banner: bool, decision: str) -> bytes:
    notice = [para("RETTET REFERAT – VERSION 2"),
              para("Udsendt 30. maj 2022. Erstatter referat (version 1) udsendt 25. maj 2022.")]
    return docx([*(notice if banner else []), para("Referat", "Title"),
                 para("Kulturudvalget", "Heading1"), para("Mødedato: Mandag den 23. maj 2022"),
                 para("Mødetid: Kl. 15.30"),
                 para("1. Godkendelse af dagsorden", "Heading2"), para("Beslutning"),
                 para("Godkendt."), para("2. Biblioteket", "Heading2"),
                 para("Sagsfremstilling"), para("Åbningstiderne ændres."),
                 para("Beslutning"), para(decision)],
                styles={"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"})


def test_a_corrected_reissue_keeps_its_committee_and_replaces_the_first_issue(tmp_path):
    _write(tmp_path, {"referat.docx": _fanoe(False, "Godkendt."),
                      "referat_rettet.docx": _fanoe(True, "Godkendt med en ændring.")})
    store = ItemStore(tmp_path / "items.sqlite")
    report, plans = _run(store, tmp_path / "referat.docx", tmp_path / "referat_rettet.docx")
    assert [p.meeting.committee for p in plans] == ["Kulturudvalget"]
    assert plans[0].meeting.items[1].decision == "Godkendt med en ændring."
    first = next(f for f in report.files if f.path.name == "referat.docx")
    assert first.status == REPLACED and "rettede udgave" in first.reason


PROTOCOL = ("Vejle Kommune\nBeslutningsprotokol\nTeknikudvalget\nMødedato: 4. juni 2024\n"
            "Mødetidspunkt: Kl. 15:00\nMødested: Mødelokale 2\n"
            "Til stede: Bo Holm (A), Ida Dam (V)\nFraværende: Eva Lund (F)\n"
            + "".join(f"{n}. Sag nummer {n}\nBeslutning\nGodkendt.\n" for n in (1, 2, 3)))
AGENDA_ROLES = AGENDA.replace("Odsherred", "Vejle").replace(
    "Mødested:", "Medlemmer:\nBo Holm (A), formand\nIda Dam (V)\nEva Lund (F)\nMødested:")


def test_a_decisions_only_protocol_keeps_the_agendas_sections_and_roles(tmp_path):
    _write(tmp_path, {"dagsorden.txt": AGENDA_ROLES, "protokol.txt": PROTOCOL})
    _, meeting, parts = combine([read_meetings(tmp_path / "dagsorden.txt")[0],
                                 read_meetings(tmp_path / "protokol.txt")[0]])
    assert parts[0] == MERGED and meeting.doc_type == "referat"
    assert [s.name for s in meeting.items[1].sections] == [
        "Sagsfremstilling", "Indstilling", "Beslutning"]
    assert meeting.place.startswith("Mødelokale 2, Rådhuset")
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people["Bo Holm (A)"] == ("deltog", "formand")
    assert people["Eva Lund (F)"][0] == "afbud"


STATEMENT_MAIL = (
    "From: Sekretariatet <sek@vejle.dk>\nTo: Udvalget <udv@vejle.dk>\n"
    "Subject: Mindretalsudtalelse, pkt. 2\nDate: Wed, 5 Jun 2024 09:14:00 +0200\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Ida Dam (V) har afgivet en mindretalsudtalelse til punkt 2 \"Sag nummer 2\" "
    "(sagsnr. 24-00210) på Teknikudvalgets møde tirsdag den 4. juni 2024 kl. 15.00.\n\n"
    "Mindretalsudtalelse fra Ida Dam (V):\n\n\"Venstre kan ikke støtte sagen.\"\n\n"
    "Med venlig hilsen\nSekretariatet\nVejle Kommune\n")


def test_a_statement_file_is_added_to_its_item_or_refused_alone(tmp_path):
    protokollat = odt("<text:p>Vejle, den 4. juni 2024</text:p><text:h>Protokollat</text:h>"
                      "<text:p>Teknikudvalgets møde tirsdag den 4. juni 2024</text:p>"
                      "<text:p>Punkt 3: Sag nummer 3 (sagsnr. 24-00310)</text:p>"
                      "<text:p>Vi ønsker ført til protokols, at sagen bør udsættes.</text:p>")
    _write(tmp_path / "mode", {"dagsorden.txt": AGENDA_ROLES, "protokol.txt": PROTOCOL,
                               "udtalelse.eml": STATEMENT_MAIL, "protokollat.odt": protokollat})
    store = ItemStore(tmp_path / "items.sqlite")
    report, plans = _run(store, tmp_path / "mode")
    assert len(plans) == 1 and len(plans[0].meeting.items) == 3
    items = plans[0].meeting.items
    assert items[1].section("Mindretalsudtalelse") == "Venstre kan ikke støtte sagen."
    assert "bør udsættes" in items[2].section("Protokoltilførsel")
    assert {f.path.name: f.status for f in report.files}["udtalelse.eml"] == MERGED
    _write(tmp_path / "alene", {"udtalelse.eml": STATEMENT_MAIL})
    report, plans = _run(ItemStore(tmp_path / "other.sqlite"), tmp_path / "alene")
    assert not plans and report.files[0].status == "skipped"
    assert "udtalelse.eml" not in report.files[0].reason  # (the report names the file)
    assert "punkt 2" in report.files[0].reason and "Teknikudvalget" in report.files[0].reason
