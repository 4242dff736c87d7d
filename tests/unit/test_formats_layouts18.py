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
    assert people["Anders Tved (C)"] == ("deltog", "stedfortræder for Rikke Holm")  # (r. 241)
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


def test_a_wikis_labels_alone_on_their_lines_and_a_breadcrumb() -> None:
    """Markdown from a wiki: "**Beslutning:**" alone with the text below, a breadcrumb
    "[Forside](…) › [Møder 2024](…) › Referat 6. november 2024" above "# Varde Kommune –
    Ældrerådet", a members table with "Mødt for Grethe Tang" and "Til stede fra pkt. 3".
    Before: no item had a decision, the committee was unknown, the substitute was lost."""
    m = _meeting("markdown_wiki_labels_alone_breadcrumb.md")
    assert (m.municipality, m.committee) == ("Varde", "Ældrerådet")
    assert all(i.decision for i in m.items)
    assert m.item(2).decision.startswith("Ældrerådet tog orienteringen til efterretning")
    people = _people(m)
    assert people["Bent Kristiansen"] == ("deltog", "stedfortræder for Grethe Tang")
    assert people["Inga Frandsen"] == ("deltog", "deltog fra pkt. 3")
    assert m.item(1).absentees == m.item(2).absentees == ["Inga Frandsen"]


def test_a_skip_link_is_no_committee() -> None:
    """"<a class="skip-link">Gå til indhold</a>" first on the page. Before: it was the
    committee, so "Beslutning i Økonomiudvalget den 10. juni 2024" was another body's
    decision (history) and item 114 had none."""
    m = _meeting("web_skip_link_before_committee.html")
    assert m.committee == "Økonomiudvalget"
    assert m.item(114).decision.startswith("Anbefales over for Byrådet.")
    assert m.item(114).votes["imod"] == ["O"]


def test_dated_decision_labels_in_table_cells() -> None:
    """A page's <th>Beslutning i Plan- og Vejudvalget den 30. maj 2024</th>, and a Word
    item table's "Beslutning i Økonomiudvalget den 16. september 2024" row, "Sag |
    Acadre-sag 24-0122", a vote cell "For stemte: A, V, C, F, I (17)" / "Imod stemte: O,
    Ø (4)" as one line. Before: the earlier decisions ran into the Indstilling or the case
    text, no case number was read, and the vote read "I (17) Imod stemte: O"."""
    page = _meeting("web_dated_decision_label_cells.html")
    assert [(h.committee, h.date.isoformat()) for h in page.item(2).history] == [
        ("Plan- og Vejudvalget", "2024-05-30"), ("Økonomiudvalget", "2024-06-17")]
    assert "Anbefales" not in page.item(2).section("Indstilling")
    word = _meeting("word_item_tables_dated_labels.docx")
    assert [i.journal_number for i in word.items][:2] == ["24-0122", "24-1604"]
    assert len(word.item(96).history) == 2
    assert word.item(94).votes == {"for": ["A", "V", "C", "F", "I"], "imod": ["O", "Ø"]}


def test_a_regionskommune_and_a_letterhead_cell() -> None:
    """"Bornholms Regionskommune" over "Beredskabskommissionen"; a Word header table
    "Kalundborg Kommune | REFERAT", a members table "Navn | Parti | Fremmøde" under its
    own heading, "Formand, til stede", and "Ole Glahn (V) forlod mødet under
    behandlingen af punktet" in item 4. Before: the municipality was empty and the
    committees were "Bornholms Regionskommune Beredskabskommissionen" and "Kalundborg
    Kommune"; the members table came out as "A", "O", "fra pkt. 3" …; Ole Glahn was
    absent from item 4 only."""
    bornholm = _meeting("word_regionskommune.docx")
    assert (bornholm.municipality, bornholm.committee) == ("Bornholm", "Beredskabskommissionen")
    m = _meeting("word_letterhead_cell_members_table.docx")
    assert (m.municipality, m.committee) == ("Kalundborg", "Teknik- og Miljøudvalget")
    people = _people(m)
    assert people["Jesper Fischer (C)"] == ("deltog", "formand")
    assert people["Jørgen Rasmussen (A)"] == ("afbud", "")
    assert people["Lotte Meyer Andersen (A)"] == ("deltog", "stedfortræder for Jørgen Rasmussen")
    assert [i.number for i in m.items if "Ole Glahn (V)" in i.absentees] == [4, 5, 6]


