"""A hundred and seventy-ninth round of layouts (round 179's blind files): long items whose
text has its own numbered structure. A PDF printed one item a page whose title wraps onto
a second line after a dash ("- 2. behandling"); a web page whose print button (a script's
link, no file) stands below the last item; a Word file whose members' table has two
columns only ("Navn | Fremmøde"), a substitute's row naming whom he stood in for. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile
from .office_files import docx, para, table
from .pdf_files import pieces_pdf


def _decision(item) -> str:
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


def _page(lines: list[str]) -> list[tuple[float, int, str]]:
    return [(20, k, line) for k, line in enumerate(lines)]


def test_pdf_title_wrapped_onto_a_dash_line_keeps_its_last_phrase(read_file: ReadFile) -> None:
    cover = _page(["Skanderborg Kommune", "Referat", "Byrådet", "Mødedato:",
                   "Onsdag den 11. september 2024", "Mødetidspunkt:", "Kl. 18:00",
                   "Mødested:", "Byrådssalen", "Deltagere:", "Jens Ulrik Ravn (A), borgmester",
                   "Sofie Dahl (V)"])
    first = _page(["Skanderborg Kommune", "1. Godkendelse af dagsorden",
                   "Sagsnr.: 00.01.00-A00-3-24 Åbent punkt", "Beslutning i Byrådet",
                   "Godkendt."])
    second = _page(["Skanderborg Kommune",
                    "2. Budget 2025-2028 for Skanderborg Kommune og takstblad for 2025",
                    "- 2. behandling", "Sagsnr.: 00.30.00-S00-1-24 Åbent punkt",
                    "Sagsfremstilling", "Budgettet indeholder tre dele:",
                    "- en driftsramme for de fire udvalg,", "- en anlægsramme,",
                    "Beslutning i Byrådet", "Vedtaget."])
    meeting, = read_file("skanderborg_byraadet_2024-09-11.pdf", pieces_pdf([cover, first, second]))
    assert len(meeting.items) == 2
    budget = meeting.items[1]
    assert budget.title == ("Budget 2025-2028 for Skanderborg Kommune og takstblad for 2025"
                            " - 2. behandling")
    assert [s.name for s in budget.sections][0] == "Sagsfremstilling"
    assert "- en anlægsramme," in budget.sections[0].text
    assert _decision(budget) == "Vedtaget."


_PAGE = """<html><head><title>Referat - Social- og Sundhedsudvalget | Stevns Kommune</title></head>
<body><header class="top"><a href="/">Stevns Kommune</a></header><main>
<h1>Referat – Social- og Sundhedsudvalget</h1>
<dl><dt>Udvalg</dt><dd>Social- og Sundhedsudvalget</dd>
<dt>Mødedato</dt><dd>Torsdag den 6. februar 2025</dd><dt>Mødetidspunkt</dt><dd>15:00</dd>
<dt>Mødested</dt><dd>Rådhuset, Store Heddinge</dd></dl>
<article id="punkt-1"><h2>1. Godkendelse af dagsorden</h2>
<section><h3>Beslutning</h3><p>Godkendt.</p></section></article>
<article id="punkt-2"><h2>2. Eventuelt</h2>
<section><h3>Beslutning</h3><p>Ingen bemærkninger.</p></section></article>
<p class="tools"><a href="javascript:window.print()">Print siden</a> |
<a href="#" onclick="window.print();return false;">Udskriv referat</a> ·
<a href="/media/ssu-2025-02-06.pdf">Hent som PDF</a></p>
</main></body></html>"""


def test_web_page_print_button_below_the_last_item_is_no_decision_text(
        read_file: ReadFile) -> None:
    meeting, = read_file("stevns_ssu_2025-02-06.html", _PAGE)
    assert meeting.committee == "Social- og Sundhedsudvalget"
    assert str(meeting.date) == "2025-02-06"
    assert len(meeting.items) == 2
    assert meeting.items[-1].decision == "Ingen bemærkninger."
    assert "Udskriv" not in _decision(meeting.items[-1])


def test_word_members_table_of_name_and_attendance_columns_lists_every_member(
        read_file: ReadFile) -> None:
    members = table([["Navn", "Fremmøde"], ["Ane Kjær (V), borgmester", "Til stede"],
                     ["Mads Holt (A)", "Til stede"], ["Rita Brun (C)", "Afbud"],
                     ["Ole Sand (C), stedfortræder for Rita Brun", "Til stede"]])
    raw = docx([para("Referat", "Title"), para("Kommunalbestyrelsen"),
                table([["Mødedato:", "Mandag den 2. oktober 2023"], ["Mødetid:", "17:00"]]),
                para("Medlemmer"), members,
                para("1. Godkendelse af dagsorden", "Heading1"), para("Beslutning", "Heading2"),
                para("Godkendt."), para("2. Budget 2024", "Heading1"),
                para("Beslutning", "Heading2"), para("Vedtaget.")],
               styles={"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"})
    meeting, = read_file("aeroe_kommunalbestyrelsen_2023-10-02.docx", raw)
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {"Ane Kjær (V)": ("deltog", "borgmester"), "Mads Holt (A)": ("deltog", ""),
                      "Rita Brun (C)": ("afbud", ""),
                      "Ole Sand (C)": ("deltog", "stedfortræder for Rita Brun")}
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Vedtaget."]
