"""A fifty-sixth round of layouts (round 56's blind files): a roll call "Name (P) For"
that a PDF runs together, a substitute "deltog som stedfortræder for …", minutes pasted
into a plain-text e-mail (tabs, "•" bullets, the subject naming the meeting), an HTML
export's address footer, and an agenda's member paragraph wrapped inside a name. The
PDFs are written by `gen_formats56.py`; the text files by hand."""

from __future__ import annotations

from datetime import date
from functools import partial

from ingest.formats.people import decision_people

from .fixture_files import one_meeting

one = partial(one_meeting, "formats56")


def test_roll_call_by_name_over_two_pages() -> None:
    """An extraordinary Byråd meeting: the decision's "Navneafstemning:" lists every member
    "Name (P) For/Imod/Undlod", running onto page 2, under a counted summary. Before: no
    votes at all, and the substitute's name kept "… deltog som stedfortræder"."""
    m = one("01_navneafstemning.pdf")
    assert (m.municipality, m.committee, m.date) == ("Lunde", "Byrådet", date(2026, 3, 3))
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Eva Lind (V)", "afbud", ""),
        ("Kaj Holm (V)", "deltog", "stedfortræder for Eva Lind (V)")]
    assert m.item(1).votes == {
        "for": ["Ida Ravn (A)", "Pia Lund-Hansen (A)", "Mette Dal (A)", "Jens Aa (F)"],
        "imod": ["Ole Bak (V)", "Kaj Holm (V)"], "undlod": ["Søren Kjær (O)"]}


def test_roll_call_run_together_in_one_paragraph() -> None:
    """The roll call's lines joined into one paragraph: each "Name (P) Answer" is still a
    voter; a single "Ole Bak (V) imod" in a sentence is no roll call of its own."""
    text = ("Godkendt med 2 stemmer for og 1 imod. Navneafstemning: Ida Ravn (A) For "
            "Ole Bak (V) Imod Pia Lund (A) For")
    assert decision_people(text) == ([], {"for": ["Ida Ravn (A)", "Pia Lund (A)"],
                                          "imod": ["Ole Bak (V)"]})


def test_minutes_pasted_into_a_plain_text_mail() -> None:
    """Outlook's plain-text mail (Fra/Sendt/Til/Emne, a greeting) with minutes copied from
    the web page: tab-separated facts, "•<tab>" bullets under "Deltagere:" and "Afbud:",
    the subject "Referat fra Handicaprådets møde 11. marts". Before: the committee was the
    subject's "Handicaprådets møde 11. marts" and nobody was read."""
    m = one("02_kopieret_mail.txt")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Lunde", "Handicaprådet", date(2025, 3, 11), "16:00")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Henrik Bech", "deltog", "formand"), ("Sara Vinding", "deltog", ""),
        ("Tage Holst", "deltog", ""), ("Gerda Mørk", "afbud", "")]
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25/001122"),
        (2, "Tilgængelighed i Lunde Hallen", "25/003344")]


def test_html_export_address_footer() -> None:
    """A KMD-like HTML export: the document's footer div ("doc-footer") with the
    municipality's address after the last item. Before: the address ended the last
    decision."""
    m = one("03_kmd_eksport.html")
    assert (m.municipality, m.committee, m.date) == (
        "Lunde", "Teknik- og Miljøudvalget", date(2025, 2, 4))
    assert m.item(7).decision == "Godkendt."


def test_agenda_member_paragraph_wrapped_inside_a_name() -> None:
    """A Byråd agenda whose members are one ";"-separated paragraph, a line ending on a
    first name ("…; Søren" / "Kjær (O); …"). Before: 'Søren, Kjær (O)'."""
    m = one("04_dagsorden.pdf")
    assert (m.committee, m.doc_type, m.date) == ("Byrådet", "dagsorden", date(2025, 6, 4))
    assert [p.name for p in m.participants] == [
        "Ida Ravn (A)", "Ole Bak (V)", "Pia Lund-Hansen (A)", "Mette Dal (A)",
        "Søren Kjær (O)", "Kaj Holm (V)", "Jens Aa (F)"]
    assert [(i.number, i.title) for i in m.items] == [(12, "Meddelelser"),
                                                     (13, "Ny skolestruktur")]
