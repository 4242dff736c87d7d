"""Layout round 29 (the misreadings /work/fmt29 found: a draft printed with Word's line
numbering, a Word table with a time column, a SharePoint list exported as CSV, a typed
1998 protocol, a Google Docs web page, a Notion export, …): the fixes, each with the
layout that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.line_numbers import strip_line_numbers

from .fixture_files import one_meeting

HERE = "formats29"

_DRAFT_DECISIONS = [
    (1, "Godkendt."),
    (2, "Anbefales over for Økonomiudvalget og Kommunalbestyrelsen med den ændring, at "
        "antallet af seniorboliger øges til 24."),
    (3, "Taget til efterretning. Udvalget bad om en særskilt sag om fjernvarmeudbygningen "
        "på mødet i maj."),
    (4, "Anbefales."),
    (5, "Godkendt."),
    (6, "Claus Christoffersen spurgte til status for støjskærmen ved Helsingørmotorvejen. "
        "Administrationen svarer skriftligt."),
]


@pytest.mark.parametrize("name", ["pdf_draft_word_line_numbers.pdf",
                                  "pdf_draft_word_line_numbers_after_text.pdf"])
def test_a_draft_printed_with_words_line_numbers(name: str) -> None:
    """A draft printed with Word's line numbering: a running number glued to the start
    of every body line ("121. Godkendelse af dagsorden"), or to its end in the other
    drawing order, continuous over the pages. The numbers are taken off, so the items,
    their case numbers, labels, decisions, the closed item and the absentees are read."""
    m = one_meeting(HERE, name)
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Plan- og Miljøudvalget", date(2025, 3, 12), "17:00", "Mødelokale 2, Hørsholm Rådhus")
    assert [i.title for i in m.items][:2] == [
        "Godkendelse af dagsorden", "Lokalplan 187 for boligområdet ved Usserød Mølle – forslag"]
    decisions = [(i.number, i.decision.split("Fraværende")[0].strip().replace("\n", " "))
                 for i in m.items]
    assert decisions == _DRAFT_DECISIONS
    assert [(i.number, i.journal_number) for i in m.items if i.journal_number] == [
        (2, "24/18422"), (3, "23/05590"), (4, "24/02217"), (5, "25/00931")]
    assert [i.number for i in m.items if i.closed] == [5]
    assert all(i.absentees == ["Thomas Leth (Ø)"] for i in m.items)
    assert [(p.name, p.status) for p in m.participants if p.status == "afbud"] == [
        ("Thomas Leth (Ø)", "afbud")]


@pytest.mark.parametrize("name", ["pdf_draft_word_line_numbers.pdf",
                                  "pdf_footnotes_at_the_page_foot.pdf"])
def test_footnotes_at_the_page_foot_stay_with_their_item(name: str) -> None:
    """A page's footnotes ("¹ Jf. …"), printed at its foot above the footer, under the
    next item: they are moved to the sentence that bears their mark, so no other item's
    decision holds them (Word numbers no footnote line in a line-numbered draft)."""
    m = one_meeting(HERE, name)
    text = {i.number: " ".join(s.text for s in i.sections) for i in m.items}
    assert "¹ Jf. Kommuneplan 2021" in text[2] and "² Screeningen" in text[2]
    assert "³ Status pr. 31. december 2024" in text[3]
    assert not any("Jf. Kommuneplan" in i.decision or "Status pr." in i.decision
                   for i in m.items)


def test_a_numbered_list_is_no_line_numbering() -> None:
    """Lines numbered 1, 2, 3 … as a list ("1. …") keep their numbers."""
    text = "\n".join(f"{n}. Punkt nummer {n}" for n in range(1, 15))
    assert strip_line_numbers(text) == text


def test_a_word_agenda_table_with_a_time_column_and_pauses() -> None:
    """The whole meeting as one Word table "Tid | Pkt. | Emne | Ansvarlig | Referat":
    the column headed by the document's kind ("Referat") holds each item's record,
    and a time slot with no number ("10.55 | | Pause", "Mødet slutter") is no item, so
    the seven items are read with their records, the case under the title as its
    number."""
    m = one_meeting(HERE, "word_agenda_table_time_column_referat.docx")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Ældrerådet", date(2025, 4, 8), "10:00", "referat")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Godkendelse af referat fra mødet den 11. marts 2025",
        "Høring: Budget 2026 for Social- og Sundhedsudvalgets område",
        "Nyt plejecenter på Søndervang – orientering om byggeriet",
        "Valg til Ældrerådet 2025 – planlægning", "Nyt fra formanden", "Eventuelt"]
    assert [i.decision for i in m.items][:2] == ["Godkendt.", "Godkendt."]
    assert m.items[4].decision.startswith("Valget afholdes som fremmødevalg")
    assert [(i.number, i.journal_number) for i in m.items if i.journal_number] == [
        (3, "25/1180"), (4, "24/7731"), (5, "25/0099")]
    # a record ending in its own "Beslutning: …": the account before it is no decision
    assert m.items[2].decision.startswith("Høringssvaret blev godkendt")
    # (the "Ansvarlig" column is kept as a section of its own after them: round 38)
    assert [s.name for s in m.items[2].sections] == ["Beskrivelse", "Beslutning", "Ansvarlig"]


def test_the_lines_below_an_agenda_table_are_no_items_text() -> None:
    """"Næste møde: …" and "Referent: …" printed below the table close the document;
    they are not read into the last row's item."""
    m = one_meeting(HERE, "word_agenda_table_time_column_referat.docx")
    assert m.items[-1].decision == (
        "Annie Lund spurgte til busforbindelsen til Glostrup Hospital. "
        "Sekretæren undersøger sagen.")


