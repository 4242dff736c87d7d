"""A forty-fifth round of layouts (g; round 45's blind files 04, 05, 07, 08 and 09):

* an item withdrawn from the agenda, marked after its title ("Sti langs Lindå – UDGÅR",
  "Sommerfest 2024 (udgår)"), before it ("Udgår: Besøg fra Lindehaven") or by a
  publication page's badge beside it (`<span class="badge">Udgået</span>` in the
  `<summary>` of a `<details>` item): the mark is no word of the title, the item stays,
  and in minutes with decisions its text saying it was withdrawn ("Punktet udgik, da …")
  or the mark's word ("Udgår.") is its decision; in an agenda the mark's word opens its
  text;
* a Byråd's beslutningsprotokol as a PDF (`gen_formats45g.py`) whose running header
  opens every page, an item's "Beslutning" heading ending one page and its "Ad 1: …" /
  "Ad 2: …" lines opening the next (no "(fortsat)" heading): the running header starts
  no second meeting and the lines go on in the item; a long "Ad 1: …" line and the
  "Ad 2: …" after it stay two lines;
* a lokalråd's markdown (GitHub-flavoured) with HTML tables written into it: its facts
  (`<th>Dato</th><td>…</td>`), its members ("Navn | Repræsenterer | Til stede", "Ja" or
  "Nej – afbud"), a budget table in an item's text and a vote table under a decision
  (`<th>Imod</th><td>1 (Rikke Sø)</td>`) read as the web pages' tables are, and a closing
  italic note under the page's last rule no text of the last item; the same members as
  a pipe table; and as bullets "Name (role), Organisation" under "**Til stede:**" and
  "**Afbud:** Name, Organisation", the organisation kept with the member, no participant
  of its own;
* a meeting system's XML export with its facts in attributes (`<Punkt lbnr="2"
  offentlig="true" sagsnr="…">`, `<Tid start="2024-06-04T16:00:00+02:00"/>`,
  `<Deltager navn="…" parti="C" fravaersaarsag="Syg"/>`, `<Stemme parti="A" valg="for"/>`,
  `<Fravaer person="…"/>`), the same with every attribute a child element (the field's
  text after its `<type>`), and as JSON: the items counted by a key of the export's own
  ("lbnr", "raekkefoelge"), the start inside the time's mapping, the place, attendees,
  votes and an item's absentee read;
* a meeting invitation saved as iCalendar (.ics, lines folded at 75 octets, "\\n" and
  "\\," escaped, DTSTART in UTC, ATTENDEEs with ROLE and PARTSTAT), its agenda in the
  DESCRIPTION, and the same invitation as Outlook prints it ("Emne:", "Placering:",
  "Start: ti 10-09-2024 16:00", "Mødeindkalder:", "Obligatoriske deltagere:", "Valgfrie
  deltagere:"): the subject names the body, the location is the place, the people
  invited the participants (who declined: afbud), "(sag 24/5120)" the item's case number,
  a dagsorden.

Each read wrongly or not at all before.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats import SUPPORTED_SUFFIXES
from ingest.formats.affiliations import with_organisations
from ingest.formats.export_tree import counted, load_tree
from ingest.formats.md_html import md_html
from ingest.formats.members_table import row_person, table_heads
from ingest.formats.text_layout import reflow
from ingest.formats.withdrawn import withdrawn_title
from ingest.ical_text import local_start, properties

from .fixture_files import one_meeting

one = partial(one_meeting, "formats45g")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


# --- a withdrawn item -------------------------------------------------------------------


def test_withdrawn_badge_is_no_word_of_the_title() -> None:
    """A page's "Udgået" badge beside the title is no word of it; an item whose only
    record is the badge has the badge's word as its decision. Before: "Vandløbsregulativ
    for Lindå Udgået", and item 4 a referat's item without a decision."""
    m = one("01_udgaaet_badge.html")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Vandløbsregulativ for Lindå"),
        (3, "Klimaplan 2030 - status"), (4, "Affaldsordning for sommerhuse")]
    assert m.item(2).decision == ("Punktet blev trukket af dagsordenen, da høringen ikke er "
                                  "afsluttet.")
    assert m.item(2).journal_number == "24/3318"
    assert m.item(4).decision == "Udgået."
    assert m.item(4).section("Sagsfremstilling").startswith("Administrationen har udarbejdet")
    assert not m.warnings


