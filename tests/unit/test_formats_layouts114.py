"""A hundred-and-fourteenth round of layouts (round 114's blind files: decision texts
with structure): a plain-text export whose items are "Sag nr. 412   Title" with a
council's running numbers and whose decisions answer the Indstilling's points ("Ad 1:
…"), a members' list with dot leaders to each member's status, a decision given as a
table of the Indstilling's points ("Indstilling | Beslutning") in ASCII borders, in a
Word table and in an HTML table, and a minority's statement under its own heading after
a Protokoltilførsel. Every text is written by the tests (other towns, bodies and words
than the blind files)."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting as _read
from .office_files import docx, para, table

_EXPORT = """NORDBY KOMMUNE

REFERAT

Teknik- og Planudvalget

Mødedato:   Onsdag den 6. marts 2019
Mødetid:    Kl. 15.00 - 17.30
Mødested:   Udvalgsværelset, Rådhuset

Medlemmer:
  Anne Lund (A), formand ...................... Deltog
  Bent Holm (V), næstformand .................. Afbud
  Carl Dyhr (C) ............................... Deltog
  Dorte Vang (F) .............................. Deltog

Stedfortræder:
  Erik Kold (V) for Bent Holm ................. Deltog


INDHOLDSFORTEGNELSE

Sag nr. 412  Godkendelse af dagsorden
Sag nr. 413  Vejbelysning i Nordby by
Sag nr. 414  Ny busrute til erhvervsområdet

                                                            Side 1 af 2
\fNordby Kommune                            Teknik- og Planudvalget 06.03.2019

Sag nr. 412  Godkendelse af dagsorden
J.nr.: 19/0101
========================================================================

Beslutning:
Godkendt.


Sag nr. 413  Vejbelysning i Nordby by
J.nr.: 18/2290
========================================================================

Sagsfremstilling:
Belysningen langs Storegade er udtjent og skal skiftes til LED.

Indstilling:
Forvaltningen indstiller, at
  1. belysningen skiftes i 2019,
  2. udgiften finansieres af vejpuljen.

Beslutning:
+--------------------------------+-------------------------------+
| Indstilling                    | Beslutning                    |
+--------------------------------+-------------------------------+
| 1. Udskiftning af belysning    | Godkendt.                     |
+--------------------------------+-------------------------------+
| 2. Finansiering via vejpuljen  | Udsat til budgetmødet i       |
|                                | august.                       |
+--------------------------------+-------------------------------+


Sag nr. 414  Ny busrute til erhvervsområdet
J.nr.: 19/0310
========================================================================

Sagsfremstilling:
Virksomhederne i erhvervsområdet ønsker en busrute fra stationen.

Indstilling:
Forvaltningen indstiller, at
  1. ruten oprettes på prøve,
  2. køreplanen drøftes med trafikselskabet.

Beslutning:
Ad 1: Godkendt.
Ad 2: Taget til efterretning.

                                                            Side 2 af 2
