"""A hundred-and-twelfth round of layouts (round 112's blind files, on older minutes from
before and around the 2007 reform): an amt's web page of layout tables (its members two a
row under a caption row, its letterhead naming the amt, a copyright footer below the
closing line), a Word 97 RTF whose recommendation is headed by the department's name, a
7-bit ASCII agenda typed with "oe"/"aa" and a footer framed by rules, a WordPerfect PDF
whose history lists two earlier meetings and whose leaving note stands between two items,
and a scanned protocol's OCR text layer ("Pkt, 43", "Pkt. 4b", "Beslutninq:", "Irnod
stemte"). Every text is written by the tests (other towns, bodies and words than the
blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

from .pdf_files import pieces_pdf

_CELL = '<td width="300" valign="top"><font size="2">{}</font></td>'


def _row(*cells: str) -> str:
    return "<tr>" + "".join(_CELL.format(c) for c in cells) + "</tr>\n"


def _caption(text: str) -> str:
    return f'<tr><td colspan="2" bgcolor="#E6ECF5"><font size="2"><b>{text}</b></font></td></tr>\n'


def _amt_page(tmp_path: Path, letterhead: str = "RIBE AMT") -> Path:
    members = [("Jens Bro (V), amtsborgmester", "Lise Kamp (A)"),
               ("Ane Rud (A), 1. viceamtsborgmester", "Ole Vind (C)"),
               ("Hans Holm (V)", "Lis Bach (A)"), ("Mads Eg (C)", "Tina Fog (F)"),
               ("Per Skov (V)", "&nbsp;")]
    page = (
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head>"
        "<title>Amtsrådet - Referat</title></head><body>\n"
        f"<table><tr><td><b>{letterhead}</b><br><b>Amtsrådet</b></td></tr></table>\n"
        "<table><tr><td colspan=\"2\"><b>Referat af ordinært møde</b></td></tr>\n"
        + _row("Mødedato:", "Onsdag den 12. marts 2003")
        + _row("Mødetid:", "Kl. 15.00 – 18.10")
        + _row("Mødested:", "Amtsgården, mødesal A") + "</table>\n<table>\n"
        + _caption("Til stede") + "".join(_row(a, b) for a, b in members)
        + '<tr><td colspan="2"><font size="2">Kim Lund (V), stedfortræder for Eva Sand</font>'
        "</td></tr>\n" + _caption("Afbud")
        + '<tr><td colspan="2"><font size="2">Eva Sand (V)<br>Bo Tang (F)</font></td></tr>\n'
        "</table>\n<table>\n"
        + _row("<b>Pkt. 1</b>", "<b>Regnskab 2002 for Ribe Amt</b>")
        + _row("&nbsp;", "<b>Sagsfremstilling</b><br>Invitation fra Esbjerg Kommune og "
               "Esbjerg Kommune.<br><br><b>Amtsrådets beslutning den 12. marts 2003</b><br>"
               "Godkendt.")
        + _row("<b>Pkt. 2</b>", "<b>Lukket punkt: Køb af ejendom</b>")
        + _row("&nbsp;", "Sagen behandles for lukkede døre.<br><br><b>Amtsrådets beslutning "
               "den 12. marts 2003</b><br>Godkendt som indstillet.")
        + "</table>\n<p>Mødet hævet kl. 18.10.</p>\n"
        "<p>© Ribe Amt · Sorsigvej 35 · 6760 Ribe · Tlf. 76 88 78 00 · post@ribeamt.dk</p>\n"
        "</body></html>\n")
    path = tmp_path / "ar030312.htm"
    path.write_bytes(page.encode("cp1252"))
    return path


def test_members_two_a_row_under_caption_rows_are_each_a_participant(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_amt_page(tmp_path))
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert len(people) == 12
    assert people["Lis Bach (A)"] == people["Mads Eg (C)"] == ("deltog", "")
    assert people["Ane Rud (A)"] == ("deltog", "1. viceamtsborgmester")
    assert people["Ole Vind (C)"] == ("deltog", "")
    assert people["Kim Lund (V)"] == ("deltog", "stedfortræder for Eva Sand")
    assert people["Bo Tang (F)"][0] == people["Eva Sand (V)"][0] == "afbud"


def test_an_amts_minutes_are_the_amts_not_a_town_its_items_name(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_amt_page(tmp_path))
    assert (meeting.municipality, meeting.committee) == ("Ribe Amt", "Amtsrådet")
    (bare,) = read_meetings(_amt_page(tmp_path, letterhead="Referater"))  # no letterhead
    assert bare.municipality == "Ribe Amt"  # the amt its body's text names


def test_a_copyright_footer_below_the_closing_line_is_no_decision(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_amt_page(tmp_path))
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Godkendt som indstillet."]
    assert meeting.items[1].closed


def test_a_recommendation_headed_by_the_departments_name(tmp_path: Path) -> None:
    def par(text: str) -> str:
        return text.translate({ord(c): f"\\'{ord(c):02x}" for c in "æøåÆØÅ"}) + "\\par\n"

    body = "".join(par(t) for t in [
        "Vestby Kommune", "Miljøudvalget", "Referat", "Mødedato:\\tab Mandag den 6. marts 2000",
        "Mødested:\\tab Rådhuset, lokale 4", "Punkt 1. Ny sti ved Åvej", "Sagsfremstilling:",
        "Stien anlægges i 2000.", "Miljømæssige konsekvenser:", "Ingen.",
        "Miljø- og teknikforvaltningens indstilling:", "Forvaltningen indstiller, at stien "
        "anlægges.", "Beslutning:", "Godkendt.", "Punkt 2. Eventuelt", "Beslutning:", "Intet."])
    path = tmp_path / "MU_referat_060300.rtf"
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0\n" + body + "}", encoding="ascii")
    (meeting,) = read_meetings(path)
    item = meeting.items[0]
    assert item.section("Indstilling") == "Forvaltningen indstiller, at stien anlægges."
    assert "indstiller" not in item.section("Sagsfremstilling")
    assert item.decision == "Godkendt."


_ASCII_AGENDA = """\
LUNDE KOMMUNE
Kulturudvalget

