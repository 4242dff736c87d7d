"""A seventeenth round: how more systems print and publish — part-time attendance on the
participants list, an SBSYS print with "Sag nr. 1  Sags-ID: EMN-…" above the title, a
KMD print whose vote lines stand at two pages' edges, a table grid whose label cell wraps
("Udvalgets" / "beslutning"), side headings with a last "Meddelelser" item, a council's
two-column member list and a member who left early, "Mødet hævet" above signature rules,
a portal page whose header and footer are <div>s, minutes pasted below an e-mail,
markdown "### Dagsordenspunkt N:" headings with italic case numbers and a vote table,
"Åbent punkt:" titles, and a FirstAgenda page's time in its date cell. Each test failed
on the code before this round. The documents are synthetic."""

from __future__ import annotations

from datetime import date

from referat.domain import Meeting

from .fixture_files import one_meeting


def _meeting(name: str) -> Meeting:
    return one_meeting("formats17", name)


def _numbers(m: Meeting) -> list[int]:
    return [i.number for i in m.items]


def test_members_there_for_part_of_the_meeting_are_absent_from_the_items_they_missed() -> None:
    """"Fraværende: Bo Jensen (V) deltog ikke i behandlingen af punkt 3 og 4. Carl Olsen
    (F) forlod mødet kl. 17.30 efter punkt 4. Dorte Lund (Ø) mødte fra punkt 2." Before:
    the three sentences became one participant named "Bo Jensen (V) deltog ikke i …
    Carl Olsen (F)", and no item knew who was missing."""
    m = _meeting("text_part_time_attendance.txt")
    status = {p.name: (p.status, p.role) for p in m.participants}
    assert status == {
        "Anne Hansen (A)": ("deltog", "formand"),
        "Bo Jensen (V)": ("deltog", "deltog ikke i behandlingen af punkt 3 og 4"),
        "Carl Olsen (F)": ("deltog", "forlod mødet efter punkt 4"),
        "Dorte Lund (Ø)": ("deltog", "mødte fra punkt 2"),
        "Erik Holm (C)": ("deltog", ""),
        "Fie Skov (O)": ("afbud", ""),
    }
    assert {i.number: i.absentees for i in m.items} == {
        1: ["Dorte Lund (Ø)"], 2: [], 3: ["Bo Jensen (V)"], 4: ["Bo Jensen (V)"],
        5: ["Carl Olsen (F)"]}


def test_sags_id_right_of_the_item_number_with_the_title_below() -> None:
    """"Sag nr. 1   Sags-ID: EMN-2024-00087" / "Godkendelse af dagsorden" / "Åben sag".
    Before: every title was "Sags-ID" and the closed items read as open."""
    m = _meeting("pdf_sag_nr_with_sags_id.pdf")
    assert _numbers(m) == [1, 2, 3, 4, 5, 6]
    assert m.item(2).title == "Anlægsbevilling til ny daginstitution i Sakskøbing"
    assert m.item(2).journal_number == "EMN-2024-00123"
    assert [i.closed for i in m.items] == [False] * 4 + [True] * 2
    assert m.item(2).votes == {"for": ["V", "A", "C"], "imod": ["Ø"]}
    # (a justified line's spaces: "Simon  Hansen  (V)")
    assert "Simon Hansen (V)" in [p.name for p in m.participants]


def test_a_vote_line_at_the_foot_of_one_page_and_the_top_of_the_next_stays() -> None:
    """The same "For stemte: A, F, Ø (4)" ends page 3 (an earlier committee's decision)
    and opens page 4 (this meeting's). Before: both were dropped as a running header."""
    m = _meeting("pdf_vote_lines_at_page_edges.pdf")
    item = m.item(47)
    assert "For stemte: A, F, Ø (4)" in item.decision
    assert item.votes == {"for": ["A", "F", "Ø"], "imod": ["V", "C"]}
    assert "For stemte: A, F, Ø (4)" in item.history[0].text


def test_a_label_cell_that_wraps_is_one_label() -> None:
    """"Udvalgets" / "beslutning Godkendt." in a table grid, and "Fraværende Kim
    Rosendahl (O), …" without a colon. Before: no item had a decision (the file was
    read as an agenda) and the absence was not read."""
    m = _meeting("pdf_grid_wrapped_label_cells.pdf")
    assert m.doc_type == "referat"
    assert m.item(2).decision.startswith("Godkendt.")
    assert m.item(2).votes == {"for": ["A", "V"], "imod": ["O", "F"]}
    assert m.item(5).title == "Eventuelt" and m.item(5).decision == "Intet."
    assert m.item(1).absentees == ["Kim Rosendahl (O)", "Ida Kallesøe (F)"]


