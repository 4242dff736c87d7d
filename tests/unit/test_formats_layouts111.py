"""A hundred-and-eleventh round of layouts (round 111's blind files: city council minutes):
a FirstAgenda Prescriba-like PDF (a cover whose "Deltagere:" paragraph wraps inside names
and whose place wraps after its postcode), an Acadre MM PDF (a members' grid whose empty
role cells have no line, "Sagsgang: ØU, KB" under each title, "Kommunalbestyrelsen,
27.06.2019, pkt. 141" below each "Beslutning", name votes counted before the colon), an
eDoc web page ("Økonomiudvalgets indstilling den …" heading a committee's recommendation),
a Netpublicator-like portal page (a "Lukket punkt" badge before a closed item's number,
"Udvalgets anbefaling" over each earlier treatment, a members' table with a "Løsgænger" in
the party column) and an SBSYS JSON export ("aabenhed": "Lukket", a "Protokoltilførsel"
field before the decisions). Every text is written by the tests (other towns, bodies and
people than the blind files); the PDFs' text is given as the text reader sees it."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings


def _read(tmp_path: Path, name: str, text: str):  # noqa: ANN202
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting


_PORTAL = """<!doctype html><html lang="da"><head><meta charset="utf-8">
<title>Kommunalbestyrelsen 12-03-2024 - Referat - Egeby Kommune</title></head><body>
<main><div class="doc-type">Referat</div><h1>Kommunalbestyrelsen</h1>
<dl class="facts"><dt>Dato</dt><dd>Tirsdag 12. marts 2024</dd><dt>Starttidspunkt</dt>
<dd>18:00</dd><dt>Sted</dt><dd>Rådhuset, Torvet 1, 4000 Egeby</dd></dl>
<h2>Mødedeltagere</h2><table class="attendees"><thead><tr><th>Navn</th><th>Parti</th>
<th>Funktion</th><th>Fremmøde</th></tr></thead><tbody>
<tr><td>Ane Holm</td><td>A</td><td>Borgmester</td><td>Deltog</td></tr>
<tr><td>Bo Krag</td><td>V</td><td></td><td>Deltog</td></tr>
<tr><td>Carl Dam</td><td>Løsgænger</td><td></td><td>Deltog</td></tr>
<tr><td>Dorte Lund</td><td>F</td><td></td><td>Afbud</td></tr>
<tr><td>Erik Vind</td><td>F</td><td>Stedfortræder for Dorte Lund</td><td>Deltog</td></tr>
</tbody></table>
<h2 class="group">Åbne punkter</h2>
<article id="item-1"><h2><span class="no">1.</span> <span>Godkendelse af dagsorden</span></h2>
<div class="meta">Sagsnr.: 24-000101</div>
<section><h3>Beslutning</h3><p>Godkendt.</p></section></article>
<article id="item-2"><h2><span class="no">2.</span> <span>Ny skolestruktur i Nordby</span></h2>
<div class="meta">Sagsnr.: 24-000202</div>
<section><h3>Sagsfremstilling</h3><p>Skolerne i Nordby og Sydby foreslås lagt sammen.</p></section>
<section><h3>Indstilling</h3><p>Direktøren indstiller, at skolerne lægges sammen.</p></section>
<section><h3>Udvalgets anbefaling</h3><p>Børne- og Ungeudvalget den 20. februar 2024, punkt 14:</p>
<p>Anbefales.</p></section>
<section><h3>Økonomiudvalgets anbefaling</h3><p>Økonomiudvalget den 5. marts 2024, punkt 31:</p>
<p>Anbefales. V kunne ikke anbefale.</p></section>
<section><h3>Beslutning</h3><p>V begærede navneafstemning.</p>
<p>For stemte (2): Ane Holm og Carl Dam.<br>Imod stemte (1): Bo Krag.</p>
<p>Indstillingen blev godkendt.</p><p>Fraværende: Dorte Lund (F)</p></section></article>
<article id="item-3"><h2><span class="no">3.</span> <span>Meddelelser</span></h2>
<div class="meta">Sagsnr.: 24-000303</div>
<section><h3>Beslutning</h3><p>Taget til efterretning.</p></section></article>
<h2 class="group">Lukket dagsorden</h2>
<article id="item-4">
<h2><span class="badge">Lukket punkt</span><span>4.</span> <span>Salg af grund i Nordby</span></h2>
<div class="meta">Sagsnr.: 24-000404</div>
<section><h3>Beslutning</h3><p>Godkendt.</p></section></article>
<article id="item-5">
<h2><span class="badge">Lukket punkt</span><span>5.</span> <span>Personalesag</span></h2>
<div class="meta">Sagsnr.: 24-000505</div>
<section><h3>Beslutning</h3><p>Godkendt.</p></section></article>
</main></body></html>
"""


def test_closed_badge_before_the_number_keeps_the_item(tmp_path: Path) -> None:
    """A portal's "Lukket punkt" badge before a closed item's number ("Lukket punkt 4.
    Salg af grund i Nordby"): the item and closed, the items above it untouched. Before:
    both closed items were lost and their text ran into "Meddelelser"'s decision."""
    m = _read(tmp_path, "egeby.html", _PORTAL)
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Ny skolestruktur i Nordby", False),
        (3, "Meddelelser", False), (4, "Salg af grund i Nordby", True),
        (5, "Personalesag", True)]
    assert m.items[2].decision == "Taget til efterretning."
    assert m.items[3].decision == "Godkendt." and m.items[3].journal_number == "24-000404"


