"""Round 205's layouts (round 205's blind files): minutes a secretary pasted together in
Word or e-mail. A decision given per sub-point ("Ad 1: … / Ad 3: Udsat …") under items
headed "Punkt N"; a members' table whose role cell holds a comma; an e-mail whose
salutation names the body, with the next meeting's dagsorden pasted below the minutes
and the footnotes after a rule at the message's end; a Word text export whose contents
list groups the items under "Lukkede sager" / "Åbne sager", with "o" sub-bullets and
"1.1" sub-points; Word's own footnotes in a .docx; Word's HTML with footnote links by
`name` and a cell a paragraph; a vote on a motion ("For udsættelse stemte …"). Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from tests.unit.office_files import W, docx, para


def _read(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8"):
    path = tmp_path / name
    if isinstance(data, str):
        path.write_bytes(data.encode(encoding))
    else:
        path.write_bytes(data)
    return read_meetings(path)


_PER_SUB_POINT = """Byby Kommune
Referat
Kulturudvalget
Dato: 4. marts 2025
Tidspunkt: 15:00 – 17:00
Sted: Mødelokale 2, Rådhuset
Deltagere
Medlem | Parti | Rolle | Bemærkning
Karen Holt | A | Borgmester, formand |
Ole Dam | V | Næstformand |
Lis Bak | F |  | Afbud
Punkt 1 Godkendelse af dagsorden
Sagsnr.: 25/000101
Beslutning
Godkendt.
Punkt 2 Budgetopfølgning for kulturområdet
Sagsnr.: 25/000202
Sagsfremstilling
Forventet regnskab fordelt på områder (mio. kr., netto, løbende priser):
Område | Korrigeret budget | Forventet regnskab | Afvigelse
Biblioteker | 24,6 | 24,1 | -0,5
Museer og kulturhuse | 12,2 | 11,5 | -0,7
Der forventes et mindreforbrug på 1,2 mio. kr.
Indstilling
Direktøren indstiller, at
1. opfølgningen tages til efterretning
2. mindreforbruget overføres
3. der gives en tillægsbevilling
Beslutning
Ad 1: Taget til efterretning.
Ad 2: Godkendt.
Ad 3: Udsat til næste møde.
Punkt 3 Nyt kulturhus
Sagsnr.: 25/000303
Sagsfremstilling
Projektet er beskrevet i bilag.
Beslutning
Anbefales.
Punkt 4 Meddelelser
Beslutning
Taget til efterretning.
"""


def test_per_sub_point_answers_stay_in_their_items_decision(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "byby_kultur.txt", _PER_SUB_POINT)[0]
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[2].title == "Nyt kulturhus"
    assert "Ad 3: Udsat til næste møde." in meeting.items[1].decision
    assert meeting.items[2].decision == "Anbefales."


def test_table_rows_of_figures_keep_a_line_each(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "byby_kultur.txt", _PER_SUB_POINT)[0]
    lines = meeting.items[1].sections[0].text.split("\n")
    assert "Biblioteker | 24,6 | 24,1 | -0,5" in lines
    assert "Der forventes et mindreforbrug på 1,2 mio. kr." in lines


def test_members_table_role_cell_with_a_comma_keeps_the_name(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "byby_kultur.txt", _PER_SUB_POINT)[0]
    first = meeting.participants[0]
    assert first.name == "Karen Holt (A)"
    assert "formand" in first.role
    assert [p.status for p in meeting.participants] == ["deltog", "deltog", "afbud"]


_MAIL = """From: Sekretariatet <sek@byby.dk>
To: Udvalget <udvalg@byby.dk>
Subject: Referat og dagsorden
Date: Wed, 15 Jan 2025 08:30:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Kære medlemmer af Miljøudvalget

Hermed referatet. Nederst står dagsordenen til næste møde.

Venlig hilsen
Eva Lund

--------------------------------------------------

REFERAT

Miljøudvalget
Mødedato:       Tirsdag den 14. januar 2025
Mødetid:        Kl. 14.00 - 16.00
Mødested:       Mødelokale 3, Byby Rådhus

Medlemmer:
Anders Vig (A), formand
Berit Kolb (V)
Carsten Due (F)

Pkt. 20   Godkendelse af dagsorden

