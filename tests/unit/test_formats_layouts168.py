"""A hundred and sixty-eighth round of layouts (round 168's blind files): meetings held in
unusual forms. A Word written procedure ("skriftlig behandling") with a members-and-answers
table under "Medlemmer og svar", a reply deadline and each item's table of answers; a
council's minutes suspended in the evening and resumed another day, the note between two
items and a closing line dated the second day; a web agenda whose case texts stand under
"Beskrivelse af sagen"; a committee starting with a site visit, its hours and two places
in the head. Every text is written by the tests (other towns, bodies and words than the
blind files)."""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para, table


def _decision(item) -> str:
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


def _written_procedure() -> bytes:
    answers = [["Medlem", "Svar", "Bemærkning"], ["Lene Bro (V)", "Tiltræder", ""],
               ["Ib Skov (A)", "Tiltræder", ""], ["Eva Lund (F)", "–", "Intet svar"]]
    body = [para("Assens Kommune"), para("REFERAT"), para("Miljøudvalget"),
            para("Skriftlig behandling afsluttet torsdag den 9. marts 2023"),
            para("Mødeform: Skriftlig behandling"),
            para("Udsendt til medlemmerne: Mandag den 6. marts 2023 kl. 08.30"),
            para("Svarfrist: Torsdag den 9. marts 2023 kl. 14.00"),
            para("Mødested: Skriftlig behandling – intet møde"),
            para("Medlemmer og svar"),
            table([["Medlem", "Funktion", "Svar modtaget", "Status"],
                   ["Lene Bro (V)", "Formand", "07.03.2023 kl. 10.12", "Deltog"],
                   ["Ib Skov (A)", "Næstformand", "08.03.2023 kl. 19.40", "Deltog"],
                   ["Eva Lund (F)", "", "Intet svar (syg)", "Afbud"]]),
            para("1. Tilskud til vandløbspleje"), para("Sagsnr.: 23.00411"),
            para("Sagsfremstilling"), para("Der søges om tilskud til pleje af Haarby Å."),
            para("Svar fra udvalgets medlemmer"), table(answers),
            para("Beslutning"), para("Godkendt."),
            para("2. Orientering om badevand"), para("Sagsnr.: 23.00502"),
            para("Sagsfremstilling"), para("Badevandet er godt ved alle strande."),
            para("Svar fra udvalgets medlemmer"), table(answers),
            para("Beslutning"), para("Taget til efterretning."),
            para("Fraværende: Eva Lund (F)"),
            para("Den skriftlige behandling blev afsluttet torsdag den 9. marts 2023 kl. 14.00."),
            para("Referatet er godkendt af formanden Lene Bro den 9. marts 2023.")]
    return docx(body)


def test_written_procedures_members_and_answers_table(read_file: ReadFile) -> None:
    (m,) = read_file("assens_miljoe_skriftlig.docx", _written_procedure())
    got = [(p.name, p.status, p.role.lower()) for p in m.participants]
    assert got == [("Lene Bro (V)", "deltog", "formand"), ("Ib Skov (A)", "deltog", "næstformand"),
                   ("Eva Lund (F)", "afbud", "")]


def test_written_procedure_closed_on_a_day_has_no_start_time(read_file: ReadFile) -> None:
    from datetime import date
    (m,) = read_file("assens_miljoe_skriftlig.docx", _written_procedure())
    assert (m.committee, m.date, m.start_time) == ("Miljøudvalget", date(2023, 3, 9), None)


def test_members_answers_are_a_section_and_the_close_no_decision(read_file: ReadFile) -> None:
    (m,) = read_file("assens_miljoe_skriftlig.docx", _written_procedure())
    assert [s.name for s in m.items[0].sections] == ["Sagsfremstilling", "Medlemmernes svar",
                                                     "Beslutning"]
    assert _decision(m.items[-1]) == "Taget til efterretning."


