"""Answer classes found in the twenty-first session on the dev halves of fresh blind
batches (ca: a new member reading up, cb: citizens typing on a phone, cc: an analyst
asking exact values): approval in everyday words, a person asked by "hvad hed", the
agenda's last item asked by what was done or when it came, a meeting named by what
happened there, periods compared "ved statussen i … og ved statussen i …", a count over
compared periods, abstention and absence in other words, a run of days, a case named by
its matter, and staff counted as staff."""

from __future__ import annotations

from bisect import insort

from rag.asked_patterns import QUANTITY
from rag.compose.agenda_position import agenda_position
from rag.compose.asked_nouns import COUNTED
from rag.compose.multi import shown_parts, split_parts
from rag.compose.people_units import counts_same_people
from rag.compose.period_parts import period_parts
from rag.intent import asked_type, asks_decision
from rag.query import parse_question
from rag.roles import asked_role, who_role
from referat.lexicon import known_forms
from referat.values import AMOUNT


def test_approval_in_everyday_words_asks_the_decision() -> None:
    """"fik den et ok paa meetingen i feb?" is a yes/no question on the decision (so the
    Beslutning, "Udsættes", is quoted), as "fik planen grønt lys?" is."""
    assert asks_decision("oversigten over opgaverne, fik den et ok på mødet i feb?")
    assert asks_decision("blev planen ok'et af udvalget?")
    assert not asks_decision("er det ok at spørge om mødet i februar?")


def test_hvad_hed_asks_a_person_in_a_role_and_names_no_topic() -> None:
    """"Hvad hed konsulenten, der fremlagde …?" asks the consultant's name; "hed" is no
    word of the matter (it outweighed every other word, being rare in the minutes)."""
    question = ("Hvad hed konsulenten, der fremlagde den eksterne gennemgang af udgifterne "
                "på beskæftigelsesområdet?")
    assert asked_role(question) == "konsulent"
    assert "hed" not in parse_question(question).topic
    # ... while a claim's "skulle hedde" keeps its word
    assert "hed" in parse_question('Skulle brandet hedde "Erhverv Ballerup"?').topic


def test_the_last_item_asked_by_what_was_done_or_when_it_came() -> None:
    assert agenda_position("hvad var det sidste de tog op paa mødet i juni 2015") == (
        "ordinal", -1)
    assert agenda_position("Hvad var det første, udvalget behandlede?") == ("ordinal", 0)
    assert agenda_position("Mødet i juni 2015 – hvilken sag kom til sidst?") == ("ordinal", -1)
    assert agenda_position("hvilket punkt var først på dagsordenen?") == ("ordinal", 0)
    assert agenda_position("Hvem var først på talerlisten?") is None


def test_a_meeting_named_by_what_happened_there() -> None:
    """"Mødet hvor Implement præsenterede analysen – hvornår på dagen lå det?" asks the
    meeting's time; the clause's "hvor der blev …" asks no place."""
    q = parse_question("Mødet hvor Implement præsenterede analysen af økonomien – hvornår "
                       "på dagen lå det?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")
    q = parse_question("Jeg læser op på mødet i marts 2025, hvor der blev valgt midlertidig "
                       "formand. Hvilke andre sager var der på?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "agenda")


def test_periods_compared_paper_by_paper() -> None:
    parts = period_parts("Hvor mange pædagogiske assistenter var optaget ved statussen i 2023 "
                         "og ved statussen i 2025?")
    assert [p.endswith(f"statussen i {y}?") for p, y in zip(parts, (2023, 2025),
                                                             strict=True)] == [True, True]


def test_when_most_over_compared_periods_asks_each_periods_count() -> None:
    """"q2 2020 mod q4 2023 – hvornår kom der flest firmaer?": each quarter's count."""
    parts = period_parts("q2 2020 mod q4 2023 – hvornår kom der flest firmaer flyttende hertil")
    assert parts == ["q2 2020 – hvor mange firmaer kom der flyttende hertil",
                     "q4 2023 – hvor mange firmaer kom der flyttende hertil"]


def test_money_asked_with_the_payer_named_between() -> None:
    assert asked_type("hvor meget skulle kommunen spare ved at lave mentorstøtten om?") == AMOUNT
    assert asked_type("hvor meget er ledigheden steget?") != AMOUNT


def test_abstention_and_absence_in_other_words() -> None:
    assert parse_question("hvor mange afstod ved valget af midlertidig formand?").kind == "vote"
    assert parse_question("Kommunen afstod arealet til Pantheon – hvornår?").kind != "vote"
    assert who_role("hvem var forhindret i at komme til mødet 7/2-23?") == "absent"


def test_a_run_of_days_is_no_meeting_day() -> None:
    """"25.-26. oktober eller 14.-15. november 2023" are a trip's days: no "Der er intet
    møde den 14.-15. november 2023", the decision on the trip answers."""
    q = parse_question("Studieturen til Lund: valgte udvalget 25.-26. oktober eller "
                       "14.-15. november 2023 som dato?")
    assert not q.date_strict
    assert parse_question("hvem deltog i mødet den 7. februar 2023?").date_strict


def test_the_counted_noun_after_an_adjective_and_staff_counted_as_staff() -> None:
    assert COUNTED.search("Hvor mange pædagogiske assistenter var optaget?").group(1) == (
        "assistenter")
    assert COUNTED.search("hvor mange ledige borgere").group(1) == "borgere"
    assert COUNTED.search("hvor mange unge kom i job").group(1) == "unge"
    assert counts_same_people("Der er i alt optaget 33 medarbejdere på uddannelsen.",
                              "assistent")
    assert not counts_same_people("Der deltog 27 borgere.", "assistent")


def test_a_case_named_by_its_matter_and_a_crisis_by_its_cause() -> None:
    """"leverandørsagen" is the case of the closed "Status på leverandørsamarbejdet";
    "coronakrisen" is corona."""
    vocab: list[str] = []
    for stem in ("corona", "leverandørsamarbejd", "sag", "status", "kris"):
        insort(vocab, stem)
    forms = known_forms(["leverandørsag", "coronakris"], set(vocab), vocab)
    assert forms == {"leverandørsag": ["leverandørsamarbejd"], "coronakris": ["corona"]}


def test_what_the_figures_show_asks_figures() -> None:
    """"Fleksjobbere: hvad viser opgørelserne for 2. halvår 2022?" is answered by the
    count ("Fleksjob (159)"), not by the sentence that names the report."""
    assert asked_type("Fleksjobbere: hvad viser opgørelserne for 2. halvår 2022?") == QUANTITY
    assert asked_type("hvad viste nøgletallene om ledigheden?") == QUANTITY


def test_a_short_yes_no_on_a_change_is_a_part_of_its_own() -> None:
    """"førtidspension – hvor mange får det, og stiger tallet?": the count, then the
    change, each about førtidspension."""
    assert split_parts("førtidspension – hvor mange i Ballerup får det, og stiger tallet?") == [
        "førtidspension – hvor mange i Ballerup får det?", "stiger tallet førtidspension?"]
    assert shown_parts("Hvor mange er på dagpenge og stiger tallet?")[1] == "stiger tallet?"
