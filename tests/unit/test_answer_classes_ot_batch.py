"""Answer classes found on the dev half of the ot batch (Greve's minutes, written blind):
a month without a year in an archive of several municipalities, a matter sent back
instead of decided, and "var alle der?" of a meeting."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import pytest

from rag.compose.decision import outcome, yes_no_line
from rag.scope import meeting_dates, naming_municipality
from referat.domain import Filters


@dataclass
class _Meeting:
    date: date
    municipality: str


@dataclass
class _Names:
    municipalities: list[str]

    def municipalities_in(self, text: str, places: bool = False) -> list[str]:
        return [m for m in self.municipalities if m in text]

    def committees_in(self, text: str) -> list[str]:
        return []


@dataclass
class _Store:
    texts: dict[str, str]  # municipality -> all its item text

    def mentions(self, name: str, municipalities: list[str]) -> bool:
        return any(name.lower() in self.texts[m].lower() for m in municipalities)


@dataclass
class _Lookup:
    """The two municipalities' meetings: Greve's October 2024, Aarhus's October 2025."""

    names: _Names = field(default_factory=lambda: _Names(["Greve", "Aarhus"]))
    store: _Store = field(default_factory=lambda: _Store({
        "Greve": "Birkedalen 2a, 2b og 2c - opførelse af tre rækkehuse. Byrådet.",
        "Aarhus": "Lokalplan for Kattrup. Byrådet."}))
    meetings: list[_Meeting] = field(default_factory=lambda: [
        _Meeting(date(2024, 10, 10), "Greve"), _Meeting(date(2025, 10, 1), "Aarhus")])

    def meetings_in(self, f: Filters) -> list[_Meeting]:
        return [m for m in self.meetings
                if not f.municipalities or m.municipality in f.municipalities]


def test_a_month_without_a_year_is_that_of_the_municipality_whose_minutes_name_the_matter(
        ) -> None:
    """"… Birkedalen 2a-2c – fik de byggetilladelse i oktober?": only Greve's minutes
    name Birkedalen, so October is Greve's October (2024), not Aarhus's later one."""
    question = "De tre rækkehuse på Birkedalen 2a-2c – fik de byggetilladelse i oktober?"
    lookup = _Lookup()
    assert naming_municipality(question, lookup) == ["Greve"]
    assert meeting_dates(question, None, lookup) == [date(2024, 10, 10)]


@pytest.mark.parametrize("question", [
    "Hvad skete der på Byrådets møde i oktober?",  # a name every municipality's minutes use
    "Hvad skete der med Nørrebrogade i oktober?",  # a name no minutes use
    "Hvad blev der besluttet i oktober?",  # no name at all
])
def test_no_single_municipality_leaves_every_meeting_in_scope(question: str) -> None:
    lookup = _Lookup()
    assert naming_municipality(question, lookup) == []
    assert len(meeting_dates(question, None, lookup)) == 2


def test_a_named_year_needs_no_municipality_from_the_names() -> None:
    """The check is only for a period without a year: "i oktober 2025" says which."""
    question = "Hvad skete der med Birkedalen i oktober 2025?"
    assert len(meeting_dates(question, None, _Lookup())) == 2


@pytest.mark.parametrize("decision", [
    "Sagen blev sendt tilbage med henblik på, at helhedsvurderingen skal belyse "
    "indbliksgener nærmere.",
    "Udvalget besluttede at sende sagen tilbage til administrationen.",
    "Sagen hjemvises til fornyet behandling.",
])
def test_a_matter_sent_back_is_no_decision_yet(decision: str) -> None:
    assert outcome(decision) == "tilbage"
    assert yes_no_line("Fik de lovliggørende byggetilladelse i oktober?", decision) == (
        "Sagen blev sendt tilbage til fornyet behandling.")
    assert yes_no_line("Blev sagen udsat?", decision).startswith("Nej.")


def test_a_decision_that_approves_and_then_sends_back_is_approved() -> None:
    assert outcome("Godkendt. Sagen sendes tilbage til udvalget efter høringen.") == "godkendt"


@pytest.mark.parametrize("question", [
    "var alle der?",
    "Var alle med på teknikudvalgets møde d. 8/2?",
    "Var alle udvalgsmedlemmer til stede på mødet i marts?",
])
def test_whether_everyone_came_asks_who_was_missing(question: str) -> None:
    from rag.query import parse_question
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", "absentees")


