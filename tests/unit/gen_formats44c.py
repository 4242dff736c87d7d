"""Builds the invented Word web pages of layout round 44 (c) (standard library only):
`python tests/unit/gen_formats44c.py` writes fixtures/formats44c/ — an Integrationsråd's
referat saved by Word as "Enkelt fil-webside" (.mht: MIME multipart/related, the page
quoted-printable in windows-1252 beside an image part), its facts a table "Møde |
Integrationsrådet", its members a table "Navn | Repræsenterer | Fremmøde" under a bold
"Deltagere" paragraph, each cell a paragraph of its own as Word writes them, "Afbud" in
a middle row; and a Seniorråd's referat saved as a plain Word .htm whose members' table
has two columns, "Navn | Fremmøde"."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

HERE = Path(__file__).parent / "fixtures" / "formats44c"
_CELL = "<td valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal>{}</p></td>"


def _table(rows: list[tuple[str, ...]], head: bool) -> str:
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"]
    for k, row in enumerate(rows):
        cells = [f"<b>{c}</b>" if head and k == 0 or not head and n == 0 else c
                 for n, c in enumerate(row)]
        out.append(" <tr>" + "".join(_CELL.format(c) for c in cells) + "</tr>")
    return "\n".join([*out, "</table>"])


def _item(n: int, title: str, labels: list[tuple[str, str]]) -> str:
    """A Word heading numbered by Word's list: the number only in a supportLists span."""
    out = [f"<h1 style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:"
           f"Ignore'>{n}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;"
           f"</span></span><![endif]><span lang=DA>{title}</span></h1>"]
    for label, text in labels:
        out += [f"<p class=MsoNormal><b>{label}</b></p>", f"<p class=MsoNormal>{text}</p>"]
    return "\n".join(out)


def _page(title: str, facts: list[tuple[str, ...]], members: list[tuple[str, ...]],
          items: str) -> str:
    return "\n".join([
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">",
        "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
        f"<meta name=ProgId content=Word.Document><title>{title}</title></head>",
        "<body lang=DA><div class=WordSection1>",
        "<p class=MsoTitle>Referat</p>", _table(facts, head=False),
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
        "<p class=MsoNormal><b>Deltagere</b><o:p></o:p></p>", _table(members, head=True),
        "<p class=MsoNormal>Referent: Anne Holt</p>", items, "</div></body></html>"])


def single_file_page() -> None:
    facts = [("Møde", "Integrationsrådet"), ("Dato", "Mandag den 2. december 2024"),
             ("Tid", "17.00 - 19.00"), ("Sted", "Egelund Rådhus, mødelokale 4")]
    members = [("Navn", "Repræsenterer", "Fremmøde"),
               ("Amira Haddad", "Foreningen Nye Naboer (formand)", "Til stede"),
               ("Ove Thygesen (A)", "Byrådet (næstformand)", "Til stede"),
               ("Jonas Friis", "Sprogskolen Egelund", "Afbud"),
               ("Leyla Demir", "Beskæftigelse, Egelund Kommune", "Til stede")]
    items = "\n".join([
        _item(1, "Godkendelse af dagsorden", [("Beslutning", "Godkendt.")]),
        _item(2, "Velkomstpakke til nye borgere", [
            ("Sagsnr.:", "24/30117"),
            ("Indstilling", "Forvaltningen indstiller, at rådet drøfter pakken."),
            ("Beslutning", "Rådet anbefaler pakken med en side på arabisk.")]),
        _item(3, "Eventuelt", [("Beslutning", "Intet.")])])
    page = _page("Referat Integrationsrådet 2. december 2024", facts, members, items)
    boundary = "----=_NextPart_01DB44C0.1A2B3C40"
    png = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(24)).decode()
    mime = "\r\n".join([
        "MIME-Version: 1.0",
        f"Content-Type: multipart/related; boundary=\"{boundary}\"", "",
        "Dette dokument er en webside i en enkelt fil, også kaldet en webarkivfil.", "",
        f"--{boundary}",
        "Content-Location: file:///C:/44C0/Referat_Integrationsraadet.htm",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Type: text/html; charset=\"windows-1252\"", "",
        quopri.encodestring(page.encode("cp1252")).decode("ascii").replace("\n", "\r\n"), "",
        f"--{boundary}",
        "Content-Location: file:///C:/44C0/Referat_Integrationsraadet_files/image001.png",
        "Content-Transfer-Encoding: base64", "Content-Type: image/png", "", png,
        f"--{boundary}--", ""])
    (HERE / "01_word_enkeltfil.mht").write_bytes(mime.encode("cp1252"))


def two_column_members() -> None:
    facts = [("Møde", "Seniorrådet"), ("Dato", "Torsdag den 5. december 2024"),
             ("Tid", "10.00 - 12.00"), ("Sted", "Egelund Rådhus, mødelokale 2")]
    members = [("Navn", "Fremmøde"), ("Bodil Krogh", "Til stede"), ("Poul Vestergaard", "Afbud"),
               ("Inge Madsen", "Til stede")]
    items = "\n".join([
        _item(1, "Godkendelse af dagsorden", [("Beslutning", "Godkendt.")]),
        _item(2, "Eventuelt", [("Beslutning", "Intet.")])])
    page = _page("Referat Seniorrådet", facts, members, items)
    (HERE / "02_word_to_kolonner.htm").write_bytes(page.replace("\n", "\r\n").encode("cp1252"))


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    single_file_page()
    two_column_members()
