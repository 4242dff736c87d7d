"""Word documents (.docx), as municipalities write minutes in their Word templates or
save them from a minutes system: heading styles with Danish or English ids, a header
table with two label/value pairs a row, items numbered by Word (the number is no text of
the heading) or not at all, bulleted lists; and Word files that cannot be read, named in
one Danish line."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.formats import read_meetings

from .office_files import docx, para, table
from .test_formats_layouts4 import EXPECTED as LAYOUTS
from .test_formats_layouts4 import differences


def _middelfart_docx() -> bytes:
    """Word with Danish style ids ("Overskrift1"), a two-column header table."""
    return docx([
        para("Middelfart Kommune"), para("Referat", "Titel"),
        table([["Udvalg", "Økonomiudvalget", "Mødedato", "10-06-2024"],
               ["Mødested", "Byrådssalen", "Mødetidspunkt", "16:00"],
               ["Fraværende", "Johannes Lundsfryd Jensen (A)", "", ""]]),
        para("1. Godkendelse af dagsorden", "Overskrift1"),
        para("Beslutning", "Overskrift2"), para("Godkendt."),
        para("2. Budget 2025 – første behandling", "Overskrift1"),
        para("Sagsfremstilling", "Overskrift2"),
        para("Budgetforslaget balancerer med et overskud på 12 mio. kr."),
        para("Beslutning", "Overskrift2"), para("Oversendes til Byrådets 1. behandling."),
    ], styles={"Titel": "Title", "Overskrift1": "heading 1", "Overskrift2": "heading 2"})


def _odder_docx() -> bytes:
    """Word with English style ids and the items numbered automatically (the number is
    no text of the heading); participants one a paragraph; a bulleted list."""
    return docx([
        para("Referat", "Title"), para("Odder Kommune"),
        para("Social- og Sundhedsudvalget", "Subtitle"),
        para("Mødedato: mandag den 3. juni 2024, kl. 15.30"),
        para("Mødested: Rådhuset, lokale 1"),
        para("Deltagere", bold=True), para("Lone Jensen (A)"), para("Carsten Koch (V)"),
        para("Thomas Schrøder (Ø)"),
        para("Fraværende med afbud:", bold=True), para("Thomas Schrøder (Ø)"),
        para("Godkendelse af dagsorden", "Heading1", num=(1, 0)),
        para("Beslutning", "Heading2"), para("Godkendt."),
        para("Ny hjemmeplejestruktur", "Heading1", num=(1, 0)),
        para("Sagsfremstilling", "Heading2"), para("Hjemmeplejen samles i to distrikter:"),
        para("Nord", num=(2, 0)), para("Syd", num=(2, 0)),
        para("Beslutning", "Heading2"), para("Godkendt."),
        para("Eventuelt", "Heading1", num=(1, 0)),
        para("Beslutning", "Heading2"), para("Intet."),
    ], styles={"Title": "Title", "Subtitle": "Subtitle", "Heading1": "heading 1",
               "Heading2": "heading 2"}, numbering={1: "decimal", 2: "bullet"})


def _ikast_docx() -> bytes:
    """Word whose item headings carry neither a number nor automatic numbering."""
    return docx([
        para("Ikast-Brande Kommune"), para("Referat fra møde i Erhvervsudvalget", "Title"),
        para("Dato: 2024-06-05"), para("Tid: 08.30-10.00"), para("Sted: Rådhuset"),
        para("Godkendelse af dagsorden", "Heading1"),
        para("Beslutning", "Heading2"), para("Godkendt."),
        para("Erhvervsfremme 2025", "Heading1"),
        para("Sagsfremstilling", "Heading2"), para("Aftalen med erhvervsrådet forlænges."),
        para("Beslutning", "Heading2"), para("Anbefales."),
    ], styles={"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"})


BUILT = {"26_middelfart_word.docx": _middelfart_docx, "27_odder_word_numbered.docx": _odder_docx,
         "29_ikast_word_unnumbered.docx": _ikast_docx}
EXPECTED: dict[str, dict] = {
    "26_middelfart_word.docx": dict(
        committee="Økonomiudvalget", municipality="Middelfart", date=date(2024, 6, 10),
        time="16:00", place="Byrådssalen",
        items=[(1, "Godkendelse af dagsorden"), (2, "Budget 2025 – første behandling")],
        decisions={1: "Godkendt.", 2: "Oversendes til Byrådets 1. behandling."},
        people=[("Johannes Lundsfryd Jensen (A)", "afbud")]),
    "27_odder_word_numbered.docx": dict(
        committee="Social- og Sundhedsudvalget", municipality="Odder", date=date(2024, 6, 3),
        time="15:30", place="Rådhuset, lokale 1",
        items=[(1, "Godkendelse af dagsorden"), (2, "Ny hjemmeplejestruktur"), (3, "Eventuelt")],
        decisions={1: "Godkendt.", 2: "Godkendt.", 3: "Intet."},
        sections={2: {"Sagsfremstilling": "Hjemmeplejen samles i to distrikter:\n- Nord\n- Syd"}},
        people=[("Lone Jensen (A)", "deltog"), ("Carsten Koch (V)", "deltog"),
                ("Thomas Schrøder (Ø)", "afbud")]),
    "29_ikast_word_unnumbered.docx": dict(
        committee="Erhvervsudvalget", municipality="Ikast-Brande", date=date(2024, 6, 5),
        time="08:30", place="Rådhuset",
        items=[(1, "Godkendelse af dagsorden"), (2, "Erhvervsfremme 2025")],
        decisions={1: "Godkendt.", 2: "Anbefales."}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_word_document_reads_as_the_user_sees_it(tmp_path, name, monkeypatch):
    path = tmp_path / name
    path.write_bytes(BUILT[name]())
    monkeypatch.setitem(LAYOUTS, name, EXPECTED[name])
    assert differences(name, path) == []


def _zip(files: dict[str, str]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "raw", "reason"), [
    ("noter.docx", b"PK\x03\x04 ikke et referat", "Word-filen (.docx) kan ikke åbnes"),
    ("noter.docx", _zip({"x.txt": "hej"}), "word/document.xml mangler"),
    ("noter.docx", _zip({"word/document.xml": "<w:document xmlns:w='x'><w:body><w:p>"}),
     "ugyldig XML i word/document.xml"),
    ("noter.docx", _zip({"word/document.xml": "<w:document xmlns:w='x'><w:body/></w:document>"}),
     "indeholder ingen tekst"),
    ("gammel.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "gem den som .docx"),
])
def test_a_bad_word_file_is_named_with_one_danish_line(tmp_path, name, raw, reason):
    from ingest.read import SkipFile

    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    message = str(err.value)
    assert message.startswith(f"{name}: ") and reason in message and "\n" not in message
