"""Round 224's layouts (round 224's blind files): minutes as municipalities publish them on
their own CMS sites. An accordion page whose apologies name the substitute in a second
sentence and whose votes are on "administrationens indstilling"; a WordPress print
version with a `<dl>` of case facts over each item (an earlier treatment noted there
and headed again above its decision), a table under "Økonomi", a late arrival in the
side box, a pointer to that box in the intro and the approval note under the last item;
a page whose place stands only in its schema.org Event; a saved page with a "Se også"
box after its main column; and a Hugo export whose front matter lists the people as
mappings. Every text is written by the tests (other towns, bodies, names and words than
the blind files)."""

from __future__ import annotations

import json
from datetime import date

from .conftest import ReadFile


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- an accordion page: the apologies' second sentence, a vote on the recommendation ---

def _accordion(afbud: str = "<ul><li>Per Holt (V). Stedfortræder Lise Bang (V) deltog.</li></ul>",
               decision: str = "<p>Godkendt.</p>", closed_note: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="da"><head><title>Teknikudvalget | Struer Kommune</title>
</head><body><main><article>
<h1>Teknikudvalget</h1><p>Referat</p>
<dl><div><dt>Mødedato</dt><dd>02.10.2023</dd></div><div><dt>Tidspunkt</dt><dd>16:00</dd></div>
<div><dt>Mødested</dt><dd>Byrådssalen, Struer Rådhus</dd></div></dl>
<details id="deltagere"><summary>Deltagere</summary><div>
<h2>Medlemmer</h2><ul><li>Anne Vig (A), formand</li><li>Jon Kamp (C), næstformand</li>
<li>Per Holt (V)</li><li>Sif Roed (F)</li></ul>
<h2>Afbud</h2>{afbud}
<h2>Fra administrationen</h2><ul><li>Lone Aas, vejchef</li></ul></div></details>
<details id="punkt-1"><summary><span>1.</span> <span>Godkendelse af dagsorden</span></summary>
<div><p>Sagsnr.: 23/100</p><h3>Beslutning</h3><p>Godkendt.</p></div></details>
<details id="punkt-2"><summary><span>2.</span> <span>Vejnavn i Humlum</span>{closed_note and
    ' <span class="badge">Lukket punkt</span>'}</summary>
<div><p>Sagsnr.: 23/101</p>{closed_note}<h3>Beslutning</h3>{decision}</div></details>
<details id="punkt-3"><summary><span>3.</span> <span>Eventuelt</span></summary>
<div><p>Sagsnr.: 23/102</p><h3>Beslutning</h3><p>Intet.</p></div></details>
</article></main></body></html>"""


def test_substitute_named_after_the_apology_in_a_list_under_its_heading(
        read_file: ReadFile) -> None:
    """"Afbud" over a bullet (or a paragraph) "Per Holt (V). Stedfortræder Lise Bang (V)
    deltog.": Per Holt sent apologies and Lise Bang came in his place (before: the
    sentence after the name was dropped, the substitute with it)."""
    for afbud in ("<ul><li>Per Holt (V). Stedfortræder Lise Bang (V) deltog.</li></ul>",
                  "<p>Per Holt (V). Stedfortræder Lise Bang (V) deltog.</p>"):
        (m,) = read_file("tu.html", _accordion(afbud))
        people = _people(m)
        assert people["Per Holt (V)"][0] == "afbud"
        assert people["Lise Bang (V)"] == ("deltog", "stedfortræder for Per Holt (V)")


def test_vote_for_whose_recommendation(read_file: ReadFile) -> None:
    """"For administrationens indstilling stemte 2: A og F." names the side for, as "For
    indstillingen stemte" does (before: only the side against was read)."""
    decision = ("<p>For administrationens indstilling stemte 2: A og F.</p>"
                "<p>Imod stemte 2: C og V.</p><p>Indstillingen faldt.</p>")
    (m,) = read_file("tu.html", _accordion(decision=decision))
    assert m.item(2).votes == {"for": ["A", "F"], "imod": ["C", "V"]}


def test_closed_notice_that_only_the_decision_is_published(read_file: ReadFile) -> None:
    """A closed item's note "Punktet er behandlet for lukkede døre. Kun beslutningen
    offentliggøres." above its decision is no text of the item (before: it stood as a
    section of its own)."""
    note = "<p>Punktet er behandlet for lukkede døre. Kun beslutningen offentliggøres.</p>"
    (m,) = read_file("tu.html", _accordion(closed_note=note))
    item = m.item(2)
    assert item.closed
    assert [s.name for s in item.sections] == ["Beslutning"]


# --- a WordPress print version: a <dl> of case facts, the people in a side box ---------

