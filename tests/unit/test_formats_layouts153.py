"""Round 153: agendas that changed during the meeting – an urgent item added as "4a"
whose title wraps above its case number, a member leaving after that added item, a
Word document whose municipality stands in capitals only in its page header, a
markdown export printing its items in the order treated (the members as bullets under
"### Medlemmer"), a FirstAgenda "Sagsprocedure" over a sentence about the urgent case,
and an official attending two items named in the administration's line. Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from .fixture_files import written_meeting
from .office_files import W, docx, para, zipped
from .pdf_files import pieces_pdf


def _pdf(tmp_path: Path, lines: list[str]):
    """The one meeting of a one-page PDF holding these lines, one a row."""
    rows = [[(20.0, row, line) for row, line in enumerate(lines)]]
    return written_meeting(tmp_path, "referat.pdf", pieces_pdf(rows))


_ADDED = [
    "Referat", "Plan- og Boligudvalget", "Mødedato: Mandag den 6. marts 2023",
    "Mødetidspunkt: Kl. 15:00", "Medlemmer:", "Ida Holm (A), formand", "Bo Lind (V)",
    "Eva Dam (F)", "Bemærkninger:", "Eva Dam (F) forlod mødet kl. 17:00 efter behandlingen "
    "af punkt 4a.",
    "4. Lokalplan for Østerbro", "Sagsnr.: 23/00411", "Beslutning", "Godkendt.",
    "4a. Hastesag: Nødreparation af spildevandsledning på Havnevej efter skybruddet den 2.",
    "marts 2023", "Sagsnr.: 23/00977", "Sagsfremstilling", "Ledningen brød sammen.",
    "Beslutning", "Godkendt.", "Eva Dam (F) forlod mødet efter behandlingen af dette punkt.",
    "5. Vejplan 2024", "Sagsnr.: 23/00512", "Beslutning", "Anbefales.",
]


def test_an_added_items_wrapped_title_goes_on_above_its_case_number(tmp_path: Path) -> None:
    meeting = _pdf(tmp_path, _ADDED)
    added = next(i for i in meeting.items if i.label == "4a")
    assert added.title == ("Hastesag: Nødreparation af spildevandsledning på Havnevej efter "
                           "skybruddet den 2. marts 2023")
    assert [s.name for s in added.sections] == ["Sagsfremstilling", "Beslutning"]


def test_a_member_leaving_after_an_added_item_took_part_in_it(tmp_path: Path) -> None:
    meeting = _pdf(tmp_path, _ADDED)
    absent = {i.label or str(i.number): [a.split(" (")[0] for a in i.absentees]
              for i in meeting.items}
    assert absent["4a"] == []
    assert absent["5"] == ["Eva Dam"]


def _header(tag: str, text: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="{W}">{para(text)}</w:{tag}>')


def _word(body: list[str], header: str) -> bytes:
    """A .docx of these paragraphs, `header` the page header's one line."""
    with zipfile.ZipFile(io.BytesIO(docx([para(p) for p in body]))) as z:
        parts = {name: z.read(name).decode("utf-8") for name in z.namelist()}
    return zipped({**parts, "word/header1.xml": _header("hdr", header)})


_WORD_BODY = [
    "REFERAT", "Udvalget for Natur og Havne", "Mødedato: Torsdag den 5. oktober 2017",
    "Tidspunkt: Kl. 15.00 – 17.00", "Sted: Rådhuset", "Deltagere:", "Ib Holm (V) (formand)",
    "Eva Dam (A) (medlem)",
    "Fra administrationen: Vejchef Jens Kold. Bådebygger Ole Friis deltog under punkt 2.",
    "Punkt 1: Godkendelse af dagsorden", "Beslutning:", "Godkendt.",
    "Punkt 2: Havnetakster 2018", "Beslutning:", "Godkendt.",
    "Punkt 3: Eventuelt", "Beslutning:", "Intet.",
]


