"""Round 213's layouts (round 213's blind files): eDoc and Acadre, the two older ESDH
systems, as other municipalities and years export and print them. An eDoc XML export
whose text fields kept a paragraph's line break here and there but lost every other
(section headings glued to their text, "2009.SagsfremstillingHøringssvarene"), with an
earlier decision of the same committee, and its absence, above this meeting's; an eDoc
publishing export of another version (`<eDocAgendaPublishing>`: `AgendaSection`,
`AgendaItem`, `Fields/Field@Caption`, `PreviousTreatments`) of an agenda whose every item
ends in an empty decision field, in windows-1252; an eDoc referat print whose page header
repeats the committee's name, so that a page ending in "Beslutningen træffes af" /
"<Udvalg>" looks like a header, with its closed item under "Lukket referat"; an Acadre
print whose later pages are headed by the letterhead and "<Udvalg> den DD-MM-YYYY", a
line that reads like a dated decision heading. Every text is written by the tests (other
towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

# --- an eDoc XML export with some of its line breaks kept ------------------------------

_ITEM_TWO = (
    "2.\tCykelstiplan 2012-2016 - endelig vedtagelseSagsnr.: 2011-00311Dok.nr.: 2011-004411"
    "SammendragForslaget har været i høring i otte uger. Der er kommet 14 svar."
    "BaggrundPlanen blev sendt i høring i januar 2011."
    "SagsfremstillingSvarene handler mest om stien langs Åvej.\n"
    "Administrationen foreslår, at stien langs Åvej rykkes frem til 2013.\n"
    "Økonomiske konsekvenser og finansieringPlanen finansieres af cykelpuljen."
    "Bilag2011-004500 - HøringsnotatBeslutningen træffes afByrådetIndstilling"
    "Plan og Miljø indstiller, atA) planen vedtages endeligt."
    "Plan- og Miljøudvalgets beslutning den 06.04.2011 Punkt 3"
    "Sagen udsættes til næste møde."
    "Følgende deltog ikke i behandlingen af punktet: Ole Bak (V)"
    "Plan- og Miljøudvalgets beslutning den 04.05.2011 Punkt 2"
    "AnbefalesFølgende deltog ikke i behandlingen af punktet: "
)
_ITEM_ONE = (
    "1.\tMeddelelserSagsnr.: 2011-00020Dok.nr.: 2011-004402"
    "Formanden orienterede om vejarbejdet på Storegade.\n"
    "Plan- og Miljøudvalgets beslutning den 04.05.2011 Punkt 1"
    "Taget til efterretningFølgende deltog ikke i behandlingen af punktet: "
)
_FRONT = (
    "Plan- og MiljøudvalgetReferatÅbent referatDato: 04.05.2011Side Referat"
    "Plan- og Miljøudvalgetonsdag den 4. maj 2011, kl. 16:30"
    "i Mødelokale 3 på Sorø RådhusÅbent referatTilstede"
    "Karen Holt (A) - formandOle Bak (V)Mads Lind (F)Afbud/FraværendeJens Dahl (C)"
    "SekretærLone Ravn INDHOLDSFORTEGNELSEÅbent referat1.\tMeddelelser\t3"
    "2.\tCykelstiplan 2012-2016 - endelig vedtagelse\t3\n" + _ITEM_ONE + _ITEM_TWO
)


def _edoc(items: str, front: str) -> str:
    return ("<?xml version=\"1.0\"?>\n<Meeting>\n"
            "  <Committee>Plan- og Miljøudvalget</Committee>\n"
            "  <MeetingDate>04-05-2011 16:30:00</MeetingDate>\n"
            "  <MeetingState>Referat godkendt</MeetingState>\n"
            "  <MeetingAgendaTypes><MeetingAgendaType>\n"
            "    <AgendaType>Åben dagsorden</AgendaType>\n"
            f"    <MeetingAgendaItems>{items}</MeetingAgendaItems>\n"
            f"    <FullText>{front}</FullText>\n"
            "  </MeetingAgendaType></MeetingAgendaTypes>\n</Meeting>\n")


def _edoc_item(number: int, title: str, text: str) -> str:
    return (f"<MeetingAgendaItem><AgendaItemNumber>{number}</AgendaItemNumber>"
            f"<Document><Title>{title}</Title></Document>"
            f"<FullText>{text}</FullText></MeetingAgendaItem>")


_EDOC = _edoc(_edoc_item(2, "Cykelstiplan 2012-2016 - endelig vedtagelse", _ITEM_TWO)
              + _edoc_item(1, "Meddelelser", _ITEM_ONE), _FRONT)


def _read(tmp_path: Path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_meetings(path)[0]


def test_edoc_text_with_some_breaks_kept_has_its_glued_headings_read(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "MeetingAgenda_88.xml", _EDOC)
    assert meeting.date == date(2011, 5, 4)
    assert meeting.place == "Mødelokale 3 på Sorø Rådhus"
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Karen Holt (A)", "deltog"), ("Ole Bak (V)", "deltog"), ("Mads Lind (F)", "deltog"),
        ("Jens Dahl (C)", "afbud")]
    first, second = meeting.items
    assert first.decision == "Taget til efterretning"
    assert second.decision == "Anbefales"
    assert second.journal_number == "2011-00311"
    assert [s.name for s in second.sections][:4] == [
        "Sammendrag", "Baggrund", "Sagsfremstilling", "Økonomiske konsekvenser og finansiering"]
    assert "A) planen vedtages endeligt." in second.section("Indstilling")
    assert [(t.date, t.text.split("\n")[0]) for t in second.history] == [
        (date(2011, 4, 6), "Sagen udsættes til næste møde.")]
    assert meeting.warnings == []


def test_edoc_absence_under_an_earlier_decision_is_not_this_meetings(tmp_path: Path) -> None:
    """"Følgende deltog ikke …: Ole Bak (V)" under the decision of 6 April is that
    meeting's; on 4 May he took part in the item."""
    second = _read(tmp_path, "MeetingAgenda_88.xml", _EDOC).items[1]
    assert second.absentees == []
    assert "Ole Bak (V)" in second.history[0].text


