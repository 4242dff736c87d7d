"""Failure classes of the blind batches cd (claims to check) and ce (a committee
secretary's follow-up questions): the month of a meeting in a claim names that meeting,
committee initials are searched as "udvalget", the administration "vende tilbage med" and
"hvor langt er … kommet" are the asking, not the matter, and office abbreviations. In
memory; no model, no Chroma."""

from __future__ import annotations

from datetime import date

from rag.asked_patterns import QUANTITY
from rag.catalog import ItemView
from rag.check import Checker
from rag.claims import parse_claim
from rag.compare import CONFIRMED, CONTRADICTED, Matcher
from rag.intent import asked_type
from rag.names import ArchiveNames
from rag.query import parse_question
from rag.weights import WEIGHTS
from referat.domain import ItemRef, RetrievedItem
from referat.lexicon import expand_abbreviations

from .claim_fakes import ViewsRetriever

TRIP = ItemRef("Roskilde", "Kulturudvalget", date(2022, 3, 8), "16:00", 4)
EARLIER = ItemRef("Roskilde", "Kulturudvalget", date(2021, 3, 9), "16:00", 6)
LATER = ItemRef("Roskilde", "Kulturudvalget", date(2022, 9, 6), "16:00", 6)
VIEWS = {
    TRIP: ItemView(TRIP, 4, "Studietur til Aarhus", False, None, [
        ("Sagsfremstilling", "Der var planlagt en studietur til Aarhus i maj 2020 for det "
                             "daværende udvalg. Turen blev aflyst."),
        ("Beslutning", "Indstillingen godkendt. Studieturen gennemføres den 12.-13. oktober "
                       "2022. Søren Holm (F) stemte imod og begærede sagen behandlet i "
                       "byrådet."),
    ]),
    EARLIER: ItemView(EARLIER, 6, "Unge på kontanthjælp", False, None, [
        ("Sagsfremstilling", "Andelen af unge på kontanthjælp i Roskilde ligger på 2,8 pct. "
                             "Der var en stigning i 2019."),
        ("Beslutning", "Taget til efterretning."),
    ]),
    LATER: ItemView(LATER, 6, "Temadrøftelse: Unge på kontanthjælp", False, None, [
        ("Sagsfremstilling", "Andelen af unge på kontanthjælp i Roskilde ligger nu på 3,4 "
                             "pct. Der var en stigning i 2019."),
        ("Beslutning", "Drøftet."),
    ]),
}



def _parts(text: str) -> dict[str, tuple[str, str]]:
    matcher = Matcher(ViewsRetriever(VIEWS, "Roskilde"), WEIGHTS)
    item = RetrievedItem(ref=TRIP, title=VIEWS[TRIP].title, closed=False, score=1.0)
    parts = matcher.compare(parse_claim(text), item, matcher.sentences(item))
    return {p.kind: (p.verdict, p.minutes_value) for p in parts}


def test_the_month_of_the_meeting_in_a_claim_names_that_meeting() -> None:
    """"… fik sendt sagen videre til byrådet i marts 2022" is confirmed by the March
    2022 minutes, not contradicted by "maj 2020" in their case text."""
    got = _parts("Stemmer det, at SF fik sendt beslutningen om studieturen til Aarhus "
                 "videre til byrådet i marts 2022?")
    assert got["date"][0] == CONFIRMED and "8. marts 2022" in got["date"][1]


def test_a_month_the_claim_gives_an_event_is_checked_against_the_text() -> None:
    """"Studieturen gennemføres i marts 2022" dates the trip, not the meeting."""
    verdict, said = _parts("Studieturen til Aarhus gennemføres i marts 2022.")["date"]
    assert verdict == CONTRADICTED and "marts" not in said


def test_a_figure_claimed_of_a_month_is_checked_against_that_months_meeting() -> None:
    """"… 2,8 pct. i september 2022" is the September 2022 item's figure (3,4 pct.),
    not confirmed by the 2021 item that states 2,8."""
    result = Checker(retriever=ViewsRetriever(VIEWS, "Roskilde")).check_one(
        "Andelen af unge på kontanthjælp i Roskilde var 2,8 pct. i september 2022.")
    assert result.citations and result.citations[0].ref == LATER
    assert "3,4" in result.correction


def test_committee_initials_are_searched_as_the_committee() -> None:
    names = ArchiveNames(["Roskilde"], ["Kultur- og Idrætsudvalget", "Økonomiudvalget"])
    assert names.initials_as_committee("hvornår havde KIU sidst en status, og EU?") == \
        "hvornår havde udvalget sidst en status, og EU?"
    assert names.initials_as_committee("hvad sagde ØU om budgettet?") == \
        "hvad sagde udvalget om budgettet?"


def test_office_abbreviations_are_written_out() -> None:
    text = expand_abbreviations("hvad skulle forv. vende tilbage med iflg. sagen vedr. "
                                "haltider?")
    assert "forvaltningen" in text and "ifølge" in text and "vedrørende" in text


def test_coming_back_with_something_is_the_asking_not_the_matter() -> None:
    q = parse_question("hvornår skulle forvaltningen vende tilbage med status på "
                       "vandløbsplanen?")
    assert "vandløbsplan" in q.topic
    assert not {"forvaltning", "vend", "tilbag"} & set(q.topic)


def test_how_far_a_matter_has_come_asks_how_it_goes_not_a_distance() -> None:
    q = parse_question("hvor langt er forhandlingerne med lejerne kommet?")
    assert asked_type(q.text) != QUANTITY
    assert not {"lang", "kom"} & set(q.topic) and "forhandling" in q.topic
    assert asked_type("hvor langt er der fra skolen til hallen?") == QUANTITY


def test_without_a_matter_a_follow_up_question_is_asked_back() -> None:
    assert parse_question("Hvad skulle forvaltningen så vende tilbage med?").topic == []


def test_which_municipalities_a_body_covers_asks_a_matter_not_the_archive() -> None:
    from rag.compose.archive import asks_archive
    assert not asks_archive("Hvilke kommuner dækker Jobcenter Vestegnen, som projektet nævner?")
    assert asks_archive("Hvilke kommuner dækker arkivet?")
    assert asks_archive("hvilke kommuner dækker du?")


def test_an_amount_told_by_its_size_neither_confirms_nor_denies_a_figure_in_it() -> None:
    """"et trecifret millionbeløb" (100–999 mio.) does not deny "250 mio. kr.", but it
    does deny "25 mio. kr."."""
    from rag.sentence_values import make_sentence, other_value
    sentence = make_sentence("Sagsfremstilling",
                             "Fonden uddeler i disse år et trecifret millionbeløb i støtte.")
    assert other_value(parse_claim("Fonden uddeler 250 mio. kr. i støtte.").parts[0],
                       sentence) == ""
    assert other_value(parse_claim("Fonden uddeler 25 mio. kr. i støtte.").parts[0],
                       sentence) == "trecifret millionbeløb"


def test_a_claim_asked_with_stemmer_det_asks_no_vote() -> None:
    assert "stem" not in parse_question("Stemmer det, at hallen åbner i maj?").topic
    assert "stem" in parse_question("Stemmer det, at Venstre stemte imod hallen?").topic
