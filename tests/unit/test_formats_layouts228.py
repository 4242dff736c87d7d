"""Round 228's layouts (round 228's blind files): informal minutes of councils and boards
that are no standing committees, written by a volunteer secretary who is a member. Items
"Ad N)", "Ad pkt. N:" or "N)"; the decision as "Aftalt:" / "Konklusion:", as a sentence of
the text ("Rådet besluttede at …", "Vi besluttede at …") or an action table; the vote and
the case's earlier treatment told in the prose; who left or came in a note at an item's
top; a school board's agenda as one "Pkt. | Emne | Referat" table printed to PDF, its
head row and running header on every page and the planning notes ("Tid:", "Ansvarlig:",
"Bilag:") in the title's cell; a notes app's export with its page properties, a callout
and a to-do list of who came; and a blog post on the council's own site whose item
headings are numbered only by the agenda list above them. Every text is written by the
tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .pdf_files import cells_pdf


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- a blog post: item headings numbered only by the agenda's <ol> --------------------

_POST = """<html><head><title>Referat fra rådsmødet i marts – Handicaprådet i Vejle</title></head>
<body><header><p class="site-title">Handicaprådet i Vejle</p></header>
<article><header><div class="entry-meta"><span class="posted-on">\
<span class="screen-reader-text">Udgivet den</span> <a href="/2024/03/20/referat/">\
<time class="entry-date published" datetime="2024-03-20T10:00:00+01:00">20. marts 2024</time>\
</a></span><span class="byline"> Af <a href="/author/web/">Webredaktør</a></span></div>
<h1 class="entry-title">Referat fra rådsmødet i marts</h1></header>
<div class="entry-content">
<p><strong>Referat af møde i Handicaprådet mandag den 11. marts 2024 kl. 16.00 – 18.00</strong><br>
Sted: Vejle Rådhus, lokale 4</p>
<table><tr><td><strong>Til stede:</strong></td>
<td>Signe Lund (formand), Per Hald, Mona Eriksen</td></tr>
<tr><td><strong>Afbud:</strong></td><td>Karl Bro</td></tr></table>
<p><strong>Dagsorden</strong></p>
<ol><li>Godkendelse af dagsorden</li><li>Tilgængelighed på stationen</li>
<li>Henvendelse fra borger (lukket punkt)</li><li>Eventuelt</li></ol>
<p class="punkt"><strong>Godkendelse af dagsorden</strong></p>
<p>Dagsordenen blev godkendt.</p>
<p class="punkt"><strong>Tilgængelighed på stationen</strong></p>
<p>Per orienterede om de nye ramper. Rådet besluttede at bede om et møde med DSB.</p>
<p class="punkt lukket"><strong>Henvendelse fra borger (lukket punkt)</strong></p>
<p>Punktet er lukket og fremgår ikke af det offentlige referat.</p>
<p class="punkt"><strong>Eventuelt</strong></p>
<p>Mona fortalte om årsmødet i Fredericia.</p>
<p>Konklusion: Taget til efterretning.</p>
</div></article></body></html>"""


def test_a_blog_posts_bold_headings_are_numbered_by_the_agenda_list(read_file: ReadFile) -> None:
    """The body's items are bold paragraphs without a number; the agenda's `<ol>` above
    them lists the same titles in the same order: each heading is the item its place in
    the list numbers, its text its own (before: the list's entries were the items, the
    body's text all under the last one)."""
    (m,) = read_file("referat-marts.html", _POST)
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Tilgængelighed på stationen"),
        (3, "Henvendelse fra borger"), (4, "Eventuelt")]
    assert m.item(1).decision == "Dagsordenen blev godkendt."
    assert m.item(2).decision == "Rådet besluttede at bede om et møde med DSB."
    assert m.item(3).closed and not m.item(3).decision  # (its notice is no record)


def test_a_blog_posts_byline_date_is_not_the_meetings(read_file: ReadFile) -> None:
    """"Udgivet den: 20. marts 2024  Af Webredaktør" (the post's byline, a screen reader's
    label before its date) is when it was published; the meeting's day and hour are in
    the post's first sentence (before: the byline's date was the meeting's, no time)."""
    (m,) = read_file("referat-marts.html", _POST)
    assert (m.date, m.start_time) == (date(2024, 3, 11), "16:00")


