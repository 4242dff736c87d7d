"""A seventieth round of layouts (round 70's blind files): an agenda PDF whose items each
have a sidebar ("PUNKT" / number / … / "ÅBEN") and an empty "Beslutning" heading; a Word
referat whose attendance is one sentence and whose closed item is shown by a paragraph
"Lukket punkt."; a web page striking absent members through (`<del>`); minutes typed as a
letter (a letterhead over the committee, the attendance in prose); an OCR'd scan with a
region's letterhead and a wrapped list of members; a wiki page's category footer. The PDF
and the .docx are written by `gen_formats70.py`, the others by the tests."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .fixture_files import one_meeting, written_meeting

one = partial(one_meeting, "formats70")


def test_sidebar_keyword_is_no_decision() -> None:
    """"PUNKT" / "2" / title: the sidebar's keyword heads the next item, so an empty
    "Beslutning" heading stays empty and the agenda an agenda. Before: each decision was
    "PUNKT", the file a referat, its members present."""
    m = one("02_sidebar.pdf")
    assert m.doc_type == "dagsorden"
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "2025-0000101", False),
        (2, "Tilskud til byfesten", "2025-0000102", False),
        (3, "Salg af grund", "2025-0000103", True)]
    assert all(not i.decision for i in m.items)
    assert {p.name: p.status for p in m.participants}["Eva Dam (A)"] == "indkaldt"


_CLOSED_NOTE = """Lunde Kommune
Referat
Kulturudvalget
Mødedato: 6. maj 2025

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Salg af grund (lukket)
Sagen behandles for lukkede døre. Sagsfremstillingen offentliggøres ikke.
"""


def test_closed_item_note_is_no_decision(tmp_path: Path) -> None:
    """A closed item whose only text is "Sagen behandles for lukkede døre. …" in minutes
    with decisions: the note, not what was decided. Before: it became the decision."""
    m = written_meeting(tmp_path, "referat.txt", _CLOSED_NOTE)
    item = m.items[1]
    assert item.closed and not item.decision


def test_docx_attendance_sentence_with_semicolon() -> None:
    """"Til stede var: …, C (O) og D (C); Fraværende: E (F).": C and D two people, E
    absent. Before: "Lis Holm (O), Per Vang (C)" was one participant."""
    people = {p.name: (p.status, p.role) for p in one("04_saetning.docx").participants}
    assert people == {"Eva Dam (A)": ("deltog", "formand"),
                      "Karl Bo (V)": ("deltog", "næstformand"),
                      "Lis Holm (O)": ("deltog", ""), "Per Vang (C)": ("deltog", ""),
                      "Ane Lund (F)": ("afbud", "")}


def test_docx_lukket_punkt_paragraph_closes_the_item() -> None:
    """A paragraph "Lukket punkt." under the case number closes the item and is no text
    of it. Before: closed=False, a section "Lukket punkt."."""
    item = one("04_saetning.docx").items[1]
    assert item.closed
    assert [s.name for s in item.sections] == ["Beslutning"]


_STRUCK = """<html><body><main><h1>Kulturudvalget</h1>
<p>Referat · Tirsdag 6. maj 2025</p>
<section><h2>Medlemmer</h2><ul>
<li>Eva Dam, Venstre, formand</li>
<li><del>Karl Bo, Lunde Listen, medlem</del></li>
<li>Lis Holm, Socialdemokratiet, medlem</li>
</ul></section>
<h3>1. Godkendelse af dagsorden</h3>
<div><div class="field__label">Beslutning</div><div class="field__body"><p>Godkendt.</p>
<p>Fraværende: Karl Bo</p></div></div>
<h3>2. Budget</h3>
<div><div class="field__label">Beslutning</div><div class="field__body"><p>Godkendt.</p>
<p>Fraværende: Karl Bo</p></div></div>
</main></body></html>"""


def test_struck_member_is_absent_once(tmp_path: Path) -> None:
    """A member struck through (`<del>`) in the list is absent, and the items' "Fraværende:
    Karl Bo" is that same person. Before: present, and again absent as "Karl Bo"."""
    people = [(p.name, p.status) for p in
              written_meeting(tmp_path, "referat.html", _STRUCK).participants]
    assert [s for n, s in people if n.startswith("Karl Bo")] == ["afbud"]
    assert ("Eva Dam, Venstre", "deltog") in people


