"""A hundred and eighty-first round of layouts (round 181's blind files): section headings
that are abbreviated or not the usual words. A PDF whose labels stand in a left margin
column, cut short ("Bsl.", "Tidl. beh.:", "Forv. indstiller,"); a Word file whose labels
run into their paragraph in bold ("Administrationen indstiller, at …", "Anbefaling til
Byrådet: …", "Udvalget anbefaler, at …"); a text export with "Resultat:", "Drøftelse:"
and a wrapped "Tidl. behandlet:" field; a beslutningsprotokol whose items have no headings
and end with the bare outcome ("Tiltrådt."). Every text is written by the tests (other
towns, bodies and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para
from .pdf_files import pieces_pdf


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def _margin(rows: list[tuple[str, str]]) -> list[tuple[float, int, str]]:
    """A page's rows: a label in the margin column (or none) and the text beside it."""
    pieces = []
    for k, (label, text) in enumerate(rows):
        if label:
            pieces.append((15, k, label))
        if text:
            pieces.append((15 if not label and text[:1].isdigit() else 60, k, text))
    return pieces


def test_pdf_margin_labels_cut_short_head_their_sections(read_file: ReadFile) -> None:
    page = _margin([
        ("", "Ringsted Kommune"), ("", "Referat"), ("", "Plan- og Boligudvalget"),
        ("Mødedato:", "Mandag den 4. oktober 2021"), ("Mødetidspunkt:", "Kl. 16.00"),
        ("Medlemmer:", "Lise Holm (V), formand"), ("", "Ib Falk (A)"), ("", "Rut Bro (F)"),
        ("Afbud:", "Rut Bro (F)"),
        ("", "40. Lokalplan for Nørregade"), ("", "Sagsnr.: 21/300"),
        ("Tidl. beh.:", "Plan- og Boligudvalget 7. juni 2021, pkt. 22: Forslaget sendt i høring."),
        ("Sagsfr.:", "Forslaget har været i høring i otte uger."),
        ("Forv. indstiller,", "at lokalplanen vedtages endeligt."),
        ("Bsl.:", "Vedtaget, idet byggehøjden sænkes til 8,5 meter."),
        ("", "Fraværende: Rut Bro (F)"),
        ("", "41. Vejnavne i Kærehave"), ("", "Sagsnr.: 21/410"),
        ("Sagsfr.:", "Der skal navngives tre nye veje."),
        ("Indst.:", "Forvaltningen indstiller, at navnene godkendes."),
        ("Bsl.:", "For stemte: Lise Holm (V) og Ib Falk (A)."),
        ("", "Imod stemte: ingen. Godkendt."),
        ("", "Fraværende: Rut Bro (F)"),
    ])
    meeting, = read_file("ringsted_pbu_2021-10-04.pdf", pieces_pdf([page]))
    assert meeting.committee == "Plan- og Boligudvalget"
    assert str(meeting.date) == "2021-10-04"
    assert [i.number for i in meeting.items] == [40, 41]
    plan, roads = meeting.items
    assert plan.decision == "Vedtaget, idet byggehøjden sænkes til 8,5 meter."
    assert _section(plan, "Indstilling").endswith("lokalplanen vedtages endeligt.")
    assert [(t.committee, str(t.date), t.punkt) for t in plan.history] == [
        ("Plan- og Boligudvalget", "2021-06-07", 22)]
    assert not any(s.text.startswith("Tidl.") for s in plan.sections)
    assert plan.absentees == ["Rut Bro (F)"]
    assert roads.decision.startswith("For stemte: Lise Holm (V) og Ib Falk (A).")
    assert roads.votes["for"] == ["Lise Holm (V)", "Ib Falk (A)"]
    assert roads.absentees == ["Rut Bro (F)"]


def _run_in(label: str, text: str) -> str:
    """A paragraph opening with its bold label, the text in the same line."""
    return para(label, bold=True).replace("</w:p>", "") + para(text)[len("<w:p>"):]


def test_word_run_in_recommendation_and_recommendation_onward(read_file: ReadFile) -> None:
    raw = docx([
        para("Aabenraa Kommune"), para("Referat", bold=True),
        para("Børne- og Uddannelsesudvalget", bold=True),
        para("Mødedato: 9. april 2019"), para("Mødetidspunkt: 15:00"),
        para("Deltagere: Eva Lund (V), formand, Per Kold (S), Mia Dahl (A)"),
        para("Afbud: Mia Dahl (A)"),
        para("Pkt. 1\tTilskud til lejrskoler", bold=True), para("Sag nr.: 19/101"),
        _run_in("Sagsfremstilling:", " Skolerne søger om tilskud til lejrskoler."),
        _run_in("Administrationen indstiller,", " at puljen fordeles efter elevtal."),
        _run_in("Anbefaling til Byrådet:", " Anbefales."),
        para("Per Kold (S) stemte imod, idet han ønsker et fast beløb pr. skole."),
        _run_in("Fraværende: ", "Mia Dahl (A)"),
        para("Pkt. 2\tFerieåbning i daginstitutioner", bold=True), para("Sag nr.: 19/102"),
        _run_in("Sagsfremstilling:", " Der foreslås samlet ferieåbning i uge 29 og 30."),
        _run_in("Administrationen indstiller,", " at ordningen godkendes."),
        _run_in("Udvalget anbefaler,", " at ordningen godkendes med en evaluering i 2020."),
        _run_in("Fraværende: ", "Mia Dahl (A)"),
    ])
    meeting, = read_file("Referat BUU 09.04.2019.docx", raw)
    assert meeting.committee == "Børne- og Uddannelsesudvalget"
    assert len(meeting.items) == 2
    camps, holidays = meeting.items
    assert camps.decision.startswith("Anbefales.")
    assert camps.votes.get("imod") == ["Per Kold (S)"]
    assert camps.absentees == ["Mia Dahl (A)"]
    assert _section(camps, "Indstilling").startswith("Administrationen indstiller, at puljen")
    assert "indstiller" not in _section(camps, "Sagsfremstilling")
    assert holidays.decision == "at ordningen godkendes med en evaluering i 2020."
    assert holidays.absentees == ["Mia Dahl (A)"]


