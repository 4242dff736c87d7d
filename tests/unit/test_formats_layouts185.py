"""A hundred and eighty-fifth round of layouts (round 185's blind files): dates, times and
committee names in unusual forms. A web page whose heading and breadcrumb name the body
by its initials only, the full name in `<title>`; a plain text's title naming the
occasion ("REFERAT - BUDGETSEMINAR") over a letterhead that abbreviates the body, its
footer and referent below the last item; a printed agenda whose running header holds
the only date, the body's name the first page's line under "Dagsorden"; a Word vote line
whose sides are sentences after party letters ("Imod stemte: O. Ø undlod at stemme.").
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para
from .pdf_files import pieces_pdf

_PAGE = """<!DOCTYPE html><html lang="da"><head>
<title>Referat: Klima- og Teknikudvalget 03-06-2025 – Vordingborg Kommune</title></head>
<body><header class="site-header"><a href="/">Vordingborg Kommune</a></header>
<nav class="breadcrumb"><a href="/">Forside</a> › <a href="/politik">Politik</a> › KTU</nav>
<main><h1>KTU – Referat</h1>
<p>Mødet afholdt den 3. juni 2025, kl. 9.00 i Mødelokale 3, Rådhuset.</p>
<p>Til stede: Bo Lykke (A), formand, Rie Dam (V) og Ulla Kjær (F).</p>
<article><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning KTU 03.06.2025</h3>
<p>Godkendt.</p></article>
<article><h2>2. Cykelstiplan 2026</h2><h3>Sagsfremstilling</h3>
<p>Planen prioriterer stierne ved skolerne.</p><h3>Beslutning KTU 03.06.2025</h3>
<p>Anbefales over for Byrådet.</p></article>
</main><footer class="site-footer">Vordingborg Kommune · Valdemarsgade 43</footer></body></html>"""


def test_initials_of_a_web_pages_heading_are_the_body_its_title_spells_out(
        read_file: ReadFile) -> None:
    meeting, = read_file("ktu-referat-03-06-2025.html", _PAGE)
    assert meeting.committee == "Klima- og Teknikudvalget"
    assert meeting.date == date(2025, 6, 3)
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Anbefales over for Byrådet."]


_SEMINAR = """RANDERS KOMMUNE                                                 KFU
=====================================================================

REFERAT - TEMASEMINAR

Mødedato:    Torsdag 14.09.23 kl. 17.00 - 21.00
Mødested:    Kulturhuset, Store Sal

Deltagere:   Eva Storm (A), formand
             Kim Bach (V)

1. Godkendelse af dagsorden

Beslutning:
Godkendt.


2. Eventuelt

Beslutning:
Intet.


---------------------------------------------------------------------
Randers Kommune * Kultur- og Fritidsudvalget * Laksetorvet 1 * 8900 Randers
Referent: Sara Holm
"""


def test_an_occasion_title_is_no_body_and_the_footer_no_decision(read_file: ReadFile) -> None:
    meeting, = read_file("KFU_temaseminar.txt", _SEMINAR)
    assert meeting.committee == "Kultur- og Fritidsudvalget"  # (the footer spells KFU out)
    assert meeting.date == date(2023, 9, 14)
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Intet."]


def _page(lines: list[str]) -> list[tuple[float, int, str]]:
    return [(20, k, line) for k, line in enumerate(lines)]


def test_a_body_named_under_the_kind_below_a_running_header_date(read_file: ReadFile) -> None:
    header = [(20, 0, "Børne- og Skoleudvalget"), (150, 0, "Den 7. Marts 2023")]
    first = _page(["", "", "Dagsorden", "Børne- og Skoleudvalget", "Mødetidspunkt: Kl. 16.00",
                   "Mødested: Rådhuset, mødelokale 1", "Medlemmer: Lis Borg (A), formand",
                   "Jan Bech (V)", "", "1. Godkendelse af dagsorden", "",
                   "2. Skolestruktur 2024", "Sagsnr.: 23/01234", "Sagsfremstilling",
                   "Udvalget drøfter skolestrukturen.", "Indstilling",
                   "Centret indstiller, at sagen drøftes."])[2:]
    footer = [(20, 45, "Halsnæs Kommune"), (170, 45, "Side 1 af 1")]
    meeting, = read_file("Dagsorden_Boerne-og-Skoleudvalget.pdf",
                         pieces_pdf([header + first + footer]))
    assert meeting.committee == "Børne- og Skoleudvalget"
    assert meeting.date == date(2023, 3, 7)
    assert meeting.doc_type == "dagsorden"
    assert len(meeting.items) == 2 and not any(i.decision for i in meeting.items)


def test_a_vote_sentence_ending_in_a_party_letter_splits_from_the_next(
        read_file: ReadFile) -> None:
    raw = docx([para("Referat", "Title"), para("Miljøudvalget"), para("Dato: 02.10.2024"),
                para("1. Spildevandsplan", "Heading1"), para("Beslutning", "Heading2"),
                para("Godkendt."), para("For stemte: V, A og F. Imod stemte: O. "
                                        "Ø undlod at stemme.")],
               styles={"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"})
    meeting, = read_file("Referat MU 02-10-2024.docx", raw)
    assert meeting.items[0].decision.startswith("Godkendt.")
    assert meeting.items[0].votes == {"for": ["V", "A", "F"], "imod": ["O"], "undlod": ["Ø"]}
