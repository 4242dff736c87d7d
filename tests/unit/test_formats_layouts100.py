"""A hundredth round of layouts (round 100's blind files: bodies with unusual names): a
youth council's plain-text minutes numbered by keycap emojis, labelled by icons and plain
questions and signed with the municipality's web address only; a joint commission's
agenda whose item bands print the item's type above its case number and whose members
grid opens each row with the member's authority; a local council's head in question
captions ("Hvornår" / "Hvor" / "Hvem") with the body named only in a running footer
beside the date it was sent out; and a region's portal page whose members carry
attendance badges and whose footer alone names the region. A second pass: a Word
table of members whose head row names two groups of members, one member a cell, and the
officials named by their posts in a "Desuden deltog …" sentence.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from ingest.formats.running_committee import running_committee
from ingest.formats.stacked_members import stacked_members
from tests.unit.conftest import ReadFile

# --- a youth council's keycap-numbered minutes ----------------------------------------------

_YOUTH = """🗒️ REFERAT – Ungdomsrådet 🎉

📅 Tirsdag d. 9. juni 2026 kl. 16.00–18.00
📍 Mødelokale 2 på biblioteket

✅ Til stede:
• Laura Bech Nygaard (formand) – 8.b, Østerskolen
• Oskar Friis Hald (næstformand) – 9.a, Vestskolen
• Clara Munk Steen – 1.g, Gymnasiet

❌ Afbud:
• Malthe Kirk Lund – 7.c, Østerskolen

─────────────

1️⃣ Godkendelse af dagsorden
Sagsnr.: 26/100

✔️ Det besluttede vi:
Dagsordenen blev godkendt.

─────────────

2️⃣ Sommerfest i byparken
Sagsnr.: 26/200

💡 Hvad handler det om?
Vi kan få 8.000 kr. til en sommerfest.

✔️ Det besluttede vi:
Vi holder festen den 20. august.

─────────────

