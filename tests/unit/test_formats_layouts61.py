"""A sixty-first round of layouts (round 61's blind files): a Prepare web page whose
heading styles the document's kind beside the committee and whose history has a heading
of its own, an EG PDF with its section labels in a narrow left column (a dated decision
label wrapped over three lines) and a vote remark after a dash, an Acadre web page whose
item fact row ends with the item's status, and an eDoc "Historik" heading. The PDFs are
written by `gen_formats61.py`; the HTML files by hand."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats61")


def test_prepare_web_heading_kind_label_is_no_part_of_the_committee() -> None:
    """`<h1>Kulturudvalget <span class="meeting-type">Referat</span></h1>`: the styled
    kind label is a line apart. Before: the committee was "Kulturudvalget Referat"."""
    m = one("05_prepare_web.html")
    assert (m.committee, m.date, m.doc_type) == ("Kulturudvalget", date(2024, 3, 12), "referat")


def test_prepare_web_earlier_treatment_heading_opens_the_history() -> None:
    """"Sagens tidligere behandling" over the earlier dated decisions is the history's
    heading. Before: it was glued onto the end of the Indstilling."""
    item = one("05_prepare_web.html").item(7)
    assert item.section("Indstilling") == "Direktionen indstiller, at hallen sælges."
    assert item.decision == "Anbefales."
    assert [(t.date, t.text) for t in item.history] == [(date(2024, 2, 6), "Udsat.")]


def test_eg_margin_decision_label_wrapped_over_three_lines() -> None:
    """"Beslutning i Kultur- og" / "Fritidsudvalget den" / "05.03.2024" in the margin
    column is one dated decision heading; the earlier one goes to the history. Before:
    the wrapped label was glued into every decision, the earlier one a decision too."""
    m = one("03_eg_margin.pdf")
    assert m.item(12).decision == "Godkendt."
    item = m.item(13)
    assert item.decision.startswith("Godkendt.\nFor stemte")
    assert [(t.committee, t.date, t.text) for t in item.history] == [
        ("Kultur- og Fritidsudvalget", date(2024, 2, 6), "Sagen blev udsat.")]


def test_vote_side_remark_after_a_dash_is_no_voter() -> None:
    """"Imod stemte: V (2) – formandens stemme var afgørende.": the count and the remark
    are no part of the party. Before: "V (2) – formandens stemme …" was a voter."""
    assert one("03_eg_margin.pdf").item(13).votes == {"for": ["A", "C"], "imod": ["V"]}


def test_acadre_web_fact_row_status_closes_the_item() -> None:
    """"Sagsnr.: 24/0912  Sagsbehandler: Ida Holm  Lukket punkt" under the title: the
    status ending the fact row closes the item. Before: the item was read as open."""
    m = one("06_acadre_web.html")
    assert [(i.number, i.journal_number, i.closed) for i in m.items] == [
        (1, "24/0311", False), (2, "24/0912", True)]


def test_edoc_historik_heading_opens_the_history() -> None:
    """"Historik" above the earlier decision line is the history's heading. Before: it
    stayed text, a stray section "Beskrivelse" holding the word "Historik"."""
    item = one("04_edoc_historik.pdf").item(41)
    assert "Beskrivelse" not in [s.name for s in item.sections]
    assert [(t.date, t.punkt, t.text) for t in item.history] == [
        (date(2024, 2, 6), 30, "Sagen blev udsat.")]


def test_acadre_web_earlier_decision_told_as_a_sentence_is_history() -> None:
    """"Tidligere beslutninger" holding "Kulturudvalget besluttede den 6. februar 2024, at
    …": the sentence is an entry of the history, its body and date read. Before: it
    stayed text only, the item's history empty."""
    item = one("06_acadre_web.html").item(1)
    assert [(t.committee, t.date) for t in item.history] == [
        ("Kulturudvalget", date(2024, 2, 6))]
    assert not item.decision
