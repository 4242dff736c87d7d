"""Round 242's layouts (round 242's blind files): minutes small bodies keep in office
collaboration tools rather than a meeting system. A Notion page exported as markdown (a
properties block, the members' table inside a `<details>` toggle, an icon before a
heading's title, an italic note on who left); a SharePoint modern page saved from the
browser (a People web part, the meeting's facts in a narrow column after the items, the
site's name as the only place the body is named, a collapsed section); a Google Docs
download whose members' table ticks each member ("✔ Til stede"); a Microsoft Loop page
printed to PDF (a meeting card, a checklist agenda, the notes, and every decision in one
list keyed "Pkt. N:"); and earlier treatments told as sentences ("… på mødet den …", two
bodies in one sentence, "… drøftede første udkast på mødet den … (pkt. 4)"). Every text
is written by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .conftest import ReadFile
from .office_files import docx, para, table


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- a Notion page exported as markdown ------------------------------------------------------

_NOTION = """# Ældrerådsmøde #7 · 3. marts 2025

Mødedato: March 3, 2025 2:00 PM (GMT+1) → 4:00 PM
Sted: Aktivitetscentret Lindely, Skolegade 4, 4700 Næstved
Deltagere: Grete Bach, Poul Krogh, Inger Mose, Leif Dam
Afbud: Hanne Sand
Created: February 20, 2025 9:12 AM

<aside>
📌 Ældrerådet i Næstved Kommune rådgiver byrådet. Referatet offentliggøres på hjemmesiden.

</aside>

## Medlemmer

<details>
<summary>Vis medlemsliste</summary>

| Navn | Rolle | Repræsenterer | Fremmøde |
| --- | --- | --- | --- |
| Grete Bach | Formand | Valgt i Næstved by | Til stede |
| Poul Krogh | Næstformand | Valgt i Fensmark | Til stede, gik kl. 15.10 |
| Inger Mose | Medlem | Valgt i Holme-Olstrup | Til stede |
| Leif Dam | Medlem | Valgt i Glumsø | Til stede |
| Hanne Sand | Medlem | Valgt i Herlufmagle | Afbud |
| *Ledig plads* | Medlem | Valgt i Tybjerg | – |

</details>

## Referat

### 1 · Godkendelse af dagsorden

<aside>
✅ **Beslutning:** Dagsordenen blev godkendt.

</aside>

### 2 · Høring om hjemmeplejens madordning

<details>
<summary>Sagsfremstilling</summary>

Madordningen udbydes på ny fra 2026.

Rådet har fået udbudsmaterialet i høring.

</details>

<aside>
✅ **Beslutning:** Rådet afgiver høringssvar om valgfrihed mellem to retter.

</aside>

*Poul Krogh gik kl. 15.10 efter pkt. 2 og deltog ikke i resten af mødet.*

### 3 · 🔒 Klage over visitation

Punktet er lukket, da klagen nævner en enkelt borger.

<aside>
✅ **Beslutning:** Rådet sender klagen videre til forvaltningen.

</aside>

### 4 · Eventuelt

- Inger Mose orienterede om seniordagen i Glumsø.
"""


def test_notion_toggle_holding_a_members_table_gives_the_members(read_file: ReadFile) -> None:
    """The members' pipe table inside Notion's `<details>` toggle is read as the members'
    table it is: roles and where each member is from, the departure in the attendance
    cell after a comma as the member's remark, and a vacant seat no participant (the toggle
    read as an HTML block ran the table's rows into one line, and the members were only
    the bare names of the properties' "Deltagere:")."""
    (m,) = read_file("aeldreraad.md", _NOTION)
    people = _people(m)
    assert people["Grete Bach (Valgt i Næstved by)"] == ("deltog", "formand")
    assert people["Poul Krogh (Valgt i Fensmark)"] == ("deltog", "gik kl. 15.10")
    assert people["Hanne Sand (Valgt i Herlufmagle)"][0] == "afbud"
    assert not any("Ledig" in name for name in people)
    assert len(people) == 5
    # (a toggle's paragraphs stay apart under its summary's section name)
    assert _item(m, 2).section("Sagsfremstilling").startswith("Madordningen udbydes på ny")


def test_notion_icon_before_a_heading_title_is_no_word_of_it(read_file: ReadFile) -> None:
    """"### 3 · 🔒 Klage over visitation": the icon before the title is no part of it, so
    the item (and the one after it) is read; the lock closes the item."""
    (m,) = read_file("aeldreraad.md", _NOTION)
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    assert _item(m, 3).title == "Klage over visitation" and _item(m, 3).closed
    assert _item(m, 3).decision.startswith("Rådet sender klagen videre")
    assert _item(m, 4).title == "Eventuelt"


