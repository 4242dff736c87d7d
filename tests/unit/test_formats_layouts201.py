"""Round 201's layouts (round 201's blind files): minutes with a second language. Text
printed English first with the Danish label after the slash ("Decision / Beslutning",
"Against / Imod: …") and a case number printed Danish first; a wrapped bilingual title;
an English closed-item mark; markdown printed Danish first with German after the slash,
its meeting data and members in bilingual pipe tables, its votes and history entries
bilingual; an English summary under each item's decision. Every text is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

_ENGLISH_FIRST = """Vejle Kommune
Elevrådet / Pupils' Council
Referat / Minutes
Date / Dato: 3. oktober 2023
Time / Tid: 16.00 – 17.30
Place / Sted: Lokale 12, Skolevej 4, 7100 Vejle
1. Approval of agenda / Godkendelse af dagsorden
Decision / Beslutning
Approved. / Godkendt.
2. Approval of minutes of 2 May 2023 / Godkendelse af referat fra mødet den 2.
maj 2023
Decision / Beslutning
Approved. / Godkendt.
3. New rules for the canteen / Nye regler for kantinen
Sagsnr. / Case no.: 23/11223
Background / Baggrund
The council discussed the canteen's opening hours.
Decision / Beslutning
The rules were adopted. / Reglerne blev vedtaget.
For / For: Ida Holm, Bo Ravn, Kim Dal
Against / Imod: Lea Berg
Abstained / Undlod at stemme: Ole Bak
4. Closed item – pupil matter / Lukket punkt – elevsag
Decision / Beslutning
Recorded in the closed minutes. / Fremgår af det lukkede referat.
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_meetings(path)[0]


def _english_first(tmp_path: Path):
    return _read(tmp_path, "vejle_elevraad.txt", _ENGLISH_FIRST)


def test_english_first_labels_keep_the_danish_first_case_number(tmp_path: Path) -> None:
    meeting = _english_first(tmp_path)
    assert meeting.date == date(2023, 10, 3)
    assert len(meeting.items) == 4
    assert meeting.items[2].journal_number == "23/11223"
    assert meeting.items[2].title.startswith("New rules for the canteen")


def test_a_wrapped_bilingual_title_is_joined_whole(tmp_path: Path) -> None:
    title = _english_first(tmp_path).items[1].title
    assert "13" not in title and title.endswith("den 2. maj 2023")
    assert title.startswith("Approval of minutes of 2 May 2023 / ")


def test_bilingual_vote_labels_are_votes(tmp_path: Path) -> None:
    votes = _english_first(tmp_path).items[2].votes
    assert votes["for"] == ["Ida Holm", "Bo Ravn", "Kim Dal"]
    assert votes["imod"] == ["Lea Berg"]
    assert votes["undlod"] == ["Ole Bak"]


def test_an_english_closed_item_mark_closes_the_item(tmp_path: Path) -> None:
    items = _english_first(tmp_path).items
    assert items[3].closed and not items[2].closed


_DANISH_FIRST = """**Aabenraa Kommune**

# Referat / Protokoll

## Kulturudvalget / Kulturausschuss

|                  |                                                |
|------------------|------------------------------------------------|
| **Dato / Datum** | Tirsdag den 8. april 2025 / Dienstag, 8. April 2025 |
| **Tid / Zeit**   | Kl. 16.30 -- 18.00 / 16.30 -- 18.00 Uhr        |
| **Sted / Ort**   | Rådhuset, mødelokale 3                         |

### Deltagere / Teilnehmende

| Navn / Name   | Parti          | Funktion / Funktion   | Status               |
|---------------|----------------|-----------------------|----------------------|
| Eva Holm      | V              | Formand / Vorsitzende | Deltog / anwesend    |
| Ole Bak       | A              | Medlem / Mitglied     | Afbud / entschuldigt |
| Kim Dal       | C              | Medlem / Mitglied     | Deltog / anwesend    |

## 1. Godkendelse af dagsorden / Genehmigung der Tagesordnung

**Sagsnr. / Az.:** 25/1001

**Beslutning / Beschluss**

Godkendt. / Genehmigt.

## 2. Nyt musikhus / Neues Musikhaus

**Sagsnr. / Az.:** 25/1002

**Tidligere behandling / Frühere Behandlung**

- Kulturudvalget / Kulturausschuss, 11.03.2025, pkt. 4: Sagen blev udsat. / Die Sache wurde vertagt.

**Beslutning / Beschluss**

Anbefales. / Empfohlen.

For / Dafür: V og C

Imod / Dagegen: A
"""


def _danish_first(tmp_path: Path):
    return _read(tmp_path, "aabenraa_kultur.md", _DANISH_FIRST)


def test_bilingual_tables_give_place_time_and_members(tmp_path: Path) -> None:
    meeting = _danish_first(tmp_path)
    assert meeting.committee == "Kulturudvalget"
    assert meeting.date == date(2025, 4, 8)
    assert meeting.start_time == "16:30"
    assert meeting.place == "Rådhuset, mødelokale 3"
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {"Eva Holm (V)": ("deltog", "formand"), "Ole Bak (A)": ("afbud", "medlem"),
                      "Kim Dal (C)": ("deltog", "medlem")}


def test_danish_first_votes_and_history_entries(tmp_path: Path) -> None:
    item = _danish_first(tmp_path).items[1]
    assert item.votes == {"for": ["V", "C"], "imod": ["A"]}
    assert [(h.committee, h.date, h.punkt) for h in item.history] == [
        ("Kulturudvalget", date(2025, 3, 11), 4)]


def test_a_summary_in_english_is_its_own_section(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "kultur.txt", "Horsens Kommune\nReferat\nKultur- og Fritidsudvalget\n"
                    "Mødedato: 5. marts 2024\n1. Godkendelse af dagsorden\nBESLUTNING\n"
                    "Dagsordenen blev godkendt.\nSummary in English\n"
                    "The committee approved the agenda.\n2. Eventuelt\nBESLUTNING\nIntet.\n"
                    "Summary in English\nNo other business.\n")
    item = meeting.items[0]
    sections = {s.name: s.text for s in item.sections}
    assert sections["Beslutning"] == "Dagsordenen blev godkendt."
    assert "The committee approved the agenda." in sections["Sammendrag"]
