"""A hundred and seventieth round of layouts (round 170's blind files): numbering schemes
other than 1, 2, 3. A Word referat whose "3. Orienteringer" heading holds nothing but
its sub-items 3.1–3.2, each with its case number and decision; a typed text referat
whose items are lettered "Punkt A:" … with an item taken up again after a later one
("Punkt B (fortsat):"); an agenda PDF's text in Roman-numbered parts ("I. Sager til
beslutning", "II. Sager til orientering", "III. Lukket punkt") numbering their items
from 1 again, a running count "Sag 31/2024" under each heading. Every text is written
by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para


def _decision(item) -> str:
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


# --- a Word referat: a bare group heading over its sub-items ----------------------------

def _grouped_docx() -> bytes:
    body = [para("ODDER KOMMUNE"), para("Referat"), para("Natur- og Teknikudvalget"),
            para("Tid: onsdag den 12. april 2023 kl. 17.00 – 19.00"),
            para("Sted: Mødelokale 3, Rådhuset"),
            para("Til stede: Eva Holt (formand), Per Lund, Sif Kragh"),
            para("Afbud: Bo Munk"),
            para("1. Godkendelse af dagsorden", "Heading1"), para("Beslutning: Godkendt."),
            para("2. Orienteringer", "Heading1"),
            para("2.1 Vejarbejde på Søvej", "Heading2"), para("Sagsnr.: 23/0412"),
            para("Sagsfremstilling:"), para("Søvej lukkes i uge 20 og 21."),
            para("Beslutning: Taget til efterretning."),
            para("2.2 Ny affaldsplan", "Heading2"), para("Sagsnr.: 22/3310"),
            para("Sagsfremstilling:"), para("Planen sendes i høring i maj."),
            para("Beslutning: Udvalget ønsker en temadrøftelse i juni."),
            para("3. Lokalplan 17 for Skovbakken", "Heading1"),
            para("Sagsnr.: 01.02.05-P16-2-22"), para("Sagsfremstilling:"),
            para("Høringen er afsluttet uden indsigelser."), para("Beslutning: Anbefales."),
            para("4. Eventuelt", "Heading1"), para("Beslutning: Intet.")]
    return docx(body, styles={"Heading1": "heading 1", "Heading2": "heading 2"})


def test_sub_items_under_a_bare_group_heading_are_items(read_file: ReadFile) -> None:
    [meeting] = read_file("odder_ntu_12042023_referat.docx", _grouped_docx())
    assert meeting.committee == "Natur- og Teknikudvalget"
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Vejarbejde på Søvej", "Ny affaldsplan",
        "Lokalplan 17 for Skovbakken", "Eventuelt"]
    assert [i.number for i in meeting.items] == [1, 2, 3, 4, 5]
    assert [i.label for i in meeting.items] == ["", "2.1", "2.2", "3", "4"]
    assert [i.journal_number for i in meeting.items[1:3]] == ["23/0412", "22/3310"]
    assert _decision(meeting.items[2]) == "Udvalget ønsker en temadrøftelse i juni."


# --- a typed referat: lettered items, one taken up again later ---------------------------

_LETTERED = """FAVRSKOV KOMMUNE
Ældrerådet

REFERAT
=======

Møde i Ældrerådet onsdag den 6. oktober 2021 kl. 10.00-12.00
Sted: Mødelokale 1, Skovvej 20, 8382 Hinnerup

Til stede:
  Gurli Bach, formand (Ældre Sagen, Hinnerup)
  Ove Fisker, næstformand (valgt medlem)
  Lis Krog (valgt medlem)

Afbud:
  Ib Nørgaard (valgt medlem)


Punkt A: Godkendelse af dagsorden
---------------------------------
Beslutning:
Godkendt. Punkt B behandles i to dele.


Punkt B: Trafiksikkerhed ved plejecentrene
------------------------------------------
Sagsnr.: 21/20031

Sagsfremstilling:
Vejafdelingen har kortlagt krydsningerne ved de fire plejecentre.


Punkt C: Budget 2022
--------------------
Sagsnr.: 21/9911

Sagsfremstilling:
Formanden orienterede om budgetaftalen.

Beslutning:
Taget til efterretning.


Punkt B (fortsat): Trafiksikkerhed ved plejecentrene
-----------------------------------------------------
Drøftelse:
Rådet ønsker lys i fodgængerfeltet ved Engtoften.

Beslutning:
Ældrerådet anbefaler en hævet flade ved Engtoften.


