"""Markdown that document converters write from a PDF or Word file for an AI to read:
markitdown's facts table scrambled into all labels and then all values, each cell a
paragraph; docling's facts pipe tables and "&amp;"; marker's page marks and anchored bold
headings; pymupdf4llm's bold labels without colons and bold dated decision headings;
pandoc's vote list wrapped after "og"."""

from __future__ import annotations

from datetime import date

from .fixture_files import written_meeting

_MARKITDOWN = """\
Byby Kommune

Referat

Plan- og Miljøudvalget

Mødedato:

3. oktober 2022

Mødetidspunkt:

Kl. 09:00 - 12:00

Mødested:

Deltagere:

Rådhuset, Torvet 1, lokale 2

Ida Holm (A) (formand), Bo Lund (V)
(næstformand), Eva Dam (F), Kim Berg
(C), Ole Bak (Ø)

Fraværende:

Sara Vang (B)

1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Ny lokalplan for Nørrevang

Sagsnr.: 01.02.05-P16-3-22

Sagsfremstilling

Forvaltningen har udarbejdet et forslag til lokalplan.

Beslutning

Anbefales.
"""


def test_markitdown_labels_then_values_each_a_paragraph(tmp_path):
    m = written_meeting(tmp_path, "referat.md", _MARKITDOWN)
    assert (m.committee, m.date, m.start_time) == ("Plan- og Miljøudvalget", date(2022, 10, 3),
                                                   "09:00")
    assert m.place == "Rådhuset, Torvet 1, lokale 2"
    present = [p.name for p in m.participants if p.status == "deltog"]
    assert present == ["Ida Holm (A)", "Bo Lund (V)", "Eva Dam (F)", "Kim Berg (C)",
                       "Ole Bak (Ø)"]
    roles = {p.name: p.role for p in m.participants}
    assert roles["Bo Lund (V)"] == "næstformand"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Sara Vang (B)"]
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales."]


_DOCLING = """\
<!-- image -->

## Referat

## Skoleudvalget

| Mødedato:      | Mandag den 6. marts 2023   |
|----------------|----------------------------|
| Mødetidspunkt: | 17:00 - 19:00              |
| Mødested:      | Byby Rådhus, lokale 4      |

## 1. Godkendelse af dagsorden

## Beslutning

Godkendt.

## 2. Skolernes budget 2023

| Sagsnummer:    | 17.01.00-Ø00-2-23 |
|----------------|-------------------|
| Sagsansvarlig: | Per Holm          |

## Sagsfremstilling

Skoler &amp; Dagtilbud har fordelt budgettet.

## Indstilling

Skoler &amp; Dagtilbud indstiller, at fordelingen godkendes.

## Beslutning

Godkendt.
"""


def test_docling_fact_pipe_table_under_an_item_and_entities(tmp_path):
    m = written_meeting(tmp_path, "referat.md", _DOCLING)
    assert (m.committee, m.date, m.start_time) == ("Skoleudvalget", date(2023, 3, 6), "17:00")
    assert m.place == "Byby Rådhus, lokale 4"
    item = m.items[1]
    assert item.journal_number == "17.01.00-Ø00-2-23"
    assert [s.name for s in item.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert item.section("Indstilling").startswith("Skoler & Dagtilbud indstiller")
    assert "&amp;" not in item.section("Sagsfremstilling")


_MARKER = """\
{0}------------------------------------------------

<span id="page-0-0"></span>![](_page_0_Picture_0.jpeg)

# **Dagsorden**

## **Kulturudvalget**

| Mødedato:  | Tirsdag den 9. april 2024                              |
|------------|--------------------------------------------------------|
| Mødetid:   | Kl. 16:00                                              |
| Mødested:  | Byby Bibliotek, Torvet 3                               |
| Medlemmer: | Ida Holm (A) (formand)<br>Bo Lund (V)<br>Eva Dam (F)   |

#### **Indholdsfortegnelse**

- [1. Godkendelse af dagsorden](#page-1-0) 2
- [2. Tilskud til musikskolen](#page-1-1) 2

{1}------------------------------------------------

#### <span id="page-1-0"></span>**1. Godkendelse af dagsorden**

**Sagsnr.:** 24/00101

**Indstilling**

Direktionen indstiller, at dagsordenen godkendes.

{2}------------------------------------------------

#### <span id="page-1-1"></span>**2. Tilskud til musikskolen**

**Sagsnr.:** 24/00202

**Sagsfremstilling**

Musikskolen søger om et tilskud.

**Indstilling**

Direktionen indstiller, at tilskuddet bevilges.
"""


def test_marker_page_marks_and_anchored_bold_headings(tmp_path):
    m = written_meeting(tmp_path, "dagsorden.md", _MARKER)
    assert (m.committee, m.date, m.doc_type) == ("Kulturudvalget", date(2024, 4, 9), "dagsorden")
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "24/00101"), (2, "Tilskud til musikskolen", "24/00202")]
    assert [p.name for p in m.participants] == ["Ida Holm (A)", "Bo Lund (V)", "Eva Dam (F)"]
    assert not any("<span" in s.text or "{" in s.text for i in m.items for s in i.sections)


