"""City and municipal council minutes with big agendas: a portal's Markdown export
(the decision first, earlier decisions as bold dated headers over quoted text, closed
items marked "*Lukket sag*" only), an HTML page with a "Tidligere beslutninger" box of
several entries and a members' table naming each rådmand's post, a Chromium print with
a "Kompetence" heading on top of every one-page item and titles wrapping after a
figure's hyphen, and an Acadre print with the year's running item numbers, a contents
list with page numbers and a member leaving after an item with a vote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .fixture_files import written_meeting

_MARKDOWN = """\
# Byrådet – Referat

**Byby Kommune**

| | |
|---|---|
| **Mødedato** | Onsdag den 9. november 2022 |
| **Mødetidspunkt** | 17:00 – 21:48 |

## Deltagere

- Morten Friis (A), borgmester
- Lone Berg (V)

---

## 1. Takster for affald 2023

**Sagsnr.:** 07.00.00-S55-3-22 · Åben sag

### Beslutning

Godkendt.

### Indstilling

Administrationen indstiller, at taksterne godkendes.

### Tidligere behandling

**Udvalgets anbefaling – Klima- og Miljøudvalget, 25. oktober 2022, punkt 87**

> Udvalget anbefaler indstillingen.

**Byrådets beslutning (1. behandling) – Byrådet, 26. oktober 2022, punkt 301**

> Godkendt i 1. behandling.

**Økonomiudvalgets indstilling – Økonomiudvalget, 2. november 2022, punkt 220**

> Økonomiudvalget indstiller til Byrådet, at indstillingen godkendes.

## 2. Lukket punkt

*Lukket sag*

## 3. Lukket punkt

