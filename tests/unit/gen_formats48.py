"""Builds the binary fixtures of layout round 48: `python -m tests.unit.gen_formats48`
(from the repository's root) writes fixtures/formats48/

* 03_word_html_eksport.doc — an ESDH system's "export to Word": Word's own HTML
  (`xmlns:w="urn:schemas-microsoft-com:office:word"`, ProgId Word.Document), cp1252,
  CRLF, list numbers in `<![if !supportLists]>` spans, in a file named ".doc";
* 10_videresendt_som_vedhaeftet.eml — a mail forwarded as an attachment: the outer note
  carries the original mail (message/rfc822), whose own attachment is the minutes
  (a Word file);
* 02_temaer_h1_punkter_h2.docx — Heading 1 themes ("Tema: Trafik", "Lukkede punkter",
  "Afslutning") over unnumbered Heading 2 items;
* 04_justeret_til_stede_offentligt.pdf — a Kommunalbestyrelse's protocol as justified
  text extracts it ("Til  stede:  Karin  Holt  (A),  …"), "Offentligt" / "Ikke
  offentligt" under each title;
* 09_tysk_dansk_roller.pdf — German-first bilingual minutes, "Vorsitzende / formand"
  after the first member, "Az. / J.nr.:" under a title.
The PDFs write a line of text a line of the page, its spaces as written (justified
text's widened spaces); they need fpdf2 and the Liberation fonts.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from fpdf import FPDF

from tests.unit.office_files import docx, para

HERE = Path(__file__).parent / "fixtures" / "formats48"

_WORD_HTML_ITEM = (
    "<h1 style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
    "<![if !supportLists]><span style='mso-list:Ignore'>{n}.<span style='font:7.0pt "
    "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>{title}<o:p></o:p></h1>\n"
    "<p class=MsoNormal><b>Beslutning<o:p></o:p></b></p>\n"
    "<p class=MsoNormal>{decision}<o:p></o:p></p>\n")


def _word_html() -> bytes:
    items = [("Godkendelse af dagsorden", "Godkendt."),
             ("Renovering af Skovbo Skole", "Anbefales over for Økonomiudvalget."),
             ("Eventuelt", "Intet.")]
    page = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\n'
        'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
        "<meta name=ProgId content=Word.Document>\n"
        "<title>Referat - Skoleudvalget</title>\n"
        "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom>"
        "</w:WordDocument></xml><![endif]-->\n"
        "<style>p.MsoNormal {margin:0cm; font-size:11.0pt;}</style>\n</head>\n"
        "<body lang=DA style='tab-interval:65.2pt'>\n<div class=WordSection1>\n"
        "<p class=MsoTitle>Referat<o:p></o:p></p>\n"
        "<p class=MsoNormal><b>Skoleudvalget<o:p></o:p></b></p>\n"
        "<p class=MsoNormal>Mødedato: 12. marts 2025, kl. 17.00<o:p></o:p></p>\n"
        "<p class=MsoNormal>Mødested: Udvalgsværelse 3, Skovbo Rådhus<o:p></o:p></p>\n"
        "<p class=MsoNormal>Deltagere: Birthe Mose (A), formand, Jens Tang (V)<o:p></o:p></p>\n"
        + "".join(_WORD_HTML_ITEM.format(n=n, title=t, decision=d)
                  for n, (t, d) in enumerate(items, 1))
        + "</div>\n</body>\n</html>\n")
    return page.replace("\n", "\r\n").encode("cp1252")


def _attached_minutes() -> bytes:
    lines = [("Grønnegade Lokaludvalg", True), ("Referat", False),
             ("Dato: Tirsdag den 11. marts 2025 kl. 18.00", False),
             ("Sted: Grønnegade Medborgerhus", False),
             ("Til stede: Kim Vest (formand), Nina Dal, Ali Sahin", False),
             ("Punkt 1: Godkendelse af dagsorden", True), ("Beslutning: Godkendt.", False),
             ("Punkt 2: Bænke på torvet", True),
             ("Beslutning: Lokaludvalget søger puljen om tre bænke.", False)]
    return docx([para(text, bold=bold) for text, bold in lines])


def _mail(sender: str, subject: str, day: int, note: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "arkiv@groennegade.dk"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2025, 3, day, 9, 0, tzinfo=UTC))
    message.set_content(note, cte="quoted-printable")
    return message


def _forwarded() -> bytes:
    inner = _mail("Sekretariatet <sekr@groennegade.dk>", "Referat 11. marts", 12,
                  "Hej\n\nHermed referatet fra tirsdagens møde.\n\nMvh Sekretariatet\n")
    inner.add_attachment(
        _attached_minutes(), maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="Referat 11-03-2025.docx")
    outer = _mail("Pia Nørgaard <pia@groennegade.dk>", "VS: Referat 11. marts", 14,
                  "Til arkivet, som aftalt.\n\nPia\n")
    outer.add_attachment(inner, filename="Referat 11. marts.eml")
    return outer.as_bytes()


def _themed() -> bytes:
    def item(title: str, decision: str, *lead: str) -> list[str]:
        return [para(title, "Overskrift2"), *(para(t) for t in lead),
                para("Beslutning", bold=True), para(decision)]

    body = [para("Referat", "Titel"), para("Trafik- og Byudvalget", bold=True),
            para("Mødedato: 5. marts 2025"), para("Mødested: Rådhuset, lokale 2"),
            para("Indledning", "Overskrift1"), *item("Godkendelse af dagsorden", "Godkendt."),
            para("Tema: Trafik", "Overskrift1"),
            *item("Cykelsti langs Åvej", "Godkendt.", "Sagsnr.: 2025-000311"),
            *item("Parkering ved stationen", "Udsat.", "Sagsnr.: 2025-000412"),
            para("Lukkede punkter", "Overskrift1"),
            *item("Køb af grund ved Havnen", "Godkendt.", "Sagsnr.: 2025-000520"),
            para("Afslutning", "Overskrift1"), *item("Eventuelt", "Intet.")]
    return docx(body, styles={"Titel": "Title", "Overskrift1": "heading 1",
                              "Overskrift2": "heading 2"})


FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


_PROTOCOL = [
    'ØRBY KOMMUNE',
    'Beslutningsprotokol',
    'Kommunalbestyrelsen',
    'Dato: Torsdag den 5. december 2024',
    'Tid: Kl. 19.00 – 21.00',
    'Sted: Byrådssalen, Ørby Rådhus',
    'Til  stede:  Karin  Holt  (A),  borgmester,  Søren  Dahl  (V),  Mia  Krag  (F),  Ib',
    'Lund (C), Tove Ahl (A)',
    'Fraværende: Per Vind (O)',
    'Punkt 41  Godkendelse af dagsorden',
    'Offentligt',
    'Beslutning',
    'Godkendt.',
    'Punkt 42  Budget for havnen',
    'Offentligt',
    'Sagsnr.: 05.01.00-G01-2-24',
    'Indstilling',
    'Direktionen indstiller, at budgettet godkendes.',
    'Beslutning',
    'Godkendt.',
    'Punkt 43  Salg af grund ved Kirkevej',
    'Ikke offentligt',
    'Beslutning',
    'Godkendt.',
]
_BILINGUAL = [
    'REGION GRÆNSELAND',
    'Protokoll / Referat',
    'Sportausschuss / Idrætsudvalget',
    'Datum / Dato: Dienstag, 3. Dezember 2024 / tirsdag den 3. december 2024',
    'Uhrzeit / Tidspunkt: 14:00-16:00 Uhr / kl. 14.00-16.00',
    'Ort / Sted: Grenzhaus, Søgade 2, 6330 Padborg',
    'Anwesend / Til stede: Eva  Brandt  (Stadt  Flensburg),  Vorsitzende  /  formand,  Lars',
    'Kjær (Aabenraa Kommune), Kai Wolf (Kreis Schleswig-Flensburg)',
    'Entschuldigt / Afbud: Ole Hein (Tønder Kommune)',
    'TOP 1 / Punkt 1: Genehmigung der Tagesordnung / Godkendelse af dagsorden',
    'Beschluss / Beslutning',
    'Die Tagesordnung wurde genehmigt.',
    'Dagsordenen blev godkendt.',
    'TOP 2 / Punkt 2: Jugendturnier 2025 / Ungdomsturnering 2025',
    'Az. / J.nr.: 24/0881',
    'Beschluss / Beslutning',
    'Genehmigt.',
    'Godkendt.',
]


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", "", 10)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "03_word_html_eksport.doc").write_bytes(_word_html())
    (HERE / "10_videresendt_som_vedhaeftet.eml").write_bytes(_forwarded())
    (HERE / "02_temaer_h1_punkter_h2.docx").write_bytes(_themed())
    (HERE / "04_justeret_til_stede_offentligt.pdf").write_bytes(_pdf(_PROTOCOL))
    (HERE / "09_tysk_dansk_roller.pdf").write_bytes(_pdf(_BILINGUAL))


if __name__ == "__main__":
    main()
