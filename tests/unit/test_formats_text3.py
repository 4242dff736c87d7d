"""A third round of text layouts: "PUNKT 3" in capitals and Pandoc's "**Punkt 3**",
"Beslutning: Godkendt." on one line, an "Ekstraordinært møde i …" title, a markdown
header table and words hyphenated at line ends."""

from __future__ import annotations

from datetime import date

from ingest.formats import read_meetings


def _text(tmp_path, text, name="referat.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (m,) = read_meetings(path)
    return m


def test_items_headed_in_capitals_or_in_pandoc_bold(tmp_path):
    m = _text(tmp_path, ("Økonomiudvalget\nMødedato: 9. april 2019 kl. 15.00\n"
                         "PUNKT 1 GODKENDELSE AF DAGSORDEN\nBESLUTNING\nGodkendt.\n"
                         "PUNKT 2 LUKKET PUNKT: SALG AF GRUND\nBESLUTNING\nGodkendt.\n"))
    assert [(i.title, i.closed, i.decision) for i in m.items] == [
        ("GODKENDELSE AF DAGSORDEN", False, "Godkendt."), ("SALG AF GRUND", True, "Godkendt.")]
    m = _text(tmp_path, ("**Referat fra møde i Ældrerådet**\n\n"
                         "Dato: 19. september 2023 kl. 10.00\n\n"
                         "**Punkt 1** Godkendelse af dagsorden\n\n**Beslutning**\n\nGodkendt.\n\n"
                         "**Punkt 2:** Madservice\n\n**Beslutning**\n\nAnbefales.\n"), "r.md")
    assert (m.committee, [(i.title, i.decision) for i in m.items]) == (
        "Ældrerådet", [("Godkendelse af dagsorden", "Godkendt."), ("Madservice", "Anbefales.")])


def test_a_section_label_with_its_text_on_the_same_line(tmp_path):
    m = _text(tmp_path, ("Kultur- og Fritidsudvalget\nMødedato: 11. februar 2025 kl. 17:00\n"
                         "Punkt 1 Tilskud\nSagsfremstilling: Der er søgt 1,2 mio. kr.\n"
                         "Indstilling: Forvaltningen indstiller, at puljen fordeles.\n"
                         "Beslutning: Indstillingen godkendt.\n"
                         "Punkt 2 Eventuelt\nBeslutning: Intet.\n"))
    assert [s.name for s in m.item(1).sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert (m.item(1).decision, m.item(2).decision) == ("Indstillingen godkendt.", "Intet.")


def test_an_extraordinary_meeting_and_a_markdown_header_table(tmp_path):
    m = _text(tmp_path, ("Referat\nEkstraordinært møde i Økonomiudvalget\n"
                         "Mandag den 3. juni 2024 kl. 17.00 – 19.30\nByrådssalen\n"
                         "Punkt 1 Budget\nBeslutning\nAnbefales.\n"))
    assert (m.committee, m.date, m.start_time) == ("Økonomiudvalget", date(2024, 6, 3), "17:00")
    m = _text(tmp_path, ("# Referat\n\n| | |\n|---|---|\n| **Udvalg** | Klima- og Miljøudvalget |\n"
                         "| **Mødedato** | 12. marts 2024 |\n| **Mødetidspunkt** | 16:00 |\n"
                         "| **Mødested** | Mødelokale 3 |\n\n## 1. Klimaplan\n\n### Beslutning\n\n"
                         "Godkendt.\n"), "r.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Klima- og Miljøudvalget", date(2024, 3, 12), "16:00", "Mødelokale 3")


def test_words_hyphenated_at_a_line_end_are_joined(tmp_path):
    m = _text(tmp_path, ("Beskæftigelsesudvalget\nMødedato: 05-10-2016 kl. 08:00\n"
                         "Punkt 1 Handleplan for beskæfti-\ngelsesindsatsen\n"
                         "Sagsfremstilling\nTeknik- og Miljøudvalget og Social-\n"
                         "og Sundhedsudvalget har drøftet beskæftigelsesindsatsen i de seneste to "
                         "år, og handleplanen be-\n"
                         "skriver fire spor for EU-\nstøttede projekter.\nBeslutning\nGodkendt.\n"))
    assert m.item(1).title == "Handleplan for beskæftigelsesindsatsen"
    text = m.item(1).section("Sagsfremstilling")
    assert "Social- og Sundhedsudvalget" in text and "EU-støttede" in text
    from ingest.formats.text_layout import join_wrapped

    assert (join_wrapped("beskæfti-", "gelse"), join_wrapped("it-", "system")) == (
        "beskæftigelse", "it-system")
