"""Builds the generated fixtures of layout round 50: `python -m tests.unit.gen_formats50`
(from the repository's root) writes fixtures/formats50/

* 02_to_spalter.pdf — minutes set in two narrow columns: the members' list wraps inside
  a name ("…, Ole" / "Vinther (forældre), …"), the last item's title wraps and its text
  follows in short lines without a label;
* 07_outlook_tabel.eml — an Outlook mail, plain text and HTML: the minutes a Word table
  "Pkt. | Emne | Referat / beslutning", which the plain part lists a cell a line;
* 08_ikke_offentlig.docx — a Word agenda whose closed item says "Ikke offentlig" in the
  paragraph under its title.
The PDF needs fpdf2 and the Liberation fonts.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from tests.unit.office_files import docx, para
from tests.unit.pdf_files import lines_pdf

HERE = Path(__file__).parent / "fixtures" / "formats50"

# the two columns' lines, as a narrow column wraps them
_LEFT = ["SØNDERBY KOMMUNE", "Referat", "Folkeoplysningsudvalget",
         "Møde den 04.02.25 kl. 17.00", "Sted: Rådhuset, lokale 4", "Deltagere:",
         "Eva Holm (idræt, formand),", "Per Krag (spejderne), Ole", "Vinther (forældre), Lise",
         "Nyrup (aftenskoler), Kim Bo", "(A), Ida Dam (V)", "Afbud:", "Jon Berg (idræt)",
         "Punkt 1: Godkendelse af", "dagsorden", "Afgørelse:", "Godkendt."]
_RIGHT = ["Punkt 2: Orientering og", "eventuelt", "Formanden orienterede om",
          "Idrættens Dag den 8. marts", "2025. Næste møde holdes den", "4. marts 2025.",
          "Afgørelse:", "Taget til efterretning."]


def _columns_pdf() -> bytes:
    return lines_pdf([(20, _LEFT), (110, _RIGHT)])  # the left column first, then the right


_ROWS = [("1", "Godkendelse af dagsorden", "Godkendt."),
         ("2", "Stier i Sydparken", "Rådet drøftede forslaget. Stierne blev godkendt."),
         ("3", "Eventuelt", "Intet.")]


def _outlook_mail() -> bytes:
    head = ("<p>Referat – Grønt Råd</p><p>Mødet 05.02.25 kl. 16-18 på Rådhuset, lokale 3</p>"
            "<p>Til stede: Mia Dahl (formand), Ib Holm</p>")
    cells = "".join(f"<tr><td><p class=MsoNormal>{n}</p></td><td><p class=MsoNormal>{t}</p></td>"
                    f"<td><p class=MsoNormal>{d}</p></td></tr>" for n, t, d in _ROWS)
    html = (f"<html><body>{head}<table class=MsoTableGrid><tr><td><b>Pkt.</b></td>"
            f"<td><b>Emne</b></td><td><b>Referat / beslutning</b></td></tr>{cells}</table>"
            "<p>Venlig hilsen</p><p>Mia Dahl</p></body></html>")
    plain = "\n".join(["Referat – Grønt Råd", "Mødet 05.02.25 kl. 16-18 på Rådhuset, lokale 3",
                       "Til stede: Mia Dahl (formand), Ib Holm", "", "Pkt.", "Emne",
                       "Referat / beslutning", *(c for row in _ROWS for c in row), "",
                       "Venlig hilsen", "Mia Dahl"])
    message = EmailMessage()
    message["From"] = "Mia Dahl <mia@example.dk>"
    message["To"] = "groentraad@example.dk"
    message["Subject"] = "Referat fra mødet"
    message["Date"] = "Thu, 06 Feb 2025 09:12:00 +0100"
    message.set_content(plain, cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    return bytes(message)


def _closed_below_title() -> bytes:
    body = [para("Dagsorden", "Titel"), para("Økonomiudvalget", bold=True),
            para("Mødedato: 10. februar 2025 kl. 8.30"), para("Mødested: Mødelokale 1"),
            para("Sag nr. 1 - Godkendelse af dagsorden", "Overskrift1"),
            para("Direktionen foreslår, at dagsordenen godkendes."),
            para("Sag nr. 2 - Salg af Skolevej 8", "Overskrift1"), para("Ikke offentlig"),
            para("Sag nr. 3 - Eventuelt", "Overskrift1")]
    return docx(body, styles={"Titel": "Title", "Overskrift1": "heading 1"})


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "02_to_spalter.pdf").write_bytes(_columns_pdf())
    (HERE / "07_outlook_tabel.eml").write_bytes(_outlook_mail())
    (HERE / "08_ikke_offentlig.docx").write_bytes(_closed_below_title())


if __name__ == "__main__":
    main()
