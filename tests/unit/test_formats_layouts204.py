"""Round 204's layouts (round 204's blind files): joint and special meetings. A joint
meeting's head listing each body's members under the body's name, a member's row and
its attendance cell a line each, a member of both bodies twice; one decision per body
in an item ("Beslutning i X" / "Beslutning i Y", the second body the joint name's last
word); several members named away in one sentence wrapped over two lines; a dotted
members' list with a member present by telephone; a written procedure's Word head with
its decision date beside the answer deadline and "Medlemmer og modtagne svar" over the
answers table; a web page of a council's budget seminar whose title line names the
seminar, not the body, and whose sub-items "2a"/"2b" are printed above their titles.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para, table

_JOINT = """Kolding Kommune
Referat
Fællesmøde mellem Kultur- og Fritidsudvalget og Børne- og Skoleudvalget
Mødedato
Onsdag den 9. oktober 2024
Mødetidspunkt
Kl. 16.00 - 18.00
Mødested
Kolding Rådhus, Mødelokale 3
Deltagere
Kultur- og Fritidsudvalget
Ida Marie Holst (A), formand
Deltog
Bo Lykke Ravn (V)
Deltog
Karen Søgaard Dahl (C)
Afbud
Børne- og Skoleudvalget
Ole Bundgaard Nissen (F), formand
Deltog
Bo Lykke Ravn (V)
Deltog
Lise Toft Krogh (Ø)
Afbud
1. Fælles strategi for idræt i skolerne
Sagsnr.: 24/5501
Sagsfremstilling
Udvalgene drøfter en fælles strategi for idræt i skoletiden.
Beslutning i Kultur- og Fritidsudvalget
Godkendt.
Beslutning i Børne- og Skoleudvalget
Godkendt med bemærkning om økonomien.
2. Eventuelt
Sagsnr.: 24/5502
Beslutning
Intet.
Bo Lykke Ravn (V), Karen Søgaard Dahl (C) og Lise Toft Krogh (Ø) var
fraværende.
"""


def test_joint_meeting_members_read_by_body_each_once(read_file: ReadFile) -> None:
    (m,) = read_file("kolding_faellesmoede.pdf.txt", _JOINT)
    assert m.committee == ("Fællesmøde mellem Kultur- og Fritidsudvalget og "
                           "Børne- og Skoleudvalget")
    assert (m.date, m.start_time) == (date(2024, 10, 9), "16:00")
    got = [(p.name, p.status, p.role) for p in m.participants]
    assert got == [("Ida Marie Holst (A)", "deltog", "formand"),
                   ("Bo Lykke Ravn (V)", "deltog", ""),
                   ("Ole Bundgaard Nissen (F)", "deltog", "formand"),
                   ("Karen Søgaard Dahl (C)", "afbud", ""),
                   ("Lise Toft Krogh (Ø)", "afbud", "")]


def test_joint_meeting_gives_each_body_its_own_decision(read_file: ReadFile) -> None:
    (m,) = read_file("kolding_faellesmoede.pdf.txt", _JOINT)
    decisions = [s.text for s in m.items[0].sections if s.name == "Beslutning"]
    assert decisions == ["Kultur- og Fritidsudvalget:\nGodkendt.",
                         "Børne- og Skoleudvalget:\nGodkendt med bemærkning om økonomien."]


def test_wrapped_sentence_of_several_absent_members(read_file: ReadFile) -> None:
    (m,) = read_file("kolding_faellesmoede.pdf.txt", _JOINT)
    last = m.items[-1]
    assert last.absentees == ["Bo Lykke Ravn (V)", "Karen Søgaard Dahl (C)",
                              "Lise Toft Krogh (Ø)"]


_DOTTED = """GULDBORGSUND KOMMUNE

REFERAT
Økonomiudvalget - ekstraordinært møde

Dato:      Mandag den 4. april 2022
Start:     Kl. 08.00
Sted:      Rådhuset, Parkvej 37, Nykøbing F.

Medlemmer:
  Sara Holm Winther (A), formand .............. Deltog
  Jens Krog Ebbesen (V), næstformand .......... Deltog via Teams
  Anne Fog Lassen (C) ......................... Deltog
  Peter Bak Toft (Ø) .......................... Afbud

1. Godkendelse af dagsorden
Sagsnr.: 22/3001