Hilsen Jonas Vig, ungekonsulent
🌐 www.vejen.dk/ungdomsraad
"""


def test_keycap_numbered_minutes_read_their_items_body_people_and_municipality(
        read_file: ReadFile) -> None:
    [meeting] = read_file("ungdomsraad.txt", _YOUTH)
    assert meeting.committee == "Ungdomsrådet"
    assert meeting.municipality == "Vejen" and not meeting.municipality_guessed
    assert str(meeting.date) == "2026-06-09" and meeting.start_time == "16:00"
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Sommerfest i byparken")]
    assert meeting.items[1].decision.startswith("Vi holder festen den 20. august.")
    assert meeting.items[1].journal_number == "26/200"
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {"Laura Bech Nygaard": ("deltog", "formand"),
                      "Oskar Friis Hald": ("deltog", "næstformand"),
                      "Clara Munk Steen": ("deltog", ""),
                      "Malthe Kirk Lund": ("afbud", "")}


def test_a_web_domain_names_a_municipality_only_when_it_is_one() -> None:
    from ingest.formats.site_domain import domain_municipality

    assert domain_municipality("mail: ab@aabenraa.dk") == "Aabenraa"
    assert domain_municipality("www.sportsklubben.dk · info@firma.dk") is None


# --- a joint commission's agenda in item bands, its members grid by authority -------------

_AGENDA = """Udvalg:
Fælles Redningsnævn
Dokument:
Dagsorden
Mødedato:
12.05.2026
Mødetid:
13.00 – 15.00
Mødested:
Redningsstationen, Havnevej 2
Kommune / myndighed
Navn
Funktion
Bemærkning
Sønderby Kommune
Per Holm Vang, borgmester
Formand
Nørreby Kommune
Lis Dal
Næstformand
Nørreby Kommune
Aske Lind
Medlem
Afbud
Punkt 1
Godkendelse af dagsorden
Beslutning
Sagsnr.: 15.00.00-A00-1-26
Indstilling
Sekretariatet indstiller, at dagsordenen godkendes.
Punkt 2
Ansættelsessag
LUKKET ·
Beslutning
Sagsnr.: 15.00.00-A00-2-26
Lukket punkt
Sagen behandles for lukkede døre.
"""


def test_an_agendas_item_type_band_is_no_decision_and_the_grid_gives_its_members(
        read_file: ReadFile) -> None:
    [meeting] = read_file("naevn.txt", _AGENDA)
    assert meeting.doc_type == "dagsorden"
    assert all(not i.decision for i in meeting.items)
    assert meeting.items[1].title == "Ansættelsessag" and meeting.items[1].closed
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {"Per Holm Vang": ("indkaldt", "formand"),
                      "Lis Dal": ("indkaldt", "næstformand"),
                      "Aske Lind": ("afbud", "medlem")}
    # (a grid whose appointing body stands after the name reads as before)
    lines = ["Navn", "Udpeget af", "Funktion", "Ida Holm", "Lunde Kommune", "Formand",
             "Bo Dam", "Vestby Kommune", "Medlem", "Sag"]
    assert stacked_members(lines)[0] == "Deltagere: Ida Holm, formand; Bo Dam, medlem"


# --- a local council's head in question captions, its body in a running footer -----------

_VILLAGE = """Referat
HVORNÅR
HVOR
HVEM
Mandag 07.09.2026
kl. 19.30 – 21.00
Skovby Forsamlingshus
Kirkevej 3
8888 Skovby
Mette Lau, Skovby (formand)
Niels Krog, Ådal
Afbud: Tove Riis, Bakkely
Pkt. 1   Godkendelse af dagsorden
Beslutning
Godkendt.
Lokalrådet  |  Referat  |  Udsendt 10.09.2026
Side 1 af 2
\f
Pkt. 2   Eventuelt
Beslutning
Intet.
Lokalrådet  |  Referat  |  Udsendt 10.09.2026
Side 2 af 2
"""


def test_question_captions_give_the_place_and_people_and_the_footer_the_body(
        read_file: ReadFile) -> None:
    [meeting] = read_file("lokalraad.txt", _VILLAGE)
    assert meeting.committee == "Lokalrådet"
    assert meeting.place == "Skovby Forsamlingshus, Kirkevej 3, 8888 Skovby"
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {"Mette Lau": ("deltog", "formand"), "Niels Krog": ("deltog", ""),
                      "Tove Riis": ("afbud", "")}
    # (a footer's other date without a sending label names no body)
    line = "Lokalrådet | Referat | 10.09.2026"
    assert running_committee(f"{line}\n{line}", None) is None
    assert running_committee(f"{line}\n{line}", date(2026, 9, 7)) is None


# --- a region's portal page: badges and a footer naming the region -------------------------

_REGION_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Møde | Sundhedsudvalget</title></head><body>
<div class="band">Sundhedsudvalget</div>
<main><h1>Beslutningsprotokol</h1>
<p><time>Onsdag 6. maj 2026, kl. 10.00–12.00</time><br>Regionshuset, Alléen 15, 4180 Sorø</p>
<section><h2>Mødedeltagere</h2><ul>
<li><span class="navn">Karen Vind</span> <span class="parti">(B)</span>
 <span class="rolle">formand</span> <span class="badge">Deltog</span></li>
<li><span class="navn">Jonas Eg</span> <span class="parti">(V)</span>
 <span class="badge">Deltog</span></li>
<li><span class="navn">Sif Borg</span> <span class="parti">(F)</span>
 <span class="badge">Afbud</span></li>
</ul></section>
<ol><li><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p></li>
<li><h2>2. Status på ventelister</h2><h3>Beslutning</h3><p>Taget til efterretning.</p></li></ol>
</main>
<footer><p>Region Sjælland · Alléen 15 · 4180 Sorø · Tlf. 70 15 50 00</p></footer>
</body></html>"""


def test_a_regions_page_is_the_regions_and_its_badged_members_are_read(
        read_file: ReadFile) -> None:
    [meeting] = read_file("moede.html", _REGION_PAGE)
    assert meeting.municipality == "Region Sjælland" and not meeting.municipality_guessed
    people = {p.name.split(" (")[0]: (p.status, p.role) for p in meeting.participants}
    assert people == {"Karen Vind": ("deltog", "formand"), "Jonas Eg": ("deltog", ""),
                      "Sif Borg": ("afbud", "")}


