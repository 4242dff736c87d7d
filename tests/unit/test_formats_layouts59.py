"""A fifty-ninth round of layouts (round 59's blind files): a FirstAgenda print with a
contents page, a protocol drawn as one grid table, a forwarded Outlook mail, a municipal
utility's board minutes and a commission's minutes with labels in a left column. The
PDFs are written by `gen_formats59.py`; the .eml file by hand."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats59")


def _people(m) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in m.participants]


def test_contents_page_rows_are_no_items() -> None:
    """A FirstAgenda referat whose contents page prints each row's number, title and page
    number on lines of their own, the first item's page with an empty "Sagsnr.:" field:
    the items are the item pages, each with its own case number and decision. Before:
    the contents rows were the items (their text the page number) and every item page was
    glued into the last item."""
    m = one("01_indholdsfortegnelse.pdf")
    assert (m.municipality, m.committee, m.date, m.doc_type) == (
        "Lunde", "Miljøudvalget", date(2020, 3, 4), "referat")
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (11, "Godkendelse af dagsorden", None, False, "Godkendt."),
        (12, "Spildevandsplan 2020-2024", "19/2210", False, "Anbefales over for Byrådet."),
        (13, "Køb af jord", "20/0417", True, "Godkendt.")]
    assert m.item(12).section("Indstilling") == "Forvaltningen indstiller, at planen anbefales."


def test_grid_protocol_table_with_head_one_cell_a_line() -> None:
    """A "Beslutningsprotokol" drawn as one grid table "Nr. | Sag | Sagsnr. | Indstilling
    | Beslutning", its head one cell a line in plain text: each row is an item with its
    title (wrapped in its cell), case number, Indstilling and decision, and the heads are
    nobody. Before: the heads were absent people, the Indstilling opened the decision and
    a title's wrapped "2019" and the case number went into the decision."""
    m = one("02_protokoltabel.pdf")
    assert (m.committee, m.date, m.start_time) == ("Teknikudvalget", date(2019, 10, 7), "15:00")
    assert _people(m) == [("Kaj Holm (V)", "deltog", "formand"), ("Ruth Berg (A)", "deltog", ""),
                          ("Ole Vang (C)", "deltog", ""), ("Lis Dahl (F)", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (41, "Budget 2020", "19/0411", "Godkendt.\nFor stemte: V, A.\nImod stemte: C."),
        (42, "Takster for affald 2019", "19/0502", "Godkendt."),
        (43, "Eventuelt", None, "Intet.")]
    assert m.item(42).section("Indstilling") == "Forvaltningen indstiller, at taksterne godkendes."


def test_forwarded_mail_note_is_no_committee() -> None:
    """A forwarded Outlook mail (HTML only, quoted-printable): the forwarder's greeting,
    note and signature above the quoted message's "Fra:/Sendt:/Til:/Emne:" block are no
    part of the minutes, so the committee is the body the minutes name. Before: the
    committee was the greeting "Hej alle"."""
    m = one("04_videresendt.eml")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Lunde", "Handicaprådet", date(2016, 5, 3), "16:00", "referat")
    assert [(i.number, i.decision) for i in m.items] == [
        (1, "Godkendt."), (2, "Taget til efterretning.")]


def test_utility_minutes_get_the_municipality_of_their_footer_address() -> None:
    """A municipal utility's board minutes naming no municipality, its letter paper's
    footer on each page giving the address ("Vestkyst Vand A/S · Havnevej 2 · 9800
    Hjørring · CVR …"): the municipality is guessed from that address. Before: none."""
    m = one("09_forsyning.pdf")
    assert (m.municipality, m.municipality_guessed, m.committee) == (
        "Hjørring", True, "Vestkyst Vand A/S")
    assert len(m.items) == 4


def test_justified_label_values_and_two_names_joined_by_og() -> None:
    """Facts justified in a label column (the words two spaces apart) and a list ending
    "… Ole Vang og Eva Holm (medarbejdervalgt)": the place with single spaces, and two
    people, the role the second one's. Before: the place kept the wide spaces and "Ole
    Vang og Eva Holm" was one participant."""
    m = one("09_forsyning.pdf")
    assert m.place == "Vestkyst Vand, Havnevej 2, mødelokale Fyret"
    assert _people(m) == [("Kaj Holm", "deltog", "formand"), ("Ruth Berg", "deltog", "næstformand"),
                          ("Ole Vang", "deltog", ""), ("Eva Holm", "deltog", "medarbejdervalgt"),
                          ("Lis Dahl", "afbud", "")]


def test_commission_labels_in_a_left_column() -> None:
    """A commission's "Dagsorden og referat" with its labels in a left column: an empty
    "J.nr.:" cell beside the case number ends the title, and "Kommissionens" /
    "beslutning:" is the meeting's own decision. Before: every title ended in " J.nr."
    and every decision began "Kommissionen:"."""
    m = one("10_kommission.pdf")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Beredskabskommissionen", date(2019, 4, 8), "14:00", "referat")
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (7, "Dimensionering 2019-2022", "19/0707", "Godkendt."),
        (8, "Budgetopfølgning", "19/0808", "Taget til efterretning.")]


def test_official_title_before_name_and_staff_under_desuden_deltog() -> None:
    """"Politidirektør Ole Vang, Vestegnens Politi" among those present is one person,
    his title the role and the police district in brackets; "Desuden deltog:" /
    "Beredskabschef Bo Dam" is staff, no participant. Before: the title was part of the
    name, the police district a person and the staff member a participant."""
    m = one("10_kommission.pdf")
    assert _people(m) == [("Kaj Holm (A)", "deltog", "borgmester, formand"),
                          ("Ruth Berg (V)", "deltog", ""),
                          ("Ole Vang (Vestegnens Politi)", "deltog", "politidirektør"),
                          ("Lis Dahl (A)", "afbud", "")]
