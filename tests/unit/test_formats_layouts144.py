"""Round 144: meetings that are not one committee's ordinary meeting – a dialogue meeting
between a committee and a council titled "Referat af dialogmøde mellem X og Y", a joint
meeting's members listed with their status after a dash ("– deltog"), and a budget theme
meeting's "Drøftelsespunkter" under the case text."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting
from .office_files import docx, para

_DIALOGUE = """# Viborg Kommune

## Referat af dialogmøde mellem Børne- og Ungeudvalget og Handicaprådet

**Dato:** Onsdag den 12. marts 2025
**Tid:** Kl. 15.00 – 17.00
**Sted:** Lokale 4, Viborg Rådhus

### Deltagere

- Lone Vig (A), formand – deltog
- Per Skov (V) – deltog
- Ida Bak (F) – afbud

---

### 1. Godkendelse af dagsorden

**Referat:**
Dagsordenen blev godkendt.

### 2. Tilgængelighed på skolerne

Sagsnr. 25/1020

**Baggrund:**
Handicaprådet har bedt om en status.

**Referat:**
Per Skov orienterede om status. Emnet tages op igen på næste møde.
"""


def test_dialogue_meeting_keeps_its_name_without_the_document_kind(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.md", _DIALOGUE)
    assert meeting.committee == "Dialogmøde mellem Børne- og Ungeudvalget og Handicaprådet"
    assert meeting.doc_type == "referat"
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden",
                                                "Tilgængelighed på skolerne"]
    assert meeting.items[1].decision.startswith("Per Skov orienterede om status.")


def test_status_after_a_dash_is_no_role(tmp_path: Path) -> None:
    body = [para("Referat", "Title"),
            para("Fællesmøde mellem Teknisk Udvalg og Klimaudvalget"),
            para("Dato: Tirsdag den 4. marts 2025 kl. 16.00"), para("Sted: Mødesal 1"),
            para("Deltagere fra Teknisk Udvalg:"), para("Jens Holm (A), formand – deltog"),
            para("Mia Dal (V) – deltog"), para("Ole Bæk (C) – afbud"),
            para("1. Godkendelse af dagsorden", "Heading1"), para("Beslutning", "Heading3"),
            para("Godkendt.")]
    meeting = written_meeting(tmp_path, "referat.docx", docx(
        body, styles={"Heading1": "heading 1", "Heading3": "heading 3", "Title": "Title"}))
    people = {p.name: (p.role, p.status) for p in meeting.participants}
    assert people["Jens Holm (A)"] == ("formand", "deltog")
    assert people["Mia Dal (V)"] == ("", "deltog")
    assert people["Ole Bæk (C)"] == ("", "afbud")
    markdown = written_meeting(tmp_path, "dialog.md", _DIALOGUE)
    assert {p.name: p.role for p in markdown.participants}["Per Skov (V)"] == ""


_THEME = """Roskilde Kommune
Referat
Økonomiudvalget
Mandag den 7. april 2025 kl. 13.00
Byrådssalen

1. Budgetgrundlag 2026-2029
Sagsfremstilling
Administrationen præsenterer budgetgrundlaget. Servicerammen overholdes.

Drøftelsespunkter
Hvilke forudsætninger skal indgå i budgetforslaget?

Beslutning
Drøftet.
"""


def test_discussion_points_are_a_section_of_their_own(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.txt", _THEME)
    item = meeting.items[0]
    sections = {s.name: s.text for s in item.sections}
    assert sections["Sagsfremstilling"].endswith("Servicerammen overholdes.")
    assert sections["Drøftelsespunkter"] == "Hvilke forudsætninger skal indgå i budgetforslaget?"
    assert item.decision == "Drøftet."
