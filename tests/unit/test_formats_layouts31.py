"""Layout round 31 (the misreadings /work/fmt31 found: Pandoc markdown with grid tables
and bookmark spans, a fillable PDF form, RTF files, a `lynx -dump` page, a web page
printed from Chrome, a Word template with tick boxes, pdf2htmlEX HTML): the fixes, each
with the layout that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.formats import read_meetings
from referat.domain import AgendaItem

from .fixture_files import FIXTURES, one_meeting

HERE = "formats31"


def _decision(item: AgendaItem) -> str:
    return " ".join(s.text for s in item.sections if s.name == "Beslutning")


def test_pandoc_grid_tables_and_bookmark_spans() -> None:
    """A Word referat converted with `pandoc -t markdown`: every heading starts with
    Word's bookmark as an empty span ("# []{#_Toc190004401 .anchor}1. Title"), each
    item's text is a grid table whose cells (and one label) wrap over several lines, the
    committee is bold and "Mødet hævet" with the signature closes the minutes."""
    m = one_meeting(HERE, "markdown_pandoc_grid_tables_anchors.md")
    assert m.committee == "Klima- og Naturudvalget"
    assert [it.number for it in m.items] == [1, 2, 3, 4]
    assert m.items[1].title == "Naturpleje på Rørbæk Enge"
    assert [it.journal_number for it in m.items] == ["25/1101", "24/8830", "25/0420", "25/1102"]
    second = m.items[1]
    assert [s.name for s in second.sections][0] == "Sagsfremstilling"
    assert "kvæg ud fra juni. Lodsejerne er positive." in " ".join(
        s.text.replace("\n", " ") for s in second.sections)
    assert not any("|" in s.text or "+--" in s.text for it in m.items for s in it.sections)
    assert second.votes == {"for": ["A", "F", "Ø"], "imod": ["C"]}
    assert [it.closed for it in m.items] == [False, False, True, False]
    assert _decision(m.items[3]) == "Intet."


def _people(m: object) -> dict[str, str]:
    return {p.name: p.status for p in m.participants}  # type: ignore[attr-defined]


def test_fillable_pdf_form_fields_hold_the_decisions_and_attendance() -> None:
    """An agenda PDF made fillable and filled in at the meeting, saved without
    flattening: every decision, the "Afbud:" line and a "Deltog" check box per member
    are AcroForm fields, not the page's text."""
    m = one_meeting(HERE, "pdf_fillable_form_fields.pdf")
    assert m.doc_type == "referat"
    assert [it.number for it in m.items] == [1, 2, 3]
    assert [_decision(it) for it in m.items] == [
        "Godkendt.", "Rådet afgiver høringssvar og ønsker at bevare linje 9 til sundhedshuset.",
        "Intet."]
    assert _people(m) == {"Lis Krogh": "deltog", "Ove Bak": "deltog", "Erik Toft": "deltog",
                          "Jonna Hald": "afbud"}


def test_members_list_under_a_tick_column() -> None:
    """A flattened form's members under "Medlemmer  Deltog", a "✔" after each one who
    took part: the column heading is no member, the ticks do not end the list, and the
    unticked member is absent."""
    m = one_meeting(HERE, "text_members_tick_column.txt")
    assert _people(m) == {"Karen Ravn": "deltog", "Poul Due": "deltog", "Hans Lyng": "deltog",
                          "Tove Sand": "deltog", "Grete Mark": "afbud"}
    assert {p.role for p in m.participants} == {"formand", "næstformand", ""}


@pytest.mark.parametrize("name", ["referat.rtf", "referat.doc", "referat.txt"])
def test_rtf_is_read_as_rtf(tmp_path: Path, name: str) -> None:
    """An ESDH system's RTF export (also when it is named ".doc" or ".txt") is read as
    RTF (round 55; before: refused, "RTF-filer understøttes ikke"), not as "JSON i et
    ukendt format" and not as text full of control words."""
    path = tmp_path / name
    path.write_bytes((FIXTURES / HERE / "rtf_export.rtf").read_bytes())
    (m,) = read_meetings(path)
    assert (m.committee, m.date.isoformat(), m.source_format) == (
        "Teknisk Udvalg", "2025-03-03", "rtf")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt.")]


@pytest.mark.parametrize("locale", ["en", "da"])
def test_lynx_dump_link_numbers_and_references(tmp_path: Path, locale: str) -> None:
    """A web referat saved with `lynx -dump`: a reference number before every link
    ("Sagsnr.: [10]26/00201", "[11]Til toppen"), the breadcrumb an ordered list of links,
    the site's footer and lynx's list of the link addresses at the end ("References" /
    "Visible links:", in a Danish locale "Referencer" / "Synlige links:")."""
    text = (FIXTURES / HERE / "text_lynx_dump.txt").read_text(encoding="utf-8")
    if locale == "da":
        for en, da in [("References", "Referencer"), ("Visible links:", "Synlige links:"),
                       ("Hidden links:", "Skjulte links:")]:
            text = text.replace(en, da)
    path = tmp_path / "referat.txt"
    path.write_text(text, encoding="utf-8")
    (m,) = read_meetings(path)
    assert m.committee == "Kultur- og Fritidsudvalget"
    assert [it.title for it in m.items] == ["Godkendelse af dagsorden", "Tilskud til musikskolen"]
    assert [it.journal_number for it in m.items] == ["26/00201", "25/31007"]
    assert [_decision(it) for it in m.items] == ["Godkendt.", "Bevilget."]
    assert "jf. Musikskolens udviklingsplan." in m.items[1].sections[0].text.replace("\n", " ")