*Lukket sag*
"""


def test_markdown_bold_dated_headers_are_the_history(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "byraad.md", _MARKDOWN)
    assert (meeting.committee, meeting.date, len(meeting.items)) == (
        "Byrådet", date(2022, 11, 9), 3)
    history = [(t.committee, t.date, t.punkt, t.text) for t in meeting.items[0].history]
    assert history == [
        ("Klima- og Miljøudvalget", date(2022, 10, 25), 87, "Udvalget anbefaler indstillingen."),
        ("Byrådet", date(2022, 10, 26), 301, "Godkendt i 1. behandling."),
        ("Økonomiudvalget", date(2022, 11, 2), 220,
         "Økonomiudvalget indstiller til Byrådet, at indstillingen godkendes."),
    ]
    assert meeting.items[0].decision == "Godkendt."


def test_markdown_closed_item_marked_in_italics_has_no_decision(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "byraad.md", _MARKDOWN)
    closed = meeting.items[1:]
    assert [i.closed for i in closed] == [True, True]
    assert [i.decision for i in closed] == ["", ""]
    assert all("Lukket sag" not in s.text for i in closed for s in i.sections)


_HTML = """\
<html><head><title>Byrådet - Referat</title></head><body><main>
<h1>Byrådet</h1>
<table class="info">
<tr><th>Referat</th><td>Ordinært møde</td></tr>
<tr><th>Dato</th><td>Onsdag den 30. september 2020</td></tr>
<tr><th>Tidspunkt</th><td>Kl. 17:00 – 22:25</td></tr>
</table>
<h2>Deltagere</h2>
<table class="deltagere">
<thead><tr><th>Navn</th><th>Parti</th><th>Funktion</th><th>Fremmøde</th></tr></thead><tbody>
<tr><td>Peter Holm</td><td>A</td><td>Borgmester</td><td>Deltog</td></tr>
<tr><td>Jens Erik Bak</td><td>C</td><td>Rådmand for beskæftigelses- og socialforvaltningen</td>
<td>Deltog</td></tr>
<tr><td>Helle Quist</td><td>C</td><td></td><td>Deltog</td></tr>
</tbody></table>
<article class="punkt" id="punkt-1">
<h3><span class="nr">1.</span> Anlægsbevilling til udbygning af Tingløkkeskolen</h3>
<dl class="meta"><dt>Sagsnr.</dt><dd>19/33410</dd><dt>Status</dt><dd>Åben</dd></dl>
<h4>Indstilling</h4>
<p>Forvaltningen indstiller, at der gives en anlægsbevilling.</p>
<h4>Tidligere beslutninger</h4>
<div class="tidligere"><p class="hdr">Udvalgets anbefaling – Børn- og Ungeudvalget, 16.09.2020,
pkt. 3</p><p>Udvalget anbefaler Byrådet at godkende indstillingen.</p></div>
<div class="tidligere"><p class="hdr">Økonomiudvalgets indstilling – Økonomiudvalget,
23.09.2020, pkt. 6</p><p>Økonomiudvalget anbefaler Byrådet at godkende indstillingen.</p></div>
<h4>Beslutning</h4>
<div class="beslutning"><p>Indstillingen blev godkendt.</p></div>
</article>
<article class="punkt" id="punkt-2">
<h3><span class="nr">2.</span> Låneoptagelse for 2020</h3>
<dl class="meta"><dt>Sagsnr.</dt><dd>20/1234</dd><dt>Status</dt><dd>Åben</dd></dl>
<h4>Tidligere beslutninger</h4>
<div class="tidligere"><p class="hdr">Økonomiudvalgets indstilling – Økonomiudvalget,
23.09.2020, pkt. 25</p><p>Økonomiudvalget anbefaler Byrådet at godkende indstillingen.</p></div>
<h4>Beslutning</h4>
<div class="beslutning"><p>Indstillingen blev godkendt.</p></div>
</article>
</main></body></html>
"""


def test_html_history_box_keeps_every_labelled_entry(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "byraad.html", _HTML)
    assert [i.decision for i in meeting.items] == ["Indstillingen blev godkendt."] * 2
    first, second = ([(t.committee, t.date, t.punkt, t.text) for t in i.history]
                     for i in meeting.items)
    assert first == [
        ("Børn- og Ungeudvalget", date(2020, 9, 16), 3,
         "Udvalget anbefaler Byrådet at godkende indstillingen."),
        ("Økonomiudvalget", date(2020, 9, 23), 6,
         "Økonomiudvalget anbefaler Byrådet at godkende indstillingen."),
    ]
    assert [(t.committee, t.punkt) for t in meeting.items[1].history] == [("Økonomiudvalget", 25)]
    assert second[0][3] == "Økonomiudvalget anbefaler Byrådet at godkende indstillingen."


def test_members_table_long_post_is_the_role_not_the_name(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "byraad.html", _HTML)
    rådmand = next(p for p in meeting.participants if "Bak" in p.name)
    assert rådmand.name == "Jens Erik Bak (C)"
    assert rådmand.role.lower() == "rådmand for beskæftigelses- og socialforvaltningen"


def _print_item(n: int, title: str, extra: str = "") -> str:
    """One Chromium-printed item on its own page: "Kompetence" on top, the history's
    recommendation headings over their dated entries."""
    return f"""\
{n} {title}
Sagsnr.: 2022-0104{n:02d}  |  Åben sag
Kompetence
Kommunalbestyrelsen
Baggrund
Projektet forventes udbudt i fagentreprise og gennemført inden for budgetåret.
{extra}Indstilling
Administrationen indstiller, at indstillingen godkendes.
Udvalgets anbefaling
Børne- og Skoleudvalget den 11. januar 2023, pkt. {n}:
Anbefales.
Økonomiudvalgets indstilling
Økonomiudvalget den 19. januar 2023, pkt. {n + 10}:
Indstilles godkendt.
Kommunalbestyrelsens beslutning den 30. januar 2023
Kommunalbestyrelsen godkendte indstillingen.
"""


_CHROMIUM = "\f".join([
    """\
