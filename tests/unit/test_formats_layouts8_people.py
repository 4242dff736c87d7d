"""The eighth round, people and votes: party lists joined with "og", vote lines with a
count and a colon ("For stemte 2: Anne-Marie Tonnesen (C) og …"), an amendment voted on
before the recommendation, majorities and minorities ("Et flertal bestående af …"),
absent parties; members with their role in brackets or after " - ", semicolon lists that
wrap, part-time members and substitutes in the absence list, a members' table flattened to
lines and a heading after the absence line. Each failed before."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.members_table import members_table
from ingest.formats.people import decision_people
from ingest.formats.text import parse_minutes
from ingest.formats.text_people import participants_from_list

FIXTURES = Path(__file__).parent / "fixtures" / "formats8"
_ITEMS = ("\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
          "2. Budgetopfølgning\nBeslutning\nTaget til efterretning.\n")


def _people(meeting) -> list[tuple[str, str, str]]:
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_a_party_list_joined_with_og_names_each_party() -> None:
    assert decision_people("Indstillingen blev godkendt. For stemte 3 (A og V), imod stemte 1 "
                           "(SF). SF begrunder sin stemme.")[1] == {"for": ["A", "V"],
                                                                   "imod": ["SF"]}
    # "Undlod at stemme: 0": nobody abstained
    assert decision_people("Godkendt. For stemte 23 (V, A, F, C, D og O), imod stemte 2 (Ø). "
                           "Undlod at stemme: 0.")[1] == {
        "for": ["V", "A", "F", "C", "D", "O"], "imod": ["Ø"]}


def test_vote_lines_with_a_count_and_a_colon() -> None:
    assert decision_people(
        "Ansøgningen blev sat til afstemning:\n"
        "For stemte 2: Anne-Marie Tonnesen (C) og Thomas Steffensen (V).\n"
        "Imod stemte 3: Nick Lorentzen (A), Mette Bloch (F) og Kirsten Lunderød (Ø).")[1] == {
        "for": ["Anne-Marie Tonnesen (C)", "Thomas Steffensen (V)"],
        "imod": ["Nick Lorentzen (A)", "Mette Bloch (F)", "Kirsten Lunderød (Ø)"]}
    assert decision_people("Sagen blev sat til afstemning.\nFor stemte 14: V, A, C, F, D og O.\n"
                           "Imod stemte 1: Ø.")[1] == {"for": ["V", "A", "C", "F", "D", "O"],
                                                       "imod": ["Ø"]}
    # a list of names the PDF wrapped after a comma, a reason after "idet"
    votes = decision_people(
        "For stemte 5: Kristian Pihl Lorentzen (V), Søren Peschardt (C),\n"
        "Tina Lambrecht (A) og Lisbeth Lund Nielsen (F).\n"
        "Imod stemte 1: Helle Mortensen (Ø), idet Enhedslisten ikke ønsker flere skilte i det\n"
        "åbne land.\nFraværende: Ole Vind (O)")
    assert votes == (["Ole Vind (O)"], {
        "for": ["Kristian Pihl Lorentzen (V)", "Søren Peschardt (C)", "Tina Lambrecht (A)",
                "Lisbeth Lund Nielsen (F)"], "imod": ["Helle Mortensen (Ø)"]})
    # the labels without their colon, two votes in one paragraph
    assert decision_people("Udvalget godkendte forslaget. For stemte A, V og K. Imod stemte "
                           "DF, som ønskede en tredje model.")[1] == {
        "for": ["A", "V", "K"], "imod": ["DF"]}


def test_an_amendment_voted_on_before_the_recommendation() -> None:
    """The item's vote is the last one, the vote on the recommendation; nobody is for and
    against at once."""
    assert decision_people(
        "Et ændringsforslag fra Per Clausen (Ø) blev sat til afstemning: For stemte: Ø (1)\n"
        "Imod stemte: A, V, F og C (5)\nÆndringsforslaget faldt.\n"
        "Indstillingen blev herefter sat til afstemning:\nFor stemte: A, V, F og C (5)\n"
        "Imod stemte: Ø (1)\nFraværende: Jesper Kjær (V)") == (
        ["Jesper Kjær (V)"], {"for": ["A", "V", "F", "C"], "imod": ["Ø"]})
    # counted by party, in running text the PDF wrapped
    assert decision_people(
        "Et ændringsforslag fra Dansk Folkeparti blev sat til afstemning. For stemte 2 (O og D),"
        " imod stemte 12 (V, A, C og F), undlod at stemme 1\n(Ø). Ændringsforslaget bortfaldt."
        "\nØkonomiudvalgets indstilling blev herefter sat til afstemning. For stemte 13 (V, A, "
        "C, F\nog Ø), imod stemte 2 (O og D).")[1] == {
        "for": ["V", "A", "C", "F", "Ø"], "imod": ["O", "D"]}
    # a tie broken by the chair's vote, written "med 3 stemmer (L, V) mod 3 (A, Ø)"
    assert decision_people(
        "For stemte 3: Pernille Hammer (A) og Trine Egetved (Ø).\n"
        "Imod stemte 3: Anders Gerner Frost (L) og Kim Valentin (V).\n"
        "Forslaget bortfaldt, idet stemmerne stod lige.\n"
        "Administrationens indstilling blev herefter godkendt med 3 stemmer (L, V) mod 3 (A, Ø),"
        "\nidet formandens stemme var afgørende.")[1] == {"for": ["L", "V"], "imod": ["A", "Ø"]}
    # two members voting in one sentence
    assert decision_people(
        "Tina Rotbøll (A) stemte imod, Linda Heegaard (F) stemte for. Marc Genning (V) "
        "undlod at stemme.")[1] == {"imod": ["Tina Rotbøll (A)"], "for": ["Linda Heegaard (F)"],
                                    "undlod": ["Marc Genning (V)"]}


def test_votes_said_on_separate_lines_are_one_vote() -> None:
    assert decision_people("Godkendt.\nJens Hansen (A) stemte imod.\nBegrundelse: for dyrt.\n"
                           "Ole Hansen (V) stemte imod.")[1] == {
        "imod": ["Jens Hansen (A)", "Ole Hansen (V)"]}


def test_a_majority_and_a_minority() -> None:
    assert decision_people(
        "Godkendt.\nEt flertal bestående af A, C, V og F (8) stemte for indstillingen. Et "
        "mindretal\nbestående af Ø (1) stemte imod. O og B var fraværende.") == (
        [], {"for": ["A", "C", "V", "F"], "imod": ["Ø"]})
    assert decision_people(
        "Et flertal bestående af A, V og C anbefaler indstillingen.\nEt mindretal (SF) kunne "
        "ikke anbefale salget, idet SF ønsker grunden forbeholdt virksomheder.\n"
        "Afbud: Mette Ørum Andersen") == (
        ["Mette Ørum Andersen"], {"for": ["A", "V", "C"], "imod": ["SF"]})
    # a committee recommending is no voter
    assert decision_people("Økonomiudvalget anbefaler indstillingen.")[1] == {}


def test_absent_parties_are_no_absent_persons() -> None:
    assert decision_people("Godkendt. O og B var fraværende.")[0] == []
    assert decision_people("Godkendt.\nFinn Rudaizky (O) og Karin Friis Bach (B) var "
                           "fraværende.")[0] == ["Finn Rudaizky (O)", "Karin Friis Bach (B)"]


def test_a_role_in_brackets_after_the_party_one_member_a_line() -> None:
    m = parse_minutes(
        "Kultur- og Fritidsudvalget\nReferat\n"
        "Mødedato: 5. marts 2024 kl. 17.00\n"
        "Medlemmer:     Nick Lorentzen (A) (formand)\n"
        "               Thomas Steffensen (V) (næstformand)\n"
        "               Anne-Marie Tonnesen (C)\n" + _ITEMS)
    assert _people(m) == [("Nick Lorentzen (A)", "deltog", "formand"),
                          ("Thomas Steffensen (V)", "deltog", "næstformand"),
                          ("Anne-Marie Tonnesen (C)", "deltog", "")]
    m = parse_minutes("Plan- og Miljøudvalget\nMødedato: 4. marts 2024 kl. 13.00\n"
                      "Medlemmer: Jørgen Tousgaard (A) (formand), Frode Thule Jensen (V) "
                      "(næstformand), Karina Lilleør (A)\n" + _ITEMS)
    assert _people(m) == [("Jørgen Tousgaard (A)", "deltog", "formand"),
                          ("Frode Thule Jensen (V)", "deltog", "næstformand"),
                          ("Karina Lilleør (A)", "deltog", "")]


def test_a_role_after_a_dash_and_staff_in_brackets() -> None:
    people = participants_from_list(
        "Kristian Pihl Lorentzen (V) - formand, Mette Rask Andersen (A) - næstformand, Søren "
        "Peschardt (C), Jette Rau (erhvervschef), Kim Skov (DH Ringsted)")
    assert [(p.name, p.role) for p in people] == [
        ("Kristian Pihl Lorentzen (V)", "formand"), ("Mette Rask Andersen (A)", "næstformand"),
        ("Søren Peschardt (C)", ""), ("Jette Rau", "erhvervschef"),
        ("Kim Skov (DH Ringsted)", "")]


def test_a_semicolon_list_wrapped_onto_the_next_line() -> None:
    m = parse_minutes(
        "Økonomiudvalget\nMødedato: 7. maj 2024 kl. 07.45\n"
        "Deltagere: Anders Gerner Frost (L) (formand); Brian Arnfeldt (V) (næstformand); Kim "
        "Valentin (V);\nPernille Hammer (A); Pia Foght (C) (fraværende); Trine Egetved (Ø)\n"
        "Mødet startede kl. 07:50.\n" + _ITEMS)
    assert _people(m) == [("Anders Gerner Frost (L)", "deltog", "formand"),
                          ("Brian Arnfeldt (V)", "deltog", "næstformand"),
                          ("Kim Valentin (V)", "deltog", ""),
                          ("Pernille Hammer (A)", "deltog", ""),
                          ("Pia Foght (C)", "afbud", ""),
                          ("Trine Egetved (Ø)", "deltog", "")]


def test_part_time_members_and_a_substitute_in_the_absence_lines() -> None:
    m = parse_minutes(
        "Byrådet\nMødedato: 24. april 2024 kl. 18.30\n"
        "Til stede: Peder Chr. Kirkegaard (V), Karsten Filsø (F), Lene Hedegaard (F)\n"
        "Fraværende: Karsten Filsø (F) fra og med § 45\n"
        "Afbud: Helle Madsen (V), stedfortræder Anders Gammelgaard (V) indkaldt, Kirsten "
        "Lunderød (Ø) - deltog fra punkt 3\n" + _ITEMS)
    assert _people(m) == [("Peder Chr. Kirkegaard (V)", "deltog", ""),
                          ("Karsten Filsø (F)", "deltog", "fraværende fra og med § 45"),
                          ("Lene Hedegaard (F)", "deltog", ""),
                          ("Helle Madsen (V)", "afbud", ""),
                          ("Anders Gammelgaard (V)", "deltog", "stedfortræder for Helle Madsen"),
                          ("Kirsten Lunderød (Ø)", "deltog", "deltog fra punkt 3")]
    (filso,) = participants_from_list("Karsten Filsø (F) fra og med § 45", "afbud")
    assert (filso.name, filso.status, filso.role) == (
        "Karsten Filsø (F)", "deltog", "fraværende fra og med § 45")


def test_a_members_table_flattened_to_lines_is_read_by_its_header() -> None:
    (m,) = read_meetings(FIXTURES / "people_table_header.txt")
    assert _people(m) == [("Hans-Ole Sørensen (A)", "deltog", "formand"),
                          ("Pia Tiedemann (V)", "deltog", "næstformand"),
                          ("Jens Kjeldsen (F)", "deltog", ""),
                          ("Hanne Buhl (A)", "afbud", ""),
                          ("Paw Karslund (C)", "deltog", "")]
    assert m.items[1].votes == {"imod": ["Jens Kjeldsen (F)"]}
    # the helper a header with labels may call on the rows under "Medlemmer"
    people, used = members_table(["Navn Parti Rolle Fremmøde", "Hans-Ole Sørensen A Formand "
                                  "Til stede", "Hanne Buhl A Afbud", "Side 1 af 6"])
    assert [(p.name, p.status, p.role) for p in people] == [
        ("Hans-Ole Sørensen (A)", "deltog", "formand"), ("Hanne Buhl (A)", "afbud", "")]
    assert used == 3


def test_a_markdown_members_table_is_read_by_its_header() -> None:
    (m,) = read_meetings(FIXTURES / "people_markdown_table.md")
    assert _people(m) == [("Peder Chr. Kirkegaard (V)", "deltog", "formand"),
                          ("Lone Lyngbak (A)", "deltog", "næstformand"),
                          ("Torben Bisgaard Andersen (A)", "afbud", "medlem"),
                          ("Jens Lauritsen (K)", "deltog", "")]


def test_a_heading_after_the_absence_line_is_no_person() -> None:
    m = parse_minutes(
        "Børne- og Ungeudvalget\nReferat\nMødedato: 12. marts 2024, kl. 08:30\n"
        "Mødedeltagere\nLasse Frimand Jensen (A), formand\nJesper Kjær (V)\n"
        "Afbud: Jesper Kjær (V)\nIndholdsfortegnelse\n" + _ITEMS)
    assert _people(m) == [("Lasse Frimand Jensen (A)", "deltog", "formand"),
                          ("Jesper Kjær (V)", "afbud", "")]
    # (an empty "Fraværende:" label whose value a layout took from the heading below it)
    assert participants_from_list("Indholdsfortegnelse", "afbud") == []