# --- labelled decisions, and decisions told in the text --------------------------------

_KONKLUSION = """ÆLDRERÅDET I HOLSTEBRO KOMMUNE
Referat af møde tirsdag den 9. april 2024 kl. 10.00 - 12.00
Sted: Rådhuset, mødelokale 3

Til stede: Ib Thorsen, Grete Vad, Aksel Bro, Hanne Møller, Lis Kamp
Afbud: Ove Hald

Ad pkt. 1: Velkomst

Formanden bød velkommen og præsenterede den nye sekretær.

Ad pkt. 2: Høring over plejeboligplan 2025

Sundhedsudvalget godkendte den 12. marts 2024 at sende planen i høring i rådet.
Rådet drøftede planen grundigt.

Der blev stemt om at afgive høringssvar. For stemte 4 (Ib Thorsen, Grete Vad,
Aksel Bro, Lis Kamp). Imod stemte 1 (Hanne Møller).

Konklusion: Rådet afgiver høringssvar om ventetiden.

Ad pkt. 3: Temadag om ensomhed

Rådet drøftede temadagen på mødet d. 5/2-24, hvor det blev aftalt at spørge
biblioteket. Lis har talt med biblioteket. Rådet besluttede at holde temadagen
den 3. oktober i Kulturhuset.

Ad pkt. 4: Næste møde

Tirsdag den 14. maj 2024 kl. 10.00.

Ad pkt. 5: Eventuelt

Aksel foreslog en tur til Lemvig. Det tages op senere.
"""


def test_an_unlabelled_items_text_is_its_record_only_when_it_says_what_was_done(
        read_file: ReadFile) -> None:
    """Minutes labelling their decisions "Konklusion:": an item without one whose text
    says in a sentence what the council did ("Rådet besluttede at holde …") has its
    decision from there; one whose text says nothing done (a welcome, the next meeting's
    day, a proposal for later) has none (before: every such text was a decision, and the
    told one stayed text)."""
    (m,) = read_file("aeldreraad.txt", _KONKLUSION)
    assert not m.item(1).decision and not m.item(4).decision and not m.item(5).decision
    assert m.item(3).decision == "Rådet besluttede at holde temadagen den 3. oktober i Kulturhuset."
    assert m.item(3).section("Beskrivelse").endswith("Lis har talt med biblioteket.")


def test_a_vote_told_above_the_decision_is_the_items_vote(read_file: ReadFile) -> None:
    """"Der blev stemt om … For stemte 4 (…). Imod stemte 1 (…)." in a paragraph of its
    own right above "Konklusion:" is this item's vote (before: none, as the decision
    itself names no vote)."""
    (m,) = read_file("aeldreraad.txt", _KONKLUSION)
    assert m.item(2).votes == {"for": ["Ib Thorsen", "Grete Vad", "Aksel Bro", "Lis Kamp"],
                               "imod": ["Hanne Møller"]}


def test_a_treatment_told_in_the_text_is_the_cases_history(read_file: ReadFile) -> None:
    """"Sundhedsudvalget godkendte den 12. marts 2024 at sende …" is that committee's
    earlier treatment; "… på mødet d. 5/2-24, hvor det blev aftalt …" the council's own
    earlier meeting (before: no history, as no item number is named)."""
    (m,) = read_file("aeldreraad.txt", _KONKLUSION)
    assert [(t.committee, t.date) for t in m.item(2).history] == [
        ("Sundhedsudvalget", date(2024, 3, 12))]
    assert [(t.committee, t.date) for t in m.item(3).history] == [
        ("Ældrerådet", date(2024, 2, 5))]


