"""Builds the invented fixtures of layout round 54 (fpdf2 for the PDFs, the standard
library for the rest): `python tests/unit/gen_formats54.py` writes fixtures/formats54/
(its text fixtures, the .txt and .html files listed below, are written by hand and
committed as they are)

* 10_odata.json — an OData v4 feed: "@odata.context", a top-level "value" array with one
  meeting in PascalCase keys, "MeetingDate" as local midnight in UTC ("…T22:00:00Z" in
  summer), "StartTime" as an Edm.TimeOfDay, "PublicationType", a "Committee" object with
  its "Organization", "Attendees" with "AttendanceStatus", "AgendaItems" with "IsPublic"
  and numbered "Sections" [{Heading, SortOrder, Content}];
* 09_dokuwiki.txt — a DokuWiki page file: "===== 1. Title =====" items, "==== … ===="
  sections, the facts as a wiki table "^ Dato | … |", a media link, "**Beslutning:**";
* 08_accordion.html — a Bootstrap accordion of items ("Punkt 1 · Title" and a badge),
  the facts in an `<aside>` after `<main>`, in a mis-localised English date and 12-hour
  time, a footer "Senest opdateret" with another date;
* 07_drupal_print.html — Drupal's print view: "Udgivet på …", "Indsendt af … den …",
  "<Udvalg> - referat 03-03-2025", "Beslutning i <Udvalg> den <date>:" of this meeting and
  of an earlier one, the taxonomy, footer, "Kilde-URL:" and "Links: [1] …" after it;
* 03_skrivemaskine.pdf — a typed protocol: "Dagsordenspunkt N." alone, a title sentence
  below it (one wrapped over two lines), dashed rules, a voter's name wrapped;
* 04_tabelraekker.pdf — items as one-row tables "N Title Åben Sagsnr. …", one printed
  cell by cell with its title wrapped in the cell;
* 02_kommission.pdf — a commission's decisions under "Beredskabskommissionen, 3. juni
  2025:" in every item;
* 05_formularfelter.docx — legacy form fields: "Lukket punkt:" and a FORMCHECKBOX after
  it, checked (`w:checked`) in the closed item only;
* 06_lokaludvalg.docx — a lokaludvalg's minutes: "Dagsordenspunkt N" and the title in
  one heading, "Fra sekretariatet: …" after the "Afbud:" list, "Lokaludvalgets
  beslutning";
* 01_region.pdf — a region's facts side bar (labels without colons, the place wrapped
  after its comma, "Fraværende" over names) before the letterhead "REGION LUNDE", and
  "Undlod at stemme 1 (Ø)." a sentence of its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from office_files import docx, para  # noqa: E402
from pdf_files import lines_pdf  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats54"
RULE = "-" * 50


def _odata() -> str:
    def item(n: int, title: str, case: str, sections: list[tuple[str, str]],
             public: bool = True) -> dict:
        return {"Id": 700 + n, "Number": n, "Title": title, "CaseNumber": case,
                "IsPublic": public,
                "Sections": [{"Id": 10 * n + k, "Heading": h, "SortOrder": k,
                              "ContentType": "text/html", "Content": c}
                             for k, (h, c) in enumerate(sections, 1)]}
    meeting = {
        "@odata.etag": "W/\"1\"", "Id": 4411, "Title": "Møde i Byrådet",
        "MeetingDate": "2025-06-16T22:00:00Z", "StartTime": "17:00:00.0000000",
        "EndTime": "19:00:00.0000000", "PublicationType": "Referat",
        "Published": "2025-06-19T07:00:00Z",
        "Committee": {"Id": 1, "Name": "Byrådet", "Organization": "Lunde Kommune"},
        "Location": {"Name": "Byrådssalen", "Address": "Torvet 1, 9999 Lunde"},
        "Attendees": [
            {"Id": 1, "Name": "Ida Ravn", "Party": "A", "Role": "Borgmester",
             "AttendanceStatus": "Present"},
            {"Id": 2, "Name": "Ole Bak", "Party": "V", "Role": "Medlem",
             "AttendanceStatus": "Present"},
            {"Id": 3, "Name": "Kim Dal", "Party": "C", "Role": "Medlem",
             "AttendanceStatus": "Excused"}],
        "AgendaItems": [
            item(1, "Godkendelse af dagsorden", "25/100", [("Beslutning", "<p>Godkendt.</p>")]),
            item(2, "Lokalplan for Åvej", "25/2211",
                 [("Sagsfremstilling", "<p>Planen giver plads til 40 boliger.</p>"),
                  ("Beslutning", "<p>Vedtaget med 2 stemmer for (A, V) mod 1 (C).</p>")]),
            item(3, "Køb af grund", "25/3012", [("Beslutning", "<p>Godkendt.</p>")],
                 public=False)]}
    return json.dumps({"@odata.context": "https://lunde.dk/odata/$metadata#Meetings",
                       "@odata.count": 1, "value": [meeting],
                       "@odata.nextLink": "https://lunde.dk/odata/Meetings?$skip=1"},
                      ensure_ascii=False, indent=2) + "\n"


def _typed() -> bytes:
    lines = ["LUNDE KOMMUNE", "Fritidsudvalget", "R E F E R A T",
             "Møde: Mandag den 2. juni 2025 kl. 19.00", "Sted: Rådhuset, lokale 2",
             "Til stede: Ida Ravn (A), formand, Ole Bak (V), Søren Kjær (O)",
             "Afbud: Per Krag (A)", RULE,
             "Dagsordenspunkt 1.", "Godkendelse af dagsorden.", "Beslutning: Godkendt.", RULE,
             "Dagsordenspunkt 2.", "Ansøgning om tilskud til lederuddannelse fra Lunde",
             "Spejdergruppe.", "J.nr.: 25/4410",
             "Sagsfremstilling: Gruppen søger om 9.000 kr.",
             "Beslutning: Godkendt med 2 stemmer mod 1. Søren",
             "Kjær (O) stemte imod.", RULE,
             "Dagsordenspunkt 3.", "Eventuelt.", "Beslutning: Intet.", RULE]
    return lines_pdf([(20, lines)])


def _rows() -> bytes:
    lines = ["Lunde Kommune", "Referat", "Udvalg Sundhedsudvalget", "Dato 2025-06-03",
             "Tidspunkt 16:30-18:00", "Sted Mødelokale 1, Rådhuset",
             "Fraværende Kim Dal (V)", "Sager til beslutning",
             "1 Godkendelse af dagsorden Åben Sagsnr. 25/100", "Beslutning", "Godkendt.",
             "2", "Orientering om sygefravær i Sundhed og", "Omsorg", "Åben Sagsnr. 25/2871",
             "Sagsfremstilling", "Fraværet var 6,9 pct.", "Beslutning", "Taget til efterretning.",
             "3 Klagesag på hjemmeplejen Lukket Sagsnr. 25/4120", "Beslutning", "Drøftet."]
    return lines_pdf([(20, lines)])


def _commission() -> bytes:
    heading = "Beredskabskommissionen, 3. juni 2025:"
    lines = ["Lunde Kommune", "Referat", "Beredskabskommissionen", "Mødedato: 03-06-2025",
             "Mødetidspunkt: 15:00 - 16:30", "Mødested: Brandstationen",
             "Medlemmer: Ida Ravn (A), formand, Ole Bak (V)",
             "1. Godkendelse af dagsorden", "Sagsnr.: 25/100", heading, "Godkendt.",
             "2. Orientering om brandsyn", "Sagsnr.: 25/812", "Indstilling",
             "Beredskabschefen indstiller, at orienteringen tages til efterretning.", heading,
             "Orienteringen blev taget til efterretning.",
             "3. Eventuelt", "Sagsnr.: 25/100", heading, "Intet."]
    return lines_pdf([(20, lines)])


def _region() -> bytes:
    side = ["Mødedato", "Onsdag den 4. juni 2025", "Mødetidspunkt", "Kl. 13.00 – 15.00",
            "Mødested", "Regionshuset Lunde,", "Torvet 1, 9999 Lunde", "Fraværende",
            "Ole Bak (V)", "Kim Dal (A)"]
    main = ["REGION LUNDE", "Referat", "fra mødet i Regionsrådet",
            "1. Meddelelser", "Sagsnr.: 1-01-72-3-25", "Beslutning",
            "Meddelelserne blev taget til efterretning.",
            "2. Budget 2026", "Sagsnr.: 1-30-72-18-25", "Beslutning",
            "Indstillingen blev tiltrådt.",
            "For stemte 30 (A, V, C). Imod stemte 4 (O). Undlod at stemme 1 (Ø)."]
    return lines_pdf([(20, side + [""] + main)])


_FORM_CHECK = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Lukket{n}"/>'
               '<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
               '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _closed_field(n: int, checked: bool) -> str:
    """"Lukket punkt: " and a legacy check box, checked or not (its state only in ffData)."""
    box = _FORM_CHECK.format(n=n, state='<w:checked/>' if checked else '<w:default w:val="0"/>')
    return f'<w:p><w:r><w:t xml:space="preserve">Lukket punkt: </w:t></w:r>{box}</w:p>'


def _form() -> bytes:
    body = [para("Lunde Kommune"), para("Referat"), para("Børneudvalget"),
            para("Mødedato: 10.06.2025"), para("Mødetidspunkt: 15.00-17.00"),
            para("Mødested: Rådhuset, lokale 2"),
            para("Medlemmer: Ida Ravn (A), formand, Ole Bak (V), Per Krag (A)")]
    for n, (title, closed) in enumerate([("Godkendelse af dagsorden", False),
                                         ("Skolestruktur", False), ("Personalesag", True)], 1):
        body += [para(f"{n}. {title}", "Heading1"), para(f"Sagsnr.: 25/{300 + n}"),
                 _closed_field(n, closed), para("Beslutning", "Heading2"), para("Godkendt.")]
    return docx(body, styles={"Heading1": "heading 1", "Heading2": "heading 2"})


def _local() -> bytes:
    body = [para("Nørre Lunde Lokaludvalg"), para("Referat af lokaludvalgsmøde"),
            para("Tirsdag den 10. juni 2025 kl. 18.30-21.00"),
            para("Sted: Kulturhuset, Islands Brygge 18, 2300 København S"),
            para("Deltagere:"), para("Lars Holm, formand (Beboerforeningen)"),
            para("Pia Sejer (SF)"), para("Afbud:"), para("Tine Dam (S)"),
            para("Fra sekretariatet: Rikke Lund (referent)")]
    for n, (title, decision) in enumerate([("Godkendelse af dagsorden", "Godkendt."),
                                           ("Puljeansøgninger juni 2025",
                                            "Indstillingen blev vedtaget.")], 1):
        body += [f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Dagsordenspunkt '
                 f'{n}</w:t><w:br/><w:t>{title}</w:t></w:r></w:p>',  # (one heading, a break)
                 para("Lokaludvalgets beslutning", "Heading3"), para(decision)]
    return docx(body, styles={"Heading2": "heading 2", "Heading3": "heading 3"})


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "10_odata.json").write_text(_odata(), encoding="utf-8")
    (HERE / "03_skrivemaskine.pdf").write_bytes(_typed())
    (HERE / "04_tabelraekker.pdf").write_bytes(_rows())
    (HERE / "02_kommission.pdf").write_bytes(_commission())
    (HERE / "01_region.pdf").write_bytes(_region())
    (HERE / "05_formularfelter.docx").write_bytes(_form())
    (HERE / "06_lokaludvalg.docx").write_bytes(_local())


if __name__ == "__main__":
    main()