Beslutning:
Godkendt.

Pkt. 21   Handleplan for vandløb
Sagsnr.: 06.02.03-P20-1-24

Sagsfremstilling:
Planen er lavet med Byby Forsyning A/S[1] og lodsejerne.

Beslutning:
Godkendt.

Pkt. 22   Eventuelt

Beslutning:
Intet.

--------------------------------------------------

DAGSORDEN

Miljøudvalget
Mødedato:       Tirsdag den 11. februar 2025
Mødetid:        Kl. 14.00
Mødested:       Mødelokale 3, Byby Rådhus

Pkt. 23   Godkendelse af dagsorden

Pkt. 24   Budget for naturpleje
Sagsnr.: 00.30.00-S00-2-25
Sagsfremstilling:
Budgettet fremlægges.

Pkt. 25   Eventuelt

--------------------------------------------------
[1] Kommunens forsyningsselskab.
"""


def test_mail_with_next_dagsorden_reads_two_meetings(tmp_path: Path) -> None:
    minutes, agenda = _read(tmp_path, "referat.eml", _MAIL)
    assert minutes.committee == "Miljøudvalget"
    assert (minutes.date, minutes.doc_type) == (date(2025, 1, 14), "referat")
    assert [i.number for i in minutes.items] == [20, 21, 22]
    assert (agenda.date, agenda.doc_type) == (date(2025, 2, 11), "dagsorden")
    assert [i.number for i in agenda.items] == [23, 24, 25]
    assert agenda.items[0].title == "Godkendelse af dagsorden"


def test_mail_footnote_at_the_end_goes_to_its_mark(tmp_path: Path) -> None:
    minutes, agenda = _read(tmp_path, "referat.eml", _MAIL)
    text = " ".join(s.text for s in minutes.items[1].sections)
    assert "Byby Forsyning A/S (Kommunens forsyningsselskab.)" in text
    assert "forsyningsselskab" not in " ".join(s.text for s in agenda.items[-1].sections)


_CONTENTS = """Byby Kommune\r
\r
REFERAT\r
\r
Fritidsudvalget\r
\r
Mødedato:\tmandag den 2. juni 2014\r
Mødetidspunkt:\tkl. 17.00\r
Mødested:\tMødelokale 4, Byby Rådhus\r
\r
Medlemmer:\tPer Lind (C), formand\r
\tMaja Ravn (A)\r
\r
Indholdsliste\r
\r
Åbne sager\r
1.\tGodkendelse af dagsorden\r
2.\tHallernes åbningstider\r
\r
Lukkede sager\r
3.\tLeje af lokaler\r
\r
Åbne sager\r
4.\tEventuelt\r
\f\r
1.\tGodkendelse af dagsorden\r
\r
Beslutning:\r
Godkendt.\r
\r
2.\tHallernes åbningstider\r
Sagsnr.: 14/1001\r
\r
Sagsfremstilling:\r
Hallerne foreslås åbnet tidligere:\r
1.1\tByby Hallen åbner kl. 6.00\r
1.2\tSkovhallen åbner kl. 7.00, dog:\r
o\tlørdag kl. 8.00\r
o\tsøndag kl. 9.00\r
\r
Beslutning:\r
Godkendt.\r
\r
Lukkede sager\r
\r
3.\tLeje af lokaler\r
Sagsnr.: 14/1002\r
\r
Beslutning:\r
Godkendt.\r
\r
4.\tEventuelt\r
\r
Beslutning:\r
Intet.\r
"""


def test_contents_groups_reopen_after_the_closed_item(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "Referat FU.txt", _CONTENTS, "cp1252")[0]
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert [i.closed for i in meeting.items] == [False, False, True, False]


def test_sub_points_and_o_bullets_keep_their_lines(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "Referat FU.txt", _CONTENTS, "cp1252")[0]
    lines = meeting.items[1].sections[0].text.split("\n")
    assert "1.2 Skovhallen åbner kl. 7.00, dog:" in lines
    assert "- lørdag kl. 8.00" in lines


def _with_footnotes(document: bytes, notes: str) -> bytes:
    """The .docx with a `word/footnotes.xml` part added."""
    buf = io.BytesIO(document)
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("word/footnotes.xml", notes)
    return buf.getvalue()


def test_word_footnote_is_placed_at_its_reference(tmp_path: Path) -> None:
    ref = ('<w:p><w:r><w:t>Udgifterne stiger med 2,1 %</w:t></w:r><w:r><w:rPr>'
           '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
           '<w:r><w:t>.</w:t></w:r></w:p>')
    body = [para("Byby Kommune"), para("Referat"), para("Skoleudvalget"),
            para("Dato: 5. maj 2022"), para("1. Godkendelse af dagsorden", "Heading2"),
            para("Beslutning:", bold=True), para("Godkendt."),
            para("2. Budget 2023", "Heading2"), para("Sagsfremstilling:", bold=True), ref,
            para("Beslutning:", bold=True), para("Godkendt.")]
    notes = (f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="0"><w:p><w:r>'
             '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r>'
             '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Jf. prisskønnet.</w:t>'
             '</w:r></w:p></w:footnote></w:footnotes>')
    raw = _with_footnotes(docx(body, styles={"Heading2": "heading 2"}), notes)
    meeting = _read(tmp_path, "skole.docx", raw)[0]
    assert [i.number for i in meeting.items] == [1, 2]
    text = meeting.items[1].sections[0].text
    assert "stiger med 2,1 % (Jf. prisskønnet.)." in text
    assert "%1" not in text


_WORD_HTML = """<html><body><div class=WordSection1>
<p class=MsoNormal>Byby Kommune</p>
<p class=MsoNormal>Referat – Ældreudvalget</p>
<p class=MsoNormal>Mødedato: onsdag den 4. september 2024, kl. 14.00</p>
<h2>1. Godkendelse af dagsorden</h2>
<p class=MsoNormal><b>Beslutning:</b></p>
<p class=MsoNormal>Godkendt.</p>
<h2>2. Takster 2025</h2>
<p class=MsoNormal><b>Sagsfremstilling:</b></p>
<p class=MsoNormal>Taksten følger loven<a href="#_ftn1" name="_ftnref1">[1]</a>.</p>
<table class=MsoTableGrid><tr><td><p class=MsoNormal>Ydelse</p></td>
<td><p class=MsoNormal>Takst 2024</p></td><td><p class=MsoNormal>Takst 2025</p></td></tr>
<tr><td><p class=MsoNormal>Hovedret</p></td><td><p class=MsoNormal>60,00</p></td>
<td><p class=MsoNormal>63,00</p></td></tr></table>
<p class=MsoNormal><b>Beslutning:</b></p>
<p class=MsoNormal>Godkendt.</p>
<h2>3. Meddelelser</h2>
<p class=MsoNormal><b>Beslutning:</b></p>
<p class=MsoNormal>Taget til efterretning.</p>
<div style='mso-element:footnote-list'><hr>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>
<a href="#_ftnref1" name="_ftn1">[1]</a> Jf. bekendtgørelsen.</p></div></div>
</div></body></html>"""


def test_word_html_footnote_by_name_and_table_rows(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "referat.htm", _WORD_HTML)[0]
    assert [i.number for i in meeting.items] == [1, 2, 3]
    text = meeting.items[1].sections[0].text
    assert "Taksten følger loven (Jf. bekendtgørelsen.)." in text
    assert "Hovedret 60,00 63,00" in text
    assert "bekendtgørelsen" not in meeting.items[2].decision


_MOTION_VOTE = """Byby Kommune
Referat
Børneudvalget
Mødedato: 8. marts 2022
Deltagere: Ane Lund (V), formand; Bo Ring (A); Kim Skov (O)
1. Godkendelse af dagsorden
Beslutning:
Godkendt.
2. Kapacitetsplan
Indstilling:
Direktøren indstiller, at planen godkendes.
Beslutning:
Ad a) Godkendt.
Ad b) Udsat.
Afstemning om b): For udsættelse stemte A og O (2). Imod stemte V (1).
3. Meddelelser
Beslutning:
Taget til efterretning.
"""


def test_vote_on_a_motion_names_both_sides(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "boern.txt", _MOTION_VOTE)[0]
    votes = meeting.items[1].votes
    assert votes.get("for") == ["A", "O"] and votes.get("imod") == ["V"]
    assert meeting.items[1].decision.startswith("Ad a) Godkendt.")
