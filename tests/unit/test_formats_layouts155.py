"""A hundred-and-fifty-fifth round of layouts (round 155's blind files: PDF minutes whose
text layer is readable but typographically odd): headings drawn after the page's body
text, a page head painted last, letter-spaced headings ("P U N K T   4", "B e s l u t n i
n g"), small capitals a text layer splits after the first letter, a browser's soft hyphens
drawn as spaces and its U+2010 hyphen at a line's break, and a name wrapped before "deltog
ikke" in a narrow column. Every text and page is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from ingest.formats.letter_spacing import unspaced
from ingest.formats.people import decision_people
from ingest.formats.text import parse_minutes
from ingest.pdf_draw_order import as_read
from ingest.pdf_glyphs import without_soft_hyphen_glyphs
from ingest.pdf_pieces import Piece


def _drawn(rows: list[tuple[float, float, str]], size: float = 10.0) -> tuple[str, list[Piece]]:
    """A page's text and pieces as `pdf_pieces.extracted` gives them: one line a row, in
    the order the rows are drawn."""
    pieces: list[Piece] = []
    for k, (x, y, text) in enumerate(rows):
        pieces.append((x, y, size, ("\n" if k else "") + text))
    return "".join(p[3] for p in pieces), pieces


_HEAD = ["Referat", "Plan- og Boligudvalget", "Mødedato: Tirsdag den 10. marts 2026",
         "Mødetidspunkt: Kl. 16.00", "Mødested: Rådhuset, lokale 2"]


def test_headings_drawn_after_the_body_are_read_where_they_stand() -> None:
    """The body's paragraphs first, then every heading over them (a canvas typesetter):
    before, the items' heads stood in a heap at the page's end and no item was found."""
    body = [(50, 640, "Sagsnr.: 01.02.03-P20-1-26"), (50, 615, "Udvalget godkendte planen."),
            (50, 575, "Sagsnr.: 01.02.03-P20-2-26"), (50, 550, "Skolevejen får nyt fortov."),
            (50, 525, "Anbefales over for Byrådet.")]
    heads = [(50, 780 - 20 * k, line) for k, line in enumerate(_HEAD)] + [
        (50, 665, "P U N K T   41"), (50, 652, "Lokalplan for Havnen"), (50, 628, "Beslutning"),
        (50, 600, "P U N K T   42"), (50, 588, "Fortov på Skolevejen"),
        (50, 563, "Sagsfremstilling"), (50, 538, "Beslutning")]
    meeting = parse_minutes(as_read(*_drawn(body + heads)))
    assert (meeting.committee, str(meeting.date)) == ("Plan- og Boligudvalget", "2026-03-10")
    assert [(i.number, i.title) for i in meeting.items] == [
        (41, "Lokalplan for Havnen"), (42, "Fortov på Skolevejen")]
    assert meeting.items[0].decision == "Udvalget godkendte planen."
    assert meeting.items[1].section("Sagsfremstilling") == "Skolevejen får nyt fortov."
    assert meeting.items[1].decision == "Anbefales over for Byrådet."


def test_a_page_head_painted_last_is_read_first() -> None:
    """Two columns of items, then the page's head (and its foot) painted at the page's end:
    before, the date stood after the items and the file was refused."""
    left = [(50, 600, "PUNKT 1"), (50, 588, "Godkendelse af dagsorden"),
            (50, 570, "BESLUTNING"), (50, 558, "Godkendt.")]
    right = [(300, 600, "PUNKT 2"), (300, 588, "Meddelelser"), (300, 570, "BESLUTNING"),
             (300, 558, "Taget til efterretning.")]
    head = [(50, 780 - 20 * k, line) for k, line in enumerate(_HEAD)] + [
        (500, 30, "Side 1")]
    text = as_read(*_drawn(left + right + head))
    assert text.startswith("Referat\nPlan- og Boligudvalget\n")
    meeting = parse_minutes(text)
    assert (meeting.committee, str(meeting.date), meeting.start_time) == (
        "Plan- og Boligudvalget", "2026-03-10", "16:00")
    assert [(i.title, i.decision) for i in meeting.items] == [
        ("Godkendelse af dagsorden", "Godkendt."), ("Meddelelser", "Taget til efterretning.")]


def test_small_capitals_are_one_word_with_their_first_capital() -> None:
    """"K" in the text's size, "ULTUR" smaller: one word, and the labels read."""
    pieces: list[Piece] = [
        (50, 760, 18, "S"), (62, 760, 13, " KOLE"), (100, 760, 18, " - "), (110, 760, 13, "OG"),
        (130, 760, 18, "  U"), (145, 760, 13, " NGDOMSUDVALGET"), (0, 0, 10, "\n"),
        (50, 740, 10, "M"), (59, 740, 7, " ØDEDATO"), (150, 740, 10, " Onsdag den 4. marts 2026"),
        (0, 0, 10, "\n"), (50, 728, 10, "M"), (59, 728, 7, " ØDETIDSPUNKT"),
        (150, 728, 10, " Kl. 09:00"), (0, 0, 10, "\n"), (50, 716, 10, "M"),
        (59, 716, 7, " ØDESTED"), (150, 716, 10, " Byrådssalen"), (0, 0, 10, "\n"),
        (50, 690, 10, "Punkt 1 Godkendelse af dagsorden"), (0, 0, 10, "\n"),
        (50, 678, 10, "Indstilling"), (0, 0, 10, "\n"),
        (50, 666, 10, "Skolechefen indstiller, at dagsordenen godkendes.")]
    text = as_read("".join(p[3] for p in pieces), pieces)
    assert "MØDEDATO Onsdag" in text and "M ØDEDATO" not in text
    meeting = parse_minutes(text)
    assert meeting.committee == "Skole- og Ungdomsudvalget"
    assert (str(meeting.date), meeting.start_time, meeting.place) == (
        "2026-03-04", "09:00", "Byrådssalen")


