"""Round 68's earlier treatments in wordings the history readers did not read: a heading
naming earlier decisions ("Tidligere beslutninger", "Sagens tidligere behandling",
"Tidligere beslutning (Body DD.MM.YYYY):", "Tidligere behandling:", "Sagsforløb")
followed by entries naming a body and a date in any order and separator, the text after
the colon or below. Each is the case's history (committee, date, punkt when given,
text), out of the Indstilling and never this meeting's decision. The PDF is written by
`pdf_files.pieces_pdf`, the HTML and text inline."""

from __future__ import annotations

from pathlib import Path

from referat.domain import Meeting

from .fixture_files import written_meeting as _read
from .pdf_files import pieces_pdf


def _history(meeting: Meeting, number: int) -> list[tuple[str, str, int | None, str]]:
    (item,) = [i for i in meeting.items if i.number == number]
    return [(t.committee, t.date.isoformat() if t.date else "", t.punkt, t.text)
            for t in item.history]


def test_pdf_earlier_decisions_body_date_case_number(tmp_path: Path) -> None:
    """A PDF's "Tidligere beslutninger" block of "Body, 12. november 2024, sag nr. 6:
    text" before this meeting's plain "Beslutning": one history entry with the earlier
    item's number; the decision stays this meeting's. Before: the block stayed a section
    "Tidligere behandling" and the history was empty."""
    m = _read(tmp_path, "sagnr.pdf", pieces_pdf([[(20, k, line) for k, line in enumerate([
        "Lunde Kommune", "Referat", "Klima- og Teknikudvalget", "Mødedato: 04-03-2025",
        "Mødetidspunkt: Kl. 17.00-19.10", "Mødested: Rådhuset, mødelokale 2",
        "Sag nr. 1. Godkendelse af dagsorden", "Sagsnummer: 25/0100", "Beslutning",
        "Godkendt.", "Sag nr. 2. Trafiksikkerhedsplan", "Sagsnummer: 25/0101", "Indstilling",
        "Forvaltningen indstiller, at planen godkendes.", "Tidligere beslutninger",
        "Klima- og Teknikudvalget, 12. november 2024, sag nr. 6: Udkastet sendes i høring.",
        "Beslutning", "Godkendt."])]]))
    assert _history(m, 2) == [("Klima- og Teknikudvalget", "2024-11-12", 6,
                               "Udkastet sendes i høring.")]
    (item,) = [i for i in m.items if i.number == 2]
    assert item.decision == "Godkendt."
    assert "høring" not in (item.section("Indstilling") or "")


_PORTAL = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Skoleudvalget – 02.06.2025</title></head>
<body><main>
<section aria-label="Mødeoplysninger"><p class="eyebrow">Referat</p><h1>Skoleudvalget</h1>
<ul class="facts"><li><span class="visually-hidden">Dato og tid:</span>
<time datetime="2025-06-02T16:00">mandag 2. juni 2025, kl. 16:00</time>–
<time datetime="2025-06-02T18:00">18:00</time></li>
<li><span class="visually-hidden">Sted:</span> Mødelokale 1, Rådhuset</li></ul></section>
<section aria-label="Dagsordenspunkter">
<article id="punkt-1"><header><h3><span class="visually-hidden">Punkt 1: </span>Skoledistrikter</h3>
<p class="case-id">Sagsnr. 2025-0000111</p></header>
<section aria-label="Indstilling"><h4>Indstilling</h4>
<p>Forvaltningen indstiller, at distrikterne godkendes.</p></section>
<details class="history"><summary>Sagens tidligere behandling</summary>
<section aria-label="Beslutning i Skoleudvalget 10.03.2025"><h4>Skoleudvalget, 10. marts 2025</h4>
<p>Forslaget sendes i høring i skolebestyrelserne.</p></section></details>
<section aria-label="Beslutning"><h4>Beslutning</h4><p>Anbefales.</p></section>
</article></section></main></body></html>
"""


def test_portal_details_earlier_treatment(tmp_path: Path) -> None:
    """A portal's `<details>` "Sagens tidligere behandling" whose entry is headed "Body,
    10. marts 2025", its text below: one history entry; the decision is this meeting's.
    Before: the block was a section only and the history was empty."""
    m = _read(tmp_path, "portal.html", _PORTAL)
    assert _history(m, 1) == [("Skoleudvalget", "2025-03-10", None,
                               "Forslaget sendes i høring i skolebestyrelserne.")]
    assert m.items[0].decision == "Anbefales."


_PRINT = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Udskriv dagsorden</title></head><body>
<p><strong>Dagsorden</strong></p><p><strong>Planudvalget</strong></p>
<p><strong>Mødedato:</strong> 19.08.2025<br><strong>Starttidspunkt:</strong> 16:00<br>
<strong>Mødested:</strong> Mødelokale 1, Rådhuset</p>
<p><strong>Medlemmer:</strong> Eva Dam (V) (formand), Karl Bo (A)</p><hr>
<p><strong>Punkt 1. Lokalplan nr. 12</strong></p><p><strong>Sagsnr.:</strong> 25/08311</p>
<p><strong>Indstilling:</strong><br>Administrationen indstiller, at forslaget sendes i høring.</p>
<p><strong>Tidligere beslutning (Planudvalget 10.06.2025):</strong><br>
Administrationen igangsætter udarbejdelse af lokalplan.</p>
<p><strong>Beslutning i Planudvalget den 19.08.2025:</strong><br></p>
<p><strong>Punkt 2. Eventuelt</strong></p><p><strong>Sagsnr.:</strong> 25/08312</p>
<p><strong>Beslutning i Planudvalget den 19.08.2025:</strong><br></p>
</body></html>
"""


