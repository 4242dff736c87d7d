"""Round 145: minutes whose items carry charts, key-figure tables and budget tables, and
the participants lists above them – an .odt whose "Deltagere" heading stands over a
bulleted list "Name (X), role – deltog/afbud" (one member who left during an item), and a
Word members' table "name | role | Til stede/Afbud" whose role cell is empty on most rows.
Every text is written by the tests (other towns, bodies and names than the blind files)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from .fixture_files import written_meeting
from .office_files import docx, odt, para, table

# A bulleted list's style, as LibreOffice writes a Word document's "List Bullet"
_BULLETS = ('<office:automatic-styles><text:list-style style:name="L1">'
            '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
            "</text:list-style></office:automatic-styles>")


def _p(text: str) -> str:
    return f"<text:p>{escape(text)}</text:p>"


def _h(text: str, level: int) -> str:
    return f'<text:h text:outline-level="{level}">{escape(text)}</text:h>'


def test_odt_bulleted_members_under_a_colonless_heading(tmp_path: Path) -> None:
    """"Deltagere" as a heading, the members a bulleted list below it, each with its
    status after a dash, one who left during an item with the note after the status:
    every member read, the absent one afbud, the note the role of the one who left (no
    "deltog," role), and she is absent from that item on. Before: no participants."""
    members = ["Hans Kjær (A), formand – deltog", "Lise Bay (V) – deltog",
               "Ove Dalby (C) – afbud",
               "Sanne Ulf (Ø) – deltog, forlod mødet kl. 20.05 under punkt 2"]
    bullets = '<text:list text:style-name="L1">' + "".join(
        f"<text:list-item>{_p(m)}</text:list-item>" for m in members) + "</text:list>"
    body = "".join([
        _p("Sorø Kommune"), _p("Plan- og Miljøudvalget"), _p("Referat"),
        _p("Onsdag den 4. februar 2026 kl. 19:00"), _p("Mødelokale 3, Rådhuset, Sorø"),
        _h("Deltagere", 2), bullets,
        _p("Desuden deltog: Planchef Eva Lind og sekretær Jon Bak."),
        _h("Punkt 1: Godkendelse af dagsorden", 1), _h("Beslutning", 3), _p("Godkendt."),
        _h("Punkt 2: Nøgletal for byggesager 2025", 1), _h("Sagsfremstilling", 3),
        _p("Tabellen viser sagsbehandlingstiderne."), _h("Beslutning", 3),
        _p("Taget til efterretning."),
        _h("Punkt 3: Eventuelt", 1), _h("Beslutning", 3), _p("Intet.")])
    m = written_meeting(tmp_path, "plan.odt", odt(body, _BULLETS))
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Hans Kjær (A)", "deltog", "formand"), ("Lise Bay (V)", "deltog", ""),
        ("Ove Dalby (C)", "afbud", ""),
        ("Sanne Ulf (Ø)", "deltog", "forlod mødet kl. 20.05 under punkt 2")]
    assert [i.number for i in m.items] == [1, 2, 3]
    assert "Sanne Ulf" not in " ".join(m.items[0].absentees)
    assert any("Sanne Ulf" in a for a in m.items[2].absentees)


def test_word_members_table_status_in_its_own_row(tmp_path: Path) -> None:
    """A members' table "name | role | Til stede/Afbud" under a "Medlemmer" paragraph,
    the role cell empty on most rows: each row's status is its own member's – the one
    with "Afbud" absent, the one below present – and the roles stay. Before: the
    "Afbud" cell was read as a heading over the next member, the two statuses swapped."""
    rows = [["Kim Vestergaard (A)", "Formand", "Til stede"],
            ["Lene Holt (V)", "Næstformand", "Til stede"],
            ["Bo Riis (A)", "", "Til stede"],
            ["Trine Kaas (O)", "", "Afbud"],
            ["Peter Lyng (F)", "", "Til stede"],
            ["Anja Sund (Ø)", "", "Til stede"]]
    body = [para("SLAGELSE KOMMUNE"), para("Referat – Ældreudvalget"),
            para("Mødedato: 9. marts 2026"), para("Mødetid: Kl. 09:00 – 11:30"),
            para("Mødested: Mødelokale 2, Rådhuspladsen 11, 4200 Slagelse"),
            para("Medlemmer"), table(rows),
            para("Fra administrationen: Direktør Hans Bro, sekretær Ulla Krog."),
            para("1. Godkendelse af dagsorden"), para("Beslutning"), para("Godkendt."),
            para("2. Eventuelt"), para("Beslutning"), para("Intet.")]
    m = written_meeting(tmp_path, "aeldre.docx", docx(body))
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Kim Vestergaard (A)", "deltog", "formand"), ("Lene Holt (V)", "deltog", "næstformand"),
        ("Bo Riis (A)", "deltog", ""), ("Trine Kaas (O)", "afbud", ""),
        ("Peter Lyng (F)", "deltog", ""), ("Anja Sund (Ø)", "deltog", "")]
