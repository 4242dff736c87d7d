"""A seventy-second round of layouts (round 72's blind files): a web page built only of
ARIA-role `<div>`s in a CSS grid; an 80-column fixed-width print with dash-ruled column
tables and dot-leader labels; a Markdown note whose sections are Obsidian callouts and
whose attachments are a Notion toggle; a contents list printed after the last item; a
case history's label before the earlier meeting it names. Every file is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .fixture_files import written_meeting


def _head(m) -> tuple:  # noqa: ANN001
    """The meeting's facts, and its people as (name, status, role)."""
    return (m.committee, m.date, m.start_time, m.place,
            [(p.name, p.status, p.role) for p in m.participants])

_ARIA_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Kulturudvalget - Lunde Kommune</title></head><body>
<div role="banner"><div>Lunde Kommune</div></div>
<div role="main">
<div role="heading" aria-level="1">Referat</div>
<div role="table" aria-label="Om mødet">
 <div role="row"><div role="rowheader">Udvalg</div><div role="cell">Kulturudvalget</div></div>
 <div role="row"><div role="rowheader">Dato</div><div role="cell">02.09.2025</div></div>
 <div role="row"><div role="rowheader">Mødestart</div><div role="cell">09:30</div></div>
 <div role="row"><div role="rowheader">Lokale</div><div role="cell">Byrådssal, Torvet 1</div></div>
</div>
<div role="heading" aria-level="2">Deltagere</div>
<div role="list">
 <div role="listitem"><div>Ida Krogh</div><div>B</div><div>Formand</div><div>Til stede</div></div>
 <div role="listitem"><div>Per Vad</div><div>SF</div><div>Medlem</div><div>Afbud</div></div>
 <div role="listitem"><div>Ole Brink</div><div>V</div><div>Medlem</div><div>Til stede</div></div>
</div>
<div role="table" aria-label="Punkter">
 <div role="row"><div role="columnheader">Nr.</div><div role="columnheader">Punkt</div></div>
 <div role="rowgroup">
  <div role="row"><div role="cell">1</div><div role="cell">Kulturpris 2025</div></div>
  <div role="row"><div role="cell" aria-colspan="2">
   <div aria-label="Beslutning"><div>Beslutning</div><div>Prisen gives til koret.</div></div>
  </div></div>
 </div>
</div>
</div></body></html>"""


def test_aria_div_grid_reads_as_tables(tmp_path: Path) -> None:
    """A page of `<div role="table">` rows (`rowheader` | `cell`) and a `role="list"` of
    grid rows of cells (name | party | role | attendance): the label rows are the
    meeting's facts, each list row one member with their role and attendance. Before:
    the committee glued both labels around it, the place was "Mødestart", and every
    cell (the party, "Formand", "Til stede") was a person."""
    m = written_meeting(tmp_path, "referat.html", _ARIA_PAGE)
    assert _head(m) == ("Kulturudvalget", date(2025, 9, 2), "09:30", "Byrådssal, Torvet 1", [
        ("Ida Krogh (B)", "deltog", "formand"), ("Ole Brink (V)", "deltog", "medlem"),
        ("Per Vad (SF)", "afbud", "medlem")])
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Kulturpris 2025", "Prisen gives til koret.")]


_PRINT = """VESTBY KOMMUNE                                                   SIDE:         1
KULTUR- OG FRITIDSUDVALGET                                 UDSKREVET: 04.09.25 06.10
R E F E R A T                                                  JOB: KFU0907 / PROT
================================================================================
DATO..........: 03.09.2025   KL. 17.00 - 19.30
LOKALE........: HALLEN, SKOLEVEJ 4, 7000 VESTBY
--------------------------------------------------------------------------------
NAVN                   PARTI  FUNKTION      FREMMØDE
---------------------  -----  ------------  --------
Ane Brix               A      FORMAND       MØDT
Kurt Nyholm            V      MEDLEM        AFBUD
Lis Faber              C      MEDLEM        MØDT
--------------------------------------------------------------------------------

PKT  SAGSNR              TITEL
---  ------------------  -------------------------------------------------------
  7  18.15.00-A00-1-25   Tilskud til idrætsforeninger 2026 - fordeling af
                         puljen

     ADGANG              ÅBEN
     SAGSFREMSTILLING    Puljen er på 400.000 kr.
     TIDL. BEHANDLING    Kultur- og Fritidsudvalget 11.06.2025: Sagen udsat.
     BESLUTNING          Godkendt.
     AFSTEMNING          For: A, C (2). Imod: V (1).

  8  00.01.00-A00-9-25   Personalesag

     ADGANG              LUKKET
     BESLUTNING          Godkendt.

