"""A hundred and thirty-fourth round of layouts (round 134's blind files – numbered lines
inside item texts that look like item headings): a PDF's table of figures read one cell a
line, its head row glued onto the sentence before; the paragraph after a numbered list
glued onto the list's last point; a markdown point on a paragraph of the law ("3. § 25-…")
merged into the point before. Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.stacked_figures import figure_rows
from ingest.formats.text_layout import fix_glued_markers, reflow


def _item_text(lines: list[str]) -> str:
    """An item's section as the text adapter reads a PDF's lines."""
    return reflow(fix_glued_markers(figure_rows(lines)))


def test_pdf_table_rows_one_line_each_and_head_apart():
    lines = [
        "Rammerne er fordelt således på områderne, og fordelingen fremgår af nedenstående",
        "oversigt (1.000 kr.):",
        " Område",
        "Budget 2026",
        "Budget 2027",
        "",
        "",
        "11 Veje og parker",
        "95.210",
        "96.000",
        "12 Skoler",
        "301.400",
        "302.950",
        "I alt",
        "396.610",
        "398.950",
        "Fordelingen drøftes igen i forbindelse med budgetseminaret.",
    ]
    text = _item_text(lines)
    assert "oversigt (1.000 kr.):\n\nOmråde Budget 2026 Budget 2027\n" in text
    assert "11 Veje og parker 95.210 96.000\n12 Skoler 301.400 302.950\n" in text
    assert "I alt 396.610 398.950\n\nFordelingen drøftes igen" in text


def test_pdf_paragraph_after_numbered_list_is_its_own():
    lines = [
        "Evalueringen af forsøget med åbne biblioteker peger på følgende resultater:",
        " 1. Besøgstallet i de åbne timer er steget med 40 pct. i forhold til året før",
        " 2. Der er ikke registreret hærværk i forsøgsperioden på nogen af filialerne",
        " 3. Brugerne efterspørger adgang til printere uden for den bemandede åbningstid",
        " Forvaltningen anbefaler derfor, at forsøget gøres permanent på alle fire filialer i",
        "kommunen.",
    ]
    text = _item_text(lines)
    assert text.endswith("uden for den bemandede åbningstid\n"
                         "Forvaltningen anbefaler derfor, at forsøget gøres permanent på alle "
                         "fire filialer i kommunen.")


def test_text_point_wrapped_onto_a_name_stays_one_point():
    lines = [
        "Høringssvarene peger på:",
        "1. Ønske om et tættere samarbejde med foreningerne i landsbyerne og Egnsmuseet",
        "2. Et større fokus på samarbejdet med Kulturhuset i Nørreby og Sydhavns",
        "   Kunstforening",
    ]
    assert _item_text(lines).endswith("og Sydhavns Kunstforening")


_MD = """# Eksempelby Kommune – Kommunalbestyrelsen

## Referat

**Mødedato:** Torsdag den 12. februar 2026
**Mødetidspunkt:** Kl. 18.00
**Mødested:** Rådhussalen

---

## 31. Endelig vedtagelse af lokalplan for vindmøller ved Fjordbakken

**Sagsnr.:** 25/4410

### Indstilling

Forvaltningen indstiller, at

1. Kommuneplantillæg nr. 9 vedtages endeligt
2. Lokalplan nr. 77 vedtages endeligt med de ændringer, der fremgår af notatet
3. § 25-tilladelsen meddeles på de vilkår, der fremgår af sagen

### Beslutning

Godkendt.
"""


def test_markdown_point_opening_with_paragraph_sign_is_its_own(tmp_path: Path):
    path = tmp_path / "eksempelby-kommunalbestyrelsen-2026-02-12-referat.md"
    path.write_text(_MD, encoding="utf-8")
    (meeting,) = read_meetings(path)
    (item,) = meeting.items
    text = next(s.text for s in item.sections if s.name == "Indstilling")
    assert "fremgår af notatet\n3. § 25-tilladelsen meddeles" in text
