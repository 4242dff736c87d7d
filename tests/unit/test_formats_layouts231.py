"""Round 231's layouts (round 231's blind files): minutes of meetings whose agenda was
changed during the meeting, and that say so. An item moved from open to closed by the
approval of the agenda or by its own note, though its fact line still says "Åben sag";
a portal's "Lukket punkt" badge before the title; an item the meeting added ("Ekstra
punkt: …"); a label in a left column glued to a bulleted list; a member who came during
an item, told in the template's attendance line and the head's remarks; and a meeting
suspended and resumed the next day, with a member who sent apologies for that day only.
Every text is written by the tests (other towns, bodies, names and words than the blind
files)."""

from __future__ import annotations

from .conftest import ReadFile


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- an item moved from open to closed at the meeting -----------------------------------

_MOVED_BY_APPROVAL = """Ringkøbing-Skjern Kommune

# Referat

## Plan- og Erhvervsudvalget

**Mødedato:** Tirsdag den 5. marts 2024
**Mødetid:** Kl. 14:00
**Mødested:** Udvalgsværelset, Rådhuset

---

## Punkt 1: Godkendelse af dagsorden

**Sagsnr.:** 24/100 · Åbent punkt

### Beslutning

Dagsordenen blev godkendt med den ændring, at punkt 3 »Køb af ejendom på Torvegade« \
behandles som lukket punkt, da sagen rummer oplysninger om en forhandling.

---

## Punkt 2: Ny erhvervsstrategi

**Sagsnr.:** 24/210 · Åbent punkt

### Sagsfremstilling

Strategien sætter fokus på turisme og fødevarer.

### Beslutning

Godkendt.

---

## Punkt 3: Køb af ejendom på Torvegade

**Sagsnr.:** 24/305 · Åbent punkt

### Sagsfremstilling

Sagsfremstillingen offentliggøres ikke.

### Beslutning

Godkendt som indstillet.
"""


def test_an_item_the_agenda_approval_moves_to_closed_is_closed(read_file: ReadFile) -> None:
    """Item 1 approves the agenda "med den ændring, at punkt 3 »…« behandles som lukket
    punkt", while item 3's fact line still says "Åbent punkt": what the meeting did
    decides, item 3 is closed and item 2 stays open (before: item 3 was open)."""
    (m,) = read_file("referat.md", _MOVED_BY_APPROVAL)
    assert [(i.number, i.closed) for i in m.items] == [(1, False), (2, False), (3, True)]
    assert _item(m, 3).title == "Køb af ejendom på Torvegade"
    assert _item(m, 3).decision == "Godkendt som indstillet."


_MOVED_BY_NOTE = """Tønder Kommune
Referat
Klima- og Miljøudvalget
Mødedato: 14. maj 2024 kl. 15:00
Mødested: Mødelokale 3, Rådhuset

Punkt 1 Godkendelse af dagsorden
Sagsnr.: 24/20 Åben sag
Beslutning
Godkendt.

Punkt 2 Vandløbsregulativ for Grønå
Sagsnr.: 24/880 Åben sag
Sagsfremstilling
Regulativet er revideret efter høringen.
Beslutning
Godkendt.

Punkt 3 Erstatning for oversvømmet jord
Sagsnr.: 24/912 Åben sag
Punktet blev behandlet som lukket punkt efter ønske fra lodsejeren.
Sagsfremstilling
Sagen vedrører en enkelt lodsejers forhold.
Beslutning
Godkendt.
"""


def test_an_items_own_note_that_it_was_treated_as_closed_closes_it(read_file: ReadFile) -> None:
    """ "Punktet blev behandlet som lukket punkt …" right under the heading, above the
    item's sections: the item is closed though its fact line says "Åben sag", and the
    note stays its text (before: the item was open)."""
    (m,) = read_file("referat.txt", _MOVED_BY_NOTE)
    item = _item(m, 3)
    assert item.closed and not _item(m, 2).closed
    assert item.sections[0].text.startswith("Punktet blev behandlet som lukket punkt")
    assert item.decision == "Godkendt."


