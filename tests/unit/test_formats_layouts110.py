"""A hundred-and-tenth round of layouts (round 110's blind files: minutes converted to
Markdown or plain text): a Word referat run through pandoc (a logo image whose
attributes wrap, an en dash written "--" at a wrapped line's end), a meeting portal's page
run through html2text (its definition list, "### Afbud" over one name, the site's
footer and links under the last item, "Tidligere politisk behandling"), a Confluence page
export of an agenda (placeholders in emphasis, a lock icon in an item's heading, a
struck-through member, a task list and attachments below the items, the committee's
initials in a history entry), an Obsidian note (its front matter's members, a
"Tidligere behandlet::" field, a to-do list and a private heading below a decision) and
reStructuredText saved as .txt. Every text is written by the tests (other towns, bodies
and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings


def _read(tmp_path: Path, name: str, text: str):  # noqa: ANN202
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting


_PANDOC = """![Sønderby Kommune](media/image1.png){width="2.1in"
height="0.7in"}

**REFERAT**

Kultur- og Idrætsudvalget, Sønderby Kommune

+------------------------------+------------------------------+
| **Mødedato:**                | Mandag den 4. oktober 2021   |
+==============================+==============================+
| **Mødetidspunkt:**           | Kl. 17.00 -- 19.00           |
+------------------------------+------------------------------+
| **Mødested:**                | Mødelokale 2, Rådhuset       |
+------------------------------+------------------------------+

# 1. Godkendelse af dagsorden

**Beslutning**

Godkendt.

# 2. Orientering om Sønderby Hallen

**Sagsfremstilling**

Forvaltningen orienterer om projektet Sønderby Hallen --
ombygning, herunder tidsplanen.

**Beslutning**

Taget til efterretning.
"""


def test_pandoc_logo_image_and_wrapped_dash(tmp_path: Path) -> None:
    """A pandoc image whose attributes wrap onto a second line is no committee line, and
    an en dash written "--" at a wrapped line's end stays a dash between its words.
    Before: the committee was "![Sønderby Kommune](media/image1.png){width=…", the text
    "Hallen --ombygning"."""
    m = _read(tmp_path, "Referat_KIU.md", _PANDOC)
    assert m.committee == "Kultur- og Idrætsudvalget"
    assert str(m.date) == "2021-10-04" and m.start_time == "17:00"
    assert "Sønderby Hallen – ombygning" in m.item(2).section("Sagsfremstilling")


_PORTAL = """Vi bruger cookies for at forbedre din oplevelse. [Læs mere](/cookies)

