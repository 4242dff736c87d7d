"""Round 229's layouts (round 229's blind files): the line between an agenda and minutes.
Minutes published under the agenda's name, a Word agenda whose decision slots are empty
("Beslutning i udvalget:" over an empty cell) or hold a placeholder, a web page of
provisional minutes whose every decision heading carries a "Foreløbig" badge, a plain-text
protocol whose item titles are underlined, and an agenda whose "Beslutning" only says that
the meeting will treat the item. Also the empty case field ("Sagsnr.: –") of an item
without a case, a running header drawn at the top of some pages and above the footer of
others, and earlier treatments told in the case text by the councils heard. Every text is
written by the tests (other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile

# --- a web page of provisional minutes: a "Foreløbig" badge in each decision heading ----

_PAGE = """<html><head><title>Foreløbigt referat – Børne- og Ungeudvalget | Solrød Kommune</title>
</head><body><main><article>
<p class="committee">Børne- og Ungeudvalget</p>
<h1>Foreløbigt referat</h1>
<p class="note"><strong>Udkast til referat – ikke godkendt.</strong> Referatet godkendes på
næste møde.</p>
<dl><dt>Dato</dt><dd>Onsdag den 4. juni 2025</dd><dt>Tidspunkt</dt><dd>17:00 - 19:00</dd>
<dt>Sted</dt><dd>Byrådssalen, Solrød Rådhus</dd></dl>
<section class="agenda-item"><h2><span>1.</span> Skoleudbygning i Havdrup</h2>
<p class="meta">Sagsnr.: 25/4411 | Status: Åben</p>
<div class="field"><h3>Sagsfremstilling</h3><p>Skolen mangler fire klasselokaler.</p></div>
<div class="field"><h3>Indstilling</h3>
<p>Direktøren indstiller, at udbygningen igangsættes.</p></div>
<div class="field"><h3>Beslutning <span class="badge badge--draft">Foreløbig</span></h3>
<p>Anbefales over for Byrådet.</p>
<p>For stemte 5: A, V og F.<br>Imod stemte 2: O og D.</p></div>
</section>
<section class="agenda-item"><h2><span>2.</span> Legepladser 2025</h2>
<p class="meta">Sagsnr.: 25/5120 | Status: Åben</p>
<div class="field"><h3>Indstilling</h3><p>Direktøren indstiller, at puljen fordeles.</p></div>
<div class="field"><h3>Beslutning <span class="badge badge--draft">Foreløbig</span></h3>
<p>Godkendt.</p></div>
</section>
</article></main>
<p class="page-dates">Offentliggjort: 5. juni 2025 &middot; Senest opdateret: 5. juni 2025</p>
</body></html>"""


def test_a_decision_heading_with_a_draft_badge_opens_the_decision(read_file: ReadFile) -> None:
    """"Beslutning Foreløbig" (the badge a span inside the heading) is the decision's
    heading: its text is the item's decision with its vote, never the Indstilling's tail
    (before: no item had a decision and the page read as an agenda)."""
    (m,) = read_file("forelobigt-referat.html", _PAGE)
    assert m.doc_type == "referat"
    first, second = m.items
    assert first.decision.startswith("Anbefales over for Byrådet.")
    assert "Beslutning Foreløbig" not in first.decision
    assert first.section("Indstilling") == "Direktøren indstiller, at udbygningen igangsættes."
    assert first.votes == {"for": ["A", "V", "F"], "imod": ["O", "D"]}


def test_a_pages_publication_dates_are_no_text_of_the_last_decision(read_file: ReadFile) -> None:
    """"Offentliggjort: <day> · Senest opdateret: <day>" under the last item is the page's
    own stamp, not part of what the committee decided."""
    page = _PAGE.replace('<span class="badge badge--draft">Foreløbig</span>', "")
    (m,) = read_file("referat.html", page)
    assert m.items[-1].decision == "Godkendt."


def test_a_text_layers_draft_marks_head_the_decision_too(read_file: ReadFile) -> None:
    """The same mark as a PDF's text layer prints it, "Beslutning (foreløbig)" on its line,
    opens the decision; "Udkast til beslutning" is no such heading."""
    text = """Referat

Plan- og Boligudvalget
Mødedato: 12. marts 2025

1. Lokalplan for Tune Nord

Indstilling

Forvaltningen indstiller, at lokalplanen vedtages.

