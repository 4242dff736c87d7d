"""A ninety-first round of layouts (round 91's blind files: text-layer hazards of published
PDFs): an InDesign referat whose narrow side-label column wraps its labels ("Beslutning
i" / "<Udvalg>" / "den" / "<dato>") between the text's lines; a front page whose two
columns of facts are drawn row by row; a Word members grid followed by the
administration's sentence and a draft watermark spelled letter by letter; and a
"Microsoft Print to PDF" agenda that loses spaces ("Juhl(A)", "Kultur-og"). Every text
and page is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from ingest.formats.page_edges import drop_page_edges
from ingest.formats.text import parse_minutes
from ingest.pdf_interleaved import interleaved_columns


class _Page:
    """A PDF page as `pypdf` shows it to a visitor: pieces of text at (x, y)."""

    def __init__(self, chunks: list[tuple[float, float, str]]) -> None:
        self.chunks = chunks

    def extract_text(self, visitor_text: object = None) -> str:
        for x, y, text in self.chunks:
            visitor_text(text, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, x, y], None, 10)  # type: ignore[operator]
        return "\n".join(text for _, _, text in self.chunks)


# --- a narrow side-label column whose labels wrap --------------------------------------

_LABEL, _TEXT = 60.0, 140.0


def _side_label_page() -> _Page:
    """An item with "Sagsfrem-" / "stilling" and two wrapped decision labels (an
    earlier meeting's and this one's), each label line on a text line's baseline."""
    return _Page([
        (_LABEL, 700, "3. Ny belysning på havnepladsen"),
        (_LABEL, 685, "Sagsnr.: 05.04.00-G01-3-26"),
        (_LABEL, 667, "Sagsfrem-"), (_TEXT, 667, "Havnepladsen skal have ny belysning, og"),
        (_LABEL, 654, "stilling"), (_TEXT, 654, "forvaltningen har indhentet to tilbud."),
        (_LABEL, 636, "Beslutning i"), (_TEXT, 636, "Sagen blev sendt tilbage til"),
        (_LABEL, 623, "By- og Havne-"), (_TEXT, 623, "forvaltningen."),
        (_LABEL, 610, "udvalget den"),
        (_LABEL, 597, "12.01.2026"),
        (_LABEL, 579, "Beslutning i"), (_TEXT, 579, "Tilbuddet fra Lys og Lygte ApS blev"),
        (_LABEL, 566, "By- og"), (_TEXT, 566, "godkendt."),
        (_LABEL, 553, "Havneudvalget"),
        (_LABEL, 540, "den"),
        (_LABEL, 527, "16.03.2026"),
    ])


def test_wrapped_side_labels_are_gathered_above_their_text() -> None:
    page = _side_label_page()
    text = interleaved_columns(page, page.extract_text(lambda *a: None))
    assert text.split("\n") == [
        "3. Ny belysning på havnepladsen", "Sagsnr.: 05.04.00-G01-3-26",
        "Sagsfremstilling", "Havnepladsen skal have ny belysning, og",
        "forvaltningen har indhentet to tilbud.",
        "Beslutning i By- og Havneudvalget den 12.01.2026", "Sagen blev sendt tilbage til",
        "forvaltningen.",
        "Beslutning i By- og Havneudvalget den 16.03.2026",
        "Tilbuddet fra Lys og Lygte ApS blev", "godkendt."]
    # (a label grid beside its values, none wrapped, is left as it is)
    grid = _Page([(_LABEL, 700, "Dato"), (158, 700, "Mandag den 16. marts 2026"),
                  (_LABEL, 687, "Tid"), (158, 687, "Kl. 17.00"),
                  (_LABEL, 674, "Sted"), (158, 674, "Mødelokale Havnen")])
    listed = grid.extract_text(lambda *a: None)
    assert interleaved_columns(grid, listed) == listed


def test_side_labels_give_the_decision_and_the_earlier_one_as_history() -> None:
    page = _side_label_page()
    items = interleaved_columns(page, page.extract_text(lambda *a: None))
    text = "\n".join(["Referat", "By- og Havneudvalget", "Dato: Mandag den 16. marts 2026",
                      "Tidspunkt: Kl. 17.00", "Sted: Mødelokale Havnen", "", items])
    item = parse_minutes(text).items[0]
    assert item.decision == "Tilbuddet fra Lys og Lygte ApS blev godkendt."
    assert [t.date.isoformat() for t in item.history] == ["2026-01-12"]
    assert "stilling" not in item.section("Sagsfremstilling")


# --- two columns of facts drawn row by row ---------------------------------------------


def _facts_page() -> _Page:
    return _Page([
        (60, 760, "Referat"), (60, 740, "Kultur- og Idrætsudvalget"),
        (60, 700, "MØDEDATO"), (300, 700, "MEDLEMMER"),
        (60, 688, "Onsdag den 11. marts 2026"), (300, 688, "Ida Kronborg (F), formand"),
        (300, 675, "Bo Vinding (V), næstformand"), (60, 669, "MØDETID"),
        (300, 662, "Else Gram (A)"), (60, 657, "18:30 - 20:00"),
        (300, 649, "Karl Møller (C)"), (60, 638, "MØDESTED"),
        (300, 636, "AFBUD"), (60, 626, "Hallen, Mødelokale 2"),
        (300, 623, "Else Gram (A)"), (60, 605, "NÆSTE MØDE"),
        (300, 610, "REFERENT"), (60, 593, "Onsdag den 8. april 2026"),
        (300, 597, "Kulturkonsulent Pia Holm"),
        (60, 540, "1. Godkendelse af dagsorden"),
        (60, 525, "Beslutning i Kultur- og Idrætsudvalget den 11.03.2026"),
        (60, 510, "Godkendt."),
    ])


