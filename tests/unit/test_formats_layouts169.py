"""A hundred and sixty-ninth round of layouts (round 169's blind files): minutes of the
municipality's other bodies. A board of a waste company several municipalities own (an
I/S), its members labelled with the body's name and each one's municipality, its
observer by role, a grey type / journal-number band under each heading, its place cut
at the cover's width; an elderly council's head whose table cells wrap a member's name
and the place after its postcode. Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile


def _decision(item) -> str:
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


_BOARD = "\n".join([
    "Vandselskabet Sydkyst I/S", "Havnegade 4 · 4700 Næstved",
    "Referat af bestyrelsesmøde",
    "Dato: Onsdag den 6. marts 2024, kl. 15.00-17.00",
    "Sted: Selskabets kontor, Havnegade 4, Næstved –", "mødelokale Ålen",
    "Bestyrelsen: Karen Holm (A), Næstved Kommune – formand",
    "Per Lund (V), Vordingborg Kommune – næstformand",
    "Eva Skov (C), Faxe Kommune", "Ib Dam (F), Næstved Kommune – afbud",
    "Observatør: Lis Berg, medarbejderrepræsentant (uden stemmeret)",
    "Referent: Direktionssekretær Ane Bro",
    "Punkt 11 – Godkendelse af dagsorden", "Til beslutning",
    "Bestyrelsens beslutning", "Bestyrelsen godkendte dagsordenen.",
    "Punkt 12 – Godkendelse af referat fra mødet den 12. december",
    "2023", "Til beslutning · J.nr. 2024-0031", "Bestyrelsens beslutning",
    "Bestyrelsen godkendte referatet.",
    "Punkt 13 – Lukket punkt: Køb af grund", "Til beslutning · J.nr. 2024-0077 · Lukket",
    "Punktet er behandlet for lukkede døre.",
    "Medarbejderrepræsentanten Lis Berg deltog ikke under punktet.",
    "Bestyrelsens beslutning", "Bestyrelsen godkendte købet.",
    "Punkt 14 – Eventuelt", "Bestyrelsens beslutning", "Intet.", ""])


def test_board_of_a_partnership_is_its_own_authority(read_file: ReadFile) -> None:
    """An I/S's board names its owners in its members' lines; none of them is the
    minutes' municipality. Before: the owner named most ("Næstved")."""
    (m,) = read_file("vandselskab_bestyrelse.txt", _BOARD)
    assert m.municipality == "Vandselskabet Sydkyst I/S"
    assert m.date.isoformat() == "2024-03-06" and m.start_time == "15:00"


def test_type_band_under_a_heading_is_no_title(read_file: ReadFile) -> None:
    """"Til beslutning · J.nr. 2024-0031" under a (wrapped) heading is the item's type
    and case number, not the title's end. Before: glued onto the title."""
    (m,) = read_file("vandselskab_bestyrelse.txt", _BOARD)
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Godkendelse af referat fra mødet den 12. december 2023",
        "Køb af grund", "Eventuelt"]
    assert [i.journal_number for i in m.items] == [None, "2024-0031", "2024-0077", None]
    assert m.items[2].closed and _decision(m.items[2]) == "Bestyrelsen godkendte købet."


def test_board_members_labelled_by_the_body_are_participants(read_file: ReadFile) -> None:
    """"Bestyrelsen: Name (A), X Kommune – formand" (one a line) and "Observatør: Name,
    …" are the attendance; the municipality is no person, the post before a name in an
    item's sentence no part of it. Before: no participants at all."""
    (m,) = read_file("vandselskab_bestyrelse.txt", _BOARD)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Karen Holm (A)"] == ("deltog", "formand")
    assert people["Per Lund (V)"] == ("deltog", "næstformand")
    assert people["Ib Dam (F)"][0] == "afbud"
    assert people["Lis Berg"][0] == "deltog" and people["Lis Berg"][1].startswith("observatør")
    assert not any("Kommune" in p.name for p in m.participants)
    assert m.items[2].absentees == ["Lis Berg"]


def test_place_cut_at_a_dash_goes_on_below(read_file: ReadFile) -> None:
    """A place ending in a spaced dash at the cover's width goes on on the next line.
    Before: "… Næstved –"."""
    (m,) = read_file("vandselskab_bestyrelse.txt", _BOARD)
    assert m.place == "Selskabets kontor, Havnegade 4, Næstved – mødelokale Ålen"


_COUNCIL = "\n".join([
    "Skive Kommune Ældrerådet", "Referat", "Ældrerådet",
    "Mødedato: Tirsdag den 14. maj 2024", "Tidspunkt: Kl. 10.00 – 12.00",
    "Mødested: Rådhuset, Torvegade 10, 7800 ", "Skive – mødelokale 2.03",
    "Deltagere: Anna Bech (formand), Hans Peter ", "Juul (næstformand), Ruth Anne ",
    "Krog, Ole Ravn, Grete Sand", "Afbud: Bent Lau",
    "1. Godkendelse af dagsorden", "Konklusion:", "Dagsordenen blev godkendt.",
    "2. Eventuelt", "Konklusion:", "Intet.", ""])


def test_wrapped_table_cells_keep_name_and_place_whole(read_file: ReadFile) -> None:
    """A members' cell wrapping between a two-word first name and the surname ("Ruth
    Anne" / "Krog, …") is one person; a place wrapping after its postcode keeps the town
    and the room below. Before: "Ruth Anne" and "Krog", and "…, 7800"."""
    (m,) = read_file("skive_aeldreraad.txt", _COUNCIL)
    names = [p.name for p in m.participants]
    assert "Ruth Anne Krog" in names and "Krog" not in names
    assert "Hans Peter Juul" in names
    assert m.place == "Rådhuset, Torvegade 10, 7800 Skive – mødelokale 2.03"
    assert len(m.items) == 2 and _decision(m.items[0]) == "Dagsordenen blev godkendt."
