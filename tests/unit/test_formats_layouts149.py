"""Round 149: the shared examples' systems as other municipalities and years export them –
an eDoc XML agenda whose text fields lost their line breaks (every printed line glued
to the next: "KanalenSagsnr.: 2015-2211Dok.nr.: …SammendragTre af …", the front page's
"Økonomiudvalgettirsdag den 3. maj 2016, kl. 17:00i Mødelokale 1 …MedlemmerKaren …"),
and a FirstAgenda publication page whose member carries a role span and an "Afbud"
label ("Kasper Lind (V), Næstformand Afbud")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting


# --- eDoc XML whose FullText fields lost their line breaks ---------------------------

_FRONT = ("ØkonomiudvalgetDagsordenÅben dagsordenDato: 07.06.2016Side Dagsorden"
          "Økonomiudvalgettirsdag den 7. juni 2016, kl. 17:00i Mødesal 2 på Egeby Rådhus"
          "Åben dagsordenMedlemmerIda Holm (A) - formandBo Lind (F) - næstformand"
          "Eva Krog (A)Per Vang (V)Afbud/FraværendePer Vang (V)SekretærAne Bak")
_ITEM_1 = ("1.\tBudgetopfølgningSagsnr.: 2016-0142Dok.nr.: 2016-12873"
           "SammendragForbruget ligger på niveau med budgettet."
           "BaggrundAfdelingerne har indberettet forbruget pr. 30. april."
           "Bilag2016-11502 - Oversigt over forbruget"
           "Beslutningen træffes afØkonomiudvalgetIndstillingØkonomi indstiller, at"
           "A)budgetopfølgningen tages til efterretning.")
_ITEM_2 = ("2.\tRenovering af broerSagsnr.: 2015-2211Dok.nr.: 2016-11340"
           "SammendragTo broer skal renoveres.SagsfremstillingBroerne er nedslidte."
           "IndstillingTeknik indstiller, atA)der gives en bevilling."
           "Økonomiudvalgets beslutning den 03.05.2016 Punkt 9"
           "Sagen udsættes.Følgende deltog ikke i behandlingen af punktet: "
           "Supplerende sagsfremstillingTeknik har undersøgt en billigere løsning.")
_EDOC = f"""<?xml version="1.0"?>
<Meeting>
  <Committee>Økonomiudvalget</Committee>
  <MeetingDate>07-06-2016 17:00:00</MeetingDate>
  <MeetingAgendaTypes>
    <MeetingAgendaType>
      <AgendaType>Åben dagsorden</AgendaType>
      <MeetingAgendaItems>
        <MeetingAgendaItem>
          <AgendaItemNumber>2</AgendaItemNumber>
          <Document><Title>Renovering af broer</Title></Document>
          <FullText>{_ITEM_2}</FullText>
        </MeetingAgendaItem>
        <MeetingAgendaItem>
          <AgendaItemNumber>1</AgendaItemNumber>
          <Document><Title>Budgetopfølgning</Title></Document>
          <FullText>{_ITEM_1}</FullText>
        </MeetingAgendaItem>
      </MeetingAgendaItems>
      <FullText>{_FRONT}</FullText>
    </MeetingAgendaType>
  </MeetingAgendaTypes>
</Meeting>
"""


def test_edoc_front_page_without_line_breaks_gives_municipality_place_and_members(
        tmp_path: Path) -> None:
    m = _read(tmp_path, "udvalg.xml", _EDOC)
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type) == (
        "Egeby", "Økonomiudvalget", date(2016, 6, 7), "17:00", "dagsorden")
    assert m.place == "Mødesal 2 på Egeby Rådhus"
    # (the member listed again under "Afbud/Fraværende" is one person, absent)
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Holm (A)", "indkaldt", "formand"), ("Bo Lind (F)", "indkaldt", "næstformand"),
        ("Eva Krog (A)", "indkaldt", ""), ("Per Vang (V)", "afbud", "")]


def test_edoc_item_text_without_line_breaks_gives_case_number_and_sections(
        tmp_path: Path) -> None:
    m = _read(tmp_path, "udvalg.xml", _EDOC)
    first = m.item(1)
    assert (first.title, first.journal_number) == ("Budgetopfølgning", "2016-0142")
    assert [(s.name, s.text) for s in first.sections] == [
        ("Sammendrag", "Forbruget ligger på niveau med budgettet."),
        ("Baggrund", "Afdelingerne har indberettet forbruget pr. 30. april."),
        ("Bilag", "2016-11502 - Oversigt over forbruget"),
        ("Beslutningen træffes af", "Økonomiudvalget"),
        ("Indstilling", "Økonomi indstiller, at\nA)budgetopfølgningen tages til efterretning.")]
    assert not first.decision


def test_edoc_earlier_decision_glued_into_the_text_is_history(tmp_path: Path) -> None:
    second = _read(tmp_path, "udvalg.xml", _EDOC).item(2)
    assert second.journal_number == "2015-2211"
    assert not second.decision
    assert [(h.committee, h.date, h.punkt, h.text) for h in second.history] == [
        ("Økonomiudvalget", date(2016, 5, 3), 9, "Sagen udsættes.")]
    # (the supplement after the earlier decision is the item's text again, no history)
    assert "Teknik har undersøgt en billigere løsning." in second.section("Sagsfremstilling")


# --- FirstAgenda publication page: a member's role span before the "Afbud" label -----

def test_firstagenda_page_member_with_role_and_afbud_label_is_one_absent_member(
        tmp_path: Path) -> None:
    people = ("<div class='deltager'><span class='deltager-navn'>Rikke Holm (A)</span>"
              "<span class='deltager-rolle'>, Formand</span></div>"
              "<div class='deltager deltager-afbud'><span class='deltager-navn'>Kasper Lind (V)"
              "</span><span class='deltager-rolle'>, Næstformand</span> "
              "<span class='label afbud-label'>Afbud</span></div>"
              "<div class='deltager'><span class='deltager-navn'>Mette Brask (F)</span></div>")
    page = ("<html><body><table class='dagsordeninfo'>"
            "<tr><td>Mødedato:</td><td>mandag den 13. juni 2022 kl. 15.30</td></tr>"
            "<tr><td>Udvalg:</td><td>Børne- og Ungeudvalget</td></tr>"
            f"<tr><td>Mødedeltagere:</td><td class='deltagere'>{people}</td></tr></table>"
            "<table id='dagsordenDetaljer'><tr class='punktrow'><td>1</td><td>"
            "<h2 class='overskrift'>Godkendelse af dagsorden</h2><div class='punkt'>"
            "<div id='sagsfremstillingContainer'><h3>Beslutning</h3><p>Godkendt.</p></div>"
            "</div></td></tr></table></body></html>")
    m = _read(tmp_path, "side.html", page)
    assert (m.committee, m.date, m.item(1).decision) == (
        "Børne- og Ungeudvalget", date(2022, 6, 13), "Godkendt.")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Rikke Holm (A)", "deltog", "formand"), ("Kasper Lind (V)", "afbud", "næstformand"),
        ("Mette Brask (F)", "deltog", "")]
