"""A seventy-seventh round of layouts (round 77's blind files): an A5 protocol booklet
whose running heads are mirrored on facing pages (the page's number at the outer edge
beside the head) and whose attending members appear only on its signature page, one
name on each rule ("Underskriftsblad"); an Outlook meeting request saved as iCalendar
whose SUMMARY strings the body with the meeting's date and the document's kind and
whose ORGANIZER is the secretary who sent it; and a web page saved by Chrome as MHTML,
its HTML part naming no charset (only the page's `<meta>` does), with screen-reader
labels before its facts, a lock badge beside the case number and a "Behandlet i …"
history. Every text is written by the tests (other towns, bodies and words than the
blind files)."""

from __future__ import annotations

import quopri
from pathlib import Path

from ingest.formats.invitation import invitation_text, subject_parts
from ingest.formats.page_edges import drop_page_edges
from ingest.part_charset import sniffed_charset

from .fixture_files import written_meeting as _read


def _sections(item) -> dict[str, str]:  # noqa: ANN001
    return {s.name: s.text for s in item.sections}


def _people(meeting) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    return {p.name.split(" (")[0]: (p.status, p.role) for p in meeting.participants}


# --- an A5 protocol: mirrored running heads, members only on the signature page -----------

def _booklet(signers: list[str], absent: str = "Karl Smed (O)") -> str:
    pages = [
        ["Side 301", "VEJLE KOMMUNE", "Teknisk Udvalg", "BESLUTNINGSPROTOKOL",
         "Ordinært møde onsdag den 8. oktober 2025 kl. 15.00", "Mødelokale 4, Vejle Rådhus",
         f"Fraværende: {absent}", "Mødet hævet kl. 17.10"],
        ["302", "Teknisk Udvalg · Beslutningsprotokol", "Pkt. 88 Vejbelysning i Børkop",
         "J.nr. 25/4410", "Indstilling", "Forvaltningen indstiller, at planen godkendes.",
         "Beslutning", "Godkendt."],
        ["Mødet den 8. oktober 2025", "303", "Pkt. 89 Ny cykelsti langs Fjordvej",
         "J.nr. 25/4411", "Indstilling", "Forvaltningen indstiller, at stien anlægges.",
         "Beslutning", "Anbefales over for Økonomiudvalget."],
        ["304", "Teknisk Udvalg · Beslutningsprotokol", "Pkt. 90 Salg af grund i Jelling",
         "J.nr. 25/4412", "Beslutning", "Godkendt som indstillet."],
        ["Mødet den 8. oktober 2025", "305", "Underskriftsblad",
         "Protokollen for mødet den 8. oktober 2025 underskrives af de tilstedeværende",
         "medlemmer ved udvalgets næste møde.",
         *[line for name in signers for line in ("____________________", name)],
         "Protokolfører: Lis Holt, sekretariatschef"],
    ]
    return "\n\f\n".join("\n".join(page) for page in pages) + "\n"


def test_signature_page_names_who_attended(tmp_path: Path) -> None:
    """The members who sign the protocol on its signature page took part (the one the
    head lists absent stays afbud); the minute-taker below them is no participant."""
    meeting = _read(tmp_path, "vejle_tu_2025-10-08_referat.txt", _booklet(
        ["Rita Bang, formand", "Ove Lund, næstformand", "Mia Krogh", "Per Ibsen"]))
    assert _people(meeting) == {
        "Karl Smed": ("afbud", ""), "Rita Bang": ("deltog", "formand"),
        "Ove Lund": ("deltog", "næstformand"), "Mia Krogh": ("deltog", ""),
        "Per Ibsen": ("deltog", "")}
    assert [i.number for i in meeting.items] == [88, 89, 90]


