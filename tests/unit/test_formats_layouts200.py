"""Bodies whose names are not "<X>udvalget": a § 17, stk. 4-committee named by its
statute ("§ 17, stk. 4-udvalget for …") above a labelled head whose absentee list ends
with a member's organisation ("…, elevrepræsentant, Fælles Elevråd"); a body named for
its task with commas in its name ("Udvalg for Børn, Unge og Familie") in an item's
history; two history entries a reader joined on one line; the "Fraværende" heading with
its line of names closing every item, after the decision or the attachments; a member's
role and where it is held, or a second role, after the name."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting

_HEAD = """\
Byby Kommune

Referat
§ 17, stk. 4-udvalget for Fremtidens Skole

Mødedato:        24. april 2019
Mødetidspunkt:   16:30 - 19:00
Mødested:        Mødelokale 2, Byby Rådhus
Deltagere:       Lene Holm (A), formand
                 Karen Dal, skolebestyrelsesformand, Nørre Skole
                 Peter Lund, kredsformand, Byby Lærerkreds
                 Carl Hvid, borgermedlem, ungerepræsentant
Fraværende:      Bo Mortensen (F)
                 Amalie Friis, elevrepræsentant, Fælles Elevråd

Indholdsfortegnelse
9.   Godkendelse af dagsorden
10.  Opsamling på borgermøde

9. Godkendelse af dagsorden
Sagsnr.: 19/8214

Indstilling
Administrationen indstiller, at dagsordenen godkendes.

Beslutning
Godkendt.

Fraværende
Bo Mortensen (F), Amalie Friis

10. Opsamling på borgermøde
Sagsnr.: 19/2077

Tidligere behandlinger
{history}

Sagsfremstilling
Borgermødet var tilrettelagt som cafédialog.

Indstilling
Administrationen indstiller, at opsamlingen tages til efterretning.

Beslutning
Taget til efterretning.

Bilag
Opsamling fra borgermødet

Fraværende
Bo Mortensen (F), Amalie Friis, Henrik Ravn Olesen (V), Jens Otto Lind (C)
"""


def _meeting(tmp_path: Path, history: str = "§ 17, stk. 4-udvalget for Fremtidens Skole, "
             "27. februar 2019, punkt 5"):
    return written_meeting(tmp_path, "referat.txt", _HEAD.format(history=history))


def test_a_paragraph_17_committee_is_the_body_not_an_absentees_organisation(
        tmp_path: Path) -> None:
    """The statute's name over the labels is the committee, not the last line of the
    absentee list that ends with "Elevråd"."""
    meeting = _meeting(tmp_path)
    assert meeting.committee == "§ 17, stk. 4-udvalget for Fremtidens Skole"
    assert meeting.date.isoformat() == "2019-04-24"
    assert [i.number for i in meeting.items] == [9, 10]


def test_a_history_line_naming_the_statute_body_is_an_entry(tmp_path: Path) -> None:
    item = _meeting(tmp_path).items[1]
    assert [(t.committee, t.date.isoformat(), t.punkt) for t in item.history] == [
        ("§ 17, stk. 4-udvalget for Fremtidens Skole", "2019-02-27", 5)]


def test_a_body_with_commas_in_its_name_is_an_entry(tmp_path: Path) -> None:
    item = _meeting(tmp_path, "Udvalg for Børn, Unge og Familie, 7. februar 2019, punkt 12\n"
                              "Integrationsrådet, 13. marts 2019, punkt 4").items[1]
    assert [(t.committee, t.punkt) for t in item.history] == [
        ("Udvalg for Børn, Unge og Familie", 12), ("Integrationsrådet", 4)]


def test_two_history_entries_joined_on_one_line_are_two(tmp_path: Path) -> None:
    item = _meeting(tmp_path, "Det midlertidige udvalg vedr. Klimatilpasning, 11. marts 2019, "
                              "punkt 5 Grønt Råd, 8. april 2019, punkt 2").items[1]
    assert [(t.committee, t.date.isoformat(), t.punkt) for t in item.history] == [
        ("Det midlertidige udvalg vedr. Klimatilpasning", "2019-03-11", 5),
        ("Grønt Råd", "2019-04-08", 2)]


def test_the_absence_heading_closing_an_item_gives_its_absentees(tmp_path: Path) -> None:
    """"Fraværende" over a line of names (a long one too) after the decision or the
    attachments: the item's absentees, in neither the decision nor the Bilag."""
    first, second = _meeting(tmp_path).items
    assert first.decision == "Godkendt."
    assert first.absentees == ["Bo Mortensen (F)", "Amalie Friis"]
    assert second.decision == "Taget til efterretning."
    assert second.section("Bilag") == "Opsamling fra borgermødet"
    assert second.absentees == ["Bo Mortensen (F)", "Amalie Friis", "Henrik Ravn Olesen (V)",
                                "Jens Otto Lind (C)"]


def test_a_members_organisation_and_second_role_stay_with_the_member(tmp_path: Path) -> None:
    people = {p.name: p.role for p in _meeting(tmp_path).participants}
    assert people["Peter Lund"] == "kredsformand, Byby Lærerkreds"
    assert people["Carl Hvid"] == "borgermedlem, ungerepræsentant"
    assert "Byby Lærerkreds" not in people