# --- a portal's "Lukket punkt" badge before the title -----------------------------------

_BADGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Byrådet 12.06.2024 - Referat</title></head><body>
<main><h1>Byrådet</h1><p class="doc-type">Referat</p>
<dl><dt>Mødedato</dt><dd>Onsdag den 12. juni 2024</dd>
<dt>Mødetidspunkt</dt><dd>Kl. 18:00</dd><dt>Mødested</dt><dd>Byrådssalen, Rådhuset</dd></dl>
<article class="agenda-item"><header><h2><span class="item-no">1.</span> Godkendelse af \
dagsorden</h2><div class="item-meta"><span>Sagsnr.: 24/9</span></div></header>
<div class="field"><h3 class="field-title">Beslutning</h3><div class="field-body">
<p>Godkendt.</p></div></div></article>
<article class="agenda-item"><header><h2><span class="item-no">2.</span> Skolestruktur i \
Vesterby</h2><div class="item-meta"><span>Sagsnr.: 24/310</span></div></header>
<div class="field"><h3 class="field-title">Sagsfremstilling</h3><div class="field-body">
<p>Skolerne i Vesterby samles på én matrikel.</p></div></div>
<div class="field"><h3 class="field-title">Beslutning</h3><div class="field-body">
<p>Godkendt.</p></div></div></article>
<article class="agenda-item"><header><h2><span class="item-no">3.</span> <span \
class="badge badge-closed">Lukket punkt</span> Salg af byggegrund i Nørreby</h2>
<div class="item-meta"><span>Sagsnr.: 24/412</span></div></header>
<p class="closed-text">Punktet er behandlet for lukkede døre.</p>
<div class="field"><h3 class="field-title">Beslutning</h3><div class="field-body">
<p>Godkendt.</p></div></div></article>
</main></body></html>"""


def test_a_portals_closed_badge_before_the_title_closes_the_item(read_file: ReadFile) -> None:
    """`<h2><span>3.</span> <span class="badge">Lukket punkt</span> Salg af …</h2>`: the
    badge is the item's status, no word of its title (before: the title was "Lukket punkt
    Salg af byggegrund i Nørreby" and the item open)."""
    (m,) = read_file("byraadet.html", _BADGE)
    item = _item(m, 3)
    assert (item.closed, item.title) == (True, "Salg af byggegrund i Nørreby")
    assert not _item(m, 2).closed and _item(m, 2).title == "Skolestruktur i Vesterby"


# --- an item the meeting added to its agenda --------------------------------------------

_EXTRA = _MOVED_BY_APPROVAL.replace("behandles som lukket punkt", "udgår") + """
---

## Punkt 4: Eventuelt

### Beslutning

Intet.

---

## Punkt 5: Ekstra punkt: Henvendelse fra Hvide Sande Lystbådehavn

**Sagsnr.:** 24/399 · Åbent punkt

### Beslutning

Sagen sendes til administrationen.
"""


def test_an_item_added_at_the_meeting_has_its_title_without_the_mark(read_file: ReadFile) -> None:
    """ "Punkt 5: Ekstra punkt: Henvendelse …" after Eventuelt: an item of the meeting
    under its printed number, its title the title alone (before: "Ekstra punkt: …")."""
    (m,) = read_file("referat.md", _EXTRA)
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert _item(m, 5).title == "Henvendelse fra Hvide Sande Lystbådehavn"
    assert _item(m, 5).decision == "Sagen sendes til administrationen."


# --- a label in a left column glued to a bulleted list ----------------------------------

