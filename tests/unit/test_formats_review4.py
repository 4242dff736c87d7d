"""Counter-examples a review found in the fourth round of layouts: an item whose title
ends in a number far right is no contents line; lettered points of a decision are its
text, not group headings, and close no item."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

_HEAD = "REFERAT\nByrådet\nMødedato: Torsdag den 27-03-2024\nMødested: Byrådssalen\n\n"


def _items(tmp_path: Path, body: str) -> list:
    path = tmp_path / "referat.txt"
    path.write_text(_HEAD + body, encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting.items


def test_a_title_ending_in_a_number_far_right_is_an_item_not_a_contents_line(
        tmp_path: Path) -> None:
    items = _items(tmp_path, (
        "Punkt 1    Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Punkt 2    Forslag til lokalplan nr.      112\nSagsfremstilling\nEt nyt "
        "boligområde.\nBeslutning\nGodkendt.\n\n"
        "Punkt 3    Ansøgning om tilskud\nSagsfremstilling\nKlubben søger.\nBeslutning\n"
        "Afvist.\n"))
    assert [(i.number, i.decision) for i in items] == [
        (1, "Godkendt."), (2, "Godkendt."), (3, "Afvist.")]


def test_lettered_points_of_a_decision_are_its_text_and_close_nothing(tmp_path: Path) -> None:
    items = _items(tmp_path, (
        "342. Fritagelse fra udvalgsposter\nBeslutning\nGodkendt med bemærkning:\n"
        "A) Erstatning vælges på lukket møde\n\n"
        "343. Lånoptagelse\nBeslutning\nGodkendt med følgende ændringer:\n"
        "A) Lånet optages i KommuneKredit\nB) Løbetiden er 25 år\n\n"
        "LUKKET MØDE\n\n"
        "344. Genudlejning af lokaler\nBeslutning\nGodkendt.\n"))
    assert [(i.number, i.closed) for i in items] == [(342, False), (343, False), (344, True)]
    assert items[0].decision.endswith("A) Erstatning vælges på lukket møde")
    assert items[1].decision.endswith("B) Løbetiden er 25 år")
