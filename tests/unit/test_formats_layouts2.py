"""More layouts the text adapter reads: a day's two meetings with items numbered "N. Title",
dates written by hand ("12/3 2024", "12.3.24"), a header table printed without colons,
a decision headed by a body named in lower-case words, closed items marked "Fortroligt" or
"Ikke offentligt", numbered lists inside an item, and a browser's print header and footer."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.formats import read_meetings


def _read(tmp_path, text: str, name: str = "referat.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_meetings(path)


def _meeting(committee: str, when: str, titles: list[str]) -> str:
    items = "".join(f"{n}. {t}\nSagsfremstilling\nOm {t.lower()}.\nBeslutning\nGodkendt.\n"
                    for n, t in enumerate(titles, 1))
    return (f"Stevns Kommune\nReferat\n{committee}\nMødedato: {when}\n"
            f"Deltagere: Anders Qvist (V), Lene Juhl (A)\n{items}")


def test_a_days_two_meetings_with_items_numbered_without_a_keyword(tmp_path):
    text = (_meeting("Økonomiudvalget", "09-04-2024 kl. 15:00", ["Regnskab 2023", "Eventuelt"])
            + _meeting("Kommunalbestyrelsen", "09-04-2024 kl. 18:00",
                       ["Regnskab 2023", "Spørgetid", "Eventuelt"]))
    first, second = _read(tmp_path, text)
    assert (first.committee, first.start_time, [i.title for i in first.items]) == (
        "Økonomiudvalget", "15:00", ["Regnskab 2023", "Eventuelt"])
    assert (second.committee, second.start_time, [i.title for i in second.items]) == (
        "Kommunalbestyrelsen", "18:00", ["Regnskab 2023", "Spørgetid", "Eventuelt"])
    assert all(i.decision == "Godkendt." for m in (first, second) for i in m.items)


@pytest.mark.parametrize("line, time", [
    ("Mødet holdes tirsdag 12/3 2024 kl. 16.00", "16:00"),
    ("Dato: 12/3-2024", None),
    ("Dato: 12.3.24", None),
    ("Mødedato: 12-03-24 kl. 16:00", "16:00"),
])
def test_dates_written_by_hand(tmp_path, line, time):
    (m,) = _read(tmp_path,
                 f"Referat\nMiljøudvalget\n{line}\nPunkt 1 Eventuelt\nBeslutning\nIntet.\n")
    assert (m.committee, m.date, m.start_time) == ("Miljøudvalget", date(2024, 3, 12), time)


def test_the_place_after_the_date_lines_time_not_the_next_label(tmp_path):
    (m,) = _read(tmp_path, (
        "Referat af møde i Miljøudvalget\n"
        "Afholdt d. 12. marts 2024 kl. 16:30-18:00 i mødelokale 3, Rådhuset\n"
        "Til stede: Bo Hansen (A), Ulla Kirk (V)\nPunkt 1 Eventuelt\nBeslutning\nIntet.\n"))
    assert (m.start_time, m.place) == ("16:30", "mødelokale 3, Rådhuset")
    assert [p.name for p in m.participants] == ["Bo Hansen (A)", "Ulla Kirk (V)"]


def test_a_header_table_printed_without_colons(tmp_path):
    (m,) = _read(tmp_path, (
        "Solrød Kommune\nReferat\nUdvalg Børne- og Ungdomsudvalget\nMødedato 12.03.2024\n"
        "Mødetidspunkt 17.00\nMødested Byrådssalen\nDeltagere Mette Holm (A), Kim Wulff (V)\n"
        "Fraværende Kim Wulff (V)\nPunkt 1 Eventuelt\nBeslutning\nIntet.\n"))
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Børne- og Ungdomsudvalget", date(2024, 3, 12), "17:00", "Byrådssalen")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Mette Holm (A)", "deltog"), ("Kim Wulff (V)", "afbud")]


def test_a_decision_headed_by_a_body_named_in_lower_case_words(tmp_path):
    (m,) = _read(tmp_path, (
        "Udvalget for plan, udvikling og kultur\nReferat fra mødet den 14.05.2024 kl. 15.30\n"
        "Punkt 1 Godkendelse af dagsorden\n"
        "Beslutning i Udvalget for plan, udvikling og kultur\nGodkendt.\n"
        "Punkt 2 Lokalplan 112\nSagsfremstilling\nLokalplanen giver 24 rækkehuse.\n"
        "Beslutning i Udvalget for plan, udvikling og kultur\nIndstillingen blev godkendt.\n"))
    assert m.doc_type == "referat"
    assert [(i.title, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Lokalplan 112", "Indstillingen blev godkendt.")]


def test_closed_items_marked_confidential_or_not_public(tmp_path):
    titles = ["Fortroligt: Personalesag", "Ikke offentligt - Køb af jord ved Tune",
              "Udbud af rengøring (Fortroligt)", "Fortrolighed i sagsbehandlingen",
              "Køb af areal\nFortroligt"]  # the mark on the line below the title
    body = "".join(f"Punkt {n} {t}\nBeslutning\nGodkendt.\n" for n, t in enumerate(titles, 1))
    (m,) = _read(tmp_path, f"Økonomiudvalget\nMødedato: 21-10-2024 kl. 15:00\n{body}")
    assert [(i.title, i.closed) for i in m.items] == [
        ("Personalesag", True), ("Køb af jord ved Tune", True), ("Udbud af rengøring", True),
        ("Fortrolighed i sagsbehandlingen", False), ("Køb af areal", True)]


def test_numbered_lists_inside_an_item_are_no_items(tmp_path):
    (m,) = _read(tmp_path, (
        "Klima- og Miljøudvalget\nMødedato: 05-11-2024 kl. 16:00\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "2. Klimaplan, status 2024\nSagsfremstilling\nDer er fire indsatsområder:\n"
        "1. Energirenovering af kommunale bygninger\n2. Omstilling af bilparken\n"
        "3. Biogas fra landbruget\n4. Skovrejsning\n"
        "Indstilling\nForvaltningen indstiller, at udvalget:\n1. Tager status til efterretning\n"
        "2. Godkender handleplanen for 2025\n3. Oversender sagen til Økonomiudvalget\n"
        "Beslutning\n1. Taget til efterretning.\n2. Godkendt.\n"
        "3. Vandløbsregulativer\nIndstilling\nDet indstilles:\n\n"
        "1. At regulativerne sendes i høring\n\n2. At høringsperioden er 8 uger\n"
        "Beslutning\nGodkendt.\n"
        "4. Eventuelt\nBeslutning\nIntet.\n"))
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Klimaplan, status 2024", "Vandløbsregulativer", "Eventuelt"]
    assert "2. Godkender handleplanen for 2025" in m.item(2).section("Indstilling")


def test_a_dated_label_and_a_list_inside_an_item_start_no_second_meeting(tmp_path):
    (m,) = _read(tmp_path, (
        "Referat\nØkonomiudvalget\nMødedato: 12-03-2024 kl. 15:00\n"
        "1. Regnskab\nSagsfremstilling\nRevisionens notat om regnskabet\nDato: 10.3.24\n"
        "1. Overskud på 3 mio. kr\n2. Underskud på anlæg\nBeslutning\nGodkendt.\n"
        "2. Eventuelt\nBeslutning\nIntet.\n"))
    assert [(i.title, i.decision) for i in m.items] == [
        ("Regnskab", "Godkendt."), ("Eventuelt", "Intet.")]


def test_a_browsers_print_header_and_footer_are_no_text(tmp_path):
    page = "12/2/26, 3:22 AM Referat\nhttps://dagsordener.stevns.dk/referat/123.html {n}/2\n"
    (m,) = _read(tmp_path, (
        "Stevns Kommune\nReferat\nMiljøudvalget\nMødedato: 12-03-2024 kl. 16:00\n"
        "Punkt 1 Naturpleje\nSagsfremstilling\nPlejeplanen omfatter 35 hektar.\nBeslutning\n"
        + page.format(n=1) + "\f\nGodkendt.\nPunkt 2 Eventuelt\nBeslutning\nIntet.\n"
        + page.format(n=2)))
    assert [(i.title, i.decision) for i in m.items] == [
        ("Naturpleje", "Godkendt."), ("Eventuelt", "Intet.")]
