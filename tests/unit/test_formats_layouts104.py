"""A hundred-and-fourth round of layouts (round 104's blind files, meetings not held in
a meeting room): a Pandoc Markdown agenda with a "%" title block and its members under a
setext "Medlemmer" heading, roles in emphasis; a secretary's typed note of a phone
meeting under a right-aligned letterhead, its decisions labelled "Aftalt:"; and an
intranet page of a Teams meeting whose attendance comes as captioned groups ("Deltog
virtuelt", "Afbud"), its kind printed beside the meeting's form ("Referat · Digitalt
møde") under a breadcrumb, and a log-on remark in brackets after the hours.
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from ingest.formats.text import parse_minutes
from tests.unit.conftest import ReadFile

# --- a Pandoc title block and a setext members heading ----------------------------------

_PANDOC = """% Kultur- og Fritidsudvalget -- Dagsorden
% Odder Kommune, Politisk Sekretariat
% Udsendt 2. april 2026

Møde på biblioteket
===================

Mødedato: Torsdag 9. april 2026

Mødetidspunkt: Kl. 16.00 -- 18.00

Mødested: Odder Bibliotek, salen

Medlemmer
---------

::: {.deltagere}
- Karen Vestergaard Lind (A) -- *formand*
- Peter Holm Bjerre (V) -- *næstformand*
- Sofie Dahl (F)
- Niels Krogh (C)

Afbud: Niels Krogh (C)
:::

Punkter
-------

::: {.punkt #p1}
### 1. Bibliotekets åbningstider {data-sagsnr="2026-000411"}

**Sagsnr.** 2026-000411

#### Sagsfremstilling

Åbningstiderne foreslås udvidet om lørdagen.

#### Beslutning

:::
"""


def test_pandoc_title_block_names_the_committee_and_members_are_read(read_file: ReadFile) -> None:
    meeting = read_file("kultur.md", _PANDOC)[0]
    assert meeting.committee == "Kultur- og Fritidsudvalget"
    assert meeting.doc_type == "dagsorden"
    people = {p.name: (p.role, p.status) for p in meeting.participants}
    assert people["Karen Vestergaard Lind (A)"] == ("formand", "indkaldt")
    assert people["Peter Holm Bjerre (V)"][0] == "næstformand"
    assert people["Sofie Dahl (F)"][1] == "indkaldt"
    assert people["Niels Krogh (C)"][1] == "afbud"
    assert len(people) == 4


# --- a typed note of a phone meeting under a letterhead ----------------------------------

_NOTE = """ODDER KOMMUNE                                          Sekretariatet for Handicaprådet
                                                       Rådhusgade 3, 8300 Odder
                                                       Dato: 12. marts 2026
                                                       Sagsnr.: 26/0815

NOTAT FRA TELEFONMØDE I HANDICAPRÅDETS FORMANDSKAB

Tid:        Tirsdag d. 10/3-2026 kl. 14.00 - 14.40
Form:       Telefonmøde
Deltagere:  Bente Skov, formand
            Jens Rask, næstformand
Afbud:      Lis Ager, kasserer
Referent:   Mona Friis, sekretær

Dagsorden:
  1) Godkendelse af dagsorden
  2) Høringssvar om kørselsordning

------------------------------------------------------------------------
Ad 1) Godkendelse af dagsorden

Aftalt: Dagsordenen blev godkendt.

------------------------------------------------------------------------
Ad 2) Høringssvar om kørselsordning
(sag 27.12.00-A00-3-26)

Kørselsordningen foreslås ændret fra 1. juli.

Aftalt: Formanden skriver et udkast til høringssvar.