def test_the_municipality_in_capitals_only_in_a_word_page_header(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.docx", _word(_WORD_BODY, "FANØ KOMMUNE"))
    assert meeting.municipality == "Fanø"
    assert meeting.committee == "Udvalget for Natur og Havne"


def test_an_official_attending_some_items_is_no_absent_member(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.docx", _word(_WORD_BODY, "FANØ KOMMUNE"))
    assert all(i.absentees == [] for i in meeting.items)
    assert not any("Ole Friis" in p.name for p in meeting.participants)


_MARKDOWN = """# Referat

**Lemvig Kommune**

## Børne- og Skoleudvalget

| | |
|---|---|
| **Mødedato** | Tirsdag den 7. juni 2022 |
| **Starttidspunkt** | Kl. 16.00 |

### Medlemmer

- Karen Lund (V), formand
- Per Bak (A), næstformand
- Ole Holm (O)
- Sara Krogh (F)

### Afbud

- Sara Krogh (F)

## Punkt 1: Godkendelse af dagsorden

### Beslutning

Godkendt. Punkt 4 blev behandlet efter punkt 1.

## Punkt 4: Skolestruktur

### Beslutning

Godkendt.

## Punkt 2: Budget 2023

### Beslutning

Anbefales.

Ole Holm (O) forlod mødet inden behandlingen af dette punkt.

## Punkt 3: Lukket punkt: Klage over visitation

### Beslutning

Afgørelsen fastholdes.
"""


def test_leaving_before_an_item_printed_in_the_order_treated_misses_those_read_after(
        tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.md", _MARKDOWN)
    # (each item keeps its printed number, as round 42 reads minutes in the order treated)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (4, "Skolestruktur"), (2, "Budget 2023"),
        (3, "Klage over visitation")]
    # (he left before the item printed 2: there for the printed 4, treated earlier)
    away = {i.number: [a.split(" (")[0] for a in i.absentees if "Ole" in a]
            for i in meeting.items}
    assert away == {1: [], 4: [], 2: ["Ole Holm"], 3: ["Ole Holm"]}


def test_markdown_members_as_bullets_under_their_heading(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.md", _MARKDOWN)
    assert [(p.name, p.status, p.role) for p in meeting.participants] == [
        ("Karen Lund (V)", "deltog", "formand"), ("Per Bak (A)", "deltog", "næstformand"),
        ("Ole Holm (O)", "deltog", ""), ("Sara Krogh (F)", "afbud", "")]


def _point(number: int, title: str, html: str) -> dict:
    return {"Punktnummer": number, "Navn": title, "Felter": [{"Html": html}]}


def test_a_procedure_heading_over_a_sentence_keeps_its_name(tmp_path: Path) -> None:
    decided = "<h3>Beslutning</h3><p>Anbefales.</p><h3>Fremstilling</h3>"
    points = [
        _point(1, "Ny skolebus", decided + "<h4>Sagsprocedure</h4><p>Børneudvalget og "
               "Byrådet.</p><h4>Indstilling</h4><p>Direktionen indstiller, at …</p>"),
        _point(2, "Hastesag: Tag på hallen", decided + "<h4>Sagsprocedure</h4><p>Sagen "
               "behandles som hastesag, da arbejdet skal begynde i næste uge.</p>"
               "<h4>Indstilling</h4><p>Direktionen indstiller, at …</p>")]
    meeting = written_meeting(tmp_path, "m.json", json.dumps(
        {"Udvalg": {"Navn": "Økonomiudvalget"},
         "Moede": {"Sted": "Rådhuset", "Dato": "2023-06-13T14:00:00Z"},
         "Dagsordenpunkter": points}))
    names = [[s.name for s in i.sections] for i in meeting.items]
    assert "Beslutningen træffes af" in names[0]
    assert "Sagsprocedure" in names[1] and "Beslutningen træffes af" not in names[1]
    assert meeting.items[1].section("Sagsprocedure").startswith("Sagen behandles som hastesag")
