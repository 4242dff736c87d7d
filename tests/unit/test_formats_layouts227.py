"""Round 227's layouts (round 227's blind files): PDFs of minutes that no meeting system
printed itself. A portal page saved from the browser (a cookie notice with its buttons in
brackets, the skip link, the site's menu and breadcrumb on one line above the minutes, a
sidebar of the body's other meetings under the last item); a Word export whose item
numbers only the PDF's bookmarks hold; a two-column export, each label in the left
column beside its text ("Fraværende" beside the names); a PDF with each item under a
boxed header table whose case number cell is short ("21/45"); and the minutes behind an
overview page, whose running header and footer stand at the foot of each page but the
first. Every text is written by the tests (other towns, bodies, names and words than the
blind files)."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter

from .conftest import ReadFile
from .pdf_files import pieces_pdf


def _pdf(pages: list[list[str]]) -> bytes:
    """A PDF of these pages, one line a row."""
    return pieces_pdf([[(20.0, row, line) for row, line in enumerate(page)] for page in pages])


def _pages(pages: list[list[str]]) -> str:
    return "\n\f\n".join("\n".join(page) for page in pages) + "\n"


def _decision(item) -> str:
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


# --- a portal page saved from the browser -----------------------------------------------


def test_portal_page_chrome_names_no_body_and_its_decisions_are_this_meetings(
        read_file: ReadFile) -> None:
    """The cookie notice's buttons in brackets, "Vis detaljer", "Gå til indhold" and the
    menu with its breadcrumb on one line stand above the body's name: none of it is the
    committee, so the dated decision headings naming the body and this day are this
    meeting's decisions, and the members under "Deltagere" came. Before: the committee
    was the banner's and menu's words, every decision an earlier treatment, the file an
    agenda and its members called."""
    (m,) = read_file("portal.pdf", _pdf([[
        "Denne side anvender cookies", "Vi gemmer dine valg og laver anonym statistik.",
        "[ Accepter alle ]", "[ Kun nødvendige ]", "Vis detaljer", "Gå til indhold",
        "Viborg Kommune Borger   Erhverv   Politik  |  Søg Forside › Politik › Kulturudvalget"
        " › 14.10.2025",
        "Kulturudvalget", "Referat  ·  tirsdag den 14. oktober 2025",
        "Mødetidspunkt", "Kl. 16:00 - 18:00", "Mødested", "Mødelokale B, Viborg Rådhus",
        "Deltagere", "• Per Lauge (A), formand", "• Gitte Ravn (V)", "• Ole Sand (F)",
        "Afbud", "• Nina Bech (C)",
        "1. Godkendelse af dagsorden", "Sagsnummer: 25/3301   |   Åbent punkt",
        " Beslutning i Kulturudvalget den 14-10-2025", "Godkendt.",
        "Fraværende: Nina Bech (C)",
        "2. Tilskud til egnsmuseet", "Sagsnummer: 25/3302   |   Åbent punkt",
        " Beslutning i Kulturudvalget den 14-10-2025", "Bevilget som indstillet.",
        "Fraværende: Nina Bech (C)", "Sagsfremstilling", "Museet søger om driftstilskud."]]))
    assert m.committee == "Kulturudvalget"
    assert m.doc_type == "referat"
    assert [_decision(i) for i in m.items] == ["Godkendt.", "Bevilget som indstillet."]
    assert all(not i.history for i in m.items)
    assert {p.name: p.status for p in m.participants}["Gitte Ravn (V)"] == "deltog"


def test_sidebar_of_the_bodys_other_meetings_is_no_text_of_the_last_item(
        read_file: ReadFile) -> None:
    """"Udvalgets øvrige møder" over rows of a day and a kind ("09.09.2025   Referat"),
    above the site's footer: links to other meetings, not the last item's decision.
    Before: the box and its days ended the decision "Intet."."""
    (m,) = read_file("portal.pdf", _pdf([[
        "Kulturudvalget", "Referat  ·  tirsdag den 14. oktober 2025",
        "Mødested", "Mødelokale B, Viborg Rådhus",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Eventuelt", "Beslutning", "Intet.",
        "Udvalgets øvrige møder", "09.09.2025   Referat", "11.11.2025   Dagsorden",
        "09.12.2025   Dagsorden"], [
        "Kontakt", "Kultursekretariatet", "Viborg Kommune", "Prinsens Allé 5",
        "8800 Viborg", "Tlf. 87 87 87 87", "Privatlivspolitik", "Cookiepolitik",
        "Siden er senest opdateret 20.10.2025"]]))
    assert [_decision(i) for i in m.items] == ["Godkendt.", "Intet."]


# --- a Word export: the item numbers only in the bookmarks -------------------------------


def _bookmarked(pages: list[list[str]], marks: list[tuple[str, int]]) -> bytes:
    """A PDF of these pages with a top-level bookmark (title, page index) for each mark."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(_pdf(pages))))
    for title, page in marks:
        writer.add_outline_item(title=title, page_number=page)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_item_numbers_only_in_the_bookmarks_number_the_items(read_file: ReadFile) -> None:
    """Word's headings print the bare titles; the bookmarks "41. …" hold the year's
    running numbers, and a title wrapped in the body is found on its lines. Before: no
    item was found ("ingen dagsordenspunkter fundet")."""
    pages = [["Horsens Kommune", "Referat", "Teknisk Udvalg", "Mødedato:",
              "Onsdag den 8. maj 2024", "Mødested:", "Byrådssalen, Horsens Rådhus",
              "Medlemmer:", "Eja Holt (A), formand", "Mogens Brandt (V)"],
             ["Indhold", "Godkendelse af dagsorden  .  .  .  .  2",
              "Trafikplan for midtbyen  .  .  .  .  2"],
             ["Godkendelse af dagsorden", "Sagsnr.: 24/00210",
              "Beslutning i Teknisk Udvalg den 08-05-2024", "Godkendt.",
              "Trafikplan for midtbyen med nye", "cykelstier", "Sagsnr.: 23/09815",
              "Sagsfremstilling", "Planen har været i høring.",
              "Beslutning i Teknisk Udvalg den 08-05-2024", "Anbefales."]]
    (m,) = read_file("referat.pdf", _bookmarked(pages, [
        ("41. Godkendelse af dagsorden", 2),
        ("42. Trafikplan for midtbyen med nye cykelstier", 2)]))
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (41, "Godkendelse af dagsorden", "24/00210"),
        (42, "Trafikplan for midtbyen med nye cykelstier", "23/09815")]
    assert [_decision(i) for i in m.items] == ["Godkendt.", "Anbefales."]


