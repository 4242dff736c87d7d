"""Round 207's layouts (round 207's blind files): the PDFs a meeting system prints or
exports (an Acadre print, a FirstAgenda Publication agenda and minutes, an older Acadre
"udskriv referat" form). An Acadre print's members' table with a cell a line and no head
row under "Medlemmer" (name, party, a role when filled, the attendance cell, one of them
"Deltog fra kl. …"); its grey box with the journal number (KLE) above the case number
("Journalnr.: …" / "Sagsnr.: …"); a FirstAgenda agenda's members "Name (P), Borgmester"
and "Name (P) (Afbud)" one a line; a member's proposal's own headings ("Forslagsstillers
motivering", "Administrationens bemærkninger"); a closed item's decision ending in the
notice that it was treated behind closed doors; the form print's "Referatet underskrives
af:" over the names below the last item. Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .pdf_files import cells_pdf

# An Acadre print: the members' table with no head row, a cell a line (a present
# member's empty role cell gives no line), the item's grey box of two numbers
_ACADRE = """Referat
Miljø- og Klimaudvalget
Mødedato:
5. november 2020
Mødetidspunkt:
15:00 - 17:10
Mødested:
Byrådssalen, Rådhuset, Torvet 3, 8900 Randers
Medlemmer
Lise Kornum Bech
A
Formand
Deltog
Henrik Vad Holm
V
Næstformand
Deltog
Anna Tved Lyng
F
Deltog fra kl. 15.40, pkt. 3
Ole Ravn Kjeld
O
Afbud
Sofie Brask Møller
C
Deltog
Indholdsfortegnelse
 .  .  .  .  .  .  .  .  .  . 2
112. Godkendelse af dagsorden
 .  .  .  .  .  .  .  .  .  . 3
113. Klimaplan 2021 - høring
Randers Kommune
Miljø- og Klimaudvalget
Referat 05.11.2020
Formandens initialer: ________
Side 1 af 3
\f
Randers Kommune
Miljø- og Klimaudvalget
Referat 05.11.2020
112. Godkendelse af dagsorden
Journalnr.: 00.01.00-A00-7-20
Sagsnr.: 20/1142
Åbent punkt
Indstilling
Direktøren indstiller, at dagsordenen godkendes.
Beslutning i Miljø- og Klimaudvalget den 05-11-2020
Godkendt.
Fraværende: Ole Ravn Kjeld, Anna Tved Lyng
Formandens initialer: ________
Side 2 af 3
\f
Randers Kommune
Miljø- og Klimaudvalget
Referat 05.11.2020
113. Klimaplan 2021 - høring
Journalnr.: 07.00.00-P15-2-20
Sagsnr.: 20/8807
Åbent punkt
Sagsfremstilling
Forslaget til klimaplan har været i høring i seks uger, og der er kommet 14 svar.
Indstilling
Direktøren indstiller, at klimaplanen sendes til endelig vedtagelse.
Beslutning i Miljø- og Klimaudvalget den 08-10-2020
Sendes i høring.
Fraværende: Henrik Vad Holm
Beslutning i Miljø- og Klimaudvalget den 05-11-2020
Anbefales over for Byrådet.
Fraværende: Ole Ravn Kjeld
Formandens initialer: ________
Side 3 af 3
"""


def test_acadre_members_table_without_head_row(read_file: ReadFile) -> None:
    (m,) = read_file("randers_mku_2020-11-05.pdf.txt", _ACADRE)
    assert (m.committee, m.date, m.start_time) == ("Miljø- og Klimaudvalget",
                                                   date(2020, 11, 5), "15:00")
    got = [(p.name, p.status, p.role) for p in m.participants]
    assert got == [("Lise Kornum Bech (A)", "deltog", "formand"),
                   ("Henrik Vad Holm (V)", "deltog", "næstformand"),
                   ("Anna Tved Lyng (F)", "deltog", "deltog fra kl. 15.40, pkt. 3"),
                   ("Sofie Brask Møller (C)", "deltog", ""),
                   ("Ole Ravn Kjeld (O)", "afbud", "")]


def test_acadre_case_number_is_the_sagsnr_not_the_journal_number(read_file: ReadFile) -> None:
    (m,) = read_file("randers_mku_2020-11-05.pdf.txt", _ACADRE)
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (112, "Godkendelse af dagsorden", "20/1142"),
        (113, "Klimaplan 2021 - høring", "20/8807")]
    # (no section holding the "Sagsnr." line, the first text of the item)
    assert [s.name for s in m.items[0].sections] == ["Indstilling", "Beslutning"]
    # (a member away from this item only stays named in its decision, by the rule of
    # `finish`; both are its absentees)
    assert m.items[0].decision.splitlines()[0] == "Godkendt."
    assert m.items[0].absentees == ["Ole Ravn Kjeld", "Anna Tved Lyng"]
    later = m.items[1]
    assert later.decision == "Anbefales over for Byrådet."
    assert [(h.date, h.text) for h in later.history] == [
        (date(2020, 10, 8), "Sendes i høring.\nFraværende: Henrik Vad Holm")]


def test_acadre_members_table_as_a_real_pdf(read_file: ReadFile) -> None:
    head = ["Referat", "Miljø- og Klimaudvalget", "Mødedato:", "5. november 2020",
            "Mødetidspunkt:", "15:00 - 17:10", "Medlemmer", "Lise Kornum Bech", "A", "Formand",
            "Deltog", "Ole Ravn Kjeld", "O", "Afbud", "Sofie Brask Møller", "C", "Deltog",
            "1. Godkendelse af dagsorden", "Journalnr.: 00.01.00-A00-7-20", "Sagsnr.: 20/1142",
            "Åbent punkt", "Beslutning i Miljø- og Klimaudvalget den 05-11-2020", "Godkendt."]
    (m,) = read_file("referat.pdf", cells_pdf([[(20, k, line) for k, line in enumerate(head)]]))
    assert [(p.name, p.status) for p in m.participants] == [
        ("Lise Kornum Bech (A)", "deltog"), ("Sofie Brask Møller (C)", "deltog"),
        ("Ole Ravn Kjeld (O)", "afbud")]
    assert (m.items[0].journal_number, m.items[0].decision) == ("20/1142", "Godkendt.")


# A FirstAgenda agenda: the members one a line, an office after the comma with its
# capital, an apology in brackets; a member's proposal with its own headings
_AGENDA = """Næstved Kommune
Dagsorden
Byrådet
Tirsdag den 24. september 2024 kl. 18:00
Byrådssalen, Rådmandshaven 20, 4700 Næstved
Medlemmer
Karsten Lund Ravn (A), Borgmester
Mie Holt Brandt (V)
Jakob Sand Eriksen (C), 1. viceborgmester
Trine Bjerg Lauesen (Ø) (Afbud)
Peter Dahl Kofod (F)
1. Godkendelse af dagsorden
 Sagsnr.
