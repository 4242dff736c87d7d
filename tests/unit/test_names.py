"""Municipalities and committees named in questions, learned from the archive's names."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from rag.names import ArchiveNames, initials, name_parts
from rag.query import parse_question
from rag.scope import scope
from referat.domain import Filters

EBU = "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"
EB = "Erhvervs- og Beskæftigelsesudvalget"
GREVE_BE = "Beskæftigelses- og Erhvervsudvalget"
KTM = "Klima-, Teknik- og Miljøudvalget"
BYRAAD = "Byråd 2022-2025"
OEU = "Økonomiudvalget"

NAMES = ArchiveNames(["Ballerup", "Greve"], [EBU, EB, GREVE_BE, KTM, BYRAAD, OEU])


@pytest.mark.parametrize("question, expected", [
    ("Hvad besluttede man i Greve om budgettet?", ["Greve"]),
    ("hvad besluttede man i greve om budgettet?", []),  # lower case: not a name
    ("Hvad står der i Greve Kommunes budget?", ["Greve"]),
    ("hvor mange ledige er der i ballerup kommune?", ["Ballerup"]),
    ("Hvordan klarer Ballerup sig i Iris Groups måling?", ["Ballerup"]),
    ("Hvad gør Ballerup og Greve for ledige?", ["Ballerup", "Greve"]),
    ("Hvad sagde en greve om slottet?", []),  # a common noun, not the town
    ("Hvad besluttede de om Lars Greve?", []),  # a surname
    ("Hvad besluttede byrådet om Greve Strand?", []),  # a place inside it
    ("Hvad besluttede udvalget om studieturen?", []),
])
def test_municipality_is_found_in_its_usual_forms(question: str, expected: list[str]) -> None:
    assert NAMES.municipalities_in(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("Hvad besluttede Erhvervs-, Beskæftigelses- og Uddannelsesudvalget?", [EBU]),
    ("Hvad besluttede EKU om studieturen?", []),
    # "EBU" is the initials of both of Ballerup's names for the committee.
    ("Hvad besluttede EBU om studieturen?", sorted([EBU, EB])),
    ("hvad besluttede ebu om studieturen?", []),  # initials are typed in capitals
    ("Hvor meget kommer fra EU-midlerne?", []),
    # the initials as the first part of a compound: "EBU-mødet", "ØU-sagen"
    ("Hvad stod der på EBU-mødet i februar 2024?", sorted([EBU, EB])),
    ("Hvad blev der af ØU-sagen om budgettet?", [OEU]),
    ("Hvor mange unge modtager SU?", []),
    ("Hvad mente ØU om budgettet?", [OEU]),
    ("Hvad sagde KTMU om cykelstien?", [KTM]),
    ("Hvad sagde Teknikudvalget om cykelstien?", [KTM]),
    # A short form that fits a committee in each municipality names both.
    ("Hvad sagde Beskæftigelsesudvalget om ledigheden?", sorted([EBU, EB, GREVE_BE])),
    ("Hvad besluttede Uddannelsesudvalget?", [EBU]),
    ("hvad vedtog byrådet i juni?", [BYRAAD]),
    # "byrådet" is the topic when an udvalg is the subject.
    ("Hvad sagde udvalget om at sende sagen til byrådet?", []),
    ("Hvad indstilles til byrådet om lokalplanen?", []),
    ("Hvad sagde udvalget om økonomien?", []),
    ("Hvad besluttede Social- og Sundhedsudvalget?", []),  # not in the archive
])
def test_committee_is_found_by_name_short_form_or_initials(question: str,
                                                           expected: list[str]) -> None:
    assert NAMES.committees_in(question) == expected


def test_one_municipality_names_no_filter() -> None:
    assert ArchiveNames(["Ballerup"], [EBU]).municipalities_in("Hvad gør Ballerup?") == []


def test_names_that_became_filters_leave_the_topic() -> None:
    assert NAMES.name_words("Hvad sagde ØU i Greve om budgettet?") >= {"øu", "grev"}


def test_name_parts_and_initials() -> None:
    assert name_parts("Teknik- og Miljøudvalget") == name_parts("teknik miljø")
    assert initials("Teknik- og Miljøudvalget") == {"TMU"}
    assert initials(EBU) == {"EBUU", "EBU"}
    assert initials(OEU) == {"ØU"}
    assert initials(BYRAAD) == set()


def _lookup(names: ArchiveNames) -> SimpleNamespace:
    meeting = SimpleNamespace(date=date(2024, 3, 13))
    return SimpleNamespace(names=names, meetings_in=lambda f: [meeting])


def test_scope_filters_on_named_municipality_and_committee() -> None:
    q = parse_question("Hvad besluttede Økonomiudvalget i Greve om budgettet?")
    filters, note = scope(q, None, _lookup(NAMES))
    assert (filters.municipalities, filters.committees, note) == (["Greve"], [OEU], None)


def test_question_names_win_over_ui_filters_only_where_named() -> None:
    base = Filters(committees=[EB], municipalities=["Ballerup"])
    filters, _ = scope(parse_question("Hvad sagde ØU om budgettet?"), base, _lookup(NAMES))
    assert (filters.committees, filters.municipalities) == ([OEU], ["Ballerup"])


def test_cli_scope_options_become_filters_or_a_danish_error() -> None:
    filters = NAMES.filters(kommune="greve", udvalg="økonomi")
    assert filters is not None
    assert (filters.municipalities, filters.committees) == (["Greve"], [OEU])
    assert NAMES.filters(None, None) is None
    with pytest.raises(ValueError, match="--kommune »Aarhus« passer ikke.*Ballerup, Greve"):
        NAMES.filters(kommune="Aarhus")


def test_the_home_municipality_is_the_default_scope_of_several() -> None:
    """REFERAT_HOME_MUNICIPALITY: without --kommune the home municipality is asked; a
    named --kommune or `alle` wins; one municipality alone needs no scope."""
    home = NAMES.filters(None, None, home="ballerup")
    assert home is not None and home.municipalities == ["Ballerup"]
    greve = NAMES.filters("greve", None, home="ballerup")
    assert greve is not None and greve.municipalities == ["Greve"]
    assert NAMES.filters("alle", None, home="ballerup") is None
    assert NAMES.filters(None, None, home="Aarhus") is None  # not in the archive
    assert ArchiveNames(["Ballerup"], [EBU]).filters(None, None, home="Ballerup") is None


def test_a_committee_of_another_municipality_asked_at_home_is_a_topic() -> None:
    """Greve's Klima-, Teknik- og Miljøudvalget holds no meeting in Ballerup: asked at home
    ("Hvad besluttede Klima- og Miljøudvalget om Interreg?"), the name filters nothing —
    Ballerup's minutes tell that body's decisions in their case history — instead of
    "Ingen indlæste møder passer til de valgte filtre"."""
    meetings = [SimpleNamespace(date=date(2024, 3, 13), committee=KTM, municipality="Greve"),
                SimpleNamespace(date=date(2023, 2, 7), committee=EBU, municipality="Ballerup")]

    def meetings_in(f: Filters) -> list[SimpleNamespace]:
        return [m for m in meetings if (not f.committees or m.committee in f.committees)
                and (not f.municipalities or m.municipality in f.municipalities)]

    lookup = SimpleNamespace(names=NAMES, meetings_in=meetings_in)
    home = Filters(municipalities=["Ballerup"])
    q = parse_question("Hvad besluttede Teknikudvalget om ansøgningen til Interreg?")
    filters, note = scope(q, home, lookup)
    assert (filters.municipalities, filters.committees, note) == (["Ballerup"], [], None)
    assert q.named_elsewhere  # another body's decision: told in our minutes, or not at all
    # in Greve it is that municipality's own committee: a filter
    greve, note = scope(parse_question("Hvad besluttede Teknikudvalget i Greve om Interreg?"),
                        home, lookup)
    assert (greve.municipalities, greve.committees, note) == (["Greve"], [KTM], None)


def test_a_municipality_filter_keeps_its_name_as_a_topic_word() -> None:
    """"Hvilke virksomheder har hovedkontor i Ballerup?" reads the same with Greve in the
    archive as without: Ballerup becomes a filter and stays a word the answer's
    sentence should hold; a committee named ("EBU") leaves the topic."""
    from rag.query import parse_question
    from rag.scope import scope

    class Lookup:
        names = ArchiveNames(["Ballerup Kommune", "Greve Kommune"], [EBU])

        @staticmethod
        def meetings_in(filters: object) -> list[object]:
            return [object()]

    q = parse_question("Hvilke virksomheder har EBU hovedkontor i Ballerup?")
    filters, _ = scope(q, None, Lookup())
    assert filters.municipalities == ["Ballerup Kommune"] and filters.committees == [EBU]
    assert "ballerup" in q.topic and "ebu" not in q.topic and "hovedkontor" in q.topic


def _archive_lookup() -> SimpleNamespace:
    """Ballerup's EBU at home, Greve's Økonomiudvalget and Teknikudvalget beside it."""
    meetings = [SimpleNamespace(date=date(2024, 9, 25), committee=OEU, municipality="Greve"),
                SimpleNamespace(date=date(2024, 3, 13), committee=KTM, municipality="Greve"),
                SimpleNamespace(date=date(2023, 2, 7), committee=EBU, municipality="Ballerup")]

    def meetings_in(f: Filters) -> list[SimpleNamespace]:
        return [m for m in meetings if (not f.committees or m.committee in f.committees)
                and (not f.municipalities or m.municipality in f.municipalities)]

    return SimpleNamespace(names=NAMES, meetings_in=meetings_in)


@pytest.mark.parametrize("question", [
    "Hvem i ØU stemte imod busbestillingen til Movia?",
    "Hvad besluttede Økonomiudvalget om busbestillingen?",
    "Hvad sagde Klima-, Teknik- og Miljøudvalget om cykelstien?",
])
def test_a_committee_named_in_full_outside_home_is_searched_where_it_meets(
        question: str) -> None:
    """Asked with Ballerup as home, a committee only Greve has, named by its whole name or
    its initials, says that Greve's minutes are meant — not "Det kan jeg ikke finde"."""
    filters, note = scope(parse_question(question), Filters(municipalities=["Ballerup"]),
                          _archive_lookup())
    assert note is None and filters.municipalities == []
    assert filters.committees and set(filters.committees) <= {OEU, KTM}