def test_a_sharepoint_list_exported_as_csv() -> None:
    """A SharePoint list's "Export → CSV": comma-separated, the title column first and
    the number in "Punktnummer", no head rows (the committee, start and place repeated in
    every row), bookkeeping columns ("Ændret", "Ændret af", "Elementtype", "Sti"), a
    person field holding two names ("A;#B") and the rows in the order they were added
    (item 3 after item 6). The meeting's fields make the head, the items come in their
    numbers' order with their own decisions, and the bookkeeping is in no item."""
    m = one_meeting(HERE, "csv_sharepoint_list_export.csv")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Økonomiudvalget", date(2025, 5, 20), "16:00", "Mødelokale 1, Solrød Rådhus",
        "referat")
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6, 7]
    assert m.items[2].title == "Hastesag: Tilskud til reparation af badebroen ved Solrød Strand"
    assert m.items[2].decision.startswith("Godkendt. Der gives tilskud på 180.000 kr.")
    assert m.items[5].decision.startswith("Godkendt.")
    assert "Hastesag" not in m.items[5].decision
    assert [(i.number, i.journal_number, i.closed) for i in m.items if i.closed] == [
        (6, "25/1890", True)]
    assert m.items[5].absentees == ["Niels Emil Hørup", "Helle Lauritzen"]
    for item in m.items:
        text = " ".join(s.text for s in item.sections)
        # (who was away stands under the heading, as minutes note it: not in the decision)
        assert [s.name for s in item.sections] == ["Beskrivelse", "Beslutning"]
        assert item.section("Beskrivelse").startswith("Fraværende: Niels Emil Hørup")
        assert "Fraværende" not in item.decision
        assert "Pia Dalsgaard" not in text and "sites/Politik" not in text
        assert "Mødestart" not in text
    assert "Pia Dalsgaard" not in [p.name for p in m.participants]


_PROTOCOL = "text_typed_protocol_1998_cp1252.txt"


