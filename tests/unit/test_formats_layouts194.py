"""A hundred and ninety-fourth round of layouts (round 194's blind files): the seeds' own
two formats from other committees and towns of the same meeting system. A browser's PDF
read by pypdf, each page's running header and footer at the top of the page's text, so
one lands right after a section heading; items with both a "Sagens forløb" (dated
lines) and a "Tidligere behandling" ("…, pkt. 4."); a PDF converted to markdown with the
header's bold labels run into one line and an item's "Afbud" made a heading on a page of
its own; `pdftotext -layout` wrapping the members' cell; a web page converted by pandoc
with a substitute's role in brackets and the site's footer after the main region. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from referat.domain import Meeting, Participant

from .conftest import ReadFile


def _members(meeting: Meeting) -> dict[str, Participant]:
    return {p.name: p for p in meeting.participants}

_HEAD = "Solrød Kommune Teknik- og Miljøudvalget - Referat - 3. marts 2019"

_PYPDF = f"""{_HEAD}
Side 1 af 3
Teknik- og Miljøudvalget
Mandag den 3. marts 2019 - kl. 16:00
Mødelokale 4, Solrød Rådhus
Deltagere
Jens Holt (A) (formand) - Deltog
Marie Kruse (V) - Deltog
Ole Friis (Ø) - Deltog
Punkt 1 Trafiksikkerhedsplan 2019
Indhold
Sammendrag
Forvaltningen har udarbejdet en trafiksikkerhedsplan for 2019.
Sagsfremstilling
Planen omfatter tolv strækninger med særlig høj fart.
Bilag
{_HEAD}
Side 2 af 3
2 bilag
Indstilling
Forvaltningen indstiller, at planen godkendes.
Beslutning
Godkendt.
Punkt 2 Cykelsti langs Køgevej
Indhold
Sammendrag
Der søges om midler til en cykelsti langs Køgevej.
Sagsfremstilling
Strækningen er 1,8 km lang.
Indstilling
Forvaltningen indstiller, at projektet anbefales.
Beslutning
{_HEAD}
Side 3 af 3
Indstillingen godkendt.
For stemte: Jens Holt (A) og Marie Kruse (V).
Imod stemte: Ole Friis (Ø).
"""


def test_a_running_header_after_a_heading_leaves_the_heading_its_text(
        read_file: ReadFile) -> None:
    first, second = read_file("tmu_2019-03-03.txt", _PYPDF)[0].items
    assert first.section("Bilag") == "2 bilag"
    assert first.section("Sammendrag").startswith("Forvaltningen har udarbejdet")
    assert second.decision.startswith("Indstillingen godkendt.")
    assert second.votes["imod"] == ["Ole Friis (Ø)"]
    assert "Side 3 af 3" not in second.decision


_MD_FACTS = """Kulturudvalget 08-09-2020

# **REFERAT Kulturudvalget d. 08-09-2020**

**Mødedato** Tirsdag d. 8. september 2020 kl. 16:30 **Mødested** Mødelokale 2, Greve Rådhus \
**Mødedeltagere** Pia Lund (A) (formand), Kim Bro (V), Eva Dahl (F) (Afbud), Bo Krag (O), \
Susanne Hald (kulturchef)

## **Punkt 1: Budget 2021**

18.00.00-S00-2-20

### **Tidligere behandling**

Kulturudvalget den 11. august 2020, pkt. 5.

### **Sammendrag**

Budgettet for 2021 fremlægges.

### **Beslutning**

Godkendt

### **Sagens forløb**

11-08-2020 Kulturudvalget

Udsat.

### **Bilag**

Budgetoversigt 2021

Side 2 af 3

Kulturudvalget 08-09-2020

#### **Afbud** Eva Dahl (F)

Side 3 af 3

Kulturudvalget 08-09-2020

## **Punkt 2: Eventuelt**

### **Beslutning**

Intet.

