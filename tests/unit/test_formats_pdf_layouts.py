"""PDF layouts beyond the seeds, each as a small PDF written with fpdf: a publication page
printed to PDF (number alone above the title, a bare EMN case number), one item a page
(decisions at the page's foot are not page furniture), a header naming the municipality,
label lines with the list below, closed items printed as their title only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(tmp_path: Path, pages: list[str], footer: str = "") -> Path:
    from fpdf import FPDF

    assert FONT.exists(), "the DejaVu font renders Danish letters into the PDF"

    class Doc(FPDF):
        def footer(self) -> None:
            if footer:
                self.set_y(-15)
                self.cell(0, 5, footer.format(n=self.page_no()))

    pdf = Doc()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=9)
    for page in pages:
        pdf.add_page()
        for line in page.split("\n"):
            pdf.multi_cell(0, 4, line or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "referat.pdf"
    pdf.output(str(path))
    return path


def test_a_publication_page_printed_to_pdf_number_above_title(tmp_path):
    path = _pdf(tmp_path, [
        "Aalborg Kommune\nReferat\nUdvalg: Sundheds- og Kulturudvalget\n"
        "Mødedato: 3. februar 2025, kl. 08:30\nMødested: Rådhuset\nMødedeltagere:\n"
        "Hent hele referatet\nPunkt Titel\n"
        "1\nGodkendelse af dagsorden\nEMN-2025-000123\nBeslutninger\nGodkendt.\n"
        "2\nTilskud til kulturhuset i\nNørresundby\nEMN-2024-004567\nBeslutninger\n"
        "Anbefales.\nAfbud: Per Madsen\nResume\nKulturhuset søger 2 mio. kr.\n"
        "Sagsforløb\nUdvalg: Magistraten\nDato: 20-01-2025\nPunktnummer: 7\nAnbefales.\n"
        "3\nEventuelt\nEMN-2025-000124\nBeslutninger\nIntet."])
    (m,) = read_meetings(path)
    assert (m.municipality, m.committee, m.date, m.start_time, m.place) == (
        "Aalborg", "Sundheds- og Kulturudvalget", date(2025, 2, 3), "08:30", "Rådhuset")
    assert m.participants == []  # "Hent hele referatet" is the page's button, not a name
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "EMN-2025-000123", "Godkendt."),
        (2, "Tilskud til kulturhuset i Nørresundby", "EMN-2024-004567",
         "Anbefales.\nAfbud: Per Madsen"),
        (3, "Eventuelt", "EMN-2025-000124", "Intet.")]
    (entry,) = m.item(2).history
    assert (entry.committee, entry.date, entry.punkt) == ("Magistraten", date(2025, 1, 20), 7)


def test_one_item_a_page_keeps_its_decision_and_case_number(tmp_path):
    front = ("Greve Kommune\nReferat\nByråd 2022-2025\nMødedato: 17. april 2024, kl. 19:00\n"
             "Mødested: Byrådssalen\nDeltagere:\nAnne Holm, Bo Lund, Hans-\nJørgen Kirstein\n"
             "Afbud:\nCarl Dam")
    items = [f"{n}. {title}\nSagsnr.: 24-00{n}\nBeslutning i Byrådet den 17-04-2024\nGodkendt."
             for n, title in enumerate(["Godkendelse af dagsorden", "Budget", "Lokalplan"], 1)]
    path = _pdf(tmp_path, [front, *items], footer="Byrådet 17-04-2024 - Side {n}")
    (m,) = read_meetings(path)
    assert (m.committee, m.start_time, m.doc_type) == ("Byrådet", "19:00", "referat")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Anne Holm", "deltog"), ("Bo Lund", "deltog"), ("Hans-Jørgen Kirstein", "deltog"),
        ("Carl Dam", "afbud")]
    # "Godkendt." ends every page and the decision heading repeats the meeting's date:
    # both are the items' own text, not page furniture
    assert [(i.number, i.journal_number, i.decision) for i in m.items] == [
        (1, "24-001", "Godkendt."), (2, "24-002", "Godkendt."), (3, "24-003", "Godkendt.")]


def test_closed_items_lists_and_wrapped_words_in_a_numbered_layout(tmp_path):
    path = _pdf(tmp_path, [
        "Syddjurs Kommune\nBeslutningsprotokol\nØkonomiudvalget\nDato: 20-06-2013\n"
        "Tidspunkt: kl. 10:30\nSted: Rådhuset\n"
        "715. Budget 2014\nSagsnr.: 13/1234\nSagsfremstilling\n"
        "Udvalget drøftede, før der blev truffet en endelig\nbeslutning\n"
        "om rammerne. Forvaltningen foreslår:\n1. Godkendt ramme.\n2. Ny pulje.\n"
        "Beslutning i Økonomiudvalget den 15-05-2013\nUdsat.\n"
        "Beslutning i Økonomiudvalget den 20-06-2013\nGodkendt.",
        "716. Lukket punkt: Køb af ejendom\n"
        "717. Eventuelt\nSagsnr.: 13/9999\nBeslutning i Økonomiudvalget den 20-06-2013\nIntet."])
    (m,) = read_meetings(path)
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Økonomiudvalget", date(2013, 6, 20), "10:30", "Rådhuset")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (715, "Budget 2014", False), (716, "Køb af ejendom", True), (717, "Eventuelt", False)]
    budget = m.item(715)
    # a line that wrapped onto the word "beslutning" is no Beslutning heading
    assert budget.decision == "Godkendt." and "endelig beslutning om" in budget.section(
        "Sagsfremstilling")
    assert [(t.date, t.text) for t in budget.history] == [(date(2013, 5, 15), "Udsat.")]


def test_a_closed_item_in_minutes_publishes_its_decision_without_a_heading(tmp_path):
    path = tmp_path / "referat.txt"
    path.write_text(
        "Plan- og Tryghedsudvalget\nReferat\nMødedato: 6. februar 2024 kl. 16:00\n\n"
        "Punkt 1: Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Punkt 2: Lukket punkt: Salg af grund\nSagsnr.: 24-000963\nSalget blev godkendt.\n\n"
        "Punkt 3: Underskriftsark\n", encoding="utf-8")
    (m,) = read_meetings(path)
    closed = m.item(2)
    assert (closed.closed, closed.title, closed.decision) == (
        True, "Salg af grund", "Salget blev godkendt.")
    assert not m.warnings  # nor is a decision missing on the signature sheet