# --- second pass: a Word members table of two groups, and staff named in a sentence --------

def _grouped_minutes() -> bytes:
    from tests.unit.office_files import docx, para, table
    return docx([
        para("Referat", "Title"),
        para("Referat af møde i Udvalget for Grøn Omstilling onsdag den 10. juni 2026 kl. "
             "17.00–19.30 i Byrådssalen, Rådhuset, Torvet 1, 6100 Haderslev."),
        para("Deltagere", bold=True),
        table([["Byrådsmedlemmer", "Borgerrepræsentanter"],
               ["Jonas Krogh (A), formand", "Lærke Bundgaard, næstformand"],
               ["Ulla Brink (V)", "Emil Sejr"],
               ["Tage Moos (Ø) – meldt afbud", "Rikke Nørby"],
               ["Sara Lind (C)", ""]]),
        para("Fra administrationen deltog Lone Tarp (referent)."),
        para("1. Godkendelse af dagsorden", "Heading2"),
        para("Konklusion", bold=True),
        para("Dagsordenen blev godkendt."),
        para("2. Status på klimaplanen", "Heading2"),
        para("Konklusion", bold=True),
        para("Udvalget tog orienteringen til efterretning."),
    ], styles={"Title": "Title", "Heading2": "heading 2"})


def test_a_word_table_of_two_member_groups_is_read_column_by_column(read_file: ReadFile) -> None:
    [meeting] = read_file("referat.docx", _grouped_minutes())
    people = {p.name.split(" (")[0]: (p.status, p.role) for p in meeting.participants}
    assert people == {
        "Jonas Krogh": ("deltog", "formand"), "Ulla Brink": ("deltog", ""),
        "Tage Moos": ("afbud", ""), "Sara Lind": ("deltog", ""),
        "Lærke Bundgaard": ("deltog", "næstformand"), "Emil Sejr": ("deltog", ""),
        "Rikke Nørby": ("deltog", "")}
    assert "Ulla Brink (V)" in {p.name for p in meeting.participants}  # (her own party)


def test_a_group_head_row_needs_every_cell_below_to_name_a_member() -> None:
    from ingest.formats.member_columns import member_columns
    rows = [[["Politiske medlemmer"], ["Borgermedlemmer"]],
            [["Eva Holt (A)"], ["Bo Skov – meldt afbud"]]]
    assert member_columns(rows) == ["Politiske medlemmer:", "Eva Holt (A)", "Borgermedlemmer:",
                                    "Bo Skov – meldt afbud"]
    rows[1][1] = ["Budget for 2027 blev drøftet."]
    assert member_columns(rows) is None


_STAFF_SENTENCE = """Referat

Sundhedsudvalget
Mødedato: 2. juni 2026 kl. 15.00
Mødested: Rådhuset, mødelokale 3

Deltagere: Inge Bak (B), formand; Carl Skou (V); Dina Frost (C)
Afbud: Erik Holm (O)
{also}

Punkt 1. Godkendelse af dagsorden
Beslutning
Godkendt.

Punkt 2. Sundhedspolitik
Beslutning
Anbefales.
"""


def test_officials_named_in_a_desuden_deltog_sentence_are_no_participants(
        read_file: ReadFile) -> None:
    also = ("Desuden deltog sundhedsdirektør Knud Vang og afdelingschef Pia Dyhr "
            "(referent).")
    [meeting] = read_file("referat.txt", _STAFF_SENTENCE.format(also=also))
    assert {p.name.split(" (")[0] for p in meeting.participants} == {
        "Inge Bak", "Carl Skou", "Dina Frost", "Erik Holm"}
    # (a member named so is still one who came in another's place)
    [meeting] = read_file("referat.txt",
                          _STAFF_SENTENCE.format(also="Desuden deltog Ole Rask (V)."))
    assert ("Ole Rask (V)", "stedfortræder") in {(p.name, p.role) for p in meeting.participants}