def test_a_place_of_another_municipality_moves_the_home_scope() -> None:
    """"Greve Svømmehal" is in Greve: asked with Ballerup as home, Greve's minutes are
    meant. Without a home scope a place is no filter ("Greve Strand" may be spoken of
    anywhere)."""
    lookup = _archive_lookup()
    q = "Fik Greve Svømmehal lov til at lukke flere dage om året?"
    filters, note = scope(parse_question(q), Filters(municipalities=["Ballerup"]), lookup)
    assert (filters.municipalities, note) == (["Greve"], None)
    filters, _ = scope(parse_question(q), None, lookup)
    assert filters.municipalities == []
    # a person is no place, a committee's home is kept when the place is in it
    assert NAMES.municipalities_in("Hvad sagde Lars Greve Hansen?", places=True) == []
    filters, _ = scope(parse_question("Hvad skete der med Ballerup Idrætsby?"),
                       Filters(municipalities=["Ballerup"]), lookup)
    assert filters.municipalities == ["Ballerup"]


def test_a_committee_the_home_minutes_speak_of_stays_at_home() -> None:
    """Ballerup's minutes send cases "til Økonomiudvalget": asked at home, "hvad besluttede
    Økonomiudvalget …?" is about Ballerup's own body (told in its minutes), not Greve's."""
    lookup = _archive_lookup()
    lookup.store = SimpleNamespace(
        mentions=lambda name, municipalities: name.lower().startswith("økonomiudvalg")
        and municipalities == ["Ballerup"])
    home = Filters(municipalities=["Ballerup"])
    filters, _ = scope(parse_question("Hvad besluttede Økonomiudvalget om budgettet?"), home,
                       lookup)
    assert filters.municipalities == ["Ballerup"] and filters.committees == []
    filters, _ = scope(parse_question("Hvad sagde Klima-, Teknik- og Miljøudvalget om "
                                      "cykelstien?"), home, lookup)
    assert filters.municipalities == [] and filters.committees == [KTM]


def test_a_place_the_home_minutes_speak_of_stays_at_home() -> None:
    """Ballerup's minutes that mention "Greve Svømmehal" keep a question on it at home."""
    lookup = _archive_lookup()
    lookup.store = SimpleNamespace(
        mentions=lambda name, municipalities: name == "Greve Svømmehal"
        and municipalities == ["Ballerup"])
    filters, _ = scope(parse_question("Fik Greve Svømmehal lov til at lukke?"),
                       Filters(municipalities=["Ballerup"]), lookup)
    assert filters.municipalities == ["Ballerup"]
