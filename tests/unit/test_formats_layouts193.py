"""Meeting facts only a file's path gives: a user's archive "<X> Kommune/<Udvalg>/<år>/
<yyyy-mm-dd> referat.txt" and a portal's bulk download "<Udvalg>_<dd.mm.yyyy>.<ext>",
whose documents lack the municipality, the committee or the date. What the document
prints wins (a file named by its upload day, a folder naming another committee); the
path fills in only what it does not say, and the ingest notes say so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from ingest.read import SkipFile
from referat.domain import Meeting

from .fixture_files import written_meeting
from .office_files import docx, para, table
from .pdf_files import lines_pdf


def _read(tmp_path: Path, name: str, content: str | bytes) -> Meeting:
    """The one meeting of a file written under its folders ("Byby Kommune/…/x.txt")."""
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    return written_meeting(tmp_path, name, content)


_DECISIONS_ONLY = """\
Punkt 1. Godkendelse af dagsorden

Beslutning:
Godkendt.


Punkt 2. Ny skolestruktur i Bredsten
Sagsnr.: 17.01.00-P20-1-24

Tidligere behandlet:
Skoleudvalget 12. marts 2024, punkt 4

Beslutning:
Anbefales. Sagen genoptages på mødet den 11. juni 2024.
Fraværende: Ole Dahl (V)


Punkt 3. Lukket punkt: Personalesag

Beslutning:
Godkendt.


Afbud: Rita Holm (Ø)
Mødet hævet kl. 18.05
"""


def test_undated_decisions_take_municipality_committee_and_date_from_the_folders(
        tmp_path: Path) -> None:
    meeting = _read(tmp_path, "Byby Kommune/Skoleudvalget/2024/2024-05-14 referat.txt",
                    _DECISIONS_ONLY)
    assert (meeting.municipality, meeting.committee, meeting.date) == (
        "Byby", "Skoleudvalget", date(2024, 5, 14))  # (not 12 March or 11 June)
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Ny skolestruktur i Bredsten", "Personalesag"]
    assert meeting.items[1].absentees == ["Ole Dahl (V)"]
    assert any("mappens navn: Skoleudvalget" in w for w in meeting.warnings)
    assert any(w.startswith("mødedato taget fra filnavnet") for w in meeting.warnings)


def test_an_absence_noted_above_the_meetings_end_is_the_meetings(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "Skoleudvalget_14.05.2024.txt", _DECISIONS_ONLY)
    assert [(p.name, p.status) for p in meeting.participants] == [("Rita Holm (Ø)", "afbud")]
    assert meeting.items[2].decision == "Godkendt."
    assert meeting.items[2].closed and not meeting.items[2].absentees


_DATED = """\
Referat
Økonomiudvalget
Tirsdag den 14. december 2021 kl. 15.00, Udvalgsværelse 1

Deltagere: Eva Dam (V), formand, Bo Lund (A)

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Takster 2022
Beslutning
Anbefales.

Udskrevet den 04.01.2022
"""


def test_the_documents_date_beats_a_file_named_by_its_upload_day(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "Byby Kommune/Økonomiudvalget/2022/2022-01-04 referat.txt",
                    _DATED)
    assert (meeting.municipality, meeting.committee, meeting.date) == (
        "Byby", "Økonomiudvalget", date(2021, 12, 14))
    assert not any("mødedato" in w for w in meeting.warnings)


def test_the_documents_committee_beats_a_folder_naming_another(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "Byby Kommune/Kultur- og Fritidsudvalget/2021/2021-12-14.txt",
                    _DATED)
    assert meeting.committee == "Økonomiudvalget"
    assert meeting.municipality == "Byby"


def test_a_committee_line_that_names_no_body_yields_to_the_file_names_body(
        tmp_path: Path) -> None:
    # a protocol's grid: the municipality and its administration on top, "Udvalgsmøde"
    body = docx([
        para("Lemby Kommune"), para("Arbejdsmarked og Sundhed"), para("Beslutningsprotokol"),
        para("Udvalgsmøde tirsdag den 8. juni 2021 kl. 13.00"),
        para("Sted: Mødelokale 4, Rådhuset"),
        table([["Pkt.", "Sag", "Beslutning"],
               ["1", "Godkendelse af dagsorden", "Godkendt."],
               ["2", "Beskæftigelsesplan 2022", "Udvalget drøftede målene. Tidligere "
                "behandlet i udvalget den 4. maj 2021, pkt. 3."],
               ["3", "Eventuelt", "Intet."]]),
    ])
    meeting = _read(tmp_path, "Beskæftigelsesudvalget_08.06.2021.docx", body)
    assert meeting.committee == "Beskæftigelsesudvalget"
    assert (meeting.municipality, meeting.date) == ("Lemby", date(2021, 6, 8))
    assert len(meeting.items) == 3
    assert [(h.committee, h.date, h.punkt) for h in meeting.items[1].history] == [
        ("Beskæftigelsesudvalget", date(2021, 5, 4), 3)]


_FRAGMENT = """\
<div class="referat">
<p>Byby Kommune</p>
<h1>Referat</h1>
<p>Tid: kl. 16.00</p>
<p>Sted: Mødelokale Bæltet, Rådhuset</p>
<h2>1. Godkendelse af dagsorden</h2>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Klimaplan – status</h2>
<h3>Sagsforløb</h3><p>Klima- og Miljøudvalget, 11.01.2024, punkt 4</p>
<h3>Beslutning</h3><p>Taget til efterretning.</p>
</div>
"""


def test_a_web_fragment_takes_date_and_committee_from_its_name(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "Klima- og Miljøudvalget_14.03.2024.html", _FRAGMENT)
    assert (meeting.committee, meeting.date) == ("Klima- og Miljøudvalget", date(2024, 3, 14))
    assert meeting.municipality == "Byby"  # (the document's own)
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Taget til efterretning."]


def test_an_undated_agenda_pdf_is_dated_by_its_name_its_absentee_listed_once(
        tmp_path: Path) -> None:
    pdf = lines_pdf([(20, [
        "Byby Kommune", "Dagsorden", "til møde i Socialudvalget", "Tid: Kl. 15.30",
        "Medlemmer: Lis Bruun (A), formand", "Mik Thor (V)", "Inge Lund (V)",
        "Afbud: Inge Lund (V)", "1. Godkendelse af dagsorden", "Indstilling",
        "Direktøren indstiller, at dagsordenen godkendes.", "2. Budget 2026",
        "Sagsfremstilling", "Byrådet besluttede den 26. juni 2025 at spare.", "Indstilling",
        "Direktøren indstiller, at budgettet godkendes."])])
    meeting = _read(tmp_path, "Socialudvalget_21.08.2025.pdf", pdf)
    assert (meeting.committee, meeting.date, meeting.doc_type) == (
        "Socialudvalget", date(2025, 8, 21), "dagsorden")
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Lis Bruun (A)", "indkaldt"), ("Mik Thor (V)", "indkaldt"), ("Inge Lund (V)", "afbud")]


def test_a_note_named_by_a_date_stays_no_minutes(tmp_path: Path) -> None:
    path = tmp_path / "Notat 2024-05-14.txt"
    path.write_text("NOTAT\nTil: Skoleudvalget\n\n1. Baggrund\nTekst.\n\n2. Forslag\nTekst.\n",
                    encoding="utf-8")
    try:
        read_meetings(path)
    except SkipFile as err:
        assert "ligner et notat" in err.reason
    else:
        raise AssertionError("a note was read as minutes")
