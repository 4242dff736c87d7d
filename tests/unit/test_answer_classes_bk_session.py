"""Answer classes found in the sixteenth session on fresh blind batches (bk: the seeds,
ow: Greve and the formats examples), dev halves only: a name typed in two words, a
case's earlier treatments asked in everyday words, two bodies asked side by side, two
meeting facts in one question, abstention in other words, a project's start and end, a
reporting stretch that holds the asked season, "Kommune" as no name, a count of
receivers as no outcome, and a figure dated to a month's first day."""

from __future__ import annotations

from datetime import date

from rag.asked_names import question_names
from rag.case import listed_treatments
from rag.case_intent import asks_case_history
from rag.catalog import ItemView
from rag.compose.body_parts import body_parts
from rag.compose.multi import shown_parts
from rag.compose.outcome import compose_pending
from rag.compose.typed import SPAN_ASKED
from rag.compose.when import names_period
from rag.period_scope import data_day
from rag.query import parse_question
from rag.roles import who_role
from referat.danish import topic_stems
from referat.domain import ItemRef
from referat.lexicon import joined
from referat.periods import find_periods
from referat.stemming import stemmer
from referat.synonyms import synonyms
from tests.unit.item_context import item_context


def _vocab(*words: str) -> set[str]:
    return set(stemmer().stemWords(list(words)))


def test_a_name_typed_in_two_words_is_read_as_the_archive_writes_it() -> None:
    """"Hvilken skole er med i Ice hearts-projektet?": the minutes write "Icehearts";
    two words the archive knows on their own stay two ("ny skole")."""
    vocab = _vocab("icehearts", "skole", "projektet", "ny", "boligsociale")
    assert "Icehearts-projektet" in joined("Hvilken skole er med i Ice hearts-projektet?", vocab)
    assert joined("den Bolig sociale indsats", vocab) == "den Boligsociale indsats"
    assert joined("en ny skole", vocab | _vocab("nyskole")) == "en ny skole"


def test_a_case_treated_before_is_asked_in_everyday_words() -> None:
    """"… og havde sagen været oppe før?", "var vist også på udvalgets dagsorden før
    evalueringen i februar 2024 – hvornår var det?" ask the case's history, not the
    meeting's agenda; "hvad stod der på dagsordenen den 6. februar 2024?" still does."""
    assert asks_case_history("Hvad blev udfaldet d. 9/6-15, og havde sagen været oppe før?")
    question = ("Idrætsfællesskabet var vist også på udvalgets dagsorden før evalueringen i "
                "februar 2024 – hvornår var det?")
    assert asks_case_history(question)
    days = [date(2024, 2, 6)]
    assert parse_question(question, days).meeting_aspect != "agenda"
    assert parse_question("Hvad stod der på dagsordenen den 6. februar 2024?",
                          days).meeting_aspect == "agenda"


def test_an_items_earlier_treatments_list_is_its_history() -> None:
    """A "Tidligere behandling" section naming the body, the day and the item is a
    treatment of the case, quoted as the minutes write it."""
    ref = ItemRef("Ballerup", "EBU", date(2024, 2, 6), "08:00", 9)
    item = ItemView(ref, 9, "Evaluering", False, "15.00.00-P05-2-23", [
        ("Tidligere behandling", "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget den "
                                 "16. august 2023 Punkt 7\nØkonomiudvalget den 24. oktober "
                                 "2023, pkt. 6.")])
    steps = listed_treatments(item)
    assert [(s.date, s.punkt) for s in steps] == [(date(2023, 8, 16), 7), (date(2023, 10, 24), 6)]
    assert steps[1].committee == "Økonomiudvalget" and steps[0].text.endswith("Punkt 7")


def test_two_bodies_side_by_side_are_asked_one_at_a_time() -> None:
    """"Hvem undlod, da planudvalget og økonomiudvalget anbefalede den?" asks each body;
    a joint meeting and a case followed through the bodies are one question."""
    assert body_parts("Hvem undlod, da planudvalget og økonomiudvalget anbefalede den?") == [
        "Hvem undlod, da planudvalget anbefalede den?",
        "Hvem undlod, da økonomiudvalget anbefalede den?"]
    assert body_parts("Hvad aftalte fællesmødet mellem skoleudvalget og kulturudvalget?") == []
    assert body_parts("Hvordan gik sagen gennem sundhedsudvalget og byrådet?") == []