Beslutning (foreløbig)

Vedtaget.
"""
    (m,) = read_file("referat.txt", text)
    assert m.items[0].decision == "Vedtaget."
    assert m.items[0].section("Indstilling") == "Forvaltningen indstiller, at lokalplanen vedtages."


# --- an agenda whose decision field says that the meeting will treat the item ------------

_AGENDA = """GULDBORGSUND KOMMUNE
Dagsorden
Klima- og Miljøudvalget
Mødedato: 7. februar 2024
Mødetidspunkt: 16:00
Medlemmer: Lone Krag (A), formand; Bent Hvid (V); Sara Ebbe (F)

1. Godkendelse af dagsorden
Sagsnr.: -    Åbent punkt
Indstilling
Direktionen indstiller, at dagsordenen godkendes.
Beslutning
Sagen behandles på mødet.

2. Affaldsplan 2024-2030
Sagsnr.: 07.00.00-P15-2-23    Åbent punkt
Indstilling
Direktionen indstiller, at affaldsplanen godkendes.
Beslutning
Sagen behandles på mødet.
"""


def test_an_agendas_note_that_the_meeting_treats_the_item_is_no_decision(
        read_file: ReadFile) -> None:
    """"Sagen behandles på mødet." under "Beslutning" is the agenda's placeholder: no item
    has a decision, the file is an agenda and its members are the ones called (before: the
    note was every item's decision and the agenda read as minutes)."""
    (m,) = read_file("dagsorden.txt", _AGENDA)
    assert m.doc_type == "dagsorden"
    assert [i.decision for i in m.items] == ["", ""]
    assert {p.status for p in m.participants} == {"indkaldt"}
    assert m.items[1].section("Indstilling") == (
        "Direktionen indstiller, at affaldsplanen godkendes.")


def test_a_dash_in_the_case_field_is_the_items_facts_row(read_file: ReadFile) -> None:
    """"Sagsnr.: -    Åbent punkt" (an item without a case) is the item's facts row, no
    text of it; "Sagsnr.: – | Sagsbehandler: … | Lukket punkt" closes the item (before:
    the row was the item's "Beskrivelse")."""
    (m,) = read_file("dagsorden.txt", _AGENDA)
    first = m.items[0]
    assert first.journal_number is None and not first.closed
    assert [s.name for s in first.sections] == ["Indstilling"]
    text = _AGENDA.replace("Sagsnr.: -    Åbent punkt",
                           "Sagsnr.: – | Sagsbehandler: Kim Toft | Lukket punkt")
    (m,) = read_file("dagsorden2.txt", text)
    assert m.items[0].closed
    assert [s.name for s in m.items[0].sections] == ["Indstilling"]


# --- a Word agenda's decision table: "Beslutning i udvalget:" over an empty cell ---------

def test_the_decision_field_naming_the_committee_by_its_kind(read_file: ReadFile) -> None:
    """"Beslutning i udvalget:" is this meeting's decision label: in minutes its text is
    the decision, in an agenda the empty field ends the Bilag (before: the label was a
    line of the Bilag and the minutes' decision ran on in it)."""
    minutes = """Referat

Fritidsudvalget
Mødedato: 18. september 2024

1. Haltider 2025

Indstilling

Forvaltningen indstiller, at haltiderne fordeles som foreslået.

Bilag

- Fordeling af haltider

Beslutning i udvalget:

Godkendt med den ændring, at svømmeklubben får en time mere.
"""
    (m,) = read_file("referat.txt", minutes)
    assert m.items[0].decision == "Godkendt med den ændring, at svømmeklubben får en time mere."
    assert m.items[0].section("Bilag") == "- Fordeling af haltider"
    agenda = minutes.replace("Referat\n", "Dagsorden\n").split("Godkendt med")[0]
    (m,) = read_file("dagsorden.txt", agenda)
    assert m.doc_type == "dagsorden" and m.items[0].decision == ""
    assert m.items[0].section("Bilag") == "- Fordeling af haltider"


# --- a plain-text protocol: titles underlined with "=" ----------------------------------

def test_an_open_mark_under_an_underlined_title_is_no_text(read_file: ReadFile) -> None:
    """"Åbent punkt" on the line under a title's "=====" underline is the item's mark, as
    it is under a title without one (before: it was the item's "Beskrivelse")."""
    text = """SVENDBORG KOMMUNE
BESLUTNINGSPROTOKOL
Erhvervsudvalget
Mødedato: 3. november 2025

17. Godkendelse af dagsorden
============================
Åbent punkt
Indstilling:
Direktøren indstiller, at dagsordenen godkendes.
Beslutning i Erhvervsudvalget den 03-11-2025:
Godkendt.
"""
    (m,) = read_file("protokol.txt", text)
    item = m.items[0]
    assert item.number == 17 and not item.closed
    assert [s.name for s in item.sections] == ["Indstilling", "Beslutning"]
    assert item.decision == "Godkendt."


# --- earlier treatments told by the councils heard --------------------------------------

def test_a_councils_treatment_told_in_the_case_text_is_history(read_file: ReadFile) -> None:
    """"<Råd> behandlede <noun> på sit møde den <day> og anbefaler …" and "<Råd> har på sit
    møde den <day> afgivet høringssvar" tell the case's earlier treatments (before: neither
    was in the item's history)."""
    text = """Dagsorden

Sundhedsudvalget
Mødedato: 9. december 2024

1. Demensstrategi 2025-2028

Sagsfremstilling

Integrationsrådet behandlede strategien på sit møde den 20. november 2024 og anbefaler den.

Seniorrådet har på sit møde den 14. oktober 2024 afgivet høringssvar uden bemærkninger.

Indstilling

Direktøren indstiller, at strategien godkendes.
"""
    (m,) = read_file("dagsorden.txt", text)
    told = {(t.committee, t.date.isoformat()) for t in m.items[0].history}
    assert told == {("Integrationsrådet", "2024-11-20"), ("Seniorrådet", "2024-10-14")}
    assert m.items[0].decision == ""


# --- a running header drawn first on some pages and last on others ---------------------

_HEAD = ["Klima- og Naturudvalget", "Dagsorden", "05-06-2024"]


def _page(n: int, body: list[str], head_last: bool) -> str:
    """A page of a PDF's text layer: the running header before the page's text, or after
    it (drawn last), then the footer."""
    foot = ["Egedal Kommune", "Udskrevet: 10-06-2024 08:00", f"Side {n} af 5"]
    return "\n".join((body + _HEAD if head_last else _HEAD + body) + foot)


def test_a_running_header_drawn_at_either_end_of_the_page_is_furniture(
        read_file: ReadFile) -> None:
    """The committee's running header that the PDF draws before the page's text on some
    pages and after it (above the footer) on the others is page furniture on both: no
    line of the item it ends (before: "Klima- og Naturudvalget" ended two items' texts)."""
    front = "\n".join(["EGEDAL KOMMUNE", "Dagsorden", "Klima- og Naturudvalget",
                       "Mødedato: Onsdag den 5. juni 2024", "Mødetidspunkt: 17:00",
                       "Medlemmer: Ulla Bæk (A), formand; Finn Lau (V); Rikke Dal (Ø)",
                       "Fraværende: Finn Lau (V)", "Egedal Kommune",
                       "Udskrevet: 10-06-2024 08:00", "Side 1 af 5"])
    pages = [
        front,
        _page(2, ["1. Naturpark Egedal", "Sagsnr.: 24/880", "Beslutning", "Godkendt.",
                  "Indstilling", "Direktøren indstiller, at naturparken godkendes."], False),
        _page(3, ["2. Vandløbsregulativer", "Sagsnr.: 24/912", "Beslutning",
                  "Taget til efterretning.", "Indstilling",
                  "Direktøren indstiller, at orienteringen tages til efterretning."], True),
        _page(4, ["3. Træplantning ved Ølstykke", "Sagsnr.: 24/1001", "Beslutning",
                  "Godkendt.", "Bilag", "- Kort over arealerne"], False),
        _page(5, ["4. Støjhandlingsplan", "Sagsnr.: 24/1207", "Beslutning", "Udsat.",
                  "Bilag", "- Støjkortlægning 2022"], True),
    ]
    (m,) = read_file("dagsorden-referat.txt", "\n\f\n".join(pages) + "\n")
    assert m.doc_type == "referat" and len(m.items) == 4
    assert m.items[1].section("Indstilling") == (
        "Direktøren indstiller, at orienteringen tages til efterretning.")
    assert m.items[3].section("Bilag") == "- Støjkortlægning 2022"
    assert not any("Klima- og Naturudvalget" in s.text for i in m.items for s in i.sections)
