"""Answer classes found by the ab- and ac-batches (fresh questions, half of them held
out): who was absent when an item was treated, a meeting named by where it was held,
a person's attendance over several meetings, a party by its ballot letter, a count in a
list's label, a figure the question itself gives, another person's election taken for
granted, a name in the genitive."""

from __future__ import annotations

from datetime import date

from rag.catalog import MeetingInfo
from rag.compose.fact import compose_fact
from rag.compose.meeting import compose_meeting
from rag.compose.typed import counts, counts_asked, holds
from rag.compose.who import compose_who
from rag.confidence import unknown_names
from rag.intent import asked_type, asks_decision
from rag.meeting_intent import MEETINGS_ASKED
from rag.parties import asked_party
from rag.premises import false_premise
from rag.query import parse_question
from rag.roles import who_role
from rag.scope import held_at
from rag.weights import WEIGHTS
from tests.unit.conftest import COMMITTEE

MARCH = date(2025, 3, 18)


def _meeting(day: date, place: str, attendees: list[str], absentees: list[str]) -> MeetingInfo:
    return MeetingInfo("Ballerup", COMMITTEE, day, "", place, attendees, absentees,
                       [(5, "Status på det sociale ansvar", False)], "referat", "x.md")


def test_who_was_absent_when_an_item_was_treated_is_the_meetings_list(archive, context) -> None:
    archive.add_meeting(_meeting(MARCH, "Toms Gruppen, Toms Allé nr. 1", ["Anja Holtze (A)"],
                                 ["Musa Kekec (A)", "Sandra Marsenic (A)"]))
    item = archive.add(MARCH, 5, "Status på det sociale ansvar", {
        "Sagsfremstilling": "Der blev udarbejdet en status to gange årligt.",
        "Beslutning": "Taget til efterretning"})
    ctx = context("Hvem havde afbud, da udvalget behandlede status på det sociale ansvar?",
                  [item])
    answer = compose_who(ctx, who_role(ctx.question))
    assert "Musa Kekec (A), Sandra Marsenic (A)" in answer.text
    assert [c.ref for c in answer.citations] == [item.ref]  # the item, not the front page


def test_an_items_own_absence_line_wins_over_the_meetings_list(archive, context) -> None:
    archive.add_meeting(_meeting(MARCH, "Rådhuset", ["Anja Holtze (A)"], ["Musa Kekec (A)"]))
    item = archive.add(MARCH, 5, "Status på det sociale ansvar", {
        "Beslutning": "Godkendt.\nAfbud: Lars Green Bach (B)"})
    answer = compose_who(context("Hvem var fraværende, da statussen blev behandlet?", [item]),
                         "absent")
    assert "Lars Green Bach" in answer.text and "Musa Kekec" not in answer.text


def test_a_meeting_named_by_where_it_was_held() -> None:
    town_hall = _meeting(date(2024, 2, 6), "Mødecenter C, Lokale 29 på Ballerup Rådhus", [], [])
    toms = _meeting(MARCH, "Toms Gruppen, Toms Allé nr. 1", [], [])
    assert held_at("hvem manglede da statussen var oppe hos toms", [town_hall, toms]) is toms
    assert held_at("hvad sagde udvalget hos Caverion?", [town_hall, toms]) is None
    # a place every meeting was held at names none of them
    assert held_at("mødet hos Mødecenter C", [town_hall, town_hall]) is None


def test_a_persons_attendance_over_several_meetings(archive, context) -> None:
    first = archive.add_meeting(_meeting(date(2015, 6, 9), "Rådhuset",
                                         ["Mette Vaaben Mortensen (direktør)"], []))
    archive.add_meeting(_meeting(date(2020, 9, 8), "Rådhuset", ["Musa Kekec (A)"], []))
    archive.add_meeting(_meeting(date(2023, 2, 7), "Rådhuset", [], ["Mette Vaaben Mortensen"]))
    question = "Mette Vaaben Mortensen – hvilke af udvalgsmøderne var hun med til?"
    assert parse_question(question).kind == "meeting"
    answer = compose_meeting(context(question, [first]))
    assert "2 af 3 møder" in answer.text
    assert "9. juni 2015: Mette Vaaben Mortensen (direktør) — deltog" in answer.text
    assert "7. februar 2023: Mette Vaaben Mortensen — afbud" in answer.text
    assert len(answer.citations) == 2