@pytest.mark.parametrize("question", ["Var alle med på ideen?", "Var alle enige?"])
def test_everyone_agreeing_is_no_attendance(question: str) -> None:
    from rag.query import parse_question
    assert parse_question(question).kind != "meeting"


@pytest.mark.parametrize(("question", "committee"), [
    ("Hvad valgte ældreudvalget i april?", "Sundheds- og Omsorgsudvalget"),
    ("Hvad besluttede jobudvalget om udbuddet?", "Beskæftigelses- og Erhvervsudvalget"),
    ("Hvad sagde idrætsudvalget til hal-tiderne?", "Kultur- og Fritidsudvalget"),
    ("Hvad besluttede teknikudvalget?", "Klima-, Teknik- og Miljøudvalget"),
])
def test_a_committee_named_by_its_field_is_found(question: str, committee: str) -> None:
    from rag.names import ArchiveNames
    names = ArchiveNames(["Greve"], ["Sundheds- og Omsorgsudvalget", "Social- og Handicapudvalget",
                                     "Beskæftigelses- og Erhvervsudvalget",
                                     "Kultur- og Fritidsudvalget",
                                     "Klima-, Teknik- og Miljøudvalget"])
    assert names.committees_in(question) == [committee]


def test_a_field_name_no_committee_has_finds_none() -> None:
    from rag.names import ArchiveNames
    names = ArchiveNames(["Greve"], ["Social- og Handicapudvalget", "Kultur- og Fritidsudvalget"])
    assert names.committees_in("Hvad besluttede ældreudvalget?") == []


def test_who_came_and_who_did_not_asks_the_attendance_list() -> None:
    """The attendance list names the absent too: "Hvem var medlem … – og manglede der
    nogen?" gets it, not the absent alone."""
    from rag.query import parse_question
    q = parse_question("Hvem var medlem af udvalget ved mødet i oktober – og manglede der nogen?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")
    assert parse_question("Hvem havde afbud til mødet i juni?").meeting_aspect == "absentees"


@pytest.mark.parametrize("question", [
    "Hvilken model for Marte Meo-uddannelse på plejecentrene valgte ældreudvalget i april?",
    "Hvilken af de tre løsninger vedtog byrådet?",
])
def test_which_of_several_the_committee_chose_is_its_decision(question: str) -> None:
    from rag.query import parse_question
    assert parse_question(question).kind == "decision"


def test_which_company_the_committee_chose_to_visit_is_no_decision() -> None:
    from rag.query import parse_question
    assert parse_question("Hvilken virksomhed i Skovlunde valgte udvalget at besøge?"
                          ).kind != "decision"


def test_a_named_month_quotes_only_its_own_meeting_on_a_recurring_matter() -> None:
    """"… benchmarking, som udvalget fik i januar?": the June item on the same matter
    scores close, but its figures are not January's."""
    from rag.compose.passage import Quote
    from rag.compose.pick import pick
    from tests.unit.item_context import item_context

    jan, jun = date(2024, 1, 8), date(2024, 6, 3)
    ctx = item_context("Hvilken plads fik kommunen i benchmarkingen, som udvalget fik i januar?",
                       [(5, "Benchmarking", jan), (3, "Benchmarking", jun)], {})
    january, june = ctx.candidates
    quotes = [Quote(january, "Sagsfremstilling", "… fra nummer 19 til nummer 23.", 2.0, 1.0, True),
              Quote(june, "Sagsfremstilling", "… fra nummer 23 til nummer 12.", 1.95, 1.0, True)]
    assert [q.item.meeting_date for q in pick(ctx, quotes)] == [jan]
    # without a named period, both meetings' figures are shown
    ctx = item_context("Hvilken plads fik kommunen i benchmarkingen?",
                       [(5, "Benchmarking", jan), (3, "Benchmarking", jun)], {})
    quotes = [replace(q, item=i) for q, i in zip(quotes, ctx.candidates, strict=True)]
    assert len(pick(ctx, quotes)) == 2