def test_recommendation_headings_over_earlier_treatments(tmp_path: Path) -> None:
    """"Udvalgets anbefaling" / "Økonomiudvalgets anbefaling" over "<Udvalg> den <dato>,
    punkt N:": headings of the case's history, no text of the Indstilling or of the
    history entry above. Before: each heading ended the section above it."""
    item = _read(tmp_path, "egeby.html", _PORTAL).items[1]
    assert [(t.committee, t.date.isoformat(), t.punkt, t.text) for t in item.history] == [
        ("Børne- og Ungeudvalget", "2024-02-20", 14, "Anbefales."),
        ("Økonomiudvalget", "2024-03-05", 31, "Anbefales. V kunne ikke anbefale.")]
    assert item.section("Indstilling") == "Direktøren indstiller, at skolerne lægges sammen."


def test_name_vote_counted_before_the_colon(tmp_path: Path) -> None:
    """"For stemte (2): Ane Holm og Carl Dam." / "Imod stemte (1): Bo Krag.": a vote by
    name, the count no voter. Before: the item had no vote."""
    item = _read(tmp_path, "egeby.html", _PORTAL).items[1]
    assert item.votes == {"for": ["Ane Holm", "Carl Dam"], "imod": ["Bo Krag"]}


def test_party_column_naming_no_party(tmp_path: Path) -> None:
    """A members' table whose party column says "Løsgænger": the member's name with it
    in brackets, as a party letter is. Before: "Carl Dam Løsgænger", the word a name."""
    people = {p.name: p.status for p in _read(tmp_path, "egeby.html", _PORTAL).participants}
    assert people == {"Ane Holm (A)": "deltog", "Bo Krag (V)": "deltog",
                      "Carl Dam (Løsgænger)": "deltog", "Dorte Lund (F)": "afbud",
                      "Erik Vind (F)": "deltog"}


def test_substitute_role_cell_keeps_the_name_as_written(tmp_path: Path) -> None:
    """A members' table's "Funktion" cell "Stedfortræder for Dorte Lund": the role, the
    name in it as written. Before: "stedfortræder for dorte lund"."""
    people = {p.name: p.role for p in _read(tmp_path, "egeby.html", _PORTAL).participants}
    assert people["Erik Vind (F)"] == "stedfortræder for Dorte Lund"


_EDOC = """Byrådet
Referat
Mødedato: 6. december 2022, kl. 16:00
Mødested: Byrådssalen, Rådhuset

1. Godkendelse af dagsorden
Sagsnr.: 2022-000101
Indstilling
Borgmesteren indstiller, at dagsordenen godkendes.
Beslutning i Byrådet den 6. december 2022
Godkendt.

2. Takster for vand 2023
Sagsnr.: 2022-000202
Indstilling
Forvaltningen indstiller, at taksterne godkendes.
Miljøudvalgets beslutning den 16. november 2022
Anbefales.
Økonomiudvalgets indstilling den 29. november 2022
Økonomiudvalget anbefaler Byrådet at godkende indstillingen.
Fraværende: Jens Bak (V)
Beslutning i Byrådet den 6. december 2022
Godkendt.

3. Salg af byggegrund
Sagsnr.: 2022-000303
Indstilling
Forvaltningen indstiller, at grunden sælges.
Økonomiudvalgets indstilling den 29. november 2022
Økonomiudvalget anbefaler Byrådet at godkende indstillingen.
Fraværende: Jens Bak (V)
Beslutning i Byrådet den 6. december 2022
Godkendt.
"""


