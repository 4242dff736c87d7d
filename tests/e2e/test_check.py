"""Fact-checking over the real seed index: the issue's three examples, the JSON shape of
`referat check --json`, pasted paragraphs and the claim-set eval."""

from __future__ import annotations

import json

import pytest

from referat.config import Config
from tests.e2e.conftest import ROOT, run_referat


@pytest.fixture(scope="module")
def checker(seed_cfg: Config):
    from rag.check import Checker

    return Checker(seed_cfg)


def test_stockholm_is_contradicted_with_lund(checker) -> None:
    [r] = checker.check("Er det rigtigt, at udvalget godkendte en studietur til Stockholm "
                        "i 2023?")
    assert r.verdict == "afkræftet"
    assert "Lund" in r.correction and "Stockholm" in r.correction
    assert [(c.ref.date.isoformat(), c.ref.punkt) for c in r.citations] == [("2023-02-07", 5)]
    place = next(p for p in r.parts if p.kind == "place")
    assert (place.verdict, place.minutes_value) == ("afkræftet", "Lund")


def test_trip_date_is_a_fact_not_a_meeting_filter(checker) -> None:
    [r] = checker.check("Passer det, at studieturen til Lund blev gennemført den "
                        "23.-24. november 2023?")
    assert r.verdict == "bekræftet"
    assert "23.-24. november 2023" in r.evidence
    assert (r.citations[0].ref.date.isoformat(), r.citations[0].ref.punkt) == ("2023-02-07", 5)


def test_closing_the_jobcenter_is_not_mentioned(checker) -> None:
    [r] = checker.check("Udvalget besluttede at lukke jobcentret i 2024 – passer det?")
    assert r.verdict == "ikke nævnt"
    assert not r.citations and not r.evidence
    assert "nævner det ikke" in r.text


def test_a_postponed_decision_contradicts_approved(checker) -> None:
    [r] = checker.check("Udvalget godkendte besøget hos virksomheden Caverion.")
    assert r.verdict == "afkræftet"
    assert "udsat" in r.correction and "Udsættes" in r.evidence


def test_amounts_are_compared_normalised(checker) -> None:
    [r] = checker.check("Den samlede omkostning ved samarbejdet med Idrætsfællesskabet har "
                        "været 500.000 kr.")
    assert r.verdict == "bekræftet" and "0,5 mio. kr." in r.evidence


def test_cli_json_per_claim_for_a_paragraph(seed_cfg: Config) -> None:
    text = ("Caverion har 450 ansatte i Danmark. Der kom 150 deltagere til erhvervslivets "
            "nytårskur i 2023. Udvalget godkendte en ny svømmehal i Skovlunde.")
    out = run_referat(seed_cfg, "check", text, "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["verdict"] for r in rows] == ["afkræftet", "bekræftet", "ikke nævnt"]
    first = rows[0]
    assert set(first) >= {"claim", "verdict", "parts", "evidence", "correction", "citations"}
    assert {"text", "kind", "verdict", "minutes_value"} <= set(first["parts"][0])
    assert first["parts"][0]["minutes_value"] == "300 ansatte"
    assert set(first["citations"][0]) >= {"municipality", "committee", "date", "punkt",
                                          "title", "quote"}


def test_cli_file_and_errors(seed_cfg: Config, tmp_path) -> None:
    press = tmp_path / "presse.txt"
    press.write_text("Studieturen til Lund gennemføres den 23.-24. november 2023.\n",
                     encoding="utf-8")
    out = run_referat(seed_cfg, "check", "--file", str(press))
    assert out.returncode == 0 and out.stdout.startswith("Bekræftet"), out.stderr
    missing = run_referat(seed_cfg, "check", "--file", str(tmp_path / "nej.txt"))
    assert missing.returncode == 2 and "findes ikke" in missing.stderr
    empty = run_referat(seed_cfg, "check", "ja")
    assert empty.returncode == 2 and "ingen påstand" in empty.stderr


def test_claims_eval_json(seed_cfg: Config, tmp_path) -> None:
    claims = tmp_path / "claims.jsonl"
    lines = [line for line in (ROOT / "eval" / "claims.jsonl").read_text(
        encoding="utf-8").splitlines() if '"f06-' in line or '"n00-' in line]
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out_json = tmp_path / "out.json"
    out = run_referat(seed_cfg, "eval", "--claims", str(claims), "--json", str(out_json),
                      "--quiet")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert doc["overall"]["n"] == 3 and doc["overall"]["accuracy"] == 1.0
    assert doc["overall"]["false_confirmation_rate"] == 0.0
    assert {r["id"] for r in doc["results"]} == {"f06-sand", "f06-place", "n00-near"}
    assert all({"id", "verdict", "citations", "text"} <= set(r) for r in doc["results"])


@pytest.mark.parametrize(("claim", "said"), [
    ("Udvalget godkendte enstemmigt studieturen til Lund i februar 2023.",
     "Saime Bilen Inanc (Ø) stemte i mod"),
    ("Alle stemte for Anja Holtze som midlertidig formand i marts 2025.",
     "Undlod at stemme"),
])
def test_a_unanimity_claim_is_contradicted_by_a_dissent(checker, claim, said) -> None:
    (result,) = checker.check(claim)
    assert result.verdict == "afkræftet", result
    assert said in result.correction and "ikke enstemmigt" in result.correction


def test_a_figure_claimed_for_a_year_is_checked_against_that_years_status(checker) -> None:
    """"… i 2025": the status of March 2025 (4.224), not the 2015 one that also counts
    ordinary jobs."""
    (result,) = checker.check("Ballerup havde 4.500 ordinære stillinger i 2025.")
    assert result.verdict == "afkræftet" and "4.224" in result.correction, result
    assert [(c.ref.date.isoformat(), c.ref.punkt) for c in result.citations] == [
        ("2025-03-18", 5)]


@pytest.mark.parametrize(("claim", "verdict", "said"), [
    ("Enhedslisten stemte for studieturen.", "afkræftet", "Enhedslisten stemte imod"),
    ("Allan Kristensen stemte for Anja Holtze som formand.", "afkræftet",
     "Allan Kristensen undlod at stemme"),
    ("Saime Bilen Inanc stemte imod studieturen.", "bekræftet", ""),
    # a vote at the meeting is dated by it
    ("Lars Green Bach undlod at stemme ved valget af midlertidig formand i marts 2025.",
     "bekræftet", ""),
])
def test_a_claimed_side_of_a_vote_is_read_off_the_vote_lines(checker, claim, verdict,
                                                             said) -> None:
    (result,) = checker.check(claim)
    assert result.verdict == verdict, result
    assert said in result.correction
