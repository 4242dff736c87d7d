"""Round 210's layouts (round 210's blind files): minutes of bodies beyond the municipal
committees. A region's committee printed with the document's title and date in every
page's footer ("Referat fra mødet i … den …") and its proposal headed "Forslag", the
decision before the case text; a portal page whose decision boxes each open with a date
line ("Folkeoplysningsudvalget, 13-12-2023"), an earlier one among them; a joint
company's Word minutes whose earlier treatment is "Body dd.mm.yyyy, punkt N:" over
"Beslutning: …"; an I/S board's agenda on an owner municipality's letter paper, each
member followed by the appointing municipality in brackets; a local council's markdown
with lettered sub-items as deeper headings under a bare group heading, a closing item
named "Eventuelt og næste møde" and a closed item's notice in italics. Every text is
written by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def _names(item) -> list[str]:
    return [s.name for s in item.sections]


_FOOTER = ("Region Sydfjord\nUdvalget for Trafik\n"
           "Referat fra mødet i Udvalget for Trafik den 3. maj 2023\nSide {n}\n\f")

_REGION = ("Referat\nfra mødet i Udvalget for Trafik\nonsdag den 3. maj 2023 kl. 13.00\n"
           "i Regionshuset, mødelokale 2, Havnevej 1, 6700 Esbjerg\n"
           "Medlemmer af udvalget:\nBo Holm (A), formand\nIda Lyng (V)\nEva Munk (F)\n"
           + _FOOTER.format(n=1)
           + "1. Godkendelse af dagsorden\nResume\nDagsordenen forelægges.\nForslag\n"
           "Direktionen indstiller,\nat dagsordenen godkendes.\nBeslutning\n"
           "Dagsordenen blev godkendt.\n"
           "2. Ny busrute mellem Ribe og Bramming\nSagsnr.: 1-27-6-3-23\nResume\n"
           "Der foreslås en ny rute.\nForslag\n"
           + _FOOTER.format(n=2)
           + "Direktionen indstiller,\nat ruten oprettes.\nBeslutning\n"
           "Indstillingen blev tiltrådt.\nSagsfremstilling\nRuten koster 2,1 mio. kr.\n"
           "Bilag\nNotat om ruten\n"
           + _FOOTER.format(n=3)
           + "Køreplan 2024\n3. Eventuelt\nBeslutning\nIntet.\n"
           + _FOOTER.format(n=4))


def test_a_footer_naming_the_minutes_and_a_forslag_heading(read_file: ReadFile) -> None:
    """The footer "Referat fra mødet i <body> den <date>" on every page is the document's
    title, no dated decision heading: the text after a page break stays in its section
    (before: a "Beslutning" of each page's first lines, the proposal among them);
    "Forslag" heads the staff's proposal, the Indstilling."""
    (m,) = read_file("sydfjord_trafik_2023-05-03_referat.txt", _REGION)
    assert (m.committee, m.date) == ("Udvalget for Trafik", date(2023, 5, 3))
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Ny busrute mellem Ribe og Bramming", "Eventuelt"]
    first, route = m.items[0], m.items[1]
    assert _names(first) == ["Sammendrag", "Indstilling", "Beslutning"]
    assert _section(first, "Indstilling") == "Direktionen indstiller, at dagsordenen godkendes."
    assert _names(route) == ["Sammendrag", "Indstilling", "Beslutning", "Sagsfremstilling",
                             "Bilag"]
    assert _section(route, "Beslutning") == "Indstillingen blev tiltrådt."
    assert _section(route, "Indstilling").startswith("Direktionen indstiller")
    assert "Køreplan 2024" in _section(route, "Bilag")
    assert not any("Referat fra mødet" in s.text for i in m.items for s in i.sections)


_PORTAL = """<html><head><title>Referat - Idrætsudvalget 07-02-2024</title></head><body>
<h1>Idrætsudvalget</h1>
<p>Referat</p>
<p>Dato: 07-02-2024 kl. 17:00</p>
<p>Sted: Mødelokale 3, Rådhuset, Torvet 1, 7500 Holstebro</p>
<table><tr><th>Navn</th><th>Status</th></tr>
<tr><td>Jens Bro (A), formand</td><td>Deltog</td></tr>
<tr><td>Lis Dahl (V)</td><td>Deltog</td></tr></table>
<h2>1. Godkendelse af dagsorden</h2>
<p>Sagsnr.: 24/000101</p>
<h3>Beslutning</h3>
<p class="decision-header">Idrætsudvalget, 07-02-2024</p>
<p>Godkendt.</p>
<h2>2. Tilskud til haller 2024</h2>
<p>Sagsnr.: 23/040404</p>
<h3>Sagsfremstilling</h3>
<p>Taksterne reguleres hvert år.</p>
<h3>Beslutning</h3>
<p class="decision-header">Idrætsudvalget, 10-01-2024</p>
<p>Udsat. Administrationen laver et overblik.</p>
<h3>Beslutning</h3>
<p class="decision-header">Idrætsudvalget, 07-02-2024</p>
<p>Godkendt med en takst på 300 kr.</p>
<h2>3. Eventuelt</h2>
<h3>Beslutning</h3>
<p class="decision-header">Idrætsudvalget, 07-02-2024</p>
<p>Intet.</p>
</body></html>"""


def test_a_decision_box_dated_another_day_is_history(read_file: ReadFile) -> None:
    """Each decision box opens with "Body, dd-mm-yyyy": the box dated an earlier
    meeting is the case's history, the one of this day its decision (before: two
    Beslutning sections, the earlier one first)."""
    (m,) = read_file("holstebro_idraet_07022024_referat.html", _PORTAL)
    assert m.date == date(2024, 2, 7)
    halls = m.items[1]
    assert _names(halls).count("Beslutning") == 1
    assert _section(halls, "Beslutning") == "Godkendt med en takst på 300 kr."
    assert [(h.committee, h.date, h.text) for h in halls.history] == [
        ("Idrætsudvalget", date(2024, 1, 10), "Udsat. Administrationen laver et overblik.")]
    assert [i.decision for i in (m.items[0], m.items[2])] == ["Godkendt.", "Intet."]


def _board_docx() -> bytes:
    return docx([
        para("TØNDER KOMMUNE"), para("Referat"), para("Bestyrelsen for Vadehavets Brand"),
        para("Mødedato: 04.03.2021"), para("Starttidspunkt: 16:00"),
        para("Mødested: Virtuelt møde via Microsoft Teams"),
        para("Deltagere: Ove Sand (V), Tønder Kommune, formand"),
        para("Mia Krog (A), Fanø Kommune"),
        para("Punkt 1 Godkendelse af dagsorden", "Heading1"), para("Sagsnr.: 21/1001"),
        para("Beslutning"), para("Godkendt."),
        para("Punkt 2 Budget 2022", "Heading1"), para("Sagsnr.: 21/2002"),
        para("Tidligere behandling"),
        para("Bestyrelsen for Vadehavets Brand 09.12.2020, punkt 6:"),
        para("Beslutning: Budgettet sendes til ejerkommunerne."),
        para("Sagsfremstilling"), para("Ejerkommunerne har ingen bemærkninger."),
        para("Beslutning"), para("Budgettet blev godkendt."),
    ], styles={"Heading1": "heading 1"})


def test_an_earlier_treatment_over_its_decision_label_is_history(read_file: ReadFile) -> None:
    """"Board dd.mm.yyyy, punkt N:" (no comma before the date) over "Beslutning: …" in
    a "Tidligere behandling" is one earlier decision: the case's history with its text,
    not a second Beslutning of this meeting (before: its text a Beslutning, the history
    entry empty)."""
    (m,) = read_file("vadehavets_brand_04032021_referat.docx", _board_docx())
    budget = m.items[1]
    assert budget.title == "Budget 2022"
    assert _names(budget).count("Beslutning") == 1
    assert budget.decision == "Budgettet blev godkendt."
    assert [(h.committee, h.date, h.punkt, h.text) for h in budget.history] == [
        ("Bestyrelsen for Vadehavets Brand", date(2020, 12, 9), 6,
         "Budgettet sendes til ejerkommunerne.")]


_PARTNERSHIP = ("\n                              Dagsorden\n\n"
                "                   Bestyrelsen for Vestkystens Affald I/S\n\n"
                "Mødedato:          Tirsdag den 6. februar 2018\n"
                "Mødetidspunkt:     Kl. 15:00\n"
                "Mødested:          Genbrugsvej 2, 6950 Ringkøbing\n\n"
                "Medlemmer:         Ulla Brink, formand (Lemvig Kommune)\n"
                "                   Karl Sund, næstformand (Struer Kommune)\n"
                "                   Hans Vig (Lemvig Kommune)\n\n"
                "Afbud:             Hans Vig\n\n"
                "                                                        Side 1 af 3\n"
                "\fLemvig Kommune                      Vestkystens Affald I/S - Dagsorden\n\n"
                "Punkt 5     Godkendelse af dagsorden\n\nSagsnr.: 18/1001\n\n"
                "Indstilling:\nDirektøren indstiller, at dagsordenen godkendes.\n\n"
                "Beslutning:\n\n\n"
                "Punkt 6     Takster 2018\n\nSagsnr.: 18/1002\n\n"
                "Sagsfremstilling:\nTaksterne reguleres.\n\n"
                "                                                        Side 2 af 3\n"
                "\fLemvig Kommune                      Vestkystens Affald I/S - Dagsorden\n\n"
                "Indstilling:\nDirektøren indstiller, at taksterne godkendes.\n\n"
                "Beslutning:\n\n\n"
                "Punkt 7     Eventuelt\n\nBeslutning:\n\n"
                "                                                        Side 3 af 3\n")


def test_a_partnership_on_an_owner_municipalitys_letter_paper(read_file: ReadFile) -> None:
    """An I/S board's pages headed by one owner municipality's name: that municipality
    keeps the secretariat, as a seat names it (before: the board itself). (The owner in
    brackets after each member stays there, as a represented body does.)"""
    (m,) = read_file("vestkystens_affald_dagsorden_06-02-2018.txt", _PARTNERSHIP)
    assert m.municipality == "Lemvig"
    assert m.doc_type == "dagsorden"
    assert [(p.name, p.role, p.status) for p in m.participants] == [
        ("Ulla Brink (Lemvig Kommune)", "formand", "indkaldt"),
        ("Karl Sund (Struer Kommune)", "næstformand", "indkaldt"),
        ("Hans Vig (Lemvig Kommune)", "", "afbud")]
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Takster 2018",
                                          "Eventuelt"]
    assert not any(i.decision for i in m.items)