def test_withdrawn_marks_in_markdown_minutes() -> None:
    """"– UDGÅR" and "(udgår)" after a heading's title are marks, not words of it; the
    item's text saying it was withdrawn is its record. Before: the marks in the titles,
    and "referat uden beslutning i punkt 2, 3"."""
    m = one("03_udgaar_referat.md")
    assert (m.committee, m.date, m.doc_type) == ("Lindby Borgerforening", date(2024, 6, 3),
                                                  "referat")
    assert [(i.title, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Sti langs Lindå", "Punktet udgik, da kommunens planlægger var forhindret. Det tages "
                            "op på næste møde."),
        ("Sommerfest 2024", "Udgår."),
        ("Eventuelt", "Intet.")]
    assert not m.warnings


def test_withdrawn_items_of_an_agenda_stay_an_agenda() -> None:
    """In an agenda the mark's word opens the item's text and gives it no decision: the
    meeting stays a dagsorden. Before: "Høring om madservice (udgår)", "Udgår: Besøg fra
    Lindehaven"."""
    m = one("02_udgaar_dagsorden.txt")
    assert m.doc_type == "dagsorden" and not any(i.decision for i in m.items)
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Høring om madservice", "Besøg fra Lindehaven", "Eventuelt"]
    assert m.item(2).sections[0].text == "Udgår."
    assert m.item(2).section("Sagsfremstilling").startswith("Kommunen har sendt forslag")
    assert m.item(3).section("Beskrivelse") == "Udgår."


def test_withdrawn_title_keeps_a_title_that_only_uses_the_word() -> None:
    """Only a mark set off after the title (a dash, brackets, a capitalised badge) or
    before it is one; the word inside a title's sentence is no mark."""
    assert withdrawn_title("Projekter, der udgår af budgettet") == (
        "Projekter, der udgår af budgettet", "")
    assert withdrawn_title("Salg af grund – punktet blev trukket") == (
        "Salg af grund", "punktet blev trukket")
    assert withdrawn_title("Udgået") == ("Udgået", "")


# --- a decision going on under the next page's running header ----------------------------


def test_decision_lines_after_a_page_break_go_on_in_the_item() -> None:
    """"Beslutning" at the foot of page 1, "Ad 1: …" / "Ad 2: …" under page 2's running
    header: one meeting, item 3 keeps its decision and item 4, 5 follow. Before: a second
    meeting whose items were "Godkendt med den ændring, …" and "Godkendt", item 3
    without a decision, item 4 and 5 lost."""
    m = one("04_protokol_sideskift.pdf")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Byrådet", date(2024, 5, 21), "19:00", "Byrådssalen, Lindby Rådhus")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Regnskab 2023", "Energirenovering af kommunale bygninger",
        "Lokalplan 91 - Boliger ved Skovvej, endelig vedtagelse", "Salg af grund på Industrivej 3"]
    assert m.item(3).decision.split("\n") == [
        "Ad 1: Godkendt med den ændring, at bevillingen finansieres af kassebeholdningen.",
        "Ad 2: Godkendt.", "For stemte 6 (A, V, F og C), imod stemte 0."]
    assert m.item(3).votes == {"for": ["A", "V", "F", "C"]}
    assert m.item(4).decision.split("\n")[:2] == [
        "Ad 1: Godkendt med den ændring, at bebyggelsens højde nedsættes til 8,5 m.",
        "Ad 2: Godkendt."]
    assert m.item(4).absentees == ["Jens Bro (V)"]
    assert m.item(5).closed and m.item(5).decision == "Godkendt."
    assert "LINDBY" not in m.item(3).section("Sagsfremstilling")
    assert not m.warnings


def test_decision_on_each_point_keeps_its_line() -> None:
    """"Ad 2: …" after a line long enough to be wrapped opens a line of its own."""
    long = "Ad 1: Godkendt med den ændring, at bevillingen finansieres af kassebeholdningen."
    assert reflow([long, "Ad 2: Godkendt."]) == f"{long}\nAd 2: Godkendt."
    assert reflow([long, "Ad pkt. 2: Godkendt."]) == f"{long}\nAd pkt. 2: Godkendt."


# --- markdown with HTML tables, a members' pipe table, organisations after names --------

_EGESKOV = [("Erik Bak (Egeskov Borgerforening)", "deltog", "formand"),
            ("Pia Lund (Egeskov Skole, skolebestyrelsen)", "deltog", "sekretær"),
            ("Tom Hald (Egeskov IF)", "afbud", ""), ("Rikke Sø (Menighedsrådet)", "deltog", "")]


