"""A thirteenth round: layouts a helper wrote from other municipalities' habits — a closed
part numbered from 1 again, an unnumbered "Eventuelt" after the numbered items, a
markdown export whose labels stand alone in bold, YAML front matter, a line naming the
meeting under the committee ("fra ordinært møde", "Møde nr. 4/2021"), a cancelled
meeting, attendance written as sentences, a running header printed on two pages only, a
vote table in Word, a joint meeting of two committees, and a members' table whose
"Status" column holds the role. Each test failed on the code before this round."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.read import SkipFile
from referat.domain import Meeting

FIXTURES = Path(__file__).parent / "fixtures" / "formats13"


def _meeting(name: str) -> Meeting:
    (meeting,) = read_meetings(FIXTURES / name)
    return meeting


def _people(m: Meeting) -> list[tuple[str, str, str]]:
    return [(p.name, p.status, p.role) for p in m.participants]


# --- items lost, invented or merged -------------------------------------------------------

def test_a_closed_part_numbered_from_one_again_keeps_its_items() -> None:
    """"Lukket dagsorden" / "Lukket punkt 1: …" after items 1-4: two more items, closed,
    numbered on (a meeting cannot have two items 1) with their printed mark as their
    label, the title clean; "Eventuelt" keeps only its own decision."""
    m = _meeting("text_closed_part_renumbered.txt")
    assert [(i.number, i.closed) for i in m.items] == [
        (1, False), (2, False), (3, False), (4, False), (5, True), (6, True)]
    assert (m.item(4).title, m.item(4).decision, m.item(4).journal_number) == (
        "Eventuelt", "Intet.", None)
    assert (m.item(5).title, m.item(5).label, m.item(5).name) == (
        "Erhvervelse af areal til cykelsti, Bredsten", "lukket punkt 1", "lukket punkt 1")
    assert m.item(6).label == "lukket punkt 2"
    assert [i.label for i in m.items[:4]] == ["", "", "", ""]
    assert (m.item(5).journal_number, m.item(6).journal_number) == ("17/10112", "17/8841")
    assert m.item(5).decision.startswith("Godkendt som indstillet.")
    assert m.item(6).decision.startswith("Taget til efterretning.")


@pytest.mark.parametrize("name", ["text_unnumbered_first_and_last.txt",
                                  "markdown_bold_labels_alone.md",
                                  "markdown_rules_and_footer.md"])
def test_an_unnumbered_eventuelt_after_the_numbered_items_is_an_item(name: str) -> None:
    """(Since round 116 the unnumbered "Godkendelse af dagsorden" above item 1 is an item
    too: item 1, the printed numbers the others' labels.)"""
    m = _meeting(name)
    assert [(i.number, i.label, i.title) for i in m.items][-2:] == [
        (4, "3", "Orientering om vaccinationsindsatsen"), (5, "", "Eventuelt")]
    assert m.item(4).decision == "Orienteringen taget til efterretning."
    assert m.item(5).decision.startswith("Ole Kristensen orienterede om næste møde")
    assert (m.item(1).title, m.item(1).decision) == (
        "Godkendelse af dagsorden", "Dagsordenen blev godkendt.")


def test_markdown_labels_alone_in_bold_head_their_sections() -> None:
    """"### Punkt 1: …" with "**Sagsfremstilling**", "**Indstilling**", "**Beslutning**"
    on lines of their own: three sections, not one decision holding all of them."""
    m = _meeting("markdown_bold_labels_alone.md")
    item = m.item(2)  # (printed "Punkt 1", after the unnumbered opening item)
    assert [s.name for s in item.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert item.decision == "Taget til efterretning."
    assert m.item(3).decision == "Godkendt. Helle Borup (A) tog forbehold."


def test_rules_and_a_printed_footer_are_no_decision_text() -> None:
    m = _meeting("markdown_rules_and_footer.md")
    decisions = " ".join(i.decision for i in m.items)
    assert "---" not in decisions and "Udskrevet" not in decisions and "Side 1" not in decisions


def test_a_cancelled_meeting_is_named_as_such() -> None:
    with pytest.raises(SkipFile, match="mødet er aflyst"):
        read_meetings(FIXTURES / "text_cancelled.txt")


# --- wrong decision -----------------------------------------------------------------------

def test_a_running_header_printed_on_two_pages_is_no_decision_text() -> None:
    m = _meeting("text_page_header_twice.txt")
    assert all("14-05-2019" not in i.decision for i in m.items)
    assert m.item(2).decision == "Godkendt."
    # "Godkendt med 23 stemmer for." names nobody who voted for
    assert m.item(3).votes == {"imod": ["Thomas Kronborg (F)", "Steffen Nørgaard (Ø)"]}


def test_a_vote_table_in_word_keeps_its_columns() -> None:
    """Empty cells dropped and cells run together read "Dansk Folkeparti (O): 3" as if the
    party voted for; each figure now says its column."""
    m = _meeting("word_vote_table.docx")
    decision = m.item(2).decision
    assert "Dansk Folkeparti (O) – Imod: 3" in decision
    assert "SF (F) – Undlod: 2" in decision and "Venstre (V) – For: 6" in decision
    assert "I alt – For: 13, Imod: 5, Undlod: 2" in decision


def test_a_joint_meeting_names_each_committees_decision() -> None:
    m = _meeting("word_joint_meeting.docx")
    assert m.committee.startswith("Fællesmøde mellem Børne- og Skoleudvalget")
    decision = m.item(2).decision
    assert decision.index("Børne- og Skoleudvalget:") < decision.index("Godkendt.")
    assert decision.index("Kultur- og Fritidsudvalget:") < decision.index(
        "Godkendt, idet foreningerne inddrages")
    assert not any(p.name.startswith("fra ") for p in m.participants)  # group headings


# --- header -------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "committee", "day"), [
    ("text_meeting_line_under_committee.txt", "Teknik- og Miljøudvalget", date(2015, 3, 10)),
    ("text_meeting_number_line.txt", "Udvalget for Teknik", date(2021, 4, 20)),
    ("web_agenda_kind_line.html", "Bygge-, Plan- og Miljøudvalget", date(2025, 3, 3)),
])
def test_a_line_naming_the_meeting_is_not_part_of_the_committee(
        name: str, committee: str, day: date) -> None:
    """"REFERAT" / "fra ordinært møde", "Møde nr. 4/2021", "Dagsorden til ordinært møde"."""
    m = _meeting(name)
    assert (m.committee, m.date) == (committee, day)


