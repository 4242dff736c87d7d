"""Builds the invented binary fixtures of layout round 63 (fpdf2 for the PDFs, the .docx in
WordprocessingML): `python tests/unit/gen_formats63.py [NAME …]` writes
fixtures/formats63/ (its HTML and text fixtures are written by hand and committed as
they are)

* 03_protokol.pdf — a beslutningsprotokol whose page header opens with the committee,
  the kind and the date ("Kulturudvalget, beslutningsprotokol, 4. marts 2024"), the
  committee named only in the title line "fra ordinært møde i Kulturudvalget" below it;
* 04_region.pdf — a regionsråd referat: an earlier body named by its task ("Udvalg for
  nære tilbud den 6. maj 2024") above the Forretningsudvalget's decision, and an item
  going on over a page whose head repeats it as "Punkt 2 (fortsat): Title";
* 07_raad.docx — an Ældreråd's referat in Word whose decision is the council's own:
  "Ældrerådet kunne ikke tiltræde forslaget".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from office_files import docx, para  # noqa: E402
from pdf_files import pieces_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats63"


def _pages_pdf(pages: list[list[str]]) -> bytes:
    """A page for each list, a line on each row from the left margin."""
    return pieces_pdf([[(20, k, line) for k, line in enumerate(page) if line]
                       for page in pages])


def _protokol() -> bytes:
    return _pages_pdf([[
        "Kulturudvalget, beslutningsprotokol, 4. marts 2024", "Lunde Kommune",
        "BESLUTNINGSPROTOKOL", "fra ordinært møde i Kulturudvalget",
        "mandag den 4. marts 2024, kl. 15.30", "Rådhuset, Udvalgsværelse 2",
        "Medlemmer: Eva Dam (A) (formand), Karl Bo (V), Lis Holm (C)", "",
        "1. Godkendelse af dagsorden (2024-0001234)", "INDSTILLING OG BESLUTNING", "Beslutning",
        "Kulturudvalgets beslutning i mødet den 4. marts 2024", "Godkendt.",
        "2. Tilskud til spillesteder (2024-0005678)", "INDSTILLING OG BESLUTNING",
        "Forvaltningen indstiller, at tilskuddet godkendes.", "Beslutning",
        "Kulturudvalgets beslutning i mødet den 4. marts 2024", "Indstillingen blev godkendt.",
        "PROBLEMSTILLING", "Der er søgt om tilskud fra puljen."]])


def _region() -> bytes:
    return _pages_pdf([[
        "Region Lunde", "Regionsrådet", "Referat", "Onsdag den 22. maj 2024, kl. 13.00",
        "Sted: Regionshuset, mødesal 1", "Deltagere: Eva Dam (A), Karl Bo (V), Lis Holm (C)", "",
        "Punkt 1. Akutklinik i Vestby", "Sagsnr.: 1-16-02-44-24", "Sagsfremstilling",
        "Der foreslås en akutklinik i Vestby.", "Indstilling",
        "Det indstilles, at der etableres en akutklinik i Vestby.",
        "Udvalg for nære tilbud den 6. maj 2024", "Anbefales.",
        "Forretningsudvalget den 14. maj 2024", "Anbefales.", "Beslutning",
        "Indstillingen blev tiltrådt.", "Punkt 2. Udviklingsstrategi", "Sagsnr.: 1-01-76-5-24",
        "Sagsfremstilling", "Strategien har to spor."], [
        "Punkt 2 (fortsat): Udviklingsstrategi", "Spor 2 handler om mobilitet.", "Beslutning",
        "Strategien blev vedtaget."]])


def _raad() -> bytes:
    return docx([
        para("Lunde Kommune"), para("Referat", "Title"), para("Ældrerådet"),
        para("Mødedato: 15.10.2024"), para("Tid: 10:00 - 12:00"), para("Sted: Rådhuset"),
        para("Deltagere: Karen Bøgh (formand), Ole Sand, Grete Holm"),
        para("Sag 40/2024: Høring om madservice", "Heading1"),
        para("Sagsnummer: 24/18230"), para("Beslutning", bold=True),
        para("Ældrerådet kunne ikke tiltræde forslaget om færre leveringsdage.")],
        styles={"Title": "Title", "Heading1": "heading 1"})


def main(names: list[str]) -> None:
    """Writes the fixtures named (all of them when none is): fpdf2 stamps each PDF with
    the time it is made, so a fixture left alone keeps its committed bytes."""
    HERE.mkdir(parents=True, exist_ok=True)
    built = {"03_protokol.pdf": _protokol, "04_region.pdf": _region, "07_raad.docx": _raad}
    for name, build in built.items():
        if not names or name in names:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main(sys.argv[1:])
