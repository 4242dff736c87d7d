"""Minutes converted to text by document-AI tools before they reach the product, as users
of RAG pipelines hand them over: docling markdown (every heading "##", an item's title
broken into two headings, image placeholders as comments, "GLYPH<…>" bullets, a page
footer left in the text, an earlier treatment's run-in "Beslutning:"), marker markdown
(a cut item heading whose rest is the next paragraph, an earlier decision's absence
sentence), pymupdf4llm markdown (each line of a bold title its own "**…**"), unstructured.io's
JSON list of elements (Title/NarrativeText/ListItem/Table/Header/Footer) and Azure AI
Document Intelligence markdown (HTML tables, `<!-- PageHeader/PageFooter/PageNumber/
PageBreak -->` comments, every heading "##", this meeting's dated decision last)."""

from __future__ import annotations

import json
from datetime import date

from .fixture_files import written_meeting

_DOCLING = """\
<!-- image -->

## Referat

## Plan- og Boligudvalget

| Mødedato:      | Onsdag den 12. oktober 2022   |
|----------------|-------------------------------|
| Mødetidspunkt: | Kl. 16:00 - 18:10             |
| Mødested:      | Byrådssalen, Torvet 2         |

## 1. Godkendelse af dagsorden

Sagsnr.: 22/4410

## Beslutning

Godkendt.

## 2. Lokalplan for Kirkeengen - endelig vedtagelse

Sagsnr.: 21/9902

## Tidligere behandling

Plan- og Boligudvalget, 14. juni 2022, pkt. 9.

Beslutning: Sagen udsat til besigtigelse. Fraværende: Kirsten Ravn (F).

## Sagsfremstilling

Planforslaget har været i høring.

<!-- image -->

- GLYPH<c=127,font=/AAAAAB+Wingdings-Regular> Der er indkommet fire høringssvar.

Plan- og Boligudvalget 12-10-2022

Side 7

Administrationen anbefaler planen vedtaget.

## Beslutning

Lokalplanen vedtaget endeligt.

## 3. Dispensation fra søbeskyttelseslinjen ved Bøgesø

## - matr.nr. 3c Nørre Mark, Lund

Sagsnr.: 22/7730

## Sagsfremstilling

Ejeren ønsker at opføre et udhus.

## Beslutning

Dispensationen meddeles.
"""


def test_docling_earlier_treatment_run_in_decision_is_history(tmp_path):
    m = written_meeting(tmp_path, "referat.md", _DOCLING)
    assert (m.committee, m.date) == ("Plan- og Boligudvalget", date(2022, 10, 12))
    plan = m.items[1]
    # the treatment of 14 June is history, not this meeting's decision nor its absence
    assert plan.decision == "Lokalplanen vedtaget endeligt."
    assert [(h.date, h.punkt) for h in plan.history] == [(date(2022, 6, 14), 9)]
    assert "Kirsten Ravn (F)" not in plan.absentees


def test_docling_placeholders_glyphs_and_a_leaked_footer_are_no_text(tmp_path):
    text = written_meeting(tmp_path, "referat.md", _DOCLING).items[1].section("Sagsfremstilling")
    for furniture in ("<!--", "GLYPH", "12-10-2022", "Side 7"):
        assert furniture not in text
    assert "Der er indkommet fire høringssvar." in text
    assert "Administrationen anbefaler planen vedtaget." in text


def test_docling_title_broken_into_two_headings(tmp_path):
    m = written_meeting(tmp_path, "referat.md", _DOCLING)
    assert [i.title for i in m.items][2] == ("Dispensation fra søbeskyttelseslinjen ved Bøgesø"
                                             " - matr.nr. 3c Nørre Mark, Lund")
    assert [s.name for s in m.items[2].sections] == ["Sagsfremstilling", "Beslutning"]
    assert m.items[2].decision == "Dispensationen meddeles."


_MARKER = """\
{0}------------------------------------------------

# Dagsorden

## Social- og Sundhedsudvalget

Mødetidspunkt: 07-02-2019 14:00

Mødested: Mødelokale 3, Rådhuset

Medlemmer: Inge Bach (A) - formand, Ole Falk (V), Mona Lind (C)

{1}------------------------------------------------

<span id="page-1-0"></span>## 1. Godkendelse af dagsorden

#### **Indstilling**

Direktøren indstiller, at dagsordenen godkendes.

<span id="page-1-1"></span>## 2. Handleplan for demens

Sagsnr.: 27.00.00-P22-1-18 Sagsansvarlig: Lis Borg

### **Tidligere beslutning**

Social- og Sundhedsudvalget, 06-12-2018, pkt. 88:

Udvalget drøftede udkastet og sendte det i høring i Ældrerådet.

Mona Lind (C) var fraværende.

### **Sagsfremstilling**

Der er indkommet høringssvar fra Ældrerådet.

#### **Indstilling**

Direktøren indstiller, at handleplanen godkendes.

{2}------------------------------------------------

<span id="page-2-0"></span># 3. Forslag til nye åbningstider i aktivitetscentrene i Nord og

Syd - godkendelse til høring

Sagsnr.: 27.15.00-P20-2-18 Sagsansvarlig: Lis Borg

#### **Sagsfremstilling**

Aktivitetscentrene foreslås åbne en time længere om aftenen.

#### **Indstilling**

Direktøren indstiller, at forslaget sendes i høring.
"""