def test_two_meeting_facts_in_one_question_are_two_parts() -> None:
    """"… – hvor blev det holdt, og hvem manglede?": a two-word part that asks is a part;
    "… og så videre" is not."""
    assert shown_parts("Byrådets decembermøde 2024 – hvor blev det holdt, og hvem manglede?") == [
        "Byrådets decembermøde 2024 – hvor blev det holdt?", "hvem manglede?"]


def test_abstaining_is_asked_in_other_words() -> None:
    """"Hvilke partier holdt sig ude af afstemningen?", "hvem lod være med at stemme for
    …?" ask who abstained."""
    assert who_role("Hvilke partier holdt sig ude af afstemningen?") == "abstained"
    assert who_role("Hvem lod være med at stemme for planstrategien i januar?") == "abstained"


def test_a_projects_start_and_end_asked_is_a_span() -> None:
    assert SPAN_ASKED.search("Hvornår skulle pendlerprojektet starte og slutte?")
    assert SPAN_ASKED.search("Hvad er projektets start- og slutdato?")
    assert not SPAN_ASKED.search("Hvornår skulle pendlerprojektet starte?")


def test_a_reporting_stretch_holds_the_season_inside_it() -> None:
    """"I perioden den 1. august 2024 til den 31. december 2024 …" reports the autumn
    of 2024; two years side by side ("i 2019 og 2024") are no stretch."""
    autumn = find_periods("i efteråret 2024")
    assert names_period("I perioden den 1. august 2024 til den 31. december 2024 har der "
                        "været 130 borgere i løntilskud.", autumn)
    assert not names_period("Tallet var 12 i 2019 og 15 i 2024.", find_periods("i 2021"))


def test_kommune_is_no_name_of_a_matter() -> None:
    """"… sat af i Ballerup Kommune …": "Kommune" is a word of the municipality's name,
    which the item need not repeat."""
    assert [w for w, _ in question_names("Hvor mange penge havde Ballerup Kommune sat af?")] == [
        "Ballerup"]


def test_how_many_got_a_grant_is_a_count_not_an_outcome() -> None:
    """"Hvor mange foreninger fik tilskud i 2023?" counts the receivers; the item's
    "kan søge om tilskud" is no sign that the outcome is still pending."""
    ctx = item_context("Hvor mange foreninger fik tilskud i 2023?",
                       [(11, "Udbetalt tilskud til foreninger 2023", date(2024, 8, 14))],
                       {11: [("Sagsfremstilling", "Godkendte foreninger kan søge om tilskud "
                                                  "til lokaler. Tilskuddene fordelte sig på "
                                                  "87 foreninger i 2023.")]})
    assert compose_pending(ctx) is None
    pending = item_context("Fik foreningen tilskud fra puljen?",
                           [(11, "Pulje til foreninger", date(2024, 8, 14))],
                           {11: [("Sagsfremstilling", "Foreningen har sendt en ansøgning "
                                                      "om tilskud fra puljen.")]})
    assert compose_pending(pending) is not None


def test_a_figure_dated_to_a_months_first_day_names_no_meeting() -> None:
    """"Hvor mange indbyggere havde Greve 1. januar 2024?" dates the count, not a
    meeting; "hvor mange deltog den 8. februar 2023?" still names a day's meeting."""
    assert data_day(parse_question("Hvor mange indbyggere havde Greve 1. januar 2024?"), None, [])
    assert data_day(parse_question("Hvor mange ledige var der 31. december 2024?"), None, [])
    assert not data_day(parse_question("Hvor mange deltog i mødet den 8. februar 2023?"), None, [])


def test_words_of_before_and_after_are_no_topic() -> None:
    """"… og ville de have noget tilbage om det bagefter?": "bagefter" asks when, it is no
    matter the minutes must name."""
    assert "bagefter" not in topic_stems("ville de have en status bagefter?")
    assert "folketal" in synonyms()[stemmer().stemWord("indbyggere")]


def test_a_stretch_of_years_reports_no_quarter_inside_it() -> None:
    """"I perioden fra andet kvartal 2016 til andet kvartal 2020 … 36 virksomheder" is the
    four years' figure, not the second quarter of 2019's."""
    assert not names_period("I perioden fra andet kvartal 2016 til andet kvartal 2020 "
                            "flyttede 36 virksomheder netto til.",
                            find_periods("i andet kvartal 2019"))


