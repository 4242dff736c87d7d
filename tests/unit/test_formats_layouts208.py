"""Round 208's layouts (round 208's blind files): older minutes (2007–2014) printed by older
ESDH systems and extracted with `pdftotext -layout`. A two-column cover (labels left,
values right) whose members' list is itself three columns (name, party, role); item
headings with the case number right-aligned on the title's line and the title wrapped
onto an indented line below it, the gap before a long title's "Sag nr.:" shrunk to two
spaces; a closed mark under the wrapped title; the facts under an item's title as a
label's line over its value's line, the open/closed status last without a label
("Kompetence:" / "Byrådet" / "Lukket sag"); running page headers and footers inside
items; earlier decisions quoted with the same heading form as this meeting's. Every text
is written by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return read_meetings(path)


_WRAPPED = """                                                              LUNDBY KOMMUNE

                                    REFERAT

                               Miljø- og Vejudvalget


Mødedato:                 07-03-2013
Mødetidspunkt:            Kl. 09:00
Mødested:                 Mødelokale 4, Rådhuset, Torvet 2, Lundby
Deltagere:                Anne Marie Kofoed (V), formand
                          Ib Nørskov (A), næstformand
                          Grethe Lauge (O)
                          Mogens Ravn (A)
Fraværende:               Tove Skjold (C)


INDHOLDSFORTEGNELSE

Punkt  Tekst                                                          Side
41.    Godkendelse af dagsorden .........................................   2
42.    Udbud af vintertjeneste 2013-2017 - valg af tildelingskriterier ..   2
43.    Salg af restareal ved Kildevej .....................................   3

                      Lundby Kommune - Miljø og Veje
\fMiljø- og Vejudvalget                                               07-03-2013
                                                                      Side 2


41.    Godkendelse af dagsorden                                   Sagsnr.: 13/402


Beslutning i Miljø- og Vejudvalget den 07-03-2013

Godkendt.



42.    Udbud af vintertjeneste 2013-2017 - valg af                Sagsnr.: 13/5517
       tildelingskriterier


Sagsfremstilling

Vintertjenesten skal i udbud, og udvalget skal vælge, hvordan tilbuddene vurderes.

Sagens tidligere behandling

Beslutning i Miljø- og Vejudvalget den 07-02-2013

Udsat, idet udvalget ønsker en vurdering af kvalitetskravene.

Indstilling

Miljø og Veje indstiller, at tildelingen sker efter det økonomisk mest fordelagtige tilbud.

Beslutning i Miljø- og Vejudvalget den 07-03-2013



                      Lundby Kommune - Miljø og Veje
\fMiljø- og Vejudvalget                                               07-03-2013
                                                                      Side 3


Indstillingen godkendt.



43.    Salg af restareal ved Kildevej til nabo, matr. nr. 12b      Sagsnr.: 13/6120
       Lundby By
       LUKKET PUNKT


Beslutning i Miljø- og Vejudvalget den 07-03-2013

Salget godkendt.


                      Lundby Kommune - Miljø og Veje
"""


def test_a_case_number_far_right_leaves_the_wrapped_title_whole(tmp_path: Path) -> None:
    """The title's wrapped rest joins its title, the case number is read, the closed mark
    under a wrapped title still closes the item; the earlier decision of the same body is
    history, this day's decision (after the page break) the item's own."""
    (meeting,) = _read(tmp_path, "mvu_referat_07-03-2013.txt", _WRAPPED)
    assert meeting.committee == "Miljø- og Vejudvalget"
    assert meeting.date == date(2013, 3, 7)
    assert [i.number for i in meeting.items] == [41, 42, 43]
    tender, sale = meeting.items[1], meeting.items[2]
    assert tender.title == "Udbud af vintertjeneste 2013-2017 - valg af tildelingskriterier"
    assert tender.journal_number == "13/5517"
    assert tender.decision == "Indstillingen godkendt."
    assert [(h.date, h.text[:5]) for h in tender.history] == [(date(2013, 2, 7), "Udsat")]
    assert "Beskrivelse" not in [s.name for s in tender.sections]
    assert sale.title == "Salg af restareal ved Kildevej til nabo, matr. nr. 12b Lundby By"
    assert sale.journal_number == "13/6120"
    assert sale.closed
    assert sale.decision == "Salget godkendt."


_KLE = """                                   RØDBY KOMMUNE

                                    Byrådet

                                 R E F E R A T


Mødedato:         Tirsdag den 24. april 2012
Mødetid:          Kl. 19:00 - 21:10
Mødested:         Byrådssalen, Rådhuset

Fraværende:       Lars Enevold (V)



                                      ÅBENT MØDE



210.  Godkendelse af dagsorden                                   Sag nr.: 00.01.00-A00-4-12

Byrådets beslutning den 24.04.2012

Godkendt.



211.  Kommuneplantillæg nr. 4 og lokalplan nr. 31 - erhverv ved  Sag nr.: 01.02.05-P16-7-11
      Havnevej - endelig vedtagelse