_GLUED = """Skive Kommune
Referat
Kultur- og Fritidsudvalget
Mødetidspunkt Torsdag den 7. marts 2024 kl. 15:00
Mødested Mødelokale 2, Skive Rådhus
Punkt 1 Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-1-24 Åbent punkt
Beslutning Godkendt.
Punkt 2 Tilskud til foreningernes lokaler
Sagsnr.: 18.15.00-Ø00-1-24 Åbent punkt
Sagsfremstilling Foreningerne har søgt om tilskud til lokaleleje for 2024.
Indstilling Direktøren indstiller, at tilskuddene fordeles som foreslået.
Bilag • Oversigt over ansøgninger
• Fordelingsnøgle 2024
Beslutning Godkendt.
Punkt 3 Kunstgræsbane i Durup
Sagsnr.: 18.20.00-G01-2-24 Åbent punkt
Sagsfremstilling Klubben ønsker at anlægge en kunstgræsbane.
Indstilling Direktøren indstiller, at projektet godkendes.
Beslutning Godkendt.
"""


def test_a_label_glued_to_a_bulleted_list_opens_its_section(read_file: ReadFile) -> None:
    """ "Bilag • Oversigt over ansøgninger", a left column's label glued to the first
    bullet of its list as the other labels are glued to their text: the list is the
    Bilag, not the Indstilling's end (before: no Bilag, the list in the Indstilling)."""
    (m,) = read_file("referat.txt", _GLUED)
    item = _item(m, 2)
    assert [s.name for s in item.sections] == [
        "Sagsfremstilling", "Indstilling", "Bilag", "Beslutning"]
    assert item.section("Indstilling").endswith("fordeles som foreslået.")
    assert "Fordelingsnøgle 2024" in item.section("Bilag")


# --- a member who came during an item -----------------------------------------------------

_CAME = """Struer Kommune

# REFERAT

## Børne- og Familieudvalget

**Mødedato:** Mandag den 3. juni 2024
**Mødetid:** Kl. 16:00 – 18:00
**Mødested:** Mødelokale 1, Struer Rådhus

**Medlemmer:**

- Birte Overgaard (A), formand
- Kasper Lind (V)
- Nanna Bro (F)
- Ole Skaarup (Ø)

**Afbud:** Ole Skaarup (Ø)

**Bemærkninger til referatet:** Punkt 4 blev behandlet før punkt 2. Kasper Lind (V) \
deltog fra kl. 16.25 under behandlingen af punkt 2.

---

## Punkt 1: Godkendelse af dagsorden

### Beslutning

Godkendt.

Fraværende: Ole Skaarup (Ø) og Kasper Lind (V).

---

## Punkt 4: Dagplejens takster

### Beslutning

Godkendt.

Fraværende: Ole Skaarup (Ø) og Kasper Lind (V).

---

## Punkt 2: Ny skoledistriktsgrænse

### Beslutning

Anbefales.

Fraværende: Ole Skaarup (Ø). Kasper Lind (V) deltog fra kl. 16.25 under behandlingen af punktet.

---

## Punkt 3: Eventuelt

### Beslutning

Intet.

Fraværende: Ole Skaarup (Ø).
"""


def test_a_member_who_came_during_an_item_is_told_on_it(read_file: ReadFile) -> None:
    """The template's line "Fraværende: Ole Skaarup (Ø). Kasper Lind (V) deltog fra kl.
    16.25 under behandlingen af punktet." under the decision: the first sentence repeats
    the meeting's absentee and goes, the second tells what happened at this item and
    stays with its decision (before: both went, the arrival lost)."""
    (m,) = read_file("referat.md", _CAME)
    assert [i.number for i in m.items] == [1, 4, 2, 3]
    came = _item(m, 2)
    assert came.decision == ("Anbefales.\nKasper Lind (V) deltog fra kl. 16.25 under "
                             "behandlingen af punktet.")
    assert "Kasper Lind (V)" not in came.absentees
    assert "Kasper Lind (V)" in _item(m, 4).absentees
    assert _item(m, 3).decision == "Intet."


def test_the_heads_note_of_a_member_who_came_during_an_item_keeps_its_clock(
        read_file: ReadFile) -> None:
    """ "Kasper Lind (V) deltog fra kl. 16.25 under behandlingen af punkt 2." in the head's
    remarks: his role says when he came, not "deltog under behandlingen af punkt 2" (as
    if he was there for item 2 only)."""
    (m,) = read_file("referat.md", _CAME)
    assert _people(m)["Kasper Lind (V)"] == (
        "deltog", "deltog fra kl. 16.25 under behandlingen af punkt 2")