def test_a_party_named_by_its_ballot_letter() -> None:
    assert asked_party("Hvilken politiker sad for liste D, da udvalget mødtes 7/2-23?") == "D"
    assert asked_party("Hvem sad på listen over deltagere?") is None


def test_outcome_words_are_no_topic_and_taking_note_is_the_decision() -> None:
    assert parse_question("meddelelserne 8. sept 2020 – udfald?").topic == ["meddel"]
    assert "ifølg" not in parse_question("Hvor mange bymidter ifølge notatet?").topic
    assert asks_decision("ballerup er nr 1 igen – blev det bare noteret på det seneste møde")


def test_who_proposed_and_who_was_to_take_part() -> None:
    assert who_role("hvem indstillede evalueringen af idrætsforløbene i feb 24") == "proposer"
    assert who_role("Hvem indstillede Anja Holtze som formand?") != "proposer"  # a nomination
    assert who_role("Hvem fra administrationen skulle være med på besøget?") == "participant"
    assert who_role("Var kommunerne med til at udforme strategien?") is None


def test_a_count_in_a_lists_label() -> None:
    topic = ["virksomhedspraktik"]
    assert counts_asked("- Virksomhedspraktik (44)", "var", topic, WEIGHTS)
    assert counts_asked("Virksomhedspraktik (51 pladser)", "har", topic, WEIGHTS)
    assert not counts_asked("130 borgere i løntilskud i private virksomheder", "var", topic,
                            WEIGHTS)


def test_the_figure_the_question_gives_is_not_its_answer(archive, context) -> None:
    item = archive.add(date(2023, 2, 7), 10, "Status på arbejdsgiverens sociale ansvar", {
        "Sagsfremstilling": "Elev- og praktikpladser (297). Fleksjob (160)."})
    answer = compose_fact(context(
        "Hvor mange af kommunens 297 elev- og praktikpladser var SOSU-elever?", [item]))
    assert answer.declined and "297" not in answer.text.split("\n")[0]


def test_a_count_answers_how_many_of_a_group_only_if_it_says_what_is_asked(archive,
                                                                       context) -> None:
    item = archive.add(date(2024, 2, 6), 9, "Evaluering af samarbejdet med Idrætsfællesskabet", {
        "Sagsfremstilling": "Idrætsfællesskabet sikrer, at holdet er fyldt op med 15 unge "
                            "på kontanthjælp."})
    answer = compose_fact(context(
        "Hvor mange af de unge fra Idrætsfællesskabet er startet på en uddannelse efter "
        "forløbet?", [item]))
    assert answer.declined


def test_another_persons_election_taken_for_granted(archive, context) -> None:
    item = archive.add(MARCH, 2, "Valg af midlertidig formand", {
        "Beslutning": "For stemte: Erling Andersen (A), Anja Holtze (A). Indstillingen blev "
                      "godkendt, og Anja Holtze (A) blev valgt som midlertidig formand."})
    answer = false_premise(context(
        "Hvor mange stemte imod, da Erling Andersen blev valgt til formand?", [item]))
    assert answer is not None and answer.declined
    assert "Anja Holtze (A) blev valgt som midlertidig formand" in answer.text
    assert false_premise(context(
        "Hvor mange stemte imod, da Anja Holtze blev valgt som formand?", [item])) is None


def test_a_name_in_the_genitive_is_known(archive, context) -> None:
    archive.add(date(2023, 2, 7), 6, "Lokalplan for butikscenter", {
        "Sagsfremstilling": "Rådgivningsvirksomheden Cowi har udarbejdet et notat."})
    q = parse_question("Hvor mange bymidter har kommunen ifølge Cowis notat?")
    assert unknown_names(q, archive) == []
    assert unknown_names(parse_question("Hvad siger Rambølls notat?"), archive) == ["Rambølls"]


