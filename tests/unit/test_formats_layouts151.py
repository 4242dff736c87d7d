"""Round 151: minutes from archives digitised by scanning paper (1995–2012), read through
the OCR text layer: a word-level layer that places every word by itself, a received or
archive stamp, a filing note and a copy's note in the head, a letterhead's "Æ" read as
"/E", a typed protocol's "Sag nr. 1" over its title sentence (a case number between them,
"LUKKET MØDE" beside the number) and the page foot the chairman initialled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

from .pdf_files import objects_pdf


def _ocr_words_pdf(rows: list[str]) -> bytes:
    """A one-page PDF whose invisible text layer writes each word as a run of its own,
    as Tesseract/OCRmyPDF does: "BT 1 0 0 1 0 0 Tm 3 Tr … Tm (word ) Tj ET"."""
    ops = []
    for row, line in enumerate(rows):
        x = 60.0
        for word in line.split():
            esc = word.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT 1 0 0 1 0 0 Tm 3 Tr 95 Tz 1 0 0 1 {x:.2f} {800 - 14 * row} Tm "
                       f"/F1 10 Tf ({esc} ) Tj ET")
            x += 6 * len(word) + 4
    stream = "\n".join(ops).encode("cp1252")
    return objects_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"])


def _read_text(tmp_path: Path, text: str):
    path = tmp_path / "referat.txt"
    path.write_text(text, encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def test_word_level_ocr_layer_is_read_a_line_a_line(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_ocr_words_pdf([
        "EGEBY KOMMUNE", "Kultur- og Fritidsudvalget", "REFERAT",
        "af møde tirsdag den 2. marts 1999 kl. 17.00 i mødelokale 2",
        "Punkt 1. Godkendelse af dagsorden", "Beslutning:", "Godkendt.",
        "Punkt 2. Tilskud til musikskolen", "Sagsfremstilling:",
        "Musikskolen har søgt om et tilskud på 60.000 kr. til flere timer.",
        "Indstilling:", "Forvaltningen indstiller, at der ydes 35.000 kr.",
        "Beslutning:", "Tiltrådt.", "Punkt 3. Eventuelt", "Beslutning:", "Intet."]))
    (meeting,) = read_meetings(path)
    assert meeting.committee == "Kultur- og Fritidsudvalget"
    assert meeting.date == date(1999, 3, 2) and meeting.start_time == "17:00"
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Tilskud til musikskolen", "Eventuelt"]
    assert meeting.items[1].decision == "Tiltrådt."


def test_received_stamp_and_pen_notes_give_no_committee_or_date(tmp_path: Path) -> None:
    meeting = _read_text(tmp_path, "\n".join([
        "lndsat i mappe 14/6 JH", "Formandens eks,", "Egeby Kommune", "EGEBY KOMMUNE",
        "Modtaget 14 JUN 2O11", "Sekretariatet", "Ældrerådet",
        "Referat af møde torsdag den 9. juni 2011 kl. 9.30-12.30",
        "Sted: Mødelokale 2, Egeby Rådhus", "",
        "1. Godkendelse af dagsorden", "Beslutning:", "Godkendt.", "",
        "2. Eventuelt", "Beslutning:", "Intet."]))
    assert meeting.committee == "Ældrerådet"
    assert meeting.date == date(2011, 6, 9) and meeting.start_time == "09:30"
    assert len(meeting.items) == 2


def test_archive_stamp_beside_the_letterhead_is_no_part_of_the_committee(
        tmp_path: Path) -> None:
    meeting = _read_text(tmp_path, "\n".join([
        "/EGEBY KOMMUNE", "Teknik- og Miljøudvalget", "EGEBY STADSARKlV",
        "Egeby Kommune 1970-2006", "Arkivnr. 4.1l8 / laeg 7", "REFERAT",
        "Møde tirsdag den 14. maj 1996 kl. 16.00", "",
        "Punkt 1. Godkendelse af dagsorden", "Beslutning:", "Godkendt.", "",
        "Punkt 2. Eventuelt", "Beslutning:", "Intet."]))
    assert meeting.committee == "Teknik- og Miljøudvalget"
    assert meeting.date == date(1996, 5, 14)


def test_letterhead_ae_read_as_slash_e_names_the_municipality(tmp_path: Path) -> None:
    meeting = _read_text(tmp_path, "\n".join([
        "/ERØSKØBING KOMMUNE", "Kommunalbestyrelsen", "REFERAT",
        "af ordinært møde tirsdag den 28. september 2004 kl. 19.00 i byradssalen.", "",
        "Punkt 1. Godkendelse af dagsorden", "Beslutning:", "Godkendt.", "",
        "Punkt 2. Eventuelt", "Beslutning:", "Intet."]))
    assert meeting.municipality == "Ærøskøbing"
    assert meeting.committee == "Kommunalbestyrelsen"


_PROTOCOL = [
    "EGEBY KOMMUNE", "Teknik- og Miljøudvalget", "BESLUTNINGSPROTOKOL",
    "Møde tirsdag den 14. maj 1996 kl. 16.00", "Mødested: Rådhuset", "-" * 40,
    "Sag nr. 1", "Godkendelse af dagsorden.", "Beslutning:", "Godkendt.",
    "Sag nr. 2", "J.nr. 06.00.05P15", "Spildevandsplan 1996-2004 for Egeby Kommune -",
    "forslag.", "Sagsfremstilling:", "Teknisk forvaltning har udarbejdet et forslag.",
    "Beslutning:", "Anbefales.",
    "Sag nr. 3   LUKKET MØDE", "J.nr. 01.11.20P21", "Køb af ejendommen Kirkevej 7.",
    "Beslutning:", "Indstillingen tiltrådt.",
    "Sag nr. 4", "Eventuelt.", "Beslutning:", "Intet."]


def test_typed_protocol_items_under_sag_nr(tmp_path: Path) -> None:
    meeting = _read_text(tmp_path, "\n".join(_PROTOCOL))
    items = meeting.items
    assert [i.title.rstrip(".") for i in items] == [
        "Godkendelse af dagsorden", "Spildevandsplan 1996-2004 for Egeby Kommune - forslag",
        "Køb af ejendommen Kirkevej 7", "Eventuelt"]
    assert items[0].decision == "Godkendt."
    assert items[1].journal_number == "06.00.05P15"
    assert items[2].closed and items[2].decision == "Indstillingen tiltrådt."
    assert not items[3].closed and items[3].decision == "Intet."


def test_initialled_page_foot_opens_no_decision(tmp_path: Path) -> None:
    lines = _PROTOCOL[:14] + [
        "Sagsfremstilling:", "Skolebestyrelsen har i brev anmodet om et fodgængerfelt på",
        "Formandens initialer", "J0K", "TMU 14.5.1996", "Sidc 113", "\f", "-3-",
        "Skolegade ud for skolen. Politiet er anmodet om en udtalelse.",
        "Beslutning:", "Sagen udsættes."] + _PROTOCOL[18:]
    meeting = _read_text(tmp_path, "\n".join(lines))
    item = meeting.items[1]
    assert item.decision == "Sagen udsættes."
    assert "Skolegade ud for skolen" in _section(item, "Sagsfremstilling")
    assert "initialer" not in _section(item, "Sagsfremstilling")
