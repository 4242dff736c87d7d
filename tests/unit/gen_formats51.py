"""Builds the generated fixtures of layout round 51: `python -m tests.unit.gen_formats51`
(from the repository's root) writes fixtures/formats51/

* 01_aarstal_ombrudt.pdf — an agenda PDF whose item title wraps before its span of
  years ("Punkt 4. Høringssvar til regionens trafikplan" / "2025-2028"), the case
  number labelled on the line below;
* 06_excel_flettede.csv — an Excel sheet saved as "CSV (semikolonsepareret)" (cp1252,
  CRLF): facts rows above "Punkt;Titel;Felt;Tekst", one row a section, the number and
  title only in an item's first row (merged cells), a quoted cell over two lines;
* 10_faellesmoede.docx — a joint meeting in Word whose members are one two-column
  table headed by the two committees, a member a paragraph, "– afbud" after the absent.
The PDF needs fpdf2 and the Liberation fonts.
"""

from __future__ import annotations

from pathlib import Path

from tests.unit.office_files import docx, para
from tests.unit.pdf_files import lines_pdf

HERE = Path(__file__).parent / "fixtures" / "formats51"

_AGENDA = ["Sønderby Kommune", "Økonomiudvalget", "Dagsorden",
           "Mødedato: 10. februar 2025 kl. 8.30", "Mødested: Mødelokale 1", "",
           "Punkt 3. Godkendelse af dagsorden", "Sagsnr.: 25/0101", "", "Indstilling",
           "Direktionen indstiller, at dagsordenen godkendes.", "",
           "Punkt 4. Høringssvar til regionens trafikplan", "2025-2028", "Sagsnr.: 25/0417", "",
           "Sagsfremstilling", "Regionen har sendt trafikplanen i høring.", "",
           "Indstilling", "Direktionen indstiller, at høringssvaret godkendes."]


_SHEET = [
    "Udvalg;Miljøudvalget;;", "Mødedato;3. feb. 2025;;", "Mødetidspunkt;kl. 16.00;;",
    "Mødested;Rådhuset, lokale 3;;", 'Deltagere;"Ane Sø (A), formand; Bo Lyng (V)";;', ";;;",
    "Punkt;Titel;Felt;Tekst",
    "1;Godkendelse af dagsorden;Beslutning;Godkendt.",
    "2;Spildevandsplan 2025-2030;Sagsfremstilling;Planen har været i høring.",
    ";;Indstilling;Forvaltningen indstiller, at planen vedtages.",
    ';;Beslutning;"Anbefales.\nImod stemte: Ø"',
    "3;Vandløbsregulativ;Sagsfremstilling;Regulativet revideres.",
    ";;Beslutning;Udvalget besluttede at sende forslaget i høring.",
]


def _merged_cells_csv() -> bytes:
    return "\r\n".join(_SHEET).encode("cp1252") + b"\r\n"


def _cell(paragraphs: list[str]) -> str:
    return "<w:tc>" + "".join(para(p) for p in paragraphs) + "</w:tc>"


def _members_table() -> str:
    """One row of heads, one row of two cells holding a member a paragraph."""
    heads = "<w:tr>" + _cell(["Teknisk Udvalg"]) + _cell(["Planudvalget"]) + "</w:tr>"
    members = ("<w:tr>" + _cell(["Ida Ravn (A), formand", "Ole Bak (V) – afbud", "Kim Dal (C)"])
               + _cell(["Eva Holm (V), formand", "Per Krag (A)"]) + "</w:tr>")
    return f"<w:tbl>{heads}{members}</w:tbl>"


def _joint_meeting() -> bytes:
    body = [para("Sønderby Kommune"), para("Referat", "Titel"),
            para("Fællesmøde mellem Teknisk Udvalg og Planudvalget"),
            para("Dato: den 03-02-2025 kl. 15.00"), para("Sted: Rådhuset, lokale 2"),
            para("Deltagere"), _members_table(),
            para("Punkt 1: Godkendelse af dagsorden", "Overskrift1"),
            para("Beslutning", "Overskrift2"), para("Godkendt."),
            para("Punkt 2: Stiplan 2025", "Overskrift1"),
            para("Beslutning", "Overskrift2"), para("Anbefales.")]
    return docx(body, styles={"Titel": "Title", "Overskrift1": "heading 1",
                              "Overskrift2": "heading 2"})


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "01_aarstal_ombrudt.pdf").write_bytes(lines_pdf([(20, _AGENDA)], size=11))
    (HERE / "06_excel_flettede.csv").write_bytes(_merged_cells_csv())
    (HERE / "10_faellesmoede.docx").write_bytes(_joint_meeting())


if __name__ == "__main__":
    main()