DAGSORDEN
=========

til moede tirsdag den 7. december 2004 kl. 17.00
paa Lunde Raadhus, moedelokale 3

Medlemmer:
  Tove Ry (A), formand
  Karl Dyb (V)
  Ib Hjort (C)

======================================================================
Punkt 1. Tilskud til musikskolen
======================================================================

Sagsfremstilling:
Musikskolen har soegt om et ekstra tilskud.

Oekonomi:
Udgiften afholdes af puljen.

Forvaltningens indstilling:
Forvaltningen indstiller, at tilskuddet ydes.

Beslutning:


======================================================================
Punkt 2. Lukket punkt: Personalesag
======================================================================

Sagen behandles for lukkede doere.

Beslutning:


======================================================================
Punkt 3. Eventuelt
======================================================================

Beslutning:


----------------------------------------------------------------------
Lunde Kommune, Kulturforvaltningen, Torvet 2, 8600 Lunde
Tlf. 87 12 34 00
----------------------------------------------------------------------
"""


def test_an_ascii_agenda_with_a_footer_framed_by_rules_stays_an_agenda(tmp_path: Path) -> None:
    path = tmp_path / "KU_dagsorden_071204.txt"
    path.write_bytes(_ASCII_AGENDA.replace("\n", "\r\n").encode("ascii"))
    (meeting,) = read_meetings(path)
    assert meeting.doc_type == "dagsorden"
    assert not any(i.decision for i in meeting.items)
    assert {p.status for p in meeting.participants} == {"indkaldt"}
    assert meeting.place == "Lunde Raadhus, moedelokale 3"


def test_a_heading_typed_without_danish_letters_is_its_section(tmp_path: Path) -> None:
    path = tmp_path / "KU_dagsorden_071204.txt"
    path.write_text(_ASCII_AGENDA, encoding="ascii")
    (meeting,) = read_meetings(path)
    item = meeting.items[0]
    assert item.section("Økonomiske konsekvenser og finansiering") == (
        "Udgiften afholdes af puljen.")
    assert "Oekonomi" not in item.section("Sagsfremstilling")


def _pdf(tmp_path: Path, name: str, pages: list[str]) -> Path:
    path = tmp_path / name
    path.write_bytes(pieces_pdf([[(20, k, line) for k, line in enumerate(page.split("\n"))]
                                 for page in pages], size=9))
    return path


def _merger_minutes(tmp_path: Path) -> Path:
    return _pdf(tmp_path, "SLU_referat.pdf", ["""\
SAMMENLÆGNINGSUDVALGET
 FOR SKOVBY KOMMUNE