Beslutning
Godkendt.
"""


def test_dotted_member_present_from_afar_keeps_role(read_file: ReadFile) -> None:
    (m,) = read_file("guldborgsund_oeu.txt", _DOTTED)
    got = [(p.name, p.status, p.role) for p in m.participants]
    assert got == [("Sara Holm Winther (A)", "deltog", "formand"),
                   ("Jens Krog Ebbesen (V)", "deltog", "næstformand"),
                   ("Anne Fog Lassen (C)", "deltog", ""),
                   ("Peter Bak Toft (Ø)", "afbud", "")]
    assert m.occasion == "ekstraordinært"


def _written() -> bytes:
    return docx([
        para("Skive Kommune"), para("REFERAT"), para("Sundhedsudvalget"),
        para("Skriftlig behandling"),
        para("Udsendt: Mandag den 1. februar 2021"),
        para("Svarfrist: Torsdag den 4. februar 2021 kl. 10.00"),
        para("Beslutningsdato: 04.02.2021"),
        para("Mødested: – (intet fysisk møde)"),
        para("Medlemmer og modtagne svar"),
        table([["Medlem", "Funktion", "Svar modtaget"],
               ["Hanne Vig Lund (A)", "Formand", "02.02.2021 kl. 09.10"],
               ["Kaj Rosendal Berg (V)", "Næstformand", "03.02.2021 kl. 14.05"],
               ["Tove Dam Skou (O)", "Medlem", "Intet svar – fraværende"]]),
        para("1. Godkendelse af dagsorden"), para("Sagsnr.: 21-000101"),
        para("Beslutning"), para("Godkendt.")])


def test_written_procedure_head_has_no_start_and_plain_body(read_file: ReadFile) -> None:
    (m,) = read_file("skive_sundhed_skriftlig.docx", _written())
    assert (m.committee, m.date, m.start_time) == ("Sundhedsudvalget", date(2021, 2, 4), None)
    # (the heading's "og modtagne svar" is no member)
    assert [p.name for p in m.participants] == ["Hanne Vig Lund (A)", "Kaj Rosendal Berg (V)",
                                                "Tove Dam Skou (O)"]


def _item(no: str, title: str, case: str, decision: str) -> str:
    return (f'<article><div class="item-head"><span class="item-no">{no}</span>'
            f'<h3>{title}</h3><div>Sagsnummer: {case}</div></div>'
            f'<div><h4>Sagsfremstilling</h4><p>Oplæg og drøftelse.</p>'
            f'<h4>Beslutning</h4><p>{decision}</p></div></article>')


_SEMINAR = ("<html><head><meta charset='utf-8'><title>Byrådet</title></head><body><main>"
            "<h1>Byrådet</h1><p>Referat – Temamøde (budgetseminar) om budget 2026</p>"
            "<dl><dt>Mødedato</dt><dd>Torsdag den 28. august 2025</dd>"
            "<dt>Mødetid</dt><dd>13:00 - 17:00</dd>"
            "<dt>Mødested</dt><dd>Fanø Kro, Strandvejen 1, 6720 Fanø</dd></dl>"
            + _item("1", "Velkomst", "25/0101", "Godkendt.")
            + _item("2", "Budgettets udgangspunkt", "25/0102", "Drøftet.")
            + _item("2a", "Oplæg fra Teknisk Udvalg", "25/0103", "Drøftet.")
            + _item("2b", "Oplæg fra Socialudvalget", "25/0104", "Drøftet videre.")
            + _item("3", "Tidsplan", "25/0105", "Godkendt.")
            + "</main></body></html>")


def test_seminar_page_files_under_its_body_with_lettered_items(read_file: ReadFile) -> None:
    (m,) = read_file("fanoe_byraad_budgetseminar.html", _SEMINAR)
    assert (m.committee, m.date, m.start_time) == ("Byrådet", date(2025, 8, 28), "13:00")
    got = [(i.number, i.label, i.title, i.journal_number) for i in m.items]
    assert got == [(1, "", "Velkomst", "25/0101"),
                   (2, "", "Budgettets udgangspunkt", "25/0102"),
                   (3, "2a", "Oplæg fra Teknisk Udvalg", "25/0103"),
                   (4, "2b", "Oplæg fra Socialudvalget", "25/0104"),
                   (5, "3", "Tidsplan", "25/0105")]
    assert [s.text for s in m.items[3].sections if s.name == "Beslutning"] == ["Drøftet videre."]
