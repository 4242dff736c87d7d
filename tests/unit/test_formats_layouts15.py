"""A fifteenth round: real PDFs as systems print them (pypdf's text keeps no blank line
inside a page and one space between cells) and other systems' text, markdown, HTML and
Word — an item's number alone at the top of a page, a numbered attachment list running
into the next item, a closed item left out of the public numbering, case numbers one
space right of the title, "Åben sag" / "Lukket sag" badges, members wrapped before their
party, "Sag 6 - Eventuelt", sub-items 5a and 4.1, "Mødetidspunkt: Mandag den 9. september
2024 kl. 14:00", "Sluttidspunkt", "Beslutning Børne- og Skoleudvalget", "Byrådet den 24.
april 2024, pkt. 50:", "## Punkt 3 – Title", "1. **Title**" with "*Beslutning:*", a
"Status: Åben" fact, "X - stedfortræder: Y" in the absent list. Each test failed on the
code before this round (items lost or glued, no date, a wrong committee, time, title,
closed flag, decision or participant). The documents are synthetic."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from referat.domain import Meeting

FIXTURES = Path(__file__).parent / "fixtures" / "formats15"


def _meeting(name: str) -> Meeting:
    (meeting,) = read_meetings(FIXTURES / name)
    return meeting


def _numbers(m: Meeting) -> list[int]:
    return [i.number for i in m.items]


def test_an_items_number_alone_at_the_top_of_a_page_is_no_page_number() -> None:
    """Each item's number is printed above its title; items 3 and 5 open a page whose
    bottom carries the page number. Before: items 3–6 went into item 2's decision."""
    m = _meeting("pdf_number_above_title_at_page_top.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 5, 6]
    assert m.item(3).title == "Udpegning af medlem til bestyrelsen for Herning Vand A/S"
    assert m.item(3).votes == {"for": ["V", "A", "C"], "imod": ["F"]}
    assert m.item(2).decision.startswith("Anbefales over for Byrådet.")
    assert "Udpegning" not in m.item(2).decision
    assert [i.closed for i in m.items] == [False] * 4 + [True] * 2


def test_an_attachment_list_running_into_the_next_item_keeps_the_items() -> None:
    """"Bilag" / "1. Kort …" / "2. Elevprognose …" / "3. Kvalitetsrapport …" with no blank
    line: item 3 has its own case number and sections after it. Before: items 1–3 lost."""
    m = _meeting("pdf_attachment_list_before_next_item.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 5, 6]
    assert m.item(3).title == "Kvalitetsrapport for dagtilbud 2023"
    assert m.item(3).journal_number == "28.00.00-G01-1-23"
    # the part heading "Lukket møde" above item 6 is no text of Eventuelt
    assert not m.item(5).sections and m.item(6).closed


def test_a_closed_item_left_out_of_the_public_numbering_breaks_no_agenda() -> None:
    """Items 1–4, 6, 7 (5 was closed and left out). Before: 6 and 7 went into item 4's
    decision, and item 6's votes became item 4's."""
    m = _meeting("pdf_closed_item_left_out.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 6, 7]
    assert m.item(4).votes == {"for": ["C", "O"], "imod": ["A", "V", "F", "Ø", "K"]}
    assert m.item(4).decision.startswith("Forslaget blev forkastet.")
    assert m.item(6).votes == {"for": ["A", "V", "C", "K"], "imod": ["F", "O", "Ø"]}


def test_case_numbers_one_space_right_of_the_titles_sub_items_and_a_footer() -> None:
    m = _meeting("pdf_case_numbers_one_space_right.pdf")
    assert [(i.number, i.title, i.journal_number) for i in m.items][:3] == [
        (1, "Godkendelse af dagsorden", "24/1201"), (2, "Meddelelser", "24/1202"),
        (3, "Årsregnskab 2023", "24/2915")]
    # the parts 4.1 and 4.2 label their decisions instead of running together
    decision = m.item(4).decision
    assert decision.index("4.1 Renovering af Tønder Svømmehal") < decision.index(
        "Godkendt.") < decision.index("4.2 Nyt tag på Toftlund Skole")
    # "… · tlf. 74 92 92 92 Side 1/2" and "TILLÆGSDAGSORDEN" are no decision text
    assert m.item(5).decision == "Intet." and m.item(7).decision == "Godkendt."


def test_a_status_badge_after_the_title_is_read_not_kept_in_it() -> None:
    m = _meeting("pdf_status_badge_after_title.pdf")
    assert m.item(33).title == "Vandløbsregulativ for Lilleå - endelig vedtagelse"
    assert not m.item(33).closed
    assert (m.item(35).title, m.item(35).closed) == ("Påbud om oprydning af forurenet grund",
                                                     True)


def test_members_wrapped_just_before_a_party_mark_are_all_read() -> None:
    """"… Anja Mølgaard" / "(A), Per Thyssen (V), Søren Kragh (B)"."""
    m = _meeting("pdf_members_wrapped_before_party.pdf")
    names = [p.name for p in m.participants]
    assert {"Anja Mølgaard (A)", "Per Thyssen (V)", "Søren Kragh (B)"} <= set(names)
    assert "Anja Mølgaard" not in names


def test_sag_items_end_with_a_free_text_eventuelt_and_sub_items_leave_the_title() -> None:
    m = _meeting("pdf_sag_items_eventuelt_and_sub_items.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 5, 6]
    assert m.item(5).title == "Høringer"  # not "Høringer 5a. Høring: …"
    assert m.item(6).title == "Eventuelt"
    def text(n: int) -> str:
        return " ".join(s.text for s in m.item(n).sections)

    assert "årsmøde" in text(6) and "årsmøde" not in text(5)


def test_the_date_written_in_the_meeting_time_label() -> None:
    """"Mødetidspunkt: Mandag den 9. september 2024 kl. 14:00". Before: the file was
    rejected ("ingen mødedato fundet i hovedet")."""
    m = _meeting("text_date_in_meeting_time_label.txt")
    assert (m.date, m.start_time, m.doc_type) == (date(2024, 9, 9), "14:00", "dagsorden")
    assert _numbers(m) == [1, 2, 3, 4, 5, 6]


def test_the_end_time_is_not_the_start() -> None:
    """"Starttidspunkt: … kl. 18:00" / "Sluttidspunkt: … kl. 21:40"."""
    m = _meeting("text_start_and_end_time_labels.txt")
    assert (m.date, m.start_time) == (date(2024, 5, 28), "18:00")


def test_a_joint_meeting_heads_each_bodys_decision_with_its_name() -> None:
    """"Beslutning Børne- og Skoleudvalget:" (no "i"); numbered paragraphs "3.1 Model A"
    / "3.2 Model B" of one Sagsfremstilling are no sub-items."""
    m = _meeting("text_joint_meeting_decision_per_body.txt")
    decisions = [s.text for s in m.item(2).sections if s.name == "Beslutning"]
    assert len(decisions) == 2 and decisions[1].startswith("Kultur- og Fritidsudvalget")
    assert m.item(3).section("Indstilling") == "Forvaltningerne indstiller, at model B vælges."
    assert "Model B blev valgt" in m.item(3).decision


def test_a_council_list_wrapped_before_a_party_reads_every_member() -> None:
    m = _meeting("text_council_members_party_wrapped.txt")
    names = [p.name for p in m.participants]
    assert len(names) == 26 and names.count("Ulla Lindegaard (V)") == 1
    assert {"Nils Peter Lund (D)", "Karl Otto Jessen (V)"} <= set(names)


def test_byraadet_den_heads_this_meetings_decision() -> None:
    """"Byrådet den 24. april 2024, pkt. 50:" after "Økonomiudvalget den 3. april …"."""
    m = _meeting("text_byraadet_den_dated_decision.txt")
    assert m.item(50).decision == "Godkendt."
    assert [(t.committee, t.date, t.punkt) for t in m.item(50).history] == [
        ("Økonomiudvalget", date(2024, 4, 3), 7)]
    word = _meeting("word_council_dated_decisions.docx")
    assert word.item(50).decision.startswith("Godkendt.")
    assert "Anbefales" not in word.item(50).decision
    assert [t.committee for t in word.item(50).history] == [
        "Plan- og Miljøudvalget", "Økonomiudvalget"]


def test_markdown_punkt_dash_titles_and_the_body_in_the_title_line() -> None:
    """"# Ældrerådet – referat af møde 14. marts 2024" and "## Punkt 1 – Title"."""
    m = _meeting("markdown_punkt_dash_title_and_body_title.md")
    assert (m.committee, m.date, m.start_time) == ("Ældrerådet", date(2024, 3, 14), "13:00")
    assert m.item(2).title == "Madservice til hjemmeboende pensionister"
    assert not any(i.title.startswith("–") for i in m.items)


def test_markdown_numbered_bold_titles_with_italic_labels() -> None:
    """"1. **Godkendelse af dagsorden**" and "*Beslutning:* …". Before: rejected."""
    m = _meeting("markdown_numbered_bold_titles_italic_labels.md")
    assert _numbers(m) == [1, 2, 3, 4, 5]
    assert m.item(2).decision.startswith("Handicaprådet bakker op om projektet")
    assert m.item(2).section("Indstilling").startswith("Forvaltningen indstiller")


def test_a_status_fact_and_a_substitute_named_in_the_absent_list() -> None:
    m = _meeting("web_status_facts_and_substitute.html")
    assert not any(s.text.startswith("Status") for i in m.items for s in i.sections)
    assert m.item(116).closed and not m.item(115).closed
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Ole Haubro (O)"][0] == "afbud"
    assert people["Gitte Lindqvist (O)"] == ("deltog", "stedfortræder for Ole Haubro")  # (r. 241)


def test_start_and_end_cells_of_a_header_table() -> None:
    m = _meeting("web_header_start_slut_cells.html")
    assert (m.start_time, m.place) == ("15:00", "Mødelokale 2, Vejen Rådhus")


def test_the_body_before_a_dash_and_the_date_in_the_page_heading() -> None:
    """"<h1>Økonomiudvalget – 17. september 2024</h1>". Before: the municipality."""
    assert _meeting("web_body_dash_date_heading.html").committee == "Økonomiudvalget"
