"""Plain text extracted from PDF minutes by different tools: a viewer's Ctrl+A copy
with no blank lines whose history block holds the earlier meeting's own "Beslutning:"
line, `pdftotext -layout` with the meeting's facts and the member list side by side,
a typed protocol's "Fraværende:" line naming a member who left at an earlier item, and
Acrobat's text whose bulleted list runs straight into the next paragraph."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting

_COPIED = """\
Fjordby Kommune
Referat
Vej- og Parkudvalget
Mødedato: 3. oktober 2023
Mødetid: 16:00 - 18:00
Mødested: Mødelokale 2, Rådhuset
Deltagere: Ane Lind (V) (formand), Bo Krag (A), Eva Juhl (F)
1. Godkendelse af dagsorden
Sagsnr.: 23-000101
Beslutning
Godkendt.
2. Ny sti langs Kildevej
Sagsnr.: 23-004410
Tidligere behandlinger
Vej- og Parkudvalget, 05-09-2023, punkt 6
Beslutning: Udsat. Administrationen undersøger en linjeføring nord om skolen.
Sagsfremstilling
Administrationen har undersøgt linjeføringen nord om skolen. Den er 300 meter længere og
kræver areal fra tre lodsejere.
Indstilling
Direktøren indstiller, at stien anlægges langs Kildevej.
Beslutning
Godkendt med 2 stemmer for (V og A) og 1 stemme imod (F).
3. Meddelelser
Sagsnr.: 23-000102
Beslutning
Taget til efterretning."""


def test_history_blocks_own_decision_line_is_the_entrys_text_not_the_items_decision(
        tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.txt", _COPIED)
    item = meeting.items[1]
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Ny sti langs Kildevej", "Meddelelser"]
    assert item.decision.startswith("Godkendt med 2 stemmer for")
    assert [s.name for s in item.sections].count("Beslutning") == 1
    (entry,) = item.history
    assert (entry.committee, entry.date.isoformat(), entry.punkt) == (
        "Vej- og Parkudvalget", "2023-09-05", 6)
    assert entry.text == "Udsat. Administrationen undersøger en linjeføring nord om skolen."


_SIDE_BY_SIDE = """\
                                                                            Åby Kommune
REFERAT
Natur- og Miljøudvalget



Mødedato:          Onsdag den 8. marts 2023                  Medlemmer:
                                                             Kim Holt (V), formand
Mødetidspunkt:     Kl. 16:00 - 18:30                         Lene Sand (A), næstformand
Mødested:          Mødelokale 2, Rådhuset,                   Per Vad (F)
                   Torvet 1, Åby                             Sara Hjort (Ø)
                                                             Jens Bak (C)
Afbud:             Sara Hjort (Ø)                            Ulla Dam (A)




 1. Godkendelse af dagsorden
 Sagsnr.: 23/1001


 Beslutning i Natur- og Miljøudvalget den 08-03-2023:
 Godkendt.
 Fraværende: Sara Hjort (Ø)



 2. Naturpleje i Åby Skov
 Sagsnr.: 23/1002


 Sagsfremstilling
 Der er udarbejdet en plan for naturpleje i Åby Skov med græsning og rydning af opvækst.
 Indstilling
 Direktionen indstiller, at planen godkendes.
 Beslutning i Natur- og Miljøudvalget den 08-03-2023:
 Godkendt.
 Fraværende: Sara Hjort (Ø)
"""


def test_layout_header_with_facts_and_members_side_by_side_reads_each_column(
        tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.txt", _SIDE_BY_SIDE)
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {
        "Kim Holt (V)": ("deltog", "formand"), "Lene Sand (A)": ("deltog", "næstformand"),
        "Per Vad (F)": ("deltog", ""), "Sara Hjort (Ø)": ("afbud", ""),
        "Jens Bak (C)": ("deltog", ""), "Ulla Dam (A)": ("deltog", "")}
    assert meeting.place == "Mødelokale 2, Rådhuset, Torvet 1, Åby"
    assert meeting.start_time == "16:00"
    assert len(meeting.items) == 2


_LEFT = """\
Hedeby Kommune Social- og Ældreudvalget - Referat - 14.02.2018
Referat
Social- og Ældreudvalget
Mødedato: 14. februar 2018
Mødetid: 15:00
Mødested: Mødelokale 1, Rådhuset
Medlemmer:
Lis Berg (A), formand
Ib Holm (V)
Tove Lund (O)
Afbud:
Tove Lund (O)
1. Godkendelse af dagsorden
Beslutning
Godkendt.
Fraværende: Tove Lund (O)
2. Budgetopfølgning
Indstilling
Administrationen indstiller, at opfølgningen godkendes.
Beslutning
Godkendt.
Fraværende: Tove Lund (O)
3. Tilsyn på plejecentre
Indstilling
Administrationen indstiller, at tilsynet tages til efterretning.
Beslutning
Taget til efterretning.
Fraværende: Tove Lund (O)
4. Meddelelser
Sagsfremstilling
Udvalget orienteres om status på ombygningen af Hedebo.
Beslutning
Ib Holm (V) forlod mødet kl. 16.00 inden behandlingen af punkt 4.
Taget til efterretning.
Fraværende: Tove Lund (O), Ib Holm (V)
5. Lukket punkt: Klage over afgørelse
Beslutning
Godkendt.
Fraværende: Tove Lund (O), Ib Holm (V)
"""


def test_absence_line_naming_one_who_left_earlier_is_no_part_of_a_later_decision(
        tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.txt", _LEFT)
    closed = meeting.items[4]
    assert closed.closed
    assert closed.decision == "Godkendt."
    assert {"Tove Lund (O)", "Ib Holm (V)"} <= set(closed.absentees)


_BULLETS = """\ufeffByrådet\r
Referat\r
Mødedato: 10. november 2021\r
Mødested: Byrådssalen\r
1. Budgetopfølgning pr. 30. september 2021\r
Sagsfremstilling\r
Alle udvalg har behandlet opfølgningen for deres områder i oktober 2021. De største afvigelser er:\r
\uf0b7 merudgifter til specialundervisning på 6,4 mio. kr.\r
\uf0b7 mindreudgifter til energi på 1,2 mio. kr.\r
\uf0b7 udskudte anlægsprojekter på i alt 18 mio. kr., som overføres til 2022\r
Kassebeholdningen ventes herefter at udgøre 97 mio. kr. ved årets udgang, og likviditeten er god.\r
Indstilling\r
Direktionen indstiller, at opfølgningen godkendes.\r
Beslutning\r
Godkendt.\r
"""


def test_paragraph_after_a_bulleted_list_is_not_joined_to_its_last_point(
        tmp_path: Path) -> None:
    item = written_meeting(tmp_path, "referat.txt", _BULLETS).items[0]
    lines = item.section("Sagsfremstilling").split("\n")
    assert lines[-2] == "• udskudte anlægsprojekter på i alt 18 mio. kr., som overføres til 2022"
    assert lines[-1].startswith("Kassebeholdningen ventes herefter")