# --- a meeting suspended and resumed the next day -----------------------------------------

_RESUMED = """Faxe Kommune
Referat
Byrådet
Mødedato: Tirsdag den 19. marts 2024 kl. 18:00
Mødested: Byrådssalen, Faxe Rådhus
Medlemmer: Ole Vang (A), borgmester; Mia Holst (V), 1. viceborgmester – Afbud onsdag den \
20. marts; Bo Lund (C); Eva Skov (F)

Punkt 1 Godkendelse af dagsorden
Beslutning i Byrådet den 19.03.2024
Godkendt.

Punkt 2 Budgetrevision
Beslutning i Byrådet den 19.03.2024
Godkendt.
Mødet blev suspenderet kl. 22.40 og genoptages onsdag den 20. marts 2024 kl. 17.00 med punkt 3.

Punkt 3 Lokalplan for Haslev Nord
Beslutning i Byrådet den 20.03.2024
Godkendt.

Punkt 4 Eventuelt
Beslutning i Byrådet den 20.03.2024
Intet.
"""


def test_a_members_apology_for_the_resumed_day_keeps_their_post(read_file: ReadFile) -> None:
    """ "Mia Holst (V), 1. viceborgmester – Afbud onsdag den 20. marts" in a meeting
    suspended after item 2 and resumed on 20 March: she took part, keeps her post and is
    absent from items 3 and 4, which the resumed day treated (before: her role was "afbud
    onsdag den 20. marts", the post lost, and no item named her)."""
    (m,) = read_file("referat.txt", _RESUMED)
    assert str(m.date) == "2024-03-19"
    assert _people(m)["Mia Holst (V)"] == ("deltog", "1. viceborgmester, fraværende fra punkt 3")
    assert [i.number for i in m.items if "Mia Holst (V)" in i.absentees] == [3, 4]


_RESUMED_NOTE = """Faxe Kommune
Referat
Byrådet
Mødedato: Tirsdag den 19. marts 2024 kl. 18:00
Mødested: Byrådssalen, Faxe Rådhus
Medlemmer: Ole Vang (A), borgmester; Mia Holst (V); Bo Lund (C); Eva Skov (F)

Punkt 1 Godkendelse af dagsorden
Beslutning i Byrådet den 19.03.2024
Godkendt.

Punkt 2 Budgetrevision
Beslutning i Byrådet den 19.03.2024
Godkendt.

Punkt 3 Lokalplan for Haslev Nord
Mødet blev genoptaget onsdag den 20. marts 2024 kl. 17.00. Bo Lund (C) havde meldt afbud \
til det genoptagne møde.
Beslutning i Byrådet den 20.03.2024
Godkendt.

Punkt 4 Eventuelt
Beslutning i Byrådet den 20.03.2024
Intet.
"""


def test_who_had_sent_apologies_for_the_resumed_meeting_misses_its_items(
        read_file: ReadFile) -> None:
    """ "Bo Lund (C) havde meldt afbud til det genoptagne møde." in the resumption's note
    under item 3's heading: he is absent from items 3 and 4 and took part in the meeting,
    and the note, opening the item's text, stays its note; the decisions dated the next
    day are the meeting's (before: "havde meldt afbud" was not read, no item named him,
    and the note was dropped)."""
    (m,) = read_file("referat.txt", _RESUMED_NOTE)
    assert [i.number for i in m.items if "Bo Lund (C)" in i.absentees] == [3, 4]
    assert _people(m)["Bo Lund (C)"][0] == "deltog"
    item = _item(m, 3)
    assert item.sections[0].text.startswith("Mødet blev genoptaget onsdag den 20. marts")
    assert (item.decision, item.history) == ("Godkendt.", [])
    assert _item(m, 2).decision == "Godkendt."