def test_a_typed_protocols_dated_decision_headings() -> None:
    """A 1998 protocol: each item's decision under "Kommunalbestyrelsen d. 3/11 1998:"
    (the abbreviation "d.", the year after a space), the committees' earlier
    recommendations under their own dated headings. The council's is the decision, the
    others the item's history, so the votes and the member who left are read too."""
    m = one_meeting(HERE, _PROTOCOL)
    assert m.doc_type == "referat"
    assert [i.decision.split("\n")[0][:40] for i in m.items] == [
        "Budgettet blev vedtaget med 12 stemmer m", "Vedtaget.",
        "Lokalplanen blev endeligt vedtaget med d", "Godkendt, idet tilskuddet udbetales med ",
        "Forslaget blev oversendt til Teknisk Udv", "Taget til efterretning.", "Godkendt.",
        "Indstillingen blev godkendt."]
    assert [(t.committee, t.date) for t in m.items[1].history] == [
        ("Teknisk Udvalg", date(1998, 10, 19)), ("Økonomiudvalget", date(1998, 10, 20))]
    assert m.items[0].votes["imod"] == ["Poul Erik Dam", "Kjeld Jensen", "Hanne Thomsen"]
    assert m.items[2].absentees == ["Grete Holm"]


def test_a_typed_protocols_head() -> None:
    """The protocol's folio line ("Kommunalbestyrelsens møde d. 3/11 1998   Side 211")
    above the letterhead is page furniture, and the letter-spaced kind under the body
    ("F O R H A N D L I N G S P R O T O K O L") is a word of its own, so the committee is
    the body's name; the place follows the time written "Kl. 19.30 på …"."""
    m = one_meeting(HERE, _PROTOCOL)
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Kommunalbestyrelsen", date(1998, 11, 3), "19:30", "Rådhuset, mødesalen")


def test_a_typewriters_letter_spaced_closed_part() -> None:
    """"L U K K E T   M Ø D E" above items 7–8 closes them as "LUKKET MØDE" does."""
    m = one_meeting(HERE, _PROTOCOL)
    assert [i.number for i in m.items if i.closed] == [7, 8]


def test_a_paragraph_of_names_under_its_label() -> None:
    """"Til stede:" with its names as an indented paragraph below, a name broken over two
    lines ("Ejnar" / "Frandsen") and the last two joined by "og" before the full stop;
    "Fraværende:" with one sentence naming the absent member and one more about the
    stand-in: 15 present, and the absent member with the reason."""
    m = one_meeting(HERE, _PROTOCOL)
    present = [p.name for p in m.participants if p.status == "deltog"]
    assert len(present) == 15
    assert "Ejnar Frandsen" in present
    assert present[-2:] == ["Arne Vestergaard", "Jørgen Østergaard"]
    assert [(p.name, p.status, p.role) for p in m.participants if p.status == "afbud"] == [
        ("Kaj Mikkelsen", "afbud", "sygdom")]


_GOOGLE_DOCS = "html_google_docs_export_notes_comments.html"


def test_a_google_docs_exports_footnotes_and_comments() -> None:
    """Google Docs' web export writes each footnote and each reviewer's comment after the
    last item, linked both ways with its mark in the text ("[1]", "[a]"). The comments
    are in no item and their marks leave the sentences; the footnote's text stands in
    brackets where its mark was, in item 3, not in the last item's decision."""
    m = one_meeting(HERE, _GOOGLE_DOCS)
    assert m.items[-1].decision == (
        "Lene Frost orienterede om LEV's temadag den 14. juni. "
        "Næste møde er tirsdag den 3. juni 2025.")
    every = " ".join(s.text for i in m.items for s in i.sections)
    assert "Skal vi nævne" not in every and "ikke bekræftet endnu" not in every
    assert "[a]" not in every and "[b]" not in every and "[1]" not in every
    background = next(s.text for s in m.items[2].sections if s.name == "Baggrund")
    assert "vejledning om hjælpemidler (Vejledning nr. 9339 af 20. december 2024" in background
    assert "Aalestrup i september" in " ".join(s.text for s in m.items[4].sections)


def test_a_google_docs_head_table_one_name_a_paragraph() -> None:
    """The head's table cell holding one name a paragraph, a role and an organisation
    in brackets ("Jytte Kristensen (formand, DH Vesthimmerland)"): every name is read,
    seven present and two absent."""
    m = one_meeting(HERE, _GOOGLE_DOCS)
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Handicaprådet", date(2025, 5, 6), "14:00", "Aars Rådhus, mødelokale 3")
    present = [p.name for p in m.participants if p.status == "deltog"]
    assert len(present) == 7
    assert present[0] == "Jytte Kristensen"
    assert [p.name for p in m.participants if p.status == "afbud"] == [
        "Per Lindholm (Ældresagen)", "Susanne Ulrik (Beskæftigelse)"]