Punkt D: Eventuelt
------------------
Lis Krog spurgte til busplanen.
"""


def test_lettered_items_and_a_continued_item_join_their_item(read_file: ReadFile) -> None:
    [meeting] = read_file("favrskov_aeldreraadet_06-10-2021_referat.txt", _LETTERED)
    assert (meeting.committee, meeting.date.isoformat()) == ("Ældrerådet", "2021-10-06")
    assert [i.label for i in meeting.items] == ["A", "B", "C", "D"]
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[1].title == "Trafiksikkerhed ved plejecentrene"
    assert _decision(meeting.items[1]) == "Ældrerådet anbefaler en hævet flade ved Engtoften."
    assert _decision(meeting.items[2]) == "Taget til efterretning."
    assert "fortsat" not in " ".join(s.text for s in meeting.items[2].sections)


def test_role_before_a_bracketed_body_stays_with_its_member(read_file: ReadFile) -> None:
    [meeting] = read_file("favrskov_aeldreraadet_06-10-2021_referat.txt", _LETTERED)
    people = {p.name.split(" (")[0]: (p.status, p.role) for p in meeting.participants}
    assert len(meeting.participants) == 4
    assert people["Gurli Bach"] == ("deltog", "formand")
    assert people["Ib Nørgaard"][0] == "afbud"


# --- an agenda in Roman-numbered parts, numbered from 1 again, a running count ---------

def _parts_agenda() -> str:
    def item(number: int, title: str, count: int, case: str, extra: list[str],
             before: tuple[str, ...] = ()) -> list[str]:
        return [f"{number}. {title}", f"Sag {count}/2024", f"J.nr.: {case}", *before,
                "Sagsfremstilling", *extra, "Indstilling",
                "Forvaltningen indstiller, at sagen godkendes.", "Beslutning"]
    lines = ["Randers Kommune", "Dagsorden", "Kulturudvalget",
             "Dato: Mandag den 9. september 2024", "Tidspunkt: Kl. 15.00",
             "Sted: Mødelokale 4, Rådhuset",
             "Medlemmer: Tina Holm (A) (formand), Ulrik Bay (V), Vera Kjær (C)",
             "Afbud: Ulrik Bay (V)", "",
             "I. Sager til beslutning",
             *item(1, "Tilskud til spillestedet", 31, "20.00.00-G01-4-24",
                   ["Spillestedet søger om 200.000 kr. til lyd og lys."]),
             *item(2, "Ny biblioteksplan", 32, "20.05.00-P22-1-24",
                   ["Planen samler filialerne i tre huse."], (
                       "Tidligere behandling", "Kulturudvalget, 5. februar 2024, punkt I.3: "
                       "Udvalget bad om en ny plan.")),
             "II. Sager til orientering",
             *item(1, "Besøgstal for museerne", 33, "20.10.00-K09-2-24",
                   ["Museerne havde 8 procent flere besøg end sidste år."]),
             *item(2, "Meddelelser", 34, "00.01.00-A00-9-24",
                   ["Formanden orienterer om aktuelle sager."]),
             "III. Lukket punkt",
             *item(1, "Forpagtning af cafeen", 35, "20.00.00-G01-9-24",
                   ["Sagen behandles for lukkede døre."])]
    return "\n".join(lines) + "\n"


def test_parts_numbered_again_are_one_agenda_in_reading_order(read_file: ReadFile) -> None:
    [meeting] = read_file("randers_kultur_2024-09-09_dagsorden.txt", _parts_agenda())
    assert [i.number for i in meeting.items] == [1, 2, 3, 4, 5]
    assert [i.title for i in meeting.items] == [
        "Tilskud til spillestedet", "Ny biblioteksplan", "Besøgstal for museerne",
        "Meddelelser", "Forpagtning af cafeen"]
    assert meeting.items[0].journal_number == "20.00.00-G01-4-24"
    assert [i.closed for i in meeting.items] == [False, False, False, False, True]
    assert meeting.items[2].label and meeting.items[4].label


def test_an_agenda_with_empty_decision_headings_stays_an_agenda(read_file: ReadFile) -> None:
    [meeting] = read_file("randers_kultur_2024-09-09_dagsorden.txt", _parts_agenda())
    assert meeting.doc_type == "dagsorden"
    assert not any(_decision(i) for i in meeting.items)  # ("III. Lukket punkt" is no decision)
    assert {p.name: p.status for p in meeting.participants}["Tina Holm (A)"] == "indkaldt"


def test_an_earlier_treatment_of_an_item_in_a_part(read_file: ReadFile) -> None:
    [meeting] = read_file("randers_kultur_2024-09-09_dagsorden.txt", _parts_agenda())
    [earlier] = meeting.items[1].history
    assert (earlier.committee, earlier.date.isoformat()) == ("Kulturudvalget", "2024-02-05")
    assert earlier.text == "Udvalget bad om en ny plan."