def test_signer_listed_absent_is_not_added_as_attending(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "vejle_tu_2025-10-08_referat.txt", _booklet(
        ["Rita Bang, formand", "Karl Smed", "Mia Krogh"], absent="Karl Smed"))
    assert _people(meeting) == {"Karl Smed": ("afbud", ""), "Rita Bang": ("deltog", "formand"),
                                "Mia Krogh": ("deltog", "")}


def test_signature_page_without_rules_adds_nobody(tmp_path: Path) -> None:
    """Names under the heading with no rule to sign on are no signatures."""
    text = _booklet([]).replace("Protokolfører: Lis Holt, sekretariatschef",
                                "Rita Bang\nOve Lund")
    meeting = _read(tmp_path, "vejle_tu_2025-10-08_referat.txt", text)
    assert _people(meeting) == {"Karl Smed": ("afbud", "")}


def test_mirrored_running_heads_are_no_decision_text(tmp_path: Path) -> None:
    """The even pages' head ("Teknisk Udvalg · Beslutningsprotokol", beside the page's
    number) repeats only on every other page: furniture all the same."""
    meeting = _read(tmp_path, "vejle_tu_2025-10-08_referat.txt", _booklet(["Rita Bang"]))
    assert [_sections(i)["Beslutning"] for i in meeting.items] == [
        "Godkendt.", "Anbefales over for Økonomiudvalget.", "Godkendt som indstillet."]


def test_line_beside_page_number_once_is_kept() -> None:
    """A line beside the page's number on one page only is the page's text."""
    pages = [["Forside", "Referat"], ["2", "Pkt. 1 Budget", "Godkendt."],
             ["3", "Indledning til punkt 2", "Pkt. 2 Takster", "Godkendt."],
             ["4", "Pkt. 3 Eventuelt", "Intet."]]
    lines = "\n\f\n".join("\n".join(p) for p in pages).split("\n")
    kept = drop_page_edges(lines)
    assert "Indledning til punkt 2" in kept and "2" not in kept


# --- an Outlook meeting request (.ics) ----------------------------------------------------

def _ics(summary: str, organizer_attends: bool = False) -> str:
    attendees = [("Jonas Vestergaard", "ACCEPTED"), ("Karin Holm", "NEEDS-ACTION"),
                 ("Bo Frandsen", "DECLINED")]
    if organizer_attends:
        attendees.append(("Lise Munk", "ACCEPTED"))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             'ORGANIZER;CN="Lise Munk":mailto:lm@aabenraa.dk',
             *[f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;PARTSTAT={s}:mailto:x@y.dk'
               for n, s in attendees],
             "DTSTART;TZID=\"Romance Standard Time\":20260304T160000",
             "DTSTAMP:20260225T101500Z", "LOCATION:Mødelokale 3\\, Aabenraa Rådhus",
             f"SUMMARY:{summary}",
             "DESCRIPTION:Kære medlemmer\\n\\nDAGSORDEN\\n\\nPunkt 12. Godkendelse af dags"
             "\r\n orden\\nSagsnr.: 26/1001\\n\\nPunkt 13. Trafikplan\\nSagsnr.: 26/1002\\n"
             "Sagsfremstilling: Planen er i høring.\\n\\nMed venlig hilsen\\nLise Munk",
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def test_ics_summary_split_into_body_date_and_kind(tmp_path: Path) -> None:
    """SUMMARY "<body> - møde <date> - dagsorden": the body alone is the committee; the
    organiser (who sent it) is no participant."""
    meeting = _read(tmp_path, "aabenraa_tmu_2026-03-04.ics",
                    _ics("Teknik- og Miljøudvalget - møde 4. marts 2026 - dagsorden"))
    assert meeting.committee == "Teknik- og Miljøudvalget"
    assert (str(meeting.date), meeting.start_time, meeting.doc_type) == (
        "2026-03-04", "16:00", "dagsorden")
    assert _people(meeting) == {"Jonas Vestergaard": ("indkaldt", ""),
                                "Karin Holm": ("indkaldt", ""), "Bo Frandsen": ("afbud", "")}
    assert [(i.number, i.title) for i in meeting.items] == [
        (12, "Godkendelse af dagsorden"), (13, "Trafikplan")]


