"""A seventy-third round of layouts (round 73's blind files): a normalised JSON export
whose meetings, people, items and decisions are separate arrays joined by id; a Word
page saved as "Gem som webside" with its members as Word list paragraphs; a committee
title with its municipality or an English translation after it; bilingual labels
("Sagsnr. / Case no.:"); a closed item's notice as a sentence; a vote counted on one
side only. Every file is written by the tests (other towns, bodies and words than the
blind files)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .fixture_files import written_meeting

# A relational export in English keys: bodies, people, memberships, meetings (an earlier
# one and this one), attendance, items, cases, texts, decisions and votes, all by id
_RELATIONAL = {
    "exported": "2025-03-06T08:00:00Z",
    "bodies": [{"id": "b1", "name": "Køge Kommune"},
               {"id": "b2", "name": "Teknisk Udvalg", "parent": "b1"}],
    "people": [{"id": "u1", "firstName": "Ida", "lastName": "Krogh", "party": "B"},
               {"id": "u2", "firstName": "Per", "lastName": "Vad", "party": "SF"},
               {"id": "u3", "firstName": "Ole", "lastName": "Brink", "party": "V"}],
    "memberships": [{"person": "u1", "body": "b2", "role": "chair"},
                    {"person": "u2", "body": "b2", "role": "member"},
                    {"person": "u3", "body": "b2", "role": "member"}],
    "meetings": [{"id": "mt1", "body": "b2", "start": "2025-01-14T16:30:00Z",
                  "location": "Byrådssalen, Torvet 1"},
                 {"id": "mt2", "body": "b2", "start": "2025-03-04T16:30:00Z",
                  "location": "Byrådssalen, Torvet 1"}],
    "attendance": [{"meeting": "mt2", "person": "u1", "status": "present"},
                   {"meeting": "mt2", "person": "u2", "status": "absent"},
                   {"meeting": "mt2", "person": "u3", "status": "present"}],
    "items": [{"id": "i0", "meeting": "mt1", "number": 4, "title": "Ny cykelsti", "case": "c2",
               "open": True},
              {"id": "i1", "meeting": "mt2", "number": 12, "title": "Vejplan 2026", "case": "c1",
               "open": True},
              {"id": "i2", "meeting": "mt2", "number": 13, "title": "Ny cykelsti", "case": "c2",
               "open": True},
              {"id": "i3", "meeting": "mt2", "number": 14, "title": "Køb af areal", "case": "c3",
               "open": False}],
    "cases": [{"id": "c1", "caseNumber": "25/101"}, {"id": "c2", "caseNumber": "24/990"},
              {"id": "c3", "caseNumber": "25/140"}],
    "texts": [{"item": "i1", "type": "Sagsfremstilling", "text": "Planen er i høring."}],
    "decisions": [{"item": "i0", "text": "Udsat."}, {"item": "i1", "text": "Godkendt."},
                  {"item": "i2", "text": "Anbefales."}, {"item": "i3", "text": "Købt."}],
    "votes": [{"item": "i2", "for": {"count": 2, "parties": ["B", "V"]},
               "against": {"count": 0, "parties": []}}],
}


def test_relational_json_export_is_joined(tmp_path: Path) -> None:
    """Separate arrays joined by their ids: the meeting is the dated entry the items refer
    to (its start in UTC read in Danish time), its body and municipality the body it
    refers to and that one's parent, its people the attendance entries with each
    person's name, party and membership role; each item its case, texts, decision and
    vote, and the earlier meeting's decision of the same case as its history (the
    earlier meeting is no meeting of its own). Before: the file was skipped ("ingen
    mødedato fundet i hovedet")."""
    m = written_meeting(tmp_path, "eksport.json", json.dumps(_RELATIONAL))
    assert (m.committee, m.municipality, m.date, m.start_time, m.place) == (
        "Teknisk Udvalg", "Køge", date(2025, 3, 4), "17:30", "Byrådssalen, Torvet 1")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Krogh (B)", "deltog", "formand"), ("Ole Brink (V)", "deltog", ""),
        ("Per Vad (SF)", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (12, "Vejplan 2026", "25/101", False, "Godkendt."),
        (13, "Ny cykelsti", "24/990", False, "Anbefales.\n\nFor stemte: 2 (B, V)"),
        (14, "Køb af areal", "25/140", True, "Købt.")]
    assert m.items[1].votes == {"for": ["B", "V"]}
    assert [(h.committee, h.date, h.text) for h in m.items[1].history] == [
        ("Teknisk Udvalg", date(2025, 1, 14), "Udsat.")]


_WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15"></head>
<body lang=DA><div class=WordSection1>
<p class=MsoTitle>Dagsorden</p>
<p class=MsoSubtitle>Teknisk Udvalg</p>
<p class=MsoNormal>Mødedato: Mandag den 6. oktober 2025</p>
<p class=MsoNormal>Mødested: Byrådssalen, Rådhuset, Torvet 1, 4600 Køge</p>
<p class=MsoNormal><b>Medlemmer<o:p></o:p></b></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span style='font:7.0pt'>PAD
</span></span></span><![endif]>Ida Krogh (B), formand<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span style='font:7.0pt'>PAD
</span></span></span><![endif]>Per Vad (SF) \u2013 afbud<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span style='font:7.0pt'>PAD
</span></span></span><![endif]>Ole Brink (V)<o:p></o:p></p>
<h1 style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span
style='mso-list:Ignore'>1.<span style='font:7.0pt'>PAD
</span></span></span><![endif]>Vejplan 2026<o:p></o:p></h1>
<p class=MsoNormal>Sagsnr.:&nbsp;25/101</p>
<p class=MsoNormal><b>Sagsfremstilling<o:p></o:p></b></p>
<p class=MsoNormal>Planen er i h\xf8ring.</p>
</div></body></html>""".replace("PAD", "&nbsp;" * 7)  # (Word's padding to the indent)


def test_word_web_page_list_paragraphs_are_members(tmp_path: Path) -> None:
    """A Word page ("Gem som webside") writes each list label as text padded with
    `&nbsp;` in a `mso-list:Ignore` span: the bulleted paragraphs under "Medlemmer" are
    the members; the town hall's postcode town in "Mødested" guesses the municipality.
    Before: no participants (the padding read as a gap between columns) and no
    municipality."""
    m = written_meeting(tmp_path, "dagsorden.htm", _WORD_PAGE.encode("cp1252"))
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Krogh (B)", "indkaldt", "formand"), ("Per Vad (SF)", "afbud", ""),
        ("Ole Brink (V)", "indkaldt", "")]
    assert (m.municipality, m.municipality_guessed) == ("Køge", True)
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Vejplan 2026", "25/101")]


_SUFFIXED = """Referat

Ældrerådet – Køge Kommune

Dato: 6. oktober 2025
Tid: 10.00-12.00
Sted: Mødelokale 3, Torvet 1

Deltagere:
- Ida Krogh, formand
- Ole Brink

1. Godkendelse af dagsorden

Sagsnr.: 25/201

Beslutning

Godkendt. For stemte 5. Imod stemte 2 (Ida Krogh og Ole Brink).

2. Klage over visitation

Sagsnr.: 25/202

Lukket punkt – behandlet for lukkede døre.

Beslutning

Rådet drøftede klagen.
"""


def test_municipality_after_a_dash_closed_sentence_and_counted_vote(tmp_path: Path) -> None:
    """"Ældrerådet – Køge Kommune": the municipality after a dash is no part of the
    body's name; "Lukket punkt – behandlet for lukkede døre." closes the item; "For
    stemte 5. Imod stemte 2 (…)" keeps the counted side as its count. Before: the
    committee kept " – Køge Kommune", the item stayed open and the vote was "imod"
    only."""
    m = written_meeting(tmp_path, "referat.txt", _SUFFIXED)
    assert m.committee == "Ældrerådet"
    assert m.items[0].votes == {"for": ["5"], "imod": ["Ida Krogh", "Ole Brink"]}
    assert [(i.number, i.closed, i.decision) for i in m.items][1] == (
        2, True, "Rådet drøftede klagen.")


_BILINGUAL = """Køge Kommune
Referat / Minutes
Ældrerådet / Council for Senior Citizens
Dato / Date: Mandag den 6. oktober 2025 / Monday 6 October 2025
Tid / Time: 10.00–12.00
Sted / Venue: Torvet 1, mødelokale 3
Til stede / Present: Ida Krogh (formand / chair), Ole Brink
Afbud / Apologies: Per Vad

1. Ældreplan 2026

Senior citizens plan 2026

Sagsnr. / Case no.: 25/301

Sagsfremstilling / Background

Planen fremlægges.

Tidligere behandling / Previous decision – Ældrerådet 12.05.2025

Rådet bad om et nyt udkast.

Beslutning / Decision

Anbefalet.

2. Klage over visitation

Complaint about assessment

Sagsnr. / Case no.: 25/302

Lukket punkt / Closed item

Beslutning / Decision

Rådet drøftede klagen.

Mødet sluttede kl. 12.00 / The meeting closed at 12:00.
"""


def test_bilingual_labels_read_as_danish(tmp_path: Path) -> None:
    """Danish-first bilingual labels: "Sagsnr. / Case no.:" is the case number,
    "Tidligere behandling / Previous decision – Ældrerådet 12.05.2025" the case's
    history, "Lukket punkt / Closed item" closes the item, the title's English
    translation "/ Council for Senior Citizens" and the closing line's English half are
    left out. Before: no case numbers, the history in the case text, the item open, the
    committee with its translation and the closing line in the last decision."""
    m = written_meeting(tmp_path, "referat.txt", _BILINGUAL)
    assert m.committee == "Ældrerådet"
    assert [(i.journal_number, i.closed, i.decision) for i in m.items] == [
        ("25/301", False, "Anbefalet."), ("25/302", True, "Rådet drøftede klagen.")]
    assert [(h.committee, h.date, h.text) for h in m.items[0].history] == [
        ("Ældrerådet", date(2025, 5, 12), "Rådet bad om et nyt udkast.")]