Sagsfremstilling

Der er modtaget fem indsigelser, som er behandlet i et notat.

Byrådets beslutning den 27.09.2011

Forslaget sendes i høring. For stemte 15, imod stemte 6.

Byrådets beslutning den 24.04.2012

Godkendt.
"""


def test_a_long_title_before_a_labelled_kle_number_wraps_whole(tmp_path: Path) -> None:
    """Two spaces before "Sag nr.:" and the title's rest on the line below: one title, the
    KLE case number read; the council's own earlier decision is history."""
    (meeting,) = _read(tmp_path, "rodby_byraad_24042012.txt", _KLE)
    assert meeting.committee == "Byrådet"
    plan = meeting.items[1]
    assert plan.number == 211
    assert plan.title == ("Kommuneplantillæg nr. 4 og lokalplan nr. 31 - erhverv ved Havnevej"
                          " - endelig vedtagelse")
    assert plan.journal_number == "01.02.05-P16-7-11"
    assert plan.decision == "Godkendt."
    assert [h.date for h in plan.history] == [date(2011, 9, 27)]


_PARTY_COLUMNS = """HOLMSTRUP KOMMUNE

                                        REFERAT

                                  FRITIDSUDVALGET


Mødedato:         Onsdag den 9. november 2011
Mødetidspunkt:    Kl. 16.00 - 18.00
Mødested:         Holmstrup Rådhus, mødelokale 2

Deltagere:        Inger Fabricius                 C     Formand
                  Torben Ulf Mikkelsen            A     Næstformand
                  Kamilla Brohus                  V
                  Ejvind Saxe                     SF

Afbud:            Jonna Vester                    O

Referent:         Bodil Wraae


Side 1                                                    Formandens initialer: ________
Holmstrup Kommune       Fritidsudvalget                          09-11-2011


17.   Godkendelse af dagsorden

      Sagsnr.:        11/880
      Status:         Åben

Fritidsudvalgets beslutning den 09.11.2011

Godkendt.

Fraværende: Jonna Vester
"""


def test_members_in_name_party_and_role_columns_are_read_whole(tmp_path: Path) -> None:
    """Each row is one member with the party letter and the role; the party column is no
    person of its own."""
    (meeting,) = _read(tmp_path, "FU_referat_09.11.2011.txt", _PARTY_COLUMNS)
    assert meeting.committee == "Fritidsudvalget"
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {
        "Inger Fabricius (C)": ("deltog", "formand"),
        "Torben Ulf Mikkelsen (A)": ("deltog", "næstformand"),
        "Kamilla Brohus (V)": ("deltog", ""),
        "Ejvind Saxe (SF)": ("deltog", ""),
        "Jonna Vester (O)": ("afbud", ""),
    }
    assert meeting.items[0].decision == "Godkendt."


_STACKED_FACTS = """Lindå Kommune
REFERAT
Ældreudvalget
Dato:
11-05-2010
Tidspunkt:
13:00 - 15:30
Mødested:
Mødelokale C, Rådhuset
Medlemmer:
Karl Emil Bøgh (V), formand
Hanne Fjord (A)
Sten Lykke (O)
Fraværende:
Sten Lykke (O)
Indholdsfortegnelse
31.
Godkendelse af dagsorden
32.
Klage over afgørelse om hjemmehjælp
Ældreudvalget 11-05-2010
Side 1 af 2
Lindå Kommune
Ældreudvalget
Referat 11-05-2010
31.
Godkendelse af dagsorden
Sagsnr.:
10/3301
Kompetence:
Ældreudvalget
Åben sag
Beslutning i Ældreudvalget den 11-05-2010
 Godkendt.
Fraværende: Sten Lykke (O)
32.
Klage over afgørelse om hjemmehjælp
Sagsnr.:
10/4418
Kompetence:
Byrådet
Lukket sag
Beslutning i Ældreudvalget den 11-05-2010
 Afgørelsen fastholdes.
Fraværende: Sten Lykke (O)
Indstilling
Direktøren indstiller, at afgørelsen fastholdes.
Beslutning i Ældreudvalget den 13-04-2010
 Udsat.
"""


def test_a_status_without_label_after_the_facts_is_the_open_or_closed_mark(
        tmp_path: Path) -> None:
    """"Lukket sag" under "Kompetence:" / its body closes the item and is no text of who
    decides; this day's decision first, the earlier one at the item's end is history."""
    (meeting,) = _read(tmp_path, "laeldre_referat_2010-05-11.txt", _STACKED_FACTS)
    assert [i.number for i in meeting.items] == [31, 32]
    agenda, complaint = meeting.items
    assert not agenda.closed
    assert agenda.section("Beslutningen træffes af") == "Ældreudvalget"
    assert complaint.closed
    assert complaint.journal_number == "10/4418"
    assert complaint.section("Beslutningen træffes af") == "Byrådet"
    assert complaint.decision == "Afgørelsen fastholdes."
    assert [h.date for h in complaint.history] == [date(2010, 4, 13)]
