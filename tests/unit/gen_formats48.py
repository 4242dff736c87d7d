"""Builds the binary fixtures of layout round 48: `python -m tests.unit.gen_formats48`
(from the repository's root) writes fixtures/formats48/

* 03_word_html_eksport.doc — an ESDH system's "export to Word": Word's own HTML
  (`xmlns:w="urn:schemas-microsoft-com:office:word"`, ProgId Word.Document), cp1252,
  CRLF, list numbers in `<![if !supportLists]>` spans, in a file named ".doc";
* 10_videresendt_som_vedhaeftet.eml — a mail forwarded as an attachment: the outer note
  carries the original mail (message/rfc822), whose own attachment is the minutes
  (a Word file);
* 02_temaer_h1_punkter_h2.docx — Heading 1 themes ("Tema: Trafik", "Lukkede punkter",
  "Afslutning") over unnumbered Heading 2 items.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

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


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "03_word_html_eksport.doc").write_bytes(_word_html())
    (HERE / "10_videresendt_som_vedhaeftet.eml").write_bytes(_forwarded())
    (HERE / "02_temaer_h1_punkter_h2.docx").write_bytes(_themed())


if __name__ == "__main__":
    main()
