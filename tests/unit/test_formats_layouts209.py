"""Round 209's layouts (round 209's blind files): minutes with long structured decisions –
amendments put to the vote in order ("For stemte: … / Imod stemte: … / Undlod: …"), the
recommendation passed "med den vedtagne ændring", a member who "erklærede sig inhabil" and
left, a departure note in brackets in an item's absence line, a PDF whose page footer repeats the
minutes' own title with the meeting's date ("Referat fra mødet i … den 14.03.2022"), and a
markdown item closed by "*Lukket punkt*" in italics under its heading. Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from referat.domain import Meeting
from tests.unit.pdf_files import pieces_pdf


def _read(tmp_path: Path, name: str, data: str | bytes) -> Meeting:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    meetings = read_meetings(path)
    assert len(meetings) == 1
    return meetings[0]


# --- PDF: the footer repeats the minutes' title with the meeting's date ------------------

_FOOT = "Referat fra mødet i Miljøudvalget den 14.03.2022"
_PAGES = [
    ["EGEBY KOMMUNE", "Referat", "Miljøudvalget", "Mødedato:", "Mandag den 14. marts 2022",
     "Mødetidspunkt:", "Kl. 16:00 - 18:30", "Mødested:", "Byrådssalen, Egeby Rådhus",
     "Medlemmer:", "Per Holt (V), formand", "Ane Kjær (A), næstformand", "Lis Bro (A)",
     "Ida Munk (Ø)", "Jon Dahl (C)", "Afbud:", "Jon Dahl (C)", "Bemærkninger:",
     "Ida Munk (Ø) forlod mødet kl. 18.05 under punkt 3."],
    ["1. Godkendelse af dagsorden", "Beslutning", "Godkendt.", "Fraværende: Jon Dahl (C)",
     "2. Cykelstiplan 2022-2025", "Sagsnr.: 22/00417", "Sagsfremstilling",
     "Planen rummer 14 nye cykelstier med en samlet ramme på 22 mio. kr.", "Indstilling"],
    ["Administrationen indstiller, at cykelstiplanen anbefales godkendt.", "Beslutning",
     "Ændringsforslag 1, stillet af Ida Munk (Ø): At stien langs Åvej fremrykkes til 2022.",
     "For stemte: Ida Munk (Ø), Ane Kjær (A), Lis Bro (A)", "Imod stemte: Per Holt (V)",
     "Ændringsforslag 1 blev vedtaget med 3 stemmer mod 1.",
     "Ændringsforslag 2, stillet af Per Holt (V): At stien langs Skovvej udgår.",
     "For stemte: Per Holt (V)", "Imod stemte: Ida Munk (Ø), Ane Kjær (A), Lis Bro (A)"],
    ["Ændringsforslag 2 blev forkastet med 1 stemme mod 3. Indstillingen med den vedtagne "
     "ændring blev herefter anbefalet enstemmigt.", "Fraværende: Jon Dahl (C)",
     "3. Meddelelser", "Beslutning", "Taget til efterretning.",
     "Fraværende: Jon Dahl (C), Ida Munk (Ø) (forlod mødet kl. 18.05)"],
]


def _pdf() -> bytes:
    """Each page's text, then its header and footer drawn last (as a report generator
    draws a page's frame after its flowables)."""
    pages = []
    for n, lines in enumerate(_PAGES, 1):
        pieces = [(20.0, k + 2, line) for k, line in enumerate(lines)]
        edge = [(20.0, 0, "Egeby Kommune"), (120.0, 0, "Miljøudvalget - Referat - 14.03.2022")
                ] if n > 1 else []
        pages.append(pieces + edge + [(20.0, 43, _FOOT), (20.0, 44, f"Side {n} af 4")])
    return pieces_pdf(pages)