def test_a_members_table_whose_status_cells_say_more_than_one_word() -> None:
    """"Helle Thygesen  A  Til stede (formand)", "Bent Larsen  O  Stedfortræder for Kim
    Rosendahl", "Ida Kallesøe  F  Til stede fra kl. 15.50 (pkt. 2)". Before: the table
    ended at its first row and one person named "Kim Rosendahl O Fraværende" was read."""
    m = _meeting("pdf_grid_wrapped_label_cells.pdf")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {
        "Helle Thygesen (A)": ("deltog", "formand"), "Morten Kjær (V)": ("deltog", ""),
        "Susanne Bjerre (A)": ("deltog", ""), "Kim Rosendahl (O)": ("afbud", ""),
        "Dorthe Vinding (V)": ("deltog", ""),
        "Bent Larsen (O)": ("deltog", "stedfortræder for Kim Rosendahl"),
        "Ida Kallesøe (F)": ("deltog", "deltog fra kl. 15.50 (pkt. 2)")}


def test_a_last_meddelelser_item_without_its_own_lines_is_an_item() -> None:
    """Side headings glued to their text; the last item "4. Meddelelser" has no case
    number. Before: it was part of item 3's decision."""
    m = _meeting("pdf_meddelelser_last_without_case.pdf")
    assert _numbers(m) == [1, 2, 3, 4]
    assert m.item(4).title == "Meddelelser"
    assert "Meddelelser" not in m.item(3).decision


def test_two_column_members_and_a_member_who_left_early() -> None:
    """"Tine Vinther (A)   Erik Lykke (O)" on one line; "Lise Bech (A) forlod mødet …
    under behandlingen af punkt 4"; "Mødet hævet kl. 21.40." above 25 signature lines.
    Before: members came in pairs, Lise Bech was marked absent from the meeting, and the
    signatures ended the last decision."""
    m = _meeting("pdf_council_member_left_early.pdf")
    names = [p.name for p in m.participants]
    assert "Tine Vinther (A)" in names and "Erik Lykke (O)" in names
    assert len(names) == 26 and all(names.count(n) == 1 for n in names)
    people = {p.name: p for p in m.participants}
    assert people["Mikkel Brodersen (A)"].role == "borgmester"
    assert (people["Lise Bech (A)"].status, people["Lise Bech (A)"].role) == (
        "deltog", "forlod mødet under behandlingen af punkt 4")
    # (round 241: the substitute named after the absent one is that member's)
    assert (people["Sara Dahl (Ø)"].status, people["Hans Ove Mikkelsen (Ø)"].role) == (
        "afbud", "stedfortræder for Sara Dahl")
    assert m.item(3).absentees == [] and m.item(5).absentees == ["Lise Bech (A)"]
    assert m.item(7).decision == "Godkendt.\nFraværende: Lise Bech (A)"


def test_meeting_ended_and_signature_rules_are_not_the_last_decision() -> None:
    """"Mødet hævet kl. 20.20" / "_____  _____" / "Steffen Jensen, borgmester …"; a
    two-column head: "Kommunalbestyrelsen   Mødedato   25-04-2024", "Kl.   18:00",
    "Sted   Byrådssalen, Rådhuset," wrapped; "Jens Fyrst (O) - Fraværende" beside
    another member. Before: all three lines ended item 62's decision, the committee was
    "Kommunalbestyrelsen Mødedato", the place "Kl." and the absent member present."""
    m = _meeting("pdf_meeting_ended_signature_rules.pdf")
    assert m.item(62).decision == "Indstilling godkendt."
    assert (m.committee, m.start_time) == ("Kommunalbestyrelsen", "18:00")
    assert m.place == "Byrådssalen, Rådhuset, Rådhuspladsen 1, Frederiksværk"
    status = {p.name: p.status for p in m.participants}
    assert status["Jens Fyrst (O)"] == "afbud" and status["Lise-Lotte Grøn (C)"] == "deltog"
    assert len(status) == 20


def test_a_portals_header_and_footer_divs_are_page_furniture() -> None:
    """<div id="portal-header"> with "Faxe Kommune – Politiske dagsordener og referater",
    <div id="portal-footer"> with "Udskrevet fra dagsordensportalen · Print"; "Sags-ID:
    EMN-…"; an amendment's vote. Before: the committee was the portal's name, the
    footer ended the last decision, no case number was read, and the amendment's "for
    (Ø)" was the item's vote."""
    m = _meeting("web_portal_header_footer_divs.html")
    assert (m.municipality, m.committee) == ("Faxe", "Byrådet")
    assert m.item(5).decision == "Godkendt."
    assert [i.journal_number for i in m.items][:2] == ["EMN-2024-00041", "EMN-2023-04487"]
    assert m.item(3).votes == {}


