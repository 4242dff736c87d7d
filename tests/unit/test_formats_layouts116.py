"""A hundred-and-sixteenth round of layouts (round 116's blind files: item numbering and
titles that are easy to misread): a contents list printed in the body's own item form
("Punkt 1:  Title", "Pkt. 1 Title") above the items; an unnumbered "Godkendelse af
dagsorden" above item 1; a contents list's closed part numbered from 1 again after open
items listed under no group heading; a zero-padded number before a title that opens
with an ordinal ("02  3. kvartal …"); sub-items decided apart ("5.1 …"); "§ N" markdown
headings; a Word "Tillægsdagsorden" heading over "Pkt. 2a"; a members' table whose
attendance cell goes on with a note; a part-time note naming printed numbers after
items were numbered in reading order; a decimal comma before a sentence's full stop; and
a markdown line in italics. Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from referat.domain import Meeting

from .fixture_files import written_meeting
from .office_files import docx, para, table

# --- a contents list in the body's own item form ---------------------------------------

_RULE = "-" * 72

_PLAIN = f"""HEDEBY KOMMUNE

REFERAT

Kultur- og Fritidsudvalget

Mødedato:   Torsdag den 9. marts 2023
Mødetid:    Kl. 16.00 - 18.00
Mødested:   Rådhuset, mødelokale 3

Til stede:
  Ida Krogh (A), formand
  Peter Lund (V)
  Sanne Bak (F)

Fraværende:
  Ole Brink (C)

{_RULE}

INDHOLDSFORTEGNELSE

Punkt 1:  Godkendelse af dagsorden
Punkt 2:  Tilskud til foreningernes lokaler 2023 - fordeling af puljen
          til haller og klubhuse
Punkt 3:  Ny aftale om drift af svømmehallen
Punkt 4:  Lukket punkt: Lejeaftale for spejderhytten

{_RULE}

Punkt 1:  Godkendelse af dagsorden

Beslutning i Kultur- og Fritidsudvalget den 09-03-2023:
Godkendt.

{_RULE}

Punkt 2:  Tilskud til foreningernes lokaler 2023 - fordeling af puljen
          til haller og klubhuse

Sagsnr.: 18.15.00-A00-2-23

Sagsfremstilling:
Puljen er på 1,4 mio. kr. og fordeles efter antal medlemmer under 25 år.

Beslutning i Kultur- og Fritidsudvalget den 09-03-2023:
Godkendt.

{_RULE}

Punkt 3:  Ny aftale om drift af svømmehallen

Sagsnr.: 18.20.00-G01-1-23

Sagsfremstilling:
Den nuværende aftale udløber 31. december 2023.

Beslutning i Kultur- og Fritidsudvalget den 09-03-2023:
Anbefales over for Økonomiudvalget.

{_RULE}

Punkt 4:  Lukket punkt: Lejeaftale for spejderhytten

Sagsnr.: 82.03.00-G01-4-23

Beslutning i Kultur- og Fritidsudvalget den 09-03-2023:
Udsat.
"""


def _text(tmp_path: Path, text: str, name: str = "referat.txt") -> Meeting:
    return written_meeting(tmp_path, name, text)


def test_contents_in_the_items_own_form_makes_no_items(tmp_path: Path) -> None:
    """"INDHOLDSFORTEGNELSE" / "Punkt 1:  Title" … (a rule below it) above the same
    headings with their texts: the items are the body's, each with its own decision.
    Before: the contents list was the items and the whole body the last item's."""
    m = _text(tmp_path, _PLAIN)
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Tilskud til foreningernes lokaler 2023 - fordeling af puljen til haller og "
            "klubhuse"),
        (3, "Ny aftale om drift af svømmehallen"), (4, "Lejeaftale for spejderhytten")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Godkendt.", "Anbefales over for Økonomiudvalget.", "Udsat."]
    assert [i.journal_number for i in m.items] == [
        None, "18.15.00-A00-2-23", "18.20.00-G01-1-23", "82.03.00-G01-4-23"]
    assert m.item(4).closed and not m.warnings


# --- an unnumbered opening item; a contents list's closed part numbered from 1 ----------