_AFTALT = """Referat fra møde i Handicaprådet torsdag d. 7/3-24 kl. 15.00 på Rådhuset

Til stede: Jonna Krag (DH, formand), Ole Sand (F, næstformand),
Rita Holm (DH-suppleant for Bent Mose), Finn Lau (V)
Afbud: Bent Mose (DH)

Ad 1) Budget 2025

Kirsten gennemgik budgettet.

Rådet tog orienteringen til efterretning, men ønsker en tidligere høring.

Aftalt: Jonna skriver til udvalget.

Ad 2) Nyt fra formanden

Finn Lau forlod mødet kl. 16.10 under dette punkt.

Jonna fortalte om landsmødet.

Ad 3) Handicapprisen (lukket punkt)

Lukket punkt, da det vedrører enkeltpersoner. Rådet valgte en modtager blandt tre.

Ad 4) Eventuelt

Ole spurgte til parkeringen.

Aftalt: Sekretariatet undersøger det.
"""


def test_the_paragraph_saying_what_was_done_above_the_label_opens_the_decision(
        read_file: ReadFile) -> None:
    """"Rådet tog orienteringen til efterretning, …" right above "Aftalt: …" is the
    decision's first words; the label adds what happens next (before: the decision was
    the "Aftalt:" line only)."""
    (m,) = read_file("handicapraad.txt", _AFTALT)
    assert m.item(1).decision.startswith("Rådet tog orienteringen til efterretning")
    assert m.item(1).decision.endswith("Jonna skriver til udvalget.")
    assert m.item(1).section("Beskrivelse") == "Kirsten gennemgik budgettet."


def test_a_note_at_an_items_top_that_a_member_left_marks_the_items_after(
        read_file: ReadFile) -> None:
    """"Finn Lau forlod mødet kl. 16.10 under dette punkt." opening an item without a
    decision: he is absent from it and the items after it (before: from none)."""
    (m,) = read_file("handicapraad.txt", _AFTALT)
    assert [i.number for i in m.items if i.absentees] == [2, 3, 4]


def test_the_party_and_role_in_one_bracket(read_file: ReadFile) -> None:
    """"Ole Sand (F, næstformand)": the party stays with the name, the rest is the role;
    "(DH-suppleant for Bent Mose)" makes her the substitute for him (before: the whole
    bracket was part of the name)."""
    (m,) = read_file("handicapraad.txt", _AFTALT)
    people = _people(m)
    assert people["Ole Sand (F)"] == ("deltog", "næstformand")
    assert people["Rita Holm (DH)"] == ("deltog", "suppleant for Bent Mose")


def test_a_closed_items_mark_with_its_reason_is_no_part_of_its_decision(
        read_file: ReadFile) -> None:
    """"Lukket punkt, da det vedrører enkeltpersoner." opening a closed item's only text:
    the decision is what follows it (before: it opened the decision)."""
    (m,) = read_file("handicapraad.txt", _AFTALT)
    assert m.item(3).closed
    assert m.item(3).decision == "Rådet valgte en modtager blandt tre."


def test_an_action_table_under_its_label_is_the_decision(read_file: ReadFile) -> None:
    """"Opfølgning:" over a table "Hvad | Hvem | Hvornår" is what was agreed, the
    decision of an item that labels none else (before: the table was the item's text)."""
    text = _AFTALT.replace("Jonna fortalte om landsmødet.\n", "Jonna fortalte om landsmødet.\n"
                           "\nOpfølgning:\n\nHvad Hvem Hvornår\n\nReferat fra landsmødet Jonna"
                           " 1. april\n")
    (m,) = read_file("handicapraad.txt", text)
    assert m.item(2).decision.startswith("Hvad Hvem Hvornår")
    assert m.item(2).section("Beskrivelse").endswith("Jonna fortalte om landsmødet.")


def test_a_substitute_called_in_vain_is_no_participant(read_file: ReadFile) -> None:
    """"Afbud: Ove Hald. Suppleant Knud Bech var indkaldt, men kunne ikke komme.": the
    substitute did not take part (before: "Knud Bech var" took part as substitute)."""
    text = _KONKLUSION.replace("Afbud: Ove Hald\n", "Afbud: Ove Hald. Suppleant Knud Bech var "
                               "indkaldt, men kunne\nikke komme.\n")
    (m,) = read_file("aeldreraad.txt", text)
    assert _people(m)["Knud Bech"][0] == "afbud"
    assert _people(m)["Ove Hald"][0] == "afbud"


