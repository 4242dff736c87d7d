"""Known faults of rounds 64–67, each on a small file written here in the layout of the
blind file that showed it: an absence line under a decision that the head does not name
as away, a party vote whose last party ends its sentence, a region's chair named only
in "Mødet blev ledet af …", an HTML "Tidligere behandling" row, a count-only vote."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting as _read
from .pdf_files import pieces_pdf


def _pdf(lines: list[str]) -> bytes:
    """One page, a line a row from the left margin, as a protocol prints its text."""
    return pieces_pdf([[(20, k, line) for k, line in enumerate(lines)]])


def test_absence_line_under_every_decision_is_the_meetings_absentee(tmp_path: Path) -> None:
    """A decision box's protocol whose every decision ends "Fraværende: Karl Bo" (the
    members' list says "Karl Bo (afbud)"): he is the meeting's absentee and each item's,
    and the line leaves each decision. The absence line of an earlier decision in the
    case's history stays there and names no absentee of this meeting; Lis Holm, away
    from one item only, stays in that decision (an answer on who missed the item quotes
    it) and is its absentee. Before: the line stayed in every decision."""
    m = _read(tmp_path, "boks.pdf", _pdf([
        "Odder Kommune", "Åbent referat", "Teknisk Udvalg", "Dato:", "Tirsdag den 8. april 2025",
        "Tid:", "16:30 - 18:45", "Sted:", "Mødelokale 1, Rådhuset", "Medlemmer",
        "Eva Dam, formand", "Karl Bo (afbud)", "Lis Holm", "Indholdsfortegnelse",
        "1. Ny sti langs åen", "2. Budget for vejvedligehold", "3. Vintertjeneste",
        "1. Ny sti langs åen", "Sagsnummer: 05.01.00-P20-1-25", "Sagsfremstilling",
        "Der er et ønske om en sti.", "Indstilling",
        "Forvaltningen indstiller, at stien anlægges.",
        "Tidligere beslutning – Teknisk Udvalg 05-11-2024", "Sagen blev udsat.",
        "Fraværende: Ole Nør", "BESLUTNING 08-04-2025", "Godkendt.", "Fraværende: Karl Bo",
        "2. Budget for vejvedligehold", "Sagsnummer: 05.01.00-P20-2-25", "Sagsfremstilling",
        "Budgettet er på 2 mio. kr.", "BESLUTNING 08-04-2025", "Taget til efterretning.",
        "For: 2 (A, V). Imod: 0.", "Fraværende: Karl Bo", "3. Vintertjeneste",
        "Sagsnummer: 05.01.00-P20-3-25", "BESLUTNING 08-04-2025", "Taget til efterretning.",
        "Fraværende: Karl Bo og Lis Holm"]))
    assert [i.decision for i in m.items] == [
        "Godkendt.", "Taget til efterretning.\nFor: 2 (A, V). Imod: 0.",
        "Taget til efterretning.\nFraværende: Karl Bo og Lis Holm"]
    assert [i.absentees for i in m.items] == [["Karl Bo"], ["Karl Bo"], ["Karl Bo", "Lis Holm"]]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Karl Bo"]
    assert [(h.date.isoformat(), h.text) for h in m.items[0].history] == [
        ("2024-11-05", "Sagen blev udsat.\nFraværende: Ole Nør")]


def _export(decisions: list[str]) -> str:
    """A small XML export of the Cicero kind: one meeting, an item a decision."""
    items = "".join(f"""
   <Punkt nummer="{k}" aabent="true">
    <Overskrift>Sag nummer {k} om skolekørsel</Overskrift>
    <Felter><Felt navn="Indstilling">Forvaltningen indstiller, at forslaget anbefales.</Felt>
    </Felter>
    <Beslutninger><Beslutning dato="2025-06-03" organ="Børneudvalget">{text}</Beslutning>
    </Beslutninger>
   </Punkt>""" for k, text in enumerate(decisions, 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Dagsordenseksport version="2.1" kilde="Cicero Dagsorden">
 <Moede id="M-1" type="Referat">
  <Myndighed>Odder Kommune</Myndighed>
  <Udvalg>Børneudvalget</Udvalg>
  <Startdato>2025-06-03T08:30:00</Startdato>
  <Lokation>Mødelokale 3, Rådhuset</Lokation>
  <Punkter>{items}
  </Punkter>
 </Moede>
</Dagsordenseksport>
"""


