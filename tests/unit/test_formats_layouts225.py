"""Round 225's layouts (round 225's blind files): minutes written in word processors from
templates. A Word template whose item headings take their numbers from Word's list only,
numbered on from the last meeting by a `startOverride`; one whose whole meeting head
stands in the first page's header; a template with each item in a two-column table whose
"Beslutning" cell stacks the case's dated treatments; and items whose parts "N.1", "N.2"
are each decided apart under an item that presents the case and decides nothing itself.
Every text is written by the tests (other towns, bodies, names and words than the blind
files)."""

from __future__ import annotations

import io
import zipfile
from datetime import date

from .conftest import ReadFile
from .office_files import W, docx, para, zipped

_STYLES = {"Heading1": "heading 1", "Heading2": "heading 2", "Heading3": "heading 3"}


def _parts(raw: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()}


def _item(title: str, case: str, lines: list[tuple[str, str]]) -> list[str]:
    """An item as a Word template writes it: a Heading 1 numbered by Word's list 7 (no
    number in its text), the case number, then Heading 3 labels over their text."""
    out = [para(title, "Heading1", num=(7, 0)), para(f"Sagsnr.: {case}")]
    for label, text in lines:
        out += [para(label, "Heading3"), para(text)]
    return out


_ITEMS = [
    *_item("Godkendelse af dagsorden", "21/5101", [("Beslutning", "Godkendt.")]),
    *_item("Vandløbsregulativ for Brende Å", "20/7730", [
        ("Sagsfremstilling", "Regulativet var i høring fra den 3. maj 2021 til den 31. maj "
                             "2021. Der kom to høringssvar."),
        ("Indstilling", "Forvaltningen indstiller, at regulativet vedtages."),
        ("Beslutning", "Vedtaget.")]),
    *_item("Meddelelser", "21/5101", [("Beslutning", "Taget til efterretning.")]),
]


def test_item_headings_numbered_on_by_words_list_override(read_file: ReadFile) -> None:
    """Item headings whose number is only Word's ("%1." of a list whose `w:num` says
    `<w:startOverride w:val="41"/>`) read as Word shows them, 41–43 (before: 1–3, the
    list's own start)."""
    head = [para("Assens Kommune"), para("Referat"), para("Klima- og Miljøudvalget"),
            para("Mødedato: Tirsdag den 15. juni 2021"),
            para("Mødested: Byrådssalen, Assens Rådhus"),
            para("Medlemmer: Ulla Fisker (A), formand"), para("Jens Krogsgaard (V)")]
    parts = _parts(docx(head + _ITEMS, _STYLES, {7: "decimal"}))
    plain = '<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>'
    assert plain in parts["word/numbering.xml"]
    parts["word/numbering.xml"] = parts["word/numbering.xml"].replace(plain, (
        '<w:num w:numId="7"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="41"/></w:lvlOverride></w:num>'))
    (m,) = read_file("kmu.docx", zipped(parts))
    assert [(i.number, i.title) for i in m.items] == [
        (41, "Godkendelse af dagsorden"), (42, "Vandløbsregulativ for Brende Å"),
        (43, "Meddelelser")]
    assert m.item(42).decision == "Vedtaget."


