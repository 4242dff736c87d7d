"""Figures asked of a table: the row that names the matter holds them, quoted under the
table's header row (a document's table) or the sentence that says what the table shows
(a PDF's table, its columns lost), one row to a line."""

from __future__ import annotations

from datetime import date

from rag.compose.fact import compose_fact
from tests.unit.item_context import bodies_context

DAY = date(2021, 11, 9)
TABLE = [("Sagsfremstilling",
          "Forslag til takster for 2022 fremgår af nedenstående tabel.\n\n"
          "Ordning | Takst 2021 (kr.) | Takst 2022 (kr.) | Ændring (kr.)\n\n"
          "Helårsbolig, 240 l beholder | 2.310 | 2.585 | 275\n\n"
          "Fritidsbolig | 1.290 | 1.410 | 120\n\n"
          "Alle takster er inkl. moms."),
         ("Beslutning", "Anbefales.")]


def _ask(question: str, sections: list[tuple[str, str]]) -> str:
    ctx = bodies_context(question, [("Lejre", "Teknik- og Miljøudvalget", DAY, 3,
                                     "Takster for affaldshåndtering 2022", None, sections)])
    answer = compose_fact(ctx)
    assert not answer.declined, answer.text
    return answer.text


def test_a_documents_table_row_is_quoted_under_its_header() -> None:
    text = _ask("Hvad bliver taksten for en fritidsbolig i 2022?", TABLE)
    lines = text.split("\n")
    assert "> Ordning | Takst 2021 (kr.) | Takst 2022 (kr.) | Ændring (kr.)" in lines
    assert any(line.startswith("> Fritidsbolig | 1.290 | 1.410 | 120") for line in lines)


def test_a_pdfs_table_row_comes_with_the_sentence_that_says_what_it_shows() -> None:
    pdf = [("Sagsfremstilling",
            "Nedenstående tabel viser fuldtidspersoner på ydelser i januar.\n\n"
            "Ydelse jan. 22 jan. 23 Ændr. %\n\n"
            "Sygedagpenge 701 744 6,1\n\nKontanthjælp 1.104 1.062 -3,8"),
           ("Beslutning", "Taget til efterretning.")]
    text = _ask("Hvor mange fuldtidspersoner var på sygedagpenge i januar?", pdf)
    assert "Nedenstående tabel viser fuldtidspersoner" in text
    assert "Sygedagpenge 701 744 6,1" in text


def test_a_share_asked_is_no_topic_word() -> None:
    """"Hvor stor en andel var tilfredse?" asks a share; the minutes give it as "71 pct."
    and never say "andel", so "andel" is no word the answer must hold."""
    from rag.query import parse_question

    assert parse_question("hvor stor en andel var tilfredse?").topic == ["tilfreds"]
    assert "andel" in parse_question("Hvad er andelen af ledige?").topic
