"""An eighth round, the web: a municipality's CMS page (a cookie banner, menus, a side
bar, "Del siden" and "Fandt du det, du søgte?" around the minutes, the participants as a
list under a heading, the municipality only in the page's title), a FirstAgenda page whose
decision follows "Sagsforløb" as a bold paragraph and whose closed item is marked by a
label beside its title, an Acadre item decided the same day by two committees, an eDoc
front page naming only its town hall's address, and an API file from a host with a
hyphenated municipality. Each read wrongly before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from ingest.html_text import html_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats8"
_FURNITURE = ("cookies", "Del siden", "Fandt du det", "Sidst opdateret", "Til toppen",
              "senest opdateret", "Facebook", "Andre møder", "Gå til indhold")


def one(name: str):
    meetings = read_meetings(FIXTURES / name)
    assert len(meetings) == 1
    return meetings[0]


def _all_text(meeting) -> str:
    return "\n".join(s.text for i in meeting.items for s in i.sections)


def test_a_cms_page_reads_without_its_banner_menus_and_page_tools() -> None:
    m = one("web_cms_accordion.html")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Faxe", "Plan- og Kulturudvalget", date(2024, 5, 6), "16:00")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Jette Kirkegaard (A)", "deltog", "formand"),
        ("Poul Erik Mogensen (V)", "deltog", "næstformand"),
        ("Hanne Brix Lauritsen (C)", "deltog", ""),
        ("Ali Yaghoobi (A)", "afbud", "")]
    assert m.item(2).decision == "Orienteringen blev taget til efterretning."
    assert not any(word in _all_text(m) for word in _FURNITURE)


def test_a_cms_page_whose_title_alone_names_the_municipality() -> None:
    m = one("web_cms_table_rows.html")
    # the cookie banner ("Favrskov Kommune anvender cookies …") and the side menu
    # ("Byrådet") are no committee; the page's title and header name the municipality
    assert (m.municipality, m.committee, m.date) == (
        "Favrskov", "Social- og Sundhedsudvalget", date(2024, 6, 11))
    assert m.item(3).decision == "Forvaltningen svarer skriftligt på spørgsmål om genoptræning."
    assert m.absentees == ["Søren Gravesen (C)"]
    assert not any(word in _all_text(m) for word in _FURNITURE)


def test_furniture_is_found_by_structure_and_the_minutes_always_stay() -> None:
    text = html_text(
        "<div class='page has-sidebar'><div role='navigation'>Forside</div>"
        "<ul class='mainmenu'><li>Borger</li></ul><h1>Byrådet</h1>"
        "<article><header><h2>1. Budget 2025</h2></header><p>Godkendt.</p>"
        "<footer class='social-share'>Del på Facebook</footer></article>"
        "<p><a href='#top'>Til toppen</a></p><p><a href='#punkt-1'>Punkt 1</a></p></div>")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines == ["Byrådet", "1. Budget 2025", "Godkendt.", "Punkt 1"]


def test_a_heading_over_a_list_of_names_is_a_participant_list_only() -> None:
    def lines(html: str) -> list[str]:
        return [ln.strip() for ln in html_text(html).splitlines() if ln.strip()]

    assert lines("<h2>Til stede</h2><ul><li>Ida Ravn (A), formand</li><li>Ole Bak (V) "
                 "(fraværende)</li></ul>") == ["Til stede: Ida Ravn (A), formand",
                                                "Afbud: Ole Bak (V)"]
    # a list of other things under the same word stays a list
    assert lines("<h3>Deltagere</h3><ul><li>borgere fra lokalområdet</li></ul>") == [
        "Deltagere", "- borgere fra lokalområdet"]


def test_firstagenda_page_decision_after_the_history_closed_label_and_roles() -> None:
    m = one("web_firstagenda_publication.html")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Hanne Grangaard (A)", "deltog", "formand"),
        ("Kim Bennedsen (V)", "deltog", "næstformand"),
        ("Ulrik Andersen (V)", "deltog", ""), ("Ole Vind (V)", "afbud", "")]
    item = m.item(1)
    assert item.journal_number == "28.00.00-P20-4-23"
    assert item.decision.startswith("Udvalget anbefaler model B")
    assert item.votes == {"imod": ["Kim Bennedsen", "Ulrik Andersen"]}
    (earlier,) = item.history
    assert (earlier.committee, earlier.date, earlier.punkt) == (
        "Børne- og Familieudvalget", date(2024, 1, 9), 5)
    assert "model B" not in earlier.text and "model B" not in item.section("Sagens forløb")
    assert m.item(2).closed and m.item(2).title == "Ansøgning om dispensation fra dagtilbudsloven"
    assert not m.item(3).closed  # "lukket punkt" in an item's text says nothing
    assert not m.warnings


def test_acadre_another_committees_decision_the_same_day_is_history() -> None:
    m = one("web_acadre_other_committee.xml")
    item = m.item(43)
    assert item.decision == ("Anbefales over for Byrådet uden Klima- og Miljøudvalgets "
                             "tilføjelse om puljen.")
    assert item.votes == {}
    (earlier,) = item.history
    assert (earlier.committee, earlier.date) == ("Klima- og Miljøudvalget", date(2024, 4, 8))
    assert "3 mio. kr." in earlier.text
    # the item's own absentee (the excuse "Inhabil" is no part of the name) stays,
    # besides the one the decision text names
    assert m.item(44).absentees == ["Dan Johansen (V)", "Carsten Bruun (F)"]


def test_edoc_municipality_from_the_town_hall_in_the_place() -> None:
    m = one("web_edoc_town_hall.xml")
    assert m.place == "Byrådssalen, Rådhuset, Parkvej 37, Nykøbing Falster"
    assert (m.municipality, m.municipality_guessed) == ("Guldborgsund", True)


def test_firstagenda_api_host_names_the_municipality_as_it_is_spelled() -> None:
    m = one("web_firstagenda_api.json")
    assert m.municipality == "Ikast-Brande"