def test_marker_cut_heading_and_its_rest_in_the_next_paragraph(tmp_path):
    m = written_meeting(tmp_path, "dagsorden.md", _MARKER)
    assert (m.committee, m.date, m.doc_type) == ("Social- og Sundhedsudvalget",
                                                  date(2019, 2, 7), "dagsorden")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Handleplan for demens",
        "Forslag til nye åbningstider i aktivitetscentrene i Nord og Syd - godkendelse til høring"]
    assert [s.name for s in m.items[2].sections] == ["Sagsfremstilling", "Indstilling"]


def test_marker_earlier_decision_keeps_its_absence_sentence(tmp_path):
    m = written_meeting(tmp_path, "dagsorden.md", _MARKER)
    demens = m.items[1]
    # the earlier meeting's absence sentence stays with that meeting's entry
    assert [s.name for s in demens.sections] == ["Beslutningshistorik", "Sagsfremstilling",
                                                 "Indstilling"]
    assert "Mona Lind (C) var fraværende." in demens.section("Beslutningshistorik")
    assert not any(i.decision for i in m.items)


_PYMUPDF = """\
# **Referat**

**Teknik- og Miljøudvalget**

Dato: 05-06-2023

Tidspunkt: 15:00 - 17:00

-----

Byby Kommune Teknik- og Miljøudvalget 05-06-2023

**1. Godkendelse af dagsorden**

**Beslutning i Teknik- og Miljøudvalget den 05-06-2023**

Godkendt.

**2. Anlægsbevilling til renovering af broen over Møllebækken ved**
**Skovgårdsvej**

Sagsnr.: 05.01.00-G01-4-23

**Beslutning i Teknik- og Miljøudvalget den 05-06-2023**

Anbefales.

**Sagsfremstilling**

Broen er fra 1958 og skal renoveres.

Side 2 af 3

-----

Byby Kommune Teknik- og Miljøudvalget 05-06-2023

**3. Trafiksikkerhedsplan**

**Beslutning i Teknik- og Miljøudvalget den 05-06-2023**

Taget til efterretning.

Side 3 af 3
"""


def test_pymupdf4llm_bold_title_wrapped_over_two_bold_lines(tmp_path):
    m = written_meeting(tmp_path, "referat.md", _PYMUPDF)
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden",
        "Anlægsbevilling til renovering af broen over Møllebækken ved Skovgårdsvej",
        "Trafiksikkerhedsplan"]
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales.", "Taget til efterretning."]
    assert m.items[1].journal_number == "05.01.00-G01-4-23"


def _element(kind: str, text: str, page: int, **meta: str) -> dict:
    return {"type": kind, "element_id": f"{page}{kind}{len(text)}", "text": text,
            "metadata": {"page_number": page, "filename": "referat.pdf",
                         "languages": ["dan"], **meta}}


_UNSTRUCTURED = [
    _element("Image", "VARDE KOMMUNE", 1),
    _element("Title", "Referat", 1),
    _element("Title", "Børne- og Familieudvalget", 1),
    _element("UncategorizedText", "Mødedato: 3. marts 2010", 1),
    _element("UncategorizedText", "Mødetidspunkt: Kl. 16.00", 1),
    _element("UncategorizedText", "Mødested: Mødelokale 2, Rådhuset i Varde", 1),
    _element("NarrativeText", "Medlemmer: Anne Kjær (V) (formand), Bent Due (A), Carl Holm (V)"
             ", Dorte Lyng (F)", 1),
    _element("UncategorizedText", "Fraværende: Carl Holm (V)", 1),
    _element("Table", "31. Godkendelse af dagsorden 2 32. Tilskud til naturbørnehave 2", 1,
             text_as_html="<table><tr><td>31. Godkendelse af dagsorden</td><td>2</td></tr>"
                          "<tr><td>32. Tilskud til naturbørnehave</td><td>2</td></tr></table>"),
    _element("Footer", "Side 1 af 3", 1),
    _element("Header", "Varde Kommune", 2),
    _element("Header", "Børne- og Familieudvalget - 3. marts 2010", 2),
    _element("Title", "31. Godkendelse af dagsorden", 2),
    _element("UncategorizedText", "Sag nr. 10-0412", 2),
    _element("Title", "Beslutning", 2),
    _element("Title", "Godkendt.", 2),
    _element("Title", "32. Ansøgning om tilskud til ny naturbørnehave - Alslev", 2),
    _element("Title", "Skovbørnehave", 2),
    _element("UncategorizedText", "Sag nr. 10-0977", 2),
    _element("Title", "Sagsfremstilling", 2),
    _element("NarrativeText", "Børnehaven søger om tilskud til et nyt ﬂextelt.", 2),
    _element("ListItem", "Teltet koster 40.000 kr.", 2),
    _element("Footer", "Side 2 af 3", 2),
    _element("Header", "Varde Kommune", 3),
    _element("Header", "Børne- og Familieudvalget - 3. marts 2010", 3),
    _element("Title", "Indstilling", 3),
    _element("NarrativeText", "Forvaltningen indstiller, at der gives tilskud.", 3),
    _element("NarrativeText", "Beslutning Indstillingen godkendt.", 3),
    _element("UncategorizedText", "Side 3 af 3", 3),
]