def test_a_unit_asked_with_a_word_before_it_is_who_proposed() -> None:
    """"Hvilken administrativ enhed indstillede, at høringssvaret blev godkendt?" asks
    the unit behind the proposal ("Sekretariat for … indstiller, at …")."""
    assert who_role("Hvilken administrativ enhed indstillede, at høringssvaret blev "
                    "godkendt?") == "proposer"


def test_the_last_item_before_the_signature_page_is_the_last_matter() -> None:
    """"Hvad var det sidste punkt før underskriftssiden?" skips the signature item."""
    from rag.compose.agenda_position import compose_position
    from tests.unit.item_context import meeting_info

    day = date(2024, 2, 6)
    meeting = meeting_info(day, [], [], agenda=[(11, "Røgfri arbejdstid", False),
                                                (12, "Status på leverandørsamarbejdet", True),
                                                (13, "Godkendelse af referat (underskriftside)",
                                                 False)])
    ctx = item_context("Hvad var det sidste punkt før underskriftssiden på mødet 6. februar "
                       "2024?", [(11, "Røgfri arbejdstid", day)], {})
    ctx.lookup.meeting = lambda ref: meeting
    answer = compose_position(ctx, meeting)
    assert answer is not None and "leverandørsamarbejdet" in answer.text
    assert "underskriftside" not in answer.text


def test_three_bodies_or_an_acronym_side_by_side_are_asked_one_at_a_time() -> None:
    """"… i socialudvalget, ØU og byrådet …?" asks each of the three."""
    assert len(body_parts("Hvad skete der med sagen i socialudvalget, ØU og byrådet i "
                          "efteråret 2024?")) == 3
    assert body_parts("Hvem var imod, da ØU og byrådet behandlede det?") == [
        "Hvem var imod, da ØU behandlede det?", "Hvem var imod, da byrådet behandlede det?"]


def test_a_change_to_the_agenda_is_asked_of_its_approval_not_the_list() -> None:
    """"Blev der trukket en sag fra dagsordenen på mødet 8. maj 2024?" is told by the
    decision of "Godkendelse af dagsorden"; "hvad stod der på dagsordenen?" is the list."""
    days = [date(2024, 5, 8)]
    changed = parse_question("Blev der trukket en sag fra dagsordenen på økonomiudvalgets "
                             "møde den 8. maj 2024?", days)
    assert changed.meeting_aspect != "agenda"
    assert "Godkendelse af dagsorden" in changed.search_text
    assert parse_question("Hvad stod der på dagsordenen den 8. maj 2024?",
                          days).meeting_aspect == "agenda"


def test_someone_in_a_role_asked_with_var_der_en_is_the_meetings_list() -> None:
    """"Var der en konstitueret centerchef med på februarmødet 2024?" asks the list."""
    assert who_role("Var der en konstitueret centerchef med på februarmødet 2024?") == (
        "participant")


def test_how_a_named_body_stood_is_its_decision() -> None:
    """"Hvordan forholdt erhvervs- og beskæftigelsesudvalget sig til dem?" is a decision
    question, however the body is named."""
    assert parse_question("Pejlemærkerne – hvordan forholdt erhvervs- og "
                          "beskæftigelsesudvalget sig til dem i 2015?").kind == "decision"
    assert stemmer().stemWord("tovholder") in synonyms()[stemmer().stemWord("koordinerer")]


def test_a_yes_no_detail_no_minutes_name_is_not_answered() -> None:
    """"Gælder den røgfri arbejdstid også i frokostpausen?": no minutes say
    "frokostpause", so none answer it; the matter's own words are all known."""
    from types import SimpleNamespace

    from rag.premises import absent_detail

    vocab = _vocab("gælder", "røgfri", "arbejdstid", "pause")
    lexical = SimpleNamespace(vocab=vocab, ordered_vocab=sorted(vocab))
    retriever = SimpleNamespace(lexical=lexical,
                                names=SimpleNamespace(name_words=lambda text: frozenset()))
    q = parse_question("Gælder den røgfri arbejdstid også i frokostpausen?")
    assert absent_detail(q, retriever) == "»frokostpausen«"
    assert absent_detail(parse_question("Gælder den røgfri arbejdstid også i pausen?"),
                         retriever) is None
    assert absent_detail(parse_question("Hvad gælder i frokostpausen?"), retriever) is None