def test_a_statement_after_the_last_question_sets_the_scene_for_every_part() -> None:
    """"…, og hvad må der bygges? ØU havde udbuddet oppe i oktober": both parts are
    asked of ØU's October meeting, not only the last."""
    from rag.compose.multi import split_parts
    parts = split_parts("Hvem skal købe grundene Greve Main 27 og 39, og hvad må der bygges? "
                        "ØU havde udbuddet oppe i oktober")
    assert len(parts) == 2
    assert all(p.endswith("ØU havde udbuddet oppe i oktober?") for p in parts)
    assert split_parts("Hvad koster det? Og hvornår starter det?") == [
        "Hvad koster det?", "Og hvornår starter det?"]


def test_parts_answered_alike_are_answered_once() -> None:
    from rag.compose.multi import combine
    from referat.domain import Answer
    same = "Punktet er lukket; beslutningen lyder: »Anbefales.«"
    one = combine("Hvem køber, og hvad må der bygges?", ["Hvem køber?", "hvad må der bygges?"],
                  [Answer("a", same, [], []), Answer("b", same, [], [])])
    assert one.text == same
    two = combine("Hvem køber, og hvad koster det?", ["Hvem køber?", "hvad koster det?"],
                  [Answer("a", same, [], []), Answer("b", "Det koster 5 mio. kr.", [], [])])
    assert two.text.count("**") == 4 and same in two.text


# --- narrowed after review: what the new rules must not catch ------------------------------

@pytest.mark.parametrize("decision", [
    "Drøftet. Sagen sendes tilbage til udvalget, når høringen er afsluttet.",
    "Forslaget sendes i høring og sendes tilbage til udvalget efter høringsperioden.",
])
def test_a_later_step_back_to_the_committee_is_not_a_matter_sent_back(decision: str) -> None:
    assert outcome(decision) != "tilbage"


@pytest.mark.parametrize("decision", [
    "Byrådet besluttede at tilbagesende sagen til Kultur- og Fritidsudvalget.",
    "Sagen tilbagesendes til forvaltningen.",
    "Udvalget sendte den tilbage til administrationen.",
])
def test_a_matter_sent_back_in_other_words(decision: str) -> None:
    assert outcome(decision) == "tilbage"


def test_asked_whether_sent_back_of_an_approval_is_no() -> None:
    assert yes_no_line("Blev sagen sendt tilbage til administrationen?", "Godkendt.") == "Nej."


@pytest.mark.parametrize("question", [
    "Blev der givet tilskud til COVID-19 test? Hvad sagde KFU i maj?",
    "Er der bevilget penge til LED-belysning? Hvad sagde TMU i marts?",
])
def test_a_compound_opening_with_capitals_is_no_body(question: str) -> None:
    """"LED-belysning" names no committee: the yes/no question and one body's view are
    one question, as "Skal skolen sælges? Hvad sagde ØU i april?" is."""
    from rag.compose.multi import split_parts
    assert split_parts(question) == [question]


@pytest.mark.parametrize("question", [
    "Hvem var fraværende eller ikke til stede ved mødet i februar 2024?",
    "Hvem meldte afbud til mødet, hvor borgmesteren var til stede?",
])
def test_absence_asked_alone_stays_absence(question: str) -> None:
    from rag.query import parse_question
    assert parse_question(question).meeting_aspect == "absentees"


def test_an_audience_is_no_attendance_list() -> None:
    from rag.query import parse_question
    q = parse_question("Hvor mange tilhørere var der til byrådsmødet i juni?")
    assert q.meeting_aspect != "attendees"


def test_a_named_committee_decides_whose_month_it_is() -> None:
    """"Hvad sagde Teknisk Udvalg i oktober om Vejdirektoratet?": the committee is named,
    so the names of the question do not pick a municipality."""
    lookup = _Lookup()
    lookup.names.committees_in = lambda text: ["Teknisk Udvalg"]  # type: ignore[method-assign]
    lookup.meetings_in = lambda f: [m for m in lookup.meetings  # type: ignore[method-assign]
                                    if not f.municipalities or m.municipality in f.municipalities]
    assert len(meeting_dates("Hvad sagde Teknisk Udvalg i oktober om Birkedalen?", None,
                             lookup)) == 2


def test_a_shared_field_is_no_committee_name() -> None:
    from rag.names import ArchiveNames
    names = ArchiveNames(["Ballerup"], ["Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"])
    assert names.committees_in("Hvad vedtog skoleudvalget om skolestrukturen?") == []
