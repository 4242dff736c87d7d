"""Minutes of small boards written with today's note-taking tools (round 164): a
Teams/Copilot recap in Word (numbered "1. Deltagere" over the members, an AI notice at
the end), a Notion HTML export (toggles, callouts, a multi-select of names, a 🔒 closed
point), a Google Docs table "Pkt. | Emne | Referat" with "Beslutning:" in the cells, and
an AI transcription tool's text export (speakers, roles, each point's time span)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from tests.unit.office_files import docx, para


def _one(tmp_path: Path, name: str, data: bytes | str):
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    meetings = read_meetings(path)
    assert len(meetings) == 1
    return meetings[0]


def _copilot() -> bytes:
    return docx([
        para("Seniorrådet – møde 3. juni 2025", "Heading1"),
        para("Organisation: Odder Kommune – Seniorrådet"),
        para("Dato: Tirsdag den 3. juni 2025"),
        para("1. Deltagere", "Heading1"),
        para("- Eva Holm (formand)"), para("- Ole Bak"), para("- Kaj Dam"),
        para("Afbud", "Heading1"), para("- Ib Lund"),
        para("2. Dagsorden", "Heading1"),
        para("1. Godkendelse af dagsorden", "Heading2"),
        para("Beslutninger", "Heading3"), para("Dagsordenen blev godkendt."),
        para("2. Eventuelt", "Heading2"),
        para("Beslutninger", "Heading3"), para("Ingen beslutninger."),
        para("Opgaver", "Heading3"), para("Ingen opgaver registreret."),
        para("Indholdet er genereret med Microsoft 365 Copilot ud fra mødets transskription "
             "og kan indeholde fejl. Kontrollér vigtige oplysninger."),
    ], styles={"Heading1": "heading 1", "Heading2": "heading 2", "Heading3": "heading 3"})


def test_numbered_participants_caption_reads_the_members_present(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "seniorraad_copilot.docx", _copilot())
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Eva Holm": "deltog", "Ole Bak": "deltog", "Kaj Dam": "deltog",
                      "Ib Lund": "afbud"}
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Eventuelt"]


def test_ai_notice_after_the_last_item_is_no_decision(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "seniorraad_copilot.docx", _copilot())
    text = " ".join(s.text for s in meeting.items[-1].sections)
    assert "Ingen beslutninger." in text
    assert "Copilot" not in text and "indeholde fejl" not in text


_NOTION = """<html><head><title>Ungdomsrådet – referat 12.03.2024</title></head><body>
<article class="page sans"><header><div class="page-header-icon"><span class="icon">📋</span>
</div><h1 class="page-title">Ungdomsrådet – referat 12.03.2024</h1>
<p class="page-description">Favrskov Kommune · Ungdomsrådet</p>
<table class="properties"><tbody>
<tr class="property-row"><th>Dato</th><td><time>@March 12, 2024 5:00 PM</time></td></tr>
<tr class="property-row"><th>Deltog</th><td><span class="selected-value">Sofie Lind</span><span
 class="selected-value">Mads Krog</span><span class="selected-value">Ali Said</span></td></tr>
<tr class="property-row"><th>Afbud</th><td><span class="selected-value">Ea Holm</span></td></tr>
</tbody></table></header><div class="page-body">
<ul class="toggle"><li><details open=""><summary>1. Godkendelse af dagsorden</summary>
<figure class="callout"><div><span class="icon">✅</span></div><div><strong>Beslutning:</strong>
 Dagsordenen blev godkendt.</div></figure></details></li></ul>
<ul class="toggle"><li><details open=""><summary>2. Skatepark i Hinnerup</summary>
<ul class="bulleted-list"><li>Mads fortalte om placeringen.</li></ul>
<figure class="callout"><div><span class="icon">✅</span></div><div><strong>Beslutning:</strong>
 Rådet anbefaler placeringen ved hallen.</div></figure>
<ul class="to-do-list"><li><div class="checkbox checkbox-off"></div> <span>Skrive til
 udvalget – Sofie</span></li></ul></details></li></ul>
<ul class="toggle"><li><details open=""><summary>3. 🔒 Lukket punkt: Valg af modtager af
 ungdomsprisen</summary><figure class="callout"><div><span class="icon">🔒</span></div>
