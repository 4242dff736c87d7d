"""Answer classes found in the seventeenth session on fresh blind batches (bn: the
seeds, oz: Greve and the formats examples), dev halves only: a recurring report asked
by the period its title names, a municipality typed in lower case, the list of a
meeting named by what happened there, and a meeting's place, time and apologies asked
in one question."""

from __future__ import annotations

from datetime import date
from typing import Any

from rag.compose.meeting import compose_meeting
from rag.compose.pick import pool
from rag.compose.who import compose_who
from rag.period_scope import titled_period_first
from rag.query import parse_question
from rag.roles import who_role
from referat.domain import ItemRef, RetrievedItem
from referat.municipalities import municipalities_named

_BENCH = "Beskæftigelsesministeriets benchmarking af kommunernes beskæftigelsesindsats"


def _item(day: date, punkt: int, title: str) -> RetrievedItem:
    return RetrievedItem(ItemRef("Greve", "BEU", day, "08:00", punkt), title, False, 1.0)


def test_a_recurring_report_is_the_one_whose_title_names_the_asked_period() -> None:
    """"… benchmarking for 3. kvartal 2023 - 2. kvartal 2024?": of three benchmarkings
    the one for that period, whatever retrieval ranked first; a question naming no
    such period keeps retrieval's order."""
    june = _item(date(2024, 6, 3), 3, f"{_BENCH} for perioden 1. kvartal 2023 til 4. kvartal 2023")
    november = _item(date(2024, 11, 18), 7,
                     f"{_BENCH} for perioden 3. kvartal 2023 - 2. kvartal 2024")
    january = _item(date(2024, 1, 8), 5, f"{_BENCH} for perioden 3. kvartal 2022 - 2. kvartal 2023")
    items = [june, november, january]
    asked = ("Hvilken placering fik Greve i Beskæftigelsesministeriets benchmarking for "
             "3. kvartal 2023 - 2. kvartal 2024?")
    assert titled_period_first(asked, items)[0] is november
    assert titled_period_first("Hvilken placering fik Greve i benchmarkingen?", items) == items
    # (a quarter without its year names no one report)
    assert titled_period_first("Hvad viste benchmarkingen for 2. kvartal?", items) == items


def test_the_report_for_the_asked_period_is_quoted_alone(context: Any) -> None:
    """Its neighbours on the same matter are not quoted beside it."""
    june = _item(date(2024, 6, 3), 3, f"{_BENCH} for perioden 1. kvartal 2023 til 4. kvartal 2023")
    november = _item(date(2024, 11, 18), 7,
                     f"{_BENCH} for perioden 3. kvartal 2023 - 2. kvartal 2024")
    ctx = context("Hvilken placering fik Greve i benchmarkingen for 3. kvartal 2023 - "
                  "2. kvartal 2024?", [november, june])
    assert pool(ctx) == [november]
    ctx = context("Hvilken placering fik Greve i benchmarkingen?", [november, june])
    assert pool(ctx) == [november, june]


