"""Decisions published in short forms (round 158): a council's newsletter that prints a
selection of items under their agenda numbers, a CMS news page "Det besluttede …" with
unnumbered headings over bold lead-ins, a decision overview ("Beslutningsoversigt") as a
table printed to text, and a press release with a contact block after the last item."""

from __future__ import annotations

from datetime import date

from ingest.formats import read_meetings


def _meeting(tmp_path, name: str, text: str):
    """The one meeting a file `name` holding `text` reads as."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting

_NEWSLETTER = """\
From: Ringsted Kommune <nyhedsbrev@ringsted.dk>
To: abonnent@example.dk
Subject: Nyt fra Kommunalbestyrelsen
Date: Fri, 14 Mar 2025 08:00:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

NYT FRA KOMMUNALBESTYRELSEN
Beslutninger fra kommunalbestyrelsesmødet 13. marts 2025

Kommunalbestyrelsen holdt møde torsdag den 13. marts 2025 kl. 18.00 i Salen på Ringsted \
Rådhus. Her er et udvalg af beslutningerne.

Der var afbud fra Lone Berg (A) og Per Holt (V). Deres stedfortrædere deltog i mødet.

----------------------------------------
Punkt 3: Ny skolestruktur i Benløse

Kommunalbestyrelsen vedtog at samle udskolingen på Benløse Skole fra august 2026.

Læs punktet: https://ringsted.dk/politik/kb/2025-03-13#punkt-3

----------------------------------------
Punkt 7: Lokalplan 310 for boliger ved Næstvedvej

Lokalplanen blev endeligt vedtaget med 18 stemmer for (A, V og C) mod 5 (F og Ø).

Læs punktet: https://ringsted.dk/politik/kb/2025-03-13#punkt-7

----------------------------------------
Punkt 12 (lukket punkt): Køb af ejendom i Jystrup

Kommunalbestyrelsen godkendte købet. Prisen offentliggøres senere.

----------------------------------------
Hele referatet fra mødet: https://ringsted.dk/politik/kb/2025-03-13

Næste møde er torsdag den 10. april 2025.

Med venlig hilsen
Ringsted Kommune
Du modtager dette nyhedsbrev, fordi du har tilmeldt dig det.
"""


def test_a_newsletter_prints_a_selection_of_items_under_their_numbers(tmp_path):
    meeting = _meeting(tmp_path, "nyhedsbrev.eml", _NEWSLETTER)
    assert (meeting.committee, meeting.date, meeting.start_time) == (
        "Kommunalbestyrelsen", date(2025, 3, 13), "18:00")
    assert meeting.doc_type == "referat"
    assert meeting.place == "Salen på Ringsted Rådhus"
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Lone Berg (A)", "afbud"), ("Per Holt (V)", "afbud")]
    assert [(i.number, i.title) for i in meeting.items] == [
        (3, "Ny skolestruktur i Benløse"), (7, "Lokalplan 310 for boliger ved Næstvedvej"),
        (12, "Køb af ejendom i Jystrup")]
    assert meeting.items[0].decision.startswith("Kommunalbestyrelsen vedtog at samle")
    assert "Læs punktet" not in meeting.items[0].decision
    assert meeting.items[1].votes == {"for": ["A", "V", "C"], "imod": ["F", "Ø"]}
    assert meeting.items[2].closed
    assert meeting.items[2].decision == (
        "Kommunalbestyrelsen godkendte købet. Prisen offentliggøres senere.")


_NEWS_PAGE = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<meta property="og:site_name" content="Syddjurs Kommune">
<title>Det besluttede Plan- og Miljøudvalget den 6. marts 2024 | Syddjurs Kommune</title>
</head><body>
<nav class="main-menu"><ul><li><a href="/borger">Borger</a></li>
<li><a href="/politik">Politik</a></li></ul></nav>
<main><article>
<div class="news-meta"><span>Nyhed</span> &middot;
<time datetime="2024-03-07">7. marts 2024</time></div>
<h1>Det besluttede Plan- og Miljøudvalget den 6. marts 2024</h1>
<div class="lead"><p>Her er et udpluk af det, Plan- og Miljøudvalget besluttede på sit møde
onsdag den 6. marts 2024, blandt andet om stier, vandløb og en ny naturplan for kommunen.</p>
</div>
<div class="body">
<h2>Nye stier langs Kolindsund</h2>
<p><strong>Sagen kort:</strong> Forvaltningen foreslår tre nye vandrestier på i alt 14 km.</p>
<p><strong>Det besluttede udvalget:</strong> Udvalget godkendte stierne, som anlægges i 2024.</p>
<h2>Vandløbsregulativ for Hevring Å</h2>
<p><strong>Sagen kort:</strong> Regulativet har været i høring i otte uger.</p>
<p><strong>Det besluttede udvalget:</strong> Et flertal bestående af V og C anbefaler byrådet
at vedtage regulativet. A stemte imod.</p>
<h2>Naturplan 2024-2030</h2>
<p><strong>Sagen kort:</strong> Planen samler kommunens indsatser for natur og biodiversitet.</p>
<p><strong>Det besluttede udvalget:</strong> Sagen blev udsat til næste møde.</p>
<p><a href="/referat">Læs hele referatet fra mødet</a></p>
</div>
<div class="news-contact"><h3>Kontakt</h3>
<p>Pressemedarbejder Eva Lund<br>Tlf. 87 53 50 00</p></div>
</article>
<aside><section><h2>Andre nyheder</h2>
<ul><li><a href="/n1">Det besluttede Økonomiudvalget den 4. marts 2024</a></li></ul>
</section></aside>
</main>
<footer><p>Syddjurs Kommune, Lundbergsvej 2, 8400 Ebeltoft</p></footer>
</body></html>
"""