def test_ics_summary_of_the_body_alone_and_organizer_attending(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "aabenraa_tmu_2026-03-04.ics",
                    _ics("Teknik- og Miljøudvalget", organizer_attends=True))
    assert meeting.committee == "Teknik- og Miljøudvalget"
    assert _people(meeting)["Lise Munk"] == ("indkaldt", "")


def test_subject_parts() -> None:
    assert subject_parts("Ældrerådet - ordinært møde") == ("Ældrerådet - ordinært møde", "")
    assert subject_parts("Referat: Byrådet | 12.05.2026 kl. 19.00") == ("Byrådet", "Referat")
    assert subject_parts("Budget 2027 - Økonomiudvalget") == ("Budget 2027 - Økonomiudvalget", "")
    printed = invitation_text("Emne: Skoleudvalget - 2026-01-14 - dagsorden\nPlacering: Rådhuset"
                              "\nStart: on 14-01-2026 15:00\nMødeindkalder: Ib Dal\n"
                              "Obligatoriske deltagere: Eva Holm\n\n1. Godkendelse")
    assert printed.split("\n")[:3] == ["Udvalg: Skoleudvalget", "Dagsorden", "Mødested: Rådhuset"]
    assert "Ib Dal" not in printed and "Deltagere: Eva Holm" in printed


# --- a page saved by Chrome as MHTML -------------------------------------------------------

_PAGE = (
    '<!DOCTYPE html><html lang="da"><head>'
    '<meta http-equiv="Content-Type"\ncontent="text/html; charset=UTF-8"><title>'
    'Referat - Skoleudvalget</title></head><body>\n<main><p class="doc-type">Referat'
    '</p><h1>Skoleudvalget</h1><ul class="meeting-meta">\n<li>'
    '<span class="icon icon-calendar" aria-hidden="true"></span>'
    '<span class="sr-only">Dato</span>tirsdag 13.01.2026</li>\n<li>'
    '<span class="icon icon-clock" aria-hidden="true"></span><span class="sr-only">'
    'Tid</span>16:00 – 18:00</li>\n<li>'
    '<span class="icon icon-pin" aria-hidden="true"></span><span class="sr-only">'
    'Sted</span>Mødesal 2, Rådhuset, Ærø</li></ul>\n<aside class="participants"><h2>'
    'Medlemmer</h2><ul><li><span class="name">Søren Æbelø</span>\n'
    '<span class="party">(V)</span> <small class="role">Formand</small></li><li>'
    '<span class="name">Åse Bødker</span>\n<span class="party">(A)</span> '
    '<small class="role">Medlem</small></li></ul></aside>\n<section class="agenda">'
    '<div class="agenda-item"><div class="agenda-item__header">\n'
    '<span class="agenda-item__no">1</span><h3>Skoleplan for Ærøskøbing</h3>'
    '<span class="agenda-item__case">Sagsnr. 26/501</span></div>\n'
    '<div class="agenda-item__body"><h4>Sagsfremstilling</h4><p>'
    'Planen samler to skoler.</p>\n<div class="history"><h4>'
    'Behandlet i Skoleudvalget 02.12.2025</h4><p>Sagen blev udsat.</p></div>\n'
    '<div class="decision"><h4>Beslutning</h4><p>Godkendt.</p></div></div></div>\n'
    '<div class="agenda-item agenda-item--closed"><div class="agenda-item__header">'
    '<span class="agenda-item__no">2</span>\n<h3>Elevsag</h3>'
    '<span class="agenda-item__lock">'
    '<span class="icon icon-lock" aria-hidden="true"></span>Lukket punkt</span>'
    '<span class="agenda-item__case">Sagsnr. 26/502</span></div>\n'
    '<div class="agenda-item__body"><div class="decision"><h4>Beslutning</h4><p>'
    'Godkendt.</p></div></div></div>\n</section></main></body></html>')


