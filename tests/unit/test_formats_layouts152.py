"""Round 152: the meetings of the year that are not ordinary – a council's budget meeting
whose web page prints the committees' earlier decisions in blocks classed as such, a
member who left during the meeting before a closed item, a meeting suspended and resumed
another day with a member absent for the resumed part (the notes wrapped over lines, the
absence printed under each item's title), a browser's page counter glued to the running
header, a members' list whose first member stands on the label's line and the rest as
bullets, and a member of no party ("løsgænger") in the list and in a vote."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting
from .pdf_files import pieces_pdf


def _pdf(tmp_path: Path, pages: list[list[str]]):
    """The one meeting of a PDF holding these pages' lines, one a row."""
    rows = [[(20.0, row, line) for row, line in enumerate(page)] for page in pages]
    return written_meeting(tmp_path, "referat.pdf", pieces_pdf(rows))


def _sections(item, name: str) -> list[str]:
    return [s.text for s in item.sections if s.name == name]


_HEAD = ["Referat", "Teknikudvalget", "Mødedato Tirsdag den 10. september 2024",
         "Mødetidspunkt Kl. 15:00 - 17:05", "Mødested Rådhuset, Maribo"]


def test_earlier_decision_blocks_of_a_web_page_are_history(tmp_path: Path) -> None:
    meeting = written_meeting(
        tmp_path, "byraadet.html",
        "<html><body><h1>Byrådet - Referat</h1><dl><dt>Mødedato</dt><dd>10.10.2023</dd>"
        "<dt>Mødetidspunkt</dt><dd>Kl. 17.00</dd></dl>"
        "<section><h2>1. Godkendelse af dagsorden</h2><div class='felt beslutning'>"
        "<h3>Beslutning</h3><p>Godkendt.</p></div></section>"
        "<section><h2>2. Takster 2024</h2><div class='felt'><h3>Indstilling</h3>"
        "<p>Økonomiudvalget indstiller, at taksterne godkendes.</p></div>"
        "<div class='felt tidligere'><h3>Tidligere beslutninger</h3>"
        "<div class='tidligere-beslutning'><h4>Økonomiudvalget den 3. oktober 2023, pkt. 414"
        "</h4><p>Anbefales.</p></div></div>"
        "<div class='felt beslutning'><h3>Beslutning</h3><p>Vedtaget.</p></div></section>"
        "</body></html>")
    item = meeting.items[1]
    assert _sections(item, "Beslutning") == ["Vedtaget."]
    assert [(h.committee, h.date.isoformat(), h.punkt, h.text) for h in item.history] == [
        ("Økonomiudvalget", "2023-10-03", 414, "Anbefales.")]


def test_member_who_left_is_absent_from_a_later_closed_item_without_text(
        tmp_path: Path) -> None:
    meeting = _pdf(tmp_path, [[
        "Referat", "Byrådet", "Mødedato: 10.10.2023", "Mødetidspunkt: Kl. 17.00",
        "Deltagere: Ida Holm (A); Ole Bak (Ø); Eva Lund (V)",
        "Ole Bak (Ø) forlod mødet kl. 20.40 efter behandlingen af punkt 2.",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Takster", "Beslutning", "Godkendt.",
        "3. Klimatilpasning", "Beslutning", "Godkendt.",
        "Ole Bak (Ø) deltog ikke i behandlingen af punktet.",
        "4. Lukket punkt: Salg af grund", "Punktet er behandlet for lukkede døre."]])
    assert [i.absentees for i in meeting.items] == [[], [], ["Ole Bak (Ø)"], ["Ole Bak (Ø)"]]