"""


def test_running_case_numbers_beat_ad_lines(tmp_path: Path) -> None:
    """"Sag nr. 412   Title" items with a council's running numbers are the items, not
    the "Ad 1:" / "Ad 2:" lines of a decision that answer the Indstilling's points.
    Before: 2 items titled "Godkendt." and "Taget til efterretning.", no decision, an
    agenda."""
    m = _read(tmp_path, "nordby_tpu_referat.txt", _EXPORT)
    assert m.doc_type == "referat"
    assert [i.number for i in m.items] == [412, 413, 414]
    assert m.items[2].title == "Ny busrute til erhvervsområdet"
    assert m.items[2].journal_number == "19/0310"
    assert m.items[2].decision == "Ad 1: Godkendt.\nAd 2: Taget til efterretning."


def test_dot_leader_members_with_status(tmp_path: Path) -> None:
    """A members' list padded with dot leaders to each member's status: every member,
    the status read and the role without dots or status. Before: the members without
    a role were lost, and a role read "formand ...... Deltog"."""
    m = _read(tmp_path, "nordby_tpu_referat.txt", _EXPORT)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Anne Lund (A)"] == ("deltog", "formand")
    assert people["Bent Holm (V)"] == ("afbud", "næstformand")
    assert people["Carl Dyhr (C)"] == ("deltog", "")
    assert people["Dorte Vang (F)"] == ("deltog", "")
    assert people["Erik Kold (V)"][0] == "deltog"


def test_ascii_decision_table_is_one_decision(tmp_path: Path) -> None:
    """An ASCII-bordered "Indstilling | Beslutning" table under the decision's heading
    is the decision, each row naming its point. Before: the head row read as a second
    Indstilling section holding the rows, and the item had no decision."""
    m = _read(tmp_path, "nordby_tpu_referat.txt", _EXPORT)
    item = m.items[1]
    assert [s.name for s in item.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert item.decision == (
        "Indstillingens punkt 1: Udskiftning af belysning – Godkendt.\n\n"
        "Indstillingens punkt 2: Finansiering via vejpuljen – Udsat til budgetmødet i august.")


def test_word_decision_table_is_one_decision(tmp_path: Path) -> None:
    """A Word table "Indstilling | Beslutning" below the "Beslutning" heading, a vote
    line under it: one decision holding every row and the vote. Before: no decision at
    all ("referat uden beslutning"), the rows inside a second Indstilling."""
    raw = docx([
        para("Sydhavn Kommune"), para("Referat", "Titel"), para("Børne- og Skoleudvalget"),
        para("Mødedato: 2. april 2020 kl. 16.00"),
        para("Medlemmer: Lise Krag (A), formand, Mads Bro (V), Ole Ryg (Ø)"),
        para("1. Ny skolestruktur", "Overskrift1"), para("Sagsnr.: 20/0412"),
        para("Indstilling", "Overskrift2"), para("Forvaltningen indstiller, at"),
        para("1. skolerne samles, 2. skolevejen sikres."),
        para("Beslutning", "Overskrift2"),
        table([["Indstilling", "Beslutning"], ["1. Skolerne samles", "Godkendt"],
               ["2. Sikring af skolevejen", "Udsat"]]),
        para("Ole Ryg (Ø) stemte imod punkt 1."),
        para("2. Meddelelser", "Overskrift1"), para("Beslutning", "Overskrift2"),
        para("Taget til efterretning."),
    ], styles={"Overskrift1": "heading 1", "Overskrift2": "heading 2", "Titel": "Title"})
    m = _read(tmp_path, "referat_bsu.docx", raw)
    item = m.item(1)
    assert [s.name for s in item.sections] == ["Indstilling", "Beslutning"]
    assert item.decision.startswith("Indstillingens punkt 1: Skolerne samles – Godkendt")
    assert "Indstillingens punkt 2: Sikring af skolevejen – Udsat" in item.decision
    assert item.votes.get("imod") == ["Ole Ryg (Ø)"]
    assert not m.warnings


_PORTAL = """<html><head><title>Referat - Kulturudvalget</title></head><body>
<h1>Kulturudvalget</h1>
<p>Referat af mødet torsdag den 9. september 2021 kl. 15:00</p>
<p>Deltagere: Mia Holt (A), Jens Bak (V), Sara Dam (F)</p>
<section><h2>55. Godkendelse af dagsorden</h2>
<h3>Beslutning Kulturudvalget den 09-09-2021</h3><p>Godkendt.</p></section>
<section><h2>56. Tilskud til spillestedet</h2>
<h3>Indstilling</h3><p>Forvaltningen indstiller, 1. at tilskuddet forhøjes, 2. at aftalen
forlænges.</p>
<h3>Beslutning Kulturudvalget den 09-09-2021</h3>
<table><thead><tr><th>Indstilling</th><th>Beslutning</th></tr></thead><tbody>
<tr><td>1. Forhøjelse af tilskuddet</td><td>Godkendt.</td></tr>
<tr><td>2. Forlængelse af aftalen</td><td>Godkendt, dog kun for to år.</td></tr>
</tbody></table>
<p>Fraværende: Jens Bak (V)</p></section>
</body></html>"""


def test_html_decision_table_is_one_decision(tmp_path: Path) -> None:
    """An HTML table "Indstilling | Beslutning" under a dated decision heading: one
    decision, each row's point and outcome. Before: the rows alternated as Indstilling
    and Beslutning sections, the first decision only "Godkendt."."""
    m = _read(tmp_path, "kulturudvalget_referat.html", _PORTAL)
    item = m.items[1]
    assert [s.name for s in item.sections].count("Beslutning") == 1
    assert [s.name for s in item.sections].count("Indstilling") == 1
    assert "Indstillingens punkt 2: Forlængelse af aftalen – Godkendt, dog kun for to år." in (
        item.decision)
    assert item.absentees == ["Jens Bak (V)"]


_STATEMENTS = """Referat

Miljøudvalget

Mødedato: 14. juni 2022 kl. 17.00

Punkt 1 Skovrejsning ved Østerby
Sagsnr.: 22/1180

Beslutning
Godkendt.
For stemte: A, V og F. Imod stemte: Ø.

Protokoltilførsel
Ib Fog (V) ønskede ført til protokol, at projektet bør udvides.

Mindretalsudtalelse
Enhedslisten kan ikke støtte projektet, fordi engen går tabt.

Punkt 2 Meddelelser

Beslutning
Taget til efterretning.
"""


def test_minority_statement_under_its_own_heading(tmp_path: Path) -> None:
    """"Mindretalsudtalelse" as a heading after a Protokoltilførsel: a statement of its
    own, not the end of the one before it. Before: the heading and its text were glued
    onto the Protokoltilførsel."""
    m = _read(tmp_path, "miljoe_referat.txt", _STATEMENTS)
    item = m.item(1)
    assert [s.name for s in item.sections] == [
        "Beslutning", "Protokoltilførsel", "Mindretalsudtalelse"]
    assert item.section("Protokoltilførsel").endswith("bør udvides.")
    assert item.section("Mindretalsudtalelse").startswith("Enhedslisten kan ikke")
    assert item.decision.startswith("Godkendt.")
