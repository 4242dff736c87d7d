"""A ninety-ninth round of layouts (round 99's blind files – the document's kind and status
wording): a "Dagsorden med beslutninger" PDF whose running header ends each page under
the footer's decisions note, a "Beslutningsreferat" with its kind above the committee,
a facts table without colons and an overview grid of the items, a web page of a
"Revideret dagsorden" marking its changes with `<del>`/`<ins>`, and a "Tillægsdagsorden"
addressed "til ordinært møde i …" with a members grid whose role cell says "Medlem,
afbud". Every text is written by the tests (other towns, bodies and words than the
blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import text as text_adapter
from ingest.formats.page_edges import drop_page_edges
from ingest.formats.text import parse_minutes
from ingest.html_text import html_text

# --- a revised agenda's web page: <del> old, <ins> new -----------------------------------

_REVISED = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Ændret dagsorden – Kulturudvalget – Eksempelby Kommune</title></head><body><main>
<h1>Kulturudvalget</h1><h2>Ændret dagsorden</h2>
<dl><dt>Mødedato</dt><dd>Onsdag 11.03.2026</dd>
<dt>Mødetidspunkt</dt><dd>Kl. <del>15.00</del> <ins>14.00</ins></dd>
<dt>Mødested</dt><dd>Mødesal 2, Rådhuset</dd>
<dt>Medlemmer</dt><dd><ul><li>Asta Kjær (A), formand</li><li>Bo Riis (V)</li>
<li>Cille Dam (F) <ins>(afbud)</ins></li></ul></dd></dl>
<section><h3>1. Godkendelse af dagsorden</h3><p>Sagsnr.: 26-0101</p>
<h4>Indstilling</h4><p>Forvaltningen indstiller, at dagsordenen godkendes.</p>
<p><strong>Beslutning:</strong></p><div class="beslutning"></div></section>
<section><h3>2. <del>Orientering om museet</del> <ins>Museets nye udstillingsplan</ins></h3>
<p>Sagsnr.: 26-0144</p><h4>Indstilling</h4>
<p>Forvaltningen indstiller, at <del>sagen tages til efterretning</del>
<ins>planen godkendes</ins>.</p>
<p><strong>Beslutning:</strong></p><div class="beslutning"></div></section>
<section><h3><ins>3. Tilskud til byfesten</ins></h3><p>Sagsnr.: 26-0150</p>
<h4>Indstilling</h4><p><ins>Forvaltningen indstiller, at der gives 40.000 kr.</ins></p>
<p><strong>Beslutning:</strong></p><div class="beslutning"></div></section>
<section><h3><del>3.</del> <ins>4.</ins> Lukket punkt: Salg af grund</h3>
<p>Lukket</p><p><strong>Beslutning:</strong></p><div class="beslutning"></div></section>
</main></body></html>"""


def _revised() -> object:
    [meeting] = text_adapter.parse(_REVISED.encode(), Path("aendret.html"))
    return meeting


def test_a_revised_agenda_reads_the_revised_time_and_stays_an_agenda() -> None:
    meeting = _revised()
    assert meeting.start_time == "14:00"
    assert meeting.doc_type == "dagsorden"
    assert {p.name: p.status for p in meeting.participants}["Cille Dam (F)"] == "afbud"


def test_a_renumbered_closed_item_is_its_own_item_not_a_decision() -> None:
    meeting = _revised()
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[3].closed and meeting.items[3].title == "Salg af grund"
    assert not any(i.decision for i in meeting.items)


def test_deleted_words_leave_the_title_and_the_recommendation() -> None:
    item = _revised().items[1]
    assert item.title == "Museets nye udstillingsplan"
    text = " ".join(s.text for s in item.sections)
    assert "planen godkendes" in text and "efterretning" not in text
    # (a page without insertions keeps its struck words: no revision marks)
    assert "40.000" in html_text("<html><body><p>Beløbet er <del>40.000</del> kr.</p></body>")


# --- a decision minutes' head: kind above the body, facts without colons -----------------

_DECISION_MINUTES = [
    "BESLUTNINGSREFERAT", " Fritidsudvalget", " Mandag 09.03.2026", " Kl. 16.00 – 18.00",
    "Sted", "Mødesalen, Eksempelby Rådhus, Torvet 3, 9990 Eksempelby",
    "Deltagere", "Karen Lyng (A) (formand), Jonas Bæk (V) (næstformand), Emil Sand (A),",
    "Freja Holt (C), Oskar Vang (Ø)", "Afbud", "Nina Ravn (F)", "Referent", "Per Skov",
    "Næste møde", "Mandag 13.04.2026 kl. 16.00",
    "Oversigt", "Pkt. 1 2 3", "Overskrift", "Status",
    "Godkendelse af dagsorden", "Godkendt", "Nyt klubhus", "Godkendt",
    "Evaluering af sommerskolen", "Ikke behandlet",
    "Punkt 1", "Godkendelse af dagsorden", "Sagsnummer: 2026-001201", "Kort resumé",
    "Dagsordenen forelægges.", "Beslutning", "Godkendt.",
    "Punkt 2", "Nyt klubhus", "Sagsnummer: 2026-001288", "Kort resumé",
    "Klubben søger om støtte til et nyt klubhus.", "Beslutning", "Godkendt.",
    "Punkt 3", "Evaluering af sommerskolen", "Sagsnummer: 2026-001301", "Kort resumé",
    "Sommerskolen havde 240 deltagere. Forvaltningen foreslår at fortsætte.",
    "– Ikke behandlet –",
]