def test_committee_recommendation_dated_is_history(tmp_path: Path) -> None:
    """"Økonomiudvalgets indstilling den 29. november 2022" (eDoc): the committee's dated
    treatment, its "Fraværende:" the committee's, not this meeting's. Before: its heading
    and text ran into the entry or the Indstilling above, and its absentee was the
    item's."""
    m = _read(tmp_path, "vandby.txt", _EDOC)
    two, three = m.items[1], m.items[2]
    assert [(t.committee, t.date.isoformat()) for t in two.history] == [
        ("Miljøudvalget", "2022-11-16"), ("Økonomiudvalget", "2022-11-29")]
    assert two.history[0].text == "Anbefales."
    assert [t.committee for t in three.history] == ["Økonomiudvalget"]
    assert three.section("Indstilling") == "Forvaltningen indstiller, at grunden sælges."
    assert two.absentees == [] and three.absentees == []
    assert three.decision == "Godkendt."


_ACADRE = """Næsby Kommune
REFERAT
Kommunalbestyrelsen
Mødedato:
14.05.2020
Mødetidspunkt:
17:00 - 19:00
Mødested:
Rådhuset, Byrådssalen
Medlemmer
Anna Berg (A)
Borgmester
Bent Dahl (V)
1. viceborgmester
Clara Eskildsen (A)
Dennis Friis (V)
Eva Gram (O)

88. Godkendelse af dagsorden
Sagsnr.: 20/101
Sagsansvarlig: Lis Holm
Åben sag
Sagsgang: KB
Sagsfremstilling
Dagsorden for mødet fremlægges til godkendelse.
Indstilling
Administrationen indstiller,
at dagsordenen godkendes.
Beslutning
Kommunalbestyrelsen, 14.05.2020, pkt. 88
Godkendt.

89. Forslag om gratis parkering
Sagsnr.: 20/202
Sagsansvarlig: Lis Holm
Åben sag
Sagsgang: ØU, KB
Sagsfremstilling
O foreslår gratis parkering i bymidten.
Indstilling
Administrationen indstiller, at forslaget drøftes.
Beslutning
Kommunalbestyrelsen, 14.05.2020, pkt. 89
Der blev begæret navneafstemning.
For forslaget stemte (2): Dennis Friis og Eva Gram.
Imod forslaget stemte (3): Anna Berg, Bent Dahl og Clara Eskildsen.
Forslaget blev forkastet.

90. Salg af areal ved havnen
Sagsnr.: 20/303
Sagsansvarlig: Lis Holm
Lukket sag
Sagsgang: ØU, KB
Beslutning
Kommunalbestyrelsen, 14.05.2020, pkt. 90
Godkendt.
"""


def test_own_dated_line_below_the_decision_heading(tmp_path: Path) -> None:
    """"Beslutning" / "Kommunalbestyrelsen, 14.05.2020, pkt. 88" / "Godkendt.": the line
    below the heading names the meeting's own treatment, no text of its decision. Before:
    every decision began with it."""
    m = _read(tmp_path, "naesby.txt", _ACADRE)
    assert [i.decision for i in m.items][::2] == ["Godkendt.", "Godkendt."]
    assert m.items[1].decision.startswith("Der blev begæret navneafstemning.")
    assert all(not i.history for i in m.items) and m.items[2].closed


def test_name_vote_counted_after_what_was_voted_on(tmp_path: Path) -> None:
    """"For forslaget stemte (2): …" / "Imod forslaget stemte (3): …": a vote by name."""
    item = _read(tmp_path, "naesby.txt", _ACADRE).items[1]
    assert item.votes == {"for": ["Dennis Friis", "Eva Gram"],
                          "imod": ["Anna Berg", "Bent Dahl", "Clara Eskildsen"]}


def test_members_grid_without_a_line_for_an_empty_role(tmp_path: Path) -> None:
    """"Medlemmer" over name and role a line each, the members without a role with no
    role line at all: each member once, the officers with their roles. Before: the
    members after the last role were one participant."""
    people = {p.name: p.role for p in _read(tmp_path, "naesby.txt", _ACADRE).participants}
    assert people == {"Anna Berg (A)": "borgmester", "Bent Dahl (V)": "1. viceborgmester",
                      "Clara Eskildsen (A)": "", "Dennis Friis (V)": "", "Eva Gram (O)": ""}


def test_route_of_the_case_is_no_case_text(tmp_path: Path) -> None:
    """"Sagsgang: ØU, KB" under the title: the bodies the case goes through, the section
    a "Sagsprocedure" is. Before: an item's "Beskrivelse" of its own."""
    item = _read(tmp_path, "naesby.txt", _ACADRE).items[1]
    assert item.section("Beskrivelse") == ""
    assert item.section("Beslutningen træffes af") == "ØU, KB"