# --- a two-column export: "Fraværende" in the label column beside the names ---------------


def test_absence_label_beside_the_names_is_no_text_of_a_long_decision(
        read_file: ReadFile) -> None:
    """A decision of two lines, then the label "Fraværende" and the names on lines of
    their own (the left and right cells of the table's row), the attachments after them:
    the absence is the item's, not words of its decision. Before: "… Fraværende Bo Krog
    (Ø)" ended the decision."""
    (m,) = read_file("referat.txt", _pages([[
        "Hedensted Kommune", "Referat", "Børneudvalget", "Mødedato", "02.03.2021",
        "Medlemmer", "Lis Dam (A), formand", "Bo Krog (Ø)", "Afbud", "Bo Krog (Ø)",
        "Punkt 1", "Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "Fraværende", "Bo Krog (Ø)",
        "Punkt 2", "Ny skolestruktur i Juelsminde", "Sagsfremstilling",
        "Forvaltningen har udarbejdet et forslag til en ny skolestruktur i Juelsminde.",
        "Beslutning",
        "Godkendt til udsendelse i høring med den ændring, at overbygningen i Klakring",
        "bevares i hele høringsperioden og indtil videre.",
        "Fraværende", "Bo Krog (Ø)", "Bilag", "Høringsmateriale"]]))
    assert _decision(m.items[1]) == (
        "Godkendt til udsendelse i høring med den ændring, at overbygningen i Klakring "
        "bevares i hele høringsperioden og indtil videre.")
    assert m.items[1].absentees == ["Bo Krog (Ø)"]


# --- one item a page under a boxed header table ------------------------------------------


