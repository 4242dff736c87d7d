"""A thirty-ninth round of layouts: a CMS page whose vote is a small table ("For | 4 |
A, V, K") and whose closed items say so only in markup (a modifier of the item's class,
"punkt--lukket", or a lock icon's accessible name), a Notion database exported as CSV
("Name", a "Møde" relation naming the meeting, "Yes"/"No", "Last edited time", "Tags")
and Microsoft Loop meeting notes (an agenda checklist, unnumbered notes headings, "@"
mentions, icons before the meeting's facts). Each read wrongly or not at all before."""

from __future__ import annotations

from datetime import date
from functools import partial

from bs4 import BeautifulSoup

from ingest.formats.loop_md import loop_notes
from ingest.html_marks import vote_rows
from ingest.html_text import html_text

from .fixture_files import one_meeting

one = partial(one_meeting, "formats39")


def test_cms_page_with_a_vote_table_and_items_closed_in_markup() -> None:
    """The vote as a table under its column heads ("Stemme | Antal | Partier"), item 3
    closed only by its class ("punkt punkt--lukket"), item 4 only by a lock icon whose
    `<title>` says "Fortroligt". Before: the table's words in the decision, no vote,
    neither item closed."""
    m = one("01_cms_afstemning_lukket.html")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Kultur- og Fritidsudvalget", date(2025, 4, 8), "17:00", "referat",
        "Kulturhuset, lokale 3")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Tilskud til sommerfestival 2025",
        "Opsigelse af lejeaftale – forening", "Personalesag", "Eventuelt"]
    assert m.items[1].votes == {"for": ["A", "V", "K"], "imod": ["O", "Ø"]}
    assert m.items[1].decision.startswith("Der gives et tilskud på 60.000 kr.")
    assert "Stemme" not in m.items[1].decision and "Partier" not in m.items[1].decision
    assert [i.closed for i in m.items] == [False, False, True, True, False]
    assert [i.decision for i in m.items[2:]] == [
        "Lejeaftalen opsiges.", "Indstillingen blev fulgt.", "Intet."]


def test_only_a_vote_table_is_read_as_a_vote() -> None:
    """A table of other rows (a budget, a members list) stays a table."""
    def table(html: str) -> object:
        return BeautifulSoup(html, "html.parser").table

    assert vote_rows(table("<table><tr><td>Drift</td><td>120</td></tr>"
                           "<tr><td>Anlæg</td><td>40</td></tr></table>")) is None
    assert vote_rows(table("<table><tr><td>For</td><td>A</td></tr></table>")) is None  # one row
    assert vote_rows(table("<table><tr><th>Stemte for</th><td>(5)</td><td>A, V</td></tr>"
                           "<tr><th>Stemte imod</th><td>Ø</td></tr></table>")) == [
        "Stemte for: A, V (5)", "Stemte imod: Ø"]


def test_a_closed_class_on_every_item_or_a_widget_closes_nothing() -> None:
    """"--closed" on every item alike is the page's folding, and an accordion's state
    is no access; one item's modifier, or a lock icon's name, is."""
    def closed_marks(html: str) -> int:
        return html_text(html).count("lukket punkt") + html_text(html).count("Lukket punkt")

    folded = "".join(f'<article class="item item--closed"><h2>{n}. Sag</h2><p>Tekst</p></article>'
                     for n in (1, 2))
    assert closed_marks(folded) == 0
    assert closed_marks('<div class="accordion-item--closed"><h2>3. Sag</h2></div>'
                        '<div class="accordion-item"><h2>4. Sag</h2></div>') == 0
    assert closed_marks('<article class="item"><h2>1. Sag</h2></article>'
                        '<article class="item item--closed"><h2>2. Sag</h2></article>') == 1
    assert closed_marks('<h2>5. Sag <i class="fa fa-lock" aria-label="Lukket"></i></h2>'
                        '<img src="logo.svg" alt="Egeby Kommune">') == 1


def test_notion_database_exported_as_csv() -> None:
    """"Name" is the title, "Nr" the number (the rows in the order they were made), the
    "Møde" relation names the body and the day (its notion.so address left out, no date
    column of its own), "Yes" closes item 3, "Fraværende" is that item's absentee, and
    "Last edited time" and "Tags" are no item's text. Before: no item found."""
    m = one("02_notion_database.csv")
    assert (m.committee, m.date, m.doc_type, m.place) == (
        "Ældrerådet", date(2025, 3, 5), "referat", "Borgerhuset")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Høring om trafikplan"),
        (3, "Henvendelse om hjemmepleje – enkeltsag")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Ældrerådet afgiver høringssvar. Imod stemte: Ove Dam.",
        "Henvendelsen sendes videre til forvaltningen."]
    assert m.items[1].votes == {"imod": ["Ove Dam"]}
    assert [i.closed for i in m.items] == [False, False, True]
    assert [i.absentees for i in m.items] == [[], [], ["Bent Mose"]]
    assert m.items[1].section("Ansvarlig") == "Tove Lind"
    for item in m.items:
        text = " ".join(s.text for s in item.sections)
        assert "notion.so" not in text and "2025 10:" not in text and "Fast punkt" not in text


def test_loop_meeting_notes() -> None:
    """The agenda a checklist, the notes one heading an item without its number (item 3
    has none), "@" before every name, "📅 … · 📍 …" as the meeting's facts, "🔒" after a
    closed item, "**Afstemning:** For 3 (…) – imod 1 (…)", and the follow-up tasks and
    Loop's footer after the last item. Before: no item found."""
    m = one("03_loop_noter.md")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Seniorrådet", date(2025, 4, 22), "10:00", "referat", "Aktivitetscentret, mødesalen")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Jytte Holm", "deltog", "formand"), ("Kaj Berg", "deltog", ""),
        ("Ruth Sørensen", "deltog", ""), ("Leif Dam", "deltog", ""),
        ("Inge Krogh", "afbud", "")]
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Ældrepolitik – høring"),
        (3, "Budget for udflugter"), (4, "Ansøgning fra pensionistforening")]
    assert m.items[0].decision == "Godkendt uden bemærkninger."
    assert m.items[1].decision.startswith("Rådet afgiver høringssvar om flere aktiviteter.")
    assert m.items[1].votes == {"for": ["Jytte Holm", "Kaj Berg", "Leif Dam"],
                                "imod": ["Ruth Sørensen"]}
    assert m.items[1].section("Beskrivelse") == "Kaj Berg fremlagde udkastet."
    assert [i.closed for i in m.items] == [False, False, False, True]
    assert m.items[3].absentees == ["Leif Dam"]
    assert m.items[3].decision == "Foreningen får 5.000 kr."  # (no tasks, no footer)


def test_loop_notes_need_an_agenda_checklist_matching_headings() -> None:
    """A to-do list whose entries head nothing below it, and markdown without a
    checklist, are left as they are."""
    todo = "# Noter\n\n- [ ] Ring til Ole\n- [x] Book lokale\n\n### Andet\n\nTekst @Ole"
    assert loop_notes(todo) == todo
    assert loop_notes("## 1. Budget\n\nGodkendt.") == "## 1. Budget\n\nGodkendt."