REFERAT
af ordinært møde tirsdag den 14. november 2006 kl. 18.00 i byrådssalen, Skovby Rådhus.
Til stede: Anders Holm (A) (formand), Berit Lund (V), Carl Dam (C) og Dorte Bak (F).
Ad pkt. 1. Budget 2007 – 2. behandling
J.nr. 00.30.01-S00-1-06
Tidligere behandling:
Sammenlægningsudvalget den 24. oktober 2006, pkt. 3 (1. behandling): Forslaget blev
oversendt til 2. behandling.
Økonomiudvalget den 7. november 2006, pkt. 2: Anbefales.
Sagsfremstilling:
Budgettet er i balance.
Beslutning:
Vedtaget.
Berit Lund (V) forlod mødet kl. 20.15 og deltog ikke i behandlingen af pkt. 2 og 3.
Ad pkt. 2. Takster 2007
Sagsfremstilling:
Taksterne harmoniseres.
Beslutning:
Godkendt.
Ad pkt. 3. Eventuelt
Beslutning:
Intet."""])


def test_two_earlier_meetings_listed_are_both_the_items_history(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_merger_minutes(tmp_path))
    assert meeting.municipality == "Skovby"
    assert [(t.committee, t.date.isoformat(), t.punkt) for t in meeting.items[0].history] == [
        ("Sammenlægningsudvalget", "2006-10-24", 3), ("Økonomiudvalget", "2006-11-07", 2)]


def test_a_leaving_note_between_two_items_is_no_decision_of_the_first(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_merger_minutes(tmp_path))
    first, second, third = meeting.items
    assert first.decision == "Vedtaget."  # the note is about the items after it
    assert first.absentees == [] and second.absentees == third.absentees == ["Berit Lund (V)"]


def _protocol(tmp_path: Path) -> Path:
    return _pdf(tmp_path, "protokol.pdf", ["""\
NØRREBY KOMMUNE                            Side 1l
Vejudvalget
Mødet den 11. marts 1998 kl. 19.3O på Rådhuset i Nørreby.
Til stede: Ove Dal (formand), Rita Berg,
S0ren Kirk og Ulla Krog .
Afbud: Poul Ravn.
Pkt. 31 Godkendelse af dagsorden.
Beslutning:
Godkendt.
Pkt, 32 Vandplan for Nørreby.
J.nr. 06.00.05P15
Tidligere behandlet :
Vejudvalget 12.01.1998, pkt. 4.
Planen er rettet efter amtets bemærkninger.
Beslutning:
Anbefales.
For stemte: Ove Dal, Rita Berg og Ulla
Krog.
Irnod stemte: Søren Kirk.
Pkt. 33 Vintertjeneste.
J.nr. 05.01.00P20
Beslutninq:
Godkendt.
Pkt. 34 Sti langs Bækvej.
Beslutning:
Udsat.
Ulla Krog forlod rnødet under behandlingen af
pkt. 35 på grund af inhabilitet.
Pkt. 35 Køb af areal.
J.nr. 05.01.00G01
Beslutning:
Godkendt.
Pkt. 3b Eventuelt.
Rita Berg spurgte til grøftekanterne.
Mødet hævet kl. 21.1O."""])


def test_item_headings_ocr_misread_are_read_from_the_headings_around_them(
        tmp_path: Path) -> None:
    (meeting,) = read_meetings(_protocol(tmp_path))
    assert [i.number for i in meeting.items] == [31, 32, 33, 34, 35, 36]
    assert [i.title for i in meeting.items[1::4]] == ["Vandplan for Nørreby", "Eventuelt"]
    assert meeting.items[0].decision == "Godkendt."


def test_ocr_misread_labels_give_the_decision_and_the_votes(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_protocol(tmp_path))
    plan, winter, path_ = meeting.items[1:4]
    assert winter.decision == "Godkendt." and path_.decision == "Udsat."
    assert plan.decision.startswith("Anbefales.")
    assert plan.votes == {"for": ["Ove Dal", "Rita Berg", "Ulla Krog"], "imod": ["Søren Kirk"]}


def test_a_history_note_below_its_label_is_the_items_history(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_protocol(tmp_path))
    plan = meeting.items[1]
    assert [(t.committee, t.date.isoformat(), t.punkt) for t in plan.history] == [
        ("Vejudvalget", "1998-01-12", 4)]
    assert plan.section("Beskrivelse") == "Planen er rettet efter amtets bemærkninger."


def test_an_inhabil_members_note_above_the_item_is_that_items_absence(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_protocol(tmp_path))
    path_, land, other = meeting.items[3:]
    assert path_.decision == "Udsat." and path_.absentees == []
    assert land.absentees == ["Ulla Krog"] and other.absentees == []


def test_the_members_list_read_through_ocr_spacing_and_zeros(tmp_path: Path) -> None:
    (meeting,) = read_meetings(_protocol(tmp_path))
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Ove Dal", "deltog"), ("Rita Berg", "deltog"), ("Søren Kirk", "deltog"),
        ("Ulla Krog", "deltog"), ("Poul Ravn", "afbud")]