# --- an eDoc publishing export of another version: an agenda ---------------------------

_FIELD = "<Field Sequence=\"{n}\" Caption=\"{caption}\">{html}</Field>"
_EMPTY = "<Field Sequence=\"{n}\" Caption=\"Byrådets beslutning den 26.03.2014\" />"
_PUBLISHING = """<?xml version="1.0" encoding="windows-1252"?>
<eDocAgendaPublishing SchemaVersion="2.0" ExportDate="2014-03-20T10:00:00">
  <Meeting MeetingId="77">
    <OrganisationName>Holbæk Kommune</OrganisationName>
    <CommitteeName>Byrådet</CommitteeName>
    <MeetingStartDateTime>2014-03-26T18:00:00</MeetingStartDateTime>
    <MeetingEndDateTime>2014-03-26T22:00:00</MeetingEndDateTime>
    <MeetingLocation>Byrådssalen, Holbæk Rådhus</MeetingLocation>
    <MeetingStatus>Dagsorden publiceret</MeetingStatus>
    <DocumentKind>Dagsorden</DocumentKind>
    <Participants>
      <Participant Sequence="1"><FullName>Søs Lykke</FullName><Party>A</Party>
        <Function>Borgmester</Function><IsAbsent>false</IsAbsent><AbsenceNote /></Participant>
      <Participant Sequence="2"><FullName>Per Holm</FullName><Party>V</Party>
        <Function /><IsAbsent>false</IsAbsent><AbsenceNote /></Participant>
      <Participant Sequence="3"><FullName>Rie Saxe</FullName><Party>F</Party>
        <Function /><IsAbsent>true</IsAbsent><AbsenceNote>Ferie</AbsenceNote></Participant>
    </Participants>
    <AgendaSection Name="Åben dagsorden" Public="true">
      <AgendaItem ItemId="501">
        <ItemNumber>1</ItemNumber>
        <Caption>Godkendelse af dagsorden</Caption>
        <CaseNumber>2014/00011</CaseNumber>
        <PreviousTreatments />
        <Fields>
          FIELD_ONE
          EMPTY_TWO
        </Fields>
      </AgendaItem>
      <AgendaItem ItemId="502">
        <ItemNumber>2</ItemNumber>
        <Caption>Kommunegaranti for lån til Holbæk Forsyning</Caption>
        <CaseNumber>2014/01822</CaseNumber>
        <PreviousTreatments>
          <Treatment Committee="Økonomiudvalget" MeetingDate="17-03-2014" ItemNumber="6" />
        </PreviousTreatments>
        <Fields>
          FIELD_CASE
          FIELD_EARLIER
          EMPTY_THREE
        </Fields>
      </AgendaItem>
    </AgendaSection>
    <AgendaSection Name="Lukket dagsorden" Public="false">
      <AgendaItem ItemId="503">
        <ItemNumber>3</ItemNumber>
        <Caption>Salg af ejendom - Smedelundsgade 9</Caption>
        <CaseNumber>2014/00930</CaseNumber>
        <PreviousTreatments />
        <Fields>
          FIELD_CLOSED
          EMPTY_TWO
        </Fields>
      </AgendaItem>
    </AgendaSection>
  </Meeting>
</eDocAgendaPublishing>
""".replace("FIELD_ONE", _FIELD.format(
    n=1, caption="Indstilling", html="&lt;p&gt;Borgmesteren indstiller, at dagsordenen "
    "godkendes.&lt;/p&gt;")).replace("EMPTY_TWO", _EMPTY.format(n=2)).replace(
    "FIELD_CASE", _FIELD.format(n=1, caption="Sagsfremstilling", html="&lt;p&gt;Forsyningen "
                                "søger garanti for et lån på 30 mio. kr.&lt;/p&gt;")).replace(
    "FIELD_EARLIER", _FIELD.format(
        n=2, caption="Økonomiudvalgets beslutning den 17.03.2014 Punkt 6",
        html="&lt;p&gt;Anbefales.&lt;/p&gt;&lt;p&gt;Per Holm (V) deltog ikke i sagens "
        "behandling på grund af inhabilitet.&lt;/p&gt;")).replace(
    "EMPTY_THREE", _EMPTY.format(n=3)).replace("FIELD_CLOSED", _FIELD.format(
        n=1, caption="Sagsfremstilling", html="&lt;p&gt;Sagen behandles for lukkede "
        "døre.&lt;/p&gt;"))