Spring til hovedindhold [![Østerby Kommune - gå til
forsiden](/img/logo.svg)](https://www.osterby.dk/)

  1. [Forside](https://www.osterby.dk/)
  2. [Social- og Ældreudvalget](/Committee/Index/12)

## Udvalgets møder

  * [02.05.2023 - Dagsorden](/Meeting/Index/301)
  * [04.04.2023 - Referat](/Meeting/Index/300)

# Social- og Ældreudvalget

**Referat**

Mødedato

    Tirsdag den 4. april 2023
Mødetidspunkt

    Kl. 14:30
Mødested

    Mødelokale 3, Rådhuset, Torvet 1, 6000 Østerby

## Deltagere

  * Anne Holm (A), formand
  * Bo Kragh (V)
  * Lis Winther (C)

### Afbud

  * Per Dahl (O)

## 12. Godkendelse af dagsorden

### Beslutning

Godkendt.

## 13. Plejeboliger i Vestby

Sagsnr.: 23/1144

### Tidligere politisk behandling

Social- og Ældreudvalget, 07.02.2023, punkt 3: Sendt i høring i Ældrerådet.

### Beslutning

Anbefales.

## 14. Lukket punkt: Klage over visitation

![Lukket punkt](/img/lock.svg) Punktet er behandlet for lukkede døre.

Østerby Kommune · Torvet 1 · 6000 Østerby · Tlf. 70 11 22 33

  * [Kontakt](https://www.osterby.dk/kontakt)
  * [Tilgængelighedserklæring](/was)
"""


def test_html2text_portal_page(tmp_path: Path) -> None:
    """html2text's definition list (a header label, the value indented below it) is the
    header, so the page's cookie banner and menus are no committee; "### Afbud" over one
    name is who sent afbud; "Tidligere politisk behandling" heads the history, not the
    item's text; the site's footer and its links after the last item are no part of it.
    Before: the committee was the cookie banner, no start time, the place "## Udvalgets
    møder", the closed item's "decision" its lock image, the address and the links."""
    m = _read(tmp_path, "referat-sau.md", _PORTAL)
    assert m.committee == "Social- og Ældreudvalget"
    assert str(m.date) == "2023-04-04" and m.start_time == "14:30"
    assert m.place == "Mødelokale 3, Rådhuset, Torvet 1, 6000 Østerby"
    assert ("Per Dahl (O)", "afbud") in [(p.name, p.status) for p in m.participants]
    assert len(m.items) == 3
    item = m.items[1]
    assert [(h.committee, str(h.date), h.punkt) for h in item.history] == [
        ("Social- og Ældreudvalget", "2023-02-07", 3)]
    assert "Beskrivelse" not in [s.name for s in item.sections]
    closed = m.items[2]
    assert closed.closed and not closed.decision
    assert "Torvet 1" not in " ".join(s.text for s in closed.sections)


_CONFLUENCE = """---
title: "2023-06-13 Teknik- og Erhvervsudvalget – dagsorden"
space: "TEU"
---

# 2023-06-13 Teknik- og Erhvervsudvalget – dagsorden

|               |                                  |
|---------------|----------------------------------|
| **Udvalg**    | Teknik- og Erhvervsudvalget      |
| **Dato**      | 13. juni 2023                    |
| **Tidspunkt** | 15:00 – 17:00                    |
| **Sted**      | Mødelokale 4, Rådhuset           |
| **Status**    | `DAGSORDEN`                      |

## Deltagere

**Medlemmer:**

- Lars Bech (V), formand
- Mona Friis (A)
- Kaj Ravn (C)
- ~~Eva Lind (F)~~ – afbud meldt 9/6

## 1. Godkendelse af dagsorden

### Beslutning

_Udfyldes på mødet_

## 2. Trafikplan 2024

**Sagsnr.:** 23/5120

> **Tidligere behandling**
>
> TEU 04.04.2023, pkt. 7: Sendt i høring hos borgerne.

### Sagsfremstilling

Høringen er afsluttet.

### Beslutning

_Udfyldes på mødet_

## 3. ![(lock)](images/icons/emoticons/lock.png) Køb af areal ved havnen

**Sagsnr.:** 23/5188

### Beslutning

_Udfyldes på mødet_

---

## Opgaver

- [ ] @Lars Bech sender referat

## Attachments:

![](images/icons/bullet_blue.gif) [Trafikplan.pdf](attachments/1/2.pdf) (application/pdf)
"""


def test_confluence_agenda_export(tmp_path: Path) -> None:
    """A Confluence agenda: "_Udfyldes på mødet_" is a placeholder, so the page is an
    agenda with no decisions and its members called; a lock icon in an item's heading
    neither hides the item nor stays in its title, and closes it; a struck-through
    member ("afbud meldt 9/6") sent afbud; the page's task list and attachments below the
    items are no part of the last item; "TEU" in the history is the committee itself.
    Before: a "referat" with the placeholders as decisions, item 3 inside item 2, Eva
    Lind missing and the history's body "TEU"."""
    m = _read(tmp_path, "2023-06-13 Teknik- og Erhvervsudvalget – dagsorden.md", _CONFLUENCE)
    assert m.committee == "Teknik- og Erhvervsudvalget"
    assert m.doc_type == "dagsorden"
    assert not any(i.decision for i in m.items)
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Trafikplan 2024",
                                          "Køb af areal ved havnen"]
    assert m.items[2].closed and m.items[2].journal_number == "23/5188"
    assert not m.items[2].sections  # (no task list, no attachments)
    people = {p.name: p.status for p in m.participants}
    assert people["Eva Lind (F)"] == "afbud" and people["Lars Bech (V)"] == "indkaldt"
    assert [(h.committee, str(h.date), h.punkt) for h in m.item(2).history] == [
        ("Teknik- og Erhvervsudvalget", "2023-04-04", 7)]


_OBSIDIAN = """---
kommune: Vestby Kommune
udvalg: "[[Sundhedsudvalget]]"
type: referat
dato: 2024-03-12
sted: "Mødelokale 1.05, Vestby Rådhus, Torvegade 2"
deltagere:
  - "[[Karen Skov]] (A) – formand"
  - "[[Jens Bro]] (V)"
  - "[[Tove Lund]] (C)"
afbud:
  - "[[Ole Mark]] (F)"
---

# Sundhedsudvalget – referat 12.03.2024

> [!info] Møde
> **Tid:** 16:00–18:00
> **Sted:** Mødelokale 1.05, Vestby Rådhus
> **Afbud:** [[Ole Mark]] (F)

## 1. Godkendelse af dagsorden

> [!success] Beslutning
> Godkendt.

## 2. Sundhedspolitik 2024-2027

Sagsnr:: 29.00.00-A00-1-24
Tidligere behandlet:: [[2024-01-16 Sundhedsudvalget|SUU 16.01.2024, pkt. 4]] – sendt i høring.

### Sagsfremstilling
Høringen gav elleve svar.

> [!success] Beslutning
> Anbefales over for Byrådet.

- [ ] Spørg til budgettet #opfølgning

### Mine noter
Husk at læse høringssvarene.
"""


def test_obsidian_note(tmp_path: Path) -> None:
    """An Obsidian note whose body names only who sent afbud has its front matter's
    members, and its fuller place; "Tidligere behandlet:: … – text" is the item's history,
    "SUU" the committee itself; a to-do list and a private heading below the decision are
    sections of their own. Before: Ole Mark the only participant, no history, the to-do
    and the notes in the decision."""
    m = _read(tmp_path, "2024-03-12 Sundhedsudvalget.md", _OBSIDIAN)
    assert m.place == "Mødelokale 1.05, Vestby Rådhus, Torvegade 2"
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Karen Skov (A)"] == ("deltog", "formand")
    assert people["Ole Mark (F)"][0] == "afbud" and len(people) == 4
    item = m.item(2)
    assert item.decision == "Anbefales over for Byrådet."
    assert [(h.committee, str(h.date), h.punkt, h.text) for h in item.history] == [
        ("Sundhedsudvalget", "2024-01-16", 4, "sendt i høring.")]
    assert item.section("Mine noter") == "Husk at læse høringssvarene."


_RST = """==========================================
 Referat – Miljø- og Klimaudvalget
==========================================

:Kommune: Nordhavn Kommune
:Dato: Tirsdag den 6. marts 2018
:Tid: Kl. 09.00 – 11.00
:Sted: Mødelokale B, Rådhuset

.. contents:: Indhold
   :local:

Fremmøde
========

* Kim Storm (V), formand
* Rikke Bay (A)
* Hans Lyng (O)

1. Godkendelse af dagsorden
===========================

Beslutning
----------

Godkendt.

2. Spildevandsplan 2018-2022
============================

:Sagsnr.: 18/2231

Tidligere behandling
--------------------

.. note::

   - Byrådet 25.01.2018, punkt 8: Sendt i høring.

Beslutning
----------

Anbefales.

======  ==========
Stemme  Partier
======  ==========
For     V og O
Imod    A
======  ==========
"""


def test_restructuredtext_saved_as_text(tmp_path: Path) -> None:
    """reStructuredText: a title's underline is no word of it, ":Sted:" and ":Sagsnr.:"
    are labelled fields, a directive's line goes and its content stays, and a simple
    table's rows are the votes. Before: "Godkendelse af dagsorden ====…", the place
    ":Tid: …", no case numbers, the history's text opening with ".. note::" and no
    votes from the table."""
    m = _read(tmp_path, "mku_referat_2018-03-06.txt", _RST)
    assert m.committee == "Miljø- og Klimaudvalget"
    assert m.start_time == "09:00" and m.place == "Mødelokale B, Rådhuset"
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden",
                                          "Spildevandsplan 2018-2022"]
    item = m.item(2)
    assert item.journal_number == "18/2231"
    assert item.votes == {"for": ["V", "O"], "imod": ["A"]}
    assert [(h.committee, h.punkt) for h in item.history] == [("Byrådet", 8)]
    assert not item.section("Tidligere behandling").startswith("..")
