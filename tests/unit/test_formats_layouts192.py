"""A hundred and ninety-second round of layouts (round 192's blind files): minutes of
regional and cross-municipal bodies. A region's committee whose letterhead names the
region while an item names a municipality again and again; a company board's agenda on
its own web page ("Dagsorden til bestyrelsesmøde i … A/S", its members under "Indkaldt");
a members' table whose function cell says where the post is held ("Borgmester, X
Kommune (formand)"); a commission's members listed "Name, post, X Kommune (formand)"; a
Word list's bullets (U+F0B7) under "Til stede:" and "Observatører:", with a footer
carrying the secretariat's address at the foot of every page. Every text is written by
the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para, table

_REGION = """Region Syddanmark
Referat
Udvalg for Regional Udvikling
Mødedato 14. juni 2022
Mødested Regionshuset, Damhaven 12, 7100 Vejle
Deltagere Karen Holm (A), formand
Per Lund (V)

1. Godkendelse af dagsorden
Sagsnr.: 22-000101
Beslutning
Godkendt.

2. Bemærkninger til Kommuneplan 2022 for Kolding Kommune
Sagsnr.: 22-004411
Resumé
Kolding Kommune har sendt forslag til kommuneplan i høring.
Indstilling
Administrationen indstiller, at bemærkningerne sendes til Kolding Kommune.
Beslutning
Godkendt. Kolding Kommune orienteres.

3. Meddelelser
Sagsnr.: 22-000120
Beslutning
Taget til efterretning.
"""


def test_a_region_letterhead_is_the_authority_over_a_town_its_items_name(
        read_file: ReadFile) -> None:
    meeting, = read_file("region_uru_2022-06-14.txt", _REGION)
    assert meeting.municipality == "Region Syddanmark"
    assert meeting.committee == "Udvalg for Regional Udvikling"
    assert len(meeting.items) == 3


_BOARD = """<!DOCTYPE html><html lang="da"><head><title>Bestyrelsesmøde | Vestkyst Vand</title>
</head><body><header><nav><ul><li><a href="/">Forside</a></li><li><a href="/om/">Om os</a>
</li></ul></nav></header>
<main><article>
<h1>Dagsorden til bestyrelsesmøde i Vestkyst Vand A/S</h1>
<p class="lead">Vestkyst Vand A/S ejes af Varde Kommune og Fanø Kommune.</p>
<dl><dt>Tidspunkt</dt><dd>Tirsdag den 4. marts 2025 kl. 16.00 – 18.00</dd>
<dt>Sted</dt><dd>Vestkyst Vand, Havnevej 3, 6800 Varde</dd></dl>
<h2>Indkaldt</h2>
<ul class="participants">
<li>Ole Bak, formand (byrådsmedlem, Varde Kommune)</li>
<li>Eva Dahl (kommunalbestyrelsesmedlem, Fanø Kommune) – har meldt afbud til dette møde</li>
<li>Jens Krog (medarbejdervalgt)</li>
</ul>
<h2>Dagsorden</h2>
<section><h3><span>Punkt 1</span> Godkendelse af dagsorden</h3>
<h4>Indstilling</h4><p>Det indstilles, at dagsordenen godkendes.</p></section>
<section><h3><span>Punkt 2</span> Takster 2026 for Fanø</h3>
<h4>Sagsfremstilling</h4><p>Fanø Kommune har bedt om en ny takst. Fanø Kommune betaler.</p>
<h4>Indstilling</h4><p>Det indstilles, at taksten godkendes.</p></section>
</article></main></body></html>"""


def test_a_company_board_page_names_the_board_and_its_company(read_file: ReadFile) -> None:
    meeting, = read_file("vestkyst-vand-bestyrelsesmoede.html", _BOARD)
    assert meeting.committee == "Bestyrelsen (Vestkyst Vand A/S)"
    assert meeting.municipality == "Vestkyst Vand A/S"
    assert meeting.date == date(2025, 3, 4) and meeting.doc_type == "dagsorden"
    assert len(meeting.items) == 2


def test_a_company_board_page_reads_whom_it_calls(read_file: ReadFile) -> None:
    meeting, = read_file("vestkyst-vand-bestyrelsesmoede.html", _BOARD.replace(
        " til dette møde", ""))
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {"Ole Bak": ("indkaldt", "formand (byrådsmedlem, Varde Kommune)"),
                      "Eva Dahl": ("afbud", "kommunalbestyrelsesmedlem, Fanø Kommune"),
                      "Jens Krog": ("indkaldt", "medarbejdervalgt")}


def test_a_function_cell_with_the_municipality_is_the_role(read_file: ReadFile) -> None:
    rows = [["Navn", "Funktion"], ["Bo Dam", "Borgmester, Herning Kommune (formand)"],
            ["Lis Vang (A)", "Byrådsmedlem, Ikast-Brande Kommune"]]
    body = docx([para("REFERAT"), para("Møde i KKR Midtjylland"),
                 para("Dato: Fredag den 8. april 2022"), para("Deltagere"), table(rows),
                 para("1. Godkendelse af dagsorden", "Heading1"), para("Beslutning", "Heading2"),
                 para("Godkendt."), para("2. Eventuelt", "Heading1"),
                 para("Beslutning", "Heading2"), para("Intet.")],
                styles={"Heading1": "heading 1", "Heading2": "heading 2"})
    meeting, = read_file("KKR_Midtjylland_referat.docx", body)
    assert meeting.committee == "KKR Midtjylland"
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Bo Dam", "borgmester, Herning Kommune (formand)"),
        ("Lis Vang (A)", "byrådsmedlem, Ikast-Brande Kommune")]


_COMMISSION = """VESTHAVETS BEREDSKAB I/S
Ringkøbing-Skjern og Lemvig Kommuner