_ITEM_FACTS = ("<dl class=\"sag-metadata\"><dt>Sagsnr.</dt><dd>{case}</dd><dt>Åben/lukket</dt>"
               "<dd>Åben</dd><dt>Beslutningskompetence</dt><dd>Byrådet</dd>{earlier}</dl>")


def _print_version() -> str:
    earlier = ("<dt>Tidligere behandlet</dt><dd>Teknik- og Miljøudvalget 14.02.2022, "
               "punkt 12</dd>")
    items = [
        ("31", "Godkendelse af dagsorden", "01.00-1-22", "",
         "<h4>Beslutning</h4><p>Godkendt.</p><p>Fraværende: Eva Juhl (B)</p>"),
        ("32", "Vejplan 2022-2026", "05.01-2-22", earlier,
         "<h4>Sagsfremstilling</h4><p>Planen omfatter fire forslag.</p>"
         "<h4>Økonomi</h4><table><thead><tr><th>Forslag</th><th>2023</th><th>2024</th>"
         "</tr></thead><tbody><tr><td>TM-1 Cykelsti ved Gudum</td><td>-300</td><td>-300</td>"
         "</tr><tr><td>TM-2 Belysning</td><td>-150</td><td>-150</td></tr></tbody></table>"
         "<h4>Indstilling</h4><p>Direktionen indstiller, at planen godkendes.</p>"
         "<h4>Beslutning i Teknik- og Miljøudvalget den 14. februar 2022</h4>"
         "<p>Udvalget bad om en prioritering af forslagene.</p>"
         "<h4>Beslutning</h4><p>Godkendt.</p><p>For stemte 4 (A og V).</p>"
         "<p>Imod stemte 1 (C), idet C ikke kan støtte forslag TM-1.</p>"),
        ("33", "Eventuelt", "01.00-3-22", "", "<h4>Beslutning</h4><p>Intet.</p>"),
    ]
    sections = "".join(
        f"<section id=\"punkt-{n}\"><h3>{n}. {title}</h3>"
        f"{_ITEM_FACTS.format(case=case, earlier=more)}{body}</section>"
        for n, title, case, more, body in items)
    return f"""<!DOCTYPE html><html lang="da-DK"><head>
<title>Referat: Teknik- og Miljøudvalget 7. marts 2022 (udskriftsversion) – Lemvig Kommune</title>
</head><body class="single print-version"><div id="page"><main id="primary"><article>
<header><h1>Referat: Teknik- og Miljøudvalget 7. marts 2022</h1>
<div class="entry-meta">Udgivet <time>9. marts 2022</time> af Sekretariatet</div></header>
<div class="entry-content">
<p>Referat fra ordinært møde i Teknik- og Miljøudvalget mandag den 7. marts 2022 kl. 14.00 i
Mødelokale Nissum, Rådhuset, Rådhusgade 2, 7620 Lemvig. Mødet sluttede kl. 16.10.</p>
<p>Deltagere og afbud fremgår af boksen &#8220;Mødeoplysninger&#8221;.</p>
{sections}
<p class="underskrift-note">Referatet er godkendt ved mødets afslutning.</p>
</div></article></main>
<aside id="secondary" class="widget-area sidebar"><section class="widget moedeoplysninger">
<h2>Mødeoplysninger</h2><div>
<p><strong>Udvalg:</strong> Teknik- og Miljøudvalget<br><strong>Dato:</strong> 07.03.2022<br>
<strong>Tid:</strong> 14.00 – 16.10<br><strong>Sted:</strong> Mødelokale Nissum, Rådhuset</p>
<h3>Til stede</h3><ul><li>Mads Bro (A), formand</li><li>Rikke Lind (V)</li>
<li>Otto Sand (C) – deltog fra kl. 14.20 under behandlingen af punkt 32</li>
<li>Kaj Ruby (A)</li></ul>
<h3>Afbud</h3><ul><li>Eva Juhl (B)</li></ul></div></section></aside></div></body></html>"""


def test_pointer_to_the_side_box_names_nobody(read_file: ReadFile) -> None:
    """"Deltagere og afbud fremgår af boksen …" is a sentence about where the people are
    listed, no list of them (before: it was read as a participant)."""
    (m,) = read_file("tmu.html", _print_version())
    assert sorted(_people(m)) == ["Eva Juhl (B)", "Kaj Ruby (A)", "Mads Bro (A)",
                                  "Otto Sand (C)", "Rikke Lind (V)"]


def test_late_arrival_by_the_clock_during_an_item(read_file: ReadFile) -> None:
    """"– deltog fra kl. 14.20 under behandlingen af punkt 32": the whole note is the role,
    and the member missed the items before 32 (before: the role was "deltog fra" and no
    item's absence followed from it)."""
    (m,) = read_file("tmu.html", _print_version())
    role = _people(m)["Otto Sand (C)"]
    assert role == ("deltog", "deltog fra kl. 14.20 under behandlingen af punkt 32")
    assert "Otto Sand (C)" in m.item(31).absentees
    assert "Otto Sand (C)" not in m.item(33).absentees