00.01.00-A00-9-24
Indstilling
Borgmesteren indstiller, at dagsordenen godkendes.
2. Medlemsforslag fra SF: Gratis frugt i SFO
 Sagsnr.
17.20.00-G01-3-24
Forslagsstillers motivering
SF foreslår, at alle børn i SFO får et stykke frugt hver eftermiddag.
Administrationens bemærkninger
Forslaget skønnes at koste 2,1 mio. kr. årligt.
Indstilling
Forslaget forelægges Byrådet til beslutning.
"""


def test_agenda_members_with_capital_office_and_bracketed_apology(read_file: ReadFile) -> None:
    (m,) = read_file("naestved_byraad_2024-09-24.pdf.txt", _AGENDA)
    assert (m.committee, m.doc_type) == ("Byrådet", "dagsorden")
    got = [(p.name, p.status, p.role) for p in m.participants]
    assert got == [("Karsten Lund Ravn (A)", "indkaldt", "borgmester"),
                   ("Mie Holt Brandt (V)", "indkaldt", ""),
                   ("Jakob Sand Eriksen (C)", "indkaldt", "1. viceborgmester"),
                   ("Trine Bjerg Lauesen (Ø)", "afbud", ""),
                   ("Peter Dahl Kofod (F)", "indkaldt", "")]


def test_member_proposal_headings_keep_their_parts_apart(read_file: ReadFile) -> None:
    (m,) = read_file("naestved_byraad_2024-09-24.pdf.txt", _AGENDA)
    item = m.items[1]
    assert (item.title, item.journal_number) == ("Medlemsforslag fra SF: Gratis frugt i SFO",
                                                 "17.20.00-G01-3-24")
    case_text = item.sections[0].text
    assert case_text.endswith("Administrationens bemærkninger:\n"
                              "Forslaget skønnes at koste 2,1 mio. kr. årligt.")
    assert "eftermiddag. Administrationens" not in case_text
    assert [s.name for s in item.sections][1:] == ["Indstilling"]
    assert not item.decision


# FirstAgenda minutes: the decision first, a closed item's decision with the notice below
_CLOSED = """Vejle Kommune
Referat
Kultur- og Fritidsudvalget
Mødedato:
14-03-2022
Mødetidspunkt:
16:00 - 18:00
Deltagere:
Eva Brink Holm (A), Ulrik Dam (V), Sara Kjær Lind (F)
1. Godkendelse af dagsorden
 Sagsnr.: 22/1010
