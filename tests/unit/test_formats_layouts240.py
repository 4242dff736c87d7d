"""Round 240's layouts (round 240's blind files): items put on the agenda by members and
questions to the mayor. A proposal turned down by a count that names only its minority
("forkastet med 19 stemmer mod 6 (Ø, F)"), and an amendment voted down before the
recommendation passed; the member's proposal quoted in the case text under a run-in
"Forslag:"; a question and the mayor's answer under headings of their own; a closed item's
notice citing the law's subsection ("… § 10, stk. 1."); an export whose participant list
marks nobody away while the decisions print "Afbud: X"; an e-mailed agenda's "Afbud: X.
Stedfortræder Y er indkaldt."; and a portal's folded earlier decision whose second
paragraph is a member's reservation. Every text is written by the tests (other towns,
bodies, names and words than the blind files)."""

from __future__ import annotations

import json
from datetime import date

from .conftest import ReadFile
from .office_files import docx, para, table
from .pdf_files import lines_pdf


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


# --- a council's plain-text minutes: a member's proposal -----------------------------------

_PROPOSAL = """Vesthimmerlands Kommune
Byrådet

Referat

Mødedato: 10. april 2025
Mødetid: 19:00
Mødested: Byrådssalen, Aars Rådhus

Deltagere: Karen Friis (A), borgmester; Jens Bak (V); Mia Holt (F); Ole Lind (Ø); Eva Ring (C)

Punkt 12. Forslag fra Socialistisk Folkeparti (F) om gratis frugt i dagplejen

Sagsnr.: 25/2201

Sagsfremstilling
Sagen er optaget på dagsordenen efter anmodning fra Mia Holt (F), jf. styrelseslovens § 11.
Forslag: SF foreslår, at alle børn i dagplejen får et stykke frugt hver formiddag.

Motivering
Jeg mener, at alle børn skal have en sund start på dagen.

Indstilling
Direktionen indstiller, at Byrådet tager stilling til forslaget.

Beslutning
Forslaget blev forkastet med 21 stemmer mod 5 (F, Ø).
For stemte: F og Ø (5).
Imod stemte: A, V og C (21).

Punkt 13. Eventuelt

Beslutning
Intet.
"""


def test_a_counted_rejection_names_its_minority_as_voting_for(read_file: ReadFile) -> None:
    (m,) = read_file("byraad-2025-04-10.txt", _PROPOSAL)
    assert _item(m, 12).votes == {"for": ["F", "Ø"], "imod": ["A", "V", "C"]}


def test_a_run_in_forslag_label_is_the_members_proposal_not_the_recommendation(
        read_file: ReadFile) -> None:
    (m,) = read_file("byraad-2025-04-10.txt", _PROPOSAL)
    item = _item(m, 12)
    assert [s.name for s in item.sections].count("Indstilling") == 1
    assert item.section("Indstilling") == (
        "Direktionen indstiller, at Byrådet tager stilling til forslaget.")
    assert "SF foreslår, at alle børn" in (item.section("Sagsfremstilling") or "")


def test_a_forslag_label_over_the_staffs_words_is_still_the_recommendation(
        read_file: ReadFile) -> None:
    text = _PROPOSAL.replace(
        "Indstilling\nDirektionen indstiller", "Forslag: Direktionen indstiller")
    (m,) = read_file("byraad-2025-04-10.txt", text)
    assert _item(m, 12).section("Indstilling") == (
        "Direktionen indstiller, at Byrådet tager stilling til forslaget.")


# --- a committee's Word minutes: an amendment voted down, a closed item's notice ------------

_STYLES = {"Heading1": "heading 1", "Title": "Title"}


def _committee_docx() -> bytes:
    decision = ["Beslutning i Miljøudvalget den 05-05-2025",
                "Ændringsforslag fra Ida Krogh (Ø) om, at planen skal gælde fra 2026, blev "
                "forkastet med 5 stemmer mod 2 (Ø, F).",
                "For ændringsforslaget stemte: Ida Krogh (Ø) og Per Vang (F).",
                "Imod stemte: Lone Bech (V), Tom Aagaard (A), Rita Moos (A), Jan Skov (C) og "
                "Eva Dahl (V).",
                "Herefter blev indstillingen godkendt enstemmigt."]
    return docx([
        para("Referat", "Title"), para("Miljøudvalget", bold=True),
        table([["Mødedato", "Mandag den 5. maj 2025"], ["Mødested", "Mødelokale 4, Rådhuset"],
               ["Medlemmer", "Lone Bech (V), formand"]]),
        para("1. Naturplan for ådalen", "Heading1"),
        table([["Sagsnr.: 25/3110", "Åbent punkt"]]),
        para("Sagsfremstilling", bold=True),
        para("Planen omfatter 40 ha langs åen, jf. naturbeskyttelseslovens § 3, stk. 1."),
        para("Indstilling", bold=True),
        para("Administrationen indstiller, at planen godkendes."),
        "<w:tbl><w:tr><w:tc>" + "".join(para(line) for line in decision)
        + "</w:tc></w:tr></w:tbl>",
        para("2. Køb af jord ved Mølleengen", "Heading1"),
        table([["Sagsnr.: 25/3300", "Lukket punkt"]]),
        para("Punktet er behandlet for lukkede døre. Sagsfremstillingen er ikke offentlig, "
             "jf. styrelseslovens § 10, stk. 2."),
        table([["Beslutning i Miljøudvalget den 05-05-2025"]]), para("Godkendt."),
    ], _STYLES)


