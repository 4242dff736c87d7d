"""A fourth round of layouts, as other municipalities' systems render their minutes:
`pdftotext -layout` text (labels and values many spaces apart, two-column headers, side
headings beside their text, running headers with "Side 2/5"), web pages printed as text
(Køge, Brønderslev, Rødovre, Stevns, Copenhagen's eDoc), HTML exports with definition lists
and `<div class="beslutning">`, items numbered "Nr.60", "Sag 1", "1.1" or with running
numbers, section names in capitals, "Indstilling og beslutning", "Udvalgets behandling",
"Protokol", a decision that is only "Tiltrådt.", ISO dates, cover and signature pages.

Each fixture states what a user would see: committee, municipality, date and time, the
items' numbers and titles, the decisions, who took part and who was absent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats4"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _skive_pdf() -> bytes:
    """A PDF with a running header (committee and date left, "Side n/N" right on every
    page) and the front page's labels in two columns."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.cell(120, 5, "Børne- og Familieudvalget - 04-06-2024")
                self.cell(0, 5, f"Side {self.page_no()}/{{nb}}", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

    pdf = Doc()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.alias_nb_pages()

    def line(text: str = " ") -> None:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def pair(a: str, b: str, c: str, d: str) -> None:
        for width, text in ((30, a), (60, b), (35, c)):
            pdf.cell(width, 5, text)
        pdf.cell(0, 5, d, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    line("Skive Kommune")
    line("Referat")
    line("Børne- og Familieudvalget")
    pair("Mødedato:", "04.06.2024", "Mødetidspunkt:", "14:00")
    pair("Mødested:", "Mødelokale 1, Rådhuset", "Sluttidspunkt:", "16:30")
    line("Fraværende: Ingen")
    pdf.add_page()
    for n, title, decision in ((1, "Godkendelse af dagsorden", "Godkendt."),
                               (2, "Sprogvurdering af 3-årige", "Taget til efterretning.")):
        line(f"Punkt {n} {title}")
        line("Sagsfremstilling")
        line("Forvaltningen orienterer om resultaterne. " * 6)
        line("Beslutning")
        line(decision)
        pdf.add_page()
    line("Punkt 3 Eventuelt")
    line("Beslutning")
    line("Intet.")
    return bytes(pdf.output())


BUILT: dict[str, Callable[[], bytes]] = {"28_skive_running_header.pdf": _skive_pdf}


def _path(tmp_path: Path, name: str) -> Path:
    if name in BUILT:
        path = tmp_path / name
        path.write_bytes(BUILT[name]())
        return path
    return FIXTURES / name


# What a user sees per file. `decisions` holds each item's decision (None: no check);
# `people` the participants with their status (None: no check).
EXPECTED: dict[str, dict] = {
    "01_hvidovre_prepare_layout.txt": dict(
        committee="Økonomiudvalget", municipality="Hvidovre", date=date(2024, 6, 3),
        time="15:30", place="Udvalgsværelse 1, Rådhuset",
        items=[(1, "Godkendelse af dagsorden"), (2, "Budgetopfølgning pr. 30. april 2024"),
               (3, "Salg af ejendom, Hvidovrevej 12")],
        decisions={1: "Godkendt.", 2: "Taget til efterretning.", 3: "Godkendt."},
        people=[("Anders Wolf Andresen (A)", "deltog"), ("Mette Kiil (V)", "deltog"),
                ("Kurt Kristensen (O)", "deltog"), ("Lone Bech (F)", "afbud")]),
    "02_vordingborg_two_columns.txt": dict(
        committee="Kommunalbestyrelsen", municipality="Vordingborg", date=date(2024, 6, 27),
        time="17:00", place="Byrådssalen",
        items=[(1, "Godkendelse af dagsorden"), (2, "Lokalplan 17.12 for boliger ved Algade"),
               (3, "Eventuelt")],
        decisions={1: "Godkendt.", 2: "Vedtaget.\nImod stemte: Ø", 3: "Intet."},
        # (the substitute took the absent member's seat: round five)
        people=[("Mikkel Rasmussen (A)", "afbud"), ("Hanne Berg (A)", "deltog")]),
    "03_holstebro_side_headings.txt": dict(
        committee="Børne- og Skoleudvalget", municipality="Holstebro", date=date(2024, 6, 4),
        time="16:00", place="Mødelokale 2, Rådhuset",
        items=[(1, "Skolestruktur i Vinderup"), (2, "Kvalitetsrapport 2023/24")],
        decisions={1: "Godkendt.", 2: "Taget til efterretning."},  # (she missed the meeting)
        people=[("Anne Lund (V)", "afbud")]),
    # Only the postal address names the town ("4600 Køge"), and a postal town is not the
    # municipality in general ("2920 Charlottenlund" is Gentofte's): the municipality is
    # left to `--kommune` or REFERAT_MUNICIPALITY rather than guessed.
    "04_koege_web_text.txt": dict(
        committee="Klima- og Planudvalget", municipality="Køge", date=date(2024, 1, 9),
        time="13:00",
        items=[(1, "Godkendelse af dagsorden"),
               (2, "Ikke støjende arbejde på byggepladsen efter kl. 18"), (3, "Eventuelt")],
        decisions={1: "Godkendt.\n\nSag 3 udgår.", 2: "Godkendt.", 3: "Intet."},
        people=[("Erling Larsen (A)", "deltog"), ("Ken Kristensen (V)", "deltog"),
                ("Lene Møller Nielsen (A)", "deltog"), ("Niels Rolskov (Ø)", "deltog")]),
    "05_haderslev_running_numbers.txt": dict(
        committee="Byrådet", municipality="Haderslev", date=date(2024, 3, 27), time="17:00",
        place="Byrådssalen",
        items=[(342, "Fritagelse fra udvalgsposter"),
               (343, "Lånoptagelse på grundlag af regnskab 2023"),
               (344, "Genudlejning af lokaler")],
        decisions={342: "Godkendt.", 343: "Godkendt.", 344: "Godkendt."}, people=[],
        closed={344}),  # under "LUKKET MØDE"
    "06_roedovre_title_then_number.txt": dict(
        committee="Kommunalbestyrelsen", municipality="Rødovre", date=date(2024, 9, 24),
        items=[(129, "Spørgetid"), (130, "Tillæg 1 til Lokalplan 145 - endelig vedtagelse"),
               (131, "Eventuelt")],
        decisions={129: "Taget til efterretning.", 130: "Godkendt.", 131: "Intet."},
        history={130: [("Teknik- og Miljøudvalget", date(2024, 9, 10), "Anbefales.")]},
        people=[("Erik Nielsen (A)", "deltog"), ("Michel Berg (A)", "deltog"),
                ("Britt Jensen (A)", "afbud"), ("Mogens Brauer (C)", "deltog"),
                ("Kim Hammer (O)", "deltog")]),
    "07_fredensborg_nr_items.txt": dict(
        committee="Økonomiudvalget", municipality="Fredensborg", date=date(2024, 9, 23),
        time="17:00",
        items=[(60, "Godkendelse af dagsordenen"), (61, "Anlægsbevilling til ny svømmehal"),
               (62, "Eventuelt")],
        decisions={60: "Dagsordenen blev godkendt.",
                   61: "Anbefales.\n\nFor stemte: V og I\n\nImod stemte: A, B, C, F, O og Ø.",
                   62: "Intet."}),
    "08_stevns_web_list.html": dict(
        committee="Økonomiudvalget", municipality="Stevns", date=date(2024, 10, 21),
        time="08:00",
        items=[(159, "Dagsorden - godkendelse"), (160, "Temadrøftelse af Statsvej til motorvejen"),
               (161, "Diverse orienteringer"), (162, "Underskriftsark")],
        decisions={159: "Ikke til stede: Bjarne Nielsen (V)\n\nGodkendt.",
                   160: "Ikke til stede: Bjarne Nielsen (V)\n\nSagens elementer drøftet.",
                   161: "", 162: ""},
        closed={161, 162}),
    "09_broenderslev_body_first.txt": dict(
        committee="Byrådet", municipality="Brønderslev", date=date(2024, 1, 29), time="19:00",
        place="Byrådssalen, Brønderslev Rådhus",
        items=[(1, "Fraværende"), (2, "Bemærkninger til dagsordenen"),
               (3, "Anlægsbevilling til cykelsti")],
        decisions={1: "Martin Bech og Bettina Kjeldsen var fraværende.", 2: "Ingen.",
                   3: "Godkendt."}),
    "10_kk_edoc_web.txt": dict(
        committee="Økonomiudvalget", municipality="København", date=date(2024, 6, 4),
        time="15:30",
        items=[(1, "Godkendelse af dagsorden"), (2, "Ny skole i Sydhavnen")],
        decisions={1: ("Mødet startede kl. 15.30 og sluttede kl. 16.45.\n\nFraværende med "
                       "afbud:\n\nJakob Næsager (C)\n\nDagsordenen blev godkendt."),
                   2: "Indstillingen blev godkendt uden afstemning."},
        journal={2: "2024-0123456"}),
    "11_svendborg_groups.txt": dict(
        committee="Kommunalbestyrelsen", municipality="Svendborg", date=date(2024, 5, 15),
        time="17:00", place="Kommunalbestyrelsens mødelokaler",
        items=[(89, "Til efterretning - Kvartalsrapport"),
               (90, "Klage over afgørelse i Folkeoplysningsudvalget"),
               (91, "Tandpleje for børn")],
        decisions={89: "Taget til efterretning.", 90: "Klagen afvist.", 91: "Godkendt."},
        closed={91}, sections={89: {"Beskrivelse": (
            "Sagsid.: 24/1012\nInitialer: ABC\nØkonomiafdelingen fremsender regnskabsrapport pr. "
            "31. marts 2024.")}},
        people=[("Arne Ebsen", "deltog"), ("Birger Jensen", "deltog"), ("Finn Olsen", "deltog"),
                ("Hanne Staff", "deltog")]),
    "12_kalundborg_sbsys.txt": dict(
        committee="Kommunalbestyrelsen", municipality="Kalundborg", date=date(2024, 6, 3),
        time="17:00", place="Byrådssalen, Rådhuset",
        items=[(1, "Godkendelse af dagsorden"), (2, "Takster for affald 2025"), (3, "Eventuelt")],
        decisions={1: "Godkendt.\nFraværende: Ingen", 2: "Godkendt.", 3: "Intet."}, people=[],
        absent={1: []}),  # "Fraværende: Ingen" names nobody
    "13_naestved_sag_caps.txt": dict(
        committee="Udvalget for Teknik og Miljø", municipality="Næstved", date=date(2024, 6, 3),
        time="15:30", place="Mødelokale 2, Rådhuset",
        items=[(1, "Godkendelse af dagsorden"), (2, "Vintertjeneste 2024-2025"), (3, "Eventuelt")],
        decisions={1: "Godkendt.", 2: "Godkendt.", 3: "Intet."},
        people=[("Carsten Rasmussen (A)", "deltog"), ("Linda Frederiksen (V)", "deltog"),
                ("Per Nielsen (C)", "afbud")]),
    "14_silkeborg_indstilling_og_beslutning.txt": dict(
        committee="Kultur- og Fritidsudvalget", municipality="Silkeborg", date=date(2024, 6, 10),
        time="16:00",
        items=[(1, "Godkendelse af dagsorden"), (2, "Tilskud til Silkeborg Bad")],
        decisions={1: "Dagsordenen godkendt.", 2: "Indstillingen godkendt."},
        sections={2: {"Indstilling": ("Kultur- og fritidsdirektøren indstiller,\n- at der ydes "
                                      "et tilskud på 450.000 kr.\n- at tilskuddet finansieres "
                                      "af puljen.")}}),
    "15_herning_behandling.txt": dict(
        committee="Social- og Sundhedsudvalget", municipality="Herning", date=date(2024, 6, 11),
        time="15:00",
        items=[(1, "Godkendelse af dagsorden"), (2, "Plejeboliger i Sunds")],
        decisions={1: "Godkendt.", 2: "Anbefales til Byrådets godkendelse."},
        history={2: [("Ældrerådet", date(2024, 5, 28), "Ældrerådet anbefaler forslaget.")]}),
    "16_randers_protokol.txt": dict(
        committee="Miljø- og Teknikudvalget", municipality="Randers", date=date(2024, 6, 12),
        time="14:00",
        items=[(1, "Godkendelse af dagsorden"), (2, "Spildevandsplan 2024-2028")],
        decisions={1: "Godkendt.", 2: "Tiltrådt."}),
    "17_esbjerg_bare_outcome.txt": dict(
        committee="Økonomiudvalget", municipality="Esbjerg", date=date(2024, 6, 13), time="08:00",
        items=[(1, "Budgetrevision"), (2, "Salg af Havnegade 5")],
        decisions={1: "Anbefales.", 2: "Tiltrådt."},
        sections={1: {"Indstilling": "Borgmesteren indstiller, at budgetrevisionen godkendes."}}),
    "18_viborg_genitive_title.txt": dict(
        committee="Byrådet", municipality="Viborg", date=date(2024, 6, 19), time="17:00",
        items=[(1, "Godkendelse af dagsorden"), (2, "Kommuneplantillæg nr. 12")],
        decisions={1: "Godkendt.", 2: "Vedtaget."}),
    "19_slagelse_cover_signatures.txt": dict(
        committee="Erhvervs- og Beskæftigelsesudvalget", municipality="Slagelse",
        date=date(2024, 6, 18), time="16:00", place="Mødelokale 3, Rådhuset",
        items=[(1, "Godkendelse af dagsorden"), (2, "Ledighedsudvikling")],
        decisions={1: "Godkendt.", 2: "Taget til efterretning."},
        people=[("Knud Vincents (V)", "deltog"), ("Anne Bøgelund (A)", "deltog"),
                ("Jørgen Grüner (A)", "deltog")]),
    "20_frederikssund_people_lines.txt": dict(
        committee="Plan- og Miljøudvalget", municipality="Frederikssund", date=date(2024, 6, 5),
        time="17:00", place="Byrådssalen",
        items=[(1, "Godkendelse af dagsorden")], decisions={1: "Godkendt."},
        people=[("Tina Tving Stauning (A)", "deltog"), ("Morten Skovgaard (V)", "deltog"),
                ("Inge Messerschmidt (O)", "afbud")]),
    "21_lolland_roman_sections.txt": dict(
        committee="Teknik- og Miljøudvalget", municipality="Lolland", date=date(2024, 6, 6),
        time="15:00",
        items=[(1, "Godkendelse af dagsorden"), (2, "Trafiksikkerhedsplan"), (3, "Køb af areal")],
        decisions={1: "Godkendt.", 2: "Godkendt.", 3: "Godkendt."}, closed={3}),
    "22_toender_letter_sections.txt": dict(
        committee="Børne- og Familieudvalget", municipality="Tønder", date=date(2024, 6, 7),
        time="13:00",
        items=[(1, "Godkendelse af dagsorden"), (2, "Dagtilbudsstruktur"), (3, "Meddelelser")],
        decisions={1: "Godkendt.", 2: "Godkendt.", 3: "Taget til efterretning."}),
    "23_aabenraa_decimal_items.txt": dict(
        committee="Kultur-, Miljø- og Erhvervsudvalget", municipality="Aabenraa",
        date=date(2024, 6, 12), time="14:00",
        items=[(1, "Godkendelse af dagsorden"), (2, "Tilskud til byfest"),
               (3, "Status på erhvervsindsatsen")],
        decisions={1: "Godkendt.", 2: "Godkendt.", 3: "Taget til efterretning."}),
    "24_egedal_dl_h4.html": dict(
        committee="Kultur- og Fritidsudvalget", municipality="Egedal", date=date(2024, 6, 3),
        time="17:00", place="Egedal Rådhus, mødelokale 2",
        items=[(1, "Godkendelse af dagsorden"), (2, "Tilskud til spillesteder")],
        decisions={1: "Godkendt.", 2: "Godkendt.\n\nImod stemte: Ø"},
        people=[("Jens Jørgen Nygaard (V)", "afbud")]),
    "25_gentofte_number_above_title.html": dict(
        committee="Børne- og Skoleudvalget", municipality="Gentofte", date=date(2024, 6, 11),
        time="17:30", place="Gentofte Rådhus, mødesal 2",
        items=[(1, "Godkendelse af dagsorden"), (2, "Skolernes ferieplan 2025/26")],
        decisions={1: "Godkendt.", 2: "Godkendt."}),
    "28_skive_running_header.pdf": dict(
        committee="Børne- og Familieudvalget", municipality="Skive", date=date(2024, 6, 4),
        time="14:00", place="Mødelokale 1, Rådhuset",
        items=[(1, "Godkendelse af dagsorden"), (2, "Sprogvurdering af 3-årige"), (3, "Eventuelt")],
        decisions={1: "Godkendt.", 2: "Taget til efterretning.", 3: "Intet."}, people=[],
        # justified text: one space between words, as the user reads it
        sections={1: {"Sagsfremstilling": " ".join(
            ["Forvaltningen orienterer om resultaterne."] * 6)}}),
}


def differences(name: str, path: Path) -> list[str]:
    """What the user would see differ from `EXPECTED[name]`, one line per field."""
    want = EXPECTED[name]
    try:
        meetings = read_meetings(path)
    except Exception as err:  # the whole file failed
        return [f"fejl: {err}"]
    out = []
    if len(meetings) != 1:
        out.append(f"møder: {len(meetings)}")
    m = meetings[0]
    got = dict(committee=m.committee, municipality=m.municipality, date=m.date,
               time=m.start_time, place=m.place, doc_type=m.doc_type)
    for key in ("committee", "municipality", "date", "time", "place"):
        if key in want and got[key] != want[key]:
            out.append(f"{key}: {got[key]!r} ≠ {want[key]!r}")
    if m.doc_type != want.get("doc_type", "referat"):
        out.append(f"doc_type: {m.doc_type!r}")
    items = [(i.number, i.title) for i in m.items]
    if items != want["items"]:
        out.append(f"items: {items}")
    for number, text in want.get("decisions", {}).items():
        item = next((i for i in m.items if i.number == number), None)
        if item is not None and item.decision != text:
            out.append(f"decision {number}: {item.decision!r}")
    for number, sections in want.get("sections", {}).items():
        item = next((i for i in m.items if i.number == number), None)
        for section, text in sections.items():
            if item is not None and item.section(section) != text:
                out.append(f"{section} {number}: {item.section(section)!r}")
    for number in want.get("closed", set()):
        item = next((i for i in m.items if i.number == number), None)
        if item is not None and not item.closed:
            out.append(f"closed {number}: False")
    for number, journal in want.get("journal", {}).items():
        item = next((i for i in m.items if i.number == number), None)
        if item is not None and item.journal_number != journal:
            out.append(f"journal {number}: {item.journal_number!r}")
    for number, absent in want.get("absent", {}).items():
        item = next((i for i in m.items if i.number == number), None)
        if item is not None and item.absentees != absent:
            out.append(f"absent {number}: {item.absentees}")
    for number, history in want.get("history", {}).items():
        item = next((i for i in m.items if i.number == number), None)
        got_history = [(t.committee, t.date, t.text) for t in item.history] if item else []
        if item is not None and got_history != history:
            out.append(f"history {number}: {got_history}")
    if want.get("people") is not None:
        people = [(p.name, p.status) for p in m.participants]
        if people != want["people"]:
            out.append(f"people: {people}")
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_layout_reads_as_the_user_sees_it(tmp_path, name):
    assert differences(name, _path(tmp_path, name)) == []


def test_a_decision_line_beginning_with_sag_or_nr_starts_no_item(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Økonomiudvalget\nMødedato: 12.03.2024 kl. 15.00\n1. Godkendelse af dagsorden\n"
                    "Beslutning\nGodkendt.\nSag 1 udgår af dagsordenen.\nNr. 2 behandles først.\n"
                    "2. Eventuelt\nBeslutning\nIntet.\n", encoding="utf-8")
    (m,) = read_meetings(path)
    assert [(i.number, i.title) for i in m.items] == [(1, "Godkendelse af dagsorden"),
                                                       (2, "Eventuelt")]
    assert m.item(1).decision == "Godkendt.\nSag 1 udgår af dagsordenen.\nNr. 2 behandles først."


def test_an_earlier_committee_named_with_date_and_item_number_is_history(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Byrådet\nMødedato: 24.09.2024 kl. 19.00\nPunkt 1 Lokalplan 145\n"
                    "Indstilling\nForvaltningen indstiller, at planen vedtages.\n"
                    "Økonomiudvalget, 17. september 2024, pkt. 12:\nAnbefales.\n"
                    "Byrådet, 24. september 2024, pkt. 1:\nGodkendt.\n", encoding="utf-8")
    (m,) = read_meetings(path)
    item = m.item(1)
    assert item.decision == "Godkendt."
    assert [(t.committee, t.date, t.punkt, t.text) for t in item.history] == [
        ("Økonomiudvalget", date(2024, 9, 17), 12, "Anbefales.")]


def test_the_number_alone_above_a_title_ending_with_an_abbreviation(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Faxe Kommune\nReferat\nUdvalg: Teknik- og Miljøudvalget\nDato: 12.03.2024\n\n"
                    "Punkt 1:\n\nGodkendelse af dagsorden\n\nSagsnr.: 24/12\n\nBeslutning\n\n"
                    "Godkendt.\n\nPunkt 2:\n\nVejbelysning m.v.\n\nSagsnr.: 24/13\n\nBeslutning\n\n"
                    "Godkendt.\n", encoding="utf-8")
    (m,) = read_meetings(path)
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "24/12", "Godkendt."),
        (2, "Vejbelysning m.v.", "24/13", "Godkendt.")]


def test_a_long_run_of_spaces_costs_no_more_than_its_length(tmp_path):
    import time

    path = tmp_path / "r.txt"
    path.write_text("Økonomiudvalget\nMødedato: 12.03.2024 kl. 15.00\nPunkt 1 Budget\nBeslutning\n"
                    "Godkendt." + " " * 200_000 + "x\n", encoding="utf-8")
    start = time.perf_counter()
    (m,) = read_meetings(path)
    # a guard against a reading that grows with the square of the run (hours for 200,000
    # spaces), not a speed measure: the bound leaves room for a busy machine
    assert m.item(1).decision == "Godkendt. x" and time.perf_counter() - start < 30