def test_names_one_a_line_with_a_comma_in_their_brackets() -> None:
    """"Deltagere:" over one name a line, a role and an organisation in the brackets
    ("Jytte Kristensen (formand, DH Vesthimmerland)"): the bracket's comma splits no
    entry, so the list goes on past it."""
    m = one_meeting(HERE, "text_names_one_a_line_comma_in_brackets.txt")
    present = [(p.name, p.role) for p in m.participants if p.status == "deltog"]
    assert len(present) == 7
    assert present[:2] == [("Jytte Kristensen", "formand, DH Vesthimmerland"),
                           ("Ole Mølgaard", "næstformand, Byrådet, V")]
    assert len([p for p in m.participants if p.status == "afbud"]) == 2


_NOTION = "markdown_notion_toggles_callouts.md"


def test_a_notion_exports_decision_callouts() -> None:
    """Notion's markdown: the items a numbered list of toggles (all content indented),
    each decision a callout ("<aside>" / "✅ **Beslutning:** …" / "</aside>") with to-dos
    under it. The decision is read without its markup, icon and to-dos; the item's text
    before it is its description; the closing line after the list's rule is in no item."""
    m = one_meeting(HERE, _NOTION)
    assert [(i.number, i.decision) for i in m.items] == [
        (1, "Godkendt."),
        (2, "Rådet godkendte arbejdsgruppens indstilling."),
        (3, "Rådet afgiver høringssvar med fokus på Anholt og på muligheden for at omdanne "
            "overflødige landbrugsbygninger til boliger. Kirsten Nørgaard og Per Wissing "
            "skriver udkastet."),
        (4, "Taget til efterretning. Rådet sender en henvendelse til Teknik- og "
            "Miljøudvalget om at fastholde prisen for borgere over 65 år."),
        (5, "Rådet afsætter 25.000 kr. af driftsbudgettet til arrangementet."),
        (6, ""),
    ]
    assert m.items[1].journal_number == "24.10.00-Ø00-1-25"
    assert m.items[1].section("Beskrivelse").startswith("Rådet havde modtaget 17 ansøgninger")
    every = " ".join(s.text for i in m.items for s in i.sections)
    assert "aside" not in every and "✅" not in every and "Næste møde" not in every
    assert m.items[5].section("Beskrivelse") == (
        "Per Wissing takkede for rådets besøg på Anholt i marts.")


def test_a_member_left_out_noted_above_the_decision() -> None:
    """"Jens Ole Dam deltog ikke i behandlingen … (inhabil)." in the item's text above its
    decision makes him absent from that item."""
    m = one_meeting(HERE, _NOTION)
    assert m.items[1].absentees == ["Jens Ole Dam"]
    assert [i.number for i in m.items if i.absentees] == [2]


def test_a_notion_date_propertys_time() -> None:
    """"Dato: 24. april 2025 19.00 (CEST) → 21.30": the time after the date's year is the
    meeting's start, without "kl."."""
    m = one_meeting(HERE, _NOTION)
    assert (m.committee, m.date, m.start_time) == (
        "Landdistriktsrådet", date(2025, 4, 24), "19:00")
    assert "Mette Kjær" not in [p.name for p in m.participants]


def test_a_short_title_does_not_run_into_the_text_below_it() -> None:
    """"Punkt 6: Orientering fra formand og sekretariat" over a paragraph whose first
    line is a full line with no full stop ("… den 13. maj, hvor den nye"): a heading
    that short did not wrap, so the line below is the item's text, not its title's end."""
    m = one_meeting(HERE, "pdf_prose_decisions_short_title_long_first_line.pdf")
    assert len(m.items) == 7
    item = m.items[5]
    assert item.title == "Orientering fra formand og sekretariat"
    assert " ".join(s.text for s in item.sections).startswith(
        "Birgit Lund orienterede om mødet i Lokaludvalgenes Formandsforum den 13. maj")
    assert [i.title for i in m.items][1] == "Ansøgninger til Lokaludvalgspuljen, 2. runde 2025"
