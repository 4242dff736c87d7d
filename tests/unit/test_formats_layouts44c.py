"""A forty-fourth round of layouts (c; round 44's blind files 04, 06 and 09): a referat
saved by Word as "Enkelt fil-webside" (.mht: MIME multipart/related, the page
quoted-printable in windows-1252), its facts a table whose first row is "Møde |
Integrationsrådet", its members a table "Navn | Repræsenterer | Fremmøde" under a bold
"Deltagere" paragraph, each cell a paragraph of its own, and the same members' table
with two columns ("Navn | Fremmøde") in a plain Word .htm; an Økonomiudvalg's Word text in
windows-1252 whose items are numbered from 1 again in each part ("A. ÅBNE PUNKTER" 1-3,
"B. LUKKEDE PUNKTER" 1-2), with a contents list grouped the same way, its chairman
"Borgmester Karin Lund (V), formand"; an old HTML page whose minutes are one `<pre>`
block in ISO-8859-1, the head of a joint meeting in capitals ("FÆLLESMØDE MELLEM KULTUR-
OG FRITIDSUDVALGET OG" wrapped before the second body's name), its members grouped under
"DELTAGERE FRA <UDVALG>:". Each read wrongly or not at all before. The Word pages are made
by `gen_formats44c.py`."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from ingest.formats import SUPPORTED_SUFFIXES, read_meetings
from ingest.formats.contents_groups import contents_closed
from ingest.formats.members_table import row_person, table_heads
from ingest.formats.text_header_rows import body_label
from ingest.formats.text_people import participants_from_list
from referat.capitals import from_capitals

from .fixture_files import FIXTURES, one_meeting

one = partial(one_meeting, "formats44c")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def _marks(meeting) -> list[tuple[int, str, str, bool]]:  # noqa: ANN001
    """Each item's number, printed label, title and closed flag."""
    return [(i.number, i.label, i.title, i.closed) for i in meeting.items]


# --- a Word "single file web page" (.mht) --------------------------------------------


def test_word_single_file_page_is_read_as_its_page() -> None:
    """The .mht's page (quoted-printable windows-1252 inside MIME) is read as the
    minutes: body, day, hour, place and items with their decisions. Before: refused,
    "filtypen .mht understøttes ikke"."""
    m = one("01_word_enkeltfil.mht")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Integrationsrådet", date(2024, 12, 2), "17:00", "Egelund Rådhus, mødelokale 4",
        "referat")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Velkomstpakke til nye borgere", "Rådet anbefaler pakken med en side på arabisk."),
        (3, "Eventuelt", "Intet.")]
    assert m.item(2).journal_number == "24/30117"


def test_mhtml_is_read_too(tmp_path: Path) -> None:
    """Both names of a web archive are files the archive takes."""
    assert ".mht" in SUPPORTED_SUFFIXES and ".mhtml" in SUPPORTED_SUFFIXES
    saved = tmp_path / "referat.mhtml"
    saved.write_bytes((FIXTURES / "formats44c" / "01_word_enkeltfil.mht").read_bytes())
    (m,) = read_meetings(saved)
    assert m.committee == "Integrationsrådet" and len(m.items) == 3


def test_meeting_label_names_the_body() -> None:
    """"Møde | Integrationsrådet" names the body as "Udvalg" would. Before: the committee
    was "Møde: Integrationsrådet"; a "Møde:" naming no body stays as it was."""
    assert one("02_word_to_kolonner.htm").committee == "Seniorrådet"
    assert body_label("Møde: Handicaprådet") == "Udvalg: Handicaprådet"
    assert body_label("Møde: Ordinært møde nr. 5") == "Møde: Ordinært møde nr. 5"


# --- a members' table read by its column heads ----------------------------------------


def test_members_table_with_an_organisation_column() -> None:
    """"Navn | Repræsenterer | Fremmøde": each row's member with the organisation in
    brackets after the name, the role the organisation's cell notes, "Afbud" on that row's
    member; no column head and no organisation is a person. Before: "Repræsenterer",
    "Fremmøde", "Foreningen Nye Naboer" … as people, the roles on the organisations and
    the "Afbud" on the next row's member."""
    assert _people(one("01_word_enkeltfil.mht")) == [
        ("Amira Haddad (Foreningen Nye Naboer)", "deltog", "formand"),
        ("Ove Thygesen (A) (Byrådet)", "deltog", "næstformand"),
        ("Jonas Friis (Sprogskolen Egelund)", "afbud", ""),
        ("Leyla Demir (Beskæftigelse, Egelund Kommune)", "deltog", "")]


def test_members_table_of_two_columns() -> None:
    """"Navn | Fremmøde" is a members' table, not label-and-value rows. Before: nobody."""
    assert _people(one("02_word_to_kolonner.htm")) == [
        ("Bodil Krogh", "deltog", ""), ("Poul Vestergaard", "afbud", ""),
        ("Inge Madsen", "deltog", "")]


