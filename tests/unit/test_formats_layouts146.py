"""Round 146: the Meddelelser / Orientering parts of minutes, and the participants lists
above them – a staff label wrapped over two lines in its column ("Fra" /
"administrationen:"), a members' list with its "- Deltog" / "- Afbud" status column many
spaces apart, and a member's part-time note after a comma ("…, forlod mødet kl. 17.30
efter punkt 6")."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting

_ITEMS = """
1. Meddelelser
Sagsnr.: 19/100
Sagsfremstilling
1.1 Status på vejarbejdet
Arbejdet er afsluttet.
Beslutning
Taget til efterretning.

2. Eventuelt
Beslutning
Intet.
"""


def _people(meeting) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in meeting.participants}


def test_staff_label_wrapped_over_two_lines_names_no_participant(tmp_path: Path) -> None:
    text = ("Lejre Kommune\nReferat\nPlanudvalget\nMødedato: 4. april 2019\n"
            "Mødested: Rådhuset\nDeltagere: Ida Holm (V), formand\nBo Dam (A)\n"
            "Afbud: Eva Lund (C)\nFra\nforvaltningen:\nPlanchef Ole Ravn, sekretær Kim Bak\n"
            + _ITEMS)
    people = _people(written_meeting(tmp_path, "referat.txt", text))
    assert people == {"Ida Holm (V)": ("deltog", "formand"), "Bo Dam (A)": ("deltog", ""),
                      "Eva Lund (C)": ("afbud", "")}


def test_status_column_after_wide_spaces(tmp_path: Path) -> None:
    text = ("SAMSØ KOMMUNE\n\nREFERAT\n\nTeknisk Udvalg\n\n"
            "Mødedato:   Tirsdag den 10. maj 2016\nMødested:   Rådhuset\n\nMedlemmer:\n"
            "  Ida Holm (V), formand        - Deltog\n"
            "  Bo Dam (A)                   - Deltog\n"
            "  Eva Lund (C)                 - Afbud\n"
            "  Per Berg (B)                 - Deltog\n\n"
            "Desuden deltog: Teknisk chef Ole Ravn\n" + _ITEMS)
    people = _people(written_meeting(tmp_path, "referat.txt", text))
    assert people == {"Ida Holm (V)": ("deltog", "formand"), "Bo Dam (A)": ("deltog", ""),
                      "Eva Lund (C)": ("afbud", ""), "Per Berg (B)": ("deltog", "")}


def test_part_time_note_after_a_comma_is_the_members_role(tmp_path: Path) -> None:
    text = ("NYBORG KOMMUNE\nSocialudvalget\nREFERAT\nTorsdag den 12. maj 2011 kl. 16.00\n"
            "Rådhuset\nFremmødte:\nIda Holm (A), formand\nBo Dam (O)\n"
            "Eva Lund (V), forlod mødet kl. 17.30 efter punkt 1\nFraværende:\nIngen\n" + _ITEMS)
    meeting = written_meeting(tmp_path, "referat.txt", text)
    assert _people(meeting) == {"Ida Holm (A)": ("deltog", "formand"),
                                "Bo Dam (O)": ("deltog", ""),
                                "Eva Lund (V)": ("deltog", "forlod mødet kl. 17.30 efter punkt 1")}
    assert [i.absentees for i in meeting.items] == [[], ["Eva Lund (V)"]]
