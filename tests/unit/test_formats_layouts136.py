"""Round 136 (blind): what a new user's first folder holds besides good minutes — each
file read, or refused with a one-line Danish reason that says what is wrong with it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.read import SkipFile, _undecodable

from .conftest import ReadFile

MINUTES = """Vordingborg Kommune
Referat
Økonomiudvalget
Tirsdag den 5. marts 2024 - kl. 14:00
Mødelokale A, Vordingborg Rådhus

Punkt 1 Godkendelse af dagsorden
Beslutning: Godkendt.

Punkt 2 Salg af byggegrunde i Præstø, etape 2
Beslutning: Anbefales over for byrådet, dog med "forbehold".
"""


def test_a_one_column_csv_of_quoted_lines_reads_as_its_text(read_file: ReadFile) -> None:
    # Excel's "CSV" of minutes pasted into one column: every line a quoted cell
    quoted = "\r\n".join('"' + ln.replace('"', '""') + '"' for ln in MINUTES.splitlines()
                         if ln.strip())
    (m,) = read_file("referat.csv", "\ufeff" + quoted)
    assert (m.committee, [i.title for i in m.items]) == (
        "Økonomiudvalget", ["Godkendelse af dagsorden", "Salg af byggegrunde i Præstø, etape 2"])
    assert m.items[1].decision == 'Anbefales over for byrådet, dog med "forbehold".'


def test_a_zip_names_the_member_it_could_not_read(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("referat.txt", MINUTES)
        archive.writestr("bilag_referat.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    path = tmp_path / "referater.zip"
    path.write_bytes(out.getvalue())
    (m,) = read_meetings(path)
    assert m.committee == "Økonomiudvalget"
    assert [w.split(":")[0] for w in m.warnings] == [
        "bilag_referat.pdf i zip-arkivet er ikke læst"]


def test_an_apple_pages_file_named_docx_is_named_for_what_it_is(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x01")
        archive.writestr("preview.jpg", b"\xff\xd8")
    path = tmp_path / "referat.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    assert str(err.value).startswith("referat.docx: ") and "Apple Pages" in str(err.value)


def test_a_text_layer_of_glyph_numbers_is_no_text() -> None:
    # a subset font without a character map: "Sorø Kommune" as glyph numbers
    shifted = "".join(chr(ord(c) - 29) if " " <= c <= "~" else c
                      for c in "Sorø Kommune\nReferat\nTeknik- og Miljøudvalget\n")
    assert _undecodable(shifted * 5)
    assert not _undecodable(MINUTES)


def test_a_body_and_date_line_above_a_decision_label_is_a_dated_treatment(
        read_file: ReadFile) -> None:
    # (round 139: an Acadre protocol prints each meeting's treatment as "<Udvalg>, dd-mm-yyyy"
    # over "Beslutning: …"; the earlier one is the case's history, not this meeting's)
    text = MINUTES.replace(
        "Beslutning: Anbefales over for byrådet, dog med \"forbehold\".",
        "Sagsnr.: 24/1234\nIndstilling\nForvaltningen indstiller, at salget anbefales.\n"
        "Økonomiudvalget, 06-02-2024\nBeslutning: Udsat.\n"
        "Økonomiudvalget, 05-03-2024\nBeslutning: Anbefales over for byrådet.")
    (m,) = read_file("protokol.txt", text)
    item = m.items[1]
    assert item.decision == "Anbefales over for byrådet."
    assert [(h.committee, h.date.isoformat(), h.text) for h in item.history] == [
        ("Økonomiudvalget", "2024-02-06", "Udsat.")]