_OPENING = """Fanø Kommune
Referat
Børne- og Skoleudvalget
Mødedato: Tirsdag den 5. september 2023
Mødetidspunkt: Kl. 15:00 - 17:00
Mødested: Rådhuset, mødelokale 2
Medlemmer:
Karen Due (V), formand
Lars Møller (A)
Afbud:
Lars Møller (A)
Indholdsfortegnelse
Godkendelse af dagsorden
1. 2.
Skolestruktur 2024
Budgetopfølgning
3.
Meddelelser
Lukket dagsorden
1. Personalesag


Godkendelse af dagsorden
Beslutning i Børne- og Skoleudvalget den 5. september 2023
Godkendt.


1.
Skolestruktur 2024
Sagsnr.: 17.01.00-P20-1-23
Sagsfremstilling
Forslaget samler overbygningen på én skole.
Beslutning i Børne- og Skoleudvalget den 5. september 2023
Anbefales.


2.
Budgetopfølgning
Sagsnr.: 00.30.14-S00-2-23
Sagsfremstilling
Området forventer et mindreforbrug på 0,8 mio. kr.
Beslutning i Børne- og Skoleudvalget den 5. september 2023
Taget til efterretning.


3.
Meddelelser
Sagsnr.: 00.01.00-A00-4-23
Sagsfremstilling
Skolestart forløb planmæssigt.
Beslutning i Børne- og Skoleudvalget den 5. september 2023
Orienteringen taget til efterretning.


Lukket dagsorden
1.
Personalesag
Sagsnr.: 81.00.00-G01-7-23
Beslutning i Børne- og Skoleudvalget den 5. september 2023
Godkendt.
"""


def test_an_unnumbered_opening_item_is_item_one(tmp_path: Path) -> None:
    """"Godkendelse af dagsorden" with its decision and no number above "1." (as a
    system prints the agenda's approval): item 1, the numbered items after it in reading
    order with their printed numbers as labels. Before: it was lost."""
    m = _text(tmp_path, _OPENING)
    assert [(i.number, i.label, i.title) for i in m.items] == [
        (1, "", "Godkendelse af dagsorden"), (2, "1", "Skolestruktur 2024"),
        (3, "2", "Budgetopfølgning"), (4, "3", "Meddelelser"),
        (5, "lukket punkt 1", "Personalesag")]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Anbefales.", "Taget til efterretning.",
        "Orienteringen taget til efterretning.", "Godkendt."]


def test_a_contents_lists_closed_part_numbered_from_one_closes_no_open_item(
        tmp_path: Path) -> None:
    """The contents list's "Lukket dagsorden" / "1." after open items listed under no
    group heading (their numbers a column of their own, "1. 2."): the closed item is the
    one after the open ones, not the open item 1. Before: item 1 was marked closed."""
    m = _text(tmp_path, _OPENING)
    assert [i.closed for i in m.items] == [False, False, False, False, True]


# --- a web page: zero-padded numbers, titles opening with an ordinal, sub-items ------------

_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Miljøudvalget - 21.11.2024</title></head><body><main>
<h1>Referat</h1>
<dl><dt>Udvalg</dt><dd>Miljøudvalget</dd>
<dt>Mødedato</dt><dd>Torsdag den 21. november 2024</dd>
<dt>Mødetid</dt><dd>Kl. 08.30 - 11.00</dd>
<dt>Mødested</dt><dd>Rådhuset, lokale 4</dd>
<dt>Medlemmer</dt><dd><ul><li>Bo Hald (A), formand</li><li>Eva Sand (V)</li>
<li>Jens Lyng (Ø)</li></ul></dd></dl>
<section id="p1"><h2><span class="nr">01</span> Godkendelse af dagsorden</h2>
<h3>Beslutning</h3><p>Godkendt.</p></section>
<section id="p2"><h2><span class="nr">02</span> 4. kvartal 2024 - status på naturprojekterne</h2>
<p>Sagsnr.: 2024-051120</p>
<h3>Resumé</h3><p>Fire af de seks projekter følger planen, og diget rejses op til kote 3,5.</p>
<h3>Beslutning</h3><p>Taget til efterretning.</p></section>
<section id="p3"><h2><span class="nr">03</span> Temadrøftelse: Grundvand</h2>
<p>Sagsnr.: 2024-050001</p>
<h3>Sagsbeskrivelse</h3><p>Drøftelsen omfatter to underpunkter, jf. punkt 3.1 og 3.2.</p>
<h3>Beslutning</h3><p>Drøftet.</p></section>
<section id="p3-1"><h2><span class="nr">3.1</span> Boringsnære beskyttelsesområder - status</h2>
<p>Sagsnr.: 2023-004411</p>
<h3>Beslutning</h3><p>Taget til efterretning.</p></section>
<section id="p3-2"><h2><span class="nr">3.2</span> Indsatsplan for Nordkilden</h2>
<p>Sagsnr.: 2024-030303</p>
<h3>Beslutning</h3><p>Godkendt.</p></section>
<section id="p4"><h2><span class="nr">04</span> Eventuelt</h2>
<h3>Beslutning</h3><p>Intet.</p></section>
</main></body></html>
"""


def test_a_zero_padded_number_before_an_ordinal_title_starts_an_item(tmp_path: Path) -> None:
    """"02  4. kvartal 2024 - status …": item 2 with its whole title, not text of item 1.
    Before: it and its sections were item 1's."""
    m = _text(tmp_path, _PAGE, "referat.html")
    assert (m.item(2).title, m.item(2).journal_number, m.item(2).decision) == (
        "4. kvartal 2024 - status på naturprojekterne", "2024-051120", "Taget til efterretning.")
    assert m.item(1).decision == "Godkendt."