def test_an_amendment_voted_down_is_no_vote_on_the_item(read_file: ReadFile) -> None:
    (m,) = read_file("mu-2025-05-05.docx", _committee_docx())
    item = _item(m, 1)
    assert item.decision.endswith("Herefter blev indstillingen godkendt enstemmigt.")
    assert item.votes == {}  # (the five voted against the amendment, not the plan)


def test_a_closed_items_notice_citing_the_law_is_no_section(read_file: ReadFile) -> None:
    (m,) = read_file("mu-2025-05-05.docx", _committee_docx())
    item = _item(m, 2)
    assert item.closed
    assert [s.name for s in item.sections] == ["Beslutning"]
    assert item.decision == "Godkendt."


def test_a_laws_subsection_ending_a_sentence_stays_at_its_end(read_file: ReadFile) -> None:
    (m,) = read_file("mu-2025-05-05.docx", _committee_docx())
    assert _item(m, 1).section("Sagsfremstilling") == (
        "Planen omfatter 40 ha langs åen, jf. naturbeskyttelseslovens § 3, stk. 1.")


# --- a FirstAgenda export: a question to the mayor; apologies printed under some items ------

def _point(number: int, title: str, html: str) -> dict:
    return {"Punktnummer": str(number), "Navn": title, "SagsNummer": f"25-00{number}",
            "Felter": [{"Navn": "", "Html": html}]}


def _export() -> str:
    away = "<br>Afbud: Poul Brandt<br>Fraværende: Sanne Juul<br>"
    points = [
        _point(1, "Godkendelse af dagsorden",
               f"<div><h3>Beslutning</h3><span>Godkendt.{away}</span></div>"),
        _point(2, "Spørgsmål fra Ane Kvist (Ø) til borgmesteren om busstoppestedet i Lunde",
               "<div><h3>Beslutning</h3><span>Borgmesteren besvarede spørgsmålet.</span></div>"
               "<h3>Fremstilling</h3><span><h4>Sagsbeskrivelse</h4><p>Ane Kvist har stillet "
               "et spørgsmål.</p><h4>Spørgsmål</h4><p>Hvornår flyttes stoppestedet?</p>"
               "<h4>Borgmesterens svar</h4><p>Stoppestedet flyttes i oktober.</p></span>"),
        _point(3, "Lokalplan for Møllebakken",
               f"<div><h3>Beslutning</h3><span>Godkendt.{away}</span></div>"),
        _point(4, "Eventuelt", "<div><h3>Beslutning</h3><span>Intet.</span></div>"),
    ]
    people = [{"Name": n, "Absent": n == "Sanne Juul", "ParticipationCancelled": False}
              for n in ("Lars Winge", "Poul Brandt", "Sanne Juul", "Ane Kvist", "Hans Eg")]
    return json.dumps({
        "Udvalg": {"Navn": "Byrådet"},
        "Moede": {"Dato": "2025-10-01T17:00:00+02:00", "Sted": "Byrådssalen, Rådhuset, Lunde",
                  "Afsluttet": True, "Navn": "Dagsorden", "Moededeltagere": people},
        "Dagsordenpunkter": points}, ensure_ascii=False)


def test_a_question_and_the_mayors_answer_are_known_headings(read_file: ReadFile) -> None:
    (m,) = read_file("byraad-2025-10-01.json", _export())
    assert not any("ukendte overskrifter" in w for w in m.warnings)
    text = "\n".join(s.text for s in _item(m, 2).sections)
    assert "Borgmesterens svar:\nStoppestedet flyttes i oktober." in text


def test_afbud_under_every_decision_that_notes_attendance_is_for_the_meeting(
        read_file: ReadFile) -> None:
    (m,) = read_file("byraad-2025-10-01.json", _export())
    people = {p.name: p.status for p in m.participants}
    assert people["Poul Brandt"] == "afbud"  # (the list says present; the decisions "Afbud")
    assert people["Sanne Juul"] == "afbud"
    assert people["Hans Eg"] == "deltog"
    assert "Poul Brandt" in _item(m, 3).absentees  # (the items keep what they print)
    assert _item(m, 2).absentees == []