def test_a_row_is_read_by_its_heads_not_its_words() -> None:
    """Other heads of the same kinds read alike; a table of other columns is none."""
    heads = table_heads(["Navn", "Udpeget af", "Deltagelse"])
    assert heads == ["navn", "udpeget af", "deltagelse"]
    p = row_person(["Karen Bach", "Ældre Sagen, næstformand", "Afbud"], heads)
    assert (p.name, p.status, p.role) == ("Karen Bach (Ældre Sagen)", "afbud", "næstformand")
    p = row_person(["Ib Kure", "Byrådet (A)", "Til stede"], heads)  # a seat: the party
    assert (p.name, p.status, p.role) == ("Ib Kure (A)", "deltog", "")
    assert table_heads(["Navn", "Adresse", "Telefon"]) is None


# --- parts numbered from 1 again ("A. Åbne punkter" / "B. Lukkede punkter") -----------


def test_closed_part_numbered_from_one_again() -> None:
    """"B. LUKKEDE PUNKTER" over "1. …", "2. …" after the open items 1-3: the closed
    items go on as items 4 and 5, labelled as printed in their part ("lukket punkt 1"),
    their titles without the number. Before: titled "1. Erstatningssag – vejskade", no
    label."""
    m = one("03_dele_cp1252.txt")
    assert _marks(m) == [
        (1, "", "Godkendelse af dagsorden", False),
        (2, "", "Anlægsbudget 2025 – frigivelse", False),
        (3, "", "Salg af grund – Møllevej 4", False),
        (4, "lukket punkt 1", "Erstatningssag – vejskade", True),
        (5, "lukket punkt 2", "Personalesag – centerchef", True)]
    assert [i.decision for i in m.items][3:] == ["Indstillingen blev godkendt.",
                                                 "Taget til efterretning."]


def test_contents_part_numbered_from_one_again_closes_its_own_items() -> None:
    """The contents list's "B. Lukkede punkter" / "1. …" closes the closed part's items,
    not the open items 1 and 2. Before: "Godkendelse af dagsorden" and "Anlægsbudget
    2025" closed."""
    assert contents_closed(["A. Åbne punkter", "1. Dagsorden ..... 2", "2. Budget ..... 2",
                            "B. Lukkede punkter", "1. Køb ..... 4"], 5) == {
        1: False, 2: False, 3: True}


def test_mayor_chairing_keeps_both_roles() -> None:
    """"Borgmester Karin Lund (V), formand": both. Before: "borgmester" only."""
    assert _people(one("03_dele_cp1252.txt"))[:2] == [
        ("Karin Lund (V)", "deltog", "borgmester, formand"),
        ("Peter Holm (A)", "deltog", "næstformand")]
    (p, _) = participants_from_list("Borgmester Jens Dal (V), formand; Eva Lund (C)")
    assert (p.name, p.role) == ("Jens Dal (V)", "borgmester, formand")


# --- a joint meeting's head in capitals --------------------------------------------------


def test_joint_meeting_title_in_capitals_wrapped_names_both_bodies() -> None:
    """"FÆLLESMØDE MELLEM KULTUR- OG FRITIDSUDVALGET OG" / "TEKNIK- OG MILJØUDVALGET": the
    meeting is filed as the joint meeting of both, each body's name cased as written.
    Before: "Teknik- og Miljøudvalget" (the second line only); on one line "Fællesmøde
    mellem kultur- og Fritidsudvalget og teknik- og Miljøudvalget"."""
    m = one("04_faellesmoede_pre.html")
    assert m.committee == ("Fællesmøde mellem Kultur- og Fritidsudvalget og "
                           "Teknik- og Miljøudvalget")
    assert (m.date, m.start_time, m.place) == (date(2024, 12, 3), "16:00",
                                               "Lindby Rådhus, mødelokale 3")
    assert from_capitals("FÆLLESMØDE MELLEM BØRNE- OG SKOLEUDVALGET OG SOCIAL- OG "
                         "SUNDHEDSUDVALGET") == ("Fællesmøde mellem Børne- og Skoleudvalget "
                                                 "og Social- og Sundhedsudvalget")


def test_members_label_in_capitals_is_a_label() -> None:
    """"DELTAGERE FRA KULTUR- OG FRITIDSUDVALGET:" over its members is read as the same
    label in ordinary case: no name carries it. Before: "FRA KULTUR- OG
    FRITIDSUDVALGET: Bente Krag (A)" as the first member of each group."""
    assert _people(one("04_faellesmoede_pre.html")) == [
        ("Bente Krag (A)", "deltog", "formand"), ("Jens Møller (V)", "afbud", ""),
        ("Søren Lind (V)", "deltog", "formand"), ("Mona Aagaard (F)", "deltog", "")]