def test_party_letter_ending_a_sentence_is_the_last_voter(tmp_path: Path) -> None:
    """"Imod stemte 2: A og D. Forslaget anbefales …": "D" is the last voter, the next
    sentence none; likewise one party after the side's colon ("Imod stemte: Ø. …"); an
    initial after a first name still belongs to the name. Before: the last voter was
    "D. Forslaget anbefales over for Byrådet"."""
    m = _read(tmp_path, "eksport.xml", _export([
        "For stemte 4: V (2), F og C. Imod stemte 2: A og D. Forslaget anbefales over for "
        "Byrådet.",
        "For stemte: A, V og C. Imod stemte: Ø. Forslaget er vedtaget.",
        "Godkendt. Imod stemte: Morten S. Petersen (C)."]))
    assert [i.votes for i in m.items] == [
        {"for": ["V", "F", "C"], "imod": ["A", "D"]},
        {"for": ["A", "V", "C"], "imod": ["Ø"]},
        {"imod": ["Morten S. Petersen (C)"]}]


def test_html_earlier_decisions_row_is_the_cases_history(tmp_path: Path) -> None:
    """A list page's item table with a "Tidligere beslutninger" row, "Kulturudvalget den
    17. april 2024: Udkastet sendes i høring.": the case's history, body, day and text.
    Before: only a "Tidligere behandling" section, no history."""
    row = "<tr><th>{}</th><td>{}</td></tr>"
    item = "".join(row.format(k, v) for k, v in [
        ("Punkt", "1"), ("Titel", "Ny kulturpolitik"), ("Sagsnr.", "24/3120"),
        ("Sagsfremstilling", "Udkastet har været i høring."),
        ("Tidligere beslutninger", "Kulturudvalget den 17. april 2024: Udkastet sendes i "
                                   "høring."),
        ("Indstilling", "Administrationen indstiller, at politikken godkendes."),
        ("Beslutning", "Godkendt.")])
    m = _read(tmp_path, "liste.html", f"""<html><head><meta charset="utf-8"></head><body>
<h1>Referat</h1>
<table class="meeting-info">{row.format("Møde", "Kulturudvalget")}{row.format("Dato", "22-05-2024")}
{row.format("Tidspunkt", "16:00 - 18:00")}{row.format("Lokation", "Rådhuset, Mødelokale B")}</table>
<h2>Punkter</h2><table class="agenda-item">{item}</table>
</body></html>""")
    (first,) = m.items
    assert first.decision == "Godkendt."
    assert [(h.committee, h.date.isoformat(), h.text) for h in first.history] == [
        ("Kulturudvalget", "2024-04-17", "Udkastet sendes i høring.")]


def test_chair_named_in_a_sentence_took_part(tmp_path: Path) -> None:
    """A region's decisions whose head names the chair only in "Mødet blev ledet af
    regionsrådsformand Eva Dam (A)." above the absent: she took part, her role the
    words before her name. Before: only the absent were read."""
    m = _read(tmp_path, "region.pdf", _pdf([
        "REGION LUNDE", "Beslutninger", "fra mødet i Regionsrådet",
        "Tirsdag den 24. september 2024, kl. 15.00 – 18.40", "Regionshuset, mødesal 1",
        "Mødet blev ledet af regionsrådsformand Eva Dam (A).", "Fraværende: Karl Bo (V)",
        "1. Godkendelse af dagsorden", " Sagsnr. 24-000115",
        "Beslutning i Regionsrådet den 24. september 2024", "Dagsordenen blev godkendt.",
        "2. Budget 2025", " Sagsnr. 24-004512", "Beslutning i Regionsrådet den 24. september 2024",
        "Forretningsudvalgets indstilling blev tiltrådt."]))
    assert m.committee == "Regionsrådet"
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Karl Bo (V)", "afbud", ""), ("Eva Dam (A)", "deltog", "regionsrådsformand")]
