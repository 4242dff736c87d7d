"""A sixty-seventh round of layouts (round 67's blind files): a referat printed in a narrow
column whose dated decision headings wrap before their date; the members listed under
"Indkaldte:", one a line; a print page's members table with a role noted in brackets; a
Word members' table whose "Bemærkning" column says who sent apologies, under a
"Start/slut" field. The PDFs and the .docx are written by `gen_formats67.py`."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats67")


def test_indkaldte_list_one_name_a_line() -> None:
    """"Indkaldte:" over one member a line, then "Afbud: Ida Vang": the members are
    called to the meeting, the one in the "Afbud" line absent. Before: only the absent
    member was read, the list lost."""
    m = one("03_indkaldte.pdf")
    assert m.doc_type == "dagsorden"
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam": ("indkaldt", "formand"), "Karl Bo": ("indkaldt", "næstformand"),
                      "Lis Holm": ("indkaldt", ""), "Ida Vang": ("afbud", "")}


def test_members_table_role_with_note() -> None:
    """A "Navn | Rolle | Fremmøde" table whose first row's role has a note, "formand
    (borgmester)": every member is read. Before: the table ended at that row and only the
    absent member survived."""
    m = one("04_fremmoede.html")
    people = {p.name: p.status for p in m.participants}
    assert people == {"Eva Dam": "deltog", "Karl Bo": "deltog", "Ida Vang": "afbud",
                      "Lis Holm": "deltog"}
    assert m.participants[0].role.startswith("formand")


def test_word_table_remark_column_and_start_slut() -> None:
    """"Navn | Funktion | Bemærkning" with "Afbud" in one remark: the others took part,
    each with the role; "Start/slut: Kl. 16:00 – 18:00" gives the start. Before: only
    the absent member was read, without the role, and no start time."""
    m = one("05_bemaerkning.docx")
    assert m.start_time == "16:00"
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam": ("deltog", "formand"), "Karl Bo": ("afbud", "næstformand"),
                      "Lis Holm": ("deltog", "medlem")}


def test_wrapped_dated_decision_heading() -> None:
    """"Beslutning i Plan- og Miljøudvalget den" / "11.03.2025" in a narrow column is this
    meeting's decision heading, the one dated 21.01.2025 an earlier decision. Before: no
    heading was seen, the decisions were glued onto the Indstilling and the file read as
    a dagsorden."""
    m = one("01_smalspalte.pdf")
    assert m.doc_type == "referat"
    first = m.items[0]
    assert first.section("Indstilling") == "Administrationen indstiller, at planen godkendes."
    assert first.decision.startswith("Godkendt.")
    assert [(h.date.isoformat(), h.text) for h in first.history] == [
        ("2025-01-21", "Planen sendes i høring.")]
    assert first.votes == {"for": ["V", "A"], "imod": ["Ø"]}
    assert m.items[1].decision == "Intet."
    assert {p.status for p in m.participants} == {"deltog", "afbud"}


def test_earlier_decision_on_one_line_is_history() -> None:
    """"Tidligere beslutning – Skoleudvalget 05-11-2024" above this meeting's decision:
    the case's history, dated and by its body. Before: glued onto the Indstilling."""
    item = one("02_tidligere.pdf").items[0]
    assert item.section("Indstilling") == "Forvaltningen indstiller, at rapporten drøftes."
    assert [(h.committee, h.date.isoformat(), h.text) for h in item.history] == [
        ("Skoleudvalget", "2024-11-05", "Udvalget bad om et afsnit om fravær.")]
    assert item.decision == "Drøftet."


def test_earlier_treatment_line_in_markdown_is_history() -> None:
    """"*Tidligere behandlet: Bestyrelsen den 27. november 2024 – Budget 2025 godkendt.*":
    the earlier decision, its text after the dash. Before: part of the Indstilling."""
    item = one("06_bestyrelse.md").items[0]
    assert item.section("Indstilling") == "Direktionen indstiller, at takstbladet godkendes."
    assert [(h.committee, h.date.isoformat(), h.text) for h in item.history] == [
        ("Bestyrelsen", "2024-11-27", "Budget 2025 godkendt.")]


def test_board_meeting_title_and_role_cells() -> None:
    """"# Referat af bestyrelsesmøde i Lunde Vand A/S": the body is the company's board;
    a "Funktion" cell no role list knows ("Medarbejdervalgt", "Direktør") is the role,
    not part of the name. Before: the committee was "af bestyrelsesmøde i …" and the
    names read "Karl Bo Medarbejdervalgt"."""
    m = one("06_bestyrelse.md")
    assert m.committee == "Bestyrelsen (Lunde Vand A/S)"
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam": ("deltog", "formand"), "Karl Bo": ("deltog", "medarbejdervalgt"),
                      "Ida Vang": ("afbud", "medlem"), "Lis Holm": ("deltog", "direktør")}
