"""A publication page printed to PDF keeps its user interface as text: beside every item
a count badge and the item's menu ("Hent som PDF", "Kopier link", one word a line in the
narrow column), printed after the item's text or at the foot of the page the item
starts on; the page's hidden dialogs at its end. None of it is an item's text; an item's
own short decision next to the menu is."""

from __future__ import annotations

from datetime import date

from ingest.formats import read_meetings
from ingest.formats.text_furniture import strip_ui_furniture

from .test_formats_pdf_layouts import _pdf

_MENU = "Hent\nsom\nPDF\nKopier\nlink"
_UI = ("Hent", "som\n", "PDF\n", "Kopier", "link", "×", "Tip en ven", "Annuller", "OK")


def test_a_printed_publication_page_leaves_its_buttons_out_of_the_items(tmp_path):
    front = ("Aalborg Kommune\nReferat\nUdvalg: Teknisk Udvalg\n"
             "Mødedato: 1. oktober 2025, kl. 15.45\nMødested: Rådhuset\nHent hele referatet\n"
             "Punkt Titel\n")
    page1 = (front + "1\nGodkendelse af dagsorden\nEMN-2025-000123\nBeslutninger\nGodkendt\n"
             f"{_MENU}\n"
             "2\nCykelsti på Hovedgaden\nEMN-2025-000124\nBeslutninger\nGodkendt\nResume\n"
             f"3\n{_MENU}")  # the item goes on on the next page: its menu ends this one
    page2 = ("Der anlægges en cykelsti på 2 km.\nBilag\nPDFTegning af stien\n"
             "PDFBudget for stien\n"
             f"2\n{_MENU}\n"
             f"3\nEventuelt\n{_MENU}")  # the page breaks after the title: no case number
    page3 = ("Beslutninger\nUdvalget drøftede vintertjenesten.\n"
             "4\nVintertjeneste\nEMN-2025-000125\nBeslutninger\nGodkendt\n"
             f"{_MENU}\n"
             "×\nKopier link\nKopier linket i tekstboksen med ctrl+c og indsæt det hvor du vil\n"
             "Luk\n×\nTip en ven\nModtager e-mail\nDit navn\nSend  Annuller\n×\nInfo\nOK")
    (m,) = read_meetings(_pdf(tmp_path, [page1, page2, page3], footer="Teknisk Udvalg {n}/3"))
    assert (m.committee, m.date, m.start_time) == ("Teknisk Udvalg", date(2025, 10, 1), "15:45")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt"),  # the decision beside the menu stays
        (2, "Cykelsti på Hovedgaden", "Godkendt"),
        (3, "Eventuelt", "Udvalget drøftede vintertjenesten."),
        (4, "Vintertjeneste", "Godkendt")]
    assert m.item(2).section("Sammendrag") == "Der anlægges en cykelsti på 2 km."
    # the links' file-type badge ("PDF") is no part of the attachments' names
    assert m.item(2).section("Bilag") == "Tegning af stien\nBudget for stien"
    texts = [s.text for i in m.items for s in i.sections]
    assert not [t for t in texts if any(ui in t for ui in _UI)], texts


def test_repeated_short_lines_that_are_no_buttons_stay():
    lines = ["1", "Budget", "Beslutning", "Godkendt", "Vis", "2", "Takster", "Beslutning",
             "Godkendt", "Vis", "3", "Eventuelt", "Beslutning", "Godkendt"]
    spans = [(1, 5), (6, 10), (11, 14)]
    # "Godkendt" in every item is the items' own text and stays; "Vis", a button label in
    # two of the three items (at least 60 %), goes
    assert strip_ui_furniture(lines, spans, lambda s: s == "Beslutning") == [
        "1", "Budget", "Beslutning", "Godkendt", "2", "Takster", "Beslutning", "Godkendt",
        "3", "Eventuelt", "Beslutning", "Godkendt"]
    # a label in one item only is not the page's
    once = ["1", "Budget", "Hent", "2", "Takster", "Godkendt", "3", "Eventuelt", "Godkendt"]
    assert strip_ui_furniture(once, [(1, 3), (4, 6), (7, 9)], lambda s: False) == once