def test_yaml_front_matter_and_a_bold_case_label() -> None:
    m = _meeting("markdown_front_matter.md")
    assert (m.committee, m.place) == ("Økonomiudvalget", "Fanø Rådhus, Skolevej 5-7, Nordby")
    assert [i.journal_number for i in m.items][1:4] == ["23/1988", "22/5120", "23/2201"]
    assert m.item(2).decision.startswith("Anbefales.")


# --- people -------------------------------------------------------------------------------

def test_attendance_written_as_sentences() -> None:
    """"Til stede var: A (V), B (S) og C (A); afbud fra D (O)." and "Desuden deltog E (V)
    som stedfortræder for D (O).\""""
    m = _meeting("text_attendance_sentences.txt")
    assert _people(m) == [
        ("Anne Mette Nielsen (V)", "deltog", ""), ("Bo Jensen (S)", "deltog", ""),
        ("Carsten Kragh (A)", "deltog", ""), ("Dorte Lund (O)", "afbud", ""),
        ("Erik Bundgaard (V)", "deltog", "stedfortræder for Dorte Lund (O)")]
    assert m.place == "Byrådssalen, Rådhuset, Centerparken 1, Ikast"


def test_a_substitute_named_in_the_sentence_after_the_absentee() -> None:
    """"Afbud: Kenneth Bo Hansen (V). I stedet deltog Flemming Eskildsen (V).\""""
    people = _people(_meeting("word_vote_table.docx"))
    assert ("Kenneth Bo Hansen (V)", "afbud", "") in people
    assert ("Flemming Eskildsen (V)", "deltog", "stedfortræder") in people


def test_a_members_table_whose_status_column_holds_the_role() -> None:
    m = _meeting("web_members_status_column.html")
    assert _people(m) == [
        ("Brian Lindeskov Jørgensen (A)", "deltog", "formand"),
        ("Mads Mathiesen (V)", "deltog", "næstformand"),
        ("Christina Thorholm (Ø)", "deltog", "medlem"),
        ("Jannich Petersen (C)", "afbud", ""),
        ("Trine Egetved (O)", "deltog", "medlem")]


def test_a_role_right_after_the_party() -> None:
    """"Kasper Glyrskov (A) formand, Ole Vind (V), …\""""
    m = _meeting("text_meeting_number_line.txt")
    assert _people(m)[0] == ("Kasper Glyrskov (A)", "deltog", "formand")


def test_a_numbered_recommendation_in_item_html_keeps_its_numbers(tmp_path: Path) -> None:
    """FirstAgenda bodies number the recommendation's points with `<ol>` (a `<p>` inside
    an `<li>` too); the decision refers to them by number, so the numbers are text."""
    import json

    body = ("<h3>Beslutning</h3><p>Indstillingens punkt 2 godkendt.</p><h3>Fremstilling</h3>"
            "<h4>Indstilling</h4><p>Administrationen indstiller,</p>"
            "<ol><li><p>at planen tages til efterretning</p></li>"
            "<li>at renoveringen udbydes for ét år ad gangen</li></ol>")
    meeting = {"Udvalg": {"Navn": "Økonomiudvalget"},
               "Moede": {"Dato": "2024-05-08T08:00:00+02:00", "Sted": "Rådhuset"},
               "Dagsordenpunkter": [{"Punktnummer": 1, "Navn": "Renoveringsplan",
                                     "Felter": [{"Html": body}]}]}
    path = tmp_path / "greve.json"
    path.write_text(json.dumps(meeting), encoding="utf-8")
    (m,) = read_meetings(path, municipality="Greve")
    assert m.item(1).section("Indstilling") == (
        "Administrationen indstiller,\n1. at planen tages til efterretning\n"
        "2. at renoveringen udbydes for ét år ad gangen")
