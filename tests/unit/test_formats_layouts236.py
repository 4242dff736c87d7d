"""Round 236's layouts (round 236's blind files): matters that travel between bodies. A
PDF's head labelled without colons whose "Deltagere" stands alone over one member a line;
a "Tidligere behandlet i:" table that a PDF's text layer gives one row a line under its
head row ("Udvalg/råd Dato Pkt. Beslutning"), followed by the bodies still to come
("Behandles efterfølgende i: …"); a markdown export with an empty HTML anchor above every
item's heading; an advisory body's statement headed "Udtalelse fra <body> den <day>"; a
committee's recommendation quoted with a minority's statement in the present tense ("Et
mindretal (Ø) kan ikke anbefale …"); a council's members set in two columns under one
label; and an item taken up again ("Genoptaget fra mødet den …, punkt N."). Every text
is written by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- a head labelled without colons, "Deltagere" alone over its list ---------------------

_SIDE_HEAD = """VIBORG KOMMUNE
Referat
Social- og Sundhedsudvalget
Dato Onsdag den 11. juni 2025
Tidspunkt Kl. 14:00 - 16:30
Sted Mødelokale 3, Rådhuset, Prinsens Allé 5, 8800 Viborg
Deltagere
Hanne Vestergaard (V), formand
Erik Bonde (A), næstformand
Pia Krogh (C), stedfortræder for Lars Ebbe (C)
Tobias Friis (F)
Afbud Lars Ebbe (C)
Bemærkninger Ingen.
Fra
administrationen
Direktør Susanne Møller, udvalgssekretær Jonas Lind (referent)
"""

_HISTORY_ROWS = _SIDE_HEAD + """Punkt 1: Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-12-25 Åbent punkt
Beslutning
Godkendt.
Punkt 2: Ny rehabiliteringsindsats på Skovvang
Sagsnr.: 27.00.00-P20-3-25 Åbent punkt
Tidligere behandlet i:
Udvalg/råd Dato Pkt. Beslutning
Social- og Sundhedsudvalget 05.03.2025 7 Sendt i høring,
idet udvalget ønsker en tidsplan.
Seniorrådet 24.03.2025 4 Anbefaler indsatsen.
Behandles efterfølgende i: Økonomiudvalget 18.06.2025, Byrådet 25.06.2025
Sagsfremstilling
Indsatsen skal hjælpe flere borgere til at klare sig selv efter et sygehusophold.
Indstilling
Direktøren indstiller, at indsatsen godkendes.
Beslutning
Godkendt.
Punkt 3: Orientering om ventelister
Sagsnr.: 27.00.00-A00-9-25 Åbent punkt
Tidligere behandlet i:
Udvalg/råd Dato Pkt. Beslutning
Ikke tidligere behandlet
Sagsfremstilling
Ventetiden er faldet til 14 dage.
Beslutning
Taget til efterretning.
"""


def test_deltagere_alone_in_a_head_labelled_without_colons_lists_the_members(
        read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _HISTORY_ROWS)
    people = _people(m)
    assert people["Hanne Vestergaard (V)"] == ("deltog", "formand")
    assert people["Erik Bonde (A)"] == ("deltog", "næstformand")
    assert people["Tobias Friis (F)"][0] == "deltog"
    assert people["Pia Krogh (C)"] == ("deltog", "stedfortræder for Lars Ebbe (C)")
    assert people["Lars Ebbe (C)"][0] == "afbud"
    assert not any("Møller" in name or "Lind" in name for name in people)  # (staff)


def test_history_table_one_row_a_line_is_the_case_history(read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _HISTORY_ROWS)
    item = _item(m, 2)
    assert [(h.committee, h.date, h.punkt, h.text) for h in item.history] == [
        ("Social- og Sundhedsudvalget", date(2025, 3, 5), 7,
         "Sendt i høring, idet udvalget ønsker en tidsplan."),
        ("Seniorrådet", date(2025, 3, 24), 4, "Anbefaler indsatsen.")]
    # the bodies still to come are no earlier treatment and no part of the last one
    assert not any("Økonomiudvalget" in h.committee or "18.06" in h.text for h in item.history)
    assert not any("Udvalg/råd" in s.text for s in item.sections)
    assert item.decision == "Godkendt."
    # "Ikke tidligere behandlet" under the head row: no earlier treatment
    assert _item(m, 3).history == []
    assert _item(m, 3).decision == "Taget til efterretning."


# --- a markdown export's anchors above the items' headings ------------------------------

_ANCHORED = """# Referat

## Kultur- og Fritidsudvalget

Middelfart Kommune