_PRESCRIBA = """Referat
Byrådet
Mødedato: Torsdag den 23. april 2020
Mødetidspunkt: 19:00 - 21:00
Mødested: Byrådssalen, Rådhuset, Storegade 1, 5900
Rudkøbing
Deltagere: Borgmester Karen Vind (A), 1. viceborgmester Hans
Peter Lykke (V), Mia Holt (A), Ole
Sand (C), Jens Bro (F)
Afbud: Lone Ravn (V)

1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-1-20
Indstilling
Kommunaldirektøren indstiller, at dagsordenen godkendes.
Beslutning i Byrådet den 23-04-2020
Godkendt.

2. Salg af Havnegade 4
Sagsnr.: 82.02.00-G01-2-20
Indstilling
Kommunaldirektøren indstiller, at ejendommen sælges.
Beslutning i Byrådet den 23-04-2020
Godkendt.
"""


def test_cover_paragraph_wrapped_inside_names_and_place(tmp_path: Path) -> None:
    """A cover's "Deltagere:" paragraph wrapped inside a name after its role ("1.
    viceborgmester Hans" / "Peter Lykke (V)"), and the place wrapped after its postcode
    ("…, 5900" / "Rudkøbing"): one member, one place. Before: "Hans" and "Peter Lykke
    (V)" were two people, and the town was lost."""
    m = _read(tmp_path, "langby.txt", _PRESCRIBA)
    assert m.place == "Byrådssalen, Rådhuset, Storegade 1, 5900 Rudkøbing"
    assert [p.name for p in m.participants if p.status == "deltog"] == [
        "Karen Vind (A)", "Hans Peter Lykke (V)", "Mia Holt (A)", "Ole Sand (C)",
        "Jens Bro (F)"]
    assert m.participants[1].role == "1. viceborgmester"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Lone Ravn (V)"]


def _export() -> str:
    def item(order: int, number: str, title: str, openness: str, fields: list, decided: list):
        return {"raekkefoelge": order, "punktnummer": number, "overskrift": title,
                "sagsnummer": f"00.01.00-A00-{order}-23", "aabenhed": openness,
                "felter": fields, "beslutninger": decided}

    def decision(body: str, day: str, number: str, text: str, away: list) -> dict:
        return {"organ": body, "dato": day, "punktnummer": number, "tekst": text,
                "fravaerende": away}

    own = ("Byrådet", "2023-06-21")
    return json.dumps({
        "eksport": {"format": "moede-eksport", "version": "3.1", "system": "SBSYS Møder"},
        "myndighed": {"navn": "Skovby Kommune"},
        "moede": {"udvalg": {"navn": "Byrådet"}, "dokumenttype": "Referat",
                  "start": "2023-06-21T19:00:00+02:00", "sted": "Byrådssalen, Rådhuset",
                  "deltagere": [{"navn": "Per Vang", "parti": "A", "rolle": "Borgmester",
                                 "fremmoede": "Deltager"},
                                {"navn": "Rita Skov", "parti": "F", "rolle": "Medlem",
                                 "fremmoede": "Deltager"}]},
        "punkter": [
            item(1, "61", "Godkendelse af dagsorden", "Åben", [],
                 [decision(*own, "61", "<p>Godkendt.</p>", [])]),
            item(2, "62", "Forslag fra SF om grønne tage", "Åben", [
                {"titel": "Indstilling", "html": "<p>Direktionen indstiller, at Byrådet "
                                                 "tager stilling til forslaget.</p>"},
                {"titel": "Protokoltilførsel", "html": "<p>SF ønsker følgende tilført "
                                                       "protokollen: »Det haster.«</p>"}],
                 [decision(*own, "62", "<p>Forslaget blev forkastet.</p>", [])]),
            item(3, "63", "Køb af ejendom", "Lukket", [],
                 [decision("Økonomiudvalget", "2023-06-14", "40", "<p>Anbefales.</p>", []),
                  decision(*own, "63", "<p>Godkendt.</p>", [])]),
        ]}, ensure_ascii=False)


def test_export_openness_closes_the_item(tmp_path: Path) -> None:
    """An export's "aabenhed": "Lukket": the item is closed ("Åben" open). Before: every
    item was open."""
    m = _read(tmp_path, "skovby.json", _export())
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False), ("Forslag fra SF om grønne tage", False),
        ("Køb af ejendom", True)]


def test_protocol_entry_field_before_the_decision(tmp_path: Path) -> None:
    """A "Protokoltilførsel" field after the Indstilling, above the decisions: its own
    section, not the Indstilling's end. Before: it was appended to the Indstilling."""
    item = _read(tmp_path, "skovby.json", _export()).items[1]
    assert item.section("Indstilling") == ("Direktionen indstiller, at Byrådet tager stilling "
                                           "til forslaget.")
    assert item.section("Protokoltilførsel") == ("SF ønsker følgende tilført protokollen: "
                                                 "»Det haster.«")
    assert item.decision == "Forslaget blev forkastet."
