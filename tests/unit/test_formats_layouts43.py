"""A forty-third round of layouts (the rest of round 41's blind files): a council's
seminar over two days whose programme's topics are its items ("Emne N: Title", no other
item heading), dated "mandag den 9. og tirsdag den 10. september 2024", named in its
title as the body's event ("Kommunalbestyrelsens strategiseminar 2024"), its members
listed after the body's name ("Kommunalbestyrelsen: Bente Fog (V), …"), with a day's
divider between two topics and the seminar's closing line after the last; a joint
board's Word referat whose agenda is one table of group rows ("1 Orientering") over
sub-item rows ("1.1" | Title) and their field rows, closed by an item of no group. Each
read wrongly or not at all before. The PDF and the .docx are made by `gen_formats43.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.dates import date_and_time
from ingest.formats.theme_items import event_body, theme_items
from ingest.formats.word_subitems import sub_item_lines

from .fixture_files import one_meeting

one = partial(one_meeting, "formats43")


def test_seminar_topics_as_items_dated_by_the_first_day() -> None:
    """A seminar's "Emne 1: …" … "Emne 4: Lukket punkt: …" are its four items, the last
    closed; the meeting is the body's ("Kommunalbestyrelsen"), on its first day at its
    first day's time; "Kommunalbestyrelsen:" opens the members' list and names nobody.
    Before: rejected ("ingen dagsordenspunkter fundet"); with "Punkt N:" headings the
    second day's date, the committee "Kommunalbestyrelsens strategiseminar" and a first
    member "Kommunalbestyrelsen: Bente Fog (V)"."""
    m = one("01_strategiseminar.pdf")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Kommunalbestyrelsen", date(2024, 9, 9), "10:00", "referat")
    assert m.place == "Kursuscenter Skovly, Skovvej 12, 6600 Lindholt"
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Klimaplan og grøn omstilling", False),
        (2, "Boligudvikling i landsbyerne", False),
        (3, "Digitalisering i administrationen", False),
        (4, "Køb af ejendom på Havnevej", True)]
    assert [(p.name, p.status, p.role) for p in m.participants][:2] == [
        ("Bente Fog (V)", "deltog", "borgmester"), ("Allan Krag (A)", "deltog", "viceborgmester")]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Hanne Toft (F)"]


def test_day_divider_and_closing_line_are_no_decision() -> None:
    """"Dag 2 – tirsdag den 10. september 2024" between two topics and "Seminaret
    sluttede tirsdag kl. 11.45." after the last end no conclusion. Before: both were the
    last words of the topic above them."""
    m = one("01_strategiseminar.pdf")
    assert [i.decision for i in m.items] == [
        "Klimaplanen revideres i 2025 med fokus på transport.",
        "Der udarbejdes en plan for udstykning i Nørre Lindholt.",
        "Forvaltningen afprøver to løsninger i 2025.",
        "Kommunalbestyrelsen drøftede købet. Sagen behandles på næste møde."]


def test_two_days_written_out_start_on_the_first() -> None:
    """Two weekday dates sharing month and year, or a span of days, give the first day."""
    assert date_and_time("Torsdag den 22. og fredag den 23. august 2024")[0] == date(2024, 8, 22)
    assert date_and_time("9.-10. september 2024")[0] == date(2024, 9, 9)
    assert date_and_time("d. 3. og 4. maj 2024")[0] == date(2024, 5, 3)


def test_theme_headings_only_as_a_run_and_events_only_of_a_body() -> None:
    """"Tema N:" lines are items only numbered 1, 2 … and at least two; a title naming a
    body's seminar is the body, any other name stays."""
    lines = ["Tema 1: Økonomi", "Tekst.", "Tema 2: Skoler", "Tekst."]
    assert [(s.number, s.title) for s in theme_items(lines)] == [(1, "Økonomi"), (2, "Skoler")]
    assert theme_items(["Tema 1: Økonomi", "Tekst."]) == []
    assert theme_items(["Tema 2: Økonomi", "Tema 3: Skoler"]) == []
    assert event_body("Byrådets budgetseminar 2025-2028") == "Byrådet"
    assert event_body("Økonomiudvalgets temamøde") == "Økonomiudvalget"
    assert event_body("Teknik- og Miljøudvalget") == "Teknik- og Miljøudvalget"


def test_word_table_of_groups_and_sub_items() -> None:
    """The sub-item rows "1.1", "1.2", "2.1" are the items, numbered 1, 2, 3 with their
    printed numbers as labels, each with its field rows as sections; the group row "2
    Lukkede sager" closes 2.1 only; "3." | "Eventuelt" after the groups is item 4,
    labelled "3", open. Before: the group rows were the items, the sub-items their
    text."""
    m = one("02_gruppetabel.docx")
    assert [(i.number, i.label, i.title, i.closed) for i in m.items] == [
        (1, "1.1", "Status på vandværkerne", False),
        (2, "1.2", "Nyt fra sekretariatet", False),
        (3, "2.1", "Erstatningssag", True),
        (4, "3", "Eventuelt", False)]
    assert [i.decision for i in m.items] == [
        "Taget til efterretning.", "Taget til efterretning.", "Erstatningen blev afvist.",
        "Intet."]
    assert m.items[0].sections[0].name == "Sagsfremstilling"


def test_sub_item_table_needs_two_sub_items() -> None:
    """A table with one sub-item row, or a row of another shape, is left to the other
    readers."""
    assert sub_item_lines([[["1 Orientering"], [], []], [["1.1"], ["Status"], []]]) is None
    assert sub_item_lines([[["1.1"], ["A"]], [["1.2"], ["B"]], [["x"], ["y"], ["z"]]]) is None


def test_joint_body_members_without_their_municipality() -> None:
    """"Borgmester Anna Kro (A), Sydfjord Kommune, formand" is one member, the
    municipality she represents no participant of its own. Before: "Sydfjord Kommune"
    a participant holding the role "formand"."""
    m = one("02_gruppetabel.docx")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Anna Kro (A)", "deltog"), ("Per Lynge (V)", "deltog")]