def test_a_municipality_typed_in_lower_case_names_where_the_meeting_was() -> None:
    """"byrådsmødet d. 2/10-24 i greve, hvem manglede?" asks the meeting's apologies:
    "greve" is the municipality, no matter of its own; "i vejen" is no place."""
    assert municipalities_named("byrådsmødet d. 2/10-24 i greve") == ["greve"]
    assert municipalities_named("stod noget i vejen for projektet?") == []
    q = parse_question("byrådsmødet d. 2/10-24 i greve, hvem manglede?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "absentees")


def test_the_meeting_named_by_what_happened_there_answers_with_its_own_list(
        archive: Any, context: Any) -> None:
    """"Hvem manglede ved byrådsmødet, hvor budgettet blev vedtaget?" and "Hvilke
    politikere sad i udvalget, da de behandlede studieturen?": the list of the meeting
    of the item found, not the item's own lines or its guests."""
    from tests.unit.item_context import meeting_info

    day = date(2023, 2, 7)
    front = archive.add_meeting(meeting_info(day, ["Musa Kekec (A)", "Anja Holtze (A)"],
                                             ["Per Kensø (C)"], place="Rådhuset"))
    item = archive.add(day, 5, "Studietur til Lund", {
        "Sagsfremstilling": "Udvalget drøfter studieturen til Lund.",
        "Beslutning": "Godkendt. Claudia Westh Lonning deltog under punktet."},
        committee="EBU")
    item.ref = ItemRef("Ballerup", "EBU", day, "08:00", 5)
    archive.views[item.ref] = archive.views.pop(ItemRef("Ballerup", "EBU", day, "", 5))
    asked = "Hvilke politikere sad i udvalget, da de behandlede studieturen til Lund?"
    assert who_role(asked) == "participant"
    answer = compose_who(context(asked, [item, front]), "participant")
    assert answer is not None and "Musa Kekec" in answer.text and "Claudia" not in answer.text
    assert answer.citations[0].ref.punkt == 0  # the meeting's front page
    asked = "Hvem manglede ved udvalgsmødet, hvor studieturen til Lund blev behandlet?"
    answer = compose_who(context(asked, [item, front]), "absent")
    assert answer is not None and "Per Kensø" in answer.text
    # "hvem deltog, da …" without a meeting named stays the item's guests
    answer = compose_who(context("Hvem deltog, da udvalget behandlede studieturen?",
                                 [item, front]), "participant")
    assert answer is None or "Musa Kekec" not in answer.text


def test_place_time_and_apologies_asked_together_are_all_answered(
        archive: Any, context: Any) -> None:
    """"Hvor og hvornår mødtes udvalget den 7. februar 2023, og havde nogen meldt
    afbud?": three facts of the front page, each said."""
    from tests.unit.item_context import meeting_info

    day = date(2023, 2, 7)
    front = archive.add_meeting(meeting_info(day, ["Musa Kekec (A)"], ["Per Kensø (C)"],
                                             place="Mødelokale 1"))
    ctx = context("Hvor og hvornår mødtes udvalget den 7. februar 2023, og havde nogen "
                  "meldt afbud?", [front])
    text = compose_meeting(ctx).text
    assert "Per Kensø" in text and "Mødelokale 1" in text and "08:00" in text


def test_an_approval_asked_of_a_plan_for_when_asks_yes_or_no() -> None:
    """"Fik forvaltningen grønt lys til sin plan for, hvornår opgaverne skulle løses?"
    asks whether the plan was approved, not a date; "hvornår fik planen grønt lys?"
    asks the date."""
    from rag.intent import asked_type

    assert asked_type("Fik forvaltningen grønt lys til sin plan for, hvornår opgaverne "
                      "fra budget 2024 skulle løses hen over året?") == "yesno"
    assert asked_type("Hvornår fik planen grønt lys?") == "date"


def test_a_hyphenated_word_the_archive_writes_as_one_is_one_topic_word() -> None:
    """"hvor længe kan man max vær i nytte-indsats?": the archive's "nytteindsats",
    not its halves "nytte" and "indsats" as topic words of their own; halves of a
    word the archive never writes stay."""
    from types import SimpleNamespace

    from rag.premises import known_words
    from referat.danish import stems

    whole = stems("nytteindsats", frozenset())[0]
    lexical = SimpleNamespace(vocab={whole, "uger"}, ordered_vocab=sorted({whole, "uger"}))
    q = parse_question("hvor længe kan man max være i nytte-indsats?")
    known_words(q, SimpleNamespace(lexical=lexical))
    assert whole in q.topic and not set(stems("nytte indsats", frozenset())) & set(q.topic)
    q = parse_question("hvor længe varer et mentor-forløb?")
    known_words(q, SimpleNamespace(lexical=lexical))
    assert set(stems("mentor forløb", frozenset())) <= set(q.topic)


def test_an_exact_amount_asked_is_not_answered_by_a_vague_one() -> None:
    """"hvor stort er beløbet helt præcist?" — "et trecifret millionbeløb" says no
    figure; asked without "præcist", it is the amount the minutes give."""
    from rag.compose.typed import holds

    vague = "Erhvervshuset udmønter i disse år et trecifret millionbeløb i støtte."
    assert not holds(vague, "amount", question="Hvor stort er beløbet helt præcist?")
    assert holds(vague, "amount", question="Hvor stort er beløbet?")
    assert holds("Rammen er 4,5 mio. kr.", "amount", question="Hvad er beløbet præcist?")


def test_citizens_counted_are_not_answered_by_a_count_of_staff() -> None:
    """"Hvor mange borgere har fået hjælp af IPS-konsulenten?" — "én IPS-konsulent"
    counts staff; "27 borgere" answers."""
    from rag.compose.typed import counts
    from referat.danish import stems

    topic = stems("borgere hjælp ips-konsulenten ipskonsulenten konsulent", frozenset())
    borger = stems("borgere", frozenset())[0]
    assert not counts(borger, "Indsatsen består af én IPS-konsulent og regionen.", topic)
    assert counts(borger, "Indtil nu har 27 borgere fået et forløb.", topic)


def test_a_group_chair_called_forperson_is_a_role_and_a_name_said_to_hold_it_answers() -> None:
    """"Hvem er forpersoner for de tre arbejdsgrupper …?" asks people in the role
    "forperson"; "Susan Harnow, leder af PPR, er forperson for gruppen …" names one (the
    title nearest her name is another, but she is said to hold the asked one), and
    "gruppen" is the asked "arbejdsgrupper", not another group."""
    from rag.compose.near_miss import other_qualifier, qualifier_of
    from rag.compose.role_people import person_in_role
    from rag.roles import asked_role

    asked = "Hvem er forpersoner for de tre arbejdsgrupper under analysen?"
    said = "- Susan Harnow, leder af PPR, er forperson for gruppen der arbejder med PPR"
    assert asked_role(asked) == "forperson"
    assert person_in_role(said, "forperson")
    assert not person_in_role("Susan Harnow, leder af PPR, deltog; en forperson vælges.",
                              "forperson")
    qualifier = qualifier_of(asked, "forperson")
    assert qualifier is not None and qualifier.startswith("arbejdsgrup")
    assert not other_qualifier(said, "forperson", qualifier)
    assert other_qualifier("Måltallet for løntilskud er 40.", "måltal",
                           qualifier_of("Hvad er måltallet for fleksjob?", "måltal") or "")


def test_a_matter_whose_head_the_archive_never_has_is_named_absent() -> None:
    """"Hvad har udvalget besluttet om gratis buskort til ledige borgere?": the bus
    passes are the matter, the unemployed are in every item; "studieturen til Lund",
    whose head the archive has, is no absent matter."""
    from types import SimpleNamespace

    from rag.premises import absent_matter
    from referat.danish import stems

    vocab = set(stems("gratis ledige borgere studieturen lund udvalget", frozenset()))
    idf = {s: 2.0 for s in vocab} | {stems("gratis", frozenset())[0]: 4.7}
    archive = SimpleNamespace(
        lexical=SimpleNamespace(vocab=vocab, ordered_vocab=sorted(vocab)),
        idf=SimpleNamespace(get=lambda s: idf.get(s, 6.3)),
        names=SimpleNamespace(name_words=lambda text: set()))
    q = parse_question("Hvad har udvalget besluttet om gratis buskort til ledige borgere?")
    assert absent_matter(q, archive) == "»buskort«"
    q = parse_question("Hvad har udvalget besluttet om studieturen til Lund?")
    assert absent_matter(q, archive) is None


def test_everyday_asking_of_who_pays_who_left_and_who_proposed() -> None:
    """"Betaler staten noget af regningen …?" asks a fact (the minutes' "statsrefusion"
    of the "udgifter"), not a decision; "Hvem fra ledelsen havde meldt fra til mødet
    7/2-2023?" asks the meeting's apologies; "Hvilket center havde lavet indstillingen?"
    asks the proposer; "… planlagt at holde møde ude hos" asks the visits."""
    from rag.compose.visits import asks_visits
    from rag.intent import asks_state
    from referat.danish import stems
    from referat.synonyms import synonyms

    assert asks_state("Betaler staten noget af regningen for mentorer til de ledige?")
    assert not asks_state("Fik de tilskuddet godkendt?")
    said = synonyms()
    assert set(stems("statsrefusion", frozenset())) & set(said[stems("staten", frozenset())[0]])
    q = parse_question("Hvem fra ledelsen havde meldt fra til mødet 7/2-2023?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "absentees")
    assert who_role("Hvilket center havde lavet indstillingen om politikken?") == "proposer"
    assert asks_visits("Hvilke virksomheder har udvalget planlagt at holde møde ude hos?")


def test_a_value_asked_of_a_decided_matter_is_asked_of_its_text() -> None:
    """"Hvad er lejen i den reviderede aftale om gittermasten, som Greve Byråd
    godkendte?" asks the rent (an amount), and the council's act only says which
    agreement; "hvad besluttede byrådet om lejen?" asks the decision."""
    from rag.intent import asked_type
    from rag.route import _WHICH_MATTER

    asked = "Hvad er lejen i den reviderede aftale om masten, som Greve Byråd godkendte?"
    assert asked_type(asked) == "amount"
    assert _WHICH_MATTER.split(asked, maxsplit=1)[0].endswith("aftale om masten")
    assert asked_type("hvor høj er huslejen for boligerne?") == "amount"


def test_a_body_named_by_its_meeting_in_one_word_and_the_meeting_after_a_holiday() -> None:
    """"Byrådsmødet i Greve i april 2024 – hvor og hvornår var det?" names the council,
    not every body that met in April; "… mødtes udvalget efter sommerferien i 2024?"
    is the first meeting after it."""
    from rag.names import _BODY_MEETING
    from rag.scope import _AFTER_BREAK

    assert [m.group(1) for m in _BODY_MEETING.finditer("Byrådsmødet i Greve i april")] == [
        "Byråd"]
    assert [m.group(1) for m in _BODY_MEETING.finditer("kommunalbestyrelsesmødet")] == [
        "kommunalbestyrelse"]
    assert _AFTER_BREAK.search("hvor mødtes udvalget efter sommerferien i 2024?")
    assert not _AFTER_BREAK.search("hvor mødtes udvalget i sommeren 2024?")


def test_each_part_of_a_both_years_claim_asks_of_one_year() -> None:
    """"… holdt tale på begge nytårskure, både i 2023 og 2024 – passer det?" is asked
    year by year, each part without "begge"/"både", which no single year's minutes say."""
    from rag.compose.period_parts import period_parts

    parts = period_parts("Jeg har hørt at ministeren talte på begge nytårskure, både i 2023 "
                         "og 2024 – passer det?")
    assert parts == ["Jeg har hørt at ministeren talte på nytårskure, i 2023 – passer det?",
                     "Jeg har hørt at ministeren talte på nytårskure, i 2024 – passer det?"]


def test_two_asked_nouns_sharing_one_verb_are_two_whole_questions() -> None:
    """"Hvilken ugedag og hvilket klokkeslæt holder udvalget sine møder?" is two
    questions of one verb, not "Hvilken ugedag?" alone."""
    from rag.compose.multi import split_parts

    parts = split_parts("Hvilken ugedag og hvilket klokkeslæt holder udvalget sine møder?")
    assert parts[0] == "Hvilken ugedag holder udvalget sine møder?"


def test_a_matter_done_for_someone_and_a_committee_starting_by_its_initials() -> None:
    """"Har erhvervsudvalget gjort noget for landbrugene?" names the matter
    "landbrugene" (absent from the archive, it is said so); "Hvornår på dagen gik
    EB-udvalget i gang d. 8. september 2020?" asks the meeting's start."""
    from rag.premises import asked_matter

    assert asked_matter("Har erhvervsudvalget gjort noget for landbrugene i kommunen?") == (
        "landbrugene i kommunen")
    q = parse_question("Hvornår på dagen gik EB-udvalget i gang d. 8. september 2020?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")