def test_page_counter_glued_to_the_running_header_is_no_committee(tmp_path: Path) -> None:
    page = ["Egeby Kommune", "Side {} af 3Teknikudvalget - Referat - 10. september 2024"]
    meeting = _pdf(tmp_path, [
        [page[0], page[1].format(1), *_HEAD, "1. Godkendelse af dagsorden", "Beslutning",
         "Godkendt."],
        [page[0], page[1].format(2), "2. Vejplan", "Beslutning", "Godkendt."],
        [page[0], page[1].format(3), "3. Eventuelt", "Beslutning", "Intet."]])
    assert (meeting.committee, meeting.date.isoformat()) == ("Teknikudvalget", "2024-09-10")
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Vejplan",
                                                "Eventuelt"]


def test_members_as_bullets_below_the_first_on_the_label_line(tmp_path: Path) -> None:
    meeting = _pdf(tmp_path, [[
        *_HEAD, "Medlemmer Jan Holm (A), formand", "• Rikke Lund (V), næstformand",
        "• Preben Dam (A)", "• Ole Kring (C)", "Fraværende Mette Friis (V) - afbud til den "
        "genoptagne del af mødet den 12.", "september 2024 (punkt 2-3)",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Vejplan", "Beslutning", "Godkendt.", "3. Eventuelt", "Beslutning", "Intet."]])
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {
        "Jan Holm (A)": ("deltog", "formand"), "Rikke Lund (V)": ("deltog", "næstformand"),
        "Preben Dam (A)": ("deltog", ""), "Ole Kring (C)": ("deltog", ""),
        "Mette Friis (V)": ("deltog", "afbud til den genoptagne del af mødet den 12. "
                                      "september 2024 (punkt 2-3)")}


def test_suspension_notes_wrapped_over_lines_end_the_first_day(tmp_path: Path) -> None:
    meeting = _pdf(tmp_path, [[
        *_HEAD, "Medlemmer Jan Holm (A), formand", "• Mette Friis (V)", "• Ole Kring (C)",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Spildevandsplan", "Sagsnr.: 06.00.05-P16-1-24", "Beslutning",
        "Udsat. Udvalget ønsker at besigtige området.",
        "Mødet blev suspenderet kl. 17:05 efter behandlingen af punkt 2 og genoptaget torsdag",
        "den 12. september 2024 kl. 08:00.",
        "Mødet blev genoptaget torsdag den 12. september 2024 kl. 08:00 i Mødelokale 1,",
        "Rådhuset, Maribo.", "Afbud: Mette Friis (V)",
        "3. Trafikplan", "Sagsnr.: 05.13.00-P15-1-24", "Fraværende: Mette Friis (V)",
        "Sagsfremstilling", "Planen indeholder 22 projekter.", "Beslutning", "Godkendt.",
        "4. Lukket punkt: Erstatningssag", "Fraværende: Mette Friis (V)", "Lukket punkt"]])
    spildevand, trafik, closed = meeting.items[1:]
    assert _sections(spildevand, "Beslutning") == [
        "Udsat. Udvalget ønsker at besigtige området."]
    assert [i.absentees for i in meeting.items] == [[], [], ["Mette Friis (V)"],
                                                    ["Mette Friis (V)"]]
    assert _sections(trafik, "Beslutning") == ["Godkendt."]
    # (the attendance line alone under a closed item's title is no decision)
    assert closed.closed and closed.sections == [] and closed.decision in ("", None)


def test_member_of_no_party_keeps_the_designation_in_list_and_vote(tmp_path: Path) -> None:
    meeting = _pdf(tmp_path, [[
        "Referat", "Kommunalbestyrelsen", "Mødedato: 28.03.2019", "Mødetidspunkt: Kl. 19.00",
        "Medlemmer:", "Hans Ravn (V), borgmester", "Dorte Friis (F)",
        "Knud Hallas (løsgænger)", "1. Takstblad", "Beslutning", "Godkendt.",
        "For stemte: V og løsgænger Knud Hallas (11)", "Imod stemte: F (1)"]])
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Hans Ravn (V)", "borgmester"), ("Dorte Friis (F)", ""),
        ("Knud Hallas (løsgænger)", "")]
    assert meeting.items[0].votes == {"for": ["V", "Knud Hallas (løsgænger)"], "imod": ["F"]}
