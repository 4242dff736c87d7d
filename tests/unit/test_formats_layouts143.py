"""Round 143: the decision written under other labels or none – a Word table "Indstilling
| Beslutning" per item, a bold outcome line after the Indstilling in markdown, a members'
table whose status column runs on after the role, a vote naming what it was for, a member
who left "– forlod mødet kl. … under punkt …" – and an agenda with bold lines and empty
decision labels that stays an agenda."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting
from .office_files import docx, para


def _cell_table(rows: list[list[list[str]]]) -> str:
    """A Word table whose cells may hold several paragraphs."""
    return "<w:tbl>" + "".join(
        "<w:tr>" + "".join("<w:tc>" + "".join(para(p) for p in cell) + "</w:tc>" for cell in row)
        + "</w:tr>" for row in rows) + "</w:tbl>"


def _word_item(number: int, title: str, indstilling: str, decision: list[str]) -> list[str]:
    return [para(f"{number}. {title}", "Heading1"), para(f"Sagsnr.: 17.00.00-A00-{number}-22"),
            para("Sagsfremstilling", "Heading3"), para("Forvaltningen har udarbejdet et notat."),
            _cell_table([[["Indstilling"], ["Beslutning"]], [[indstilling], decision]])]


def test_word_table_of_indstilling_and_beslutning_per_item(tmp_path: Path) -> None:
    absent = "Afbud: Ib Lund (V)"
    body = [para("THISTED KOMMUNE"), para("Referat", "Title"), para("Kulturudvalget"),
            para("Dato: Tirsdag den 8. november 2022 kl. 15.00"),
            para("Deltagere: Eva Holm (A), formand, Bo Dam (V), Ib Lund (V)"),
            *_word_item(1, "Godkendelse af dagsorden", "At dagsordenen godkendes.",
                        ["Godkendt som indstillet.", absent]),
            *_word_item(2, "Biblioteksplan", "Forvaltningen indstiller, at planen godkendes.",
                        ["Ikke godkendt, idet planen skal omarbejdes.",
                         "For stemte: Eva Holm (A).", "Imod stemte: Bo Dam (V).", absent])]
    meeting = written_meeting(tmp_path, "referat.docx", docx(
        body, styles={"Heading1": "heading 1", "Heading3": "heading 3", "Title": "Title"}))
    assert meeting.doc_type == "referat"
    first, second = meeting.items
    assert [s.name for s in first.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert first.decision.startswith("Godkendt som indstillet.")
    assert first.sections[1].text == "At dagsordenen godkendes."
    assert second.decision.startswith("Ikke godkendt, idet planen skal omarbejdes.")
    assert second.votes == {"for": ["Eva Holm (A)"], "imod": ["Bo Dam (V)"]}
    assert [i.absentees for i in meeting.items] == [["Ib Lund (V)"], ["Ib Lund (V)"]]
    assert {p.name: p.status for p in meeting.participants}["Bo Dam (V)"] == "deltog"


_MD_ITEM = """### {n}. {title}

Sagsnr. 16/{n}00

**Sagsfremstilling**

Sagen forelægges udvalget.

**Indstilling**

Det indstilles, at {what}.

{bold}
"""


def _markdown(kind: str, bolds: list[str]) -> str:
    head = (f"# Ærø Kommune\n\n## Økonomiudvalget\n\n**{kind}**\n\nTirsdag den 23. august 2016 "
            "kl. 14.00\n\n**Til stede:** Anne Bo (V), borgmester, formand; Per Lund (A)\n\n"
            "---\n\n")
    titles = ["Godkendelse af dagsorden", "Budget 2017", "Salg af grund"]
    whats = ["dagsordenen godkendes", "budgettet oversendes", "grunden sælges"]
    return head + "\n".join(_MD_ITEM.format(n=n, title=t, what=w, bold=b) for n, (t, w, b) in
                            enumerate(zip(titles, whats, bolds, strict=True), 1))


def test_markdown_bold_outcome_after_the_indstilling_is_the_decision(tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.md", _markdown("Referat", [
        "**Godkendt.**", "**Anbefales over for Byrådet. Per Lund (A) stemte imod.**",
        "**Sagen blev trukket af dagsordenen.**"]))
    assert meeting.doc_type == "referat"
    assert [i.decision for i in meeting.items] == [
        "Godkendt.", "Anbefales over for Byrådet. Per Lund (A) stemte imod.",
        "Sagen blev trukket af dagsordenen."]
    assert meeting.items[0].sections[-2].text == "Det indstilles, at dagsordenen godkendes."
    assert meeting.items[1].votes == {"imod": ["Per Lund (A)"]}
    chair = meeting.participants[0]
    assert (chair.name, chair.role, chair.status) == ("Anne Bo (V)", "borgmester, formand",
                                                      "deltog")


def test_agenda_with_bold_lines_and_empty_decision_labels_stays_an_agenda(
        tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "dagsorden.md", _markdown("Dagsorden", [
        "**Bemærk: bilag eftersendes.**", "**Sagen skal behandles i Byrådet.**",
        "**Beslutning:**"]))
    assert meeting.doc_type == "dagsorden"
    assert not any(i.decision for i in meeting.items)
    word = docx([para("Dagsorden", "Title"), para("Kulturudvalget"),
                 para("Dato: Tirsdag den 8. november 2022 kl. 15.00"),
                 *_word_item(1, "Godkendelse af dagsorden", "At dagsordenen godkendes.", [""])],
                styles={"Heading1": "heading 1", "Heading3": "heading 3", "Title": "Title"})
    agenda = written_meeting(tmp_path, "dagsorden.docx", word)
    assert agenda.doc_type == "dagsorden"
    assert not agenda.items[0].decision
    assert agenda.items[0].sections[-1].text == "At dagsordenen godkendes."


_TEXT = """Faxe Kommune
Referat
Teknik- og Miljøudvalget
Mødedato: Onsdag den 8. september 2021
Mødetidspunkt: Kl. 15:00
Medlemmer
Anne Holm (A), formand Deltog
Bo Dam (V), næstformand Deltog
Ida Lund (O) Afbud
Per Bak (F) – forlod mødet kl. 16.15 under punkt 2

1. Godkendelse af dagsorden
Indstilling
Administrationen indstiller, at dagsordenen godkendes.
Udvalgets beslutning
Godkendt.
2. Dispensation fra lokalplan
Indstilling
Administrationen indstiller, at der meddeles afslag.
Udvalgets beslutning
Ikke godkendt.
For administrationens indstilling stemte: Anne Holm (A) og Per Bak (F).
Imod stemte: Bo Dam (V).
"""


def test_status_after_a_role_a_vote_naming_its_subject_and_a_member_who_left(
        tmp_path: Path) -> None:
    meeting = written_meeting(tmp_path, "referat.txt", _TEXT)
    people = {p.name: (p.role, p.status) for p in meeting.participants}
    assert people["Anne Holm (A)"] == ("formand", "deltog")
    assert people["Bo Dam (V)"] == ("næstformand", "deltog")
    assert people["Ida Lund (O)"] == ("", "afbud")
    assert people["Per Bak (F)"] == ("forlod mødet kl. 16.15 under punkt 2", "deltog")
    assert meeting.items[1].votes == {"for": ["Anne Holm (A)", "Per Bak (F)"],
                                      "imod": ["Bo Dam (V)"]}