def test_meeting_head_only_in_the_first_pages_header(read_file: ReadFile) -> None:
    """The body opens with "Medlemmer"; the date, the time and the place stand only in the
    first page's header, and the item headings carry Word's numbers only. The head is
    read from the header, though an item's text names dates (before: "ingen mødedato
    fundet", the file refused)."""
    body = [para("Medlemmer"), para("Ulla Fisker (A), formand"), para("Jens Krogsgaard (V)"),
            para("Afbud: Lis Borre (O)"), *_ITEMS]
    parts = _parts(docx(body, _STYLES, {7: "decimal"}))
    lines = ["Tårnby Kommune", "Referat – Børne- og Skoleudvalget",
             "Mødedato: Onsdag den 23. juni 2021", "Mødetid: Kl. 16:00 - 18:00",
             "Mødested: Mødelokale 4, Tårnby Rådhus"]
    parts["word/header1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                 f'<w:hdr xmlns:w="{W}">{"".join(map(para, lines))}</w:hdr>')
    (m,) = read_file("bsu.docx", zipped(parts))
    assert (m.committee, m.date, m.start_time) == (
        "Børne- og Skoleudvalget", date(2021, 6, 23), "16:00")
    assert m.place.startswith("Mødelokale 4")
    assert [(i.number, i.decision) for i in m.items] == [
        (1, "Godkendt."), (2, "Vedtaget."), (3, "Taget til efterretning.")]
    assert ("Lis Borre (O)", "afbud") in [(p.name, p.status) for p in m.participants]


def _cell(texts: list[str]) -> str:
    return "<w:tc>" + "".join(para(t) for t in texts) + "</w:tc>"


def _item_table(rows: list[tuple[str, list[str]]]) -> str:
    """A template's item table: the label in the left column, its paragraphs right."""
    return "<w:tbl>" + "".join(f"<w:tr>{_cell([label])}{_cell(texts)}</w:tr>"
                               for label, texts in rows) + "</w:tbl>"


def test_decision_cell_stacking_dated_treatments_keeps_the_earlier_as_history(
        read_file: ReadFile) -> None:
    """A "Beslutning" cell holding the case's treatments one under another, each headed
    "<body> den <date>:", this meeting's last: the first is history as the second is,
    the decision only this meeting's (before: the first treatment opened the decision)."""
    head = [para("Kalundborg Kommune"), para("Referat", bold=True),
            para("Plan- og Teknikudvalget", bold=True),
            para("Mødedato: Mandag den 13. juni 2022"), para("Mødested: Rådhuset, lokale 2")]
    items = [
        para("1. Lokalplan for boliger ved Tømmerup Mark", "Heading2"),
        _item_table([
            ("Sagsnr.", ["01.02.05-P16-4-21"]),
            ("Sagsfremstilling", ["Forslaget har været i offentlig høring i otte uger."]),
            ("Beslutning", ["Plan- og Teknikudvalget den 7. marts 2022:",
                            "Anbefales sendt i høring.",
                            "Kommunalbestyrelsen den 30. marts 2022:",
                            "Forslaget sendes i høring.",
                            "Plan- og Teknikudvalget den 13. juni 2022:",
                            "Anbefales vedtaget endeligt."])]),
        para("2. Eventuelt", "Heading2"),
        _item_table([("Sagsnr.", ["00.01.00-A00-2-22"]), ("Beslutning", ["Intet."])]),
    ]
    (m,) = read_file("ptu.docx", docx(head + items, _STYLES))
    assert m.item(1).decision == "Anbefales vedtaget endeligt."
    assert [(t.committee, t.date, t.text) for t in m.item(1).history] == [
        ("Plan- og Teknikudvalget", date(2022, 3, 7), "Anbefales sendt i høring."),
        ("Kommunalbestyrelsen", date(2022, 3, 30), "Forslaget sendes i høring.")]


_HEAD = ("Ikast-Brande Kommune\nReferat\nKultur- og Fritidsudvalget\n"
         "Mødedato: Torsdag den 8. september 2022\nMødested: Mødelokale 1, Rådhuset\n"
         "Medlemmer: Birthe Enevold (A), formand, Kim Sønderby (V), Ole Hjorth (C)\n\n")


def test_parts_decided_apart_under_an_item_presenting_the_case(read_file: ReadFile) -> None:
    """"3. Foreningspuljen 2022" with its own Sagsfremstilling and Indstilling (that each
    application be decided) and no decision, then "3.1 Title" and "3.2 Title", each with
    its own text and "Beslutning" but no case number: each part is an item of its own with
    its own decision, vote and absentee and the item's case number; item 3 keeps its
    text, decides nothing and is no item missing its decision (before: all in item 3,
    one decision of both, the vote and the absentee item 3's)."""
    text = _HEAD + "\n".join([
        "1. Godkendelse af dagsorden", "Sagsnr.: 22/810", "Beslutning", "Godkendt.", "",
        "2. Halleje for ungdomshold", "Sagsnr.: 22/4402", "Sagsfremstilling",
        "Hallejen for ungdomshold foreslås nedsat.", "Beslutning", "Godkendt.", "",
        "3. Foreningspuljen 2022", "Sagsnr.: 22/3310", "Sagsfremstilling",
        "Der er kommet to ansøgninger til puljen på i alt 90.000 kr.", "Indstilling",
        "Forvaltningen indstiller, at ansøgningerne behandles hver for sig.", "",
        "3.1 Bording Skytteforening - nye skiver", "Sagsfremstilling",
        "Foreningen søger 40.000 kr. til elektroniske skiver.", "Beslutning",
        "Der bevilges 40.000 kr.",
        "Ole Hjorth (C) deltog ikke i behandlingen af punktet på grund af inhabilitet.", "",
        "3.2 Nørre Snede Spejderne - ny hytte", "Sagsfremstilling",
        "Spejderne søger 50.000 kr. til en ny hytte.", "Beslutning", "Der bevilges 25.000 kr.",
        "For stemte: A og V (2)", "Imod stemte: C (1)", "",
        "4. Eventuelt", "Sagsnr.: 22/810", "Beslutning", "Intet.", ""])
    (m,) = read_file("kfu.txt", text)
    assert [(i.label or str(i.number), i.title, i.journal_number) for i in m.items][2:] == [
        ("3", "Foreningspuljen 2022", "22/3310"),
        ("3.1", "Bording Skytteforening - nye skiver", "22/3310"),
        ("3.2", "Nørre Snede Spejderne - ny hytte", "22/3310"),
        ("4", "Eventuelt", "22/810")]
    group, first, second = m.items[2:5]
    assert not group.decision and "to ansøgninger" in group.section("Sagsfremstilling")
    assert first.decision.startswith("Der bevilges 40.000 kr.")
    assert [a.split(" (")[0] for a in first.absentees] == ["Ole Hjorth"]
    assert second.decision.startswith("Der bevilges 25.000 kr.") and not second.absentees
    assert second.votes == {"for": ["A", "V"], "imod": ["C"]} and not first.votes
    assert not m.warnings


def test_parts_after_a_group_its_sub_items_replaced_keep_their_items_number(
        read_file: ReadFile) -> None:
    """"2. Meddelelser" only heads "2.1" and "2.2" (read as items in its place), so the
    item printed "4." is the fifth read; its parts "4.1" and "4.2", each with its own case
    number and decision, are still found under it as items of their own (before: looked
    for as "5.1", they stayed in item 4)."""
    text = _HEAD + "\n".join([
        "1. Godkendelse af dagsorden", "Sagsnr.: 22/810", "Beslutning", "Godkendt.", "",
        "2. Meddelelser",
        "2.1 Status på svømmehallen", "Sagsnr.: 22/900", "Beslutning", "Til efterretning.", "",
        "2.2 Nyt bookingsystem", "Sagsnr.: 22/901", "Beslutning", "Til efterretning.", "",
        "3. Kulturnat 2022", "Sagsnr.: 22/1202", "Beslutning", "Godkendt.", "",
        "4. Anlægstilskud 2022", "Sagsnr.: 22/1500", "Sagsfremstilling",
        "Der er to ansøgninger om anlægstilskud.", "",
        "4.1 Klubhus i Brande", "Sagsnr.: 22/1501", "Beslutning", "Bevilget.", "",
        "4.2 Ridebane i Ikast", "Sagsnr.: 22/1502", "Beslutning", "Afslag.", "",
        "5. Eventuelt", "Sagsnr.: 22/810", "Beslutning", "Intet.", ""])
    (m,) = read_file("kfu.txt", text)
    assert [(i.label or str(i.number), i.journal_number, i.decision) for i in m.items][-4:] == [
        ("4", "22/1500", ""), ("4.1", "22/1501", "Bevilget."), ("4.2", "22/1502", "Afslag."),
        ("5", "22/810", "Intet.")]

