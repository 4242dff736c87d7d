"""A fiftieth round of layouts (round 50's blind files 08, 06, 07, 05, 03, 09, 02 and 01):
a closed mark a paragraph below the title, a lock icon before the number, a decision
column headed "Referat / beslutning" (in a mail with a plain part too) or "Rådets
beslutning / udtalelse" in a markdown pipe table, OCR's misread labels and item numbers,
a referat block of "Ad punkt N:" entries after the agenda, a member's name wrapped in a
narrow PDF column, and a WordPress post of a lokaludvalg; each read wrongly (or refused)
before. The generated files are written by `gen_formats50.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats50")


def _people(meeting) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(p.name, p.status) for p in meeting.participants]


def test_closed_mark_a_paragraph_below_the_title() -> None:
    """"Fortroligt" and "Ikke offentlig" (no t) a blank line under "Sag nr. N - Title", and
    a Word paragraph "Ikke offentlig" under its heading, close the item. Before: open,
    the mark the item's text."""
    m = one("08_fortroligt_afstand.txt")
    assert m.doc_type == "dagsorden"
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False), ("Køb af grund ved Havnen", True),
        ("Salg af Skolevej 8", True), ("Eventuelt", False)]
    assert not any(s.text for i in m.items[1:3] for s in i.sections)
    w = one("08_ikke_offentlig.docx")
    assert [(i.title, i.closed) for i in w.items] == [
        ("Godkendelse af dagsorden", False), ("Salg af Skolevej 8", True), ("Eventuelt", False)]


def test_lock_icon_before_the_number_closes_the_item() -> None:
    """`<img alt="Lukket punkt">` and `<i class="fa-lock" title="Lukket punkt">` before the
    heading's number; the legend "= lukket punkt" closes nothing. Before: item 2 lost in
    item 1's decision ("Lukket punkt 2. …"), item 3 open."""
    m = one("06_laaseikon.html")
    assert (m.committee, m.date, m.start_time) == ("Kulturudvalget", date(2025, 2, 5), "16:00")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Køb af kunstværk", True),
        (3, "Personalesag", True)]
    assert m.item(1).decision == "Godkendt."


def test_outlook_table_with_a_record_and_decision_column() -> None:
    """A mail whose minutes are a table "Pkt. | Emne | Referat / beslutning" (its plain
    part lists the cells a line each): read from the HTML part, the third column the
    decision. Before: refused, "ingen dagsordenspunkter fundet"."""
    m = one("07_outlook_tabel.eml")
    assert (m.committee, m.date, m.start_time) == ("Grønt Råd", date(2025, 2, 5), "16:00")
    assert m.place == "Rådhuset, lokale 3"
    assert [(i.title, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Stier i Sydparken", "Rådet drøftede forslaget. Stierne blev godkendt."),
        ("Eventuelt", "Intet.")]


def test_markdown_pipe_table_of_the_items() -> None:
    """The agenda one pipe table "Pkt. | Emne | Drøftelse | Rådets beslutning / udtalelse",
    `<br>` in its cells, "**Lukket punkt**" in a subject; the minute-taker's line below it
    is no decision. Before: refused, "ingen dagsordenspunkter fundet"."""
    m = one("05_pipe_tabel.md")
    assert (m.committee, m.date, m.start_time) == ("Ældrerådet", date(2025, 2, 5), "10:00")
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False), ("Høring om madservice", False),
        ("Henvendelse fra borger", True)]
    assert [i.decision.split("\n")[0] for i in m.items] == [
        "Godkendt.", "Rådet anbefaler standarden.", "Formanden svarer."]
    assert m.item(2).absentees == ["Bent Lund"]
    assert "Forvaltningen gennemgik" in m.item(2).section("Beskrivelse")
    assert ("Kaj Ravn", "afbud") in _people(m)


def test_ocr_misread_labels_item_number_and_hour() -> None:
    """A scan's OCR: "| Ældrerådet", "kI. 10.00", "Fravær ende:", "Pkt.2." and "Pkt, 3.",
    "Beslutning;", "Besiutning:", "Beslutnlng:", "Sagsfremstiiling:", and the signed
    block ("Referatet godkendt:", names side by side, "~ EH") after the last decision.
    Before: two items, decisions with their labels in them, no start."""
    m = one("03_ocr_scanning.txt")
    assert (m.committee, m.date, m.start_time) == ("Ældrerådet", date(2025, 2, 5), "10:00")
    assert ("Lis Mark", "afbud") in _people(m)
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Høring om madservice", "Rådet anbefaler standarden."),
        (3, "Eventuelt", "Intet.")]
    assert m.item(2).section("Sagsfremstilling").startswith("Kommunen har sendt")


def test_referat_block_of_ad_punkt_entries_after_the_agenda() -> None:
    """"DAGSORDEN OG REFERAT": the agenda's items with their texts, then "REFERAT" with
    "Afbud:" and "Ad punkt N:" entries. Before: the agenda's texts as decisions, the
    whole block the last item's decision, the absentee present."""
    m = one("09_ad_punkt.txt")
    assert (m.committee, m.date, m.doc_type) == ("Integrationsrådet", date(2025, 2, 6), "referat")
    assert [i.decision for i in m.items] == [
        "Dagsordenen blev godkendt.",
        "Rådet støtter forslaget. Mette Bro deltager i planlægningen.", "Intet."]
    assert m.item(2).section("Beskrivelse").startswith("Biblioteket foreslår")
    assert ("Ole Vang", "afbud") in _people(m)


def test_two_columns_name_wrapped_and_last_title_apart_from_its_text() -> None:
    """A PDF in two narrow columns: "…, Ole" / "Vinther (forældre), Lise" / "Nyrup …", and
    "Punkt 2: Orientering og" / "eventuelt" / the item's text in short lines. Before:
    "Ole" and "Vinther" two people, the text inside the title."""
    m = one("02_to_spalter.pdf")
    assert [p.name for p in m.participants if p.status == "deltog"] == [
        "Eva Holm", "Per Krag", "Ole Vinther", "Lise Nyrup", "Kim Bo (A)", "Ida Dam (V)"]
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Orientering og eventuelt"]
    assert m.item(2).section("Beskrivelse").startswith("Formanden orienterede")
    assert m.item(2).decision == "Taget til efterretning."


def test_wordpress_post_of_a_lokaludvalg() -> None:
    """A WordPress post: the body named only in `<title>` after the post's title, the hour
    "kl. 18<sup>30</sup>", items in `<details>` blocks, a comments thread and reply form
    after the post. Before: committee "Lokaludvalget", no start, the whole line the
    place."""
    m = one("01_wp_lokaludvalg.html")
    assert (m.committee, m.date, m.start_time) == ("Østerå Lokaludvalg", date(2025, 2, 4),
                                                    "18:30")
    assert m.place == "Østerå Forsamlingshus, Byvej 2"
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Eventuelt"]
    assert m.item(2).section("Beskrivelse") == "Næste møde er den 4. marts 2025."