_PYMUPDF = """\
# Referat

**Socialudvalget**

**Mødedato** 04.03.2019

**Mødetidspunkt** kl. 14:00 - 16:00

**Mødelokale** Mødelokale 1, Rådhuset, Torvet 1, 9999 Byby

-----

**1. Godkendelse af dagsorden**

**Beslutning i Socialudvalget den 04-03-2019**

Godkendt.

Fraværende: Sara Vang (B)

**2. Tilsyn med plejecentre**

Sagsnr.: 19/1187

**Sagsfremstilling**

Der er ført tilsyn med alle plejecentre.

**Indstilling**

Direktøren indstiller, at tilsynet tages til efterretning.

**Beslutning i Socialudvalget den 04-03-2019**

Taget til efterretning.

For stemte: V og A.

Fraværende: Sara Vang (B)

**3. Værdighedspolitik**

Sagsnr.: 18/2431

**Sagsfremstilling**

Politikken er revideret.

**Indstilling**

Direktøren indstiller, at politikken vedtages.

**Beslutning i Socialudvalget den 04-03-2019**

Anbefales.

Ole Bak (Ø) erklærede sig inhabil og deltog ikke i behandlingen af punktet.

Fraværende: Sara Vang (B)
"""


def test_pymupdf4llm_bold_dated_decision_heading_and_bold_label(tmp_path):
    m = written_meeting(tmp_path, "referat.md", _PYMUPDF)
    assert (m.committee, m.date, m.start_time) == ("Socialudvalget", date(2019, 3, 4), "14:00")
    assert m.place == "Mødelokale 1, Rådhuset, Torvet 1, 9999 Byby"
    assert [i.decision.split("\n")[0] for i in m.items] == [
        "Godkendt.", "Taget til efterretning.", "Anbefales."]
    assert m.items[1].section("Indstilling").endswith("tages til efterretning.")
    assert m.items[1].votes == {"for": ["V", "A"]}
    assert sorted(m.items[2].absentees) == ["Ole Bak (Ø)", "Sara Vang (B)"]


_PANDOC = """\
---
title: Byby Kommune
---

**REFERAT**

**Kulturudvalget**

Mødedato: Tirsdag den 10. maj 2016\\
Mødetid: Kl. 17.00 -- 19.00

# Punkt 1: Godkendelse af dagsorden

::: {custom-style="Beslutningstekst"}
Beslutning:
:::

Godkendt.

# Punkt 2: Tilskud til jazzfestival

::: {custom-style="Beslutningstekst"}
Beslutning:
:::

Udvalget bevilger 25.000 kr.

For stemte: Ida Holm (V), Bo Lund (A) og
Eva Dam (B).

Imod stemte: Kim Berg (O).
"""


def test_pandoc_vote_list_wrapped_after_og(tmp_path):
    m = written_meeting(tmp_path, "referat.md", _PANDOC)
    assert m.items[1].votes == {"for": ["Ida Holm (V)", "Bo Lund (A)", "Eva Dam (B)"],
                                "imod": ["Kim Berg (O)"]}