_SUSPENDED = """Lolland Kommune
Referat
Byrådet
Mødedato:
Mandag den 4. december 2023
Mødetidspunkt:
Kl. 18:00 - 22:00
Mødested:
Byrådssalen, Rådhuset, Jernbanegade 7, Maribo
Genoptaget:
Onsdag den 6. december 2023 kl. 17:00
Afbud:
Kim Holt (O) – stedfortræder Rene Bak (O) indkaldt og deltog.
Medlemmer:
Anne Friis (A), borgmester
Per Dahl (V)
Lis Sand (F)
Rene Bak (O), stedfortræder
55. Godkendelse af dagsorden
Sagsnr.: 23/000101
Beslutning i Byrådet den 04-12-2023
Godkendt.
56. Skolestruktur
Sagsnr.: 23/000202
Sagsfremstilling
Forslaget samler to skoler.
Beslutning i Byrådet den 04-12-2023
Vedtaget.
Mødet blev suspenderet kl. 22.00 og genoptaget onsdag den 6. december 2023 kl. 17.00 på
Rådhuset. Afbud til det genoptagne møde: Lis Sand (F).
57. Havnens takster
Sagsnr.: 23/000303
Sagsfremstilling
Taksterne reguleres.
Beslutning i Byrådet den 06-12-2023
Godkendt.
Mødet hævet kl. 18.20 den 6. december 2023.
"""


def test_suspension_note_is_no_decision_and_names_who_was_away(read_file: ReadFile) -> None:
    (m,) = read_file("lolland_byraad_referat.txt", _SUSPENDED)
    assert [i.number for i in m.items] == [55, 56, 57]
    assert _decision(m.items[1]) == "Vedtaget."
    assert m.items[2].absentees == ["Lis Sand (F)"] and not m.items[1].absentees


def test_closing_line_dated_the_second_day_is_no_decision(read_file: ReadFile) -> None:
    (m,) = read_file("lolland_byraad_referat.txt", _SUSPENDED)
    assert _decision(m.items[-1]) == "Godkendt."


def test_substitute_called_and_present_in_the_absence_row(read_file: ReadFile) -> None:
    (m,) = read_file("lolland_byraad_referat.txt", _SUSPENDED)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Kim Holt (O)"] == ("afbud", "")
    assert people["Rene Bak (O)"] == ("deltog", "stedfortræder for Kim Holt")  # (round 241)
    assert not any("indkaldt" in name for name in people)


_CASE_DESCRIBED = """<html><body><main>
<h1>Social- og Sundhedsudvalget - Dagsorden</h1>
<p>Dato: 12. april 2024, kl. 15.00</p>
<h2>1. Ændret visitation</h2>
<p>Sagsnr.: 24/2211</p>
<h3>Tidligere beslutninger</h3>
<p>Social- og Sundhedsudvalget, 8. februar 2024, punkt 3:</p>
<p>Sagen sendes i høring.</p>
<h3>Beskrivelse af sagen</h3>
<p>Høringen har givet fire svar, som er indarbejdet.</p>
<h3>Indstilling</h3>
<p>Direktøren indstiller, at visitationen ændres.</p>
</main></body></html>"""


def test_beskrivelse_af_sagen_heads_the_case_text(read_file: ReadFile) -> None:
    (m,) = read_file("esbjerg_ssu_dagsorden.html", _CASE_DESCRIBED)
    item = m.items[0]
    assert [h.text for h in item.history] == ["Sagen sendes i høring."]
    text = next(s.text for s in item.sections if s.name == "Sagsfremstilling")
    assert text.startswith("Høringen har givet fire svar")


_SITE_VISIT = """Holbæk Kommune
Referat
Teknikudvalget
Mødedato 14.06.2022
Mødetidspunkt 14:30 (besigtigelse) – mødet fortsætter kl. 16:00 på rådhuset
Mødested Besigtigelse: Strandvejen 3, 4300 Holbæk
Herefter: Mødelokale 2, Holbæk Rådhus, Kanalstræde 2, 4300
Holbæk
Deltagere Mia Krog (A), formand
Jonas Lind (V)
1. Besigtigelse af Strandvejen 3
Sagsnr. 22/01234
Sagsfremstilling
Udvalget ser ejendommen.
Beslutning
Godkendt.
"""


def test_site_visit_first_gives_start_time_and_both_places(read_file: ReadFile) -> None:
    (m,) = read_file("holbaek_teknik_referat.txt", _SITE_VISIT)
    assert m.start_time == "14:30"
    assert m.place == ("Besigtigelse: Strandvejen 3, 4300 Holbæk / Herefter: Mødelokale 2, "
                       "Holbæk Rådhus, Kanalstræde 2, 4300 Holbæk")
