"""A hundred and eighty-ninth round of layouts (round 189's blind files): items decided by
several votes, per-party statements. A web page's named vote (navneopråb) as a table of
the members, their party beside each name and an X under Ja, Nej or Undlod, with a
totals row; the same table in a Word document; a plain text's absence sentence whose
subject is a pronoun ("Han forlod mødet …") after the sentence naming the member; the
heading "Godkendt og underskrevet:" over the names signed after the last item. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para, table

_ROLL_CALL = """<!DOCTYPE html><html lang="da"><head><title>Referat – Byrådet</title></head>
<body><nav class="breadcrumb"><a href="/">Forside</a> › Politik › Byrådet</nav>
<main><h1>Byrådet – referat</h1>
<dl><dt>Dato</dt><dd>12. marts 2024</dd><dt>Tid</dt><dd>18:00</dd>
<dt>Sted</dt><dd>Byrådssalen</dd></dl>
<article class="agenda-item"><h2>1. Godkendelse af dagsorden</h2>
<h3>Beslutning</h3><p>Godkendt.</p></article>
<article class="agenda-item"><h2>2. Ny svømmehal i Nordby</h2>
<h3>Sagsfremstilling</h3><p>Svømmehallen placeres ved idrætscentret.</p>
<h3>Beslutning</h3><p>Karen Ulv (V) begærede navneopråb.</p>
<p>Indstillingen blev godkendt med 3 stemmer for, 2 imod og 1 undlod.</p>
<table><thead><tr><th>Navn</th><th>Parti</th><th>Ja</th><th>Nej</th><th>Undlod</th>
<th>Bemærkning</th></tr></thead><tbody>
<tr><td>Søren Hald</td><td>A</td><td>X</td><td></td><td></td><td></td></tr>
<tr><td>Lone Brix</td><td>A</td><td>X</td><td></td><td></td><td></td></tr>
<tr><td>Karen Ulv</td><td>V</td><td></td><td>X</td><td></td><td></td></tr>
<tr><td>Bent Moos</td><td>C</td><td>X</td><td></td><td></td><td></td></tr>
<tr><td>Inge Lau</td><td>C</td><td></td><td>X</td><td></td><td></td></tr>
<tr><td>Tim Røn</td><td>Ø</td><td></td><td></td><td>X</td><td></td></tr>
<tr><td>Mia Holt</td><td>F</td><td></td><td></td><td></td><td>Fraværende</td></tr>
<tr><td>I alt</td><td></td><td>3</td><td>2</td><td>1</td><td></td></tr>
</tbody></table></article>
</main></body></html>"""

_VOTES = {"for": ["Søren Hald (A)", "Lone Brix (A)", "Bent Moos (C)"],
          "imod": ["Karen Ulv (V)", "Inge Lau (C)"], "undlod": ["Tim Røn (Ø)"]}


def test_a_named_votes_table_gives_each_member_the_column_marked(read_file: ReadFile) -> None:
    meeting, = read_file("byraadet-12-03-2024.html", _ROLL_CALL)
    assert meeting.date == date(2024, 3, 12)
    assert len(meeting.items) == 2
    item = meeting.item(2)
    assert item is not None and item.votes == _VOTES
    assert "Undlod: Tim Røn (Ø)" in (item.decision or "")
    assert "I alt" not in (item.decision or "")


def test_a_named_votes_table_in_a_word_document_reads_the_same(read_file: ReadFile) -> None:
    rows = [["Navn", "Parti", "Ja", "Nej", "Undlod"], ["Søren Hald", "A", "X", "", ""],
            ["Lone Brix", "A", "X", "", ""], ["Karen Ulv", "V", "", "X", ""],
            ["Bent Moos", "C", "X", "", ""], ["Inge Lau", "C", "", "X", ""],
            ["Tim Røn", "Ø", "", "", "X"], ["I alt", "", "3", "2", "1"]]
    body = docx([para("Referat"), para("Byrådet"), para("Mødedato: 12. marts 2024"),
                 para("1. Ny svømmehal i Nordby", "Heading1"),
                 para("Sagsfremstilling", "Heading2"), para("Hallen placeres ved centret."),
                 para("Beslutning", "Heading2"), para("Godkendt efter navneopråb."),
                 table(rows)], styles={"Heading1": "heading 1", "Heading2": "heading 2"})
    meeting, = read_file("Referat_Byraadet_12032024.docx", body)
    assert meeting.date == date(2024, 3, 12)
    assert meeting.items[0].votes == _VOTES


_TEXT = """VIBORG KOMMUNE
Referat - Kultur- og Fritidsudvalget
Mødedato: 08.10.2020 kl. 15.00
Mødested: Rådhuset, mødelokale 2

Deltagere: Per Vang (V), formand
           Alma Krog (A)
           Jens Ole Bak (C)

----------------------------------------------------------------------
Pkt. 1   Tilskud til spejderhytte
----------------------------------------------------------------------

Sagsfremstilling:
Spejderne søger om 20.000 kr. til nyt tag.

Beslutning:
Jens Ole Bak (C) deltog ikke i behandlingen pga. inhabilitet, da han er
kasserer i spejdergruppen.
Han forlod mødet under punktets behandling.

Bevilget.


----------------------------------------------------------------------
Pkt. 2   Meddelelser
----------------------------------------------------------------------

Beslutning:
Taget til efterretning.


Godkendt og underskrevet:

Per Vang             Alma Krog
Jens Ole Bak
"""


def test_a_pronoun_that_left_the_meeting_is_the_member_named_before(read_file: ReadFile) -> None:
    meeting, = read_file("kfu_08102020.txt", _TEXT)
    assert meeting.committee == "Kultur- og Fritidsudvalget"
    assert [i.absentees for i in meeting.items] == [["Jens Ole Bak (C)"], []]


def test_the_signature_heading_after_the_last_item_ends_the_minutes(read_file: ReadFile) -> None:
    meeting, = read_file("kfu_08102020.txt", _TEXT)
    assert len(meeting.items) == 2
    assert meeting.items[-1].decision == "Taget til efterretning."
    assert [p.name for p in meeting.participants][:3] == [
        "Per Vang (V)", "Alma Krog (A)", "Jens Ole Bak (C)"]