# --- a notes app's export -----------------------------------------------------------------

_NOTES = """# Børnerådsmøde 5/3

Dato: March 5, 2025 4:00 PM (GMT+1) → 6:00 PM
Sted: Ringsted Rådhus, lokale 2
Status: Færdig
Tags: referat

<aside>
💡 Referat for **Ringsted Børneråd** (Ringsted Kommune). Husk at udfylde opgaverne nederst.

</aside>

## Fremmøde

**Til stede** (sæt kryds):

- [x]  Alma Juhl (formand)
- [x]  Viggo Storm
- [ ]  Ella Krogh
- [x]  Milas Berg

**Afbud:** Ella Krogh

**Kom senere:** Milas Berg kom 16.25 (under pkt. 2, før afstemningen)

### 1) Godkendelse af dagsorden

**Konklusion:** Godkendt.

### 2) Godkendelse af referat

Referat: [Børnerådsmøde 5/2](B%C3%B8rnera%CC%8Adsmo%CC%88de%205%202%20a1b2.md)

**Konklusion:** Godkendt.

### 3) Legepladsen ved skolen

Vi så på tegningerne. Vi besluttede at ønske en svævebane.

### 4) Eventuelt

Intet.
"""


def test_a_notes_apps_properties_and_callout_name_no_body(read_file: ReadFile) -> None:
    """"Tags: referat" (a page property) and the callout's prose are no committee; the
    page's title "# Børnerådsmøde 5/3" names the body by its meeting (before: "Tags")."""
    (m,) = read_file("boerneraad.md", _NOTES)
    assert m.committee == "Børnerådet"
    assert (m.date, m.start_time) == (date(2025, 3, 5), "16:00")


def test_a_to_do_list_of_who_came(read_file: ReadFile) -> None:
    """"**Til stede** (sæt kryds):" over a to-do list: ticked is present, unticked absent;
    "Kom senere: X kom 16.25 (under pkt. 2, …)" marks him absent from item 1 (before:
    only the "Afbud:" line's member was read)."""
    (m,) = read_file("boerneraad.md", _NOTES)
    assert _people(m)["Alma Juhl"] == ("deltog", "formand")
    assert _people(m)["Viggo Storm"][0] == "deltog"
    assert _people(m)["Ella Krogh"][0] == "afbud"
    assert m.item(1).absentees == ["Milas Berg"] and not m.item(3).absentees


def test_a_link_to_the_minutes_approved_is_no_record(read_file: ReadFile) -> None:
    """"Referat: [Børnerådsmøde 5/2](…)" names the minutes approved, no record of the item
    (before: the link was its decision); "Vi besluttede at …" in the text is one."""
    (m,) = read_file("boerneraad.md", _NOTES)
    assert m.item(2).decision == "Godkendt."
    assert m.item(3).decision == "Vi besluttede at ønske en svævebane."


# --- a school board's agenda table printed to PDF ------------------------------------------


