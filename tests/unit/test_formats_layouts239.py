"""Round 239's layouts (round 239's blind files): budget and economy meetings. A council's
PDF whose members' table (Navn | Parti | Bemærkning, one cell a line in the text layer) has
a departure note and a local list's name in its remark column; a portal's item whose
decision votes on amendments headed by the proposing party in brackets ("Ændringsforslag
nr. 1 (Ø): For stemte: …") before the budget's own vote, and whose closed items carry a
two-sentence notice with its legal ground; a `pdftotext -layout` export whose economy
table opens with a section's word as its first column head ("Forslag   2026   2027 …");
a markdown export whose items' facts row is set in italics part by part ("*Sagsnr.: …* ·
*Lukket punkt*"). Every text is written by the tests (other towns, bodies, names and
words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- a members' table one cell a line, its remark column holding notes of any kind --------

_MEMBERS_TABLE = """VESTBY KOMMUNE

Referat
Byrådet

Mødedato:       Tirsdag den 14. oktober 2025
Mødetidspunkt:  Kl. 18:00 – 22:10
Mødested:       Byrådssalen, Rådhuset, Torvet 1, 9990 Vestby

Deltagere
Navn
Parti
Bemærkning
Ida Holm
A
Borgmester
Ole Bak
V
Eva Lund
C
Forlod mødet kl. 20:30 – deltog ikke i pkt. 3-4
Bo Ry
Ø
Bylisten
Kim Sand
F
Per Dal
O
Afbud

Fra administrationen deltog kommunaldirektør Lis Krog (referent).

1. Godkendelse af dagsorden
Sagsnr.: 25/101

Beslutning i Byrådet den 14. oktober 2025:
Godkendt.

2. Budget 2026-2029
Sagsnr.: 25/102

Beslutning i Byrådet den 14. oktober 2025:
Vedtaget.

3. Takster 2026
Sagsnr.: 25/103

Beslutning i Byrådet den 14. oktober 2025:
Godkendt.

4. Meddelelser
Sagsnr.: 25/104

Beslutning i Byrådet den 14. oktober 2025:
Taget til efterretning.
"""


def test_departure_note_in_remark_column_does_not_end_the_members(read_file: ReadFile) -> None:
    """Before: the table ended at "Forlod mødet kl. 20:30 – …", so every member below it
    (Bo Ry, Kim Sand, the absent Per Dal) was lost."""
    (m,) = read_file("vestby-byraad-2025-10-14.txt", _MEMBERS_TABLE)
    people = _people(m)
    assert {"Ida Holm (A)", "Ole Bak (V)", "Eva Lund (C)", "Bo Ry (Ø)", "Kim Sand (F)",
            "Per Dal (O)"} <= people.keys()
    assert people["Per Dal (O)"][0] == "afbud"
    assert people["Bo Ry (Ø)"] == ("deltog", "")  # (the list's name is no role)


def test_remark_of_another_kind_between_rows_does_not_end_the_members(
        read_file: ReadFile) -> None:
    """Before: a remark the reader knew no word of ("Bylisten", the list a member was
    elected for) ended the table, and the members below it were lost."""
    text = _MEMBERS_TABLE.replace("Forlod mødet kl. 20:30 – deltog ikke i pkt. 3-4\n", "")
    (m,) = read_file("vestby-byraad-2025-10-14.txt", text)
    people = _people(m)
    assert people["Kim Sand (F)"] == ("deltog", "")
    assert people["Per Dal (O)"][0] == "afbud"


def test_departure_note_gives_the_items_missed(read_file: ReadFile) -> None:
    (m,) = read_file("vestby-byraad-2025-10-14.txt", _MEMBERS_TABLE)
    status, role = _people(m)["Eva Lund (C)"]
    assert status == "deltog"
    assert "deltog ikke i pkt. 3-4" in role and "20:30" in role
    assert "Eva Lund (C)" in _item(m, 3).absentees
    assert "Eva Lund (C)" in _item(m, 4).absentees
    assert "Eva Lund (C)" not in _item(m, 2).absentees


# --- amendments headed by the proposing party, then the budget's own vote ----------------

_AMENDMENTS = """Referat
Økonomiudvalget
Mødedato: 16. september 2025
Deltagere: Ane Vig (V), formand; Jens Kolt (A); Mia Hald (C); Sif Bro (Ø); Tom Eng (D)

1. Budget 2026-2029 – oversendelse til Byrådet
Sagsnr.: 25/2210

Beslutning
Ændringsforslag nr. 1 (Ø): For stemte: Ø (1). Imod stemte: V, A, C og D (4). \
Ændringsforslaget anbefales ikke.

Ændringsforslag nr. 2 (D): For stemte: D (1). Imod stemte: V, A og C (3). Undlod at stemme: \
Ø (1). Ændringsforslaget anbefales ikke.

Budget 2026-2029 med budgetaftalen: For stemte: V, A, C og D (4). Imod stemte: Ø (1).

