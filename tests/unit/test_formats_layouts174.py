"""A hundred and seventy-fourth round of layouts (round 174's blind files): minimal and
edge-case minutes. A web page printed to PDF for a meeting that was cancelled — headed
"Referat", its notice "Mødet er aflyst" under the head, each item only a note that the
case moves to a later meeting; an agenda web page whose members stand in a list under
"Udvalgsmedlemmer". Every text is written by the tests (other towns, bodies and words
than the blind files)."""

from __future__ import annotations

from referat.occasions import CANCELLED, occasion_heading, occasion_meeting

from .conftest import ReadFile
from .pdf_files import lines_pdf

_MOVED = "Sagen overføres til Klimaudvalgets møde den 14. juni 2024."


def test_cancelled_meeting_is_an_agenda_without_decisions(read_file: ReadFile) -> None:
    lines = ["STEVNS KOMMUNE", "Referat", "Klimaudvalget",
             "Mødedato: Onsdag den 15. maj 2024", "Mødetidspunkt: Kl. 17:00",
             "Mødested: Byrådssalen, Rådhuset, Store Heddinge",
             "Medlemmer: Anne Holm (A), formand", "Peter Dal (V), næstformand", "Ida Kro (F)",
             "Mødet er aflyst",
             "Klimaudvalgets møde den 15. maj 2024 er aflyst, da der ikke er sager, der haster.",
             "Sagerne overføres til udvalgets møde fredag den 14. juni 2024 kl. 17:00.",
             "", "1. Godkendelse af dagsorden", "Sagsnr.: 24/310", _MOVED,
             "2. Klimaplan 2025 - høringssvar", "Sagsnr.: 24/2218", _MOVED,
             "3. Meddelelser", "Sagsnr.: 24/311", _MOVED]
    (m,) = read_file("stevns_klima_referat.pdf", lines_pdf([(20, lines)]))
    assert (m.committee, m.date.isoformat(), len(m.items)) == (
        "Klimaudvalget", "2024-05-15", 3)
    # a meeting never held decided nothing: its notes stay the items' text
    assert m.doc_type == "dagsorden"
    assert [i.decision for i in m.items] == ["", "", ""]
    assert all(_MOVED in " ".join(s.text for s in i.sections) for i in m.items)
    assert {p.status for p in m.participants} == {"indkaldt"} and len(m.participants) == 3
    assert m.occasion == CANCELLED
    assert (occasion_meeting(m.occasion), occasion_heading(m.occasion)) == (
        "det aflyste møde", "Aflyst møde")


def test_a_meeting_that_replaces_a_cancelled_one_is_no_cancelled_meeting(
        read_file: ReadFile) -> None:
    text = "\n".join([
        "Referat", "Klimaudvalget", "Mødedato: Fredag den 14. juni 2024",
        "Mødet den 15. maj 2024 er aflyst og sagerne behandles i dag.", "",
        "Punkt 1. Klimaplan 2025 - høringssvar", "Beslutning", "Godkendt.", "",
        "Punkt 2. Meddelelser", "Beslutning", "Taget til efterretning.", ""])
    (m,) = read_file("stevns_klima_juni.txt", text)
    assert (m.doc_type, m.occasion) == ("referat", "")
    assert [i.decision for i in m.items] == ["Godkendt.", "Taget til efterretning."]


_AGENDA_PAGE = """<html><body>
<nav><a href="/">Forside</a> <a href="/politik">Politik</a></nav>
<main><header><p>Dagsorden</p><h1>Børne- og Ungeudvalget</h1>
<dl class="meeting">
<dt>Dato</dt><dd>Mandag den 7. april 2025</dd>
<dt>Tidspunkt</dt><dd>Kl. 16:30</dd>
<dt>Sted</dt><dd>Mødelokale A, Rådhuset, Ringsted</dd>
<dt>Udvalgsmedlemmer</dt>
<dd><ul><li>Sofie Lund (A), formand</li><li>Mads Bjerre (V), næstformand</li>
<li>Karin Vad (Ø)</li><li>Ole Brink (C)</li></ul></dd>
</dl></header>
<section><h2>Punkter på dagsordenen</h2><ol>
<li><h3>1. Godkendelse af dagsorden</h3></li>
<li><h3>2. Skolestruktur 2026 - høring</h3><p>Sagsnr.: 25/1402</p></li>
<li><h3>3. Meddelelser</h3></li>
</ol></section></main>
<footer>Ringsted Kommune · Sct. Bendts Gade 1</footer></body></html>"""


def test_agenda_page_members_listed_under_udvalgsmedlemmer(read_file: ReadFile) -> None:
    (m,) = read_file("ringsted_buu_dagsorden.html", _AGENDA_PAGE)
    assert (m.committee, m.date.isoformat(), m.doc_type, len(m.items)) == (
        "Børne- og Ungeudvalget", "2025-04-07", "dagsorden", 3)
    people = {p.name.split(" (")[0]: (p.status, p.role) for p in m.participants}
    assert people == {"Sofie Lund": ("indkaldt", "formand"),
                      "Mads Bjerre": ("indkaldt", "næstformand"),
                      "Karin Vad": ("indkaldt", ""), "Ole Brink": ("indkaldt", "")}