def test_minutes_pasted_below_an_email() -> None:
    """An e-mail's envelope, greeting and signature, a rule, then "FANØ KOMMUNE" /
    "REFERAT" / "Socialudvalget"; "Forfald:"; "X forlod mødet under behandlingen af
    punkt 4." written under item 3. Before: the municipality was Esbjerg (named in an
    item), the committee began "Venlig hilsen Pernille Juhl", the Forfald member was
    lost and the leaver was absent from item 3."""
    m = _meeting("text_email_minutes_below_rule.txt")
    assert (m.municipality, m.committee) == ("Fanø", "Socialudvalget")
    assert ("Hans Peter Olesen (C)", "afbud") in [(p.name, p.status) for p in m.participants]
    assert m.item(3).absentees == []
    assert m.item(4).absentees == m.item(5).absentees == ["Jens Erik Lauridsen (A)"]
    # "5) Eventuelt" / "Intet." / "Mødet hævet kl. 17.35" / a rule / the address: no
    # decision is missing, and the end of the meeting is no item's text
    assert m.warnings == [] and m.item(5).sections[0].text == "Intet."


def test_markdown_dagsordenspunkt_headings() -> None:
    """"### Dagsordenspunkt 1: …", "*Sagsnr.: 24/7711*", "**Beslutning i Økonomiudvalget
    den 12. juni 2024:**" and a vote table "| For | V, A, C | 5 |". Before: the file was
    rejected (no items found)."""
    m = _meeting("markdown_dagsordenspunkt_headings.md")
    assert _numbers(m) == [1, 2, 3, 4, 5]
    assert m.item(1).journal_number == "24/7711" and m.item(1).decision == "Godkendt."
    item = m.item(3)
    assert item.decision.startswith("Anbefales.")
    assert item.votes == {"for": ["V", "A", "C"], "imod": ["F"]}
    assert [(h.committee, h.date) for h in item.history] == [
        ("Teknik- og Miljøudvalget", date(2024, 5, 28))]


def test_open_item_prefix_and_a_time_in_the_date_cell() -> None:
    """Word "Åbent punkt: Godkendelse af dagsorden"; a FirstAgenda page's "Mødedato:
    09.04.2024 15:30". Before: the prefix stayed in the titles, and the time was lost."""
    word = _meeting("word_open_item_prefix.docx")
    assert [i.title for i in word.items][:2] == ["Godkendelse af dagsorden",
                                                 "Ledighedsstatistik 3. kvartal 2024"]
    assert word.item(4).closed
    page = _meeting("web_firstagenda_time_in_date_cell.html")
    assert (page.date, page.start_time) == (date(2024, 4, 9), "15:30")


def test_a_numbered_html_list_keeps_its_numbers() -> None:
    """An Indstilling as <ol><li>…</li></ol>: a decision refers to its points by number
    ("Indstillingens punkt 2"). Before: every point was a "- " bullet."""
    m = _meeting("web_numbered_recommendations.html")
    assert m.item(89).section("Indstilling") == (
        "Direktionen indstiller, at\n\n1. regnskab 2023 oversendes til revisionen\n\n"
        "2. overførsler på 28,3 mio. kr. til 2024 godkendes.")


def test_a_councils_remarks_are_its_decision() -> None:
    """A Handicapråd's items: "Rådets bemærkninger" (what the council says to the
    hearing) and "Orientering" as a section. Before: the remarks were read as the
    Indstilling's text, "Orientering" was glued onto the title, and the file was an
    agenda."""
    m = _meeting("pdf_council_remarks_as_decision.pdf")
    assert m.doc_type == "referat"
    assert m.item(2).decision.startswith("Handicaprådet bifalder planen")
    assert m.item(2).section("Indstilling") == (
        "Det indstilles, at Handicaprådet afgiver høringssvar.")
    assert m.item(4).title == "Orientering fra formanden og forvaltningen"


def test_a_members_list_wrapped_inside_a_name_and_before_an_organisation() -> None:
    """"…, Jørn" / "Bach  (Aftenskolerne),  Pia  Mølgaard …", "…, Carsten  Due" /
    "(Handicapidræt), …": a justified list of members with their organisations. Before:
    the list ended at "Jørn", and four members were lost."""
    m = _meeting("pdf_members_list_wrapped_in_a_name.pdf")
    present = [p.name for p in m.participants if p.status == "deltog"]
    assert present[3:] == ["Jørn Bach (Aftenskolerne)", "Pia Mølgaard (Spejderne)",
                           "Carsten Due (Handicapidræt)", "Anders Friis (Idrætsforeningerne)",
                           "Mona Lindberg (Brugerrepræsentant)"]