def test_a_guests_items_over_several_meetings(archive, context) -> None:
    """A person on no list who took part under items: the items, by meeting, each cited."""
    for day in (date(2023, 2, 7), MARCH):
        archive.add_meeting(_meeting(day, "Rådhuset", ["Musa Kekec (A)"], []))
    guest = "På mødet deltager erhvervsudviklingschef Claudia Westh Lonning under punktet."
    first = archive.add(date(2023, 2, 7), 1, "Besøg hos Caverion", {"Sagsfremstilling": guest})
    second = archive.add(MARCH, 1, "Besøg hos Toms Gruppen", {"Sagsfremstilling": guest})
    other = archive.add(MARCH, 4, "Status på IPS", {"Sagsfremstilling": "IPS virker."})
    question = "Claudia Westh Lonning – hvilke udvalgsmøder har hun været med til, og under " \
               "hvilke punkter?"
    assert parse_question(question).kind == "meeting"
    answer = compose_meeting(context(question, [second, other, first]))
    assert "står ikke på nogen af mødernes deltagerlister" in answer.text
    assert answer.text.index("7. februar 2023, punkt 1") < answer.text.index(
        "18. marts 2025, punkt 1")
    assert [c.ref for c in answer.citations] == [first.ref, second.ref]


def test_a_persons_title_at_the_meetings_asks_every_meeting() -> None:
    question = "Jannik Karoli Plum Nielsen – hvilken stilling havde han på udvalgsmøderne?"
    assert (parse_question(question).kind, MEETINGS_ASKED.search(question) is not None) == (
        "meeting", True)
    assert MEETINGS_ASKED.search("Hvilken stilling havde han på mødet?") is None


def test_a_party_by_its_letter_alone() -> None:
    assert asked_party("Hvem sad for D på mødet 6/2-24?") == "D"
    assert asked_party("Hvad betyder det for A-kassen?") is None


def test_a_count_under_a_label_counts_the_label() -> None:
    """"Hvor mange ledige var i løntilskud …?" — "Løntilskud (52 pladser)"; and two
    compounds with one head count the same thing."""
    assert counts("ledig", "Løntilskud (52 pladser)", ["ledig", "løntilskud"])
    assert not counts("ledig", "Fleksjob (79 pladser)", ["ledig", "løntilskud"])
    assert counts("transportløsning", "Der afprøves 2 mobilitetsløsninger.", [])


def test_centres_named_in_the_plural_answer_who() -> None:
    assert holds("I forhold til kommunen som arbejdsgiver har Centrene for Arbejdsmarked samt "
                 "Politik og Organisation oprettet et formaliseret samarbejdsforum.", "person")


# -- counter-examples from the review of these rules --------------------------------------

def test_no_apologies_at_the_items_meeting_says_so(archive, context) -> None:
    archive.add_meeting(_meeting(date(2024, 2, 6), "Rådhuset", ["Musa Kekec (A)"], []))
    item = archive.add(date(2024, 2, 6), 2, "Forenkling af politikker og strategier", {
        "Sagsfremstilling": "Der er 53 politikker.", "Beslutning": "Indstilles til godkendelse"})
    answer = compose_who(context("Hvem havde afbud, da udvalget behandlede forenklingen?",
                                 [item]), "absent")
    assert answer.text.startswith("Ingen havde afbud") and "Musa Kekec (A)" in answer.text


def test_review_party_proposer_and_decision_words() -> None:
    assert asked_party("hvem repræsenterede liste ø på mødet i februar 2024?") == "Ø"
    assert who_role("Hvem indstillede den midlertidige formand i marts 2025?") != "proposer"
    assert who_role("Hvem indstillede, at studieturen til Lund skulle godkendes?") == "proposer"
    assert not asks_decision("Hvad konkluderede Cowis notat om butikscentret?")
    assert asks_decision("Hvad konkluderede udvalget om butikscentret?")
    assert "igen" in parse_question("Hvornår bliver Anja Holtze igen næstformand?").topic
    toms = _meeting(MARCH, "Toms Gruppen, Toms Allé nr. 1", [], [])
    assert held_at("Hvem havde afbud til mødet på Toms?", [toms]) is toms