| | |
|---|---|
| **Mødedato** | Tirsdag den 13. maj 2025 |
| **Mødetidspunkt** | 17:00 - 19:00 |
| **Mødested** | Mødelokale 1, Rådhuset |

<a id="punkt-1"></a>

### 1. Godkendelse af dagsorden

**Beslutning i Kultur- og Fritidsudvalget den 13. maj 2025**

Godkendt.

---

<a id="punkt-2"></a>

### 2. Tilskud til Strib Bådelaug

Sagsnr.: 18.15.00-Ø40-2-25 · Åbent punkt

**Sagsfremstilling**

Bådelauget søger om tilskud til en ny slæbestedsrampe.

**Udtalelse fra Folkeoplysningsudvalget den 29. april 2025**

Folkeoplysningsudvalget støtter ansøgningen.

**Indstilling**

Direktøren indstiller, at der gives tilskud.

**Beslutning i Kultur- og Fritidsudvalget den 13. maj 2025**

Godkendt.

---

<a id="punkt-3"></a>

### 3. Eventuelt

**Beslutning i Kultur- og Fritidsudvalget den 13. maj 2025**

Intet.
"""


def test_markdown_anchor_above_an_item_is_no_text_of_the_item_before(
        read_file: ReadFile) -> None:
    (m,) = read_file("referat.md", _ANCHORED)
    assert [i.number for i in m.items] == [1, 2, 3]
    assert _item(m, 1).decision == "Godkendt."
    assert _item(m, 2).decision == "Godkendt."
    assert not any("<a" in s.text for i in m.items for s in i.sections)


def test_statement_from_a_body_names_the_body_in_the_history(read_file: ReadFile) -> None:
    (m,) = read_file("referat.md", _ANCHORED)
    item = _item(m, 2)
    assert [(h.committee, h.date) for h in item.history] == [
        ("Folkeoplysningsudvalget", date(2025, 4, 29))]


# --- a council's text export: its members in two columns, recommendations quoted -------

_COUNCIL = """SORØ KOMMUNE


REFERAT
=======

Byrådet

Mødedato:       Torsdag den 22. maj 2025
Mødetid:        Kl. 19:00 - 21:00
Mødested:       Byrådssalen, Rådhusvej 8, 4180 Sorø

Medlemmer:
  Gustav Holm (A), borgmester               Ida Brandt (V)
  Karin Lauritsen (A)                       Mads Eriksen (V)
  Niels Overby (A)                          Rikke Stampe (Ø)
  Bente Juhl (C)

Afbud:          Niels Overby (A)


17.  Lokalplan 310 for boliger ved Søndergade
     Sagsnr.: 24/31001   Åbent punkt

     Genoptaget fra mødet den 24. april 2025, punkt 12.

Sagsfremstilling
----------------
Lokalplanen giver mulighed for 60 boliger.

Økonomiudvalgets indstilling den 14. maj 2025
---------------------------------------------
Økonomiudvalget anbefaler indstillingen.

Et mindretal (Ø) kan ikke anbefale indstillingen, da mindretallet ønsker flere
almene boliger.

Byrådets beslutning den 24. april 2025
--------------------------------------
Udsat.

Byrådets beslutning den 22. maj 2025
------------------------------------
Som Økonomiudvalgets indstilling.


18.  Eventuelt
     Åbent punkt

Byrådets beslutning den 22. maj 2025
------------------------------------
Intet.
"""


def test_members_in_two_columns_are_read_down_each_column(read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _COUNCIL)
    assert [p.name for p in m.participants] == [
        "Gustav Holm (A)", "Karin Lauritsen (A)", "Niels Overby (A)", "Bente Juhl (C)",
        "Ida Brandt (V)", "Mads Eriksen (V)", "Rikke Stampe (Ø)"]
    assert _people(m)["Niels Overby (A)"][0] == "afbud"


def test_minority_in_the_present_tense_stays_with_the_quoted_recommendation(
        read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _COUNCIL)
    item = _item(m, 17)
    recommended = next(h for h in item.history if h.committee == "Økonomiudvalget")
    assert "Et mindretal (Ø) kan ikke anbefale" in recommended.text
    assert [s.name for s in item.sections].count("Sagsfremstilling") == 1
    assert "mindretal" not in item.section("Sagsfremstilling")
    assert item.decision == "Som Økonomiudvalgets indstilling."


def test_item_taken_up_again_names_the_earlier_meetings_item(read_file: ReadFile) -> None:
    (m,) = read_file("referat.txt", _COUNCIL)
    item = _item(m, 17)
    own = [h for h in item.history if h.committee == "Byrådet"]
    assert [(h.date, h.punkt, h.text) for h in own] == [(date(2025, 4, 24), 12, "Udsat.")]