def test_notion_page_title_with_a_running_number_names_the_body(read_file: ReadFile) -> None:
    """"# Ældrerådsmøde #7 · 3. marts 2025": the body is the meeting's compound in its
    definite form, not the first section heading ("Medlemmer")."""
    (m,) = read_file("aeldreraad.md", _NOTION)
    assert m.committee == "Ældrerådet"
    assert m.date == date(2025, 3, 3) and m.start_time == "14:00"


def test_italic_note_of_a_member_leaving_marks_the_later_items(read_file: ReadFile) -> None:
    """"*Poul Krogh gik kl. 15.10 efter pkt. 2 og deltog ikke i resten af mødet.*" in
    markdown's italics after item 2: absent from items 3 and 4, present for 1 and 2."""
    (m,) = read_file("aeldreraad.md", _NOTION)
    away = {i.number for i in m.items if any("Poul Krogh" in a for a in i.absentees)}
    assert away == {3, 4}


# --- earlier treatments told as sentences ----------------------------------------------------

def _told(background: str, history: str = "") -> str:
    return f"""Seniorrådet

Dato: Torsdag den 12. juni 2025 kl. 10.00
Sted: Rådhuset, Torvet 1, 8600 Silkeborg

Deltagere: Ruth Hald (formand), Jens Brix

Punkt 1 – Høring om trafikplan

Sagsfremstilling
Plan- og Miljøudvalget besluttede på mødet den 12. maj 2025 at sende trafikplanen i høring hos
rådene.

Beslutning
Rådet afgiver høringssvar.

Punkt 2 – Høring om boligstrategi

Sagsfremstilling
{background}
{history}
Beslutning
Rådet afgiver høringssvar.
"""


_PAIR = ("Baggrund: Økonomiudvalget anbefalede den 3. april 2025, og byrådet vedtog den 24. "
         "april 2025, at\nboligstrategien sendes i offentlig høring.\n")
_SECTION = ("Tidligere behandling\n- Økonomiudvalget fastlagde den 14. januar 2025 rammerne "
            "for strategien.\n- Seniorrådet drøftede første udkast på mødet den 6. marts 2025 "
            "(pkt. 3) og bad om et afsnit om\n  seniorbofællesskaber.\n")


def test_treatment_told_on_the_body_s_meeting_day_is_history(read_file: ReadFile) -> None:
    """"<Body> besluttede på mødet den <day> at …" is that body's earlier treatment, as
    "på sit møde den <day>" was."""
    (m,) = read_file("seniorraad.txt", _told("Strategien er et udkast.\n"))
    assert [(t.committee, t.date) for t in _item(m, 1).history] == [
        ("Plan- og Miljøudvalget", date(2025, 5, 12))]


def test_two_bodies_told_in_one_sentence_are_two_treatments(read_file: ReadFile) -> None:
    """"<Body> anbefalede den <day>, og byrådet vedtog den <day>, at …" (after the
    paragraph's label): both bodies' earlier treatments, each with what was decided."""
    (m,) = read_file("seniorraad.txt", _told(_PAIR))
    history = _item(m, 2).history
    assert [(t.committee, t.date) for t in history] == [
        ("Økonomiudvalget", date(2025, 4, 3)), ("Byrådet", date(2025, 4, 24))]
    assert all(t.text.startswith("at boligstrategien sendes") for t in history)


def test_history_section_of_told_entries_gives_each_entry(read_file: ReadFile) -> None:
    """A "Tidligere behandling" of bullets, each a sentence telling what a body did on a day
    ("fastlagde den …", "drøftede første udkast på mødet den … (pkt. 3)"), gives each as an
    entry, the item number in brackets its own."""
    (m,) = read_file("seniorraad.txt", _told("Strategien er et udkast.\n", _SECTION))
    assert [(t.committee, t.date, t.punkt) for t in _item(m, 2).history] == [
        ("Økonomiudvalget", date(2025, 1, 14), None), ("Seniorrådet", date(2025, 3, 6), 3)]


# --- a Google Docs download: a members' table that ticks each member ------------------------