**Afbud** Eva Dahl (F)
"""


def test_bold_header_labels_run_into_one_line_each_give_their_field(
        read_file: ReadFile) -> None:
    meeting, = read_file("ku_2020-09-08.md", _MD_FACTS)
    assert meeting.place == "Mødelokale 2, Greve Rådhus"
    assert list(people := _members(meeting)) == [
        "Pia Lund (A)", "Kim Bro (V)", "Eva Dahl (F)", "Bo Krag (O)", "Susanne Hald"]
    assert people["Pia Lund (A)"].role == "formand"
    assert people["Eva Dahl (F)"].status == "afbud"
    assert people["Bo Krag (O)"].status == "deltog"


def test_the_history_takes_its_item_number_from_the_earlier_treatment_line(
        read_file: ReadFile) -> None:
    meeting, = read_file("ku_2020-09-08.md", _MD_FACTS)
    entry, = meeting.items[0].history
    assert (entry.committee, entry.date.isoformat(), entry.punkt, entry.text) == (
        "Kulturudvalget", "2020-08-11", 5, "Udsat.")


def test_an_absence_made_a_heading_on_its_own_page_is_the_items(read_file: ReadFile) -> None:
    meeting, = read_file("ku_2020-09-08.md", _MD_FACTS)
    item = meeting.items[0]
    assert item.absentees == ["Eva Dahl (F)"]
    assert "Afbud" not in item.sections[-1].text


_LAYOUT = """                                                   Ældreudvalget 10-11-2025

 DAGSORDEN Ældreudvalget d.
 10-11-2025
 Mødedato               Mandag d. 10. november 2025 kl. 15:00

 Mødested               Mødelokale 1, Furesø Rådhus

 Mødedeltagere          Hans Brix (C) (formand), Lise Holm (A), Ulla Mørk (V)
                        (næstformand), Tom Lind (A), Rie Bak (F) (Afbud), Niels Krogh
                        (Ø), Anja Ravn (direktør for Velfærd)


 Punkt 1: Godkendelse af dagsorden
 25/10101

 Indstilling
 Administrationen indstiller, at dagsordenen godkendes.

 Punkt 2: Meddelelser
 25/00099

 1. Der er ingen meddelelser.
"""


def test_a_members_cell_wrapped_before_a_role_bracket_keeps_every_member(
        read_file: ReadFile) -> None:
    people = _members(read_file("aeu_2025-11-10.txt", _LAYOUT)[0])
    assert list(people) == ["Hans Brix (C)", "Lise Holm (A)", "Ulla Mørk (V)", "Tom Lind (A)",
                            "Rie Bak (F)", "Niels Krogh (Ø)", "Anja Ravn"]
    assert people["Ulla Mørk (V)"].role == "næstformand"
    assert people["Rie Bak (F)"].status == "afbud"


_PAGE = """<div>

[Køge Kommune](https://koege.dk/)

-   [Politik](/politik)

</div>

<div role="main">

# REFERAT Byrådet d. 16-04-2024

**Mødedato** Tirsdag d. 16. april 2024 kl. 18:00

**Mødested** Byrådssalen, Køge Rådhus

**Mødedeltagere** Anne Vang (A) (borgmester), Poul Rask (A) (Afbud), Mette Due (A) \
(stedfortræder for Poul Rask (A)), Lars Bech (V)

## Punkt 1: Godkendelse af dagsorden

00.22.00-A00-1-24

### Beslutning

Godkendt

## Punkt 2: Godkendelse af referat

00.22.00-P19-1-24

### Indstilling

Referatet godkendes i mødesystemet af byrådets medlemmer.

</div>

Køge Kommune, Torvet 1, 4600 Køge. Telefon 5667 6767.

[Tilgængelighedserklæring](/tilgaengelighed)
"""


def test_a_substitutes_bracketed_role_names_whom_she_stood_in_for(read_file: ReadFile) -> None:
    people = _members(read_file("byraadet_2024-04-16.txt", _PAGE)[0])
    assert people["Mette Due (A)"].role == "stedfortræder for Poul Rask (A)"
    assert people["Poul Rask (A)"].status == "afbud"


def test_the_sites_footer_after_the_main_region_is_no_items_text(read_file: ReadFile) -> None:
    meeting, = read_file("byraadet_2024-04-16.txt", _PAGE)
    assert (meeting.committee, meeting.municipality) == ("Byrådet", "Køge")
    assert len(meeting.items) == 2
    assert meeting.items[1].section("Indstilling") == (
        "Referatet godkendes i mødesystemet af byrådets medlemmer.")