def test_html_tables_in_markdown_are_read_as_tables() -> None:
    """The facts table gives the place, the members' table the participants, the vote
    table the item's vote, the budget table lines of the item's text; no markup is
    left. Before: the place was the raw row "<tr><th …>Sted</th><td>…", no participants,
    the tables' markup in the item's text and decision, no vote."""
    m = one("05_lokalraad_html.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Egeskov Lokalråd", date(2024, 5, 15), "19:00", "Egeskov Skole, personalerummet")
    assert _people(m) == _EGESKOV
    budget = m.item(2)
    assert budget.decision == "Budgettet blev godkendt.\n\nFor: 2\nImod: 1 (Rikke Sø)"
    assert budget.votes == {"imod": ["Rikke Sø"]}
    assert "Musik: 9.000 kr." in budget.section("Beskrivelse")
    assert "<" not in " ".join(s.text for i in m.items for s in i.sections)


def test_closing_italic_note_under_the_last_rule_is_no_decision() -> None:
    """"---" / "*Referatet er godkendt af formanden og lagt på …*" after the last item.
    Before: the note ended item 3's decision."""
    assert one("05_lokalraad_html.md").item(3).decision == "Næste møde holdes den 12. juni."


def test_members_pipe_table_gives_the_participants() -> None:
    """"| Navn | Repræsenterer | Til stede |" with "Ja" / "Nej". Before: no participants."""
    m = one("06_lokalraad_pipe.md")
    assert _people(m) == [("Erik Bak (Egeskov Borgerforening)", "deltog", "formand"),
                          ("Pia Lund (Egeskov Skole)", "deltog", ""),
                          ("Tom Hald (Egeskov IF)", "afbud", "")]


def test_organisation_after_a_member_is_no_participant() -> None:
    """"- Erik Bak (formand), Egeskov Borgerforening", "**Afbud:** Tom Hald, Egeskov IF".
    Before: "Egeskov Borgerforening", "Egeskov Skole" (role "skolebestyrelsen"),
    "Menighedsrådet" and "Egeskov IF" were participants of their own."""
    m = one("07_lokalraad_punkter.md")
    assert _people(m) == [_EGESKOV[0], _EGESKOV[1], _EGESKOV[3], _EGESKOV[2]]
    # two people stay two; a role after the comma stays the role
    assert with_organisations(["Ida Ravn (A)", "Ole Bak (V)"], lambda s: True) == [
        "Ida Ravn (A)", "Ole Bak (V)"]


def test_members_table_with_a_yes_no_attendance_column() -> None:
    """"Til stede" heads a members' table; "Ja" is there, "Nej – afbud" away."""
    heads = table_heads(["Navn", "Repræsenterer", "Til stede"])
    assert heads == ["navn", "repræsenterer", "til stede"]
    p = row_person(["Lone Dyhr", "Menighedsrådet", "Nej – afbud"], heads)
    assert (p.name, p.status) == ("Lone Dyhr (Menighedsrådet)", "afbud")
    p = row_person(["Hans Kjær (formand)", "Borgerforeningen", "Ja"], heads)
    assert (p.name, p.status, p.role) == ("Hans Kjær (Borgerforeningen)", "deltog", "formand")


def test_markdown_without_html_tables_is_left_as_it_is() -> None:
    text = "# Referat\n\n| Dato | 1. maj 2024 |\n|---|---|\n\n## 1. Godkendelse\n"
    assert md_html(text) is text


# --- a structured export with its facts in attributes ---------------------------------------


def test_export_with_facts_in_attributes() -> None:
    """Items counted by "lbnr", the start in `<Tid start=…/>`, `<Lokation>`, attendees
    with `fremmoedt` or a reason for being away, a vote one `<Stemme>` a party and an
    item's `<Fravaer person=…/>`. Before: "eksport: ingen mødedato fundet i hovedet" (and
    with no items found, "XML i et ukendt format")."""
    m = one("08_eksport_attributter.xml")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Teknik- og Miljøudvalget", date(2024, 6, 4), "16:00", "Lindby Rådhus, mødelokale 4",
        "referat")
    assert _people(m) == [("Ulla Krog (A)", "deltog", "formand"), ("Per Sand (V)", "deltog", ""),
                          ("Eva Holm (F)", "deltog", ""), ("Bo Ravn (C)", "afbud", "")]
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Lokalplan 44 - Erhverv ved Ringvejen", False),
        (3, "Erstatningssag", True)]
    plan = m.item(2)
    assert plan.journal_number == "01.02.05-P16-3-24"
    assert plan.decision.startswith("Anbefales over for Byrådet.")
    assert plan.votes == {"for": ["A", "F"], "imod": ["V"]}
    assert plan.absentees == ["Eva Holm"]