<div>Punktet er lukket.</div></figure><figure class="callout"><div><span class="icon">✅
</span></div><div><strong>Beslutning:</strong> Rådet valgte én modtager.</div></figure>
</details></li></ul>
<ul class="toggle"><li><details open=""><summary>4. Eventuelt</summary>
<ul class="bulleted-list"><li>Næste møde 9. april.</li></ul></details></li></ul>
</div></article></body></html>"""


def test_notion_lock_after_number_splits_closed_point_and_eventuelt(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "Ungdomsrådet – referat 12.03.2024 0a1b2c.html", _NOTION)
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    closed = meeting.items[2]
    assert closed.closed and "ungdomsprisen" in closed.title
    assert closed.decision.startswith("Rådet valgte én modtager.")
    assert meeting.items[3].title == "Eventuelt"
    assert meeting.items[0].decision == "Dagsordenen blev godkendt."
    assert all(s.text.strip() not in ("✅", "-") for i in meeting.items for s in i.sections)


def test_notion_multi_select_names_are_one_participant_each(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "Ungdomsrådet – referat 12.03.2024 0a1b2c.html", _NOTION)
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Sofie Lind": "deltog", "Mads Krog": "deltog", "Ali Said": "deltog",
                      "Ea Holm": "afbud"}


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(para(p) for p in paragraphs) + "</w:tc>"


def test_unlabelled_referat_cell_is_the_account_not_the_decision(tmp_path: Path) -> None:
    rows = [("Pkt.", "Emne", "Referat"),
            ("1", "Godkendelse af dagsorden", "Beslutning: Godkendt."),
            ("2", "Trafik ved skolen", "Jens fremlagde forslaget.|Beslutning: Vedtaget."),
            ("3", "Eventuelt", "Lene spurgte til faglokalet. Charlotte følger op.")]
    body = "".join("<w:tr>" + _cell(a) + _cell(b) + _cell(*c.split("|")) + "</w:tr>"
                   for a, b, c in rows)
    data = docx([para("Referat af skolebestyrelsesmøde"), para("Tørring Skole · Hedensted Kommune"),
                 para("Dato: Onsdag den 22. november 2023 kl. 17.00"),
                 para("Til stede: Mette Holm (formand), Jakob Lund"),
                 f"<w:tbl>{body}</w:tbl>"])
    meeting = _one(tmp_path, "Referat skolebestyrelse.docx", data)
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Trafik ved skolen", "Eventuelt"]
    assert meeting.items[1].decision == "Vedtaget."
    last = meeting.items[2]
    assert not last.decision
    assert "Lene spurgte til faglokalet" in " ".join(s.text for s in last.sections)


_TRANSCRIPT = """Beboerrådet Søby – bestyrelsesmøde marts
Ærø Kommune · Beboerrådet Søby

Dato:       torsdag 13. marts 2025
Tidspunkt:  19:00 – 20:30
Talere (4): Karen Due, Niels Bo, Pia Friis, Lars Vang
Ikke til stede: Ulla Krog (afbud)

Roller (angivet af mødeejer):
  Karen Due – formand
  Niels Bo – kasserer
  Lars Vang – planlægger, Ærø Kommune (gæst under punkt 2)

======================================================================
PUNKT 1 · Velkomst og godkendelse af dagsorden        [00:00:04 – 00:02:51]
======================================================================

[00:00:04] Karen Due: Velkommen alle sammen.

Beslutninger
  • Dagsordenen blev godkendt.

======================================================================
PUNKT 2 · Ny busrute til færgen        [00:02:51 – 00:40:12]
======================================================================

[00:02:51] Lars Vang: Ruten kører fra august.

Beslutninger
  • Beboerrådet bakker op om ruten.
"""


def test_transcript_time_spans_leave_the_titles(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "beboerraad_2025-03-13_transskription.txt", _TRANSCRIPT)
    assert [i.title for i in meeting.items] == [
        "Velkomst og godkendelse af dagsorden", "Ny busrute til færgen"]
    assert "Beboerrådet bakker op om ruten." in meeting.items[1].decision


def test_transcript_speakers_are_participants_with_their_roles(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "beboerraad_2025-03-13_transskription.txt", _TRANSCRIPT)
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert people == {"Karen Due": ("deltog", "formand"), "Niels Bo": ("deltog", "kasserer"),
                      "Pia Friis": ("deltog", ""), "Ulla Krog": ("afbud", "")}