_LOCAL = """# Bylaugsrådet for Nørre Vium

*Et af lokalrådene i Ringkøbing-Skjern Kommune*

**Dato:** Mandag 3/6-2024 kl. 19.00–21.00
**Sted:** Nørre Vium Forsamlingshus, Kirkevej 2, 6971 Spjald

**Til stede:** Lone Dahl (formand), Per Hvid, Åse Berg, Tim Lund
**Afbud:** Gry Holm

### Dagsorden

1. Godkendelse af dagsorden
2. Kommunen
   - a. Trafikplan
   - b. Ny sti
3. Lukket punkt: Henvendelse
4. Eventuelt og næste møde

## 1. Godkendelse af dagsorden

**Beslutning:** Godkendt.

## 2. Kommunen

### 2a. Trafikplan for landsbyen

Kommunen har sendt planen i høring.

**Beslutning:** Bylaugsrådet sender et høringssvar.

### 2b. Ny sti til skolen

Stien er lovet i 2025.

**Aftalt:** Per skriver til kommunen.

## 3. Lukket punkt: Henvendelse

*Punktet blev behandlet for lukkede døre og refereres ikke.*

## 4. Eventuelt og næste møde

- Åse minder om sommerfesten.

**Næste møde:** Mandag 5/8-2024 kl. 19.00.
"""


def test_lettered_headings_under_a_bare_group_and_a_joined_closing_item(
        read_file: ReadFile) -> None:
    """"### 2a." / "### 2b." one level under a bare "## 2. Kommunen", each with its own
    decision, are items of their own, the bare heading none (before: one item "Kommunen"
    holding both); "Eventuelt og næste møde" is the closing item (before: lost); the
    closed item's italic notice is no decision."""
    (m,) = read_file("noerre-vium-bylaug_referat_2024-06-03.md", _LOCAL)
    assert m.date == date(2024, 6, 3)
    assert [(i.label or str(i.number), i.title) for i in m.items] == [
        ("1", "Godkendelse af dagsorden"), ("2a", "Trafikplan for landsbyen"),
        ("2b", "Ny sti til skolen"), ("3", "Henvendelse"), ("4", "Eventuelt og næste møde")]
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5]
    assert [i.decision for i in m.items[:3]] == [
        "Godkendt.", "Bylaugsrådet sender et høringssvar.", "Per skriver til kommunen."]
    closed = m.items[3]
    assert closed.closed and not closed.decision
