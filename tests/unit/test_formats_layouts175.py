"""A hundred and seventy-fifth round of layouts (round 175's blind files): plain text in
the encodings and line endings older tools save. Minutes saved by Word for Mac in Mac
OS Roman with a carriage return alone ending each line (and a staff member's post after
the comma with the minute-taker's bracket, "kulturchef (referent)"); a DOS export in cp850; a binary
file that no code page reads as Danish still refused; an agenda whose "Høring" heading
after "Økonomi" is a section of its own, not a second case text. Every text is written
by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.read import SkipFile, decode

from .conftest import ReadFile

# (written with "\n" here, saved with a carriage return alone ending each line)
_MINUTES = """GENTOFTE KOMMUNE

Børne- og Skoleudvalget

REFERAT

Ordinært møde onsdag den 7. marts 2012 kl. 16.30 i Mødesal 1, Gentofte Rådhus

Til stede:
Søren Ærbø (C), formand
Åse Møller (A)
Kåre Østergård (V)

Afbud:
Bjørn Lærke (F)

Desuden deltog:
Ib Dal, skolechef
Lone Bak, fuldmægtig (referent)


Punkt 1. Åbningstider i skolefritidsordningerne
J.nr.: 17.02.00-A00-1-12

Sagsfremstilling
Forældrene har ønsket ”længere åbent” om fredagen – fra kl. 16 til 17.

Beslutning
Godkendt.

For stemte: C og A (2)
Imod stemte: Kåre Østergård (V) (1)


Punkt 2. Lukket punkt – Personalesag
J.nr.: 81.00.00-G01-3-12

Beslutning
Godkendt.


Punkt 3. Eventuelt

Beslutning
Intet.
""".replace("\n", "\r")

_STRAIGHT = str.maketrans("”–", '"-')


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


@pytest.mark.parametrize("code_page", ["mac_roman", "cp850"])
def test_legacy_code_page_with_carriage_returns_reads_danish_minutes(
        read_file: ReadFile, code_page: str) -> None:
    """Word 2011 for Mac's "Mac OS" text (or a DOS export) with a CR alone ending each
    line: the letters are Danish, the lines are lines, the meeting is read."""
    # (DOS has no typographic quotes or dashes: straight ones)
    text = _MINUTES if code_page == "mac_roman" else _MINUTES.translate(_STRAIGHT)
    (m,) = read_file("BSU referat 7.3.2012.txt", text.encode(code_page))
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Gentofte", "Børne- og Skoleudvalget", date(2012, 3, 7), "16:30")
    assert {p.name: p.status for p in m.participants} == {
        "Søren Ærbø (C)": "deltog", "Åse Møller (A)": "deltog",
        "Kåre Østergård (V)": "deltog", "Bjørn Lærke (F)": "afbud",
        "Ib Dal": "deltog", "Lone Bak": "deltog"}
    # (a post after the comma keeps its own bracket: "fuldmægtig (referent)")
    assert {p.name: p.role for p in m.participants}["Lone Bak"] == "fuldmægtig (referent)"
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Åbningstider i skolefritidsordningerne", False),
        (2, "Personalesag", True), (3, "Eventuelt", False)]
    first = m.item(1)
    assert first.journal_number == "17.02.00-A00-1-12"
    case = "Forældrene har ønsket ”længere åbent” om fredagen – fra kl. 16 til 17."
    assert _section(first, "Sagsfremstilling") == (
        case if code_page == "mac_roman" else case.translate(_STRAIGHT))
    assert first.decision.startswith("Godkendt.")
    assert first.votes["imod"] == ["Kåre Østergård (V)"]


def test_code_page_is_chosen_by_danish_letters_not_by_decoding() -> None:
    """Mac Roman bytes that cp1252 decodes too ("B¿rne", "Œ") are read as Mac Roman; a
    cp1252 file stays cp1252; bytes no code page reads as Danish are refused."""
    mac = "Børneudvalget på Østerbro – åbent møde".encode("mac_roman")
    assert decode(mac, "x.txt") == "Børneudvalget på Østerbro – åbent møde"
    windows = "Børneudvalget på Østerbro – åbent møde • 12 m²".encode("cp1252")
    assert decode(windows, "x.txt") == "Børneudvalget på Østerbro – åbent møde • 12 m²"
    with pytest.raises(SkipFile, match="afkodes"):
        decode(b"Punkt 1 \x81\x8d\x8f\x90\x9d", "x.txt")
    assert decode(b"Punkt 1\rPunkt 2\r", "x.txt") == "Punkt 1\nPunkt 2\n"
    assert decode(b"Punkt 1\r\nPunkt 2\r\n", "x.txt") == "Punkt 1\r\nPunkt 2\r\n"


def test_hearing_heading_after_economy_is_its_own_section(read_file: ReadFile) -> None:
    """"Høring" on its own line after "Økonomi": a section of its own (named as printed),
    not a second "Sagsfremstilling" in the item."""
    text = "\r\n".join([
        "Thisted Kommune", "Dagsorden", "Teknik- og Miljøudvalget", "",
        "Mødedato:\ttirsdag den 9. februar 2021", "Mødetidspunkt:\t13:00",
        "Mødested:\tMødelokale 3, Rådhuset", "",
        "1. Godkendelse af dagsorden", "Sagsnr.: 21/100", "", "Indstilling",
        "Direktøren indstiller, at dagsordenen godkendes.", "", "",
        "2. Ny affaldsordning – forslag til høring", "Sagsnr.: 21/2044", "",
        "Sagsfremstilling", "Fra 2022 skal husstandene sortere i ti fraktioner.", "",
        "Økonomi", "Ordningen finansieres af affaldsgebyret.", "",
        "Høring", "Forslaget sendes i høring hos grundejerforeningerne i fire uger.", "",
        "Indstilling", "Direktøren indstiller, at forslaget sendes i høring.", "", ""])
    (m,) = read_file("Dagsorden TMU 09.02.2021.txt", text.encode("utf-16"))
    assert (m.municipality, m.committee, m.date) == (
        "Thisted", "Teknik- og Miljøudvalget", date(2021, 2, 9))
    item = m.item(2)
    names = [s.name for s in item.sections]
    assert names.count("Sagsfremstilling") == 1
    assert _section(item, "Sagsfremstilling") == (
        "Fra 2022 skal husstandene sortere i ti fraktioner.")
    assert _section(item, "Høring") == (
        "Forslaget sendes i høring hos grundejerforeningerne i fire uger.")
    assert _section(item, "Indstilling") == "Direktøren indstiller, at forslaget sendes i høring."
