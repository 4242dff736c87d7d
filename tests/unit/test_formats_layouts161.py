"""Big minutes (round 161): a council's cover page whose participants are one paragraph of
comma-separated names wrapped at the page's width, a name and a role's ordinal ("1." /
"viceborgmester") split over two lines (PDF); a substitute's role naming the member stood
in for (ODT); a Markdown agenda whose earlier committees' decisions stand under `###`
headings, with sub-headings of its own in an item's text and closed items marked in bold."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from tests.unit.office_files import odt
from tests.unit.pdf_files import lines_pdf


def _pdf(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "referat.pdf"
    path.write_bytes(lines_pdf([(15, lines)], size=9))
    return path


def test_a_participants_paragraph_wrapped_mid_name_keeps_every_member(tmp_path):
    path = _pdf(tmp_path, [
        "Skanderborg Kommune", "Referat", "Byrådet", "Mødedato:", "Onsdag den 6. marts 2024",
        "Mødested:", "Byrådssalen", "Deltagere",
        "Eva Holm (A), borgmester, Ib Dal (A), Kim Lund (A), Tove Bach (A), Jens Peter",
        "Vinther (V), Ole Ravn (C), Lis Kjær (V), 1.",  # (a role's ordinal ends the line)
        "viceborgmester, Mia Sand (F), Per",
        "Nørby (Ø), Ane Kirk (V), stedfortræder for Bo Hald",
        "Afbud", "Bo Hald (V)",
        "1. Godkendelse af dagsorden", "Sagsnr.: 24/001", "Beslutning", "Godkendt.",
        "2. Budgetopfølgning", "Sagsnr.: 24/002", "Beslutning", "Taget til efterretning."])
    (m,) = read_meetings(path)
    assert (m.committee, m.date) == ("Byrådet", date(2024, 3, 6))
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Eva Holm (A)", "deltog", "borgmester"), ("Ib Dal (A)", "deltog", ""),
        ("Kim Lund (A)", "deltog", ""), ("Tove Bach (A)", "deltog", ""),
        ("Jens Peter Vinther (V)", "deltog", ""), ("Ole Ravn (C)", "deltog", ""),
        ("Lis Kjær (V)", "deltog", "1. viceborgmester"), ("Mia Sand (F)", "deltog", ""),
        ("Per Nørby (Ø)", "deltog", ""), ("Ane Kirk (V)", "deltog", "stedfortræder for Bo Hald"),
        ("Bo Hald (V)", "afbud", "")]


def test_a_list_one_member_a_line_under_its_heading_stays_one_a_line(tmp_path):
    path = _pdf(tmp_path, [
        "Skanderborg Kommune", "Referat", "Økonomiudvalget", "Mødedato:", "6. marts 2024",
        "Deltagere", "Eva Holm (A), formand", "Ib Dal (V), næstformand", "Kim Lund (C)",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt."])
    (m,) = read_meetings(path)
    assert [(p.name, p.role) for p in m.participants] == [
        ("Eva Holm (A)", "formand"), ("Ib Dal (V)", "næstformand"), ("Kim Lund (C)", "")]


def _p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def test_a_substitutes_role_keeps_the_name_of_the_member_stood_in_for(tmp_path):
    path = tmp_path / "referat.odt"
    path.write_bytes(odt("".join(_p(t) for t in [
        "Holbæk Kommune", "Referat", "Udvalg: Kommunalbestyrelsen",
        "Mødedato: Mandag den 10. oktober 2022", "Mødested: Rådhuset", "Medlemmer:",
        "Anne Dam (A), borgmester", "Per Vang (V)", "Sofie Lind (V) – Stedfortræder for Kaj Holm",
        "Afbud: Kaj Holm (V)",
        "1. Godkendelse af dagsorden", "Sagsnr.: 22/00104", "Beslutning", "Godkendt."])))
    (m,) = read_meetings(path)
    roles = {p.name: (p.status, p.role) for p in m.participants}
    assert roles["Sofie Lind (V)"] == ("deltog", "stedfortræder for Kaj Holm")
    assert roles["Kaj Holm (V)"] == ("afbud", "")


_AGENDA = """Horsens Kommune

# Dagsorden – Byrådet

Mødedato: Tirsdag den 4. marts 2025|
Mødested: Byrådssalen

## 1. Anlægsbevilling til ny skole

Sagsnr.: 2025-000120|
Åbent punkt

### Indstilling

Direktionen indstiller, at bevillingen gives.

### Økonomi

Udgiften afholdes af kassen.

### Beslutning i Børne- og Skoleudvalget den 12. februar 2025, punkt 4

Anbefales.

### Beslutning i Økonomiudvalget den 25. februar 2025, punkt 9

Anbefales. Ø kan ikke anbefale.

### Bilag

- Skitse (2 sider)

* * *

## 2. Forslag fra Enhedslisten om gratis busser

Sagsnr.: 2025-000121|
Åbent punkt

### Forslag

Enhedslisten foreslår, at bybusserne bliver gratis.

### Administrationens bemærkninger

Det koster 12 mio. kr. om året.

### Indstilling

Forslaget forelægges til byrådets beslutning.

* * *

## 3. Salg af grund

Sagsnr.: 2025-000122|
**Lukket punkt**
""".replace("|\n", "  \n")  # (Markdown's hard line breaks)


def test_a_markdown_agendas_earlier_decisions_are_the_history_and_its_marks_no_text(tmp_path):
    path = tmp_path / "dagsorden.md"
    path.write_text(_AGENDA, encoding="utf-8")
    (m,) = read_meetings(path)
    assert m.doc_type == "dagsorden"
    first, proposal, closed = m.items
    assert [(t.committee, t.date, t.punkt, t.text) for t in first.history] == [
        ("Børne- og Skoleudvalget", date(2025, 2, 12), 4, "Anbefales."),
        ("Økonomiudvalget", date(2025, 2, 25), 9, "Anbefales. Ø kan ikke anbefale.")]
    assert "Anbefales" not in first.section("Økonomiske konsekvenser og finansiering")
    assert first.decision == ""  # (the committees' recommendations are no decision)
    text = "\n".join(s.text for i in m.items for s in i.sections)
    assert "#" not in text and "**" not in text
    # (the heading kept as a line of its own over its text; after a "Forslag" read as the
    # proposal, round 210, it keeps a colon as a heading inside that section does)
    assert re.search(r"Administrationens bemærkninger:?\n\nDet koster 12 mio\. kr\. om året\.",
                     text)
    assert (proposal.closed, closed.closed, closed.title) == (False, True, "Salg af grund")
