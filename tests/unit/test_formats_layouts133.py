"""Round 133: big city councils' minutes with formal votes: "Indstilling og
hovedbegrundelser" as a section heading, a party's vote explanation and note to the
minutes after the vote, a named roll call a member a line, a vote on sending the case
back, a case number alone under an underlined title, a lettered group heading numbered by
a Word outline, and members listed a party a line with the lines wrapped."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.contents_groups import contents_closed
from ingest.formats.outline_numbers import unoutlined
from ingest.formats.people import decision_people

_HTML = """<html><head><title>Borgerrepræsentationen 12.09.2019 - Beslutningsprotokol</title></head>
<body><h1>Borgerrepræsentationen</h1><dl><dt>Mødedato</dt><dd>12.09.2019</dd></dl>
<article><h2>1. Lokalplan for Havnegade</h2><p>Sagsnr.: 2019-0164533</p>
<div><h3>Beslutning</h3><p>Indstillingen blev godkendt med 40 stemmer mod 15.</p>
<p>For stemte 40: A, B og F.<br>Imod stemte 15: V og C.</p></div>
<div><h3>Indstilling og hovedbegrundelser</h3>
<p>Teknik- og Miljøudvalget indstiller over for Borgerrepræsentationen,</p>
<ol><li>at lokalplanen vedtages endeligt</li></ol></div>
<div><h3>Problemstilling</h3><p>Der er kommet 12 høringssvar.</p></div>
</article></body></html>
"""

_TEXT = """AALBORG KOMMUNE

REFERAT

Byrådet

Mødedato:       09.11.2015

Til stede:
Socialdemokratiet (A): Borgmester Jens Holm, Rådmand Lise Bonde Hvam, Rådmand
Mads Toft, Anette Holm, Thomas Skov
Lauridsen, Poul Sand
Venstre (V): Rådmand Inger Gade, Claus Lynnerup


Punkt 1. Medlemsforslag om normeringer
======================================
2015-049902

Beslutning:
-----------
Efter anmodning fra Enhedslisten blev der foretaget navneafstemning.

Forslaget blev forkastet med 2 stemmer for og 3 stemmer imod. 2 medlemmer undlod at stemme.

For stemte (2):
Rasmus Dahl (Ø)
Amira Said (Ø)

Imod stemte (3):
Jens Holm (A)
Lise Bonde Hvam (A)
Inger Gade (V)

Undlod at stemme (2):
Birgitte Bach (B)
Kristian Fisker (B)

Protokolbemærkning fra Enhedslisten: "Enhedslisten stemmer imod, at forslaget skrinlægges."


Punkt 2. Skolestruktur i Nørresundby
====================================
2015-027731

Beslutning:
-----------
Venstre stillede forslag om, at sagen sendes tilbage til udvalget.

For forslaget om tilbagesendelse stemte 20: V, O og C.

Imod stemte 11: A og F.

Sagen blev sendt tilbage til Skoleudvalget.
"""


def _meeting(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_meetings(path)[0]


def test_indstilling_og_hovedbegrundelser_is_no_part_of_the_decision(tmp_path: Path) -> None:
    item = _meeting(tmp_path, _HTML, "borgerrepraesentationen.html").items[0]
    assert "indstiller" not in item.decision and "hovedbegrundelser" not in item.decision
    assert any(s.name == "Indstilling" and s.text.startswith("Teknik- og Miljøudvalget")
               for s in item.sections)


def test_vote_explanations_are_no_voters() -> None:
    text = ("Indstillingen blev godkendt med 31 stemmer mod 24.\n\nFor stemte 31: A, B og F.\n\n"
            "Imod stemte 24: C, V og Ø.\n\nStemmeforklaring:\n\nEnhedslisten afgav følgende "
            "stemmeforklaring: \"Enhedslisten stemmer imod, fordi …\"\n\nStemmeforklaring\n\n"
            "Venstre: ”Venstre stemmer imod, da …”")
    assert decision_people(text)[1] == {"for": ["A", "B", "F"], "imod": ["C", "V", "Ø"]}
    inline = ("Vedtaget med 28 stemmer (A, V og B) mod 3 stemmer (Ø). Stemmeforklaring fra "
              "Enhedslisten: Enhedslisten stemmer imod, da planen ikke …")
    assert decision_people(inline)[1] == {"for": ["A", "V", "B"], "imod": ["Ø"]}


def test_named_roll_call_a_member_a_line(tmp_path: Path) -> None:
    votes = _meeting(tmp_path, _TEXT, "byraad_referat.txt").items[0].votes
    assert votes == {"for": ["Rasmus Dahl (Ø)", "Amira Said (Ø)"],
                     "imod": ["Jens Holm (A)", "Lise Bonde Hvam (A)", "Inger Gade (V)"],
                     "undlod": ["Birgitte Bach (B)", "Kristian Fisker (B)"]}


def test_members_only_counted_name_nobody() -> None:
    text = "Medlemsforslaget blev forkastet med 16 stemmer mod 28. 11 medlemmer undlod at stemme."
    assert decision_people(text) == ([], {})


def test_vote_on_sending_the_case_back(tmp_path: Path) -> None:
    item = _meeting(tmp_path, _TEXT, "byraad_referat.txt").items[1]
    assert item.votes == {"for": ["V", "O", "C"], "imod": ["A", "F"]}


def test_case_number_alone_under_an_underlined_title(tmp_path: Path) -> None:
    items = _meeting(tmp_path, _TEXT, "byraad_referat.txt").items
    assert [i.journal_number for i in items] == ["2015-049902", "2015-027731"]
    assert not any("2015-0" in s.text for i in items for s in i.sections)


def test_outline_numbered_group_heading() -> None:
    assert unoutlined(["3. C. Lukkede sager", "2. Budget"]) == ["C. Lukkede sager", "2. Budget"]
    lines = ["Indholdsfortegnelse", "A. Sager til afgørelse", "1. Takster", "C. Lukkede sager",
             "2. Salg af grund", "", "1. A. Sager til afgørelse i byrådet"]
    assert contents_closed(lines, len(lines)) == {2: True}  # (item 1 stays open)


def test_party_line_wrapped_inside_a_name(tmp_path: Path) -> None:
    names = [p.name for p in _meeting(tmp_path, _TEXT, "byraad_referat.txt").participants]
    assert names[:6] == ["Jens Holm (A)", "Lise Bonde Hvam (A)", "Mads Toft (A)", "Anette Holm (A)",
                         "Thomas Skov Lauridsen (A)", "Poul Sand (A)"]