------------------------------------------------------------------------
"""


def _decision(item) -> str:  # type: ignore[no-untyped-def]
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


def test_phone_note_reads_the_meeting_not_the_letterhead() -> None:
    meeting = parse_minutes(_NOTE)
    assert str(meeting.date) == "2026-03-10"
    assert meeting.start_time == "14:00"
    assert meeting.committee == "Handicaprådets formandskab"


def test_agreed_label_is_the_decision() -> None:
    meeting = parse_minutes(_NOTE)
    assert meeting.doc_type == "referat"
    assert [_decision(i) for i in meeting.items] == [
        "Dagsordenen blev godkendt.", "Formanden skriver et udkast til høringssvar."]
    assert {p.name: p.status for p in meeting.participants}["Bente Skov"] == "deltog"


# --- an intranet page of a Teams meeting --------------------------------------------------

_TEAMS = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Møder – Børne- og Skoleudvalget</title></head><body>
<p><a href="/m">Møder</a> / <a href="/m/b">Børne- og Skoleudvalget</a> / 04.03.2026</p>
<h1>Børne- og Skoleudvalget</h1>
<p class="doktype">Referat · Digitalt møde</p>
<p><span class="lbl">Dato</span>: onsdag 4. marts 2026</p>
<p><span class="lbl">Tidspunkt</span>: 16.00 – 17.30 <small>(log-på fra kl. 15.40)</small></p>
<p><span class="lbl">Sted</span>: Microsoft Teams</p>
<h2>Fremmøde</h2>
<fieldset><legend>Deltog virtuelt</legend><ul><li>Lene Brandt (A) – formand</li>
<li>Ole Kjær (V)</li></ul></fieldset>
<fieldset><legend>Deltog fysisk (fra rådhuset)</legend><ul><li>Tove Rahbek (F)</li></ul></fieldset>
<fieldset><legend>Afbud</legend><ul><li>Finn Lauridsen (C)</li></ul></fieldset>
<h2>Dagsorden</h2>
<ol><li><h3>Godkendelse af dagsorden</h3>
<div class="lbl">Beslutning</div><p>Godkendt.</p></li>
<li><h3>Skolernes ferieplan 2027</h3>
<div class="lbl">Sagsfremstilling</div><p>Ferieplanen følger de øvrige kommuner.</p>
<div class="lbl">Beslutning</div><p>Godkendt.</p></li></ol>
</body></html>
"""


def test_teams_page_reads_committee_time_and_grouped_attendance(read_file: ReadFile) -> None:
    meeting = read_file("bsu.html", _TEAMS)[0]
    assert meeting.committee == "Børne- og Skoleudvalget"
    assert meeting.start_time == "16:00"
    assert meeting.doc_type == "referat"
    status = {p.name.split(" (")[0]: p.status for p in meeting.participants}
    assert status == {"Lene Brandt": "deltog", "Ole Kjær": "deltog", "Tove Rahbek": "deltog",
                      "Finn Lauridsen": "afbud"}


# --- second pass: a written procedure's head ("skriftlig behandling") ---------------------

_WRITTEN = """Fanø Kommune
Referat af skriftlig behandling
Teknik- og Miljøudvalget
Udsendt til medlemmerne: Mandag den 3. februar 2025 kl. 9.00
Svarfrist: Svarfrist 06.02.2025 kl. 15
Mødested: – (intet mødested, skriftlig behandling)
Medlemmernes tilbagemelding
Medlem | Funktion | Status
Kirsten Holt (V) | Formand | Svar modtaget 04.02.2025
Bo Ravnsholt (A) | Medlem | Afbud (sygdom) – har ikke deltaget i behandlingen
Lis Krog (C) | Medlem | Svar modtaget 05.02.2025"""


def test_written_procedure_head_reads_deadline_body_and_answers() -> None:
    from datetime import date

    from ingest.formats.text_header import parse_header
    h = parse_header(_WRITTEN.split("\n"))
    assert (h.committee, h.date, h.start_time) == ("Teknik- og Miljøudvalget",
                                                   date(2025, 2, 6), "15:00")
    got = [(p.name, p.status, p.role) for p in h.participants or []]
    assert got == [("Kirsten Holt (V)", "deltog", "formand"),
                   ("Bo Ravnsholt (A)", "afbud", "medlem"),
                   ("Lis Krog (C)", "deltog", "medlem")]