_LETTER = """Lunde Kommune
Center for Kultur
Rådhusvej 1
J.nr. 25/0410
Til medlemmerne af Kulturudvalget
Referat af udvalgsmøde
Kulturudvalget holdt møde tirsdag den 6. maj 2025 kl. 17.00 i
Mødelokale 3, Rådhuset.
Til stede var Eva Dam (A), formand, Karl Bo (C), næstformand,
Lis Holm (F) og Per Vang (Ø). Ane Lund (V) havde meldt afbud.
Ad 1) Godkendelse af dagsorden
Udvalgets beslutning: Godkendt.
Ad 2) Åbningstider på Vestby Bibliotek - evaluering af selvbetjening (sag
nr. 24/5530)
Forsøget med selvbetjente åbningstider søndag og mandag aften har kørt siden
september 2024. Besøgstallet i de selvbetjente timer er i gennemsnit 140 pr. dag.
Der er ikke registreret hærværk.
Sagen har tidligere været behandlet i Kulturudvalget den 11. juni 2024,
hvor det blev besluttet: »Forsøget iværksættes og evalueres herefter.«
Udvalgets beslutning: Godkendt.
"""


def test_letter_committee_and_prose_absence(tmp_path: Path) -> None:
    """A letter's head ("Center for Kultur" / "J.nr." / "Til medlemmerne af X") over "X
    holdt møde …": the committee is X; the attendance sentence wrapped after a comma and
    "Y havde meldt afbud." Before: the letterhead's lines joined as the committee, and Y
    present with the role "havde meldt afbud."."""
    m = written_meeting(tmp_path, "referat.txt", _LETTER)
    assert m.committee == "Kulturudvalget"
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Ane Lund (V)"] == ("afbud", "")
    assert people["Karl Bo (C)"] == ("deltog", "næstformand")


def test_heading_wrapped_inside_its_case_bracket(tmp_path: Path) -> None:
    """"Ad 2) Title (sag" / "nr. 24/5530)": the bracket's close ends the heading, the case
    number is the item's. Before: the title ran on into the case text, no case number."""
    item = written_meeting(tmp_path, "referat.txt", _LETTER).items[1]
    assert (item.title, item.journal_number) == (
        "Åbningstider på Vestby Bibliotek - evaluering af selvbetjening", "24/5530")


_SCAN = """REGION LUNDE

  Udvalg for Trafik og Miljø

  R E F E R A T

Mødedato:  6. maj 2025, kl. 14.00 - 16.15
Mødested:  Regionshuset, mødesal 2

Medlemmer: Eva Dam (A) (formand), Karl Bo (V)
(næstformand), Lis Holm (Ø), Per Vang (O), Ane Mel-
chior (B), Ib Riis (C)

Afbud fra: Per Vang (O)

1.  Godkendelse af dagsorden

BESLUTNING
Godkendt.

2.  Budget

BESLUTNING
Godkendt.
"""


def test_scan_wrapped_members_and_region_letterhead(tmp_path: Path) -> None:
    """An OCR'd scan: "REGION LUNDE" is the letterhead, the committee the line below; the
    members' list wraps with "(næstformand)" opening a line and a name broken by a hyphen.
    Before: the committee "Region lunde", three members lost, no næstformand."""
    m = written_meeting(tmp_path, "referat.txt", _SCAN)
    assert m.committee == "Udvalg for Trafik og Miljø"
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam (A)": ("deltog", "formand"),
                      "Karl Bo (V)": ("deltog", "næstformand"),
                      "Lis Holm (Ø)": ("deltog", ""), "Per Vang (O)": ("afbud", ""),
                      "Ane Melchior (B)": ("deltog", ""), "Ib Riis (C)": ("deltog", "")}


_WIKI = """# Ældrerådet – referat 6. maj 2025

**Mødetid:** kl. 10.00–12.00
**Deltagere:** Eva Dam (formand), Karl Bo

### 1. Godkendelse af dagsorden

**Beslutning:** Godkendt.

### 2. Eventuelt

**Beslutning:** Intet at referere.

----
Kategori: [[Ældrerådet]] · [[Referater 2025]]
"""


def test_wiki_category_footer_is_no_decision(tmp_path: Path) -> None:
    """A wiki page's categories under its last rule are the page's furniture. Before:
    "Kategori: Ældrerådet · Referater 2025" ended the last decision."""
    m = written_meeting(tmp_path, "referat.md", _WIKI)
    assert m.items[-1].decision == "Intet at referere."
