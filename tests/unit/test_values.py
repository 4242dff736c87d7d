"""Typed values in Danish text, and their normal forms."""

from __future__ import annotations

from datetime import date

import pytest

from referat.values import COUNT, find_values, parse_number


def kinds(text: str) -> list[tuple[str, object]]:
    return [(v.kind, v.number if v.number is not None else v.day or v.name)
            for v in find_values(text)]


@pytest.mark.parametrize(("a", "b"), [
    ("1,5 mio. kr.", "1.500.000 kr."),
    ("1,5 millioner kroner", "kr. 1.500.000"),
    ("2 mia. kr.", "2.000.000.000 kr."),
    ("150.000 kr.", "150.000 kroner"),
])
def test_amounts_in_any_spelling_are_the_same_value(a: str, b: str) -> None:
    (va,), (vb,) = find_values(a), find_values(b)
    assert va.kind == vb.kind == "amount" and va.same(vb)


@pytest.mark.parametrize(("text", "expected"), [
    ("300 ansatte i Danmark", ("count", 300.0)),
    ("Virksomheden servicerer 30.000 ejendomme.", ("count", 30000.0)),
    ("cirka 40-45 borgere", ("count", 40.0)),
    ("fem nye virksomheder", ("count", 5.0)),
    ("Der var cirka 310 i målgruppen i 2019.", ("count", 310.0)),
    ("gruppeforløb med op til ti borgere ad gangen", ("count", 10.0)),
    ("ledigheden er 3,2 procent", ("percent", 3.2)),
    ("en stigning på 12 %", ("percent", 12.0)),
    ("projektet varer 3 år", ("duration", 3.0)),
    ("den 23.-24. november 2023", ("date", date(2023, 11, 23))),
    ("Saime Bilen Inanc (Ø) stemte imod", ("person", "Saime Bilen Inanc")),
    ("Enhedslisten stemte imod", ("party", "Ø")),
    ("en studietur til Lund", ("place", "Lund")),
    ("Mileparken 9, 2740 Skovlunde", ("place", "2740 Skovlunde")),
    ("Projektet løber fra medio 2023 til medio 2026.", ("date", "medio 2026")),
    ("Cirka 2/3 af borgerne er vurderet aktivitetsparate", ("percent", 66.7)),
    ("to tredjedele af de unge", ("percent", 66.7)),
])
def test_each_kind_is_found(text: str, expected: tuple[str, object]) -> None:
    assert expected in kinds(text), kinds(text)


@pytest.mark.parametrize("text", [
    "punkt 5 på dagsordenen",
    "sag 24.00.00-G01-11-23",
    "mødet begyndte kl. 08:00",
    "1. Godkender forslag til studietur.",
    "efter styrelsesloven § 23",
    "kommunens unge (18-29 årige)",  # an age, not a count
])
def test_references_list_numbers_and_times_are_no_quantities(text: str) -> None:
    assert not [k for k, _ in kinds(text) if k in ("count", "amount", "percent")], kinds(text)


def test_parse_number_reads_danish_digits() -> None:
    assert parse_number("1.500.000") == 1_500_000
    assert parse_number("2.271") == 2271
    assert parse_number("1,5") == 1.5
    assert parse_number("tolv") == 12
    assert parse_number("x") is None


def test_a_flattened_table_row_is_a_count_of_its_column():
    """A PDF statistics table: the figure is found as a count of the asked column."""
    from referat.danish import sentences, stems

    text = ("Oversigt: andet kvartal 2020\n\nNystartede Tilflyttere Fraflyttere\n\n"
            "Ballerup 96 71 80\n\nGladsaxe 1.162 122 92\n\nKilde: CVR-registret.")
    units = sentences(text)
    assert units[1] == ("Oversigt: andet kvartal 2020 – Ballerup: Nystartede (96), "
                        "Tilflyttere (71), Fraflyttere (80)")
    (first, *_) = find_values(units[1], frozenset({COUNT}))
    assert (first.number, first.unit) == (96, stems("nystartede")[0])
    assert units[-1] == "Kilde: CVR-registret."  # text after the table is text


def test_a_line_of_capitalised_words_without_figures_below_is_no_table():
    from referat.danish import sentences

    text = "Ballerup Kommune Jobcenter\nMødet holdes i 2025 hos 3 virksomheder."
    assert sentences(text) == ["Ballerup Kommune Jobcenter",
                               "Mødet holdes i 2025 hos 3 virksomheder."]


def test_organisations_are_not_people() -> None:
    from referat.values import PERSON

    def people(text: str) -> list[str]:
        return [v.text for v in find_values(text, frozenset({PERSON}))]

    assert people("et samarbejde med Region Hovedstadens Psykiatri") == []
    assert people("Psykiatrisk Center Ballerup giver udtryk for") == []
    assert people("Afsnitsleder Anne Lund Jensen og Musa Kekec (A) deltog") == [
        "Afsnitsleder Anne Lund Jensen", "Musa Kekec (A)"]


def test_an_owner_before_a_noun_is_no_place() -> None:
    text = "180 deltagere mødte op til Ballerup Kommunes nytårskur for erhvervslivet."
    assert ("place", "Ballerup Kommunes") not in kinds(text)
    assert ("place", "Ballerup Rådhus") in kinds("Mødet holdes på Ballerup Rådhus.")


def test_a_party_named_in_full_is_one_party() -> None:
    """'Radikale Venstre' is B, not B and V; a name the answer writes comes from the one
    party table, for the question side (`rag.parties`) as for the text side."""
    from rag.parties import asked_party, party_name
    from referat.values import PARTY

    parties = [v.name for v in find_values("Forslaget fra Radikale Venstre blev vedtaget.")
               if v.kind == PARTY]
    assert parties == ["B"]
    assert party_name("B") == "Radikale Venstre" and party_name("f") == "SF"
    assert asked_party("Hvilke medlemmer fra Radikale Venstre sad med?") == "B"
