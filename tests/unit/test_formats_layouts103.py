"""A hundred-and-third round of layouts (round 103's blind files): an old Word
beslutningsprotokol of a council whose cover names the body in the genitive after the
town ("for Egeby Byråds ordinære møde"), whose members stand one a line under their
party's heading ("Venstre (V)") with a role wrapped after its number, whose substitute is
named in a sentence ("Som stedfortræder for … var indkaldt …"), whose running page
header names the body and the kind, and whose earlier treatments include a reading of
the budget ("Byrådet, 1. behandling den …:"); and an SBSYS referat whose letterhead is
drawn last on every page after the first, where it ended a decision the page break cut.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from ingest.formats.page_edges import drop_page_edges
from ingest.formats.text import parse_minutes


def _protocol() -> str:
    return "\n".join([
        "EGEBY KOMMUNE", "BESLUTNINGSPROTOKOL", "for Egeby Byråds ordinære møde",
        "onsdag den 9. marts 2022 kl. 18.30",
        "i Rådhussalen, Egeby Rådhus, Storegade 4, 9999 Egeby",
        "Byrådets medlemmer:",
        "Venstre (V)", "Hans Bak Madsen, borgmester", "Lone Vig", "Ole Dam Riis",
        "Socialdemokratiet (A)", "Mette Kjær Holm, 2.", "viceborgmester", "Per Ask",
        "SF - Socialistisk Folkeparti (F)", "Gitte Lund",
        "Fraværende med afbud: Per Ask (A)",
        "Stedfortræder: Som stedfortræder for Per Ask (A) var indkaldt Bent Juhl", "(A).",
        "Egeby Byråd - Beslutningsprotokol - 9. marts 2022",
        "Åbne sager",
        "1.", "Godkendelse af dagsorden", "Beslutning i Byrådet den 09.03.2022:", "Godkendt.",
        "2.", "Budget 2023, 2. behandling", "Indstilling:",
        "Økonomiudvalget indstiller, at budgettet vedtages.",
        "Byrådet, 1. behandling den 16.02.2022:", "Sendt videre til 2. behandling.",
        "Økonomiudvalget den 02.03.2022:", "Anbefales.",
        "Beslutning i Byrådet den 09.03.2022:", "Budgettet blev vedtaget.",
    ])


def test_a_genitive_council_title_names_the_council_and_its_decisions_are_this_meetings() -> None:
    meeting = parse_minutes(_protocol())
    assert meeting.committee == "Byrådet"
    assert meeting.doc_type == "referat"
    assert [it.decision for it in meeting.items] == ["Godkendt.", "Budgettet blev vedtaget."]
    assert all(h.date.isoformat() != "2022-03-09" for it in meeting.items for h in it.history)


def test_a_budget_reading_heading_is_history() -> None:
    item = parse_minutes(_protocol()).items[1]
    assert [(h.committee, h.date.isoformat(), h.text) for h in item.history] == [
        ("Byrådet", "2022-02-16", "Sendt videre til 2. behandling."),
        ("Økonomiudvalget", "2022-03-02", "Anbefales.")]
    assert "behandling den" not in item.section("Indstilling")


def test_members_under_party_headings_are_people_with_their_letter() -> None:
    people = {p.name: (p.role, p.status) for p in parse_minutes(_protocol()).participants}
    assert people == {
        "Hans Bak Madsen (V)": ("borgmester", "deltog"), "Lone Vig (V)": ("", "deltog"),
        "Ole Dam Riis (V)": ("", "deltog"), "Mette Kjær Holm (A)": ("2. viceborgmester", "deltog"),
        "Per Ask (A)": ("", "afbud"), "Gitte Lund (F)": ("", "deltog"),
        "Bent Juhl (A)": ("stedfortræder for Per Ask (A)", "deltog")}


def test_a_letterhead_ending_every_later_page_leaves_the_decision() -> None:
    lines = ["Ældrerådet - Referat", "1. Orientering", "Beslutning", "Taget til efterretning.",
             "Side 1 af 3", "\f",
             "2. Budget", "Beslutning", "Godkendt.", "Ældrerådet - Referat", "Vesterby Kommune",
             "Side 2 af 3", "\f",
             "3. Eventuelt", "Beslutning", "Intet.", "Ældrerådet - Referat", "Vesterby Kommune",
             "Side 3 af 3"]
    kept = [ln for ln in drop_page_edges(lines) if ln.strip()]
    assert "Vesterby Kommune" not in kept
    assert kept[kept.index("Godkendt.") + 1] == "3. Eventuelt"
