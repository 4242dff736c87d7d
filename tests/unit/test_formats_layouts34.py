"""A thirty-fourth round of layouts: a small municipality's print whose decision is
"Udvalgets afgørelse:" under "Sag nr. N – Title" headings, an elderly council's minutes
numbered with Roman numerals, and others (see each test). Each read wrongly before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats34"


def one(name: str):
    meetings = read_meetings(FIXTURES / name, municipality=None)
    assert len(meetings) == 1
    return meetings[0]


def test_udvalgets_afgoerelse_is_the_decision_and_each_sag_nr_an_item() -> None:
    m = one("02_sag_afgoerelse.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Teknik- og Miljøudvalget", date(2024, 6, 4), "15:30", "referat")
    assert [i.number for i in m.items] == [7, 8, 9, 10, 11]
    assert m.items[-1].title == "Eventuelt" and m.items[-1].decision == "Intet."
    assert m.items[3].journal_number is None and m.items[3].closed
    assert m.items[0].decision == "Godkendt."
    assert m.items[1].decision.startswith("Anbefales.")
    assert m.items[1].votes["imod"] == ["Torben Kjær"]
    assert m.items[2].decision == "Afslaget fastholdes. Klagen sendes til Planklagenævnet."
    assert m.items[3].decision == "Indstillingen godkendt."
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Ole Vestergaard (K)"]


def test_roman_numeral_items_are_numbered_in_order_with_the_numeral_kept() -> None:
    m = one("08_romertal.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Ældrerådet", date(2024, 4, 11), "10:00", "referat")
    assert [(i.number, i.label) for i in m.items] == [
        (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V")]
    assert m.items[1].title == "Høring: Serviceniveau for madservice 2025"
    assert m.items[0].decision == "Godkendt."
    assert m.items[3].votes["imod"] == ["Bent Overgaard"]
    assert m.items[4].decision == "Næste møde er den 16. maj 2024."
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Svend Åge Kirk"]


def test_a_protocols_summary_table_of_decisions_gives_each_item_its_decision() -> None:
    m = one("05_oversigt_foerst.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Økonomiudvalget", date(2024, 6, 17), "17:00", "referat")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Budget 2025 - tidsplan og proces",
        "Salg af grund, Industrivej 14", "Erstatningssag"]
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Godkendt.", "Anbefales. Ø stemte imod.", "Godkendt."]
    assert m.items[2].votes == {"imod": ["Ø"]} and m.items[3].closed
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Tina Holst (A)"]


def test_a_confluence_pages_wiki_markup_reads_as_minutes_without_its_macros() -> None:
    m = one("04_confluence.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Social- og Sundhedsudvalget", date(2024, 4, 23), "08:30", "referat")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Ældrepolitik 2024-2028 - endelig vedtagelse",
        "Sygeplejeklinik i Østerby", "Klagesag"]
    assert m.items[1].decision == "Anbefales."
    assert m.items[2].votes == {"for": ["A", "SF", "K"], "imod": ["V"]}
    assert m.items[3].closed and m.items[3].decision == "Indstillingen godkendt."
    assert m.participants[0].name == "Kirsten Bak (A)"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Jette Wulff (DF)"]
    assert not any("{" in s.text or "[~" in s.text for i in m.items for s in i.sections)


def test_unnumbered_capitals_headings_are_the_items_in_reading_order() -> None:
    m = one("09_versaler_uden_numre.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Handicaprådet", date(2024, 9, 25), "14:00", "referat")
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    assert [i.title.lower() for i in m.items] == [
        "godkendelse af dagsorden", "tilgængelighed på strandvig bibliotek",
        "høring om budget 2025 på socialområdet", "eventuelt"]
    assert m.items[0].decision == "Godkendt." and m.items[3].decision == "Intet."
    assert m.items[2].votes["undlod"] == ["Poul Ravn"]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Hanne Brix (DH)"]


def test_decisions_typed_under_a_quoted_agenda_in_a_mail_reply() -> None:
    m = one("06_mail_interleaved.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Lokalrådet Lyngholm", date(2024, 5, 21), "19:00", "referat", "Lyngholm Forsamlingshus")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Ansøgning til Landdistriktspuljen – shelterplads ved søen",
        "Trafiksikkerhed på Skolevej", "Eventuelt"]
    assert m.items[0].decision == "Godkendt."
    assert m.items[1].votes == {"for": ["Karin", "Erik", "Mads"], "imod": ["Birthe"]}
    assert m.items[2].decision == "Takket ja. Karin kontakter Vej og Park."
    assert m.items[3].decision == "Sommerfesten holdes 24. august. Birthe undersøger telt."
    assert not any(">" in s.text for i in m.items for s in i.sections)
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Hanne Dahl"]


def test_greenlandic_danish_minutes_read_by_their_danish_labels() -> None:
    m = one("03_kalaallisut.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Uddannelses- og Kulturudvalget", date(2024, 3, 12), "13:00", "referat")
    assert m.place == "Kommunalbestyrelsens mødesal, Aasiaat"
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Skolebyggeri Aasiaat - anlægsbevilling",
        "Kulturpuljen 2024", "Personalesag"]
    assert m.items[3].closed and "Godkendt." in m.items[3].decision
    assert "Taget til efterretning" in m.items[2].decision
    assert m.items[1].votes == {"imod": ["Ane Lynge (D)"]}
    assert (m.participants[0].name, m.participants[0].role) == ("Naja Petersen (IA)", "formand")
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Karl Heilmann (N)"]