--------------------------------------------------------------------------------
MØDET HÆVET KL. 19.30
"""


def test_fixed_width_print(tmp_path: Path) -> None:
    """An 80-column print: items as rows "  7  case  Title" under a dash-ruled head "PKT
    SAGSNR TITEL" (the title wrapped in its column), members as a dash-ruled "NAVN |
    PARTI | FUNKTION | FREMMØDE" table, dot-leader labels with the time after the date,
    a label column with "TIDL. BEHANDLING" and a colonless "AFSTEMNING". Before: the
    head row was the items' title, the members three fragments, no start time, the place
    kept its dots, the vote lost its "For" side and the history its label."""
    m = written_meeting(tmp_path, "referat.txt", _PRINT)
    assert _head(m) == (
        "Kultur- og Fritidsudvalget", date(2025, 9, 3), "17:00", "HALLEN, SKOLEVEJ 4, 7000 VESTBY",
        [("Ane Brix (A)", "deltog", "formand"), ("Kurt Nyholm (V)", "afbud", "medlem"),
         ("Lis Faber (C)", "deltog", "medlem")])
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (7, "Tilskud til idrætsforeninger 2026 - fordeling af puljen", "18.15.00-A00-1-25",
         False),
        (8, "Personalesag", "00.01.00-A00-9-25", True)]
    first = m.items[0]
    assert first.decision.startswith("Godkendt.")
    assert first.votes == {"for": ["A", "C"], "imod": ["V"]}
    assert [(h.committee, h.date) for h in first.history] == [
        ("Kultur- og Fritidsudvalget", date(2025, 6, 11))]


_CALLOUTS = """# Seniorrådet – referat 4. september 2025

Mødedato: 4. september 2025 13:00 → 15:00
Sted: Lokale 3, Vestby Rådhus
Til stede: Hanne Bech (formand), Jørgen Lind

> [!abstract] Punkter
> 1. Godkendelse af dagsorden
> 2. Trafiksikkerhed

---

## 1 · Godkendelse af dagsorden

> [!success] Beslutning
> Godkendt.

## 2 · Trafiksikkerhed

> [!note]- Sagsfremstilling
> Rådet har modtaget planen.

> [!quote] Tidligere behandling – Seniorrådet 07.08.2025
> Rådet ønskede planen i høring.

> [!success] Beslutning
> Rådet bakker op om planen.

- ▸ Bilag
    - Planen (PDF)

## 3 · Henvendelse fra borger

> [!danger] Lukket punkt
> Behandlet for lukkede døre.

> [!success] Beslutning
> Drøftet.
"""


def test_obsidian_callouts_are_sections(tmp_path: Path) -> None:
    """Callouts as an item's sections after a callout with the agenda's numbered list:
    their titles are headings, the dated "Tidligere behandling – …" one the case
    history, "Lukket punkt" closes the item, and a "- ▸ Bilag" toggle is the
    attachments. Before: the agenda's list made the text read as a mail's quoted
    agenda, so the callout marks stayed in and everything was one decision."""
    m = written_meeting(tmp_path, "referat.md", _CALLOUTS)
    assert [(i.number, i.decision, i.closed) for i in m.items] == [
        (1, "Godkendt.", False), (2, "Rådet bakker op om planen.", False),
        (3, "Drøftet.", True)]
    second = m.items[1]
    assert second.section("Sagsfremstilling") == "Rådet har modtaget planen."
    assert [(h.committee, h.date, h.text) for h in second.history] == [
        ("Seniorrådet", date(2025, 8, 7), "Rådet ønskede planen i høring.")]
    assert "Planen (PDF)" in second.section("Bilag")


_CONTENTS_LAST = """Lunde Kommune
Referat
Teknisk Udvalg
Dato: 8. september 2025

14. Vejplan
Sagsnr.: 25/100
Beslutning
Vedtaget.

15. Salg af grund
Lukket punkt
Beslutning
Godkendt.
Mødet hævet kl. 18:40

Indholdsfortegnelse
Åbne punkter
14. Vejplan ........................................
2
Lukkede punkter
15. Salg af grund ........................................
2
"""


def test_contents_printed_last_is_no_decision(tmp_path: Path) -> None:
    """A contents list after the last item, below "Mødet hævet …": the minutes end
    there. Before: the closing line and the whole contents list were the last decision."""
    m = written_meeting(tmp_path, "referat.txt", _CONTENTS_LAST)
    assert [(i.number, i.decision) for i in m.items] == [(14, "Vedtaget."), (15, "Godkendt.")]


_LABELLED_HISTORY = """Lunde Kommune
Referat
Teknisk Udvalg
Dato: 8. september 2025

1. Vejplan
Tidligere behandling i Plan- og Boligudvalget den 12-08-2025
Planen sendes til Teknisk Udvalg.
Beslutning
Vedtaget.
"""


def test_history_label_is_no_committee(tmp_path: Path) -> None:
    """"Tidligere behandling i <body> den <date>": the label names what the entry is,
    the body is the one after it. Before: the committee was "Tidligere behandling i
    Plan- og Boligudvalget"."""
    m = written_meeting(tmp_path, "referat.txt", _LABELLED_HISTORY)
    assert [(h.committee, h.date) for h in m.items[0].history] == [
        ("Plan- og Boligudvalget", date(2025, 8, 12))]
    assert m.items[0].decision == "Vedtaget."