def test_a_news_page_of_decisions_with_unnumbered_headings(tmp_path):
    meeting = _meeting(tmp_path, "det-besluttede.html", _NEWS_PAGE)
    assert (meeting.committee, meeting.date) == ("Plan- og Miljøudvalget", date(2024, 3, 6))
    assert meeting.doc_type == "referat" and meeting.place is None
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Nye stier langs Kolindsund"), (2, "Vandløbsregulativ for Hevring Å"),
        (3, "Naturplan 2024-2030")]
    assert meeting.items[0].decision == "Udvalget godkendte stierne, som anlægges i 2024."
    assert meeting.items[1].votes == {"for": ["V", "C"], "imod": ["A"]}
    assert meeting.items[2].decision == "Sagen blev udsat til næste møde."
    assert not meeting.participants


_OVERVIEW = """\
Fanø Kommune
Beslutningsoversigt
Social- og Sundhedsudvalget – møde mandag den 4. september 2017 kl. 16.00
Mødested: Mødelokale 2, Fanø Rådhus
Deltagere: Anne Juul (V), formand, Bo Kragh (A), Lis Dam (O)
Fraværende: Tom Ravn (C)
Punkt
Sag
Beslutning
1
Godkendelse af dagsorden
Godkendt.
2
Tilsyn med plejecentre
2016
Sagsnr.: 17/2210
Taget til efterretning.
3
Budgetopfølgning pr. 31. juli 2017
Sagsnr.: 17/3301
Godkendt.
For stemte: V og O.
Imod stemte: A.
4
Eventuelt
Intet.
Oversigten er udarbejdet af sekretariatet umiddelbart efter mødet. Det godkendte referat
offentliggøres på fanoe.dk.
"""


def test_a_decision_overview_table_printed_as_text(tmp_path):
    meeting = _meeting(tmp_path, "beslutningsoversigt.txt", _OVERVIEW)
    assert (meeting.committee, meeting.date, meeting.start_time) == (
        "Social- og Sundhedsudvalget", date(2017, 9, 4), "16:00")
    assert meeting.doc_type == "referat"
    assert [p.status for p in meeting.participants] == ["deltog", "deltog", "deltog", "afbud"]
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Tilsyn med plejecentre 2016",
        "Budgetopfølgning pr. 31. juli 2017", "Eventuelt"]
    assert meeting.items[1].journal_number == "17/2210"
    assert meeting.items[1].decision == "Taget til efterretning."
    assert meeting.items[2].votes == {"for": ["V", "O"], "imod": ["A"]}
    assert meeting.items[3].decision == "Intet."


_PRESS = """\
PRESSEMEDDELELSE
Morsø Kommune, 9. maj 2022

Beslutninger fra Teknik- og Miljøudvalget

Teknik- og Miljøudvalget holdt møde mandag den 8. maj 2022 kl. 15.00
på Morsø Rådhus, mødelokale 2. Her følger udvalgets beslutninger i
kort form.

1. Godkendelse af dagsorden

   Beslutning: Godkendt.

2. Vejplan 2023

   Beslutning: Godkendt med de ændringer, der blev drøftet på
   mødet.

3. Lukket punkt: Køb af areal

   Beslutning: Behandlet for lukkede døre.


Yderligere oplysninger:
Formand for Teknik- og Miljøudvalget Jens Bak (V),
tlf. 21 00 00 00

Pressekontakt:
Kommunikationskonsulent Sif Lund, tlf. 99 70 70 70
"""


def test_a_press_release_ends_before_its_contact_block(tmp_path):
    meeting = _meeting(tmp_path, "presse.txt", _PRESS)
    assert (meeting.committee, meeting.date) == ("Teknik- og Miljøudvalget", date(2022, 5, 8))
    assert meeting.place == "Morsø Rådhus, mødelokale 2"
    assert len(meeting.items) == 3 and meeting.items[2].closed
    assert meeting.items[2].decision == "Behandlet for lukkede døre."
    assert not any("Jens Bak" in p.name for p in meeting.participants)