def test_table_head_under_a_heading_is_no_heading_beside_label_rows(
        read_file: ReadFile) -> None:
    """Each item's facts as label rows ("Beslutningskompetence: Byrådet", "Tidligere
    behandlet: …") do not make the page a table printed to PDF, so the table's head row
    "Forslag 2023 2024" under "Økonomi" is no "Forslag" heading (before: Økonomi was lost
    and the table read as a second Indstilling)."""
    (m,) = read_file("tmu.html", _print_version())
    item = m.item(32)
    assert [s.name for s in item.sections if s.name != "Beslutningen træffes af"] == [
        "Sagsfremstilling", "Økonomiske konsekvenser og finansiering", "Indstilling",
        "Beslutningshistorik", "Beslutning"]
    assert "TM-2 Belysning" in item.section("Økonomiske konsekvenser og finansiering")


def test_code_number_at_a_sentence_end_is_no_list_number(read_file: ReadFile) -> None:
    """"… idet C ikke kan støtte forslag TM-1." keeps its code whole (before: the "1." was
    taken for a list's number and moved before the sentence)."""
    (m,) = read_file("tmu.html", _print_version())
    assert "Imod stemte 1 (C), idet C ikke kan støtte forslag TM-1." in m.item(32).decision


def test_earlier_treatment_noted_in_the_facts_and_headed_above_its_decision(
        read_file: ReadFile) -> None:
    """"Tidligere behandlet: Teknik- og Miljøudvalget 14.02.2022, punkt 12" and the heading
    "Beslutning i Teknik- og Miljøudvalget den 14. februar 2022" are one treatment, with
    its number and its decision (before: two entries, each lacking one)."""
    (m,) = read_file("tmu.html", _print_version())
    assert [(t.committee, t.date, t.punkt, t.text) for t in m.item(32).history] == [
        ("Teknik- og Miljøudvalget", date(2022, 2, 14), 12,
         "Udvalget bad om en prioritering af forslagene.")]


def test_place_with_the_address_the_intro_gives(read_file: ReadFile) -> None:
    """The side box's "Sted: Mødelokale Nissum, Rådhuset" with the address the intro
    sentence writes after it (before: the place without its address)."""
    (m,) = read_file("tmu.html", _print_version())
    assert m.place == "Mødelokale Nissum, Rådhuset, Rådhusgade 2, 7620 Lemvig"


def test_approval_at_the_meeting_end_is_no_part_of_the_last_decision(
        read_file: ReadFile) -> None:
    """"Referatet er godkendt ved mødets afslutning." under the last item says how the
    minutes were approved (before: it ended item 33's decision)."""
    (m,) = read_file("tmu.html", _print_version())
    assert m.item(33).decision == "Intet."


# --- a page with its place only in its schema.org Event; its publication note ---------

def _event_page(location: object = None) -> str:
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Børneudvalget",
             "startDate": "2020-11-11T17:00:00+01:00",
             "location": location if location is not None else {
                 "@type": "Place", "name": "Lokale 4, Rådhuset",
                 "address": {"@type": "PostalAddress", "streetAddress": "Torvet 3",
                             "postalCode": "8900", "addressLocality": "Randers"}}}
    page = {"@context": "https://schema.org", "@type": "WebPage", "datePublished": "2020-11-16"}
    return f"""<!doctype html><html lang="da"><head><title>Referat – Børneudvalget</title>
<script type="application/ld+json">{json.dumps(event)}</script>
<script type="application/ld+json">{json.dumps(page)}</script></head><body><main>
<h1>Referat – Børneudvalget</h1>
<p>Møde onsdag <time datetime="2020-11-11T17:00">11/11 kl. 17</time></p>
<section><h2>Deltagere</h2><p><strong>Til stede:</strong> Ulla Dyhr (A), formand, Gert Flo (V)
og Naja Krog (F).</p></section>
<ol start="12"><li><h3>Godkendelse af dagsorden</h3><p>Sagsnr. 20/700</p><h4>Beslutning</h4>
<p>Godkendt.</p></li><li><h3>Eventuelt</h3><p>Sagsnr. 20/701</p><h4>Beslutning</h4>
<p>Intet.</p></li></ol>
<p>Referatet er offentliggjort i henhold til styrelsesloven. Lukkede punkter gengives alene med
overskrift og beslutning.</p></main></body></html>"""