def test_the_questions_own_figure_picks_its_sentence() -> None:
    """"Hvor stor en andel har fået ydelsen i over 3 år?" quotes the sentence that says
    "… 17 pct. har været på uddannelseshjælp i over 3 år", not another share."""
    from rag.compose.sentence_scores import score_sentences
    from rag.intent import asked_type

    day = date(2024, 2, 6)
    question = "Hvor stor en andel af de unge har fået uddannelseshjælp i over 3 år?"
    ctx = item_context(question, [(8, "Unge på uddannelseshjælp", day)], {8: [(
        "Sagsfremstilling", "4,2 pct. af de unge modtager uddannelseshjælp. Cirka halvdelen "
                            "har fået uddannelseshjælp i minimum 1 år, og 17 pct. har fået "
                            "uddannelseshjælp i over 3 år. 93 pct. af de unge er fra Danmark.")]})
    quotes = score_sentences(ctx, ctx.candidates[0], asked_type(question))
    assert "17 pct." in max(quotes, key=lambda q: q.score).text


def test_after_the_summer_holiday_is_august_and_september() -> None:
    """"… møde efter sommerferien 2024" is the meetings of August–September; "før
    sommerferien" June; "i sommeren 2015" the whole summer still."""
    after, before = find_periods("mødet efter sommerferien 2024")[0], find_periods(
        "mødet før sommerferien 2024")[0]
    assert (after.start, after.end) == (date(2024, 8, 1), date(2024, 9, 30))
    assert (before.start, before.end) == (date(2024, 6, 1), date(2024, 6, 30))
    assert find_periods("i sommeren 2015")[0].end == date(2015, 8, 31)


def test_a_duration_in_the_genitive_and_a_share_of_the_definite_plural() -> None:
    """"fire ugers høring" answers "hvor længe …?"; "hvor mange af deltagerne …?" is
    answered by a share ("87 % ville anbefale …")."""
    from rag.compose.typed import share_asked
    from referat import values as vals

    found = vals.find_values("Planen har været i fire ugers høring.", frozenset({vals.DURATION}))
    assert [v.text for v in found] == ["fire ugers"]
    assert share_asked("Hvor mange af deltagerne ville anbefale andre at være med?", []) is not None


def test_who_replaced_someone_is_not_answered_by_that_someone() -> None:
    """"Hvem afløste Palle Jacobsen?" — "Palle Jacobsen er død, suppleant indkaldt." names
    no one else."""
    from rag.compose.sentence_marks import only_asked_people

    assert only_asked_people("Medlem af Seniorrådet Palle Jacobsen er død, suppleant indkaldt.",
                             "Hvem afløste Palle Jacobsen i Seniorrådet?")
    assert not only_asked_people("Palle Jacobsen afløses af Bente Hansen.",
                                 "Hvem afløste Palle Jacobsen?")


def test_who_did_not_turn_up_is_the_absence_list_by_party() -> None:
    """"Var der socialdemokrater, der ikke dukkede op til mødet 18. marts 2025?" asks the
    meeting's absentees (of one party); "hvem dukkede op?" does not."""
    days = [date(2025, 3, 18)]
    q = parse_question("Var der socialdemokrater, der ikke dukkede op til mødet 18. marts "
                       "2025?", days)
    assert (q.kind, q.meeting_aspect) == ("meeting", "absentees")
    assert who_role("Hvem dukkede ikke op til mødet?") == "absent"
    assert who_role("Hvem dukkede op til mødet?") != "absent"


def test_the_month_after_a_named_month_is_asked() -> None:
    """"… skubbet i maj 2015. Hvad skete der på mødet måneden efter?" asks June 2015, and
    "skubbet" is the minutes' "udsat"."""
    q = parse_question("GIS-punktet blev skubbet i maj 2015. Hvad skete der med det på "
                       "mødet måneden efter?", [date(2015, 6, 9)])
    assert (q.date_from, q.date_to) == (date(2015, 6, 1), date(2015, 6, 30))
    assert "måned" not in q.topic
    assert stemmer().stemWord("udsat") in synonyms()[stemmer().stemWord("skubbet")]


def test_a_figure_in_words_is_the_same_figure() -> None:
    from rag.compose.sentence_marks import own_figures

    assert own_figures("i over tre år") == own_figures("i over 3 år")
