"""Round 237's layouts (round 237's blind files): minutes of the election turnover and
the constituting meetings. A council's members one a line under "Deltagere:" with the
substitutes in the absent members' places ("X (V) (stedfortræder for Y (V))"); a title
wrapped under its hanging indent onto a line opening with a dash and a capital; the
signatures of the borgmester and the kommunaldirektør under "Mødet hævet"; a header's
remark "Fra punkt 5 deltog X"; an election of the borgmester voted per candidate ("For X
stemte: …"); a portal's members' table whose role cell is a phrase ending in a role
("Medlem – mødeleder indtil valg af formand"); and a head labelled without colons
("Deltagere" over a paragraph of names, "Afbud X", "Mødeleder Borgmester X"). Every text
is written by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- substitutes in the absent members' places, one member a line ------------------------

_COUNCIL = """                           HOLMSTRUP KOMMUNE

                                   REFERAT
                                   Byrådet

Mødedato:     Torsdag den 12. februar 2026
Mødetid:      Kl. 19:00 - 21:05
Mødested:     Byrådssalen, Holmstrup Rådhus

Deltagere:
              Ib Kragh (V), borgmester
              Eva Lundholm (V)
              Tina Bakke (V) (stedfortræder for Ole Damsgaard (V))
              Kim Søgaard (A)
              Pia Ravnholt (A)

Fraværende:   Ole Damsgaard (V) – lovligt forfald (ferie)

Pkt. 7    Godkendelse af dagsorden
          Sagsnr.: 00.01.00-A00-3-26           Åben sag

Byrådets beslutning den 12. februar 2026
---------------------------------------
Godkendt.

Pkt. 8    Vedtagelse af lokalplan nr. 88 for et nyt boligområde i den vestlige bydel
          – Etape 2 ved Kirkebakken, Holmstrup
          Sagsnr.: 01.02.05-P16-4-25           Åben sag

Sagsfremstilling
----------------
Planen har været i høring.

Byrådets beslutning den 12. februar 2026
---------------------------------------
Godkendt.


Mødet hævet kl. 21:05.


Referatet er godkendt ved mødets afslutning.

Ib Kragh                                  Lone Vestergaard
borgmester                                kommunaldirektør
"""


def test_a_substitute_in_an_absent_members_place_keeps_the_list_going(
        read_file: ReadFile) -> None:
    (m,) = read_file("byraad.txt", _COUNCIL)
    people = _people(m)
    # the members below the substitute are read too, the substitute with whose place
    assert people["Tina Bakke (V)"] == ("deltog", "stedfortræder for Ole Damsgaard (V)")
    assert people["Kim Søgaard (A)"][0] == "deltog"
    assert people["Pia Ravnholt (A)"][0] == "deltog"
    assert people["Ole Damsgaard (V)"][0] == "afbud"


_MARGIN_LIST = """Referat
Kulturudvalget
Mødedato: 3. marts 2026
Mødetid: Kl. 16:00

Pkt. 3    Meddelelser
- Nyt fra biblioteket
Sagsnr.: 00.01.00-A00-3-26           Åben sag

Beslutning
Taget til efterretning.
"""


def test_a_title_wrapped_onto_a_dash_and_a_capital_under_its_indent_is_whole(
        read_file: ReadFile) -> None:
    (m,) = read_file("byraad.txt", _COUNCIL)
    item = _item(m, 8)
    assert item.title == ("Vedtagelse af lokalplan nr. 88 for et nyt boligområde i den "
                          "vestlige bydel – Etape 2 ved Kirkebakken, Holmstrup")
    assert "Etape 2" not in (item.section("Beskrivelse") or "")
    # (a list at the heading's own margin stays the item's text)
    (other,) = read_file("kultur.txt", _MARGIN_LIST)
    assert _item(other, 3).title == "Meddelelser"


def test_the_borgmester_and_kommunaldirektør_signing_are_no_decision(
        read_file: ReadFile) -> None:
    (m,) = read_file("byraad.txt", _COUNCIL)
    assert _item(m, 8).decision == "Godkendt."



# --- a member who came from an item on, told by the header's remark ----------------------

_CAME = """Referat
Skoleudvalget
Mødedato: 10. februar 2026
Mødetid: Kl. 15:00
Mødested: Mødelokale 2, Rådhuset
Medlemmer: Anne Friis (A), formand, Bo Kjeldsen (V), Søs Lindberg (F)
Bemærkninger: Søs Lindberg (F) forlod mødet efter punkt 2. Fra punkt 3 deltog Bo Kjeldsen (V).
Fra punkt 3 deltog desuden skolechef Hans Toft.

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Skolernes budget
Beslutning
Godkendt.

3. Skolestart
Beslutning
Taget til efterretning.

4. Eventuelt
Beslutning
Intet.
"""


def test_from_item_n_took_part_x_marks_the_items_before_it(read_file: ReadFile) -> None:
    (m,) = read_file("skole.txt", _CAME)
    assert _people(m)["Bo Kjeldsen (V)"] == ("deltog", "deltog fra punkt 3")
    assert "Bo Kjeldsen (V)" in _item(m, 1).absentees
    assert "Bo Kjeldsen (V)" in _item(m, 2).absentees
    assert "Bo Kjeldsen (V)" not in _item(m, 3).absentees
    assert "Søs Lindberg (F)" in _item(m, 3).absentees
    # an official who joined is staff, no participant
    assert not any("Toft" in p.name for p in m.participants)


# --- an election voted per candidate ---------------------------------------------------

_ELECTION = """Referat
Byrådet
Mødedato: 3. december 2025
Mødetid: Kl. 19:00
Deltagere: Jens Overgaard (V), Lise Brandt (A), Per Hald (C), Ane Moos (F)