def _board_pdf() -> bytes:
    head = ["REFERAT", "Skolebestyrelsesmøde", "Dato:", "Onsdag den 4. december 2024",
            "Tid:", "Kl. 17.00 – 19.00", "Sted:", "Lærerværelset, Vestbyskolen",
            "Deltagere:", "Forældrerepræsentanter: Lene Bak (formand), Jon Ravn,",
            "Ulla Friis", "Elevrepræsentant: Sigrid Lund (8.c)", "Afbud:", "Bo Winther",
            "Pkt.", "Emne", "Referat"]
    running = ["Vestbyskolen", "Skolebestyrelsen", "GREVE KOMMUNE", "Skoleafdelingen"]
    page1 = [*head,
             "1.", "Godkendelse af dagsorden", "Tid: 5 min.", "Ansvarlig: LB",
             "Ingen bemærkninger.", "Beslutning/Opfølgning: Dagsordenen blev godkendt.",
             "2.", "Skolens budget 2025", "Tid: 20 min.", "Ansvarlig: Skoleleder",
             "Bilag: Budgetoversigt, sagsnr.", "24/5521",
             "Skolelederen gennemgik budgettet for 2025, som er stramt på vikarkontoen.",
             "Beslutning/Opfølgning: Bestyrelsen godkendte budgettet.",
             *running, "Referat skolebestyrelsesmøde 04.12.2024", "Side 1 af 2"]
    page2 = ["Pkt.", "Emne", "Referat",
             "3.", "LUKKET PUNKT:", "Elevsag", "Tid: 10 min.", "Ansvarlig: LB",
             "Elevrepræsentanten deltog ikke under dette punkt.",
             "Beslutning/Opfølgning: Bestyrelsen tog orienteringen til efterretning.",
             "4.", "Eventuelt", "Tid: 5 min.", "Ansvarlig: Alle", *running,
             "Jon spurgte til cykelparkeringen. Skolelederen undersøger det.",
             "Opfølgning", "Hvad", "Hvem", "Hvornår", "Svar om cykelparkering",
             "Skolelederen", "Næste møde", "Referat skolebestyrelsesmøde 04.12.2024",
             "Side 2 af 2"]
    return cells_pdf([[(20, k, line) for k, line in enumerate(page)] for page in (page1, page2)])


def test_a_school_boards_agenda_table_printed_to_pdf(read_file: ReadFile) -> None:
    """One "Pkt. | Emne | Referat" table a cell a line, "Beslutning/Opfølgning:" in the
    record's cell, the closed mark over the title ("3." / "LUKKET PUNKT:" / "Elevsag"):
    each row an item with its decision, the body the template's title names (before: no
    decision, item 3 inside item 2 and the chair's line the committee)."""
    (m,) = read_file("bestyrelse.pdf", _board_pdf())
    assert m.committee == "Skolebestyrelsen" and m.doc_type == "referat"
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Skolens budget 2025", False),
        (3, "Elevsag", True), (4, "Eventuelt", False)]
    assert m.item(2).decision == "Bestyrelsen godkendte budgettet."
    assert m.item(3).decision == "Bestyrelsen tog orienteringen til efterretning."


def test_the_title_cells_planning_notes_are_no_sections(read_file: ReadFile) -> None:
    """"Tid: 20 min." / "Ansvarlig: Skoleleder" / "Bilag: Budgetoversigt, sagsnr." /
    "24/5521" under the title: the papers are the item's Bilag (its case number the
    item's), the record beside them its text; the running header and the table's head
    repeated on the next page are no text (before: "Ansvarlig" was a section holding the
    record, or the Bilag did)."""
    (m,) = read_file("bestyrelse.pdf", _board_pdf())
    item = m.item(2)
    assert item.journal_number == "24/5521"
    assert item.section("Bilag") == "Budgetoversigt, sagsnr. 24/5521"
    assert "Skolelederen gennemgik budgettet" in item.section("Beskrivelse")
    assert not item.section("Ansvarlig")
    assert m.item(4).section("Beskrivelse").endswith("Skolelederen undersøger det.")
    assert "Vestbyskolen" not in m.item(4).section("Beskrivelse")
    assert "Hvem" not in m.item(4).section("Beskrivelse")  # (the follow-up table: no text)


def test_members_by_whom_they_represent(read_file: ReadFile) -> None:
    """"Forældrerepræsentanter: …" and "Elevrepræsentant: Sigrid Lund (8.c)" under
    "Deltagere:": the members present, each with the post; "Elevrepræsentanten deltog
    ikke under dette punkt." names her (before: only the absent member was read)."""
    (m,) = read_file("bestyrelse.pdf", _board_pdf())
    people = _people(m)
    assert people["Lene Bak"] == ("deltog", "formand, forældrerepræsentant")
    assert people["Ulla Friis"] == ("deltog", "forældrerepræsentant")
    assert people["Sigrid Lund"] == ("deltog", "8.c, elevrepræsentant")
    assert m.item(3).absentees == ["Sigrid Lund"]