def _google_doc() -> bytes:
    rows = [["Navn", "Repræsenterer", "Fremmøde"],
            ["Karl Nissen (formand)", "Sognerådet i Agerskov", "✔ Til stede"],
            ["Mona Lauritzen", "Lokalrådet i Nørre Løgum (suppleant for Bent Jessen)",
             "✔ Til stede"],
            ["Bent Jessen", "Lokalrådet i Nørre Løgum", "Afbud"],
            ["Svend Krag", "Byrådet (V)", "✔ Til stede fra kl. 18.40 (fra pkt. 2)"]]
    body = [para("Referat"), para("Landsbyrådet i Aabenraa Kommune"),
            para("Mødedato: 5. nov. 2024"), para("Tidspunkt: 18.00 – 20.00"),
            para("Sted: Forsamlingshuset, Bygaden 2, 6360 Tinglev"),
            para("Deltagere", "Heading1"), table(rows),
            para("Godkendelse af dagsorden", "Heading2", (1, 0)), para("Beslutning"),
            para("Godkendt."),
            para("Landsbypuljen", "Heading2", (1, 0)), para("Beslutning"),
            para("Puljen fordeles som foreslået."),
            para("Eventuelt", "Heading2", (1, 0)), para("Beslutning"), para("Intet.")]
    return docx(body, styles={"Heading1": "heading 1", "Heading2": "heading 2"},
                numbering={1: "decimal"})


def test_ticked_attendance_cells_give_the_members(read_file: ReadFile) -> None:
    """"✔ Til stede" in a members' table's attendance cell is the word after the tick: the
    members are read (none were), a late arrival absent from the items before, and a
    substitute's note keeps its names as written ("suppleant for Bent Jessen")."""
    (m,) = read_file("landsbyraad.docx", _google_doc())
    people = _people(m)
    assert people["Karl Nissen (Sognerådet i Agerskov)"] == ("deltog", "formand")
    assert people["Mona Lauritzen (Lokalrådet i Nørre Løgum)"] == (
        "deltog", "suppleant for Bent Jessen")
    assert people["Bent Jessen (Lokalrådet i Nørre Løgum)"][0] == "afbud"
    assert people["Svend Krag (V)"][0] == "deltog"
    assert [i.number for i in m.items if any("Svend Krag" in a for a in i.absentees)] == [1]


# --- a SharePoint modern page saved from the browser -----------------------------------------

def _card(initials: str, name: str, line: str) -> str:
    return ('<div class="ms-Persona" data-automation-id="PeopleCard"><div class="ms-Persona-coin">'
            f'<div class="ms-Persona-initials" aria-hidden="true"><span>{initials}</span></div>'
            '</div><div class="ms-Persona-details"><div class="ms-Persona-primaryText">'
            f'{name}</div><div class="ms-Persona-secondaryText">{line}</div></div></div>')


def _rte(html: str) -> str:
    return ('<div class="ControlZone" data-automation-id="CanvasControl"><div '
            'data-sp-feature-tag="Rich Text Editor" class="rte-webpart"><div data-sp-rte="">'
            f"{html}</div></div></div>")