1. Valg af borgmester
Beslutning
Jens Overgaard (V) blev valgt som borgmester.
For Jens Overgaard (V) stemte: V og C (2 stemmer).
For Lise Brandt (A) stemte: A og F (2 stemmer).

2. Eventuelt
Beslutning
Intet.
"""


def test_an_election_keeps_each_candidates_voters(read_file: ReadFile) -> None:
    (m,) = read_file("valg.txt", _ELECTION)
    assert _item(m, 1).votes == {"for Jens Overgaard (V)": ["V", "C"],
                                 "for Lise Brandt (A)": ["A", "F"]}


# --- a portal's members' table, a role cell that is a phrase ---------------------------

_PORTAL = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Kulturudvalget 04.02.2026</title></head>
<body><main>
<h1>Kulturudvalget</h1>
<dl class="moedeinfo"><dt>Mødedato</dt><dd>04.02.2026</dd><dt>Mødetidspunkt</dt>
<dd>16:00 - 18:00</dd><dt>Mødested</dt><dd>Mødelokale 2, Rådhuset</dd></dl>
<h3>Deltagere</h3>
<table class="deltagere">
 <thead><tr><th>Navn</th><th>Parti</th><th>Rolle</th><th>Fremmøde</th></tr></thead>
 <tbody>
  <tr><td>Ole Ravnsborg</td><td>A</td><td>Formand (valgt under punkt 1)</td><td>Deltog</td></tr>
  <tr><td>Kaj Holmgaard</td><td>C</td><td>Medlem – mødeleder indtil valg af formand</td>
      <td>Deltog</td></tr>
  <tr><td>Lis Dahlberg</td><td>F</td><td>Medlem</td><td>Afbud</td></tr>
 </tbody>
</table>
<div class="punkt"><div class="punkt-hoved"><span class="punktnr">1.</span>
<span class="punkttitel">Valg af formand</span></div>
<div class="punkt-meta">Sagsnr.: 26/100 · Åbent punkt</div>
<div class="felt beslutning"><div class="felt-titel">Beslutning</div>
<div class="felt-tekst"><p>Ole Ravnsborg (A) blev valgt.</p></div></div></div>
<div class="punkt"><div class="punkt-hoved"><span class="punktnr">2.</span>
<span class="punkttitel">Eventuelt</span></div>
<div class="punkt-meta">Sagsnr.: 26/101 · Åbent punkt</div>
<div class="felt beslutning"><div class="felt-titel">Beslutning</div>
<div class="felt-tekst"><p>Intet.</p></div></div></div>
</main></body></html>
"""


def test_a_role_cell_ending_in_a_role_word_is_the_role_not_the_name(
        read_file: ReadFile) -> None:
    (m,) = read_file("kultur.html", _PORTAL)
    people = _people(m)
    assert "Kaj Holmgaard (C)" in people
    assert people["Kaj Holmgaard (C)"][0] == "deltog"
    assert "mødeleder indtil valg af formand" in people["Kaj Holmgaard (C)"][1]
    assert people["Lis Dahlberg (F)"][0] == "afbud"


# --- a head labelled without colons ------------------------------------------------------

_NO_COLONS = """Ravnsø Kommune REFERAT
Ekstraordinært møde i Byrådet
Mødedato 09.12.2025
Mødetidspunkt 15:00 – 15:30
Mødested Byrådssalen, Rådhuset
Indkaldt 04.12.2025 – med kort varsel
Deltagere
Ida Hoffmann (A), Ole Bakmand (A), Eva Lunding (V), Kim
Dal Sørensen (V), Pia Ravnsted (C), Bo Ekstrøm (F)
Afbud Tina Vangsgaard (C)
Fra
administrationen
Kommunaldirektør Karl Bonde
Indhold
12. Godkendelse af valget 2

12. Godkendelse af valget
Sagsnr.: 25/1873     Åbent punkt
Sagsfremstilling
Valget er afholdt.
Beslutning
Godkendt.
"""


def test_a_paragraph_of_names_under_deltagere_without_colons_is_read(
        read_file: ReadFile) -> None:
    (m,) = read_file("ekstra.txt", _NO_COLONS)
    people = _people(m)
    assert people["Ida Hoffmann (A)"][0] == "deltog"
    assert people["Kim Dal Sørensen (V)"][0] == "deltog"
    assert people["Bo Ekstrøm (F)"][0] == "deltog"
    assert people["Tina Vangsgaard (C)"][0] == "afbud"
    assert len(m.participants) == 7


def test_a_chair_labelled_without_a_colon_takes_part_with_the_office(
        read_file: ReadFile) -> None:
    text = _NO_COLONS.replace("Afbud Tina Vangsgaard (C)\n",
                              "Afbud Tina Vangsgaard (C)\nMødeleder Borgmester Ida Hoffmann (A)\n")
    (m,) = read_file("ekstra.txt", text)
    assert _people(m)["Ida Hoffmann (A)"] == ("deltog", "borgmester")
    assert len(m.participants) == 7
