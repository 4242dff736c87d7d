"""Answer classes found this session on dev: a yes/no question that supposes a person
held a role ("Var det X, der sad med som direktør?") is checked against the meeting's
list, not confirmed because the person is on it."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from tests.unit.item_context import meeting_info


def _ask(question: str):  # noqa: ANN202
    from rag.compose.base import Context
    from rag.compose.people import named_people
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    meeting = meeting_info(
        date(2023, 2, 7),
        attendees=["Musa Kekec (A)", "Elisabeth Gadegaard Wolstrup (direktør)",
                   "Jannik Karoli Plum Nielsen (centerchef for Arbejdsmarked)"],
        absentees=["Anja Holtze (A)"], place="Rådhuset",
        agenda=[(1, "Besøg hos Caverion", False)])
    lookup = SimpleNamespace(meeting=lambda ref: meeting, municipalities=["Ballerup"],
                             committee=lambda ref: "EBU")
    item = RetrievedItem(ItemRef("Ballerup", "EBU", date(2023, 2, 7), "08:00", 1), "", False, 1.0)
    ctx = Context(question, parse_question(question), [item], lookup,  # type: ignore[arg-type]
                  lambda i: 0.0, 0.6)
    return named_people(ctx, meeting)


def test_a_supposed_role_the_list_gives_to_another_is_denied() -> None:
    answer = _ask("Var det Jannik Karoli Plum Nielsen, der sad med som direktør ved "
                  "vintermødet 2023?")
    assert answer is not None
    assert answer.text.startswith("Nej. Direktør var Elisabeth Gadegaard Wolstrup.")
    assert "Jannik Karoli Plum Nielsen (centerchef for Arbejdsmarked) — deltog" in answer.text
    assert "Elisabeth Gadegaard Wolstrup (direktør) — deltog" in answer.text


@pytest.mark.parametrize("question", [
    # the role the entry holds
    "Var det Jannik Karoli Plum Nielsen, der sad med som centerchef?",
    # no role supposed
    "Var Jannik Karoli Plum Nielsen med på mødet?",
    # no entry holds the role: the list cannot deny it
    "Var Musa Kekec formand på mødet i februar 2023?",
])
def test_a_person_on_the_list_is_confirmed_when_nothing_denies_the_role(question: str) -> None:
    answer = _ask(question)
    assert answer is not None and answer.text.startswith("Ja.")


@pytest.mark.parametrize(("question", "role"), [
    ("Var det Jannik Karoli Plum Nielsen, der sad med som direktør?", "direktør"),
    ("Var Anja Holtze formand på mødet?", "formand"),
    ("Var Allan Kristensen stadig 2. viceborgmester, da udvalget mødtes 18/3-25?",
     "borgmester"),
    ("Var Anja Holtze med på mødet?", None),
    ("Var direktøren eller centerchefen med?", None),  # two roles: no single premise
])
def test_the_role_a_question_supposes(question: str, role: str | None) -> None:
    from rag.roles import premise_role

    assert premise_role(question) == role


def _final(question: str, title: str, indstilling: str, beslutning: str = "Indstillingen godkendt"):  # noqa: ANN202
    from rag.compose.base import Context
    from rag.compose.decision_answer import _not_final
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    sections = {"Indstilling": indstilling, "Beslutning": beslutning}
    view = SimpleNamespace(title=title, section=lambda name: sections.get(name, ""))
    item = RetrievedItem(ItemRef("Ballerup", "EBU", date(2020, 9, 8), "", 6), title, False, 1.0)
    lookup = SimpleNamespace(item=lambda ref: view)
    ctx = Context(question, parse_question(question), [item], lookup,  # type: ignore[arg-type]
                  lambda i: 0.0, 0.6)
    return _not_final(ctx, item)


def test_an_approved_draft_or_consultation_is_no_final_adoption() -> None:
    """"Blev strategien endeligt vedtaget?" and the approved Indstilling says the final
    strategy comes later; "… vedtog politikken?" and the item was a consultation."""
    draft = _final("Blev den nye beskæftigelsesstrategi endeligt vedtaget i september?",
                   "Ny beskæftigelsesstrategi",
                   "1. Ny beskæftigelsesstrategi drøftes.\n2. Endelig beskæftigelsesstrategi "
                   "forelægges til politisk godkendelse i oktober 2020.")
    assert draft == ("Nej, ikke endeligt: »2. Endelig beskæftigelsesstrategi forelægges til "
                     "politisk godkendelse i oktober 2020.«")
    hearing = _final("Var det udvalget, der vedtog psykiatripolitikken?",
                     "Høring af kommunens psykiatripolitik",
                     "1. Udvalget afgiver høringssvar til psykiatripolitikken.")
    assert hearing is not None and hearing.startswith("Nej, ikke endeligt")


@pytest.mark.parametrize(("question", "title", "indstilling"), [
    # final adoption asked, and nothing says it lies elsewhere
    ("Blev strategien endeligt vedtaget?", "Ny strategi", "1. Strategien godkendes."),
    # a consultation, but the question asks only whether it was approved
    ("Blev høringssvaret godkendt?", "Høring af politik", "1. Udvalget afgiver høringssvar."),
])
def test_an_approval_stays_yes_when_nothing_says_otherwise(question: str, title: str,
                                                           indstilling: str) -> None:
    assert _final(question, title, indstilling) is None


@pytest.mark.parametrize("question", [
    "Var der fuld enighed om at gøre Anja Holtze til midlertidig formand?",
    "Hvordan blev formanden valgt – skulle alle være enige?",
    "Var der enighed i udvalget om studieturen?",
    "Var valget enstemmigt?",
])
def test_unanimity_in_other_words_is_a_vote_question(question: str) -> None:
    from rag.compose.decision import yes_no_line

    decision = "For stemte A og V. Undlod at stemme: C."
    assert yes_no_line(question, decision) == "Nej, ikke enstemmigt."


def test_a_claimed_election_asked_as_the_question_is_answered_no(archive, context) -> None:
    """"Er det korrekt, at Laila Busted blev valgt som formand?" and the minutes say
    Anja Holtze was: "Nej." with the minutes' words, not "Det kan jeg ikke finde"."""
    from rag.premises import false_premise

    item = archive.add(date(2025, 3, 18), 2, "Valg af midlertidig formand", {
        "Beslutning": "Laila Busted (A) indstillede Anja Holtze (A) som midlertidig formand. "
                      "Indstillingen blev godkendt, og Anja Holtze (A) blev valgt som "
                      "midlertidig formand."})
    answer = false_premise(context(
        "Er det korrekt at Laila Busted blev valgt som ny midlertidig formand?", [item]))
    assert answer is not None and not answer.declined
    assert answer.text.startswith("Nej. Referatet siger ikke, at Laila Busted blev valgt")
    assert "»Anja Holtze (A) blev valgt som midlertidig formand«" in answer.text
    assert answer.citations[0].ref.punkt == 2


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvad handlede det sidste punkt om på mødet 9. juni 2015?", ("ordinal", -1)),
    ("Hvad var den første sag på dagsordenen?", ("ordinal", 0)),
    ("hvad var det tredje dagsordenspunkt i marts 2025", ("ordinal", 2)),
    # a place relative to a named item
    ("Hvad var den sidste egentlige sag før godkendelsen af referatet?", ("before", -1)),
    ("Hvad var det første punkt efter meddelelserne på mødet?", ("after", 1)),
    ("Hvilken sag kom lige efter studieturen?", ("after", 1)),
    ("Hvilket punkt stod umiddelbart før studieturen på dagsordenen?", ("before", -1)),
    # not a place on an agenda
    ("Hvad var første punkt i indstillingen om studieturen?", None),
    ("Hvad skete der med sagen efter studieturen?", None),
])
def test_an_item_asked_by_its_place_on_the_agenda(question: str, asked) -> None:  # noqa: ANN001
    from rag.compose.agenda_position import agenda_position

    assert agenda_position(question) == asked