def test_an_election_the_minutes_tell_otherwise_is_no_false_premise(archive, context) -> None:
    item = archive.add(MARCH, 2, "Valg af midlertidig formand", {
        "Sagsfremstilling": "Udvalget valgte den 14. januar 2025 Erling Andersen (A) som ny "
                            "midlertidig næstformand.",
        "Beslutning": "Anja Holtze (A) blev valgt som midlertidig formand."})
    for question in ("Hvor mange stemte for, da Erling Andersen blev valgt som midlertidig "
                     "næstformand?",
                     "Da Anja Holtze blev valgt som midlertidig formand, hvem stemte så for?"):
        assert false_premise(context(question, [item])) is None, question


def test_the_words_asking_who_was_absent_are_no_topic() -> None:
    q = parse_question("hvem manglede da statussen på det sociale ansvar var oppe hos toms")
    assert q.kind == "who"
    assert "mangled" not in q.topic and "opp" not in q.topic and "status" in q.topic
    # a meeting question with a place word only: the place is its topic
    assert parse_question("Hvem manglede, da sagen var oppe hos Toms?").kind == "meeting"


def test_a_name_spelled_a_letter_apart_on_a_list(archive, context) -> None:
    first = archive.add_meeting(_meeting(date(2023, 2, 7), "Rådhuset", ["Saime B. Inanc (Ø)"],
                                         []))
    archive.add_meeting(_meeting(date(2024, 2, 6), "Rådhuset", ["Saima B. Inanc (Ø)"], []))
    archive.add_meeting(_meeting(MARCH, "Rådhuset", ["Sandra Marsenic (A)"], []))
    answer = compose_meeting(context("Hvilke udvalgsmøder deltog Saime Inanc i?", [first]))
    assert "2 af 3 møder" in answer.text and "Saima B. Inanc (Ø)" in answer.text


def test_the_town_hall_names_where_a_meeting_was_held_not_a_topic() -> None:
    q = parse_question("hvem deltog i mødet på rådhuset i 2024")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_a_statement_before_the_question_sets_neither_its_type_nor_its_kind() -> None:
    """The ad-batch: "Nøgletallene viste, at antallet steg … Nøjedes udvalget med at tage
    tallene til efterretning?" asks the decision, not a count."""
    question = ("Nøgletallene på sidste møde viste, at antallet af dagpengemodtagere steg "
                "mere i Ballerup end i hele landet. Nøjedes udvalget med at tage tallene til "
                "efterretning?")
    assert asked_type(question) != "count"
    assert parse_question(question).kind == "decision"
    # an ordinal is no sentence end; "hvad så med …" asks the statement's question again
    assert parse_question("Er der blevet færre elevpladser fra 2. halvår 2022 til 2. halvår "
                          "2024?").kind != "decision"
    assert asked_type("Ledigheden var 2,8 pct. – og hvad så med Gladsaxe?") == "percent"


def test_how_the_committee_handled_a_matter_asks_the_decision() -> None:
    assert asks_decision("Jobcentret meldte om 212 færre ledige. Hvordan håndterede "
                         "udvalget den orientering?")
    assert not asks_decision("Hvordan håndterede jobcentret de mange nye ledige?")


def test_why_is_answered_by_a_cause_not_by_what_follows(archive, context) -> None:
    item = archive.add(date(2015, 6, 9), 7, "Bevilling af mentorer", {"Sagsfremstilling": (
        "Administrationen arbejder derfor på at spare på mentorstøtten i år. "
        "Forbruget på mentorstøtten skyldes en lempelig vurdering af målgruppen.")})
    answer = compose_fact(context("Hvorfor steg forbruget på mentorstøtten?", [item]))
    assert answer.text.split("\n")[1].startswith("> Forbruget på mentorstøtten skyldes")
