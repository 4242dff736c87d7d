"""Builds the binary fixtures of layout round 47: `python -m tests.unit.gen_formats47`
(from the repository's root) writes fixtures/formats47/

* 04_vedhaeftet_referat.eml — a cover note (multipart/mixed, quoted-printable text)
  whose minutes are the attached Word file "Referat 12-02-2025.docx" (plain paragraphs,
  bold "Ad N) Title", "Beslutning:" lines);
* 10_beslutningslog.xlsx — a board's decision log over two meetings in one sheet
  ("Mødedato | Pkt. | Emne | Beslutning | Ansvarlig"), each date (a date cell) in its
  meeting's first row only, as a merged cell leaves it; a "Medlemmer" sheet.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from tests.unit.office_files import docx, para
from tests.unit.xlsx_files import xlsx

HERE = Path(__file__).parent / "fixtures" / "formats47"


def _attached_minutes() -> bytes:
    lines = [("Referat af bestyrelsesmøde i Borgerforeningen for Vestby", True),
             ("Onsdag den 12. februar 2025 kl. 19.00 i Vestby Borgerhus", False),
             ("Til stede: Finn Dahl (formand), Gitte Lund, Per Krog", False),
             ("Afbud: Susanne Ravn", False),
             ("Ad 1) Godkendelse af dagsorden", True), ("Beslutning: Godkendt.", False),
             ("Ad 2) Juletræstænding 2025", True),
             ("Gitte har talt med kirken om pladsen.", False),
             ("Beslutning: Foreningen holder juletræstænding den 30. november.", False),
             ("Ad 3) Eventuelt", True), ("Intet.", False)]
    return docx([para(text, bold=bold) for text, bold in lines])


def _mail() -> bytes:
    message = EmailMessage()
    message["From"] = "Per Krog <per@vestby-borgerforening.dk>"
    message["To"] = "bestyrelsen@vestby-borgerforening.dk"
    message["Subject"] = "Referat fra bestyrelsesmødet"
    message["Date"] = format_datetime(datetime(2025, 2, 14, 9, 30, tzinfo=UTC))
    message.set_content("Hej alle\n\nHermed referatet fra onsdagens møde.\n\nMvh Per\n",
                        cte="quoted-printable")
    message.add_attachment(
        _attached_minutes(), maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="Referat 12-02-2025.docx")
    return message.as_bytes()


def _serial(day: datetime) -> int:
    return (day - datetime(1899, 12, 30)).days


def _log() -> bytes:
    first, second = (("date", _serial(datetime(2025, d, m))) for d, m in ((1, 15), (3, 12)))
    rows = [["Beslutningslog 2025 - Forældrebestyrelsen i Børnehuset Mælkebøtten"],
            ["Sidst opdateret 14-03-2025"], None,
            ["Mødedato", "Pkt.", "Emne", "Beslutning", "Ansvarlig"],
            [first, "1", "Godkendelse af referat", "Godkendt.", "Formand"],
            [None, "2", "Sommerferielukning", "Huset holder lukket i uge 29 og 30.", "Leder"],
            [second, "1", "Godkendelse af referat", "Godkendt.", "Formand"],
            [None, "2", "Forældrekaffe (lukket punkt)", "Drøftet.", "Leder"],
            [None, "3", "Legeplads", "Bestyrelsen ønsker nye gynger.", "Leder"]]
    members = [["Navn", "Rolle"], ["Hanne Kjær", "Formand"], ["Ib Lauesen", ""]]
    return xlsx([("Log", rows), ("Medlemmer", members)])


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "04_vedhaeftet_referat.eml").write_bytes(_mail())
    (HERE / "10_beslutningslog.xlsx").write_bytes(_log())


if __name__ == "__main__":
    main()
