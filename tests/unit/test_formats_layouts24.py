"""Layout round 24 (the misreadings /work/fmt23 left: a joint meeting whose title wraps,
an absence table at the end of a Word referat, a Confluence page, a region's minutes, a
case number before the title, a supplementary agenda's open item after the closed ones,
a text export's rule and print stamp): the fixes, each with the layout that showed it."""

from __future__ import annotations

from datetime import date

from .fixture_files import one_meeting

HERE = "formats24"


def test_a_joint_meeting_whose_title_wraps_decides_in_both_committees() -> None:
    """"Fælles møde mellem Skole- og Dagtilbudsudvalget og" / "Ældre- og
    Handicapudvalget": the joint meeting is the committee; each committee's decision of
    the meeting's day is this meeting's, labelled with its committee; an earlier one
    stays history; the members listed under each committee's name took part."""
    m = one_meeting(HERE, "text_joint_meeting_title_wrapped.txt")
    assert m.committee == ("Fælles møde mellem Skole- og Dagtilbudsudvalget og "
                           "Ældre- og Handicapudvalget")
    assert [" ".join(s.text.split()) for s in m.items[0].sections if s.name == "Beslutning"] == [
        "Skole- og Dagtilbudsudvalget: Godkendt.", "Ældre- og Handicapudvalget: Godkendt."]
    plan = m.items[1]
    decision = " ".join(plan.decision.split())
    assert decision.startswith("Skole- og Dagtilbudsudvalget: Anbefales.")
    assert "Ældre- og Handicapudvalget: Anbefales, idet" in decision
    assert [(t.committee, t.date) for t in plan.history] == [
        ("Skole- og Dagtilbudsudvalget", date(2022, 8, 15))]
    assert plan.votes == {"imod": ["Frank Møller (C)"]}
    assert [(p.name, p.status) for p in m.participants] == [
        ("Anna Berg (A)", "deltog"), ("Bent Kjær (V)", "deltog"), ("Carla Dahl (O)", "afbud"),
        ("Dennis Holm (V)", "deltog"), ("Eva Lund (F)", "deltog"),
        ("Frank Møller (C)", "deltog")]


def test_a_case_number_printed_before_the_title() -> None:
    """"2. 23/38817  Anlægsbevilling til …" wrapped over four lines: the number is the
    item's case number, the title the words after it."""
    m = one_meeting(HERE, "text_case_number_before_title.txt")
    assert [i.journal_number for i in m.items] == ["24/01102", "23/38817", "24/12009"]
    assert [i.title for i in m.items][::2] == [
        "Godkendelse af dagsorden", "Køb af landbrugsejendom til erhvervsområde"]
    assert m.items[1].title.startswith("Anlægsbevilling til udvidelse af Nordby Skole")
    assert m.items[1].title.endswith("frigivelse af rådighedsbeløb i 2024 og 2025")
    assert m.items[2].closed


def test_an_absence_table_after_the_items() -> None:
    """"Fraværende under punkt | Navn | Bemærkning" after "Mødet sluttede kl. 17.30":
    absent from every item is an afbud, from some items those items' absentees; the table
    is no part of the last item's decision."""
    m = one_meeting(HERE, "word_absence_table_at_the_end.docx")
    status = {p.name: p.status for p in m.participants}
    assert status == {"Karl Lind (V)": "deltog", "Lone Vang (A)": "deltog",
                      "Mads Bech (O)": "deltog", "Nina Friis (A)": "afbud"}
    assert [i.absentees for i in m.items] == [["Mads Bech (O)"], ["Lone Vang (A)"], []]
    assert m.items[-1].decision == "Afslaget fastholdes."


def test_a_wiki_page_whose_title_names_the_body_and_the_meeting() -> None:
    """A Confluence export: "# Ældrerådet – møde 12. maj 2025" names the body (not the
    page's "Created by …, last modified on …" line), and "<br>" in a table cell separates
    the people listed in it."""
    m = one_meeting(HERE, "markdown_wiki_page_meeting_title.md")
    assert (m.committee, m.date) == ("Ældrerådet", date(2025, 5, 12))
    assert [(p.name, p.role, p.status) for p in m.participants] == [
        ("Ib Sand (Ældre Sagen)", "formand", "deltog"),
        ("Rita Holm (Byrådet (V))", "næstformand", "deltog"),
        ("Ove Lund (Ældre Sagen)", "", "deltog"),
        ("Kaj Storm (Ældre Sagen)", "", "afbud")]


def test_a_regions_minutes_name_the_region_as_their_authority() -> None:
    """"REGION MIDTJYLLAND" heads the minutes: the region is the authority, not a
    municipality its items name twice ("aftalen med Silkeborg Kommune")."""
    m = one_meeting(HERE, "text_region_letterhead.txt")
    assert (m.municipality, m.committee) == ("Region Midtjylland", "Forretningsudvalget")
    assert not m.municipality_guessed


def test_a_supplementary_agendas_open_item_after_the_closed_ones() -> None:
    """"Lukkede punkter" / item 3, then "TILLÆGSDAGSORDEN" and a note on why the item was
    added / item 4: item 4 is open (in the contents list too), and neither the heading
    nor its note is part of item 3."""
    m = one_meeting(HERE, "text_supplement_after_closed_items.txt")
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert m.items[2].section("Indstilling") == (
        "Direktionen foreslår, at ejendommen sælges til højestbydende.")


def test_a_rule_under_the_title_and_a_print_stamp_at_the_end() -> None:
    """A text export's "Sag 52/2019: Eventuelt" between rules, no case number below it:
    the rule is no part of the title; "Udskrevet 10.04.2019 af …" after the last rule is
    no part of the last decision."""
    m = one_meeting(HERE, "text_rules_and_print_stamp.txt")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Eventuelt"]
    assert m.items[-1].decision == "Intet."
