"""A hundred-and-nineteenth round of layouts (round 119's blind files: text encodings and
typography): a markdown export whose UTF-8 was read as cp1252 and saved again ("BÃ¸rne"),
a web page's members' table without a head row (name | role | status), a PDF's members'
grid one cell a line under "Deltagere" with the status in a cell of its own and two
offices in one role cell, a case history's decision in typographic quotes, a Word text
export's paragraph a line with lettered points, and a word hyphenated across a page's
break. Every text is written by the tests (other towns, bodies and words than the blind
files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats.text_layout import reflow
from ingest.read import undouble_utf8

from .fixture_files import written_meeting as _read
from .pdf_files import cells_pdf


def _double_encoded(text: str) -> bytes:
    """UTF-8 read as cp1252 and written again as UTF-8, as a wrong conversion leaves it."""
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


def test_double_encoded_utf8_markdown_is_repaired(tmp_path: Path) -> None:
    """Mojibake all through a markdown export is undone: the committee (without the H1's
    "– Referat"), the place under "Mødested", the start time, the members and the
    decisions read with their Danish letters."""
    page = ("# Miljø- og Søudvalget – Referat\n\n**Vesthavn Kommune**\n\n| | |\n|---|---|\n"
            "| **Mødedato** | Tirsdag den 4. februar 2020 |\n"
            "| **Mødetidspunkt** | Kl. 09:30 – 12:00 |\n"
            "| **Mødested** | Mødelokale Øst, Rådhuset |\n\n## Deltagere\n\n"
            "- Åse Bøgh (V), formand\n- Jørgen Æbelø (A)\n\n---\n\n"
            "## 1. Godkendelse af dagsorden\n\n### Beslutning\n\nGodkendt.\n\n---\n\n"
            "## 2. Høring om søplan for Ørkild Sø\n\n### Sagsfremstilling\n\n"
            "Søplanen er sendt i høring.\n\n### Beslutning\n\nSendes i høring i fire uger.\n")
    m = _read(tmp_path, "vesthavn_msu_referat.md", _double_encoded(page))
    assert m.committee == "Miljø- og Søudvalget"
    assert m.place == "Mødelokale Øst, Rådhuset"
    assert m.start_time == "09:30"
    assert [p.name for p in m.participants] == ["Åse Bøgh (V)", "Jørgen Æbelø (A)"]
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden",
                                          "Høring om søplan for Ørkild Sø"]
    assert m.items[1].decision == "Sendes i høring i fire uger."


def test_text_with_its_own_danish_letters_is_left_as_it_is() -> None:
    """A text that writes Danish letters as such is no mojibake, "Ã" in it or not."""
    assert undouble_utf8("Åse Bøgh skrev Ã¸ som eksempel") == "Åse Bøgh skrev Ã¸ som eksempel"
    assert undouble_utf8("Bo Dam (A)") == "Bo Dam (A)"


_PAGE = """<html><head><title>Referat</title></head><body>
<p>Nordstrand Kommune</p><h1>Teknisk Udvalg</h1><p>Referat</p>
<table><tr><td>Mødedato:</td><td>12.10.2022</td></tr>
<tr><td>Mødetidspunkt:</td><td>kl. 15:00</td></tr></table>
<h2>Medlemmer</h2>
<table class="deltagere"><tr><td>Kaj Munk Lind (A)</td><td>Formand</td><td>Deltog</td></tr>
<tr><td>Else Dahl Vinge (V)</td><td>N&aelig;stformand</td><td>Deltog</td></tr>
<tr><td>Bo Riis Holm (C)</td><td></td><td>Afbud</td></tr>
<tr><td>Tine Skov Berg (F)</td><td></td><td>Deltog</td></tr></table>
<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Vejplan 2023</h2><h3>Beslutning</h3><p>Anbefales.</p>
</body></html>"""


def test_headless_members_table_row_is_one_member(tmp_path: Path) -> None:
    """A members' table with no head row, each row name | role | status: one member a
    row, with role and status (the one sending apologies absent)."""
    m = _read(tmp_path, "nordstrand_tu_referat.html", _PAGE)
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Kaj Munk Lind (A)", "deltog", "formand"),
        ("Else Dahl Vinge (V)", "deltog", "næstformand"),
        ("Bo Riis Holm (C)", "afbud", ""), ("Tine Skov Berg (F)", "deltog", "")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales."]


def test_pdf_members_grid_with_status_cells_under_label(tmp_path: Path) -> None:
    """A PDF's grid under "Deltagere", a line a cell: the name, a role cell when filled
    (two offices: "borgmester, formand") and the status: every member with role and
    status, none of the status words taken for a member."""
    head = ["Referat", "Byrådets Udvalg for Erhverv", "Dato:", "Mandag den 8. maj 2023",
            "Start:", "Kl. 10.00", "Deltagere", "Ulla Kærsgaard (V)", "borgmester, formand",
            "Deltog", "Niels Rask (A)", "1. viceborgmester", "Deltog", "Pia Lund (C)",
            "Afbud", "Aage Hvid (O)", "Deltog"]
    items = ["1. Godkendelse af dagsorden", "Sagsnr.: 23-000410", "Beslutning", "Godkendt.",
             "2. Erhvervsstrategi", "Sagsnr.: 23-000520", "Beslutning", "Anbefales."]
    raw = cells_pdf([[(20, k, line) for k, line in enumerate(head + items)]])
    m = _read(tmp_path, "sydby_erhverv_referat.pdf", raw)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Ulla Kærsgaard (V)": ("deltog", "borgmester, formand"),
                      "Niels Rask (A)": ("deltog", "1. viceborgmester"),
                      "Pia Lund (C)": ("afbud", ""), "Aage Hvid (O)": ("deltog", "")}
    assert len(m.items) == 2


def test_history_decision_in_typographic_quotes(tmp_path: Path) -> None:
    """An earlier treatment's decision printed in quotes (”…”) is its text without them."""
    text = ("Østkyst Kommune\r\nReferat\r\nPlanudvalget\r\nMødedato: 3. marts 2017\r\n\r\n"
            "1. Lokalplan for havnen\r\nSagsnr.: 16/2201\r\n\r\nTidligere behandling:\r\n"
            "Planudvalget den 6. januar 2017, punkt 4:\r\n”Forslaget sendes i høring.”\r\n\r\n"
            "Beslutning:\r\nVedtaget.\r\n")
    m = _read(tmp_path, "oestkyst_plan_referat.txt", text.encode("cp1252"))
    (entry,) = m.items[0].history
    assert (entry.committee, entry.punkt, entry.text) == (
        "Planudvalget", 4, "Forslaget sendes i høring.")
    assert m.items[0].decision == "Vedtaget."


def test_unwrapped_paragraphs_and_lettered_points_stay_apart() -> None:
    """A text written a paragraph a line (Word's text export) keeps its paragraphs, a
    heading known only as case text among them, and its lettered points a line each."""
    long = "Udkastet er tilpasset den nye lov og giver borgeren mere frihed til at vælge " * 2
    assert reflow([long.strip() + ".", "Høring", "Ældrerådet har ingen bemærkninger."]) == (
        f"{long.strip()}.\nHøring\nÆldrerådet har ingen bemærkninger.")
    assert reflow(["a)\tStatus på cykelstien.", "b)\tVejarbejde i uge 24."]) == (
        "a) Status på cykelstien.\nb) Vejarbejde i uge 24.")


def test_word_hyphenated_across_page_break_is_joined() -> None:
    """A word hyphenated at a page's end ("tillægs-" / running head / "bevilling") is one
    word again once the page's furniture is gone."""
    assert reflow(["Der anbefales en tillægs-", "", "bevilling på 2 mio. kr."]) == (
        "Der anbefales en tillægsbevilling på 2 mio. kr.")