# --- an e-mailed agenda: a substitute called in the absent member's place -------------------

_AGENDA = """SAMSØ KOMMUNE

DAGSORDEN
Kommunalbestyrelsen

Mødedato:    Torsdag den 13. november 2025
Mødetid:     Kl. 16.00
Mødested:    Mødesalen, Samsø Rådhus, Tranebjerg

Medlemmer:   Hans Ravn (V), borgmester
             Dorte Kjær (A)
             Niels Holm (C)

Afbud:       Niels Holm (C). Stedfortræder Bente Friis (C) er indkaldt.

Pkt. 201  Godkendelse af dagsorden

Indstilling
-----------
Borgmesteren indstiller, at dagsordenen godkendes.

Pkt. 202  Eventuelt
"""


def test_a_substitute_called_after_the_apology_stands_in_for_that_member(
        read_file: ReadFile) -> None:
    (m,) = read_file("kb-dagsorden.txt", _AGENDA)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert m.doc_type == "dagsorden"
    assert people["Niels Holm (C)"][0] == "afbud"
    assert people["Bente Friis (C)"][1] == "stedfortræder for Niels Holm (C)"


# --- a portal's page: an earlier decision folded in <details>, two paragraphs ---------------

_PORTAL = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat – Byrådet – Skive Kommune</title></head><body><main><h1>Referat – Byrådet</h1>
<dl><dt>Mødedato</dt><dd>Onsdag den 21. maj 2025</dd><dt>Tidspunkt</dt><dd>Kl. 18:00</dd>
<dt>Sted</dt><dd>Byrådssalen</dd></dl>
<h2>Deltagere</h2><ul><li>Pia Bundgaard (A), borgmester</li><li>Erik Vad (V)</li>
<li>Knud Holt (O)</li></ul>
<article><header><div class="nr">1.</div><div><h2>Godkendelse af dagsorden</h2></div></header>
<section><h3>Beslutning i Byrådet den 21.05.2025</h3><p>Godkendt.</p></section></article>
<article><header><div class="nr">2.</div><div><h2>Lokalplan for Hald Bakker</h2></div></header>
<section><h3>Beslutning i Byrådet den 21.05.2025</h3><p>Godkendt.</p></section>
<section><h3>Sagsfremstilling</h3><p>Planen giver plads til 30 boliger.</p></section>
<section><h3>Sagens tidligere behandling</h3>
<details><summary>Beslutning i Teknisk Udvalg den 06.05.2025, pkt. 8</summary><div>
<p>Anbefales.</p><p>Knud Holt (O) tog forbehold.</p></div></details>
</section></article></main></body></html>"""


def test_a_reservation_below_an_earlier_decision_is_that_decisions(read_file: ReadFile) -> None:
    (m,) = read_file("byraad-2025-05-21.html", _PORTAL)
    item = _item(m, 2)
    (earlier,) = item.history
    assert (earlier.committee, earlier.date, earlier.punkt) == (
        "Teknisk Udvalg", date(2025, 5, 6), 8)
    assert "Knud Holt (O) tog forbehold." in earlier.text
    assert [s.text for s in item.sections if s.name == "Sagsfremstilling"] == [
        "Planen giver plads til 30 boliger."]


# --- a council's PDF: the remarks' heading under the proposer's signature -----------------

_SIGNED_PDF = lines_pdf([(20, [
    "Hedensted Kommune", "Byrådet", "Referat",
    "Mødedato: Onsdag den 26. marts 2025", "Mødetid: Kl. 18.00", "Mødested: Byrådssalen",
    "Til stede: Kim Ravn (V), borgmester; Lis Aagaard (Ø); Bo Winther (A)",
    "31.  Forslag fra Enhedslisten (Ø) om flere bænke ved fjorden", "Sagsnr.: 25/771",
    "Sagsfremstilling",
    "Sagen er optaget på dagsordenen efter anmodning fra Lis Aagaard (Ø), og forslaget lyder",
    "sådan: Der opsættes tyve nye bænke langs stien ved fjorden i løbet af foråret 2025, så",
    "flere ældre kan bruge stien, og jeg håber på støtte fra hele byrådet til dette forslag.",
    "Lis Aagaard, Enhedslisten",
    "Administrationens bemærkninger",
    "Bænkene kan indkøbes inden for driftsbudgettet.",
    "Beslutning: Godkendt.",
])])


def test_a_case_text_heading_under_a_signature_is_a_heading(read_file: ReadFile) -> None:
    (m,) = read_file("Referat BR 26-03-2025.pdf", _SIGNED_PDF)
    text = _item(m, 31).section("Sagsfremstilling") or ""
    assert "Lis Aagaard, Enhedslisten\n\nAdministrationens bemærkninger:\nBænkene" in text
