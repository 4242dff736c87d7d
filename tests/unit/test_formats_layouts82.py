"""An eighty-second round of layouts (round 82's blind files): a two-level agenda whose
items are labelled by their group's letter, restarting per group ("B1", "B2" under
"Sager til beslutning", "O1" under "Sager til orientering"); and a Word document whose
fields are one paragraph each, "Label – text", with a dash before the first name of
"Til stede – …". Every text is written by the tests (other towns, bodies and words than
the blind files)."""

from __future__ import annotations

from ingest.formats.dash_labels import dashed_label
from ingest.formats.group_labels import group_items
from ingest.formats.ocr_digits import ocr_digits
from ingest.formats.text_people import participants_from_list

from .fixture_files import written_meeting as _read
from .office_files import docx, para


def _sections(item) -> dict[str, str]:  # noqa: ANN001
    return {s.name: s.text for s in item.sections}


# --- items labelled by their group: "B1", "B2" / "O1" ---------------------------------

def _grouped_print() -> str:
    return "\n".join([
        "Ringsted Kommune – Plan- og Boligudvalget", "REFERAT", "Plan- og Boligudvalget",
        "Dato: Tirsdag den 2. december 2025", "Tid: Kl. 16.00 - 18.00",
        "Sted: Mødelokale 3, Ringsted Rådhus",
        "Til stede: Lone Vad (A) formand, Kim Dall (V) næstformand, Ida Krog (F)",
        "Afbud: Ulf Bering (C)", "Referent: Eva Moos",
        "Indhold", "Sager til beslutning",
        "   B1  Godkendelse af dagsorden", "   B2  Lokalplan for Ringsted Nord",
        "Sager til orientering", "   O1  Status på byggesager",
        "Sager til beslutning",
        "B1   Godkendelse af dagsorden", "Sagsnr. 25/101",
        "Beslutning", "Godkendt.", "Afbud: Ulf Bering (C)",
        "B2   Lokalplan for Ringsted Nord", "Sagsnr. 25/102",
        "Sagsfremstilling", "Forslaget har været i høring.",
        "Beslutning", "Godkendt.", "Afbud: Ulf Bering (C)",
        "Sager til orientering",
        "O1   Status på byggesager", "Sagsnr. 25/103",
        "Sagsfremstilling", "Sagsbehandlingstiden er faldet.",
        "Beslutning", "Taget til efterretning.", "Afbud: Ulf Bering (C)",
    ])


def test_group_labels_are_items_in_printed_order(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "ringsted_pbu.txt", _grouped_print())
    assert [(i.number, i.label, i.title) for i in meeting.items] == [
        (1, "B1", "Godkendelse af dagsorden"), (2, "B2", "Lokalplan for Ringsted Nord"),
        (3, "O1", "Status på byggesager")]
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Godkendt.",
                                                   "Taget til efterretning."]
    assert sorted(p.name for p in meeting.participants if p.status == "afbud") == [
        "Ulf Bering (C)"]  # (no "B2" read as one more absent name)


def test_group_labels_need_the_items_lines_and_a_restart() -> None:
    heads = lambda s: s == "Beslutning"  # noqa: E731
    never = lambda s: False  # noqa: E731
    # a contents list: no item's lines under the labels
    assert group_items(["B1  Godkendelse", "B2  Budget", "O1  Status"], heads, never,
                       never) == []
    # paper sizes in running text: no item's lines, and "A4" starts no group
    assert group_items(["A4 Papir bestilles", "Beslutning", "A5 Hæfter", "Beslutning"],
                       heads, never, never) == []


def test_a_group_label_keeps_its_letter_only_among_group_labels() -> None:
    assert ocr_digits("B1   Godkendelse\nO1   Status") == "B1   Godkendelse\nO1   Status"
    assert ocr_digits("O1   Status\nKl. l6.30") == "01   Status\nKl. 16.30"


# --- "Label – text" paragraphs in a Word document -----------------------------------

def _dashed_docx() -> bytes:
    return docx([
        para("Vordingborg Kommune"), para("Referat"),
        para("Referat fra møde i Social- og Sundhedsudvalget onsdag den 3. december 2025 "
             "kl. 15.00-17.00 i Mødelokale 4, Vordingborg Rådhus."),
        para("Til stede – |Ulla Berg (A), formand, Jonas Lind (V), næstformand, Per Rask (O)"),
        para("Afbud – |Tove Holm (C)"),
        para("1) Godkendelse af dagsorden", bold=True), para("Sagsnr. 25/2001"),
        para("Sagsfremstilling – |Dagsordenen fremlægges.", bold=False),
        para("Indstilling – |Forvaltningen indstiller, at dagsordenen godkendes."),
        para("Beslutning – |Godkendt."),
        para("2) Plejeboliger i Præstø", bold=True), para("Sagsnr. 25/2002"),
        para("Sagsfremstilling – |Der bygges 24 boliger."),
        para("Tidligere behandling – |Social- og Sundhedsudvalget den 5. november 2025: "
             "Sagen udsættes."),
        para("Beslutning – |Anbefales over for Byrådet."),
        para("For stemte: A og V (2). Imod stemte: O (1)."),
    ])


def test_dashed_labels_split_fields(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "vordingborg_ssu.docx", _dashed_docx())
    first, second = meeting.items
    assert _sections(first) == {"Sagsfremstilling": "Dagsordenen fremlægges.",
                                "Indstilling": "Forvaltningen indstiller, at dagsordenen "
                                               "godkendes.",
                                "Beslutning": "Godkendt."}
    assert second.decision.startswith("Anbefales over for Byrådet.")
    assert [(t.committee, t.date.isoformat(), t.text) for t in second.history] == [
        ("Social- og Sundhedsudvalget", "2025-11-05", "Sagen udsættes.")]
    assert second.votes
    names = {p.name: p.status for p in meeting.participants}
    assert names == {"Ulla Berg (A)": "deltog", "Jonas Lind (V)": "deltog",
                     "Per Rask (O)": "deltog", "Tove Holm (C)": "afbud"}


def test_a_dash_after_an_ordinary_word_is_no_label() -> None:
    assert dashed_label("Budget 2026 – status på anlæg") is None
    assert dashed_label("Beslutning–Godkendt.") is None  # (no spaces: a hyphenated word)
    assert dashed_label("Beslutning - Godkendt.") == ("Beslutning", "Godkendt.")


def test_a_list_dash_before_the_first_name() -> None:
    people = participants_from_list("– Ulla Berg (A), formand, Per Rask (O)")
    assert [(p.name, p.role) for p in people] == [("Ulla Berg (A)", "formand"),
                                                  ("Per Rask (O)", "")]
    # a name joined by a hyphen keeps it
    assert [p.name for p in participants_from_list("Anne-Mette Holm (V)")] == [
        "Anne-Mette Holm (V)"]