Beslutning
Godkendt.
Indstilling
Direktøren indstiller, at dagsordenen godkendes.
2. Lukket punkt: Ansøgning om lejefritagelse
Beslutning
Ansøgningen imødekommes.
Punktet er behandlet for lukkede døre.
"""


def test_closed_items_decision_without_the_closed_doors_notice(read_file: ReadFile) -> None:
    (m,) = read_file("vejle_kfu_2022-03-14.pdf.txt", _CLOSED)
    closed = m.items[1]
    assert (closed.title, closed.closed) == ("Ansøgning om lejefritagelse", True)
    assert closed.decision == "Ansøgningen imødekommes."


# The older Acadre form print: the names to sign under the last item's decision
_SIGNED = """ODSHERRED KOMMUNE
REFERAT
Ældre- og Sundhedsudvalget
Mødedato:
Mandag den 3. juni 2013
Mødetidspunkt:
Kl. 15.00
Afbud:
Karl Brix (V)
Punkt 1   Godkendelse af dagsorden
Sagsnr.:
13/100
Beslutning i Ældre- og
Sundhedsudvalget den
03-06-2013:
Godkendt.
Punkt 2   Eventuelt
Sagsnr.:
13/100
Beslutning i Ældre- og
Sundhedsudvalget den
03-06-2013:
Bente Sørensen (A) spurgte til sommerferiens afløsere.
Referatet underskrives af:
Bente Sørensen
Jonas Kragh
Lene Vestergaard
"""


def test_names_to_sign_below_the_last_decision_are_no_decision(read_file: ReadFile) -> None:
    (m,) = read_file("odsherred_aesu_2013-06-03.pdf.txt", _SIGNED)
    assert m.date == date(2013, 6, 3)
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Eventuelt"]
    assert m.items[1].decision == "Bente Sørensen (A) spurgte til sommerferiens afløsere."


def test_journal_and_case_number_on_one_row(read_file: ReadFile) -> None:
    text = _ACADRE.replace("Journalnr.: 07.00.00-P15-2-20\nSagsnr.: 20/8807\nÅbent punkt",
                           "Journalnr.: 07.00.00-P15-2-20   Sagsnr.: 20/8807   Lukket punkt")
    (m,) = read_file("randers_mku_2020-11-05.pdf.txt", text)
    assert [(i.journal_number, i.closed) for i in m.items] == [("20/1142", False),
                                                               ("20/8807", True)]


# An eDoc "Referat" print: the case-number row above each heading, the decision last
# under the dated heading, the bilag after it; a closed item's notice under its title
_EDOC = """Gribskov Kommune
Referat
Teknisk Udvalg
Dato:
Onsdag den 7. marts 2018
Starttidspunkt:
15:30
Sagsnr.: 18/2201     Dok.nr.: 18/2201-4     Åben sag
Punkt 1. Vejplan 2018
Sagsfremstilling
Forvaltningen har udarbejdet forslag til vejplan.
Administrationens indstilling
Direktionen indstiller, at vejplanen godkendes.
Beslutning i Teknisk Udvalg den 07-03-2018
Godkendt.
Bilag
Bilag 1 - Vejplan 2018
Lukket sag
Punkt 2. Lukket punkt: Erstatningssag
Sagen behandles for lukkede døre, jf. styrelseslovens § 10.
Beslutning i Teknisk Udvalg den 07-03-2018
Erstatningskravet afvises.
"""


def test_edoc_closed_items_notice_under_its_title_is_no_text(read_file: ReadFile) -> None:
    (m,) = read_file("gribskov_tu_2018-03-07.pdf.txt", _EDOC)
    first, closed = m.items
    assert (first.journal_number, first.decision) == ("18/2201", "Godkendt.")
    assert (closed.title, closed.closed, closed.journal_number) == ("Erstatningssag", True, None)
    assert [(s.name, s.text) for s in closed.sections] == [
        ("Beslutning", "Erstatningskravet afvises.")]