def test_export_with_facts_as_child_elements() -> None:
    """The same export with each attribute a child element: `<Felt><type>BESLUTNING
    </type>Godkendt.</Felt>` keeps its text. Before: refused."""
    m = one("09_eksport_elementer.xml")
    assert (m.committee, m.date, m.start_time) == ("Teknik- og Miljøudvalget",
                                                    date(2024, 6, 4), "16:00")
    assert [(i.title, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Lokalplan 44 - Erhverv ved Ringvejen", "Anbefales over for Byrådet.")]
    assert _people(m) == [("Ulla Krog (A)", "deltog", "formand"), ("Bo Ravn (C)", "afbud", "")]
    assert load_tree(b"<F><type>X</type>Godkendt.</F>") == {"type": "X", "#text": "Godkendt."}


def test_export_as_json_counted_by_its_own_key() -> None:
    """"raekkefoelge": 1, 2 counts the items; "tid": {"start": …} is the start. Before:
    refused."""
    m = one("10_eksport.json")
    assert (m.committee, m.date, m.start_time, len(m.items)) == (
        "Teknik- og Miljøudvalget", date(2024, 6, 4), "16:00", 2)
    assert m.item(2).votes == {"for": ["A"], "imod": ["V"]}
    # a key counting anything but 1, 2, 3 … is no item number
    listed = [{"id": "7", "titel": "A"}, {"id": "9", "titel": "B"}]
    assert counted(listed) is listed


# --- a meeting invitation: iCalendar and Outlook's print -----------------------------------

# (an invitation is an agenda: its people are called to the meeting, not seen there; the
# organiser Mads Lyng sent it and signs its text, no participant: round 77)
_INVITED = [("Hanne Østergaard", "indkaldt", ""), ("Ib Krog", "indkaldt", "")]


def _agenda(meeting) -> list[tuple[int, str, str | None]]:  # noqa: ANN001
    return [(i.number, i.title, i.journal_number) for i in meeting.items]


def test_icalendar_invitation_is_read_as_its_agenda() -> None:
    """SUMMARY the body, DTSTART (UTC) the Danish start, LOCATION the place (its "\\,"
    a comma), ATTENDEE's CN the participants, DECLINED afbud, DESCRIPTION the items.
    Before: refused, "filtypen .ics understøttes ikke"."""
    assert ".ics" in SUPPORTED_SUFFIXES
    m = one("11_invitation.ics")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Handicaprådet", date(2024, 9, 10), "16:00", "Lindby Rådhus, lokale 2", "dagsorden")
    assert _people(m) == [*_INVITED, ("Jens Ving", "indkaldt", "valgfri deltager"),
                          ("Sonja Dahl", "afbud", "")]
    assert _agenda(m) == [(1, "Godkendelse af dagsorden", None),
                          (2, "Tilgængelighed i Lindby Hallen", "24/5120"), (3, "Eventuelt", None)]
    assert m.item(2).section("Beskrivelse") == ("Kommunen orienterer om ombygningen, der "
                                                "begynder i oktober.")
    assert "hilsen" not in m.item(3).section("Beskrivelse")


def test_outlook_printed_invitation() -> None:
    """"Emne:" names the body, "Placering:" the place, the attendees' lines the people.
    Before: "Ukendt udvalg", no place, no participants, the case number in the title."""
    m = one("12_invitation_udskrift.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Handicaprådet", date(2024, 9, 10), "16:00", "Lindby Rådhus, lokale 2")
    assert _people(m) == [*_INVITED, ("Sonja Dahl", "indkaldt", ""),
                          ("Jens Ving", "indkaldt", "valgfri deltager")]
    assert _agenda(m) == _agenda(one("11_invitation.ics"))
    assert not m.warnings


def test_icalendar_lines_unfolded_and_times_in_danish() -> None:
    props = properties('BEGIN:VEVENT\r\nATTENDEE;CN="Ib \r\n Krog";ROLE=OPT-PARTICIPANT:m\r\n'
                       ' ailto:ib@x.dk\r\nEND:VEVENT\r\nSUMMARY:efter')
    assert props == [("ATTENDEE", {"CN": "Ib Krog", "ROLE": "OPT-PARTICIPANT"}, "mailto:ib@x.dk")]
    assert local_start("20240110T150000Z", {}) == "10-01-2024 16:00"  # (winter: UTC+1)
    assert local_start("20240910T160000", {"TZID": "Europe/Copenhagen"}) == "10-09-2024 16:00"
