"""Round 129 (blind .doc files made from Word templates): the classes found beyond the
.doc reader itself (its text boxes and check boxes: `test_formats_word97.py`)."""

from __future__ import annotations

import pytest

from ingest.formats.table_text import table_paragraphs

from .conftest import ReadFile

_HEAD = """Social- og Sundhedsudvalget
DAGSORDEN
Mødedato: Onsdag den 7. november 2007
{line}
Medlemmer
{members}

Punkt 1 Godkendelse af dagsorden

Indstilling: Det indstilles, at dagsordenen godkendes.
"""


def _members(read_file: ReadFile, line: str, members: str) -> list[tuple[str, str]]:
    (m,) = read_file("dagsorden.txt", _HEAD.format(line=line, members=members))
    return [(p.name, p.status) for p in m.participants]


def test_where_to_send_apologies_names_no_absentee(read_file: ReadFile) -> None:
    people = _members(read_file, "Afbud meldes til: Udvalgssekretær Lene Mortensen",
                      "Jens Ole Kjær (V)\nInger Dahl Sørensen (A)")
    assert people == [("Jens Ole Kjær (V)", "indkaldt"), ("Inger Dahl Sørensen (A)", "indkaldt")]
    # (a label of its own still names one)
    people = _members(read_file, "Afbud: Søren Ravn (C)", "Jens Ole Kjær (V)")
    assert ("Søren Ravn (C)", "afbud") in people


def test_a_members_table_row_with_an_empty_cell_stays_a_row_of_its_columns() -> None:
    rows = [[["Navn"], ["Parti"], ["Funktion"]],
            [["Jens Ole Kjær"], ["V"], ["formand"]],
            [["Poul Kristian Munk"], ["V"], []]]
    lines = [text for text, _ in table_paragraphs(rows)]
    # not "Poul Kristian Munk: V", a label and its value
    assert lines == ["Navn | Parti | Funktion", "Jens Ole Kjær | V | formand",
                     "Poul Kristian Munk | V | "]


def test_members_of_a_column_table_with_empty_functions_are_all_read(
        read_file: ReadFile) -> None:
    people = _members(read_file, "", "Navn | Parti | Funktion\nJens Ole Kjær | V | formand\n"
                      "Poul Kristian Munk | V | \nSøren Ravn | C | ")
    assert [name for name, _ in people] == ["Jens Ole Kjær (V)", "Poul Kristian Munk (V)",
                                            "Søren Ravn (C)"]


_ITEMS = """Teknisk Udvalg
Referat af mødet mandag den 13. juni 2005 kl. 17.00
1. Godkendelse af dagsorden
Beslutning:
Godkendt.
2. Budget 2006
Beslutning:
Indstillingen godkendt.
3. Meddelelser
{first}
Beslutning:
Til efterretning.
"""


@pytest.mark.parametrize("first", [
    "Meddelelser:\nHovedstadens Udviklingsråd har sendt Trafikplan 2005 i høring.",  # its label
    "a) Hovedstadens Udviklingsråd har sendt Trafikplan 2005 i høring.",  # its text's list
])
def test_an_item_whose_text_opens_with_a_label_or_a_lettered_point(read_file: ReadFile,
                                                                    first: str) -> None:
    # (a table's rows as text have no blank lines between them: the heading's next line
    # is no part of its title)
    (m,) = read_file("referat.txt", _ITEMS.format(first=first))
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Budget 2006"), (3, "Meddelelser")]
    assert m.items[1].sections[-1].text == "Indstillingen godkendt."