_SHAREPOINT = (
    "<!DOCTYPE html><html lang='da-DK'><head><title>Referat – lokaludvalgsmøde 4. marts 2025"
    "</title></head><body><div id='SuiteNavWrapper' role='banner'><span>SharePoint</span></div>"
    "<div class='SPPageChrome'><div data-automation-id='SiteHeader'>"
    "<div class='ms-siteHeader-siteName'><a href='/sites/x' data-navigationcomponent='SiteHeader'>"
    "Bispebjerg Lokaludvalg – Intranet</a></div><nav role='navigation'><ul><li>"
    "<a href='/m'>Møder og referater</a></li></ul></nav></div>"
    "<div data-automation-id='pageHeader'><div data-automation-id='TopicHeader'>MØDER OG "
    "REFERATER</div><div role='heading' aria-level='1'><h1>Referat – lokaludvalgsmøde 4. marts "
    "2025</h1></div><div data-automation-id='AuthorByline'><span>Mads Friis</span>"
    "<span>Udgivet 11. marts 2025</span></div></div>"
    "<div data-automation-id='CanvasZone'><div class='CanvasZoneContainer'>"
    "<div class='CanvasSection CanvasSection-xl8' data-automation-id='CanvasSection'>"
    + _rte("<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
           "<h2>2. Støjskærm ved Tagensvej</h2><p>Sagsnr. 2025-0101</p><h3>Sagsfremstilling</h3>"
           "<p>Forvaltningen har sendt et forslag i høring.</p><h3>Beslutning</h3>"
           "<p>Lokaludvalget afgiver høringssvar.</p>")
    + "</div><div class='CanvasSection CanvasSection-xl4' data-automation-id='CanvasSection'>"
    + _rte("<h3>Mødeinfo</h3><p><strong>Dato:</strong> Tirsdag den 4. marts 2025<br>"
           "<strong>Tid:</strong> Kl. 19.00-21.00<br><strong>Sted:</strong> Bispebjerg "
           "Bibliotek, Rentemestervej 76, 2400 København NV</p>")
    + "<div class='ControlZone' data-automation-id='CanvasControl'><div data-sp-feature-tag="
    "'People'><div class='webPartHeader'><div role='heading' class='webPartTitle'><span>"
    "Deltagere</span></div></div><div class='peopleList'>"
    + _card("OK", "Ole Kirkegaard", "Formand (A)")
    + _card("SB", "Sanne Birk", "Næstformand, Bispebjerg Idrætsråd")
    + _card("LH", "Lasse Holm", "Suppleant (F) for Rikke Vang")
    + _card("TM", "Tina Mølgaard", "Seniorrådet (Bispebjerg)")
    + _card("PN", "Per Nørgaard", "Grundejerforeningen Lygten – gik kl. 20.10")
    + _card("AR", "Asta Ravn", "Ungerepræsentant")
    + "</div></div></div>"
    + _rte("<p><strong>Afbud:</strong> Rikke Vang (F)</p>")
    + "</div></div></div>"
    "<div data-automation-id='CanvasZone'><div class='CanvasZoneContainer'>"
    "<button data-automation-id='CollapsibleSectionHeader'><span>3. Lukket punkt – kun for "
    "medlemmer</span></button><div class='sectionContent' hidden=''>"
    "<div class='CanvasSection CanvasSection-xl12' data-automation-id='CanvasSection'>"
    + _rte("<h2>3. Lukket punkt: Lokalprisen 2025</h2><h3>Beslutning</h3><p>Lokaludvalget "
           "valgte en modtager.</p>")
    + "</div></div></div></div>"
    "<div data-automation-id='CanvasZone'><div class='CanvasZoneContainer'>"
    "<div class='CanvasSection CanvasSection-xl12' data-automation-id='CanvasSection'>"
    + _rte("<h2>4. Eventuelt</h2><h3>Beslutning</h3><p>Intet.</p>")
    + "</div></div></div></div></body></html>")


def test_sharepoint_page_reads_the_head_beside_the_items(read_file: ReadFile) -> None:
    """The body named only by the site ("Bispebjerg Lokaludvalg – Intranet", the title
    "… lokaludvalgsmøde …"), not the page's topic header; the place, not the author's
    byline; the facts in the narrow column after the items read as the head, not as item
    2's decision."""
    (m,) = read_file("referat.html", _SHAREPOINT)
    assert m.committee == "Bispebjerg Lokaludvalg"
    assert m.date == date(2025, 3, 4) and m.start_time == "19:00"
    assert m.place.startswith("Bispebjerg Bibliotek, Rentemestervej 76")
    assert _item(m, 2).decision == "Lokaludvalget afgiver høringssvar."


def test_sharepoint_people_web_part_lists_the_members(read_file: ReadFile) -> None:
    """The People web part headed "Deltagere": each persona card a member with the role,
    party or organisation its line gives (an organisation in brackets of its own kept
    whole), the substitute's "for", a departure note."""
    (m,) = read_file("referat.html", _SHAREPOINT)
    people = _people(m)
    assert people["Ole Kirkegaard (A)"] == ("deltog", "formand")
    assert people["Sanne Birk (Bispebjerg Idrætsråd)"] == ("deltog", "næstformand")
    assert people["Lasse Holm (F)"] == ("deltog", "suppleant for Rikke Vang")
    assert people["Tina Mølgaard (Seniorrådet (Bispebjerg))"][0] == "deltog"
    assert people["Per Nørgaard (Grundejerforeningen Lygten)"] == ("deltog", "gik kl. 20.10")
    assert people["Asta Ravn"] == ("deltog", "ungerepræsentant")
    assert people["Rikke Vang (F)"][0] == "afbud"
    assert not any("Mads Friis" in name for name in people)


def test_sharepoint_collapsed_section_caption_is_no_text(read_file: ReadFile) -> None:
    """A collapsed section's caption ("3. Lukket punkt – kun for medlemmer") over the
    section's own item heading is no text of the item before it; the item in the `hidden`
    section is read and closed."""
    (m,) = read_file("referat.html", _SHAREPOINT)
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    assert "kun for medlemmer" not in (_item(m, 2).decision or "")
    assert _item(m, 3).closed and _item(m, 3).decision == "Lokaludvalget valgte en modtager."