def test_page_footer_with_the_minutes_title_is_no_decision_heading(tmp_path: Path) -> None:
    """The footer "Referat fra mødet i Miljøudvalget den 14.03.2022" named the body and the
    meeting's date, so it was read as this meeting's dated decision heading: the text
    after each page break became a second "Beslutning" (item 2's recommendation too)."""
    m = _read(tmp_path, "referat.pdf", _pdf())
    assert (m.committee, m.date.isoformat(), len(m.items)) == ("Miljøudvalget", "2022-03-14", 3)
    item = m.item(2)
    assert [s.name for s in item.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert item.section("Indstilling").startswith("Administrationen indstiller")
    assert item.decision.startswith("Ændringsforslag 1, stillet af Ida Munk (Ø)")
    assert "anbefalet enstemmigt" in item.decision and "Referat fra" not in item.decision


def test_recommendation_passed_with_the_amendment_has_no_amendments_vote(tmp_path: Path) -> None:
    """Both votes were on amendments; the recommendation "med den vedtagne ændring" then
    passed unanimously: the item's vote is no amendment's (it was the second one's)."""
    m = _read(tmp_path, "referat.pdf", _pdf())
    assert m.item(2).votes == {}


def test_departure_note_in_brackets_keeps_the_absent_name_whole(tmp_path: Path) -> None:
    """"Ida Munk (Ø) (forlod mødet kl. 18.05)": the note's "kl." cut the name to "Ida Munk
    (Ø) (forlod mødet kl"."""
    m = _read(tmp_path, "referat.pdf", _pdf())
    assert m.item(3).absentees == ["Jon Dahl (C)", "Ida Munk (Ø)"]


# --- markdown: "*Lukket punkt*" under the heading; an inhabil member leaving ------------

_MARKDOWN = """\
# Referat – Klimaudvalget

**Byby Kommune**

| | |
|---|---|
| **Mødedato** | Tirsdag den 7. november 2023 |
| **Mødetidspunkt** | Kl. 09:00 – 11:00 |
| **Mødested** | Rådhuset, lokale 12 |

**Deltagere:** Eva Lind (A), formand; Bo Ravn (V), næstformand; Kim Friis (A); Sara Holm (F); \
Tom Lund (O)

**Afbud:** Mia Berg (B)

---

## Punkt 1. Godkendelse af dagsorden

### Beslutning

Godkendt.

---

## Punkt 2. Klimahandleplan – endelig vedtagelse

**Sagsnr.:** 2023-004411

### Beslutning

Sara Holm (F) stillede følgende ændringsforslag: *At målet for 2030 skærpes til 80 %.*

Ændringsforslaget blev forkastet med 1 stemme mod 4.

Indstillingen blev herefter anbefalet med 4 stemmer mod 1 (Tom Lund).

---

## Punkt 3. Tilskud til varmepumper

**Sagsnr.:** 2023-004502

### Beslutning

Kim Friis (A) erklærede sig inhabil i forhold til ansøgningen fra Gl. Byby Vandværk og \
forlod mødet under behandlingen af punktet.

Godkendt.

---

## Punkt 4. Køb af areal ved Havnevej

*Lukket punkt*

**Sagsnr.:** 2023-004690

### Beslutning

Anbefales over for Økonomiudvalget og Byrådet.
"""


def test_italic_closed_mark_under_the_heading_closes_the_item(tmp_path: Path) -> None:
    """"*Lukket punkt*" in italics right under the heading: the item is closed and the
    mark is no text of it (it was an open item with a "Beskrivelse" of the mark)."""
    m = _read(tmp_path, "referat.md", _MARKDOWN)
    item = m.item(4)
    assert item.closed and [s.name for s in item.sections] == ["Beslutning"]
    assert not m.item(3).closed and not m.item(2).closed


def test_member_declared_inhabil_is_absent_from_the_item(tmp_path: Path) -> None:
    """"Kim Friis (A) erklærede sig inhabil i forhold til … Gl. Byby Vandværk og forlod
    mødet …": the abbreviation's full stop cut the sentence before "forlod mødet", and
    the inhabil member was not absent from the item."""
    m = _read(tmp_path, "referat.md", _MARKDOWN)
    assert "Kim Friis (A)" in m.item(3).absentees
    assert "Kim Friis (A)" not in m.item(2).absentees
    assert m.item(3).decision.endswith("Godkendt.")