def test_short_case_number_in_the_header_tables_cell_is_no_title_word(
        read_file: ReadFile) -> None:
    """"Punkt | Overskrift | Sagsnr. | Åbent/Lukket" over "1 | Title | 21/45 | Åbent", one
    cell a line: the short case number is the item's, not the title's last word. Before:
    the title was "Godkendelse af dagsorden 21/45" and the item had no case number."""
    head = ["Punkt", "Overskrift", "Sagsnr.", "Åbent/Lukket"]

    def page(number: str, title: list[str], case: str, text: str, decision: str) -> list[str]:
        return [*head, number, *title, case, "Åbent", "Sagsfremstilling", text, "Indstilling",
                "Kommunaldirektøren indstiller, at sagen godkendes.",
                "Beslutning i Økonomiudvalget den 05-03-2019", decision,
                "Økonomiudvalget 05-03-2019", f"Side {int(number) + 1}"]

    (m,) = read_file("referat.pdf", _pdf([
        ["ODSHERRED KOMMUNE", "Referat", "Økonomiudvalget", "Dato:",
         "Tirsdag den 5. marts 2019", "Sted:", "Rådhuset, Nykøbing Sj.", "Medlemmer:",
         "Tue Lind (A), formand", "Åse Brix (V)", "Økonomiudvalget 05-03-2019", "Side 1"],
        page("1", ["Godkendelse af dagsorden"], "21/45", "Dagsordenen forelægges.",
             "Godkendt."),
        page("2", ["Anlægsregnskab for ny", "daginstitution i Asnæs"], "17/20871",
             "Byggeriet blev afsluttet i december.", "Anbefales."),
        page("3", ["Meddelelser"], "21/46", "Orientering om status på bredbånd.",
             "Taget til efterretning.")]))
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "21/45"),
        (2, "Anlægsregnskab for ny daginstitution i Asnæs", "17/20871"),
        (3, "Meddelelser", "21/46")]


# --- minutes behind an overview: the running header drawn at each later page's foot ------


def test_footer_of_the_first_minutes_page_is_no_earlier_decision(read_file: ReadFile) -> None:
    """The minutes' first page prints the running header at its top and the footer above
    its counter; the later pages draw header and footer together at their foot, under
    the municipality's name. The footer on the first page is the same furniture, not the
    text of the earlier treatment the page break cut. Before: that earlier decision's text
    was the footer, its own words a second case text."""
    foot = ["Referat - Sundhedsudvalget - 10.06.2025"]
    (m,) = read_file("referat.txt", _pages([
        ["Thisted Kommune", "Sundhedsudvalget · Referat", "Referat", "Sundhedsudvalget",
         "Mødedato", "Tirsdag den 10. juni 2025", "Deltagere", "Rikke Bak (V), formand",
         "Jens Toft (A)",
         "1. Godkendelse af dagsorden", "Sagsnr.: 25-001101", "Beslutning", "Godkendt.",
         "2. Sundhedspolitik 2026", "Sagsnr.: 24-019877", "Sagsfremstilling",
         "Udkastet har været drøftet med patientforeningerne.", "Tidligere behandling",
         "Sundhedsudvalget, 6. maj 2025, pkt. 3:", *foot, "Side 1 af 3"],
        ["Udkastet blev sendt i høring.", "Indstilling",
         "Forvaltningen indstiller, at politikken anbefales.", "Beslutning", "Anbefales.",
         "3. Meddelelser", "Sagsnr.: 25-001102", "Beslutning",
         "Thisted Kommune", "Sundhedsudvalget · Referat", *foot, "Side 2 af 3"],
        ["Taget til efterretning.", "4. Eventuelt", "Sagsnr.: 25-001103", "Beslutning",
         "Intet.", "Thisted Kommune", "Sundhedsudvalget · Referat", *foot, "Side 3 af 3"]]))
    (earlier,) = m.items[1].history
    assert (earlier.committee, earlier.date.isoformat(), earlier.text) == (
        "Sundhedsudvalget", "2025-05-06", "Udkastet blev sendt i høring.")
    assert [s.name for s in m.items[1].sections].count("Sagsfremstilling") == 1
