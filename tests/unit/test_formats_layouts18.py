"""An eighteenth round: more systems' PDF prints — an Acadre print with "Punkt 3" alone
and "Sag: Title" below it, an agenda whose title ends with a town's abbreviation
("Nykøbing Sj."), an extraordinary meeting signed digitally, a council's members as a
wrapped paragraph, a members list with one "- fraværende" and a "Stedfortræder" heading,
a "Medlemmer" heading under labels without colons. Each test failed on the code before
this round. The documents are synthetic."""

from __future__ import annotations

from referat.domain import Meeting

from .fixture_files import one_meeting


def _meeting(name: str) -> Meeting:
    return one_meeting("formats18", name)


def _people(m: Meeting) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


def test_punkt_alone_then_a_sag_label_with_the_title() -> None:
    """"Punkt 3" / "Sag: Takster for hjemmepleje og madservice 2025". Before: one item,
    numbered 3 and titled by an attachment line, with items 4 and 5 in its decision."""
    m = _meeting("pdf_punkt_then_sag_title.pdf")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert m.item(3).title == "Takster for hjemmepleje og madservice 2025"
    assert m.item(4).title == "Salg af erhvervsgrunde i Rødkærsbro"


def test_a_title_ending_with_a_towns_abbreviation_is_a_title() -> None:
    """"5. Udvidelse af aflastningspladser i Nykøbing Sj." in an agenda. Before: the
    title's dot made it a sentence, item 5 became item 4's decision, and the agenda
    was read as minutes."""
    m = _meeting("pdf_agenda_title_ends_with_town_abbreviation.pdf")
    assert m.doc_type == "dagsorden"
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6, 7]
    assert m.item(5).title == "Udvidelse af aflastningspladser i Nykøbing Sj."


def test_an_extraordinary_meeting_signed_digitally() -> None:
    """"Referat af ekstraordinært møde i Økonomiudvalget", "Tidspunkt kl. 7.45 - 8.15",
    "Morten S. Petersen (C) deltog ikke.", "Referatet er godkendt ved digital
    underskrift." Before: the committee began "Referat af …", no time was read, the
    absentee was "Morten S" and the signing line ended the decision."""
    m = _meeting("pdf_extraordinary_meeting_signed_digitally.pdf")
    assert (m.committee, m.start_time) == ("Økonomiudvalget", "07:45")
    assert m.item(1).absentees == ["Morten S. Petersen (C)"]
    assert m.item(1).decision.endswith("Morten S. Petersen (C) deltog ikke.")


def test_a_councils_members_as_a_paragraph_wrapped_anywhere() -> None:
    """"…, Bettina Jensen" / "(A), Jørgen Mortensen (A), …, Ole" / "Christensen (A), …",
    and "Rikke Holm (C) - stedfortræder Anders Tved (C) indkaldt" under "Fraværende:".
    Before: 19 of 24 members were lost and Rikke Holm was present."""
    m = _meeting("pdf_council_members_paragraph_wrapped.pdf")
    people = _people(m)
    assert len([p for p in people.values() if p[0] == "deltog"]) == 24
    assert people["Bettina Jensen (A)"] == people["Ole Christensen (A)"] == ("deltog", "")
    assert people["Rikke Holm (C)"] == ("afbud", "")
    assert people["Anders Tved (C)"] == ("deltog", "stedfortræder")
    assert people["Jakob Sand (L)"] == ("afbud", "")


def test_one_member_marked_absent_among_plain_lines_and_a_substitute_heading() -> None:
    """"Medlemmer" / one a line, "Mette Lund (A) - fraværende" among them, then
    "Stedfortræder" / "Ole Nielsen (A) for Mette Lund (A)". Before: the members were
    glued into one absent person and "Stedfortræder" was a participant."""
    people = _people(_meeting("pdf_members_one_marked_absent_and_substitute_heading.pdf"))
    assert people == {
        "Ib Lauritsen (V)": ("deltog", "formand"), "Kristine Rossen (A)": ("deltog", ""),
        "Jacob Schmidt (V)": ("deltog", ""), "Bent Skovgaard (C)": ("deltog", ""),
        "Mette Lund (A)": ("afbud", ""), "Steen Vestergaard (O)": ("deltog", ""),
        "Ole Nielsen (A)": ("deltog", "stedfortræder for Mette Lund (A)")}


def test_a_members_heading_under_labels_without_colons() -> None:
    """"Mødedato onsdag den 12. juni 2024, kl. 16.00" / "Mødested …" / "Medlemmer" / one
    a line / "Afbud" / "Søren Vestergaard (C)". Before: no participant was read."""
    people = _people(_meeting("pdf_members_heading_under_labels_without_colons.pdf"))
    assert len(people) == 7
    assert people["Tanja Hejlesen (A)"] == ("deltog", "formand")
    assert people["Søren Vestergaard (C)"] == ("afbud", "")
