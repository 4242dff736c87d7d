"""Answer classes found this session on dev (the au- and at-batches): an item asked by
its number or its whole title ("Hvilke meddelelser fik udvalget i marts 2025?") is
answered with its points and decision; a meeting's agenda asked as its "program"; "det
sidste egentlige punkt før underskriftsiden"; "strider … imod" is no vote."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest

from tests.unit.item_context import item_context

_MEDDELELSER = """1. Iris Group rangerer alle landets kommuner på et samlet indeks. Indekset \
dækker en række underindeks.
2. Jobcamp 2025 afholdes i Aalborg den 23. og 24. oktober. Tilmelding koordineres af \
administrationen.
3. Erhvervslivets nytårskur 2024
180 deltagere mødte op til nytårskuren. Temaet var kunstig intelligens."""


def _ctx(question: str, items: list[tuple[int, str, date]], sections: dict[int, list]):  # noqa: ANN202
    return item_context(question, items, sections)


_MARCH, _FEB = date(2025, 3, 18), date(2024, 2, 6)
_ITEMS = [(1, "Besøg hos Toms Gruppen", _MARCH), (3, "Meddelelser", _MARCH),
          (1, "Meddelelser", _FEB), (4, "Status på IPS-indsatsen", _MARCH)]
_SECTIONS = {3: [("Beskrivelse", _MEDDELELSER), ("Beslutning", "Taget til efterretning")],
             4: [("Resume", "IPS-indsatsen hjælper borgere i job. Den er evalueret i 2024. "
                            "Den fortsætter."), ("Beslutning", "Godkendt")]}


@pytest.mark.parametrize("question", [
    "Hvilke meddelelser fik udvalget i marts 2025?",
    "Hvad blev udvalget orienteret om under meddelelser i foråret 2025?",
    "Hvad stod der under punktet Meddelelser på mødet 18. marts 2025?",
])
def test_an_item_named_by_its_title_is_answered_with_its_points(question: str) -> None:
    from rag.compose.contents import asks_contents, compose_contents

    assert asks_contents(question)
    answer = compose_contents(_ctx(question, _ITEMS, _SECTIONS))
    assert answer is not None
    assert answer.citations[0].ref.punkt == 3 and answer.citations[0].ref.date == _MARCH
    assert "- 1. Iris Group rangerer alle landets kommuner på et samlet indeks." in answer.text
    assert "- 2. Jobcamp 2025 afholdes i Aalborg den 23. og 24. oktober." in answer.text
    # a point that is only a heading gets the sentence under it
    assert "- 3. Erhvervslivets nytårskur 2024: 180 deltagere mødte op" in answer.text
    assert "Beslutning: »Taget til efterretning«" in answer.text


def test_an_item_named_by_its_number_gives_its_opening_and_decision() -> None:
    from rag.compose.contents import compose_contents

    question = "Hvad handlede punkt 4 om på mødet 18. marts 2025?"
    answer = compose_contents(_ctx(question, _ITEMS, _SECTIONS))
    assert answer is not None and answer.citations[0].ref.punkt == 4
    assert "> IPS-indsatsen hjælper borgere i job. Den er evalueret i 2024." in answer.text
    assert "Den fortsætter" not in answer.text  # the opening, not the whole case
    assert "Beslutning: »Godkendt«" in answer.text


@pytest.mark.parametrize("question", [
    "Hvad besluttede udvalget om studieturen?",
    "Hvor mange deltog i nytårskuren?",
    "Hvilke punkter var på dagsordenen i marts 2025?",
])
def test_questions_about_a_matter_are_no_contents_questions(question: str) -> None:
    from rag.compose.contents import asks_contents

    assert not asks_contents(question)


def test_a_title_not_wholly_named_names_no_item() -> None:
    from rag.compose.contents import compose_contents

    # "status" is one word of "Status på IPS-indsatsen", not the item's whole title
    question = "Hvad stod der under punktet Status i marts 2025?"
    assert compose_contents(_ctx(question, _ITEMS, _SECTIONS)) is None


@pytest.mark.parametrize(("question", "aspect"), [
    ("Hvad stod der på programmet, da udvalget mødtes i marts 2025?", "agenda"),
    ("Giv mig punkterne i rækkefølge fra mødet i marts 2025.", "agenda"),
    ("Hvilke lokale virksomheder var på programmet ved nytårskuren?", None),
    ("Hvad var på programmet for studieturen til Lund?", None),
])
def test_a_meetings_program_is_its_agenda(question: str, aspect: str | None) -> None:
    from rag.query import parse_question

    q = parse_question(question, [_MARCH])
    assert (q.meeting_aspect if q.kind == "meeting" else None) == aspect


def test_the_last_proper_item_before_the_signature_page_is_the_last_matter() -> None:
    from rag.compose.agenda_position import agenda_position

    assert agenda_position("Hvad er det sidste egentlige sagspunkt før underskriftsiden i "
                           "referatet fra 6. februar 2024?") == ("ordinal", -1)
    # a place after a formality stays relative to it
    assert agenda_position("Hvad var det første punkt efter meddelelserne?") == ("after", 1)


def test_conflicting_with_a_rule_is_no_vote() -> None:
    from rag.query import parse_question

    q = parse_question("Hvilken gældende lokalplan strider butikscentret i Bilbyen imod?")
    assert q.kind != "vote"
    assert parse_question("Hvem stemte imod butikscentret i Bilbyen?").kind == "vote"


@pytest.mark.parametrize(("question", "plain"), [
    ("Hvem ledede mødet 18/3-25?", "Hvem var formand på mødet 18/3-25?"),
    ("Hvem sad for bordenden i marts?", "Hvem var formand i marts?"),
    ("Hvem leder projektet om IPS?", "Hvem leder projektet om IPS?"),
])
def test_the_chair_asked_by_what_the_chair_does(question: str, plain: str) -> None:
    from rag.roles import chair_in_plain_words

    assert chair_in_plain_words(question) == plain


def test_the_words_that_name_a_relative_meeting_are_no_topic() -> None:
    from rag.query import parse_question

    q = parse_question("Hvem var formand og næstformand for udvalget på det første møde i "
                       "arkivet?")
    assert q.relative_meeting == "first" and q.topic == ["formand", "næstformand"]


def _guests(question: str):  # noqa: ANN202
    from rag.catalog import ItemView
    from rag.compose.base import Context
    from rag.compose.guests import asks_guests, compose_guests
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    day = date(2020, 9, 8)
    ref = ItemRef("Ballerup", "EBU", day, "13:00", 0)
    texts = {1: "Udvalget orienteres om nye virksomheder.",
             2: "På udvalgets møde deltager analytiker Kenneth Andersen fra Exometric. "
                "Analysen viser en nettotilflytning.",
             3: "Lukket punkt.",
             5: "Konsulent Jacob Zeberg Eberholst fra Implement deltager på mødet og "
                "præsenterer analysen. Administrationen deltager i arbejdet."}
    agenda = [(1, "Meddelelser", False), (2, "Til- og fraflytning", False),
              (3, "Lukket: Personalesag", True), (5, "Økonomi på beskæftigelsesområdet", False)]
    meeting = SimpleNamespace(ref=ref, date=day, agenda=agenda)
    views = {replace(ref, punkt=n): ItemView(replace(ref, punkt=n), n, title, closed, None,
                                             [("Sagsfremstilling", texts[n])])
             for n, title, closed in agenda}
    lookup = SimpleNamespace(meeting=lambda r: meeting, item=lambda r: views.get(r),
                             municipalities=["Ballerup"])
    q = parse_question(question, [day])
    items = [RetrievedItem(replace(ref, punkt=n), t, c, 1.0) for n, t, c in agenda]
    ctx = Context(question, q, items, lookup, lambda i: 0.0, 0.6)  # type: ignore[arg-type]
    return asks_guests(question, q.punkt), compose_guests(ctx)


def test_the_guests_of_a_meetings_items_are_listed_item_by_item() -> None:
    asked, answer = _guests("Hvem deltog under sagerne på mødet 8/9-20 ud over udvalget selv?")
    assert asked and answer is not None
    lines = [x for x in answer.text.splitlines() if x.startswith("- ")]
    assert [x.split(" (")[0] for x in lines] == ["- Punkt 2", "- Punkt 5"]
    assert "Kenneth Andersen fra Exometric" in lines[0]
    assert "Analysen viser" not in answer.text  # only the line that names the guest
    assert [c.ref.punkt for c in answer.citations] == [2, 5]


def test_the_guests_of_one_named_item() -> None:
    asked, answer = _guests("Hvem deltog under punkt 5 på mødet 8/9-20?")
    assert asked and answer is not None
    assert "under punkt 5 på mødet" in answer.text and "Kenneth" not in answer.text
    assert "Var der" not in answer.text
    asked, answer = _guests("Var der gæster med under nogle af punkterne på mødet 8/9-20?")
    assert answer is not None and answer.text.startswith("Ja. ")


def test_the_meetings_own_list_is_no_guest_question() -> None:
    asked, _ = _guests("Hvem deltog i mødet 8/9-20?")
    assert not asked


@pytest.mark.parametrize(("question", "n"), [
    ("To ting fra vintermødet 2024: hvor mange styringsdokumenter kan skæres væk, og fra "
     "hvilken dato bliver arbejdstiden røgfri?", 2),
    ("Hvor længe var Musa Kekec væk i sommeren 2015, og til hvornår blev hans fravær "
     "forlænget i 2025?", 2),
    # a preposition and a question word that only ask the same thing further
    ("Hvad kostede studieturen, og i hvilket år?", 1),
])
def test_a_part_may_open_with_a_preposition_before_its_question_word(question: str,
                                                                     n: int) -> None:
    from rag.compose.multi import split_parts

    parts = split_parts(question)
    assert len(parts) == n
    if n == 2:
        assert parts[1].lower().startswith(("fra hvilken dato", "til hvornår"))


def test_respectively_three_matters_asks_each() -> None:
    from rag.compose.listed_parts import both_parts

    assert both_parts("Hvornår skal henholdsvis KKR's uddannelsesstrategi fra 2015, "
                      "energitjekket til virksomhederne og samarbejdet med "
                      "Idrætsfællesskabet evalueres?") == [
        "Hvornår skal KKR's uddannelsesstrategi fra 2015 evalueres?",
        "Hvornår skal energitjekket til virksomhederne evalueres?",
        "Hvornår skal samarbejdet med Idrætsfællesskabet evalueres?"]


@pytest.mark.parametrize("question", [
    "Hvilke oplægsholdere talte ved nytårskuren 2024 ud over erhvervsministeren?",
    "Hvor mange af de 180 gæster til nytårskuren kom fra virksomheder i Ballerup?",
    "Deltog der oplægsholdere under punktet om leverandørsamarbejdet i februar 2024?",
])
def test_guests_of_an_event_or_a_matter_are_no_guests_of_the_items(question: str) -> None:
    from rag.compose.guests import asks_guests

    assert not asks_guests(question, None)


@pytest.mark.parametrize(("text", "label"), [
    ("Har politikerne sat gang i et sommerjob-program for unge ledige?", None),
    ("Hvem vandt vinterbadningen?", None),
    ("Hvad skete der i sommerferien 2020?", "sommerferien 2020"),
    ("Hvad blev besluttet på forårsmødet 2019?", "forårsmødet 2019"),
    ("Hvor længe var formanden væk i sommeren 2015?", "sommeren 2015"),
])
def test_a_season_is_a_time_not_a_thing_named_for_it(text: str, label: str | None) -> None:
    from referat.periods import find_period

    found = find_period(text)
    assert (found.label if found else None) == label


def test_an_end_date_after_a_weekday_answers_how_long() -> None:
    from rag.compose.typed import holds

    assert holds("Formanden holder ferie i perioden fra onsdag den 1. juli til fredag den "
                 "31. juli 2015.", "duration")


@pytest.mark.parametrize(("sentence", "named"), [
    ("Ballerup Kommune har den 8. bedste udvikling i hele landet.", False),
    ("Center for Beskæftigelse vurderer, at udviklingen er vendt.", False),
    ("Virksomheden udvider produktionen på Helseholmen i Hvidovre.", True),
])
def test_which_municipality_is_answered_only_by_another_municipality(sentence: str,
                                                                     named: bool) -> None:
    from rag.compose.near_miss import ONE_NAMED, names_one

    question = "Ballerup lå nr. 8 i landet – hvilken kommune lå så nummer ét?"
    assert ONE_NAMED.search(question)
    assert names_one(sentence, question, ["Ballerup"]) is named


def test_how_much_one_may_earn_asks_an_amount() -> None:
    from rag.intent import asked_type

    assert asked_type("Hvor meget må en førtidspensionist tjene ved siden af?") == "amount"


def _decisions(question: str):  # noqa: ANN202
    from rag.catalog import ItemView
    from rag.compose.base import Context
    from rag.compose.meeting_decisions import asks_meeting_decisions, compose_meeting_decisions
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    day = date(2023, 2, 7)
    ref = ItemRef("Ballerup", "EBU", day, "08:00", 0)
    agenda = [(1, "Besøg hos Caverion", False), (2, "Studietur til Lund", False),
              (3, "Status på leverandørsamarbejdet", True),
              (4, "Godkendelse af referat (underskriftside)", False)]
    decisions = {1: "Udsættes", 2: "Indstillingen godkendt. " + "Saime stemte imod. " * 20,
                 4: ""}
    meeting = SimpleNamespace(ref=ref, date=day, agenda=agenda, committee="EBU", labels={})
    views = {replace(ref, punkt=n): ItemView(replace(ref, punkt=n), n, t, c, None,
                                             [("Beslutning", decisions.get(n, ""))])
             for n, t, c in agenda}
    lookup = SimpleNamespace(meeting=lambda r: meeting, item=lambda r: views.get(r),
                             municipalities=["Ballerup"])
    q = parse_question(question, [day])
    items = [RetrievedItem(replace(ref, punkt=n), t, c, 1.0) for n, t, c in agenda]
    ctx = Context(question, q, items, lookup, lambda i: 0.0, 0.6)  # type: ignore[arg-type]
    return asks_meeting_decisions(ctx), compose_meeting_decisions(ctx)


@pytest.mark.parametrize("question", [
    "Hvad besluttede udvalget på mødet 7. februar 2023?",
    "Hvad skete der på mødet i februar 2023?",
    "Hvad besluttede udvalget 7/2-2023?",
    # the meeting as a whole in other words (each declined or quoted one item before)
    "Hvad drøftede udvalget på mødet 7/2-2023?",
    "Hvad foregik der på mødet 7. februar 2023?",
    "Giv mig et resumé af mødet i februar 2023",
    "Opsummer udvalgsmødet den 7. februar 2023",
    "Kan du give mig et overblik over mødet 7. februar 2023?",
])
def test_a_meetings_decisions_are_listed_item_by_item(question: str) -> None:
    asked, answer = _decisions(question)
    assert asked and answer is not None
    lines = [x for x in answer.text.splitlines() if x.startswith("- ")]
    assert lines[0] == "- Punkt 1: Besøg hos Caverion — »Udsættes«"
    assert lines[1].startswith("- Punkt 2: Studietur til Lund — »Indstillingen godkendt.")
    assert lines[1].endswith(" …«") and len(lines[1]) < 250  # a long decision shortened
    assert lines[2] == "- Punkt 3: Status på leverandørsamarbejdet — lukket punkt"
    assert len(lines) == 3  # no signature page
    assert [c.ref.punkt for c in answer.citations] == [1, 2, 3]


@pytest.mark.parametrize("question", [
    "Hvad besluttede udvalget om studieturen på mødet 7. februar 2023?",  # a matter
    "Hvad besluttede udvalget i punkt 2 på mødet 7/2-2023?",  # an item
    "Blev der besluttet noget på mødet 7. februar 2023?",  # yes/no
    "hvad blev besluttet 7/2-2023?",  # no meeting or committee named (a question's part)
    "Giv mig et resumé af drøftelsen om studieturen på mødet 7/2-2023",  # a matter
])
def test_a_question_about_a_matter_or_item_is_no_meeting_decision_list(question: str) -> None:
    asked, _ = _decisions(question)
    assert not asked


@pytest.mark.parametrize(("question", "line"), [
    ("Blev status på IPS-indsatsen godkendt i marts 2025?",
     "Nej, sagen blev kun taget til efterretning."),
    ("Skulle udvalget vedtage sagsoversigten?", "Nej, sagen blev kun taget til efterretning."),
    ("Blev IPS-status behandlet i marts 2025?", "Taget til efterretning."),
    ("Fik Hoved-MED ros, da reglerne blev vedtaget?", "Taget til efterretning."),
])
def test_an_approval_asked_of_a_noted_item_is_denied(question: str, line: str) -> None:
    from rag.compose.decision import yes_no_line

    assert yes_no_line(question, "Taget til efterretning") == line


@pytest.mark.parametrize(("question", "decision", "line"), [
    ("Jeg har hørt, at EBU skulle godkende udviklingsforløbet i februar 2024. Passer det?",
     "Taget til efterretning", "Nej, sagen blev kun taget til efterretning."),
    ("Jeg har hørt, at udvalget tog det til efterretning. Passer det?",
     "Taget til efterretning", "Ja. Taget til efterretning."),
    ("Studieturen blev udsat. Er det rigtigt?", "Indstillingen godkendt", "Nej."),
])
def test_a_statement_checked_by_passer_det_is_the_claim(question: str, decision: str,
                                                         line: str) -> None:
    from rag.compose.decision import yes_no_line

    assert yes_no_line(question, decision) == line
