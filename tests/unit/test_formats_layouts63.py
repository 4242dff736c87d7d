"""A sixty-third round of layouts (round 63's blind files): a beslutningsprotokol whose
page header opens with the committee and the date and names the committee only in the
title line "fra ordinært møde i …", a regionsråd referat with an earlier body named by
its task ("Udvalg for nære tilbud den 6. maj 2024") and a page head "Punkt 2 (fortsat):
…", an EG Politikerweb print page with a link back to its contents under every item and
a chair who is mayor too, a council's own decision in its own minutes ("Ældrerådet kunne
ikke tiltræde …"), and minutes sent as an e-mail that say no substitute came and end with
the closing line and the mail's confidentiality notice. The PDFs and the .docx are
written by `gen_formats63.py`; the HTML and text files by hand."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats63")


def test_protocol_title_line_names_the_committee() -> None:
    """"Kulturudvalget, beslutningsprotokol, 4. marts 2024" over "fra ordinært møde i
    Kulturudvalget": the committee is Kulturudvalget. Before: "Ukendt udvalg", with a
    warning."""
    m = one("03_protokol.pdf")
    assert m.committee == "Kulturudvalget"
    assert not m.warnings
    assert [i.decision for i in m.items] == ["Godkendt.", "Indstillingen blev godkendt."]


def test_body_named_by_its_task_is_history() -> None:
    """"Udvalg for nære tilbud den 6. maj 2024" / "Anbefales." under the Indstilling: an
    earlier body's decision, in the item's history. Before: glued onto the Indstilling."""
    item = one("04_region.pdf").item(1)
    assert item.section("Indstilling") == (
        "Det indstilles, at der etableres en akutklinik i Vestby.")
    assert [(h.committee, h.date.isoformat(), h.text) for h in item.history] == [
        ("Udvalg for nære tilbud", "2024-05-06", "Anbefales."),
        ("Forretningsudvalget", "2024-05-14", "Anbefales.")]


def test_continued_page_head_with_mark_after_number_is_no_text() -> None:
    """"Punkt 2 (fortsat): Udviklingsstrategi" heading the next page: page furniture.
    Before: it stood inside the Sagsfremstilling."""
    item = one("04_region.pdf").item(2)
    assert "fortsat" not in item.section("Sagsfremstilling")
    assert item.decision == "Strategien blev vedtaget."


def test_print_page_link_to_contents_is_no_decision_text() -> None:
    """"Fraværende: Lis Holm (C)" / "Til indholdsfortegnelse" under each decision: the
    absence is the item's, the link the page's. Before: both ended every decision."""
    m = one("05_print.html")
    assert [i.decision for i in m.items] == ["Godkendt.", "Bevilget."]
    assert [i.absentees for i in m.items] == [["Lis Holm (C)"], ["Lis Holm (C)"]]


def test_role_with_office_in_brackets_keeps_both() -> None:
    """"Eva Dam (A), formand (borgmester)" in a list separated by semicolons: the chair
    who is mayor. Before: the role was only "borgmester"."""
    m = one("05_print.html")
    assert [(p.name, p.role) for p in m.participants][:2] == [
        ("Eva Dam (A)", "formand (borgmester)"), ("Karl Bo (V)", "næstformand")]


def test_councils_own_decision_is_no_members_vote() -> None:
    """"Ældrerådet kunne ikke tiltræde forslaget …" in the Ældreråd's own minutes: the
    council's decision, not a member voting against. Before: {"imod": ["Ældrerådet"]}."""
    item = one("07_raad.docx").item(40)
    assert item.decision.startswith("Ældrerådet kunne ikke tiltræde")
    assert item.votes == {}


def test_no_substitute_note_is_nobody() -> None:
    """"Afbud: Per Vang (V). Stedfortræder var ikke indkaldt.": one absent member and no
    substitute. Before: an attendee "var ikke" (stedfortræder) was invented."""
    m = one("08_mail.txt")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Eva Dam (A)", "deltog"), ("Karl Bo (V)", "deltog"), ("Lis Holm (C)", "deltog"),
        ("Ole Bak (A)", "deltog"), ("Per Vang (V)", "afbud")]


def test_mail_closing_line_and_notice_end_the_last_item() -> None:
    """"Mødet hævet kl. 20.30" and the mail's confidentiality notice after the last
    decision end the minutes. Before: they were part of the decision "Godkendt."."""
    m = one("08_mail.txt")
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt."]
    assert m.item(2).absentees == ["Per Vang (V)"]