def test_chrome_printed_page_breadcrumb_footer_and_restated_dissent() -> None:
    """A web referat printed from Chrome with its header and footer: the breadcrumb
    "Forside › Politik › … › Miljøudvalget" is no committee, the site's feedback box,
    address and policy links are no part of the last decision, and a counted vote keeps
    both sides when the next sentence names the one who voted against."""
    m = one_meeting(HERE, "pdf_chrome_print_breadcrumb_footer.pdf")
    assert m.committee == "Miljøudvalget"
    assert [it.number for it in m.items] == [1, 2, 3]
    assert m.items[1].votes == {"for": ["A", "V", "F"], "imod": ["Ø"]}
    assert _decision(m.items[2]) == "Taget til efterretning."


def test_word_template_with_tick_boxes() -> None:
    """A Word template with three kinds of check box: the attendance table's content
    controls ("☒"/"☐" under "Deltog" and "Afbud"), the Wingdings boxes after "Åbent punkt"
    / "Lukket punkt", and a row of legacy form check boxes (FORMCHECKBOX, no text) whose
    ticked option is the decision. The vote says "For indstillingen stemte 2 (…)" and
    names more than 40 characters in its bracket."""
    m = one_meeting(HERE, "word_tick_boxes_template.docx")
    assert _people(m) == {"Mads Krog (A)": "deltog", "Lisa Bang (V)": "deltog",
                          "Ole Ravn (F)": "afbud", "Ane Skov (C)": "deltog",
                          "Per Due (Ø)": "deltog", "Eva Holm (A)": "deltog"}
    assert [it.journal_number for it in m.items] == [
        "25/001101", "25/004410", "25/002002", "25/003303"]
    decisions = [_decision(it) for it in m.items]
    assert [d.split("\n")[0] for d in decisions] == [
        "Godkendt", "Ikke godkendt", "Udsat", "Godkendt"]
    assert not any("Godkendt med ændringer" in d for d in decisions)
    assert [it.closed for it in m.items] == [False, False, False, True]
    assert m.items[1].votes == {
        "for": ["Mads Krog", "Eva Holm Jørgensen"],
        "imod": ["Lisa Bang Mortensen", "Ane Marie Skov", "Per Due Christiansen"]}


def test_markdown_task_lists_for_attendance_and_the_decision() -> None:
    """Markdown task lists: "- [x] Name" / "- [ ] Name" under "Deltagere:" is who came and
    who did not; "- [x] Godkendt" / "- [ ] Udsat" under "Beslutning" is the decision taken,
    the unticked options no part of it."""
    m = one_meeting(HERE, "markdown_task_list_choices.md")
    assert _people(m) == {"Maja Lund": "deltog", "Emil Berg": "deltog",
                          "Noah Vinther": "deltog", "Sofie Krag": "afbud"}
    assert _decision(m.items[0]) == "Godkendt"
    assert _decision(m.items[1]).split("\n")[0] == "Udsat"
    assert "Sagen behandles igen i november." in _decision(m.items[1])
    assert "Ikke godkendt" not in _decision(m.items[1])


def test_pdf2htmlex_pages_read_as_the_pdfs_lines() -> None:
    """A PDF converted to HTML by pdf2htmlEX: each PDF line its own positioned div (the
    members one a div under "Deltagere:"), the kerning inside a word an empty span
    ("F<span class='_ _0'></span>orslag"), and page 2 opening with the running header
    "Teknik- og Miljøudvalget – 06-03-2025"."""
    m = one_meeting(HERE, "html_pdf2htmlex_pages.html")
    assert _people(m) == {"Kim Vang (A)": "deltog", "Lone Dahl (V)": "deltog",
                          "Jan Ravn (F)": "deltog", "Tina Holm (Ø)": "deltog",
                          "Ole Krog (C)": "afbud"}
    assert [it.title for it in m.items] == [
        "Godkendelse af dagsorden", "Forslag til ny legepladsstrategi", "Eventuelt"]
    assert m.items[1].sections[0].text.startswith("Forvaltningen har gennemgået")
    assert _decision(m.items[1]) == (
        "Godkendt. Strategien sendes til Kommunalbestyrelsen til orientering.")
    assert _decision(m.items[2]) == "Taget til efterretning."