def _position(question: str, items: list | None = None):  # noqa: ANN202
    from rag.compose.agenda_position import compose_position
    from rag.compose.base import Context
    from rag.query import parse_question
    from referat.domain import ItemRef

    meeting = SimpleNamespace(
        ref=ItemRef("Ballerup", "EBU", date(2023, 2, 7), "08:00", 0), date=date(2023, 2, 7),
        agenda=[(1, "Godkendelse af dagsorden", False), (2, "Meddelelser", False),
                (5, "Studietur til Lund", False), (6, "Lokalplan for butikscenter", False),
                (12, "Status på leverandørsamarbejdet", True),
                (13, "Godkendelse af referat", False)])
    lookup = SimpleNamespace(meeting=lambda ref: meeting, municipalities=["Ballerup"])
    ctx = Context(question, parse_question(question), items or [], lookup,  # type: ignore[arg-type]
                  lambda i: 0.0, 0.6)
    return compose_position(ctx, meeting)


def test_the_item_at_the_asked_place_is_named_with_its_number() -> None:
    from referat.domain import ItemRef, RetrievedItem

    last = _position("Hvad var det sidste punkt på mødet 7. februar 2023?")
    assert last is not None and "var punkt 13: Godkendelse af referat." in last.text
    assert last.citations[0].ref.punkt == 0  # the meeting's front page
    proper = _position("Hvad var den sidste egentlige sag på mødet 7. februar 2023?")
    assert proper is not None and "punkt 12: Lukket: Status på leverandørsamarbejdet" in proper.text
    lund = RetrievedItem(ItemRef("Ballerup", "EBU", date(2023, 2, 7), "08:00", 5),
                         "Studietur til Lund", False, 1.0)
    after = _position("Hvilken sag kom lige efter studieturen?", [lund])
    assert after is not None
    assert "Efter punkt 5 (Studietur til Lund)" in after.text
    assert "kom punkt 6: Lokalplan for butikscenter." in after.text
    assert _position("Hvad var det tiende punkt på mødet 7. februar 2023?") is None
    # the item named after "efter" is the anchor, whatever was retrieved first
    first = _position("Hvad var det første punkt efter meddelelserne?", [lund])
    assert first is not None and "kom punkt 5: Studietur til Lund." in first.text