def test_fact_columns_drawn_row_by_row_read_column_by_column() -> None:
    page = _facts_page()
    text = interleaved_columns(page, page.extract_text(lambda *a: None))
    meeting = parse_minutes(text)
    assert meeting.start_time == "18:30"
    assert meeting.place == "Hallen, Mødelokale 2"
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Ida Kronborg (F)": "deltog", "Bo Vinding (V)": "deltog",
                      "Else Gram (A)": "afbud", "Karl Møller (C)": "deltog"}


# --- a members grid, the administration's sentence and a spelled watermark -------------


def test_the_administrations_sentence_under_a_members_grid_is_no_member() -> None:
    text = "\n".join([
        "Referat", "Social- og Sundhedsudvalget", "Mødedato:", "Tirsdag den 3. marts 2026",
        "Tidspunkt:", "15:00 – 17:00", "Mødested:", "Rådhuset, lokale 4", "Deltagere",
        "Navn", "Parti", "Funktion", "Fremmøde",
        "Anne Lykke", "S", "Formand", "Til stede",
        "Jonas Riis", "V", "Medlem", "Afbud",
        "Fra administrationen deltog sundhedschef Lis Dam (referent) og konsulent Ib Berg",
        "under punkt 1.",
        "Punkt 1: Godkendelse af dagsorden", "Beslutning", "Godkendt."])
    people = {p.name: p.status for p in parse_minutes(text).participants}
    assert people == {"Anne Lykke (S)": "deltog", "Jonas Riis (V)": "afbud"}


def test_a_watermark_spelled_letter_by_letter_leaves_no_letters_in_the_text() -> None:
    page = ["Udvalget godkendte sagen.", "Side 1 af 2", "K", "O", "P", "I", "\f",
            "Godkendt.", "Side 2 af 2", "K", "O", "P", "I"]
    kept = [ln for ln in drop_page_edges(page) if ln.strip()]
    assert kept == ["Udvalget godkendte sagen.", "Godkendt."]


# --- a printer driver that loses spaces -------------------------------------------------


def test_a_running_header_that_lost_a_space_is_still_furniture() -> None:
    text = "\n".join([
        "Teknik- og Erhvervsudvalget", "DAGSORDEN", "Mødedato: Torsdag den 5. marts 2026",
        "Mødetidspunkt: Kl. 17.00", "Mødested: Byrådssalen",
        "Medlemmer: Søs Friis (V), formand", "Afbud: Søs Friis (V)",
        "Punkt 1. Godkendelse af dagsorden", "Indstilling:",
        "Forvaltningen indstiller, at dagsordenen godkendes.", "Beslutning:",
        "Eksempel Kommune Teknik- og Erhvervsudvalget - dagsorden 05.03.2026", "Side 1", "\f",
        "Punkt 2. Lukket punkt: Salg af grund", "Beslutning:",
        "Eksempel Kommune Teknik-og Erhvervsudvalget - dagsorden 05.03.2026", "Side 2"])
    meeting = parse_minutes(text)
    assert meeting.doc_type == "dagsorden"
    assert [item.decision for item in meeting.items] == ["", ""]


def test_members_whose_party_letter_lost_its_space_are_read() -> None:
    text = "\n".join([
        "Børne- og Ungeudvalget", "DAGSORDEN", "Mødedato: Mandag den 9. marts 2026",
        "Mødetidspunkt: Kl. 16.00", "Mødested: Rådhuset",
        "Medlemmer: Kim Wendt (V), formand", "Lone Sandberg(A), næstformand",
        "Mads Egholm(O)", "Afbud: Kim Wendt (V)", "Punkt 1. Godkendelse af dagsorden",
        "Indstilling:", "Dagsordenen godkendes."])
    people = {p.name: (p.status == "afbud", p.role) for p in parse_minutes(text).participants}
    assert people == {"Kim Wendt (V)": (True, "formand"),
                      "Lone Sandberg (A)": (False, "næstformand"), "Mads Egholm (O)": (False, "")}


def test_a_tables_inner_cells_are_no_side_labels() -> None:
    """A members grid drawn cell by cell: "Udpeget af" and the town below it stand right
    of "Navn" and of a member's name, so they stay cells of their own (the town is no
    wrapped part of a label)."""
    cells = [(60.0, "Navn"), (200.0, "Udpeget af"), (330.0, "Funktion"), (430.0, "Tilstede")]
    rows = [("Eva Strand", "Vestby Kommune", "Formand", "Ja"),
            ("Bo Lind", "Østby Kommune", "Medlem", "Nej"),
            ("Ida Kro", "Nordby Kommune", "Medlem", "Ja")]
    chunks = [(x, 700.0, text) for x, text in cells]
    for k, row in enumerate(rows):
        chunks += [(x, 686.0 - 14 * k, text) for (x, _), text in zip(cells, row, strict=True)]
    page = _Page(chunks)
    text = page.extract_text(lambda *a: None)
    assert interleaved_columns(page, text) == text