BEREDSKABSKOMMISSIONEN

REFERAT

Dato:     Torsdag den 5. september 2019
Tid:      Kl. 14.00
Sted:     Brandstationen, Vestergade 4, 6950 Ringkøbing

Medlemmer:
  Anders Lykke, borgmester, Lemvig Kommune (formand)
  Mette Bro, byrådsmedlem, Ringkøbing-Skjern Kommune
  Ib Sand, politiinspektør, Midt- og Vestjyllands Politi

------------------------------------------------------------------------
Pkt. 4   Godkendelse af dagsorden
------------------------------------------------------------------------
Beslutning:
Godkendt.

------------------------------------------------------------------------
Pkt. 5   Eventuelt
------------------------------------------------------------------------
Beslutning:
Intet.
"""


def test_a_members_municipality_after_the_post_is_no_participant(read_file: ReadFile) -> None:
    meeting, = read_file("beredskabskommissionen_2019-09-05.txt", _COMMISSION)
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Anders Lykke", "borgmester, Lemvig Kommune (formand)"),
        ("Mette Bro", "byrådsmedlem, Ringkøbing-Skjern Kommune"),
        ("Ib Sand", "politiinspektør, Midt- og Vestjyllands Politi")]


_FOOT = ("Ungerådet for Skive og Viborg · sekretariat: Skive Kommune, Torvegade 10, "
         "7800 Skive, telefon 99 15 55 00")
_HEAD = "Skive Kommune Kultur og Fritid Sagsnr. 19/20455"
_YOUTH = f"""{_HEAD}
Referat
Ungerådet for Skive og Viborg
Dato: Mandag d. 2. september 2019 kl. 17.00-19.00
Sted: Ungdomsskolen, Østergade 4, 7800 Skive
Til stede:
\uf0b7 Maja Friis, formand (Skive Gymnasium, Skive)
\uf0b7 Adam Noor (Viborg Katedralskole, Viborg)
Afbud:
\uf0b7 Sofie Lind (Skive Handelsskole, Skive)
Observatører:
\uf0b7 Kurt Ravn (V), formand for Kultur- og Fritidsudvalget, Ungdomsskolens bestyrelse i
Skive
Punkt 1: Godkendelse af dagsorden
Beslutning:
Godkendt uden bemærkninger.
{_FOOT}
\f{_HEAD}
Punkt 2: Skatersted i Viborg
Beskrivelse:
Ungerådet drøftede et nyt skatersted.
Beslutning:
Sagen sendes videre til Viborg Kommune.
{_FOOT}
\f{_HEAD}
Punkt 3: Eventuelt
Beslutning:
Næste møde er d. 7. oktober 2019.
{_FOOT}
"""


def test_a_word_list_under_the_attendance_labels_reads_each_bullet(read_file: ReadFile) -> None:
    """Each bullet one member (the organisation in brackets after the name, as a list
    writes it); an observer's label gives the role; a long entry wrapped is one member."""
    meeting, = read_file("Referat ungerådet 02.09.2019.txt", _YOUTH)
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {
        "Maja Friis": ("deltog", "formand (Skive Gymnasium, Skive)"),
        "Adam Noor (Viborg Katedralskole, Viborg)": ("deltog", ""),
        "Sofie Lind (Skive Handelsskole, Skive)": ("afbud", ""),
        "Kurt Ravn (V)": ("deltog", "observatør, formand for Kultur- og Fritidsudvalget, "
                                    "Ungdomsskolens bestyrelse i Skive")}


def test_a_footer_with_the_secretariats_address_is_page_furniture(read_file: ReadFile) -> None:
    meeting, = read_file("Referat ungerådet 02.09.2019.txt", _YOUTH)
    assert [i.decision for i in meeting.items] == [
        "Godkendt uden bemærkninger.", "Sagen sendes videre til Viborg Kommune.",
        "Næste møde er d. 7. oktober 2019."]
    assert [s.name for s in meeting.items[1].sections] == ["Beskrivelse", "Beslutning"]
