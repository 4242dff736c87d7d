"""A thirty-seventh round of layouts: a meeting app's export with one row per section
("Punktnr / Overskrift / Felt / Indhold"), English minutes whose items are only numbered
("1. Approval of the agenda" / "Resolved"), and an agenda's approval printed as one
unlabelled sentence. Each read wrongly or not at all before."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.text_sections import approval_decision
from referat.domain import AgendaItem, Section

from .fixture_files import one_meeting

one = partial(one_meeting, "formats37")


def test_export_with_one_row_per_section() -> None:
    """"Nr;Titel;Lukket;Afsnit;Tekst": the rows sharing a number are one item, the
    field column names each row's section, a row without a number ("Afbud") is the
    head's; a quoted cell keeps its line breaks (the vote under the decision) and
    "Lukket" = "Ja" closes the item. Before: no item found, the file refused."""
    m = one("01_afsnit_pr_raekke.csv")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Børne- og Skoleudvalget", date(2025, 3, 12), "15:30", "referat",
        "Rådhuset, mødesal 2")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Skolestruktur 2026"),
        (3, "Klage over skoleanvisning"), (4, "Eventuelt")]
    assert [s.name for s in m.items[1].sections] == ["Sagsfremstilling", "Indstilling",
                                                     "Beslutning"]
    assert m.items[1].decision == "Forslaget sendes i høring.\nFor: A, SF\nImod: V"
    assert m.items[1].votes == {"for": ["A", "SF"], "imod": ["V"]}
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert [i.decision for i in (m.items[0], m.items[3])] == ["Godkendt.", "Intet."]
    assert ("Lise Holm (A)", "formand") in [(p.name, p.role) for p in m.participants]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Per Krog (V)"]


def test_english_minutes_with_numbered_items() -> None:
    """"1. Approval of the agenda" headings (no "Item 1"), English labels ("Venue:",
    "Present:", "Background", "Resolved", "In favour:"), "(closed item)" and a
    "Meeting of the Youth Council" title line. Before: committee and place with their
    English words, no participants, every item one description, no decision or vote."""
    m = one("02_english_numbered.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Youth Council", date(2024, 10, 8), "16:30", "referat", "Youth House, Room B")
    assert [i.title for i in m.items] == [
        "Approval of the agenda", "Skate park in the harbour area", "Grant for a young artist",
        "Any other business"]
    assert m.items[1].journal_number == "04.00.00-G01-3-24"
    assert [s.name for s in m.items[1].sections] == ["Sagsfremstilling", "Indstilling",
                                                     "Beslutning"]
    assert m.items[1].votes == {"for": ["Noah Berg", "Layla Omar", "Ali Karim"],
                                "imod": ["Freja Holt"]}
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert m.items[2].decision == "The grant was awarded."
    assert m.items[0].decision == "The agenda was approved without changes."
    assert not m.warnings  # ("Any other business" needs no decision)
    assert [(p.name, p.role) for p in m.participants if p.status == "deltog"][:2] == [
        ("Noah Berg", "formand"), ("Layla Omar", "næstformand")]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Emma Riis"]


def test_agenda_approval_as_one_unlabelled_sentence() -> None:
    """"Punkt 1: Godkendelse af dagsorden" / "Dagsordenen blev godkendt uden
    bemærkninger.": that sentence is the decision. Before: a description, and the
    warning "referat uden beslutning i punkt 1"."""
    m = one("03_dagsorden_godkendt.txt")
    assert m.items[0].decision == "Dagsordenen blev godkendt uden bemærkninger."
    assert m.items[1].decision == "Ældrerådet anbefaler standarden."
    assert not m.warnings


def test_agenda_approval_rule_needs_one_approving_sentence() -> None:
    """Only an approval item's single approving sentence is taken as its decision: a
    longer text, or another item's, stays the description."""
    def named(title: str, text: str) -> list[str]:
        item = AgendaItem(1, title, sections=[Section("Beskrivelse", text)])
        approval_decision(item)
        return [s.name for s in item.sections]
    assert named("Godkendelse af dagsorden", "Dagsordenen er godkendt.") == ["Beslutning"]
    assert named("Godkendelse af dagsorden", "Formanden bød velkommen. Dagsordenen blev "
                 "godkendt.") == ["Beskrivelse"]
    assert named("Godkendelse af dagsorden", "Punkt 4 udgår.") == ["Beskrivelse"]
    assert named("Budget 2025", "Budgettet blev godkendt.") == ["Beskrivelse"]