def test_edoc_publishing_export_of_another_version_is_read_as_one_agenda(
        tmp_path: Path) -> None:
    meeting = _read(tmp_path, "publicering_77.xml", _PUBLISHING, "cp1252")
    assert (meeting.municipality, meeting.committee) == ("Holbæk", "Byrådet")
    assert (meeting.date, meeting.start_time) == (date(2014, 3, 26), "18:00")
    assert meeting.place == "Byrådssalen, Holbæk Rådhus"
    assert meeting.doc_type == "dagsorden"
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Kommunegaranti for lån til Holbæk Forsyning", False),
        (3, "Salg af ejendom - Smedelundsgade 9", True)]
    assert [i.journal_number for i in meeting.items] == ["2014/00011", "2014/01822",
                                                         "2014/00930"]
    assert [p.status for p in meeting.participants if p.name == "Rie Saxe (F)"] == ["afbud"]


def test_edoc_publishing_export_empty_decision_field_and_earlier_treatment(
        tmp_path: Path) -> None:
    """The empty "Byrådets beslutning den 26.03.2014" is no decision; the Økonomiudvalg's
    decision, named both as a field and as a `Treatment`, is one history entry, its
    absence with it."""
    item = _read(tmp_path, "publicering_77.xml", _PUBLISHING, "cp1252").items[1]
    assert item.decision == ""
    assert [(t.committee, t.date, t.punkt) for t in item.history] == [
        ("Økonomiudvalget", date(2014, 3, 17), 6)]
    assert "Per Holm (V) deltog ikke" in item.history[0].text
    assert item.absentees == []
    assert item.section("Sagsfremstilling") == "Forsyningen søger garanti for et lån på 30 mio. kr."


# --- an eDoc referat print: the committee's name at a page's foot ----------------------

_HEAD = "Miljø- og Klimaudvalget\nReferat\n{part}\nDato: 09.10.2014\nSide {n} af 5\n"
_PRINT = (_HEAD.format(part="Åbent referat", n=1) + """ ODSHERRED KOMMUNE
Referat
Miljø- og Klimaudvalget
torsdag den 9. oktober 2014, kl. 14:00
i Mødelokale 4, Odsherred Rådhus, Nykøbing Sj.
Åbent referat
Tilstede
Anne Borg (A) - formand
Lars Moe (V)
Afbud/Fraværende
Sekretær
Tina Krag
\f""" + _HEAD.format(part="Åbent referat", n=2) + """INDHOLDSFORTEGNELSE
Åbent referat
1.
Meddelelser
.......................................................
3
2.
Temadrøftelse: Klimatilpasning
.......................................................
3
Lukket referat
3.
Køb af jord ved Vig
.......................................................
5
\f""" + _HEAD.format(part="Åbent referat", n=3) + """1.   Meddelelser
 Sagsnr.: 14/101        Dok.nr.: 14/2001
 a. Status på kystsikring
 Arbejdet ved Sønderby er afsluttet.
Beslutningen træffes af
Miljø- og Klimaudvalget
Miljø- og Klimaudvalgets beslutning den 09.10.2014 Punkt 1
Taget til efterretning.
Følgende deltog ikke i behandlingen af punktet:
2.   Temadrøftelse: Klimatilpasning
 Sagsnr.: 14/3302        Dok.nr.: 14/2011
Sammendrag
Udvalget drøfter temaer for den kommende klimatilpasningsplan.
Sagsfremstilling
Planen skal vedtages i 2015 og bygger på kortlægningen af oversvømmelsesrisikoen.
Økonomiske konsekvenser og finansiering
Ingen.
Bilag
Ingen
Beslutningen træffes af
Miljø- og Klimaudvalget
\f""" + _HEAD.format(part="Åbent referat", n=4) + """Indstilling
Natur og Miljø indstiller, at
 A) Udvalget drøfter temaer for klimatilpasningsplanen.
Miljø- og Klimaudvalgets beslutning den 09.10.2014 Punkt 2
Drøftet. Administrationen udarbejder et udkast til planen.
Følgende deltog ikke i behandlingen af punktet:
\f""" + _HEAD.format(part="Lukket referat", n=5) + """Lukket referat
3.   Køb af jord ved Vig
 Sagsnr.: 14/2290        Dok.nr.: 14/2020
Sagsfremstilling
Sagen behandles for lukkede døre.
Beslutningen træffes af
Miljø- og Klimaudvalget
Miljø- og Klimaudvalgets beslutning den 09.10.2014 Punkt 3
Godkendt.
Følgende deltog ikke i behandlingen af punktet:
""")


