"""A seventy-first round of layouts (round 71's blind files): a PDF whose members' table
and each item's fact table ("Sag | Journalnr. | Åben/Lukket") come out one cell a line;
a web page's attendance table with a column each for the present and the absent; a
forwarded e-mail whose minutes are quoted "> " with an indented list of members under
a region's letterhead; a Word agenda's closed item marked by "LUKKET PUNKT – …"; a
protocol's title set on centred lines ("BESLUTNINGSPROTOKOL" / "for" / the body) under a
running header; earlier decisions written "Tidligere beslutning (X dd.mm.yyyy, § 4):"
and "Tidligere behandling - Udvalg for …, dd-mm-yyyy:". The PDFs are built in code one
cell a row, as plain text reads a drawn table's cells; the others are written inline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from referat.domain import Meeting

from .fixture_files import written_meeting
from .office_files import docx, para
from .pdf_files import pieces_pdf


def _pdf(tmp_path: Path, lines: list[str]) -> Meeting:
    return written_meeting(tmp_path, "referat.pdf", pieces_pdf([[
        (20, k, line) for k, line in enumerate(lines)]]))


_CELLS = [
    "Lunde Kommune", "Referat", "Kulturudvalget", "Mødedato: Tirsdag den 6. maj 2025",
    "Mødetid: Kl. 15.00 – 17.00", "Medlemmer", "Navn", "Parti", "Bemærkning",
    "Eva Dam", "A", "Formand", "Karl Bo Hansen", "V", "Næstformand", "Lis Holm", "C",
    "Per Vang", "O", "Afbud", "Ane Lund", "F",
    "Sag", "Journalnr.", "Åben/Lukket", "1. Godkendelse af dagsorden", "2025-000101", "Åben",
    "Beslutning", "Godkendt.",
    "Sag", "Journalnr.", "Åben/Lukket", "2. Tilskud til byfesten", "2025-000102", "Åben",
    "Beslutning", "Tilskuddet bevilges.",
    "Sag", "Journalnr.", "Åben/Lukket", "3. Orientering", "2025-000103", "Åben",
    "Beslutning", "Taget til efterretning."]


def test_pdf_members_table_one_cell_a_line(tmp_path: Path) -> None:
    """"Navn" / "Parti" / "Bemærkning" over rows whose empty remark gives no line: each
    member with party and role, "Afbud" that row's only, no party letter and no label of
    the item table a person. Before: "Ane Lund", "F" and "Sag" sent apologies, the
    members above them were lost."""
    people = {p.name: (p.status, p.role) for p in _pdf(tmp_path, _CELLS).participants}
    assert people == {"Eva Dam (A)": ("deltog", "formand"),
                      "Karl Bo Hansen (V)": ("deltog", "næstformand"),
                      "Lis Holm (C)": ("deltog", ""), "Per Vang (O)": ("afbud", ""),
                      "Ane Lund (F)": ("deltog", "")}


def test_item_fact_table_heads_leave_the_decision(tmp_path: Path) -> None:
    """"Sag" / "Journalnr." / "Åben/Lukket" over each item's "N. Title" / case / status:
    no part of the item before. Before: the labels were glued onto each decision."""
    m = _pdf(tmp_path, _CELLS)
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "2025-000101", "Godkendt."),
        (2, "Tilskud til byfesten", "2025-000102", "Tilskuddet bevilges."),
        (3, "Orientering", "2025-000103", "Taget til efterretning.")]


_COLUMNS = """<html><body><h1>Kulturudvalget</h1><p>Referat af ordinært møde</p>
<dl><dt>Dato</dt><dd>tirsdag 06.05.2025</dd><dt>Sted</dt><dd>Mødelokale 3</dd></dl>
<h3>Fremmøde</h3>
<table><thead><tr><th>Til stede</th><th>Afbud</th></tr></thead><tbody>
<tr><td>Eva Dam (A) – formand</td><td>Per Vang (O)</td></tr>
<tr><td>Karl Bo Hansen (V) – næstformand</td><td>Ane Lund (F)</td></tr>
<tr><td>Lis Holm (C)</td><td></td></tr>
</tbody></table>
<section><h2>1. Godkendelse af dagsorden</h2><dl><dt>Beslutning</dt><dd>Godkendt.</dd></dl>
</section>
<section><h2>2. Budget</h2><dl><dt>Beslutning</dt><dd>Godkendt.</dd></dl></section>
</body></html>"""


def test_web_attendance_table_a_column_each(tmp_path: Path) -> None:
    """A table "Til stede | Afbud", one member a cell ("Name (P) – formand"): the heads
    are no people, each column its status. Before: one participant "Afbud" (the head)."""
    m = written_meeting(tmp_path, "referat.html", _COLUMNS)
    assert {p.name: (p.status, p.role) for p in m.participants} == {
        "Eva Dam (A)": ("deltog", "formand"), "Karl Bo Hansen (V)": ("deltog", "næstformand"),
        "Lis Holm (C)": ("deltog", ""), "Per Vang (O)": ("afbud", ""),
        "Ane Lund (F)": ("afbud", "")}


_QUOTED = """Fra: Mia Krog <mia@example.dk>
Sendt: 9. maj 2025 09:12
Emne: VS: Referat