def test_place_from_the_pages_schema_org_event(read_file: ReadFile) -> None:
    """The Event's location and address on the meeting's day is the place, its start the
    start (before: the meeting had no place)."""
    (m,) = read_file("bu.html", _event_page())
    assert m.date == date(2020, 11, 11)
    assert m.place == "Lokale 4, Rådhuset, Torvet 3, 8900 Randers"
    assert m.start_time == "17:00"
    assert [i.number for i in m.items] == [12, 13]
    (m,) = read_file("bu.html", _event_page(location="Byrådssalen"))
    assert m.place == "Byrådssalen"


def test_publication_note_by_law_is_no_part_of_the_last_decision(read_file: ReadFile) -> None:
    """"Referatet er offentliggjort i henhold til styrelsesloven. Lukkede punkter gengives
    alene med overskrift og beslutning." under the last item is the page's note (before:
    it ended the last decision)."""
    (m,) = read_file("bu.html", _event_page())
    assert m.item(13).decision == "Intet."


# --- a saved page with a "Se også" box after its main column ---------------------------

def test_related_links_box_after_the_main_column(read_file: ReadFile) -> None:
    """A `<section class="related">` "Se også" after `<main>` is the site's box of links,
    no text of the last item (before: its links ended the last decision)."""
    page = """<!DOCTYPE html><html lang="da"><head><title>Ældreudvalget</title></head><body>
<div class="layout"><main><article><h1>Ældreudvalget</h1><p>Referat</p>
<table><tr><th>Mødedato</th><td>05-09-2022</td></tr><tr><th>Starttidspunkt</th><td>09:00</td></tr>
<tr><th>Mødested</th><td>Mødelokale 1, Rådhuset</td></tr></table>
<h2>Medlemmer</h2><ul><li>Tove Hald (A), formand</li><li>Leo Brink (V)</li></ul>
<div id="punkt-1"><h2>1. Godkendelse af dagsorden</h2><p>Sagsnummer: 22/50</p>
<h3>Beslutning</h3><p>Godkendt.</p></div>
<div id="punkt-2"><h2>2. Eventuelt</h2><p>Sagsnummer: 22/51</p>
<h3>Beslutning</h3><p>Intet.</p></div></article></main></div>
<section class="related"><h2>Se også</h2><ul><li><a href="/plejehjem">Plejehjem</a></li>
<li><a href="/madservice">Madservice</a></li></ul></section>
</body></html>"""
    (m,) = read_file("aeu.html", page)
    assert m.item(2).decision == "Intet."


# --- a Hugo export: the people as mappings in the front matter --------------------------

def test_front_matter_people_as_mappings(read_file: ReadFile) -> None:
    """"deltagere:" with one mapping a person ("- navn: …" / "parti: …" / "rolle: …" /
    "status: afbud" / "bemaerkning: …") is the members' list, with their parties, roles
    and apologies, beside the body's own "Afbud: X. Stedfortræder Y deltog." (before:
    only the two people of that line were read)."""
    text = "\n".join([
        "---", 'title: "Referat – Kulturudvalget 4. marts 2025"',
        "date: 2025-03-06T10:00:00+01:00", "udvalg: Kulturudvalget", "moededato: 2025-03-04",
        'starttid: "17:00"', 'sted: "Mødelokale 2, Rådhuset, Torvet 1, 4700 Næstved"',
        "deltagere:", "  - navn: Karen Lyst", "    parti: A", "    rolle: formand",
        "    status: deltog", "  - navn: Ib Sørig", "    parti: V", "    status: deltog",
        "  - navn: Dorte Mai", "    parti: F", "    status: afbud", "  - navn: Sune Kragh",
        "    parti: F", "    rolle: stedfortræder for Dorte Mai", "    status: deltog",
        "  - navn: Lars Holm", "    parti: O", "    status: deltog",
        "    bemaerkning: forlod mødet kl. 18.30 efter punkt 1", "---", "",
        "**Afbud:** Dorte Mai (F). Stedfortræder Sune Kragh (F) deltog.", "",
        "## Punkt 1 – Godkendelse af dagsorden", "", "**Sagsnr.:** 25/10", "",
        "**Beslutning:** Godkendt.", "", "## Punkt 2 – Eventuelt", "", "**Sagsnr.:** 25/11",
        "", "**Beslutning:** Intet.", "*Fraværende: Lars Holm (O)*", ""])
    (m,) = read_file("ku.md", text)
    assert m.date == date(2025, 3, 4)
    people = _people(m)
    assert people["Karen Lyst (A)"] == ("deltog", "formand")
    assert people["Ib Sørig (V)"] == ("deltog", "")
    assert people["Dorte Mai (F)"][0] == "afbud"
    assert people["Sune Kragh (F)"] == ("deltog", "stedfortræder for Dorte Mai")
    assert people["Lars Holm (O)"][0] == "deltog"
    assert "punkt 1" in people["Lars Holm (O)"][1]
    assert len(people) == 5