# --- a Microsoft Loop page printed to PDF ----------------------------------------------------

_LOOP = [
    "Bestyrelsesmøde 26. februar",
    "2025",
    "Oprettet ud fra Teams-mødet · Sidst redigeret af Anne Lykke for 5 minutter siden",
    "Bestyrelsesmøde – Odder Spildevand A/S",
    "onsdag 26. februar 2025 · 15:00 – 17:00",
    "Mødelokalet, Rådhusgade 3, 8300 Odder · Microsoft Teams-møde",
    "Arrangør: Anne Lykke",
    "KB",
    "LD",
    "7 inviterede",
    "Fremmøde",
    "Til stede: Karsten Bundgaard (formand, V), Lene Dyhr (A), Ib Rask (medarbejdervalgt)",
    "Afbud: Mia Juhl (C)",
    "Dagsorden",
    "☑ 1. Godkendelse af dagsorden",
    "☑ 2. Slamstrategi 2025-2030 for renseanlæggene",
    "☐ 3. Ejerstrategi – drøftelse",
    "☑ 4. Eventuelt",
    "Noter",
    "1. Godkendelse af dagsorden",
    " • Ingen bemærkninger.",
    "2. Slamstrategi 2025-2030 for",
    "renseanlæggene",
    " • Driftslederen gennemgik strategien.",
    "• Lene Dyhr (A) forlod mødet kl. 16.20 efter dette punkt og deltog ikke i behandlingen",
    "af pkt. 3-4.",
    "3. Ejerstrategi – drøftelse",
    " • Punktet blev ikke nået.",
    "4. Eventuelt",
    " • Intet.",
    "Beslutninger",
    " • Pkt. 1: Dagsordenen blev godkendt.",
    "• Pkt. 2: Slamstrategien blev godkendt med den ændring, at udbuddet",
    "fremrykkes til 2026.",
    "• Pkt. 3: Udsat til næste møde.",
    "• Pkt. 4: Intet.",
    "Opfølgningsopgaver",
    "Opgave",
    "☐",
    "Send slamstrategien til ejerkommunen",
    "@Anne Lykke",
    "3. mar.",
]


_BOXES_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # (with "☑" and "☐")


def _loop_pdf() -> bytes:
    """The page's lines printed one a row, in a font that has the checklist's boxes."""
    if not _BOXES_FONT.exists():
        pytest.skip("no font with the checklist's boxes")
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("D", "", str(_BOXES_FONT))
    pdf.set_font("D", "", 9)
    pdf.add_page()
    for k, line in enumerate(_LOOP):
        if k and k % 44 == 0:
            pdf.add_page()
        pdf.text(20, 15 + 6 * (k % 44), line)
    return bytes(pdf.output())


def test_loop_print_decisions_list_goes_to_each_item(read_file: ReadFile) -> None:
    """Each "Pkt. N:" entry of the decisions list after the notes is that item's decision
    (a wrapped entry whole), not all of them the last item's; the checklist agenda is no
    items of its own and every item of the notes is read, its wrapped title whole; the
    follow-up tasks after the list are no item's text."""
    (m,) = read_file("loop.pdf", _loop_pdf())
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    assert _item(m, 2).title == "Slamstrategi 2025-2030 for renseanlæggene"
    assert [i.decision for i in m.items] == [
        "Dagsordenen blev godkendt.",
        "Slamstrategien blev godkendt med den ændring, at udbuddet fremrykkes til 2026.",
        "Udsat til næste møde.", "Intet."]
    assert not any("Opfølgningsopgaver" in s.text for i in m.items for s in i.sections)


def test_loop_print_card_is_the_meeting_s_head(read_file: ReadFile) -> None:
    """The meeting card: the board of the company its title names, the day and hour of its
    date line (not the page's title), the place without the online meeting beside it (not
    the time range), the municipality the company is named by; the invitees' initials are
    no one; a member leaving, noted as a bullet of the item's notes, is absent from the
    items the note names."""
    (m,) = read_file("loop.pdf", _loop_pdf())
    assert m.committee == "Bestyrelsen for Odder Spildevand A/S"
    assert m.municipality == "Odder"
    assert m.date == date(2025, 2, 26) and m.start_time == "15:00"
    assert m.place == "Mødelokalet, Rådhusgade 3, 8300 Odder"
    assert set(_people(m)) == {"Karsten Bundgaard (V)", "Lene Dyhr (A)", "Ib Rask", "Mia Juhl (C)"}
    assert [i.number for i in m.items if any("Lene Dyhr" in a for a in i.absentees)] == [3, 4]