def test_unstructured_element_list(tmp_path):
    raw = json.dumps(_UNSTRUCTURED, ensure_ascii=True, indent=2)
    m = written_meeting(tmp_path, "BFU 03.03.2010 referat.json", raw)
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Varde", "Børne- og Familieudvalget", date(2010, 3, 3), "16:00")
    assert m.source_format == "unstructured-json"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Carl Holm (V)"]
    assert [(i.number, i.title) for i in m.items] == [
        (31, "Godkendelse af dagsorden"),
        (32, "Ansøgning om tilskud til ny naturbørnehave - Alslev Skovbørnehave")]
    assert [i.journal_number for i in m.items] == ["10-0412", "10-0977"]
    assert [i.decision for i in m.items] == ["Godkendt.", "Indstillingen godkendt."]
    case = m.items[1].section("Sagsfremstilling")
    assert "flextelt" in case and "Teltet koster 40.000 kr." in case
    assert "Side" not in m.items[1].section("Indstilling") + m.items[1].decision


_AZURE = """\
<figure>

Byby
Kommune

</figure>


# Referat

Byrådet

Torsdag den 19. juni 2025 kl. 19:00

Byrådssalen, Rådhuset

## Deltagere

<table>
<tr>
<th>Medlem</th>
<th>Parti</th>
<th>Fremmøde</th>
</tr>
<tr>
<td>Sofie Krag, borgmester</td>
<td>A</td>
<td>Deltog</td>
</tr>
<tr>
<td>Jens Vad, 1. viceborgmester</td>
<td>V</td>
<td>Deltog</td>
</tr>
<tr>
<td>Lars Tind</td>
<td>V</td>
<td>Afbud</td>
</tr>
<tr>
<td>Rita Holm</td>
<td>F</td>
<td>Deltog</td>
</tr>
</table>

Stedfortrædere: Niels Bro (V) deltog i stedet for Lars Tind (V).

<!-- PageFooter="Byby Kommune · Torvet 1 · www.byby.dk" -->
<!-- PageNumber="Side 1 af 3" -->
<!-- PageBreak -->

<!-- PageHeader="Byrådet - Referat - 19. juni 2025" -->


## 1. Anlægsbevilling til ny hal

Sagsnr.: 25/1101


## Sagsfremstilling

Hallen koster 42 mio. kr.

<!-- PageNumber="Side 2 af 3" -->
<!-- PageBreak -->

Byrådet - Referat - 19. juni 2025

Byggeriet forventes afsluttet i 2027.


## Beslutning i Økonomiudvalget den 10-06-2025

Anbefales.


## Beslutning i Byrådet den 19-06-2025

Godkendt.

<!-- PageNumber="Side 3 af 3" -->
<!-- PageBreak -->

<!-- PageHeader="Byrådet - Referat - 19. juni 2025" -->


## 2. Lukket punkt: Salg af grund

Sagsnr.: 25/0780


## Beslutning i Byrådet den 19-06-2025

Godkendt med den ændring, at prisen reguleres.

<!-- PageNumber="Side 4 af 4" -->
"""


def test_azure_last_items_dated_decision_heading(tmp_path):
    m = written_meeting(tmp_path, "Byrådet 19-06-2025.md", _AZURE)
    assert (m.committee, m.date, m.start_time) == ("Byrådet", date(2025, 6, 19), "19:00")
    hall, plot = m.items
    assert hall.decision == "Godkendt."
    assert [h.committee for h in hall.history] == ["Økonomiudvalget"]
    # the last item's dated decision heading is its decision, not the end of the minutes
    assert plot.closed and plot.decision == "Godkendt med den ændring, at prisen reguleres."


def test_azure_page_comments_and_unrecognised_page_header(tmp_path):
    hall = written_meeting(tmp_path, "Byrådet 19-06-2025.md", _AZURE).items[0]
    case = hall.section("Sagsfremstilling")
    assert "Byggeriet forventes afsluttet i 2027." in case
    assert "Referat - 19. juni 2025" not in case and "<!--" not in case
    assert "<!--" not in hall.decision


def test_azure_member_roles_and_substitute_sentence(tmp_path):
    m = written_meeting(tmp_path, "Byrådet 19-06-2025.md", _AZURE)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Sofie Krag (A)"] == ("deltog", "borgmester")
    assert people["Jens Vad (V)"] == ("deltog", "1. viceborgmester")
    assert people["Lars Tind (V)"][0] == "afbud"
    assert people["Niels Bro (V)"] == ("deltog", "stedfortræder for Lars Tind (V)")
