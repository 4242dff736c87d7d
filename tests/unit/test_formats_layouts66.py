"""A sixty-sixth round of layouts (round 66's blind files): a letterhead with the date and
"Side N" at the top of every page over a front page with a members' table "Medlem" /
"Fremmødt (ja/nej)" and a contents list; SBSYS-style "Sag N" items whose decision is
headed "Politisk behandling". The PDFs are written by `gen_formats66.py`."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats66")


def test_letterhead_with_page_counter_is_no_second_meeting() -> None:
    """"Lunde Kommune" / "Teknikudvalget" / "Referat – … – d. 5/3-2025" / "Side 2" atop
    page 2: the running letterhead, so the file is one meeting with all its items.
    Before: page 1 (its contents list) was a meeting of its own, a dagsorden, and the
    letterhead ended item 3's decision."""
    m = one("01_fremmoede.pdf")
    assert m.doc_type == "referat"
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Vejplan 2025", False),
        (3, "Salg af grund – valg af køber", True), (4, "Eventuelt", False)]
    assert (m.start_time, m.place) == ("16:30", "Mødelokale 4, Rådhuset")
    assert m.items[2].decision == "Godkendt."  # (not the next page's letterhead)
    assert m.items[3].decision == "Intet."


def test_members_table_answered_yes_or_no() -> None:
    """"Medlem" / "Fremmødt (ja/nej)" / "Eva Dam (A), formand" / "ja": "ja" came, "nej"
    sent apologies; the column headings are nobody. Before: "Medlem" and "Fremmødt" were
    read as people and the members after the first were lost."""
    m = one("01_fremmoede.pdf")
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Eva Dam (A)": ("deltog", "formand"), "Karl Bo (V)": ("afbud", ""),
                      "Lis Holm (C)": ("deltog", "")}


def test_political_treatment_is_the_decision() -> None:
    """"Politisk behandling" heads the committee's decision in SBSYS minutes: the item's
    decision, so the file is a referat whose listed participants took part. Before: it
    was case text, the file a dagsorden and everyone only "indkaldt"."""
    m = one("02_sbsys.pdf")
    assert m.doc_type == "referat"
    assert m.items[0].decision == "Orienteringen blev taget til efterretning."
    people = {p.name: p.status for p in m.participants}
    assert people["Eva Dam (A)"] == "deltog" and people["Ida Vang (V)"] == "afbud"
    assert m.items[0].section("Indstilling").startswith("Forvaltningen indstiller")


def test_political_treatment_votes_and_protocol_entry() -> None:
    """Votes in the "Politisk behandling" are read; the "Protokoltilførsel" below it is
    kept with the decision as its entered statement. Before: no votes at all."""
    item = one("02_sbsys.pdf").items[1]
    assert item.votes == {"for": ["A", "V"], "imod": ["Ø"], "undlod": ["F"]}
    assert item.decision.startswith("For stemte 2 (A og V).")
    names = [s.name for s in item.sections]
    assert names[names.index("Beslutning") + 1] == "Protokoltilførsel"
    assert "Distrikterne bør vente et år." in item.section("Protokoltilførsel")


def test_title_from_the_meeting_of_a_body_names_the_committee() -> None:
    """"REGION LUNDE" / "Beslutninger" / "fra mødet i Regionsrådet": the committee is
    Regionsrådet, the letterhead and the title no part of it. Before: the three lines
    were the committee, and each decision was prefixed "Regionsrådet:"."""
    m = one("03_beslutninger.pdf")
    assert m.committee == "Regionsrådet"
    assert m.items[0].decision == "Dagsordenen blev godkendt."
