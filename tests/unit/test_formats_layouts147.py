"""Round 147: everyday minutes in formats other than PDF – a meeting system's plain-text
export whose participants table has a status column with a note in brackets after the
status ("Deltog (forlod mødet kl. 20.10 under punkt 2)"), and a secretary's markdown
with the case number on an italic line under the item's heading ("*Sag nr. 12/77*")."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting


def test_status_column_with_a_note_in_brackets(tmp_path: Path) -> None:
    text = ("HORSENS KOMMUNE\n\nREFERAT\n\nMiljøudvalget\n\n"
            "Mødedato:     03.03.2021\nMødetidspunkt: 18:00 - 21:00\nMødested:     Rådhuset\n\n"
            "Deltagere:\n"
            "  Ida Holm (V), formand                 Deltog\n"
            "  Bo Dam (A)                            Afbud\n"
            "  Per Berg (B)                          "
            "Deltog (forlod mødet kl. 20.10 under punkt 2)\n"
            "  Eva Lund (C)                          Deltog\n\n"
            "Desuden deltog:\n  Direktør Ole Ravn\n\n"
            "1. Godkendelse af dagsorden\nSagsnummer: 21/10\n\nBESLUTNING\nGodkendt.\n\n"
            "2. Affaldsplan\nSagsnummer: 21/311\n\nSAGSFREMSTILLING\nPlanen er revideret.\n\n"
            "BESLUTNING\nGodkendt.\n\n"
            "3. Eventuelt\nSagsnummer: 21/10\n\nBESLUTNING\nIntet.\n")
    meeting = written_meeting(tmp_path, "referat.txt", text)
    assert {p.name: (p.status, p.role) for p in meeting.participants} == {
        "Ida Holm (V)": ("deltog", "formand"), "Bo Dam (A)": ("afbud", ""),
        "Per Berg (B)": ("deltog", "forlod mødet kl. 20.10 under punkt 2"),
        "Eva Lund (C)": ("deltog", "")}
    assert [i.absentees for i in meeting.items] == [[], ["Per Berg (B)"], ["Per Berg (B)"]]


def test_case_number_on_an_italic_line_under_the_heading(tmp_path: Path) -> None:
    text = ("# Samsø Kommune – Teknisk Udvalg\n\n## Referat af møde onsdag den 9. maj 2012\n\n"
            "**Tidspunkt:** kl. 16.00–18.00  \n**Sted:** Rådhuset\n\n**Til stede:**\n\n"
            "- Ida Holm (V), formand\n- Bo Dam (A)\n\n**Afbud:** Eva Lund (C)\n\n---\n\n"
            "### 1. Godkendelse af dagsorden\n\n**Beslutning:** Godkendt.\n\n---\n\n"
            "### 2. Vejplan 2012\n\n*Sag nr. 12/77*\n\n**Sagsfremstilling:**\n"
            "Planen beskriver vejarbejderne i 2012.\n\n**Beslutning:** Godkendt.\n\n---\n\n"
            "### 3. Salg af grund\n\n_Sag nr. 12/91_\n\n**Beslutning:** Godkendt.\n")
    meeting = written_meeting(tmp_path, "referat.md", text)
    assert [i.journal_number for i in meeting.items] == [None, "12/77", "12/91"]
    for item in meeting.items:
        assert all("Sag nr." not in s.text for s in item.sections)
        assert "Beskrivelse" not in [s.name for s in item.sections]