Udvalget anbefaler Byrådet at vedtage budgettet med budgetaftalen.
"""


def test_amendment_headed_by_party_is_no_party_vote_line(read_file: ReadFile) -> None:
    """Before: "Ændringsforslag nr. 1 (Ø): For" was read as a vote a party a line
    ("Enhedslisten (Ø): For"), so the item's vote was "for: Ø" alone."""
    (m,) = read_file("oeu-2025-09-16.txt", _AMENDMENTS)
    assert _item(m, 1).votes == {"for": ["V", "A", "C", "D"], "imod": ["Ø"]}


# --- a layout text's table whose first head is a section's word ---------------------------

_HEAD_ROW = """Referat
Skole- og Familieudvalget
Mødedato: 19.08.2025

1. Budget 2026-2029 – udvalgets forslag
Sagsnr.: 25/7781

Sagsfremstilling
Udvalget har udarbejdet forslag til reduktioner. Nedenfor ses beløbene.
Forslag                                                2026          2027          2028
Reduktionsforslag
R-01 Færre vikartimer                                 ÷800        ÷1.100        ÷1.100
R-02 Samlet ledelse af to børnehuse                   ÷450          ÷900          ÷900
Reduktioner i alt                                   ÷1.250        ÷2.000        ÷2.000

Forslag                                                2026          2027          2028
Udvidelser i alt                                       300           300           300

Indstilling
Forvaltningen indstiller, at udvalget drøfter forslagene.

Beslutning Skole- og Familieudvalget den 19-08-2025
Forslagene oversendes til budgetseminaret.
"""


def test_table_head_row_beside_a_section_word_is_no_heading(read_file: ReadFile) -> None:
    """Before: "Forslag   2026   2027   2028" was a side heading "Forslag" (the
    Indstilling) with "2026 2027 2028" as its text, twice, so the table left the case
    text and the item had three Indstilling sections."""
    (m,) = read_file("sfu-2025-08-19.txt", _HEAD_ROW)
    item = _item(m, 1)
    assert [s.name for s in item.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert "R-02 Samlet ledelse af to børnehuse" in item.section("Sagsfremstilling")
    assert "Udvidelser i alt" in item.section("Sagsfremstilling")
    assert item.section("Indstilling") == (
        "Forvaltningen indstiller, at udvalget drøfter forslagene.")


# --- a markdown export's facts row, each fact in italics ---------------------------------

_MARKDOWN = """---
title: "Referat - Plan- og Miljøudvalget"
organisation: Skovlund Kommune
---

# Skovlund Kommune

## Referat – Plan- og Miljøudvalget

| | |
|---|---|
| **Mødedato** | Mandag den 6. oktober 2025 |
| **Mødetidspunkt** | 15:00 – 17:30 |
| **Mødested** | Mødelokale 2, Rådhuset |

### Medlemmer

- Karl Winther (V), formand
- Rikke Dam (A)
- Jonas Fly (C)

---

## Punkt 1: Godkendelse af dagsorden

*Sagsnr.: 2025-001120* · *Åbent punkt*

### Beslutning

Godkendt.

---

## Punkt 2: Ekspropriation til vejudvidelse

*Sagsnr.: 2025-004471* · *Lukket punkt*

*Punktet er behandlet for lukkede døre.*

### Beslutning

Godkendt som indstillet.
"""


def test_italic_facts_row_gives_case_number_and_closed_mark(read_file: ReadFile) -> None:
    """Before: the row's two italic parts were not read as a facts row: no case numbers,
    item 2 open, and the row itself a "Beskrivelse" of every item."""
    (m,) = read_file("pmu-2025-10-06.md", _MARKDOWN)
    first, second = _item(m, 1), _item(m, 2)
    assert (first.journal_number, first.closed) == ("2025-001120", False)
    assert (second.journal_number, second.closed) == ("2025-004471", True)
    assert [s.name for s in first.sections] == ["Beslutning"]
    assert [s.name for s in second.sections] == ["Beslutning"]


# --- a closed item's notice of two sentences, the legal ground after the second -----------

_CLOSED_NOTICE = """Referat
Økonomiudvalget
Mødedato: 16. september 2025
Deltagere: Ane Vig (V), formand; Jens Kolt (A)

1. Godkendelse af dagsorden
Sagsnr.: 25/2201

Beslutning
Godkendt.

2. Lukket punkt: Køb af ejendom ved havnen
Sagsnr.: 25/2290

Punktet er behandlet for lukkede døre. Sagens indhold offentliggøres ikke, jf. \
kommunestyrelseslovens § 10.

Beslutning
Anbefales over for Byrådet.
"""


def test_closed_notice_with_legal_ground_is_no_text(read_file: ReadFile) -> None:
    """Before: the second sentence's legal ground ("…, jf. kommunestyrelseslovens § 10.")
    kept the notice from being read as one, so it stayed the item's "Beskrivelse"."""
    (m,) = read_file("oeu-2025-09-16.txt", _CLOSED_NOTICE)
    item = _item(m, 2)
    assert item.closed
    assert [s.name for s in item.sections] == ["Beslutning"]
    assert item.decision == "Anbefales over for Byrådet."