def test_edoc_print_committee_at_a_page_foot_is_the_deciding_body_not_furniture(
        tmp_path: Path) -> None:
    """"Beslutningen træffes af" / "Miljø- og Klimaudvalget" ends page 3, which the same
    name heads: the body stays, and "Indstilling" on the next page heads its section."""
    meeting = _read(tmp_path, "odsherred_mku_referat.txt", _PRINT)
    item = meeting.items[1]
    assert item.section("Beslutningen træffes af") == "Miljø- og Klimaudvalget"
    assert item.section("Indstilling").startswith("Natur og Miljø indstiller, at")
    assert item.decision == "Drøftet. Administrationen udarbejder et udkast til planen."


def test_edoc_print_item_under_lukket_referat_is_closed(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "odsherred_mku_referat.txt", _PRINT)
    assert [(i.number, i.closed) for i in meeting.items] == [(1, False), (2, False), (3, True)]
    assert meeting.items[2].decision == "Godkendt."


# --- an Acadre print: "<Udvalg> den DD-MM-YYYY" heads every later page -----------------

_TOP = "Varde Kommune\nTeknik- og Miljøudvalget den 11-06-2018\n"
_FOOT = "\nReferat\nSide {n} af 4\n\f"
_ACADRE = """ Varde Kommune
Referat
til
Teknik- og Miljøudvalget
Mødedato:
Mandag den 11-06-2018
Mødetidspunkt:
Kl. 15:00
Mødested:
Mødelokale 2, Varde Rådhus
Medlemmer:
Erik Buhl (V), formand
Mette Ry (A), næstformand
Søren Kirk (O)
""" + _FOOT.format(n=1) + _TOP + """Indholdsfortegnelse
Punkt
Side
54.
Godkendelse af dagsorden
.............................................
3
55.
Anlægsbevilling - ny sti ved Ribevej
.............................................
3
56.
Trafikplan for midtbyen
.............................................
4
""" + _FOOT.format(n=2) + _TOP + """54.  Godkendelse af dagsorden
 Sagsnr.: 18/000044
Beslutning i Teknik- og Miljøudvalget den 11-06-2018
Godkendt.
55.  Anlægsbevilling - ny sti ved Ribevej
 Sagsnr.: 18/002210
Resumé
Der søges om anlægsbevilling på 2,4 mio. kr. til en sti langs Ribevej.
Indstilling
Direktøren for Teknik og Miljø foreslår,
""" + _FOOT.format(n=3) + _TOP + """• at der gives anlægsbevilling på 2,4 mio. kr. til stien,
• at rådighedsbeløbet frigives.
Beslutning i Plan- og Boligudvalget den 28-05-2018
Anbefales.
Beslutning i Teknik- og Miljøudvalget den 11-06-2018
Anbefales over for økonomiudvalget.
56.  Trafikplan for midtbyen
 Sagsnr.: 18/002311
Resumé
Trafikplanen er sendt i høring.
Beslutning i Teknik- og Miljøudvalget den 11-06-2018
Taget til efterretning.
""" + _FOOT.format(n=4).rstrip("\f")


def test_acadre_print_dated_page_header_is_no_decision_heading(tmp_path: Path) -> None:
    """"Teknik- og Miljøudvalget den 11-06-2018" under the letterhead of each later page
    is the running header: item 55's Indstilling goes on over the page break, and its
    decision is only the block dated the meeting's day."""
    meeting = _read(tmp_path, "varde_tmu_referat.txt", _ACADRE)
    assert [i.number for i in meeting.items] == [54, 55, 56]
    item = meeting.items[1]
    assert item.decision == "Anbefales over for økonomiudvalget."
    assert "• at rådighedsbeløbet frigives." in item.section("Indstilling")
    assert [(t.committee, t.date) for t in item.history] == [
        ("Plan- og Boligudvalget", date(2018, 5, 28))]
    assert [i.decision for i in meeting.items] == [
        "Godkendt.", "Anbefales over for økonomiudvalget.", "Taget til efterretning."]