_TEXT = """NYBORG KOMMUNE
Referat
Fritids- og Idrætsudvalget
Dato: 14.03.2012
Tid: 16:30
Sted: Mødelokale 1, Nyborg Slot

Medlemmer:       Jan Beck (V), formand
                 Kim Nord (A)
                 Ulla Rask (O)
Afbud:           Ulla Rask (O)

------------------------------------------------------------------------------

Pkt. 12  Godkendelse af dagsorden
Sagsnr.: 12/0100

Resultat:        Godkendt.

Fraværende:      Ulla Rask (O)

------------------------------------------------------------------------------

Pkt. 13  Haltider 2012-2013 - drøftelse
Sagsnr.: 12/0555

Tidl. behandlet: Fritids- og Idrætsudvalget 15.02.2012, pkt. 8 -
                 foreningerne bedt om at melde ønsker ind.

Sagsfremst.:     Der er indkommet ønsker fra 14 foreninger.

Drøftelse:       Udvalget drøftede fordelingen af weekendtider.

Resultat:        Fordelingen godkendes med de aftalte ændringer.

Fraværende:      Ulla Rask (O)
"""


def test_text_result_and_discussion_labels_and_a_wrapped_history_field(
        read_file: ReadFile) -> None:
    meeting, = read_file("nyborg_fiu_2012-03-14_referat.txt", _TEXT)
    assert meeting.committee == "Fritids- og Idrætsudvalget"
    assert len(meeting.items) == 2
    agenda, halls = meeting.items
    assert agenda.decision == "Godkendt."
    assert agenda.absentees == ["Ulla Rask (O)"]
    assert halls.decision == "Fordelingen godkendes med de aftalte ændringer."
    assert _section(halls, "Behandling") == "Udvalget drøftede fordelingen af weekendtider."
    assert "Drøftelse" not in _section(halls, "Sagsfremstilling")
    assert [(t.punkt, t.text) for t in halls.history] == [
        (8, "foreningerne bedt om at melde ønsker ind.")]


def test_pdf_protocol_items_without_headings_end_with_the_bare_outcome(
        read_file: ReadFile) -> None:
    lines = ["Gribskov Kommune", "BESLUTNINGSPROTOKOL", "Teknisk Udvalg",
             "Mødedato: Tirsdag den 2. marts 2021", "Mødetidspunkt: Kl. 17.00",
             "Til stede: Bo Vang (A), formand, Lis Krog (V), Ole Hald (C)",
             "Fraværende: Ole Hald (C)", "",
             "20. Godkendelse af dagsorden", "J.nr. 00.01.00-A00-1-21", "", "Godkendt.",
             "Fraværende: Ole Hald (C)", "",
             "21. Vintertjeneste", "J.nr. 05.01.00-G01-2-21", "",
             "Vintertjenesten har kostet 2,1 mio. kr. mere end budgetteret.",
             "Direktionen indstiller, at orienteringen tages til efterretning.",
             "Taget til efterretning.", "Fraværende: Ole Hald (C)", "",
             "22. Salg af vejareal", "J.nr. 05.02.00-G01-3-21", "",
             "Et restareal ved Skovvej ønskes solgt til naboen for 40.000 kr.",
             "Direktionen indstiller, at arealet sælges.", "Tiltrådt.",
             "Fraværende: Ole Hald (C)"]
    meeting, = read_file("Beslutningsprotokol_TU_02032021.pdf",
                         pieces_pdf([[(20, k, ln) for k, ln in enumerate(lines) if ln]]))
    assert meeting.committee == "Teknisk Udvalg"
    assert [i.number for i in meeting.items] == [20, 21, 22]
    assert [i.decision for i in meeting.items] == [
        "Godkendt.", "Taget til efterretning.", "Tiltrådt."]
    sale = meeting.items[2]
    assert "restareal" in " ".join(s.text for s in sale.sections if s.name != "Beslutning")
    assert all(i.absentees == ["Ole Hald (C)"] for i in meeting.items)
