"""Round 128: city council protocols whose treatment differs from the agenda: a JSON
export whose added item is numbered "4a", a text protocol kept in the order treated
below a contents list in the agenda's order (an added "Punkt 3a" before item 3), a web
page's "Tillægsdagsorden" badge after the title, a substitute's role naming the member
replaced, and a chair named in a sentence with another sentence after it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings


def _export(tmp_path: Path) -> Path:
    def item(number: str, title: str, decision: str, **flags: object) -> dict:
        return {"id": f"x{number}", "number": number, "title": title, "caseNumber": "24/100",
                "isClosed": False, "status": "Behandlet", **flags,
                "fields": [{"name": "Beslutning", "sortOrder": 1, "html": f"<p>{decision}</p>"},
                           {"name": "Sagsfremstilling", "sortOrder": 2,
                            "html": f"<p>Om {title.lower()}.</p>"},
                           {"name": "Indstilling", "sortOrder": 3, "html": "<p>Indstilles.</p>"}]}
    data = {"organization": {"name": "Vejle Kommune"}, "committee": {"name": "Byrådet"},
            "meeting": {"title": "Byrådet", "documentType": "Referat",
                        "start": "2024-05-22T17:00:00+02:00", "location": "Byrådssalen",
                        "participants": [{"name": "Ida Holm", "party": "V", "role": "Borgmester",
                                          "attendance": "Deltager"}]},
            "agendaItems": [item("1", "Godkendelse af dagsorden", "Godkendt."),
                            item("2", "Budgetopfølgning", "Taget til efterretning."),
                            item("3", "Salg af grund", "Udgår.", status="Udgået"),
                            item("4", "Meddelelser", "Orienteringen taget til efterretning."),
                            item("4a", "Tillægsbevilling til skolen", "Godkendt.",
                                 isSupplementary=True)]}
    path = tmp_path / "referat.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_export_item_numbered_with_a_letter_keeps_the_export_read(tmp_path):
    (m,) = read_meetings(_export(tmp_path))
    assert m.committee == "Byrådet" and m.date == date(2024, 5, 22)
    assert [i.title for i in m.items][-1] == "Tillægsbevilling til skolen"
    assert len(m.items) == 5 and m.items[-1].label == "4a"
    assert m.items[2].decision.startswith("Udgår")


_RULE = "=" * 60


def _protocol(tmp_path: Path) -> Path:
    order = [(1, "Godkendelse af dagsorden", "24/1", "Godkendt."),
             (4, "Køb af jord ved havnen", "24/4", "Godkendt."),
             (2, "Budget 2025 - 2. behandling", "24/2", "Budgettet blev vedtaget."),
             ("3a", "Tilskud til forsamlingshuse (tillægsdagsorden)", "24/5", "Bevilget."),
             (3, "Meddelelser", "24/3", "Taget til efterretning.")]
    contents = "\n".join(f"  Punkt {n:<4} {t}" for n, t, _, _ in order)
    items = "\n\n".join(
        f"{_RULE}\nPunkt {n}. {t}\n{_RULE}\nSagsnr.: {c}\n\nSagsfremstilling\n"
        f"----------------\nOm sagen.\n\nBeslutning i Byrådet den 12.09.2024:\n{d}\n"
        for n, t, c, d in order)
    path = tmp_path / "protokol.txt"
    path.write_text(
        "FAXE KOMMUNE\nByrådet\n\nBESLUTNINGSPROTOKOL\n\nDato:  Torsdag den 12. september "
        "2024\nSted:  Byrådssalen\n\nTil stede:\n  Eva Holm (V), borgmester\n  Bo Dam (A)\n"
        "  Ole Bak (V), stedfortræder for Anna Marie Lund (V)\n\nFraværende:\n"
        f"  Anna Marie Lund (V)\n\nINDHOLD\n\n{contents}\n\n{items}", encoding="utf-8")
    return path


def test_a_protocol_in_the_order_treated_below_its_contents_keeps_each_body(tmp_path):
    (m,) = read_meetings(_protocol(tmp_path))
    assert m.committee == "Byrådet" and m.date == date(2024, 9, 12)
    assert [(i.title, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", "Godkendt."), ("Køb af jord ved havnen", "Godkendt."),
        ("Budget 2025 - 2. behandling", "Budgettet blev vedtaget."),
        ("Tilskud til forsamlingshuse", "Bevilget."), ("Meddelelser", "Taget til efterretning.")]
    assert [i.label for i in m.items] == ["", "4", "2", "3a", "3"]
    assert [i.journal_number for i in m.items] == ["24/1", "24/4", "24/2", "24/5", "24/3"]


def test_a_substitutes_role_may_name_the_member_replaced_in_full(tmp_path):
    (m,) = read_meetings(_protocol(tmp_path))
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Ole Bak (V)"] == ("deltog", "stedfortræder for Anna Marie Lund (V)")
    assert people["Anna Marie Lund (V)"][0] == "afbud"
    assert not any(n.startswith("stedfortræder") for n in people)


def test_a_supplementary_agenda_badge_after_the_title_is_no_word_of_it(tmp_path):
    path = tmp_path / "referat.html"
    items = "".join(
        f'<h2><span class="number">{n}.</span> {t}{badge}</h2><p>Sagsnr.: 23/{n}</p>'
        f"<h3>Sagsfremstilling</h3><p>Om sagen.</p><h3>Beslutning</h3><p>Godkendt.</p>"
        for n, t, badge in [(1, "Godkendelse af dagsorden", ""),
                            (2, "Boliger til fordrevne", ' <span class="badge">'
                             "Tillægsdagsorden</span>")])
    path.write_text("<html><body><h1>Byrådet</h1><p>Referat fra mødet torsdag den 23. marts "
                    f"2023 kl. 18.00</p>{items}</body></html>", encoding="utf-8")
    (m,) = read_meetings(path, municipality="Faxe")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Boliger til fordrevne"]


def test_the_chair_named_in_a_sentence_with_another_after_it_has_the_role(tmp_path):
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Kommunalbestyrelsen\n\nReferat\n\nDato: Tirsdag den 20. juni 2017\n\nTil stede: "
        "Ib Sand (V), Lis Vang (A)\n\nMødet blev ledet af borgmester Ib Sand. Der blev holdt "
        "et minuts stilhed.\n\nPunkt 1. Godkendelse af dagsorden\nSagsnr. 17/1\n\n"
        "Beslutning:\nGodkendt.\n\nPunkt 2. Meddelelser\nSagsnr. 17/2\n\nBeslutning:\n"
        "Taget til efterretning.\n", encoding="utf-8")
    (m,) = read_meetings(path, municipality="Fanø")
    assert {p.name: p.role for p in m.participants}["Ib Sand (V)"] == "borgmester"
    assert len(m.items) == 2 and m.items[1].decision == "Taget til efterretning."