def test_written_procedure_decision_heading_is_the_decision() -> None:
    from ingest.formats.common import section_for
    assert section_for("Beslutning ved skriftlig behandling")[0] == "Beslutning"


# --- third pass: labels above values, side-by-side attendance, "Sag …", dated decision ---

class _Page:
    """A PDF page's text pieces as (x, y, text), drawn in the order given; the pieces
    named in `labels` set in a bold font of their own."""

    def __init__(self, drawn: list[tuple[float, float, str]], labels: tuple = ()) -> None:
        self.drawn, self.labels = drawn, labels

    def extract_text(self, visitor_text=None) -> str:  # type: ignore[no-untyped-def]
        for x, y, said in self.drawn if visitor_text else []:
            font = {"/BaseFont": "/Bold" if said in self.labels else "/Regular"}
            visitor_text(said, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, x, y], font, 10)
        return "\n".join(said for _, _, said in self.drawn)


def test_labels_above_values_strip_reads_each_label_with_its_value() -> None:
    from ingest.pdf_label_columns import label_columns
    page = _Page([(50, 700, "Udvalg for Kultur"), (50, 680, "DATO"), (160, 680, "TID"),
                  (250, 680, "STED"), (50, 662, "Onsdag 14.05.2025"), (160, 662, "16.30"),
                  (250, 662, "Mødelokale 2,"), (250, 650, "Borgerhuset"),
                  (50, 630, "Mødet blev holdt som planlagt, og alle sager blev behandlet.")],
                 labels=("DATO", "TID", "STED"))
    got = label_columns(page, page.extract_text()).split("\n")
    assert got[1:4] == ["DATO: Onsdag 14.05.2025", "TID: 16.30",
                        "STED: Mødelokale 2, Borgerhuset"]
    assert got[4].startswith("Mødet blev holdt")


def test_side_by_side_attendance_columns_keep_each_name_under_its_label() -> None:
    from ingest.pdf_label_columns import label_columns
    page = _Page([(50, 600, "Til stede"), (300, 600, "Afbud"), (50, 580, "Anne Dal (V)"),
                  (50, 567, "Per Holm (A)"), (300, 580, "Rasmus Eg (F)"),
                  (50, 550, "Protokol: Lise Bak")], labels=("Til stede", "Afbud"))
    got = label_columns(page, page.extract_text()).split("\n")
    assert got == ["Til stede", "Anne Dal (V)", "Per Holm (A)", "Afbud: Rasmus Eg (F)",
                   "Protokol: Lise Bak"]


def test_a_table_drawn_row_by_row_is_no_label_strip() -> None:
    from ingest.pdf_label_columns import label_columns
    page = _Page([(50, 600, "Navn"), (200, 600, "Parti"), (50, 585, "Anne Dal"),
                  (200, 585, "V"), (50, 572, "Per Holm"), (200, 572, "A")],
                 labels=("Navn", "Parti"))
    text = page.extract_text()
    assert label_columns(page, text) == text
    # (a label beside its value, rows of "Udsendt: | 16.02.2026", is no strip either)
    page = _Page([(50, 600, "Vært:"), (200, 600, "Ringsted Kommune"), (50, 585, "Udsendt:"),
                  (200, 585, "16.02.2026")], labels=("Vært:", "Udsendt:"))
    text = page.extract_text()
    assert label_columns(page, text) == text


def test_trailing_sag_line_in_title_is_the_case_number() -> None:
    from ingest.formats.title_case import title_case
    assert title_case("Ny sti langs fjorden Sag 03.02.01-P20-4-25") == (
        "Ny sti langs fjorden", "03.02.01-P20-4-25")
    assert title_case("Orientering om Sag 2023-2026") == ("Orientering om Sag 2023-2026", None)


def test_dated_decision_heading_with_meeting_kind_in_brackets() -> None:
    from datetime import date

    from ingest.formats.dated import dated_decision
    assert dated_decision("Beslutning Kulturudvalget 14.05.2025 (ekstraordinært møde)") == (
        "Kulturudvalget", date(2025, 5, 14), None)
