"""A hundred-and-twenty-fourth round of layouts (round 124's blind files: minutes copied
out of a web page or a viewer): a page saved as text whose items each end on a list of
links with their targets ("* Hent som PDF" / "<https://…>"), a pasted page whose site
footer is a block of short lines (the feedback box, the address, opening hours, "Følg
os"), a vote's list followed by an abstention on its own line, and text pasted from a
PDF viewer, whose page breaks show only as "Side n af N" and a running header. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting as _read

_HEAD = ["Vestby Kommune", "", "Referat", "", "Udvalg: Kulturudvalget",
         "Mødedato: 3. marts 2025 kl. 17.00", "Mødested: Byrådssalen, Vestby Rådhus", ""]


def _item(number: int, title: str, decision: str) -> list[str]:
    return [f"{number}. {title}", "Sagsnr.: 25/10" + str(number), "Beslutning", decision, ""]


def _saved_page() -> str:
    menu = ["  * Hent som PDF", "    <https://referater.example.dk/vis?id=a1b2#>",
            "  * Kopier link", "    <https://referater.example.dk/vis?id=a1b2#>", ""]
    body = [*_item(1, "Godkendelse af dagsorden", "Godkendt."), *menu,
            *_item(2, "Tilskud til musikskolen", "Anbefales."), *menu,
            "3. Lukket punkt: Lejekontrakt for spillestedet", "Sagsnr.: 25/103", "", *menu,
            *_item(4, "Eventuelt", "Intet."), *menu,
            "Vestby Kommune, Torvet 1, 6600 Vestby - Tlf. 70 11 22 33",
            "Tilgængelighedserklæring <https://www.was.digst.dk/vestby>"]
    return "\n".join(_HEAD + body) + "\n"


def test_saved_page_link_lists_are_no_decision(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "vestby_kultur_gemt.txt", _saved_page())
    decisions = {item.number: item.decision for item in meeting.items}
    assert len(meeting.items) == 4
    assert decisions[1] == "Godkendt."
    assert not decisions[3]  # (a closed item with nothing but the menu)
    assert decisions[4] == "Intet."


def test_site_footer_of_short_lines_leaves_the_last_decision(tmp_path: Path) -> None:
    footer = ["Til toppen", "", "Var siden nyttig?", "Ja", "Nej", "",
              "Sidst opdateret: 05.03.2025", "", "Vestby Kommune", "Torvet 1", "6600 Vestby",
              "Tlf. 70 11 22 33", "post@vestby.dk", "CVR-nr. 12345678", "", "Borgerservice",
              "Mandag - fredag 10-14", "", "Genveje", "Privatlivspolitik", "Cookiepolitik", "",
              "Følg os", "Facebook", "LinkedIn"]
    body = [*_item(1, "Godkendelse af dagsorden", "Godkendt."), "Til toppen", "",
            *_item(2, "Meddelelser", "Meddelelserne blev taget til efterretning."), *footer]
    meeting = _read(tmp_path, "vestby_kultur_side.txt", "\n".join(_HEAD + body) + "\n")
    assert meeting.committee == "Kulturudvalget"
    assert meeting.items[-1].decision == "Meddelelserne blev taget til efterretning."


def test_abstention_on_its_own_line_after_the_vote(tmp_path: Path) -> None:
    decision = ("Indstillingen blev godkendt.\n\nFor stemte: Ole Lund (A), Eva Kirk (Ø) og "
                "Bo Mark Hansen (V)\nIda Holm Dahl (F) undlod at stemme.")
    body = [*_item(1, "Godkendelse af dagsorden", "Godkendt."),
            *_item(2, "Nyt kunstgræsanlæg", decision)]
    meeting = _read(tmp_path, "vestby_kultur_stemmer.txt", "\n".join(_HEAD + body) + "\n")
    votes = meeting.items[1].votes
    assert votes["for"] == ["Ole Lund (A)", "Eva Kirk (Ø)", "Bo Mark Hansen (V)"]
    assert votes["undlod"] == ["Ida Holm Dahl (F)"]


def test_pdf_paste_drops_the_running_header_at_each_page_counter(tmp_path: Path) -> None:
    def page_break(n: int) -> list[str]:
        return [f"Side {n} af 4", "Vestby Kommune", "Kulturudvalget - 03-03-2025"]

    lines = ["# Referat", "", "Vestby Kommune", "Kulturudvalget", "Referat",
             "Mødedato: 03-03-2025 kl. 17.00", "Mødested: Byrådssalen", *page_break(1),
             "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.", "",
             "2. Ny bibliotekslov", "Sagsfremstilling",
             "Loven ændrer reglerne for åbningstider og for betjening af bor-", *page_break(2),
             "gerne i de selvbetjente timer. Biblioteket skal derfor lave nye ordninger",
             "Beslutning", "Taget til efterretning.", "",
             "3. Lukket punkt: Salg af inventar", "Sagsnr.: 25/300", *page_break(3),
             "Beslutning", "Godkendt.", "", "4. Eventuelt", "Beslutning", "Intet.",
             *page_break(4), "Underskriftsside", "Ole Lund", "Eva Kirk"]
    meeting = _read(tmp_path, "vestby_kultur_pdf.md", "\n".join(lines) + "\n")
    assert len(meeting.items) == 4
    text = " ".join(s.text for item in meeting.items for s in item.sections)
    assert "Vestby Kommune" not in text
    assert "betjening af borgerne i de selvbetjente" in text
    assert [s.name for s in meeting.items[2].sections] == ["Beslutning"]
    assert meeting.items[3].decision == "Intet."