def test_a_sentence_two_quoted_lines_share_is_shown_once() -> None:
    """Two quoted lines of one item that share a sentence (a line of two sentences, and
    the second sentence with its window) show it once."""
    from rag.compose.fact import Quote
    from rag.compose.passage import in_text_order, joined
    from referat.domain import ItemRef, RetrievedItem

    text = ("Målgruppen er de unge. Fra 1. januar 2025 indføres arbejdspligt. "
            "Indsatsen er nytteindsats. Andet emne følger her.")
    view = SimpleNamespace(section=lambda name: text)
    ctx = SimpleNamespace(lookup=SimpleNamespace(item=lambda ref: view))
    item = RetrievedItem(ItemRef("Ballerup", "EBU", date(2024, 2, 6), "", 10), "", False, 1.0)
    group = [Quote(item, "Sagsfremstilling", "Målgruppen er de unge. Fra 1. januar 2025 "
                   "indføres arbejdspligt.", 1.0),
             Quote(item, "Sagsfremstilling", "Fra 1. januar 2025 indføres arbejdspligt. "
                   "Indsatsen er nytteindsats.", 0.9),
             Quote(item, "Sagsfremstilling", "Fra 1. januar 2025 indføres arbejdspligt.", 0.8)]
    out = joined(ctx, in_text_order(ctx, group))  # type: ignore[arg-type]
    assert out.count("arbejdspligt") == 1
    assert out == ("Målgruppen er de unge. Fra 1. januar 2025 indføres arbejdspligt. "
                   "Indsatsen er nytteindsats.")


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvor meget ekstra bevilgede udvalget til iværksætterindsatsen?", "amount"),
    ("Hvor meget mere kostede energitjekket end ventet?", "amount"),
    ("Hvor meget betaler kommunen KLAPjob om året for aftalen?", "amount"),
    ("hvor meget sparede Ballerup på beskæftigelsesområdet i 2014", "amount"),
    ("Hvor meget ekstra tid får de unge?", "quantity"),  # not money
])
def test_money_asked_with_a_word_between(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked


@pytest.mark.parametrize(("question", "asked"), [
    ("Hvilke byggerier omkring bymidten fremhæves i status på handlingsplanen?", "free"),
    ("Hvilke lokale virksomheder var på programmet?", "free"),
    ("Hvilke landmænd blev nævnt i sagen?", "free"),
    ("I hvilken by skal studieturen foregå?", "place"),
    ("Hvilket lokale blev mødet holdt i?", "place"),
])
def test_a_place_is_asked_by_whole_words(question: str, asked: str) -> None:
    from rag.intent import asked_type

    assert asked_type(question) == asked


def test_a_claim_dated_by_the_approval_is_not_confirmed_by_the_approval() -> None:
    """"Fik iværksætterindsatsen ekstra penge, da udvalget sagde ja til oplægget?": the
    "da …" clause takes the approval for granted; the claim (extra money) is not what
    was decided, so the approval is no "Ja."."""
    from rag.compose.base import Context
    from rag.compose.decision_answer import _decides_what_is_asked
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    sections = {"Indstilling": "1. Oplægget til iværksætterindsatsen for 2023 godkendes.",
                "Beslutning": "Indstillingen godkendt."}
    view = SimpleNamespace(section=lambda name: sections.get(name, ""),
                           sections=list(sections.items()))
    title = "Oplæg til iværksætterindsats for 2023"
    item = RetrievedItem(ItemRef("Ballerup", "EBU", date(2023, 2, 7), "", 4), title, False, 1.0)

    def decides(question: str) -> bool:
        ctx = Context(question, parse_question(question), [item],
                      SimpleNamespace(item=lambda ref: view),  # type: ignore[arg-type]
                      lambda i: 0.0, 0.6)
        return _decides_what_is_asked(ctx, item)

    assert not decides("Fik iværksætterindsatsen ekstra penge, da udvalget sagde ja til "
                       "oplægget?")
    assert decides("Blev oplægget til iværksætterindsatsen godkendt, da udvalget mødtes i "
                   "februar 2023?")


def test_a_plans_month_line_answers_what_was_planned_whatever_year_the_month_took() -> None:
    """"I sagsoversigten for 2023 – hvad var planlagt til udvalgets møde i juni?": a bare
    "juni" may be taken for the archive's June meeting (2015); the 2023 plan's "Juni:"
    line still answers what was planned."""
    from rag.period_scope import mentions_period
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    plan = RetrievedItem(ItemRef("Ballerup", "EBU", date(2023, 2, 7), "", 7),
                         "Sagsoversigt 2023", False, 1.0)
    text = "Sagsoversigt 2023\nJuni:\nBesøg af pårørendevejleder\nSeptember:\nNøgletal"
    q = parse_question("I sagsoversigten for 2023 – hvad var planlagt til udvalgets møde i juni?")
    q.date_from, q.date_to = date(2015, 6, 1), date(2015, 6, 30)
    assert mentions_period(q, plan, text)
    other = parse_question("Hvad skete der i juni?")
    other.date_from, other.date_to = date(2015, 6, 1), date(2015, 6, 30)
    assert not mentions_period(other, plan, text)


@pytest.mark.parametrize("question", [
    "ReVUS i 2015 – hvilke centre lavede indstillingen til udvalget?",
    "Hvem skrev forslaget om energitjek?",
    "Hvilken afdeling kom med forslaget?",
])
def test_who_made_the_proposal_in_the_past_tense(question: str) -> None:
    from rag.roles import who_role

    assert who_role(question) == "proposer"


def test_a_span_asked_is_answered_by_a_sentence_with_both_ends() -> None:
    from rag.compose.typed import SPAN_ASKED, holds_span

    assert SPAN_ASKED.search("pendlerprojektet – fra hvornår til hvornår skal det køre?")
    assert holds_span("Projektet er 3-årigt og vil løbe fra medio 2023 til medio 2026.")
    assert not holds_span("Ansøgningsfristen er primo februar 2023.")
    assert not holds_span("Fristen er 1. marts 2023, og svar kommer 1. juni 2023.")


def test_how_many_from_a_group_counts_people() -> None:
    """"Hvor mange fra udvalget skulle med?" counts people: "fire steder" is no answer,
    "12 deltagere" is."""
    from rag.compose.asked_nouns import FROM_GROUP as _FROM_GROUP
    from rag.compose.typed import counts
    from referat.danish import stems

    assert _FROM_GROUP.search("Hvor mange fra udvalget skulle med på studieturen?")
    person = stems("personer", frozenset())[0]
    assert not counts(person, "Det foreslås, at følgende fire steder indgår i turen.", [])
    assert counts(person, "Der deltager 12 deltagere fra udvalget.", [])


@pytest.mark.parametrize(("question", "meeting"), [
    ("Hvilke punkter i budgetaftalen for 2024 ligger bag oprydningen?", False),
    ("Hvilke sager i indstillingen skal godkendes?", False),
    ("Hvilke sager på udvalgsmødet i juni 2015 blev godkendt?", True),
    ("Hvilke punkter var der på mødet 7. februar 2023?", True),
])
def test_a_documents_points_are_no_meetings_agenda(question: str, meeting: bool) -> None:
    from rag.query import parse_question

    assert (parse_question(question).meeting_aspect == "agenda") is meeting


def test_an_unknown_word_for_where_a_known_matter_is_is_no_absent_matter() -> None:
    """"… om det nye butikscenter i bilkvarteret": the centre is in the minutes (in
    "Bilbyen"); an unknown word for its place does not make the matter absent. An
    unknown head still does ("en skatepark i byen")."""
    from rag.names import ArchiveNames
    from rag.premises import absent_matter
    from rag.query import parse_question
    from referat.danish import topic_stems

    vocab = set(topic_stems("butikscenter nye orienteringen afdeling byen"))
    lexical = SimpleNamespace(vocab=vocab, ordered_vocab=sorted(vocab))

    class Idf(dict):
        def get(self, key: str, default: float | None = None) -> float:
            return super().get(key, 8.0)

    retriever = SimpleNamespace(lexical=lexical, names=ArchiveNames(["Ballerup"], ["EBU"]),
                                idf=Idf({s: 3.0 for s in vocab}))
    place = parse_question("Hvilken afdeling stod bag orienteringen om det nye butikscenter "
                           "i bilkvarteret?")
    assert absent_matter(place, retriever) is None
    head = parse_question("Hvad besluttede udvalget om en skatepark i byen?")
    assert absent_matter(head, retriever) == "»skatepark«"


def test_a_span_of_years_is_named_by_a_year_inside_it_or_its_end() -> None:
    """"… hvis man fik den mellemste førtidspension før 2003?": the item saying "før 1.
    januar 2003" is about that span."""
    from rag.period_scope import mentions_period
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    item = RetrievedItem(ItemRef("Ballerup", "EBU", date(2023, 2, 7), "", 9), "", False, 1.0)
    q = parse_question("Hvor mange timer må man arbejde, hvis man fik førtidspension før 2003?")
    assert mentions_period(q, item, "Inden 1. januar 2003: Der er mulighed for …")
    assert not mentions_period(q, item, "Satserne for 2023 er 19.738 kr.")


@pytest.mark.parametrize(("question", "own"), [
    ("min far fik førtidspension i 1999 på mellemste sats – hvor mange timer må han arbejde?",
     True),
    ("Min onkel fik den mellemste førtidspension tilbage i 1998. Hvor stor er hans "
     "rest-erhvervsevne?", True),
    ("Jeg blev ledig i 2010 – hvem kan hjælpe mig?", True),
    ("Hvor mange ledige var der i Ballerup i 2010?", False),  # the minutes' period
])
def test_a_year_in_the_askers_own_story(question: str, own: bool) -> None:
    from rag.period_scope import OWN_STORY

    assert bool(OWN_STORY.search(question)) is own
