"""A sixty-eighth round of layouts (round 68's blind files): a JSON export with element
names of its own ("moede", "dagsordenspunkter", "felter" of "etiket" and "indhold",
"afgoerelse", "forloeb", "medlemmer" with "hverv" and "fremmoede"); items numbered by the
year's count ("31/2025    Title"); a Word table "Navn | Funktion" with "Medlem – afbud";
a portal's member cards and aria-hidden item numbers; a committee's name wrapped in the
title line; a print page naming its municipality only in its colophon. The PDFs and the
.docx are written by `gen_formats68.py`, the JSON and HTML written by hand."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats68")


def test_json_export_own_element_names() -> None:
    """An export whose items hold "sagsid", "felter" of "etiket"/"indhold", an
    "afgoerelse" mapping and a dated "forloeb", and whose members hold "hverv" and
    "fremmoede" ("Meldt afbud"): every item with its case, fields and decision, the file
    a referat, the members' roles and attendance, the earlier treatment as history.
    Before: the items had no text, so the file read as a dagsorden of members
    "indkaldt" without roles."""
    m = one("08_eksport.json")
    assert m.doc_type == "referat"
    assert [(i.number, i.journal_number, i.closed) for i in m.items] == [
        (1, "2025-0001", False), (2, "2025-0002", False), (3, "2025-0003", True)]
    first, second, third = m.items
    assert first.section("Indstilling") == "Dagsordenen godkendes."
    assert first.decision == "Godkendt."
    assert second.decision.startswith("Høringssvaret godkendt.")
    assert "Undlod" not in second.decision  # (a side no one took)
    assert [(h.date.isoformat(), h.text) for h in second.history] == [
        ("2025-01-14", "Rådet nedsatte en skrivegruppe.")]
    assert third.decision == "Drøftet."
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam": ("deltog", "formand"), "Karl Bo": ("afbud", ""),
                      "Lis Holm": ("deltog", "næstformand")}


def test_items_numbered_by_year_count() -> None:
    """Items headed "31/2025    Title" (and "31/2025" in the contents table), each with
    "Sagsnr." and an empty "BESLUTNING": items 31 and 32 with their case numbers, no
    decision, the file a dagsorden of members called. Before: one item numbered by the
    contents' page, "31/2025" its case number and the next item its decision text."""
    m = one("02_aarsnumre.pdf")
    assert m.doc_type == "dagsorden"
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (31, "Vejplan for regionen", "25001234"), (32, "Eventuelt", "25001235")]
    assert not any(i.decision for i in m.items)
    assert m.items[0].section("Indstilling") == "Administrationen indstiller, at planen godkendes."
    assert {p.status for p in m.participants} == {"indkaldt"}


def test_word_table_name_and_function_with_absence() -> None:
    """A Word table "Navn | Funktion" whose absent member's function reads "Medlem –
    afbud": the names from the first column, the role and attendance from the second.
    Before: the table was read as "Name: Function" lines, the functions taken for names
    and the members without a role lost."""
    m = one("06_navn_funktion.docx")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam (V)": ("deltog", "formand"), "Karl Bo (A)": ("afbud", "medlem"),
                      "Lis Holm (L)": ("deltog", "medlem")}


def test_member_cards_and_hidden_item_number() -> None:
    """Members as cards, each fact an element (name / party / role / "Deltog" or "Afbud"
    badge), and each item's number in an `aria-hidden` span beside the heading that
    says "Punkt N:" to a screen reader: names, roles and attendance from the cards, and
    no stray number at the end of the decision above. Before: each card was one name
    ("Eva Dam (C) Formand Deltog") without a role, and each decision ended in "\\n\\n2"."""
    m = one("04_kort.html")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam (C)": ("deltog", "formand"), "Karl Bo (A)": ("afbud", "medlem"),
                      "Lis Holm (V)": ("deltog", "næstformand")}
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Meddelelser", "Taget til efterretning."), (2, "Eventuelt", "Intet.")]


def test_committee_wrapped_in_title_line() -> None:
    """"Referat fra mødet i Udvalget for Det Lokale" / "Erhvervsliv", the running header
    printing "Udvalget for Det Lokale Erhvervsliv" on one line: the whole name. Before:
    the name was cut at the title line's end."""
    m = one("03_ombrudt_titel.pdf")
    assert m.committee == "Udvalget for Det Lokale Erhvervsliv"
    assert [i.number for i in m.items] == [1, 2]


def test_municipality_in_print_colophon() -> None:
    """A print page naming its municipality only below its last rule ("Udskrevet fra
    Vordingborg Kommunes dagsordensystem"): that municipality, the line still no text of
    the last item. Before: no municipality."""
    m = one("05_kolofon.html")
    assert m.municipality == "Vordingborg"
    assert m.items[-1].section("Indstilling") == (
        "Administrationen indstiller, at vejplanen godkendes.")