BYBY KOMMUNE
Referat
Kommunalbestyrelsen
Mødedato: Mandag den 30. januar 2023
Mødetidspunkt: Kl. 19:00
Medlemmer: Kasper Borch (C), borgmester; Anja Ravn (A); Karen Fog (V)
""",
    _print_item(1, "Anlægsbevilling til tilbygning til Usserød Skole",
                "Økonomi/personaleforhold\nAnlægsbevillingen finansieres af rådighedsbeløbet.\n"),
    _print_item(2, "Anlægsbevilling til kystbeskyttelse langs Strandvejen"),
    _print_item(3, "Samarbejdsaftale om Nordsjællands Erhvervsservice 2023-\n2026"),
    _print_item(4, "Takster for udlån af kommunale lokaler og haller 2023"),
])


def test_print_title_wrapped_after_a_figures_hyphen_joins_the_range(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "kb.txt", _CHROMIUM)
    assert [i.title for i in meeting.items][2] == (
        "Samarbejdsaftale om Nordsjællands Erhvervsservice 2023-2026")


def test_print_recommendation_heading_is_no_text_of_the_entry_above(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "kb.txt", _CHROMIUM)
    assert len(meeting.items) == 4
    for item in meeting.items:
        assert [(t.committee, t.text) for t in item.history] == [
            ("Børne- og Skoleudvalget", "Anbefales."), ("Økonomiudvalget", "Indstilles godkendt.")]
        assert item.decision == "Kommunalbestyrelsen godkendte indstillingen."


def test_print_kompetence_on_every_page_is_a_section_not_furniture(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "kb.txt", _CHROMIUM)
    for item in meeting.items:
        assert item.section("Beslutningen træffes af") == "Kommunalbestyrelsen"
        assert "Kompetence" not in item.section("Baggrund")
    economy = meeting.items[0].section("Økonomiske konsekvenser og finansiering")
    assert economy == "Anlægsbevillingen finansieres af rådighedsbeløbet."
    assert "Økonomi/personaleforhold" not in meeting.items[0].section("Baggrund")


_ACADRE = """\
Byrådet                                                                  BYBY KOMMUNE
Referat - 26-03-2014

 REFERAT
  Udvalg:               Byrådet
  Mødedato:             Onsdag den 26. marts 2014
  Start kl.:            19:00
  Fraværende:           Gitte Kappel


 Medlemmer
 Søren Kjær (V), borgmester, Gitte Kappel (A), Hans Sønderby (O), Lene Fisker (C),
 Ole Krogh (Ø).


 Indholdsfortegnelse
  Pkt.   Tekst                                                                     Side
  41     Godkendelse af dagsorden                                                  2
  42     Spørgsmål fra medlemmer                                                   2
  43     Forslag om gratis parkering                                               2
  44     Ny udbudsstrategi for rengøring                                           3


 41. Godkendelse af dagsorden
 Sagsnr.: 14-000211

 Beslutning i Byrådet den 26-03-2014
 Godkendt.
 Fraværende: Gitte Kappel


 42. Spørgsmål fra medlemmer
 Sagsnr.: 14-000212

 Beslutning i Økonomiudvalget den 19-03-2014
 Indstilles godkendt.
 Fraværende: Lene Fisker

 Beslutning i Byrådet den 26-03-2014
 Borgmesteren besvarede spørgsmålet.
 Fraværende: Gitte Kappel


 43. Forslag om gratis parkering
 Sagsnr.: 14-000340

 Beslutning i Byrådet den 26-03-2014
 Forslaget blev forkastet.
 For stemte 1: O
 Imod stemte 3: V, C og Ø
 Hans Sønderby forlod mødet efter behandlingen af dette punkt.
 Fraværende: Gitte Kappel


 44. Ny udbudsstrategi for rengøring
 Sagsnr.: 14-000402

 Beslutning i Økonomiudvalget den 19-03-2014
 Indstilles godkendt.
 Fraværende: Lene Fisker

 Beslutning i Byrådet den 26-03-2014
 Økonomiudvalgets indstilling godkendt.
 Fraværende: Gitte Kappel, Hans Sønderby
"""


def test_contents_row_ending_in_a_members_word_names_no_participant(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "byraad.txt", _ACADRE)
    names = [p.name for p in meeting.participants]
    assert "2" not in names and all(not n[:1].isdigit() for n in names)
    assert "Hans Sønderby (O)" in names


def test_member_leaving_after_an_item_with_a_vote_took_part_in_it(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "byraad.txt", _ACADRE)
    vote, after = meeting.items[2], meeting.items[3]
    assert vote.votes.get("for") == ["O"]
    assert not any("Sønderby" in a for a in vote.absentees)
    assert any("Sønderby" in a for a in after.absentees)
