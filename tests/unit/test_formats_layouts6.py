"""A sixth round of layouts: a Word table printed with `pdftotext -layout` (Roskilde: the
label column, "Medlemmer:" with one member a line below it), KMD's "Åben referat for …"
with "Punkt nr. 1 - Title" and "Sagsid:" (Odsherred), the committee and the date on one
line ("Økonomiudvalget, den 12.03.2024 kl. 15.00", Nyborg), a regional council under a
"Region Nordjylland" letterhead with a member who declared himself disqualified, and a
council's sparse minutes with "Referat:" under each item and its members grouped "Fra
…:" (Ringsted's Handicapråd). Each failed before its fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats6"


def _one(name: str):  # noqa: ANN202 - a Meeting
    (meeting,) = read_meetings(FIXTURES / name)
    return meeting


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_one_member_a_line_below_a_label_with_the_first_beside_it() -> None:
    m = _one("01_roskilde_table_blocks.txt")
    assert _people(m)[:3] == [("Jeppe Trolle (A)", "deltog", "formand"),
                              ("Merete Amdisen (C)", "deltog", "næstformand"),
                              ("Torben Jørgensen (V)", "deltog", "")]
    assert len(m.participants) == 5
    assert [i.closed for i in m.items] == [False] * 4 + [True]


def test_kmd_open_minutes_with_punkt_nr_and_sagsid() -> None:
    m = _one("02_odsherred_kmd_aaben_referat.txt")
    assert (m.municipality, m.committee, m.date) == ("Odsherred", "Social- og Sundhedsudvalget",
                                                     date(2024, 3, 12))
    assert [(i.number, i.journal_number) for i in m.items] == [
        (1, "24/1102"), (2, "24/2290"), (3, "23/15522"), (4, "24/0871"), (5, "24/2977")]
    assert m.items[1].title == "Budgetopfølgning pr. 29. februar 2024 for Social- og " \
                               "Sundhedsudvalget"
    assert m.items[4].closed and m.items[4].title == "Køb af plejeboliger"
    assert m.items[3].decision.startswith("Godkendt med den ændring")


def test_the_committee_and_the_date_on_one_line() -> None:
    m = _one("05_nyborg_oneline_header.txt")
    assert (m.committee, m.date, m.start_time) == ("Økonomiudvalget", date(2024, 3, 12),
                                                   "15:00")
    assert m.items[3].decision == "Udsat."  # the running header "…   Side 4" is no text


def test_a_regional_council_and_a_disqualified_member() -> None:
    m = _one("06_region_nordjylland_resume_item_absence.txt")
    assert m.committee == "Regionsrådet"
    assert ("Ulla Astman (A)", "deltog", "1. næstformand") in _people(m)
    assert m.items[3].absentees == ["Jens Toft-Nielsen (C)"]


def test_a_councils_note_under_each_item_is_what_it_did() -> None:
    m = _one("07_ringsted_handicapraad_sparse.txt")
    assert (m.committee, m.doc_type) == ("Handicaprådet", "referat")
    assert [i.title for i in m.items][:2] == [
        "Godkendelse af dagsorden", "Høring: Kvalitetsstandard for ledsagelse efter § 97"]
    assert m.items[3].decision == "Rådet besluttede at indstille Café Lysglimt til prisen."
    names = [p.name for p in m.participants]
    assert "Hanne Vestergaard" in names and "Ulla Brix (A)" in names
    assert ("Kim Skov (DH Ringsted)", "afbud", "") in _people(m)


def test_a_word_table_printed_to_pdf_with_labels_one_space_from_their_text() -> None:
    """Roskilde's item tables as a PDF's text layer gives them: "Beslutning Godkendt.",
    "Indstilling Administrationen indstiller, …" — each label beside its text, one space
    apart, in every item (so a sentence opening with such a word elsewhere stays text)."""
    from ingest.formats.text import parse_minutes

    m = parse_minutes(
        "Roskilde Kommune\nREFERAT\nPlan- og Teknikudvalget\nMødedato Onsdag den 10. april "
        "2024\nMødetidspunkt Kl. 15:00 - 17:40\n1. Godkendelse af dagsorden\nSagsnr. 24/2011\n"
        "Beslutning Godkendt.\n2. Lokalplan 712\nSagsnr. 23/18744\nIndstilling Administrationen "
        "indstiller, at lokalplanen vedtages.\nSagsfremstilling Forslaget har været i høring.\n"
        "Beslutning Anbefales over for Byrådet.\n3. Vintertjenesten\nSagsnr. 24/0988\n"
        "Beslutning Taget til "
        "efterretning.\n")
    assert m.doc_type == "referat"
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales over for Byrådet.",
                                             "Taget til efterretning."]
    assert m.items[1].section("Indstilling").startswith("Administrationen indstiller")
