"""Layouts of municipal Word templates and plain web pages, as the text adapter reads
them: item lines "Pkt. 3", "Sag nr. 3", "Ad 3.", "3 – Title" and "## 3. Title"; decisions
headed by the body deciding ("Udvalgets beslutning") or "Afgørelse"; header labels
"Til stede:" / "Medlemmer:"; a title line naming the body; a day's two meetings in one
file; a plain HTML page with a header table and lists; ligatures in a PDF's text."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.formats import read_meetings


def _read(tmp_path, text: str, name: str = "referat.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_meetings(path)


def test_a_word_template_with_pkt_items_and_the_committees_decision(tmp_path):
    (m,) = _read(tmp_path, (
        "Faxe Kommune\nReferat\nUdvalg: Teknik- og Miljøudvalget\nDato: 12.03.2024\n"
        "Tidspunkt: 16.30 - 18.45\nSted: Mødelokale 2\n"
        "Til stede: Anne Bech (A), Jens Holm (V)\nAfbud: Karen Mose (C)\n"
        "Pkt. 1 Godkendelse af dagsorden\nUdvalgets beslutning\nDagsordenen blev godkendt.\n"
        "Pkt. 2 Vejbelysning på Søndergade\nSagsnr.: 24/1234\nSagsfremstilling\n"
        "Belysningen udskiftes til LED.\nTeknik- og Miljøudvalgets beslutning\nGodkendt.\n"
        "Pkt. 3 Lukket punkt: Køb af areal\nAfgørelse\nGodkendt.\n"
        "Pkt. 4 Eventuelt\nIntet.\n"))
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Teknik- og Miljøudvalget", date(2024, 3, 12), "16:30", "referat")
    # the decision heading ends the title; so does a sentence after a finished title
    assert [(i.number, i.title, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, "Dagsordenen blev godkendt."),
        (2, "Vejbelysning på Søndergade", False, "Godkendt."),
        (3, "Køb af areal", True, "Godkendt."),
        (4, "Eventuelt", False, "")]
    assert [(p.name, p.status) for p in m.participants] == [
        ("Anne Bech (A)", "deltog"), ("Jens Holm (V)", "deltog"), ("Karen Mose (C)", "afbud")]


@pytest.mark.parametrize("style", ["Sag nr. {n}: {t}", "Ad {n}. {t}", "Ad pkt. {n} {t}",
                                   "Dagsordenspunkt {n}: {t}", "{n} – {t}", "## {n}. {t}"])
def test_item_lines_in_the_ways_templates_number_them(tmp_path, style):
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning", "Eventuelt"]
    body = "\n\n".join(f"{style.format(n=n, t=t)}\n\nBeslutning\n\nGodkendt."
                       for n, t in enumerate(titles, 1))
    (m,) = _read(tmp_path, f"Økonomiudvalget\nMødedato: 12-03-2024 kl. 15:00\n\n{body}\n")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (n, t, "Godkendt.") for n, t in enumerate(titles, 1)]


def test_a_dated_decision_heading_with_the_month_in_words(tmp_path):
    (m,) = _read(tmp_path, (
        "Økonomiudvalget\nBeslutningsprotokol\nMødedato: 12-03-2024 kl. 15:00\n"
        "Sag nr. 1: Salg af byggegrunde\nSagsbeskrivelse\nDer er udstykket 14 grunde.\n"
        "Beslutning i Økonomiudvalget den 20. februar 2024\nUdsat.\n"
        "Beslutning i Økonomiudvalget den 12. marts 2024\nAnbefales.\n"))
    item = m.item(1)
    assert item.decision == "Anbefales." and [t.text for t in item.history] == ["Udsat."]


def test_header_labels_members_and_a_title_line_naming_the_body(tmp_path):
    (m,) = _read(tmp_path, (
        "Norddjurs Kommune\nReferat fra møde i Handicaprådet\nDato: 12.03.2024 kl. 13.00\n"
        "Medlemmer: Lone Vig, Per Riis, Jytte Moe\nFraværende: Jytte Moe\n"
        "Ad 1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "Ad 2. Eventuelt\nBeslutning\nIntet.\n"))
    assert (m.committee, m.date, m.start_time) == ("Handicaprådet", date(2024, 3, 12), "13:00")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Lone Vig", "deltog"), ("Per Riis", "deltog"), ("Jytte Moe", "afbud")]


def test_markdown_from_a_word_document_bold_labels_and_nobody_absent(tmp_path):
    (m,) = _read(tmp_path, (
        "# Referat\n\n**Udvalg:** Sundhedsudvalget\n**Dato:** 12.03.2024 kl. 16:00\n"
        "**Sted:** Sundhedshuset\n**Afbud:** Ingen\n\n## 1. Godkendelse af dagsorden\n\n"
        "### Beslutning\n\nGodkendt.\n\n## 2. Lukket punkt: Aftale med leverandør\n\n"
        "### Beslutning\n\nGodkendt.\n"), name="referat.md")
    assert (m.committee, m.place, m.participants) == ("Sundhedsudvalget", "Sundhedshuset", [])
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Aftale med leverandør", True)]


def test_a_days_two_meetings_in_one_file_are_two_meetings(tmp_path):
    def meeting(committee: str, time: str, titles: list[str]) -> str:
        items = "".join(f"Punkt {n}: {t}\nBeslutning\nGodkendt.\n"
                        for n, t in enumerate(titles, 1))
        return (f"Referat\n{committee}\nMødedato: 12.03.2024 kl. {time}\n"
                f"Mødested: Rådhuset\n{items}")

    first, second = meeting("Økonomiudvalget", "15:00", ["Dagsorden", "Anlæg", "Eventuelt"]), \
        meeting("Byrådet", "19:00", ["Dagsorden", "Anlæg", "Spørgetid", "Lukket: Salg"])
    meetings = _read(tmp_path, f"{first}\f\n{second}")
    assert [(m.committee, m.start_time, len(m.items)) for m in meetings] == [
        ("Økonomiudvalget", "15:00", 3), ("Byrådet", "19:00", 4)]
    assert meetings[1].item(4).closed and meetings[1].source.endswith("#1")
    assert not meetings[0].warnings and not meetings[1].warnings


def test_a_plain_html_page_with_a_header_table_and_lists(tmp_path):
    (m,) = _read(tmp_path, (
        "<!doctype html><html><head><title>Referat - Beskæftigelsesudvalget - 12.03.2024"
        "</title></head><body><h1>Referat: Beskæftigelsesudvalget</h1><table>"
        "<tr><th>Dato</th><td>12.03.2024</td></tr><tr><th>Tidspunkt</th><td>08:30</td></tr>"
        "<tr><th>Sted</th><td>Jobcentret</td></tr></table>"
        "<h2>1. Ungeindsats</h2><h3>Sagsfremstilling</h3><p>Indsatserne er:</p>"
        "<ul><li>Mentorordning</li><li>Virksomhedspraktik</li></ul>"
        "<h3>Beslutning</h3><p>Godkendt.</p><h2>2. Eventuelt</h2><h3>Beslutning</h3>"
        "<p>Intet.</p></body></html>"), name="referat.html")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Beskæftigelsesudvalget", date(2024, 3, 12), "08:30", "Jobcentret")
    assert m.item(1).section("Sagsfremstilling") == (
        "Indsatserne er:\n\n- Mentorordning\n\n- Virksomhedspraktik")
    assert [i.decision for i in m.items] == ["Godkendt.", "Intet."]


def test_ligatures_in_a_pdfs_text_are_letters(tmp_path):
    (m,) = _read(tmp_path, (
        "Teknisk Udvalg\nMødedato: 12.03.2024\nPunkt 1: Traﬁksikkerhedsplan\nBeslutning\n"
        "Godkendt.\nAfbud: Anna Wulﬀ\n"))
    assert m.item(1).title == "Trafiksikkerhedsplan" and m.item(1).absentees == ["Anna Wulff"]
