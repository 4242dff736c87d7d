"""Builds the invented binary fixture of layout round 55 (the standard library only):
`python tests/unit/gen_formats55.py` writes fixtures/formats55/ (its RTF fixture is text,
written by hand and committed as it is)

* 01_libreoffice.odt — a LibreOffice Writer document: Title/Subtitle, the municipality
  only in the master page's header, "Til stede | Afbud" as a table of two columns of
  names, item headings (`text:h`) numbered only by the outline numbering, run-in bold
  labels ("Beslutning: Godkendt."), a bulleted list and `text:s` spaces in a decision;
* 02_esdh.rtf (by hand) — an ESDH's RTF export: stylesheet "heading 1"/"heading 2",
  `\\'xx` and `\\u` escapes, a `{\\header}` with the municipality, a `{\\footer}` page
  field, a "Deltagere | Afbud" table, "Punkt N\\tab Title" headings, `{\\*\\…}` groups;
* 05_ny_side.pdf — each item on a new page under the meeting's header block repeated
  (municipality, kind, committee; "Mødedato", "Mødetid", "Mødested" beside them), a
  contents list with page numbers on the front page, "Side N af M" footers;
* 07_romertal.pdf — a cover page, contents and attendance on pages numbered "i", "ii" in
  the footer ("Byrådet, 9. december 2025   ii"), the items from page 1; members as prose
  with their offices before their names ("Borgmester …, 1. viceborgmester …"), "samt 20
  øvrige medlemmer", "Som stedfortræder mødte …".

The PDF needs fpdf2 and the Liberation fonts.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.unit.pdf_files import Piece, pieces_pdf

HERE = Path(__file__).parent / "fixtures" / "formats55"
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def _p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _h(text: str) -> str:
    return f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{text}</text:h>'


def _label(name: str, text: str) -> str:
    return _p(f'<text:span text:style-name="T1">{name}:</text:span> {text}')


def _cell(text: str) -> str:
    return f"<table:table-cell>{_p(text)}</table:table-cell>"


def _odt() -> bytes:
    rows = [("Til stede", "Afbud"), ("Ida Ravn (formand)", "Ole Bak"),
            ("Kim Dal", "Eva Lind (byrådsmedlem)"), ("Pia Holm", "")]
    table = ('<table:table table:name="Tabel1"><table:table-column '
             'table:number-columns-repeated="2"/>'
             + "".join(f"<table:table-row>{_cell(a)}{_cell(b)}</table:table-row>"
                       for a, b in rows) + "</table:table>")
    body = "".join([
        _p("Handicaprådet", "Title"),
        _p("Referat af møde onsdag d. 5.3.25 kl. 16.00", "Subtitle"),
        _p("Sted: Lunde Rådhus, lokale 4"), table,
        _h("Godkendelse af dagsorden"), _label("Beslutning", "Godkendt."),
        _h("Tilgængelighed på stationen"), _p("Sagsnr.: 25/4410"),
        _label("Sagsfremstilling", "Perronen mangler<text:s text:c=\"2\"/>ramper."),
        _label("Beslutning", "Rådet anbefaler:"),
        '<text:list text:style-name="L1"><text:list-item>' + _p("ramper ved spor 1")
        + "</text:list-item><text:list-item>" + _p("bedre skilte")
        + "</text:list-item></text:list>",
        _h("Eventuelt"), _label("Beslutning", "Intet."),
    ])
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
               '<office:automatic-styles><text:list-style style:name="L1">'
               '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
               '</text:list-style></office:automatic-styles>'
               f'<office:body><office:text>{body}</office:text></office:body>'
               '</office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}>'
              '<office:styles><text:outline-style style:name="Outline">'
              '<text:outline-level-style text:level="1" style:num-format="1" '
              'style:num-suffix="."/></text:outline-style></office:styles>'
              '<office:master-styles><style:master-page style:name="Standard"><style:header>'
              '<text:p>Lunde Kommune<text:tab/>Handicaprådet</text:p></style:header>'
              '<style:footer><text:p>Side <text:page-number>1</text:page-number></text:p>'
              '</style:footer></style:master-page></office:master-styles>'
              '</office:document-styles>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", styles)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?>'
                         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                         'xmlns:manifest:1.0"/>')
    return buf.getvalue()


_HEAD = [(15, 0, "Lunde Kommune"), (110, 1, "Mødedato   4. juni 2025"),
         (15, 2, "Referat"), (110, 3, "Mødetid     16:00 - 18:00"),
         (15, 4, "Vejudvalget"), (110, 5, "Mødested   Rådhuset, lokale 3")]
_FRONT = ["Medlemmer", "Ida Ravn (A), formand", "Kim Dal (V)", "Pia Holm (F)", "", "Afbud",
          "Pia Holm (F)", "", "Indhold"]
_CONTENTS = [("1", "Godkendelse af dagsorden", "2"), ("2", "Ny rundkørsel ved Skolevej", "3"),
             ("3", "Vintertjeneste 2025/26", "4")]
_ITEMS = [["1. Godkendelse af dagsorden", "Sagsnr.: 25-000101", "", "Beslutning", "Godkendt."],
          ["2. Ny rundkørsel ved Skolevej", "Sagsnr.: 25-004410", "", "Sagsfremstilling",
           "Krydset har haft fire uheld siden 2022.", "", "Beslutning",
           "Udvalget godkendte rundkørslen."],
          ["3. Vintertjeneste 2025/26", "Sagsnr.: 25-003002", "", "Beslutning",
           "Taget til efterretning."]]


def _new_page_pdf() -> bytes:
    """The front page (header block, members, contents), then an item a page under the
    header block again, each page with its "Side N af M"."""
    pages: list[list[Piece]] = [[*_HEAD, *((15, 7 + k, ln) for k, ln in enumerate(_FRONT) if ln),
                                 *((15, 17 + k, f"{n}   {title}") for k, (n, title, _) in
                                   enumerate(_CONTENTS)),
                                 *((180, 17 + k, page) for k, (*_, page) in enumerate(_CONTENTS))]]
    pages += [[*_HEAD, *((15, 7 + k, ln) for k, ln in enumerate(lines) if ln)] for lines in _ITEMS]
    total = len(pages)
    return pieces_pdf([[*page, (90, 40, f"Side {n} af {total}")]
                       for n, page in enumerate(pages, 1)])


_FOOT = "Byrådet, 9. december 2025"
_ROMAN = [["LUNDE KOMMUNE", "REFERAT", "Byrådet", "Ordinært møde",
           "Tirsdag den 9. december 2025 kl. 17", "Byrådssalen, Rådhuset"],
          ["Indholdsfortegnelse", "1. Godkendelse af dagsorden ........................ 1",
           "2. Takster 2026 for affald .......................... 1",
           "3. Salg af grund ved Havnevej ........................ 2"],
          ["Fremmøde", "Til stede: Borgmester Ida Ravn (A), 1. viceborgmester Kim Dal (V), 2.",
           "viceborgmester Pia Holm (F), Eva Lind (A) samt 20 øvrige medlemmer af byrådet.",
           "Afbud: Ole Bak (C). Som stedfortræder mødte Bo Lund (C)."],
          ["1. Godkendelse af dagsorden", "J.nr.: 25/001", "Beslutning:", "Godkendt.",
           "2. Takster 2026 for affald", "J.nr.: 25/310", "Beslutning:",
           "Taksterne blev godkendt."],
          ["3. Salg af grund ved Havnevej", "J.nr.: 25/777", "Beslutning:",
           "Salget blev godkendt."]]


def _roman_pdf() -> bytes:
    """The cover without a footer, then pages "i", "ii", "1", "2" in the footer."""
    numbers = ["", "i", "ii", "1", "2"]
    return pieces_pdf([[*((15, k, ln) for k, ln in enumerate(lines)),
                        *([(15, 40, _FOOT), (180, 40, n)] if n else [])]
                       for lines, n in zip(_ROMAN, numbers, strict=True)])


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    if not (HERE / "01_libreoffice.odt").exists():  # (its zip's times change the bytes)
        (HERE / "01_libreoffice.odt").write_bytes(_odt())
    (HERE / "05_ny_side.pdf").write_bytes(_new_page_pdf())
    (HERE / "07_romertal.pdf").write_bytes(_roman_pdf())


if __name__ == "__main__":
    main()
