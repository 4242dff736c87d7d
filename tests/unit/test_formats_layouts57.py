"""A fifty-seventh round of layouts (round 57's blind files): an Acadre print's decisions
labelled by the body and the date in a left margin column, a case officer's fact row
under every title, a Word members' table "Navn | Område | Fremmøde", a one-line vote with
both sides, a web page's closed item marked by a lock icon before its number, a Word
letterhead's second line, a participant list wrapped before its last name, and a staff
line under the members. The PDFs and the .docx are written by `gen_formats57.py`; the
text and HTML files by hand."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats57")


def _people(m) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in m.participants]


def test_margin_column_body_and_date_label_heads_the_decision() -> None:
    """An Acadre-style referat whose decisions are labelled in a left margin column by the
    body and the date, the body's name wrapped in the column ("Kultur- og" /
    "Fritidsudvalget," / "02-10-2025"): this meeting's decision, the earlier date's its
    history, and the minutes a referat. Before: a dagsorden without decisions, the labels
    glued into the text above them."""
    m = one("09_margenkolonne.pdf")
    assert (m.committee, m.date, m.doc_type) == (
        "Kultur- og Fritidsudvalget", date(2025, 10, 2), "referat")
    assert [(i.number, i.decision) for i in m.items] == [
        (12, "Godkendt."), (13, "Ansøgningen imødekommes.")]
    assert [(h.committee, h.date, h.text) for h in m.item(13).history] == [
        ("Kultur- og Fritidsudvalget", date(2025, 9, 4), "Sagen udsættes til næste møde.")]
    assert m.item(13).section("Sagsfremstilling") == (
        "Spejderne søger om 80.000 kr. til et nyt tag.")


def test_case_officer_fact_row_is_no_item_text() -> None:
    """An EG agenda's fact rows under every title ("Sagsnr.: …", "Sagsbehandler: Eva Holm
    Afdeling: Kultur og Fritid", "Sagsansvarlig: …"), under a closed item's "Lukket punkt"
    too: the case number, and no "Beskrivelse" holding the officer. Before: every item's
    "Beskrivelse" was the officer's line, the closed item's only text."""
    m = one("02_sagsbehandler.txt")
    assert [(i.number, i.journal_number, i.closed) for i in m.items] == [
        (41, "25/00112", False), (42, "25/09077", True), (43, "25/03310", False)]
    assert [[s.name for s in i.sections] for i in m.items] == [
        ["Indstilling"], [], ["Sagsfremstilling"]]


def test_word_members_table_with_an_area_column() -> None:
    """A Word referat's members in a table "Navn | Område | Fremmøde": each member with the
    area in brackets, the role from "(formand)", present or absent by the last cell; the
    staff line below is no member. Before: the last member "afbud", the area and the word
    "Deltog" absent persons, the others and the staff member glued or lost."""
    m = one("10_omraade.docx")
    assert (m.committee, m.date, m.doc_type) == ("Ældrerådet", date(2025, 3, 14), "referat")
    assert _people(m) == [("Karen Bøgh (Vestby)", "deltog", "formand"),
                          ("Ole Sand (Nørre Lunde)", "afbud", ""),
                          ("Grete Holm (Vestby)", "deltog", "")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Rådet afgiver høringssvar."]


def test_one_line_vote_keeps_both_sides() -> None:
    """A portal page's decision with both sides of a vote in one line, "Stemte for: A, F
    og Ø. Stemte imod: V og O.": for A, F, Ø and against V, O. Before: one side "for"
    whose last party was "Ø. Stemte imod: V", the against side lost."""
    m = one("05_portal_stemmer.html")
    assert (m.committee, m.date, m.doc_type) == ("Teknik og Miljø", date(2025, 3, 11), "referat")
    assert m.item(7).votes == {"for": ["A", "F", "Ø"], "imod": ["V", "O"]}
    assert m.item(7).decision.startswith("Godkendt.")


def test_lock_icon_in_a_summary_closes_its_item() -> None:
    """A DocuNote-style page whose items are `<details>`, each headed by a `<summary>`
    "N. Title <small>Sagsnummer: …</small>", the closed one marked only by an SVG lock
    (aria-label "Lukket punkt") before its number: the item of its own, closed, its title
    and case number as the others'. Before: the closed item lost, glued into the item
    above it ("… godkendes. Lukket punkt 2. Lejemål …")."""
    m = one("07_laasikon.html")
    assert (m.committee, m.date, m.doc_type) == ("Kultur og Fritid", date(2025, 4, 9), "dagsorden")
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/001001", False),
        (2, "Lejemål i idrætshallen", "25/002002", True),
        (3, "Meddelelser", "25/001001", False)]
    assert m.item(1).section("Indstilling") == "Direktionen indstiller, at dagsordenen godkendes."


def test_staff_line_under_the_members_is_no_participant() -> None:
    """An SBSYS-style referat: bullet lists under "Deltagere:" and "Fraværende:", then
    "Fra administrationen deltog: Kulturchef Tove Ravn og sekretær Lise" / "Bruun
    (referent).": the members alone, the one absentee "afbud". Before: one more person
    "Kulturchef Tove Ravn og sekretær Lise", absent."""
    m = one("03_administrationen.pdf")
    assert (m.committee, m.date, m.start_time) == (
        "Folkeoplysningsudvalget", date(2025, 5, 20), "17:00")
    assert _people(m) == [("Mads Holt (V)", "deltog", "formand"),
                          ("Rita Dam (Lunde Idrætsråd)", "deltog", ""),
                          ("Ib Lund (A)", "deltog", ""), ("Kim Hauge (Ø)", "afbud", "")]


def test_letterhead_contact_line_and_a_list_wrapped_before_its_last_name() -> None:
    """A local council's minutes from Word: the letterhead "Vestby Lokalråd" over "Lokalråd
    i Lunde Kommune · www.… · post@…", and "Til stede: …, Mia Sand" / "og Eva Bak": the
    body is the letterhead's name, the municipality Lunde, and Eva Bak present. Before:
    the contact line glued to the body's name, Eva Bak lost."""
    m = one("08_brevhoved.pdf")
    assert (m.municipality, m.committee, m.date, m.start_time, m.place) == (
        "Lunde", "Vestby Lokalråd", date(2025, 6, 4), "19:30", "Vestby Forsamlingshus")
    assert _people(m) == [("Anna Holm", "deltog", "formand"), ("Bo Krog", "deltog", "kasserer"),
                          ("Jens Lind", "deltog", ""), ("Mia Sand", "deltog", ""),
                          ("Eva Bak", "deltog", ""), ("Lars Dahl", "afbud", "")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Mia og Eva står for festen."]