def test_sub_items_decided_apart_are_items_of_their_own(tmp_path: Path) -> None:
    """"3.1 …" / "3.2 …" after item 3's own decision, each with a case number and a
    decision: items of their own, labelled as printed; item 3 keeps its decision only.
    Before: they were paragraphs of item 3's sections."""
    m = _text(tmp_path, _PAGE, "referat.html")
    assert [(i.number, i.label, i.journal_number, i.decision) for i in m.items[2:]] == [
        (3, "", "2024-050001", "Drøftet."),
        (4, "3.1", "2023-004411", "Taget til efterretning."),
        (5, "3.2", "2024-030303", "Godkendt."), (6, "4", None, "Intet.")]


def test_a_decimal_comma_before_the_full_stop_is_no_list_number(tmp_path: Path) -> None:
    """"… op til kote 3,5." keeps its number: no list marker "5." moved to the front."""
    m = _text(tmp_path, _PAGE, "referat.html")
    assert m.item(2).section("Sammendrag") == (
        "Fire af de seks projekter følger planen, og diget rejses op til kote 3,5.")


# --- markdown "§ N" headings ------------------------------------------------------------

_PARAGRAPHS = """# Dagsorden

**Teknisk Udvalg**

Egedal Kommune

| | |
|---|---|
| **Mødedato** | Mandag den 12. juni 2023 |
| **Mødetidspunkt** | Kl. 18:00 |

## Indholdsfortegnelse

| § | Punkt | Side |
|---|---|---|
| 1 | Godkendelse af dagsorden | 2 |
| 2 | 1. etape af stiforbindelsen til stationen | 3 |
| 3 | Lukket punkt: Køb af areal | 4 |

---

## § 1 Godkendelse af dagsorden

### Indstilling

Forvaltningen indstiller, at dagsordenen godkendes.

---

## § 2 1. etape af stiforbindelsen til stationen

Sagsnr.: 23/2210

### Sagsfremstilling

Stien anlægges i 2024 og 2025.

### Indstilling

Forvaltningen indstiller, at projektet godkendes.

---

## § 3 Lukket punkt: Køb af areal

Sagsnr.: 23/2299

*Lukket punkt.*
"""


def test_paragraph_headings_in_markdown_are_the_items(tmp_path: Path) -> None:
    """"## § 2 1. etape af …": item 2 with its whole title, the meeting an agenda.
    Before: no item was found and the file was skipped."""
    m = _text(tmp_path, _PARAGRAPHS, "dagsorden.md")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "1. etape af stiforbindelsen til stationen", False), (3, "Køb af areal", True)]
    assert m.item(2).journal_number == "23/2210" and m.doc_type == "dagsorden"


def test_a_line_in_italics_is_read_without_its_marks(tmp_path: Path) -> None:
    m = _text(tmp_path, _PARAGRAPHS, "dagsorden.md")
    assert [s.text for s in m.item(3).sections] == ["Lukket punkt."]


# --- Word: a supplementary agenda's heading over "Pkt. 2a"; a members' table's notes -------

