"""Round 163: minutes in two languages, or partly in another language."""

from pathlib import Path

from ingest.formats.text import meetings_from_text


def _meeting(text: str, name: str = "referat.txt"):
    return meetings_from_text(text, Path(name), "tekst")[0]


_BRACKETED = """Vejby Kommune › English › Committee decisions
Decisions of the Social Committee [Socialudvalget]
Date [Dato] Monday 3 March 2025
Time [Tidspunkt] 16:00–18:00
Place [Mødested] Town Hall, Room 4 [Rådhuset, Lokale 4], Torvet 1, 9999 Vejby
Members present [Deltagere] Eva Ry (V), chair [formand]; Bo Dam (A); Ida Holm (F)
Absent [Afbud] Kim Lund (C)
21. Approval of the agenda [Godkendelse af dagsorden]
Decision [Beslutning]
The agenda was approved.
22. New day-care places in the north of the
municipality [Nye dagtilbudspladser i den nordlige
del af kommunen]
Case no. [Sagsnr.] 25/1001
Previous consideration [Tidligere behandling]
Children Committee [Børneudvalget], 4 February 2025, item 7: Recommended.
Recommendation [Indstilling]
The administration recommends that the places are created.
Decision [Beslutning]
Approved.
Ida Holm (F) declared herself disqualified [inhabil] and left the meeting during this item.
23. Closed item [Lukket punkt: Køb af grund]
This item was dealt with behind closed doors. [Punktet er behandlet for lukkede døre.]
24. Any other business [Eventuelt]
Decision [Beslutning]
Nothing to report.

Vejby Kommune · Torvet 1 · 9999 Vejby · +45 99 99 99 99 · post@vejby.dk
Published 5 March 2025.
"""


def test_english_page_with_danish_labels_in_brackets_is_read_as_its_danish_half():
    m = _meeting(_BRACKETED)
    assert m.committee == "Socialudvalget" and m.doc_type == "referat"
    assert m.date.isoformat() == "2025-03-03" and m.start_time == "16:00"
    assert [i.number for i in m.items] == [21, 22, 23, 24]
    assert m.items[1].title == "Nye dagtilbudspladser i den nordlige del af kommunen"
    assert m.items[1].journal_number == "25/1001"
    assert m.items[1].decision.startswith("Approved.")
    assert {p.name: p.role for p in m.participants}["Eva Ry (V)"] == "formand"
    assert m.items[3].decision == "Nothing to report."  # (the site's footer left out)


def test_english_history_line_and_disqualified_member():
    item = _meeting(_BRACKETED).items[1]
    assert [(h.committee, h.date.isoformat(), h.punkt) for h in item.history] == [
        ("Børneudvalget", "2025-02-04", 7)]
    assert item.absentees == ["Ida Holm (F)"]


def test_closed_items_notice_with_its_translation_is_no_decision():
    m = _meeting(_BRACKETED)
    assert m.items[2].closed and m.items[2].title == "Køb af grund"
    assert not m.items[2].sections and not m.items[2].decision
    text = ("Referat\nIntegrationsrådet\nDato: 7. november 2022\n\n"
            "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
            "2. Lukket punkt: Prisuddeling\n"
            "Punktet er lukket for offentligheden. This item is closed to the public.\n")
    closed = _meeting(text).items[1]
    assert closed.closed and not closed.decision and not closed.sections


_CROSS_BORDER = """Region Grænseland-Nordmark

REFERAT

af Regionsrådets 12. møde

Dato: Tirsdag den 26. november 2019

Til stede:

Navn | Institution | Funktion

Anna Berg | Amtspræsident, Kreis Nordmark | Formand

Per Holm | Borgmester, Haderslev Kommune | Næstformand

Lis Krag | Sønderborg Kommune |

Afbud: Dr. Hans Meier (Kreis Nordmark), Ole Brink (Tønder Kommune)

Punkt 1 Budget 2020

Az./J.nr.: RGN-2019-0117

Beslutning

Budget 2020 blev vedtaget.
"""


def test_cross_border_body_members_table_and_doctor_title():
    m = _meeting(_CROSS_BORDER)
    assert m.municipality == "Region Grænseland-Nordmark"  # (no member's home town)
    present = [p for p in m.participants if p.status == "deltog"]
    assert len(present) == 3 and {p.role for p in present} >= {"formand", "næstformand"}
    absent = [p.name for p in m.participants if p.status == "afbud"]
    assert absent[0].startswith("Dr. Hans Meier") and len(absent) == 2


def test_case_number_labelled_in_two_languages():
    assert _meeting(_CROSS_BORDER).items[0].journal_number == "RGN-2019-0117"


_YOUTH = """# Referat – Lyngby-Taarbæk Ungeråd

**Mødedato:** Mandag den 15. januar 2024, kl. 16.30
**Mødested:** Lyngby Rådhus, mødelokale 2

## Punkt 1: Grants from the youth pool

### Beslutning

Two grants were approved.

**Afstemning:**
For: Freja Lind, Noah Bech
Imod: Yusuf Kaya (wanted to give a partial grant)
Undlod: Emma Zhang (knows the applicants from school)

## Punkt 2: Any other business

### Beslutning

Nothing. (Noah Bech had left the meeting.)
"""


def test_municipality_spelled_in_full_over_its_town_hall():
    assert _meeting(_YOUTH, "ungeraad.md").municipality == "Lyngby-Taarbæk"


def test_voters_reason_in_brackets_is_no_part_of_the_name():
    votes = _meeting(_YOUTH, "ungeraad.md").items[0].votes
    assert votes["imod"] == ["Yusuf Kaya"] and votes["undlod"] == ["Emma Zhang"]


def test_english_sentence_saying_a_member_had_left_names_an_absentee():
    assert _meeting(_YOUTH, "ungeraad.md").items[1].absentees == ["Noah Bech"]
