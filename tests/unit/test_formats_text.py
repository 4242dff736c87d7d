"""The text adapter (text extracted from PDF) on layouts beyond the seeds: "Punkt N: Title"
wrapping onto the next line, "N. Title" with running numbers, contents lists, repeated page
headers and footers, and dated decision headings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_punkt_layout_with_wrapped_titles_page_footers_and_dated_decisions():
    (m,) = read_meetings(FIXTURES / "pdf_punkt.txt")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Byrådet", date(2013, 6, 20), "19:00", "Byrådssalen", "referat")
    # the contents list (no dot leaders) is not read as items
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Ny affaldsordning for sommerhusområderne"),
        (3, "Køb af ejendom"),
    ]
    assert m.item(3).closed
    first, second = m.item(1), m.item(2)
    assert first.decision == "Godkendt."  # "Side 2 af 4" and "Byrådet 20-06-2013" are gone
    assert second.journal_number == "13/2222"
    assert "1,2 mio. kr. om året." in second.section("Sagsfremstilling")
    assert second.decision.startswith("Godkendt.") and "Anbefales" not in second.decision
    (earlier,) = second.history
    assert (earlier.committee, earlier.date, earlier.text) == (
        "Teknisk Udvalg", date(2013, 6, 4), "Anbefales.")
    assert second.votes == {"imod": ["V"]} and second.absentees == ["Hans Holm (C)"]


def test_numbered_layout_with_running_numbers_and_dot_leader_contents():
    (m,) = read_meetings(FIXTURES / "pdf_numbered.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Udvalget for Plan og Kultur", date(2012, 12, 4), "16:30", "Mødelokale 4 på Rådhuset")
    assert m.attendees == ["Mette Lund (A)", "Jørgen Kjær (V)"] and m.absentees == ["Sofie Bak (F)"]
    assert [(i.number, i.title) for i in m.items] == [
        (715, "Kulturplan 2014"), (716, "Lokalplan for Havnen")]
    item = m.item(715)
    assert item.journal_number == "12/27845"
    # a numbered list inside an item is not an item
    assert "2. Biblioteket udvides." in item.section("Sammendrag")
    assert item.decision == "Godkendt."
    assert [(t.date, t.punkt) for t in item.history] == [(date(2012, 11, 13), 9)]
    assert m.item(716).decision == "Indstillingen godkendt."


def test_the_pdf_and_the_xml_export_of_one_meeting_are_one_meeting():
    from ingest.chunk import meeting_key

    (xml,) = read_meetings(FIXTURES / "edoc_referat.xml")
    (pdf,) = read_meetings(FIXTURES / "edoc_referat_pdf.txt")
    assert meeting_key(pdf) == meeting_key(xml)  # the index keeps the first, names the second
    def seen(m):  # what a reader sees, whatever the line breaks
        return [(i.number, i.title, i.journal_number, " ".join(i.decision.split()))
                for i in m.items]

    assert seen(pdf) == seen(xml)
    assert pdf.item(1).section("Sammendrag") == xml.item(1).section("Sammendrag")
    assert pdf.absentees == xml.absentees == ["Kim Bo (F)"]


@pytest.mark.parametrize("name", ["pdf_punkt.txt", "pdf_numbered.txt"])
def test_a_real_pdf_of_each_layout_reads_like_its_text(tmp_path, name):
    from fpdf import FPDF

    text = (FIXTURES / name).read_text(encoding="utf-8").replace("\t", "  ")
    pdf = FPDF()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    assert font.exists(), "the DejaVu font renders Danish letters into the PDF"
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=9)
    pdf.add_page()
    for line in text.split("\n"):
        if line.startswith("Side "):  # where the source text had a page break
            pdf.add_page()
        pdf.multi_cell(0, 4, line or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / name.replace(".txt", ".pdf")
    pdf.output(str(path))
    (from_pdf,) = read_meetings(path)
    (from_text,) = read_meetings(FIXTURES / name)
    assert from_pdf.source_format == "pdf-tekst"
    assert (from_pdf.committee, from_pdf.date, from_pdf.start_time) == (
        from_text.committee, from_text.date, from_text.start_time)
    def seen(m):
        return [(i.number, i.title, i.closed, " ".join(i.decision.split())) for i in m.items]

    assert seen(from_pdf) == seen(from_text)


def test_headers_and_footers_of_pdf_pages_are_dropped(tmp_path):
    pages = [
        "Økonomiudvalget\nReferat\nMødedato: 3. marts 2025 kl. 16:00\n\n"
        "Punkt 1: Budgetopfølgning\nSagsfremstilling\nForbruget er 98 pct. af budgettet",
    ]
    for n, body in enumerate(["og ventes at holde.", "Beslutning\nTaget til efterretning.",
                              "Punkt 2: Eventuelt\nBeslutning\nIntet."], start=2):
        pages.append(f"Økonomiudvalget – åbent referat\n{body}\nSide {n} af 4")
    path = tmp_path / "referat.txt"
    path.write_text("\n\f\n".join(pages), encoding="utf-8")
    (m,) = read_meetings(path)
    assert m.committee == "Økonomiudvalget" and [i.title for i in m.items] == [
        "Budgetopfølgning", "Eventuelt"]
    text = m.item(1).section("Sagsfremstilling")
    assert text == "Forbruget er 98 pct. af budgettet og ventes at holde."
    assert m.item(1).decision == "Taget til efterretning."
    assert m.item(2).decision == "Intet."


def test_a_repeated_punkt_number_is_named_not_glued_into_the_previous_item(tmp_path):
    minutes = tmp_path / "referat.txt"
    minutes.write_text(
        "Byrådet\nReferat\nMødedato: 20. juni 2013 kl. 19:00\n\n"
        "Punkt 1: Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Punkt 2: Ny affaldsordning\nBeslutning\nGodkendt.\n\n"
        "Punkt 2: Salg af grund\nBeslutning\nUdsat.\n", encoding="utf-8")
    (m,) = read_meetings(minutes)
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."), (2, "Ny affaldsordning", "Godkendt.")]
    assert any("punkt 2 står flere gange" in w and "Salg af grund" in w for w in m.warnings)


@pytest.mark.parametrize(("address", "municipality"), [
    ("Rådhuset, Hold-An Vej 7, 2750 Ballerup", "Ballerup"),
    ("Mødested: Byrådssalen, Rådhuset\nRådhustorvet 2, 8000 Aarhus C", "Aarhus"),
    ("Mødested: Mødelokale 2\nDronninggårds Allé 1, 2840 Holte", "Rudersdal"),
])
def test_a_document_naming_only_an_address_gets_its_municipality(tmp_path, address,
                                                                  municipality):
    minutes = tmp_path / "referat.txt"
    minutes.write_text(
        f"Økonomiudvalget\nReferat\nMødedato: 3. marts 2025 kl. 16:00\n{address}\n\n"
        "Punkt 1: Budgetopfølgning\nBeslutning\nTaget til efterretning.\n", encoding="utf-8")
    (m,) = read_meetings(minutes)
    assert m.municipality == municipality


def test_a_year_before_a_name_is_no_postal_address(tmp_path):
    minutes = tmp_path / "referat.txt"
    minutes.write_text(
        "Økonomiudvalget\nReferat\nMødedato: 3. marts 2025 kl. 16:00\n\n"
        "Punkt 1: Budget 2025\nSagsfremstilling\nI 2024 Greve og Solrød fik tilskud.\n"
        "Beslutning\nTaget til efterretning.\n", encoding="utf-8")
    (m,) = read_meetings(minutes)
    assert m.municipality == ""


def test_a_venue_at_a_firm_in_another_town_is_no_municipality_and_the_setting_wins(tmp_path):
    from ingest.index import read_file_meetings
    from referat.config import Config

    minutes = tmp_path / "referat.txt"
    minutes.write_text(
        "Erhvervsudvalget\nReferat\nMødedato: 18. marts 2025 kl. 8:00\n"
        "Mødested: Toms Gruppen, Helseholmen 5, 2650 Hvidovre\n\n"
        "Punkt 1: Besøg hos Toms Gruppen\nBeslutning\nTaget til efterretning.\n",
        encoding="utf-8")
    (m,) = read_meetings(minutes)
    assert m.municipality == ""
    # an address at the head is a guess that REFERAT_MUNICIPALITY overrides
    minutes.write_text("Rådhuset, Hold-An Vej 7, 2750 Ballerup\n" + minutes.read_text(
        encoding="utf-8"), encoding="utf-8")
    (m,) = read_meetings(minutes)
    assert (m.municipality, m.municipality_guessed) == ("Ballerup", True)
    (m,) = read_file_meetings(minutes, Config.from_env({"REFERAT_MUNICIPALITY": "Egedal"}))
    assert m.municipality == "Egedal"
