"""Round 156: word-processor minutes carrying their editing history – a Word item heading
deleted whole with tracked changes among auto-numbered headings, an RTF agenda whose
amounts were changed with tracked deletions (`\\deleted`), and an .odt naming its
committee only in the page header's fields set apart by tabs."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting
from .office_files import docx, odt, para

_DEL = '<w:del w:id="{n}" w:author="Sekretær" w:date="2024-05-02T09:00:00Z">'


def _deleted_heading(title: str) -> str:
    """An item heading deleted whole: its text and its paragraph mark tracked deletions."""
    return ('<w:p><w:pPr><w:pStyle w:val="Overskrift1"/><w:numPr><w:ilvl w:val="0"/>'
            '<w:numId w:val="1"/></w:numPr><w:rPr>' + _DEL.format(n=1) + '</w:del></w:rPr>'
            "</w:pPr>" + _DEL.format(n=2) + f"<w:r><w:delText>{title}</w:delText></w:r>"
            "</w:del></w:p>")


def test_word_heading_deleted_whole_takes_no_number(tmp_path: Path) -> None:
    item = "Overskrift1"
    parts = [para("Haderslev Kommune"), para("Referat"), para("Plan- og Miljøudvalget"),
             para("Mødedato: 14. maj 2024 kl. 16.00"),
             para("Godkendelse af dagsorden", item, (1, 0)), para("Beslutning", "Overskrift2"),
             para("Godkendt."),
             para("Lokalplan for Ny Erlevvej", item, (1, 0)), para("Beslutning", "Overskrift2"),
             para("Vedtaget."),
             _deleted_heading("Orientering om vejbelysning"),
             para("Eventuelt", item, (1, 0)), para("Beslutning", "Overskrift2"),
             para("Intet.")]
    raw = docx(parts, {item: "heading 1", "Overskrift2": "heading 2"}, {1: "decimal"})
    meeting = written_meeting(tmp_path, "referat.docx", raw)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Lokalplan for Ny Erlevvej"), (3, "Eventuelt")]
    assert meeting.items[2].sections[-1].text == "Intet."


def test_rtf_tracked_deletion_is_no_text(tmp_path: Path) -> None:
    lines = ["Thisted Kommune", "Dagsorden", "Teknikudvalget",
             "M\\'f8dedato: 4. april 2023 kl. 15.00",
             "1. Salg af grunde", "Indstilling",
             "Det indstilles, at prisen fasts\\'e6ttes til {\\deleted\\revauthdel1 310}"
             "{\\revised\\revauth1 350} kr. pr. m\\'b2.",
             "2. L\\'e5n til varmev\\'e6rk", "Sagsfremstilling",
             "V\\'e6rket s\\'f8ger om et l\\'e5n p\\'e5 {\\deleted 6,1}{\\revised 6,5} mio. kr."
             " {\\deleted\\plain i alt }til nyt anl\\'e6g."]
    body = "".join(f"{{\\pard {line}\\par}}\n" for line in lines)
    raw = (f"{{\\rtf1\\ansi\\ansicpg1252{{\\*\\revtbl{{Unknown;}}{{Sekret\\'e6r;}}}}\n"
           f"{body}}}").encode("ascii")
    meeting = written_meeting(tmp_path, "dagsorden.rtf", raw)
    assert meeting.committee == "Teknikudvalget"
    first, second = meeting.items
    assert first.sections[-1].text == "Det indstilles, at prisen fastsættes til 350 kr. pr. m²."
    # (`\\plain` ends the deletion: "i alt" is text again)
    assert second.sections[-1].text == "Værket søger om et lån på 6,5 mio. kr. i alt til nyt anlæg."


def test_odt_committee_only_in_page_header_fields(tmp_path: Path) -> None:
    body = "".join(f"<text:p>{line}</text:p>" for line in [
        "Referat", "Dato: Onsdag den 6. marts 2024", "Tid: Kl. 17.00",
        "Deltagere: Eva Holm (A), formand, Bo Dam (V)",
        "1. Godkendelse af dagsorden", "Beslutning:", "Godkendt.",
        "2. Budgetopfølgning", "Beslutning:", "Taget til efterretning."])
    header = "Læsø Kommune<text:tab/>Børne- og Kulturudvalget<text:tab/>Referat"
    meeting = written_meeting(tmp_path, "referat.odt", odt(body, header=header))
    assert meeting.committee == "Børne- og Kulturudvalget"
    assert meeting.municipality == "Læsø"
    assert len(meeting.items) == 2
    assert meeting.items[1].sections[-1].text == "Taget til efterretning."