def test_print_page_bracketed_earlier_decision(tmp_path: Path) -> None:
    """"Tidligere beslutning (Body 10.06.2025):" and its text after the label: the case's
    history, out of the Indstilling; the agenda stays an agenda (the earlier decision is
    no decision of this meeting). Before: the label and text were glued into the
    Indstilling and the history was empty."""
    m = _read(tmp_path, "print.html", _PRINT)
    assert _history(m, 1) == [("Planudvalget", "2025-06-10", None,
                               "Administrationen igangsætter udarbejdelse af lokalplan.")]
    item = m.items[0]
    assert item.section("Indstilling") == (
        "Administrationen indstiller, at forslaget sendes i høring.")
    assert not item.decision and m.doc_type == "dagsorden"


_MAIL = """From: Sekretariatet <sek@lunde.dk>
Date: Wed, 8 Oct 2025 08:14:02 +0200
Subject: Referat - Udvalget for Erhverv - 07.10.2025

----------------------------------------------------------------------
REFERAT - UDVALGET FOR ERHVERV
Region Lunde

Mødetid:   07.10.2025, kl. 09.30-11.45
Mødested:  Regionshuset, mødelokale 3
Til stede: Eva Dam (A), formand, Karl Bo (V)
----------------------------------------------------------------------

Pkt. 1 - Godkendelse af dagsorden   (j.nr. 2025-004411)

Beslutning:
Godkendt.


Pkt. 2 - Uddannelsespuljen   (j.nr. 2025-002716)

Indstilling:
Administrationen indstiller, at puljen fordeles som foreslået.

Tidligere behandling: Udvalget for Erhverv behandlede sagen den 2. september 2025 og besluttede:
  "Kriterierne for puljen godkendes."

Beslutning:
Puljen fordeles som indstillet.
"""


def test_mail_told_treatment_with_quoted_decision(tmp_path: Path) -> None:
    """"Tidligere behandling: Body behandlede sagen den 2. september 2025 og besluttede:"
    and the quoted decision below: one history entry, its text the decision's words.
    Before: a section only, the history empty."""
    m = _read(tmp_path, "mail.txt", _MAIL)
    assert _history(m, 2) == [("Udvalget for Erhverv", "2025-09-02", None,
                               "Kriterierne for puljen godkendes.")]
    assert m.items[1].decision == "Puljen fordeles som indstillet."


_HISTORY_LINES = """Lunde Kommune
Referat
Kulturudvalget
Mødedato: 12.11.2025

1. Tilskud til spillesteder
Sagsnr.: 25/1200
Indstilling
Forvaltningen indstiller, at tilskuddet gives.
Sagsforløb
10.06.2025 Kulturudvalget: Sagen udsættes.
Beslutning
Godkendt.
"""


def test_date_first_entry_with_text_after_colon(tmp_path: Path) -> None:
    """A "Sagsforløb" entry "10.06.2025 Kulturudvalget: Sagen udsættes.": the body
    without the text after its colon, the text the entry's. Before: the body's name
    held the text ("Kulturudvalget: Sagen udsættes.") and the text was empty."""
    m = _read(tmp_path, "forloeb.txt", _HISTORY_LINES)
    assert _history(m, 1) == [("Kulturudvalget", "2025-06-10", None, "Sagen udsættes.")]
    assert m.items[0].decision == "Godkendt."
