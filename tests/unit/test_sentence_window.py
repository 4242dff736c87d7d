"""The sentence window of fact answers (`rag.compose.fact.with_window`): a quote brings
the sentence after it when that goes on with it, for every asked type."""

from __future__ import annotations

from datetime import date

from rag.compose.fact import compose_fact
from rag.compose.passage import goes_on


def test_a_count_brings_the_sentence_that_sets_it_in_context(archive, context) -> None:
    """"Hvor mange …?" — the count, then the sentence it is measured against."""
    item = archive.add(date(2020, 9, 8), 4, "Udvikling på arbejdsmarkedet", {
        "Sagsfremstilling": "Opgørelsen viser, at 1.204 borgere i Ballerup var ledige i "
        "august. Til sammenligning var tallet 1.297 ved forrige opgørelse."})
    answer = compose_fact(context("Hvor mange borgere var ledige i Ballerup i august?",
                                  [item]))
    assert "1.204 borgere" in answer.text
    assert "1.297 ved forrige opgørelse" in answer.text


def test_a_count_does_not_bring_an_unrelated_next_sentence(archive, context) -> None:
    item = archive.add(date(2020, 9, 8), 4, "Udvikling på arbejdsmarkedet", {
        "Sagsfremstilling": "Opgørelsen viser, at 1.204 borgere i Ballerup var ledige i "
        "august. Kommunalbestyrelsen holder temamøde i oktober."})
    answer = compose_fact(context("Hvor mange borgere var ledige i Ballerup i august?",
                                  [item]))
    assert "1.204 borgere" in answer.text
    assert "temamøde" not in answer.text


def test_a_sentence_goes_on_when_it_points_back_or_shares_a_word() -> None:
    assert goes_on("Ledigheden er 4,1 pct.", "Heraf er 300 unge.", [])
    assert goes_on("Projektet starter i marts.", "Projektets budget er 2 mio. kr.", [])
    assert not goes_on("Projektet starter i marts.", "Budgettet er uændret i 2024.", [])
    assert goes_on("Projektet starter i marts.", "Budgettet er uændret i 2024.",
                   ["budget"])


def test_a_quote_that_leans_back_brings_the_sentence_before(archive, context) -> None:
    """"Det giver …" says nothing without what "det" is."""
    item = archive.add(date(2024, 2, 6), 5, "Virksomhedsændringer i 4. kvartal", {
        "Sagsfremstilling": "Kommunen har fået nye tal. I kvartalet er 83 virksomheder "
        "flyttet til og 47 flyttet fra kommunen. Det giver en samlet nettotilflytning i "
        "perioden på 36 virksomheder."})
    answer = compose_fact(context("Hvor stor var nettotilflytningen af virksomheder?",
                                  [item]))
    assert "36 virksomheder" in answer.text
    assert "83 virksomheder flyttet til" in answer.text
    assert "nye tal" not in answer.text


def test_a_decision_answers_detail_brings_the_sentence_that_goes_on(archive,
                                                                    context) -> None:
    """The two sentences on what a decision question asks about, and the sentence that
    goes on with the later one ("Den gennemføres efter … to år")."""
    from rag.compose.decision import topic_evidence

    item = archive.add(date(2015, 6, 9), 11, "Høringssvar til KKR", {
        "Sagsfremstilling": "KKR har sendt en uddannelsesstrategi i høring. Der var "
        "enighed om, at strategien på sigt skal udvides til efteruddannelse. Skolerne "
        "bakker op. Evalueringen af strategien sker i samarbejde med skolerne. Den "
        "gennemføres efter en periode på fx to år. Kommunerne har fire uger til at svare.",
        "Beslutning": "Anbefales."})
    ctx = context("Hvad blev der sagt om evaluering, og skulle strategien udvides?", [item])
    _, evidence = topic_evidence(ctx, item, "Anbefales.")
    assert "udvides" in evidence
    assert "Evalueringen af strategien sker" in evidence
    assert "to år" in evidence
    assert "fire uger" not in evidence


def test_a_passage_brings_the_items_next_best_sentence_from_another_section(
        archive, context) -> None:
    """"Hvordan klarer Ballerup sig …?" asks a passage: the item's second-best sentence,
    in another section and well below the best one's score, is the rest of the answer
    (`Weights.same_item_share`)."""
    item = archive.add(date(2025, 3, 18), 3, "Meddelelser", {
        "Sammendrag": "Iris Group rangerer alle landets kommuner på et samlet indeks over "
        "lokale erhvervspræstationer i rapporten Lokale Erhvervspræstationer.",
        "Sagsfremstilling": "Kantinen holder lukket i uge 7. For tredje år i træk topper "
        "Ballerup Kommune det samlede indeks. Næste møde holdes i april."})
    answer = compose_fact(context("Hvordan klarer Ballerup sig i Iris Groups måling af "
                                  "erhvervspræstationer?", [item]))
    assert "Iris Group rangerer" in answer.text
    assert "tredje år i træk" in answer.text
    assert "Kantinen" not in answer.text