Til orientering.

-----Oprindelig meddelelse-----
Fra: Sekretariatet
Sendt: 6. maj 2025 17:40
Emne: Referat

> REGION NORDJYLLAND
> Referat - Udvalg for Natur og Miljø
>
> Mødedato: tirsdag 06-05-2025, kl. 13.00-15.00
> Mødested: Niels Bohrs Vej 30, 9220 Aalborg Øst
>
> Deltagere:
>   Eva Dam (A) - formand
>   Karl Bo Hansen (V) - næstformand
>   Lis Holm (C)
> Fraværende:
>   Per Vang (O)
>
> Punkt 1 - Godkendelse af dagsorden
> Beslutning:
> Godkendt.
>
> Punkt 2 - Naturpleje
> Sagsfremstilling:
> Der er søgt om midler til naturpleje.
>
> Tidligere behandling - Udvalg for Natur og Miljø, 03-02-2025:
> Administrationen undersøger sagen nærmere.
>
> Beslutning:
> Godkendt.
"""


def test_quoted_mail_indented_members_and_region(tmp_path: Path) -> None:
    """A forward quoting the minutes "> ", the members indented under "Deltagere:" and
    "Fraværende:", and the region's name in capitals on its own quoted line. Before: no
    participants, and the municipality guessed from the address's town ("Aalborg")."""
    m = written_meeting(tmp_path, "referat.txt", _QUOTED)
    assert {p.name: (p.status, p.role) for p in m.participants} == {
        "Eva Dam (A)": ("deltog", "formand"), "Karl Bo Hansen (V)": ("deltog", "næstformand"),
        "Lis Holm (C)": ("deltog", ""), "Per Vang (O)": ("afbud", "")}
    assert (m.municipality, m.municipality_guessed) == ("Region Nordjylland", False)


def test_earlier_treatment_of_a_body_named_by_its_task(tmp_path: Path) -> None:
    """"Tidligere behandling - Udvalg for Natur og Miljø, 03-02-2025:" with its text below:
    the case's history, not the Sagsfremstilling's. Before: prose in the Sagsfremstilling."""
    item = written_meeting(tmp_path, "referat.txt", _QUOTED).items[1]
    assert [(h.committee, h.date, h.text) for h in item.history] == [
        ("Udvalg for Natur og Miljø", date(2025, 2, 3),
         "Administrationen undersøger sagen nærmere.")]
    assert "Tidligere" not in item.sections[0].text


_PROTOCOL = [
    "Teknikudvalget 12.05.2025", "LUNDE KOMMUNE", "PROTOKOL", "for", "Teknikudvalget",
    "Mandag den 12. maj 2025 kl. 15.00 – 16.30", "Mødelokale 2, Rådhuset",
    "Til stede: Eva Dam (A), formand; Lis Holm (C).", "",
    "§ 7. Godkendelse af dagsorden", "Beslutning: Godkendt.",
    "§ 8. Vejplan 2026", "Forvaltningen har udarbejdet en vejplan.",
    "Tidligere beslutning (Teknikudvalget 10.03.2025, pkt. 3): Sagen udsættes til",
    "næste møde.", "Beslutning: Godkendt."]


def test_protocol_title_on_centred_lines(tmp_path: Path) -> None:
    """"PROTOKOL" / "for" / "Teknikudvalget" under a running header "Teknikudvalget
    12.05.2025": the body on its own line is the committee. Before: "Ukendt udvalg"."""
    assert _pdf(tmp_path, _PROTOCOL).committee == "Teknikudvalget"


def test_earlier_decision_with_its_item_number(tmp_path: Path) -> None:
    """"Tidligere beslutning (X dd.mm.yyyy, pkt. 3): text" wrapped onto the next line:
    the case's history with the earlier item's number. Before: prose in the text."""
    item = _pdf(tmp_path, _PROTOCOL).items[1]
    assert [(h.committee, h.date, h.punkt, h.text) for h in item.history] == [
        ("Teknikudvalget", date(2025, 3, 10), 3, "Sagen udsættes til næste møde.")]
    assert item.decision == "Godkendt."


def test_docx_closed_mark_with_its_reason(tmp_path: Path) -> None:
    """A paragraph "LUKKET PUNKT – sagen behandles for lukkede døre …" under the case
    number closes the item and is no text of it. Before: open, a section of that text."""
    m = written_meeting(tmp_path, "dagsorden.docx", docx([
        para("DAGSORDEN"), para("Kulturudvalget"), para("Lunde Kommune"),
        para("Mødedato: Tirsdag den 6. maj 2025 kl. 15.00"),
        para("1. Godkendelse af dagsorden", bold=True), para("Sagsnr. 25/101"),
        para("INDSTILLING:"), para("Forvaltningen indstiller, at dagsordenen godkendes."),
        para("2. Køb af grund", bold=True), para("Sagsnr. 25/102"),
        para("LUKKET PUNKT – sagen behandles for lukkede døre og offentliggøres ikke.")]))
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False), ("Køb af grund", True)]
    assert not m.items[1].sections