def test_two_meetings_on_one_page_under_one_heading() -> None:
    """<div id="header"> with the site's links; <h1>Plan- og Miljøudvalget</h1> over two
    meetings, the first "afholdt som telefonmøde kl. 12.00–12.30". Before: the first
    meeting's committee was the site bar and its place that sentence; the second's
    committee was unknown."""
    from ingest.formats import read_meetings

    from .fixture_files import FIXTURES

    first, second = read_meetings(FIXTURES / "formats18" / "web_two_meetings_one_heading.html")
    assert first.committee == second.committee == "Plan- og Miljøudvalget"
    assert (first.start_time, first.place) == ("12:00", None)
    assert second.place == "Udvalgsværelse 2, Viborg Rådhus, Prinsens Allé 5"


def test_a_cms_pages_fields_and_a_note_on_who_left() -> None:
    """Drupal's `<div class="field__label">Afbud</div><div class="field__item">…</div>`
    for Dato, Sted, Afbud, Stedfortrædere and Bemærkninger: "Peter Duetoft (D) forlod
    mødet efter punkt 215 og deltog ikke i resten af mødet." Before: the place was
    "Sted", "Stedfortrædere" was an absent person, and the leaver missed no item."""
    m = _meeting("web_cms_field_label_pairs.html")
    assert m.place == "Byrådssalen, Hjørring Rådhus, Springvandspladsen 5"
    people = _people(m)
    assert people["Lise Kristensen (V)"] == ("afbud", "")
    assert people["Anders Møller (V)"] == ("deltog", "stedfortræder")
    assert "Stedfortrædere" not in people
    assert [i.number for i in m.items if "Peter Duetoft (D)" in i.absentees][:2] == [216, 217]
    assert "Peter Duetoft (D)" not in m.item(215).absentees


def test_an_abbreviated_substitute_label_and_notes_on_ad_items() -> None:
    """"Stedfortr.: Michael Rasmussen (V), Anne Marie Mortensen (F)"; "Bemærkninger til
    mødet:" / "Troels Brandt (Ø) deltog fra kl. 18.40 og deltog ikke i behandlingen af Ad
    118) og Ad 119)." / "John Dyrby Paulsen (A) forlod mødet kl. 21.00 før behandlingen af
    Ad 125)." Before: the substitutes were lost and the notes reached no item."""
    m = _meeting("text_abbreviated_substitute_label.txt")
    people = _people(m)
    assert people["Michael Rasmussen (V)"] == people["Anne Marie Mortensen (F)"] == (
        "deltog", "stedfortræder")
    assert [i.number for i in m.items if "Troels Brandt (Ø)" in i.absentees] == [118, 119]
    assert [i.number for i in m.items if "John Dyrby Paulsen (A)" in i.absentees] == [125]


def test_pandocs_loose_lists_and_vote_tables_by_column() -> None:
    """Pandoc's markdown: "**Medlemmer:**" over "-   Name" bullets a blank line apart,
    "**Stedfortræder:**" / "-   Nanna Hjort (I) for Benny Bonde", and a simple table
    "**For** **Imod** **Undlod**" over "V, A, I (4)    F (1)"; a Word table "For | Imod |
    Undlod" over "C, V, A (5) | O (1)". Before: no participant and no vote was read."""
    m = _meeting("markdown_pandoc_loose_lists_and_vote_table.md")
    people = _people(m)
    assert len(people) == 6
    assert people["Carsten Leth Schmidt (V)"] == ("deltog", "formand")
    assert people["Benny Bonde (I)"] == ("afbud", "")
    assert people["Nanna Hjort (I)"][0] == "deltog"
    assert m.item(63).votes == {"for": ["V", "A", "I"], "imod": ["F"]}
    word = _meeting("word_letterhead_cell_members_table.docx")
    assert word.item(3).votes == {"for": ["C", "V", "A"], "imod": ["O"]}


def test_earlier_decisions_as_body_date_and_punkt_lines() -> None:
    """"Tidligere beslutninger" / "Teknik- og Miljøudvalget 07-11-2023, punkt 6" / its
    text / "… Byrådet 29-11-2023, punkt 14 Godkendt." run into the line before. Before:
    they stayed text, and `referat sag` had no earlier treatment to list."""
    m = _meeting("pdf_earlier_decisions_body_date_punkt.pdf")
    assert [(h.committee, h.date.isoformat(), h.punkt) for h in m.item(2).history][:2] == [
        ("Teknik- og Miljøudvalget", "2023-11-07", 6), ("Byrådet", "2023-11-29", 14)]
    assert m.item(2).history[1].text == "Godkendt."
