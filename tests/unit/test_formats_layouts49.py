"""A forty-ninth round of layouts (round 49's blind files 10, 02, 01, 08, 05, 06, 07, 04
and 03): a year cut to "'24", a Netpublicator page, a PDF's margin column of item numbers,
decisions without a heading, prose votes, a committee named by the file name only, a
front page in two columns, a meeting continued another day and a decision marked by its
Word style; each read wrongly (or refused) before."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats49")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


def test_year_cut_to_apostrophe_place_at_a_host_and_approval_sentence() -> None:
    """"onsdag d. 5. feb. '25 kl. 19.30 hos Lone, Klitvej 3": the date, hour and the place
    at a host's; "Valg af dirigent og godkendelse af dagsorden" whose only text is a
    sentence for each act is decided. Before: refused, "ingen mødedato fundet"."""
    m = one("10_grundejer_apostrof.txt")
    assert (m.committee, m.date, m.start_time) == (
        "Strandby Grundejerforening", date(2025, 2, 5), "19:30")
    assert m.place == "hos Lone, Klitvej 3"
    assert m.item(1).decision == "Per blev valgt. Dagsorden godkendt."
    assert m.item(2).decision == "Vi bruger 3.000 kr. af kassen."


def test_netpublicator_key_value_spans_roles_after_dash_and_titled_aside() -> None:
    """Facts as `<span class=np-k>Dato</span> <span class=np-v>…</span>`, "Placering",
    members "Name (P) – formand" / "– afbud", the decision an `<aside title="Beslutning">`.
    Before: refused, "ingen mødedato fundet i hovedet"."""
    m = one("02_np_artikel_aside.html")
    assert (m.committee, m.date, m.start_time) == ("Kulturudvalget", date(2025, 2, 4), "17:00")
    assert m.place == "Biblioteket, mødesal 1"
    assert _people(m) == [("Jens Brun (V)", "deltog", "formand"),
                          ("Lise Krog (A)", "deltog", ""), ("Ole Mark (F)", "afbud", "")]
    assert [i.decision.split("\n")[0] for i in m.items] == ["Godkendt.", "Godkendt."]
    assert m.item(2).votes == {"for": ["V", "A"]}


def test_margin_column_drawn_after_the_body_numbers_its_titles() -> None:
    """A PDF whose item numbers (and "Lukket") sit in a margin column drawn after the
    page's body. Before: refused, "ingen dagsordenspunkter fundet"."""
    m = one("01_margenkolonne.pdf")
    assert [(i.number, i.title, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, "Godkendt."),
        (2, "Ny cykelsti ved Skovvej", False, "Godkendt."),
        (3, "Køb af areal", True, "Godkendt.")]


def test_outcome_sentence_after_the_recommendation_is_the_decision() -> None:
    """No decision heading: "Anbefales over for Byrådet." joined onto the recommendation's
    line, "Godkendt, idet …" with votes below it. Before: no decisions, a dagsorden."""
    m = one("08_udfald_uden_overskrift.txt")
    assert m.doc_type == "referat"
    assert [i.decision.split("\n")[0] for i in m.items] == [
        "Godkendt.", "Anbefales over for Byrådet.",
        "Godkendt, idet der ønskes en ny status i juni."]
    assert "Anbefales" not in m.item(2).section("Indstilling")
    assert m.item(3).votes == {"for": ["A", "F"], "imod": ["V"]}


def test_prose_majority_and_minority_and_participants_from_a_body() -> None:
    """"Et flertal (A, F) godkendte …, et mindretal (V) stemte imod"; "Deltagere fra
    <body>: …" names no one "fra …"."""
    m = one("05_flertal_prosa.txt")
    assert m.item(2).votes == {"for": ["A", "F"], "imod": ["V"]}
    assert [p.name for p in m.participants][:1] == ["Eva Lund (A)"]
    assert "Kaj Dam" in [p.name for p in m.participants]


def test_committee_from_the_file_name_and_vote_against_nobody() -> None:
    """"Referat - Miljøudvalget - 04-02-2025.txt" whose body names no committee; "Godkendt
    med 3 stemmer (V, A, F) mod 0"."""
    m = one("06 Referat - Miljøudvalget - 04-02-2025.txt")
    assert m.committee == "Miljøudvalget"
    assert not any("udvalgets navn" in w for w in m.warnings)
    assert m.item(2).votes == {"for": ["V", "A", "F"]}


def test_facts_side_bar_beside_the_contents_list() -> None:
    """`pdftotext -layout` of a front page: facts without colons, each value below its
    label, beside the contents. Before: the committee and place were contents lines."""
    m = one("07_layout_sidebar.txt")
    assert (m.committee, m.date, m.start_time) == ("Børneudvalget", date(2025, 2, 4), "16:00")
    assert m.place == "Skolen, personalerummet"
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Skolestruktur",
                                          "Eventuelt"]


def test_continued_meeting_block_sets_absence_for_later_items() -> None:
    """"FORTSAT MØDE …" with its own "Afbud:" between an item's two treatments: the block
    is no decision text, its absentee is away from that item on."""
    m = one("04_fortsat_moede.txt")
    assert "FORTSAT" not in m.item(2).decision and "afbrudt" not in m.item(2).decision
    assert m.item(2).decision.endswith("Anbefales.")
    assert [i.absentees for i in m.items] == [[], ["Carl Ry (F)"], ["Carl Ry (F)"]]


def test_decision_marked_only_by_its_paragraph_style() -> None:
    """Word paragraphs of the custom style "Beslutningstekst" are the decision. Before:
    item 2's decision and votes inside its Indstilling."""
    m = one("03_beslutning_kun_stil.docx")
    assert [i.decision.split("\n")[0] for i in m.items] == ["Godkendt."] * 2 + ["Intet."]
    assert m.item(2).section("Indstilling").endswith("80.000 kr.")
    assert m.item(2).votes == {"for": ["A", "V"], "imod": ["O"]}