def _mhtml(charset: str = "", encoding: str = "utf-8") -> bytes:
    page = _PAGE if encoding == "utf-8" else _PAGE.replace(
        "charset=UTF-8", f"charset={encoding}").replace("–", "-")
    body = quopri.encodestring(page.encode(encoding)).decode("ascii")
    param = f"; charset={charset}" if charset else ""
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://x.dk/m\r\n"
            "Subject: Referat\r\nDate: Thu, 15 Jan 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
            f"--B\r\nContent-Type: text/html{param}\r\nContent-Transfer-Encoding: quoted-printable"
            f"\r\nContent-Location: https://x.dk/m\r\n\r\n{body}\r\n"
            "--B\r\nContent-Type: text/css\r\nContent-Location: https://x.dk/a.css\r\n\r\n"
            "body{margin:0}\r\n--B--\r\n").encode("ascii")


def test_mhtml_part_without_charset_is_read_as_its_meta_says(tmp_path: Path) -> None:
    """The HTML part names no charset: its UTF-8 (the page's `<meta>`) is read, not
    ASCII ("Søren Æbelø", not "S��ren"); the screen-reader labels are the facts' labels;
    the lock badge beside the case span closes the item; "Behandlet i …" is history."""
    meeting = _read(tmp_path, "aeroe_sku_2026-01-13_referat.mhtml", _mhtml())
    assert meeting.committee == "Skoleudvalget" and str(meeting.date) == "2026-01-13"
    assert (meeting.start_time, meeting.place) == ("16:00", "Mødesal 2, Rådhuset, Ærø")
    assert _people(meeting) == {"Søren Æbelø": ("deltog", "formand"),
                                "Åse Bødker": ("deltog", "medlem")}
    first, second = meeting.items
    assert (first.title, first.journal_number) == ("Skoleplan for Ærøskøbing", "26/501")
    assert [(str(h.date), h.text) for h in first.history] == [("2025-12-02", "Sagen blev udsat.")]
    assert _sections(first)["Sagsfremstilling"] == "Planen samler to skoler."
    assert (second.title, second.journal_number, second.closed) == ("Elevsag", "26/502", True)
    assert list(_sections(second)) == ["Beslutning"]


def test_mhtml_part_with_charset_keeps_it(tmp_path: Path) -> None:
    """A part that names its charset is decoded by it (the page itself in Latin-1)."""
    meeting = _read(tmp_path, "aeroe_sku_2026-01-13_referat.mhtml",
                    _mhtml(charset="iso-8859-1", encoding="iso-8859-1"))
    assert "Søren Æbelø" in _people(meeting)


def test_sniffed_charset() -> None:
    assert sniffed_charset(b"\xef\xbb\xbf<p>x") == "utf-8-sig"
    assert sniffed_charset(b'<?xml version="1.0" encoding="windows-1252"?><p>M\xf8de') == "cp1252"
    assert sniffed_charset("<p>Møde</p>".encode()) == "utf-8"
    assert sniffed_charset(b"<p>M\xf8de</p>") == "cp1252"
    assert sniffed_charset(b'<meta charset="x-unknown"><p>M\xf8de') == "cp1252"


def test_screen_reader_words_inside_a_sentence_stay_words() -> None:
    """A hidden word that opens a fact's line is its label; one inside a sentence, or
    one with nothing after it, is left as it is."""
    from ingest.html_text import html_text

    text = html_text('<ul><li><span class="sr-only">Tid</span>16:00</li>'
                     '<li>Læs <span class="sr-only">hele</span> referatet</li>'
                     '<li><span class="visually-hidden">Print</span></li></ul>')
    lines = [" ".join(ln.strip("- ").split()) for ln in text.splitlines() if ln.strip()]
    assert lines == ["Tid: 16:00", "Læs hele referatet", "Print"]