def _word(tmp_path: Path) -> Meeting:
    raw = docx([
        para("Solrød Kommune"), para("Referat", "Title"), para("Plan- og Boligudvalget"),
        para("Dato: Onsdag den 7. februar 2024"), para("Tidspunkt: Kl. 17.00 - 19.30"),
        para("Sted: Rådhuset, mødelokale 1"), para("Deltagere"),
        table([["Navn", "Funktion", "Fremmøde"],
               ["Hanne Gram (A)", "Formand", "Deltog"],
               ["Rune Vad (V)", "Medlem", "Deltog - forlod mødet kl. 19.10 før pkt. 4"],
               ["Lis Ørum (F)", "Medlem", "Afbud"]]),
        para("Indhold", "Heading1"),
        para("Pkt. 1 Godkendelse af dagsorden"), para("Pkt. 2 Lokalplan for Strandvejen"),
        para("Tillægsdagsorden:"), para("Pkt. 2a Salg af byggegrund på Havnevej"),
        para("Pkt. 3 Boligsociale tiltag 2024"), para("Pkt. 4 Eventuelt"),
        para("Pkt. 1 Godkendelse af dagsorden", "Heading2"), para("Beslutning:", bold=True),
        para("Godkendt med tillægsdagsorden."),
        para("Pkt. 2 Lokalplan for Strandvejen", "Heading2"), para("Sagsnr.: 23/4410"),
        para("Sagsfremstilling:", bold=True), para("Lokalplanen giver plads til 40 boliger."),
        para("Beslutning:", bold=True), para("Anbefales."),
        para("Tillægsdagsorden", "Heading1"),
        para("Pkt. 2a Salg af byggegrund på Havnevej", "Heading2"), para("Sagsnr.: 24/0112"),
        para("Sagsfremstilling:", bold=True), para("Der er indkommet to bud."),
        para("Beslutning:", bold=True), para("Godkendt."),
        para("Pkt. 3 Boligsociale tiltag 2024", "Heading2"), para("Sagsnr.: 24/0050"),
        para("Sagsfremstilling:", bold=True), para("Helhedsplanen forlænges."),
        para("Beslutning:", bold=True), para("Taget til efterretning."),
        para("Pkt. 4 Eventuelt", "Heading2"), para("Beslutning:", bold=True), para("Intet."),
    ], styles={"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"})
    return written_meeting(tmp_path, "referat.docx", raw)


def test_word_contents_with_a_caption_among_its_lines_makes_no_items(tmp_path: Path) -> None:
    """The contents list "Pkt. 1 …" / "Pkt. 2 …" / "Tillægsdagsorden:" / "Pkt. 2a …" above
    the Heading 2 items: the items are the body's, each with its own decision."""
    m = _word(tmp_path)
    assert [i.decision for i in m.items] == [
        "Godkendt med tillægsdagsorden.", "Anbefales.", "Godkendt.", "Taget til efterretning.",
        "Intet."]


def test_an_item_under_a_supplementary_agenda_heading_is_an_item(tmp_path: Path) -> None:
    """"Tillægsdagsorden" (Heading 1) over "Pkt. 2a …" (Heading 2): an item labelled 2a,
    the heading no item and no text of item 2's decision."""
    m = _word(tmp_path)
    assert [(i.number, i.label, i.title) for i in m.items] == [
        (1, "", "Godkendelse af dagsorden"), (2, "", "Lokalplan for Strandvejen"),
        (3, "2a", "Salg af byggegrund på Havnevej"), (4, "3", "Boligsociale tiltag 2024"),
        (5, "4", "Eventuelt")]
    assert m.item(3).journal_number == "24/0112"


def test_an_attendance_cell_with_a_note_keeps_its_member(tmp_path: Path) -> None:
    """"Deltog - forlod mødet kl. 19.10 før pkt. 4": there, the note the role. Before:
    the member was left out."""
    m = _word(tmp_path)
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Hanne Gram (A)", "deltog", "formand"),
        ("Rune Vad (V)", "deltog", "forlod mødet kl. 19.10 før pkt. 4"),
        ("Lis Ørum (F)", "afbud", "medlem")]


def test_a_part_time_note_names_the_printed_numbers(tmp_path: Path) -> None:
    """"før pkt. 4" after an added "2a": absent from the item printed 4 (the fifth), not
    from the one printed 3. Before: the reading-order number 4 was read."""
    m = _word(tmp_path)
    assert [i.label or str(i.number) for i in m.items
            if any(a.startswith("Rune Vad") for a in i.absentees)] == ["4"]