def _browser_page() -> PdfReader:
    """A one-page PDF whose soft hyphens are space glyphs marked as U+00AD, as a browser
    prints them, and whose line break is a U+2010 hyphen drawn apart."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): font})})
    soft = b"/Span <</ActualText <FEFF00AD> >> BDC ( ) Tj EMC "
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 10 Tf 50 700 Td (Ud) Tj " + soft + b"(dan) Tj " + soft
                     + b"(nel) Tj ( sfor) Tj " + soft + b"(l) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(content)
    out = BytesIO()
    writer.write(out)
    return PdfReader(BytesIO(out.getvalue()))


def test_a_browsers_soft_hyphens_are_no_spaces() -> None:
    """Before, every long word fell apart where the page allowed a break."""
    page = _browser_page().pages[0]
    assert "Ud dan nel" in page.extract_text()
    without_soft_hyphen_glyphs(page)
    assert page.extract_text().startswith("Uddannel sforl")


def test_letter_spaced_headings_are_words_and_one_letter_words_stay() -> None:
    assert unspaced("P U N K T   7") == "PUNKT 7"
    assert unspaced("B e s l u t n i n g") == "Beslutning"
    assert unspaced("M I L J Ø - O G  K L I M AU D VA L G E T") == "MILJØ- OG KLIMAUDVALGET"
    assert unspaced("Odder Kommune R E F E R A T") == "Odder Kommune REFERAT"
    for line in ("Han kom i å og i sø", "Ole Bro A X X X", "Bilag a b c"):
        assert unspaced(line) == line
    text = "\n".join([
        "Odder Kommune R E F E R A T", "Miljøudvalget", "Mødedato: 2. februar 2026",
        "Medlemmer: Jens Holm (A), Eva Lund (V)",
        "P U N K T   7", "Ny sti ved å-dalen", "S A G S F R E M S T I L L I N G",
        "Stien skal gå langs åen, og i år anlæg\u2010", "ges den første del.",
        "B e s l u t n i n g", "Godkendt. Jens", "Holm deltog ikke i behandlingen af punktet.",
        "L U K K E T   P U N K T", "P U N K T   8", "Salg af grund", "B e s l u t n i n g",
        "Godkendt."])
    meeting = parse_minutes(text)
    assert meeting.doc_type == "referat" and len(meeting.items) == 2
    first = meeting.items[0]
    assert (first.number, first.title) == (7, "Ny sti ved å-dalen")
    assert first.section("Sagsfremstilling") == (
        "Stien skal gå langs åen, og i år anlægges den første del.")
    assert first.decision.startswith("Godkendt.")
    assert decision_people(first.decision)[0] == ["Jens Holm"]  # (read as `finish` reads it)
    assert meeting.items[1].number == 8 and meeting.items[1].decision == "Godkendt."
