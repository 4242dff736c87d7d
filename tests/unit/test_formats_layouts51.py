"""A fifty-first round of layouts (round 51's blind files 01, 02, 04, 06, 07, 08, 09 and
10): a title wrapped before its span of years, a decision list one line an item, an
item's sections as tabs, an Excel sheet's merged number cells, a school board's minutes
numbered from 0, a mailing list's archive page, "Punkt N - Åben/Lukket" over the title,
and a joint meeting's members in a two-column table; each read wrongly (or refused)
before. The generated files are written by `gen_formats51.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats51")


def _people(meeting) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(p.name, p.status) for p in meeting.participants]


def test_title_wrapped_before_its_years() -> None:
    """"Punkt 4. Høringssvar til regionens trafikplan" / "2025-2028" / "Sagsnr.: 25/0417"
    in a PDF. Before: the years the case number, the real one a "Beskrivelse"."""
    m = one("01_aarstal_ombrudt.pdf")
    assert (m.committee, m.date, m.doc_type) == ("Økonomiudvalget", date(2025, 2, 10),
                                                 "dagsorden")
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (3, "Godkendelse af dagsorden", "25/0101"),
        (4, "Høringssvar til regionens trafikplan 2025-2028", "25/0417")]
    assert m.item(4).section("Sagsfremstilling").startswith("Regionen har sendt")


def test_decision_list_one_line_an_item() -> None:
    """"N. **Title** – Decision." under "**Meldt afbud:**", "Mødet hævet" and an italic
    approval note after it; the same without bold in plain text. Before: refused,
    "ingen dagsordenspunkter fundet"."""
    m = one("02_beslutningsliste.md")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Kommunalbestyrelsen", date(2025, 2, 5), "18:00", "referat")
    assert [(i.title, i.closed, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", False, "Godkendt."),
        ("Budget 2025 – status", False, "Taget til efterretning. Imod stemte 2 (Ø)."),
        ("Salg af Havnevej 4", True, "Godkendt.")]
    assert m.item(2).votes == {"imod": ["Ø"]}
    assert ("Ida Krag (V)", "afbud") in _people(m)
    plain = one("02_uden_fed.txt")
    assert [(i.title, i.decision) for i in plain.items] == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Høring om madservice – visitation", "Rådet anbefaler forslaget."),
        ("Eventuelt", "Intet.")]


def test_sections_as_tabs() -> None:
    """A tab list of buttons, then the panels (one hidden), a panel of two paragraphs.
    Before: item 2 one undifferentiated section, no decision."""
    m = one("04_faneblade.html")
    assert (m.committee, m.date, m.start_time) == ("Kulturudvalget", date(2025, 2, 5), "16:00")
    assert [s.name for s in m.item(2).sections] == ["Beslutning", "Sagsfremstilling"]
    assert m.item(2).decision.startswith("Godkendt.")
    assert m.item(2).absentees == ["Ole Bak (V)"]
    assert m.item(2).section("Sagsfremstilling") == (
        "Kunstfonden har tilbudt et værk.\n\nVærket opstilles i 2025.")


def test_excel_csv_with_merged_number_cells() -> None:
    """"Punkt;Titel;Felt;Tekst", the number and title only in an item's first row.
    Before: the rows with a blank number dropped, no decision in items 2 and 3."""
    m = one("06_excel_flettede.csv")
    assert (m.committee, m.date, m.start_time) == ("Miljøudvalget", date(2025, 2, 3), "16:00")
    assert [[s.name for s in i.sections] for i in m.items] == [
        ["Beslutning"], ["Sagsfremstilling", "Indstilling", "Beslutning"],
        ["Sagsfremstilling", "Beslutning"]]
    assert m.item(2).decision.startswith("Anbefales.")
    assert m.item(2).votes == {"imod": ["Ø"]}
    assert m.item(3).decision == "Udvalget besluttede at sende forslaget i høring."


def test_school_board_numbered_from_zero() -> None:
    """"REFERAT AF SKOLEBESTYRELSESMØDE" under "Vestre Skole – Skolebestyrelsen", "Meldt
    afbud:", "skoleleder Tove Riis (sekretær)", items 0–3, "2a."/"2b." right under "2.
    Budget 2025". Before: committee "Skolebestyrelsesmøde", two people lost, 2a in the
    title, item 0 on the front page's punkt."""
    m = one("07_skolebestyrelse.txt")
    assert (m.committee, m.date, m.start_time) == (
        "Vestre Skole – Skolebestyrelsen", date(2025, 2, 4), "17:00")
    assert ("Lars Holt", "afbud") in _people(m)
    assert [(p.name, p.role) for p in m.participants if p.name == "Tove Riis"] == [
        ("Tove Riis", "skoleleder, sekretær")]
    assert [(i.number, i.name, i.title) for i in m.items] == [
        (1, "punkt 0", "Valg af dirigent"), (2, "punkt 1", "Godkendelse af dagsorden"),
        (3, "punkt 2", "Budget 2025"), (4, "punkt 3", "Eventuelt")]
    assert m.item(3).decision.startswith("2a. Skolens økonomi:\nDrøftet.")
    assert "2b. Midler til legepladsen" in m.item(3).decision


def test_mailing_list_archive_page() -> None:
    """A pipermail page: subject `<h1>`, sender, "x at y", post date, navigation, the
    mail in `<PRE>` between the article comments, a greeting, signature and scrubbed
    attachment note after the last item. Before: the committee the page's head."""
    m = one("08_pipermail.html")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Vestby Lokalråd", date(2025, 2, 3), "19:00", "Vestby Forsamlingshus")
    assert ("Jens Dahl", "afbud") in _people(m)
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Fastelavn", "Evt."]
    assert m.item(3).section("Beskrivelse") == "Intet."


def test_status_word_after_the_number() -> None:
    """"Punkt N - Åben" / "Punkt N - Lukket" with the title on the line below. Before:
    titles "Åben"/"Lukket", the real titles text, the closed item open."""
    m = one("09_aaben_lukket.txt")
    assert (m.committee, m.date, m.start_time) == ("Byrådet", date(2025, 2, 6), "16:30")
    assert [(i.title, i.closed, i.journal_number) for i in m.items] == [
        ("Godkendelse af dagsorden", False, None),
        ("Tillægsbevilling til snerydning", False, "25/1520"),
        ("Køb af ejendom til børnehave", True, "25/1639")]
    assert [s.name for s in m.item(2).sections] == ["Sagsfremstilling", "Beslutning"]


def test_joint_meeting_members_in_two_columns() -> None:
    """One table under "Deltagere": the two committees as heads, a member a paragraph,
    "– afbud" after the absent. Before: no participants (and a head "Teknisk Udvalg:"
    split into a field)."""
    m = one("10_faellesmoede.docx")
    assert m.committee == "Fællesmøde mellem Teknisk Udvalg og Planudvalget"
    assert _people(m) == [("Ida Ravn (A)", "deltog"), ("Ole Bak (V)", "afbud"),
                          ("Kim Dal (C)", "deltog"), ("Eva Holm (V)", "deltog"),
                          ("Per Krag (A)", "deltog")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales."]