def _decision_minutes() -> object:
    return parse_minutes("\n".join(_DECISION_MINUTES))


def test_the_kind_above_the_committee_is_no_part_of_its_name() -> None:
    meeting = _decision_minutes()
    assert meeting.committee == "Fritidsudvalget"
    assert meeting.doc_type == "referat"


def test_a_facts_table_without_colons_gives_the_place_and_every_member() -> None:
    meeting = _decision_minutes()
    assert meeting.place == "Mødesalen, Eksempelby Rådhus, Torvet 3, 9990 Eksempelby"
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people["Karen Lyng (A)"] == ("deltog", "formand")
    assert people["Jonas Bæk (V)"] == ("deltog", "næstformand")
    assert people["Emil Sand (A)"][0] == "deltog" and people["Oskar Vang (Ø)"][0] == "deltog"
    assert people["Nina Ravn (F)"][0] == "afbud"
    assert "Per Skov" not in people and len(people) == 6


def test_an_overview_rows_item_numbers_are_no_item() -> None:
    meeting = _decision_minutes()
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Nyt klubhus"), (3, "Evaluering af sommerskolen")]


def test_a_short_summary_is_a_section_not_the_decision_of_an_untreated_item() -> None:
    meeting = _decision_minutes()
    assert meeting.items[0].decision == "Godkendt."
    untreated = meeting.items[2]
    assert "240 deltagere" not in (untreated.decision or "")
    assert any(s.name == "Sammendrag" for s in untreated.sections)


# --- page edges: a letterhead above the footer, the decisions note in the footer ---------


def _page(n: int, body: list[str], of: int) -> list[str]:
    return [*body, "Eksempelby Kommune",
            "Fritidsudvalget – Dagsorden med beslutninger – 9. marts 2026",
            "Beslutningerne er indført 11.03.2026", f"Side {n} af {of}"]


def test_a_letterhead_above_the_footer_ends_no_decision() -> None:
    lines = [*_page(1, ["Front", "Punkt 1", "Beslutning", "Godkendt."], 3), "\f",
             *_page(2, ["Beslutning", "Taget til efterretning."], 3), "\f",
             *_page(3, ["Beslutning", "Indstillingen blev godkendt."], 3)]
    kept = [ln for ln in drop_page_edges(lines) if ln.strip()]
    assert "Eksempelby Kommune" not in kept
    assert not any(ln.startswith("Beslutningerne er indført") for ln in kept[4:])
    assert kept[-1] == "Indstillingen blev godkendt."


def test_a_two_page_letterhead_with_its_department_is_furniture() -> None:
    foot = ["EKSEMPELBY KOMMUNE | Kultur- og Fritidsforvaltningen",
            "Referatet er godkendt af formanden 11.03.2026"]
    lines = ["Fritidsudvalget", "Beslutning", "Godkendt.", *foot, "1/2", "\f",
             "Beslutning", "Bevilget.", *foot, "2/2"]
    kept = [ln for ln in drop_page_edges(lines) if ln.strip()]
    assert kept == ["Fritidsudvalget", "Beslutning", "Godkendt.", "Beslutning", "Bevilget."]
    # (a letterhead ending one page only is no furniture)
    lines = ["Fritidsudvalget", "Beslutning", "Godkendt.", "Eksempelby Kommune", "1/2", "\f",
             "Beslutning", "Bevilget.", "Tak for i dag.", "2/2"]
    assert "Eksempelby Kommune" in drop_page_edges(lines)


# --- a supplementary agenda: "til ordinært møde i …", "Medlem, afbud" --------------------

_SUPPLEMENT = [
    "Eksempelby Kommune", "Tillægsdagsorden", "til ordinært møde i Planudvalget",
    "torsdag den 12. marts 2026 kl. 09.00", "Mødested: Mødelokale 4, Rådhuset",
    "Medlemmer", "Lars Holm (A)", "Formand", "Mette Berg (V)", "Næstformand",
    "Sune Lind (F)", "Medlem", "Tove Kirk (C)", "Medlem, afbud",
    "5. Ny cykelsti langs åen", "Sagsnr.: 26/00412", "Sagsfremstilling",
    "Stien koster 1,2 mio. kr.", "Indstilling", "Direktionen indstiller, at stien anlægges.",
    "Beslutning",
    "6. Køb af jord (Lukket)", "Sagsnr.: 26/00477", "Sagsfremstilling",
    "Sagen behandles for lukkede døre.", "Beslutning", "TILLÆGSDAGSORDEN",
]


def test_the_meeting_a_supplement_is_for_names_the_committee() -> None:
    meeting = parse_minutes("\n".join(_SUPPLEMENT))
    assert meeting.committee == "Planudvalget"
    assert meeting.doc_type == "dagsorden"
    assert [i.number for i in meeting.items] == [5, 6]


def test_a_role_cell_medlem_comma_afbud_makes_its_member_absent() -> None:
    meeting = parse_minutes("\n".join(_SUPPLEMENT))
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Lars Holm (A)": "deltog", "Mette Berg (V)": "deltog",
                      "Sune Lind (F)": "deltog", "Tove Kirk (C)": "afbud"}


def test_the_kind_alone_at_the_foot_of_both_pages_is_furniture() -> None:
    lines = ["Planudvalget", "Sagsnr.: 26/00477", "TILLÆGSDAGSORDEN", "Side 1 af 2", "\f",
             "Sagsfremstilling", "Lukket.", "TILLÆGSDAGSORDEN", "Side 2 af 2"]
    assert "TILLÆGSDAGSORDEN" not in drop_page_edges(lines)
