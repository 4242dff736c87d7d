"""Round 216's layouts (round 216's blind files): items carrying a chain of dated
decisions as a case travels fagudvalg → Økonomiudvalget → council and back. A council's
PDF text that prints every body's "<Body> den dd-mm-yyyy:" decision under one
"Beslutning" heading, with a "Supplerende sagsfremstilling til <Body> den <date>" heading
in the case text; a web page whose "Udvalgets beslutning dd.mm.yyyy" names the committee
by its kind only, the item's "Sagens tidligere behandling" table naming it, a minority's
"kunne ikke anbefale" in a paragraph of its own; a council's Word agenda whose only
decisions are the committees' under "Behandling i fagudvalg og Økonomiudvalget" ("<Body>,
<d. måned yyyy>, pkt. NN" over the decision), its own "Beslutning i … den …" left empty,
a substitute who "er indkaldt"; a Prepare-style text whose place wraps before its town.
Every text is written by the tests (other towns, bodies, names and words than the blind
files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .office_files import docx, para, table


def _section(item, name: str) -> str:
    return next((s.text for s in item.sections if s.name == name), "")


def _names(item) -> list[str]:
    return [s.name for s in item.sections]


def _history(item) -> list[tuple[str, date | None, int | None]]:
    return [(h.committee, h.date, h.punkt) for h in item.history]


def _agenda_docx() -> bytes:
    rule = "_" * 60
    placeholder = "Beslutning i Byrådet den 9. november 2022"
    return docx([
        para("Odsherred Kommune"), para("DAGSORDEN"), para("Byrådet"),
        table([["Mødedato:", "Onsdag den 9. november 2022"], ["Mødetidspunkt:", "Kl. 19.00"],
               ["Mødested:", "Byrådssalen, Odsherred Rådhus, Nykøbing Sj."],
               ["Medlemmer:", "Karl Dam (A), borgmester, Pia Holm (V), Ulf Berg (V), "
                              "Nina Sand (F)"],
               ["Afbud:", "Ulf Berg (V). Stedfortræder Mona Kjær (V) er indkaldt."]]),
        para("Punkt 1. Godkendelse af dagsorden", "Heading1"), para("Sagsnr.: 22-000777"),
        para("Indstilling", "Heading2"), para("Borgmesteren indstiller, at dagsordenen godkendes."),
        para(placeholder, bold=True), para(""), para(rule),
        para("Punkt 2. Havnebad i Nykøbing – anlægsbevilling", "Heading1"),
        para("Sagsnr.: 21-004410"),
        para("Sagsfremstilling", "Heading2"),
        para("Havnebadet blev behandlet af Byrådet den 28. september 2022 og sendt tilbage."),
        para("Supplerende sagsfremstilling til Økonomiudvalget den 26. oktober 2022", "Heading2"),
        para("Forvaltningen har regnet på en mindre udgave af badet til 6,1 mio. kr."),
        para("Indstilling", "Heading2"),
        para("Direktionen indstiller, at der gives en anlægsbevilling på 6,1 mio. kr."),
        para("Behandling i fagudvalg og Økonomiudvalget", "Heading2"),
        para("Kultur- og Fritidsudvalget, 12. september 2022, pkt. 41", bold=True),
        para("Anbefales."),
        para("Fraværende: Nina Sand (F)."),
        para("Byrådet, 28. september 2022, pkt. 93", bold=True),
        para("Beslutning: Sagen sendes tilbage til Økonomiudvalget med henblik på en billigere "
             "løsning."),
        para("Økonomiudvalget, 26. oktober 2022, pkt. 118", bold=True),
        para("Anbefales med den mindre udgave."),
        para("Pia Holm (V) kunne ikke anbefale indstillingen."),
        para(placeholder, bold=True), para(""), para(rule),
        para("Punkt 3. Anlægsbevilling – ny børnehave i Vig", "Heading1"),
        para("Sagsnr.: 22-003158"),
        para("Indstilling", "Heading2"),
        para("Direktionen indstiller, at der gives en anlægsbevilling på 24 mio. kr."),
        para("Behandling i fagudvalg og Økonomiudvalget", "Heading2"),
        para("Børne- og Ungeudvalget, 13. oktober 2022, pkt. 77", bold=True),
        para("Anbefales."),
        para("Fraværende: Karl Dam (A)."),
        para("Økonomiudvalget, 26. oktober 2022, pkt. 119", bold=True),
        para("Anbefales."),
        para(placeholder, bold=True), para(""), para(rule),
        para("Punkt 4. Lukket punkt: Køb af jord ved Asnæs", "Heading1"),
        para("Punktet behandles for lukkede døre."),
        para("Behandling i fagudvalg og Økonomiudvalget", "Heading2"),
        para("Økonomiudvalget, 26. oktober 2022, pkt. 121", bold=True),
        para("Anbefales."),
        para(placeholder, bold=True), para(""), para(rule),
    ], styles={"Heading1": "heading 1", "Heading2": "heading 2"})


def test_an_agenda_whose_decisions_are_the_committees_earlier_ones(read_file: ReadFile) -> None:
    """Under "Behandling i fagudvalg og Økonomiudvalget" each "<Body>, <date>, pkt. NN" over
    its text is an earlier treatment, also after an entry whose text has its "Beslutning:"
    label (the council's own send-back, an earlier meeting); the council's empty heading
    of its own decision is none, so the file stays an agenda (before: a referat, the
    committees' "Anbefales." this meeting's decision, the entries the Indstilling's text);
    a "Supplerende sagsfremstilling til <Body> den <date>" is case text, no treatment."""
    (m,) = read_file("byraadet_dagsorden_09112022.docx", _agenda_docx())
    assert (m.committee, m.date, m.doc_type) == ("Byrådet", date(2022, 11, 9), "dagsorden")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Havnebad i Nykøbing – anlægsbevilling",
        "Anlægsbevilling – ny børnehave i Vig", "Køb af jord ved Asnæs"]
    assert all(i.decision == "" for i in m.items)
    bath = m.items[1]
    assert _history(bath) == [
        ("Kultur- og Fritidsudvalget", date(2022, 9, 12), 41),
        ("Byrådet", date(2022, 9, 28), 93),
        ("Økonomiudvalget", date(2022, 10, 26), 118)]
    assert "Fraværende: Nina Sand (F)." in bath.history[0].text
    assert bath.history[1].text.endswith("med henblik på en billigere løsning.")
    assert bath.history[2].text.startswith("Anbefales med den mindre udgave.")
    assert bath.history[2].text.endswith("Pia Holm (V) kunne ikke anbefale indstillingen.")
    assert "Pia Holm" not in _section(bath, "Indstilling") + _section(bath, "Sagsfremstilling")
    assert "mindre udgave af badet" in "".join(
        s.text for s in bath.sections if s.name == "Sagsfremstilling")
    assert _history(m.items[2]) == [("Børne- og Ungeudvalget", date(2022, 10, 13), 77),
                                    ("Økonomiudvalget", date(2022, 10, 26), 119)]
    assert _section(m.items[2], "Indstilling").endswith("på 24 mio. kr.")
    assert m.items[3].closed and _history(m.items[3]) == [
        ("Økonomiudvalget", date(2022, 10, 26), 121)]
    assert "Nina Sand (F)" not in m.entries("afbud") and "Karl Dam (A)" not in m.entries("afbud")
    assert "Mona Kjær (V)" in [p.name for p in m.participants]


_BREAK = "Frederikssund Kommune / Byrådet - Referat\n"
_COUNCIL = ("Frederikssund Kommune\nByrådet - Referat\nMødedato: Onsdag den 24. april 2019\n"
            "Mødetidspunkt: Kl. 19:00\nMødested: Byrådssalen, Torvet 2, 3600 Frederikssund\n"
            "Medlemmer: Tina Bro (A), borgmester, Sune Lind (V), Olga Dam (O)\n\n"
            "1. Godkendelse af dagsorden\nSagsnr.: 19/2001\nBeslutning\n"
            "Byrådet den 24-04-2019:\nGodkendt.\n\n"
            "2. Spildevandsplan 2019-2023 - endelig vedtagelse\nSagsnr.: 18/7123\n"
            "Sagsfremstilling\nPlanen beskriver kloakeringen af sommerhusområderne.\n"
            "Supplerende sagsfremstilling til Klima- og Miljøudvalget den 08-04-2019\n"
            "Forvaltningen har flyttet kloakeringen af Kulhuse til 2021.\n"
            "Indstilling\nDirektionen indstiller, at planen vedtages.\n"
            "Beslutning\n"
            "Klima- og Miljøudvalget den 04-02-2019:\nAnbefales.\n"
            "Byrådet den 27-02-2019:\nSagen sendes tilbage til Klima- og Miljøudvalget.\n"
            "Klima- og Miljøudvalget den 08-04-2019:\nAnbefales.\nFraværende: Olga Dam (O)\n"
            + _BREAK +
            "Byrådet den 24-04-2019:\nGodkendt.\n")


def test_a_supplementary_case_text_addressed_to_a_body_is_no_decision(
        read_file: ReadFile) -> None:
    """"Supplerende sagsfremstilling til <Body> den <date>" heads more case text, no dated
    decision of that body (before: a history entry of the body "Supplerende
    sagsfremstilling til Klima- og Miljøudvalget" whose decision was the case text); the
    chain under "Beslutning" is history but for the council's own decision of the day."""
    (m,) = read_file("byraadet_referat_24042019.txt", _COUNCIL)
    plan = m.items[1]
    assert plan.decision == "Godkendt."
    assert _history(plan) == [("Klima- og Miljøudvalget", date(2019, 2, 4), None),
                              ("Byrådet", date(2019, 2, 27), None),
                              ("Klima- og Miljøudvalget", date(2019, 4, 8), None)]
    assert "Kulhuse til 2021" in "".join(
        s.text for s in plan.sections if s.name == "Sagsfremstilling")
    assert not any("Supplerende" in h.committee for h in plan.history)


_PAGE = """<html><head><meta charset="utf-8">
<title>Referat - Byrådet - 15. marts 2021</title></head><body>
<h1>Herning Kommune</h1><h1>Byrådet</h1>
<table><tr><td>Dato:</td><td>Mandag den 15. marts 2021</td></tr>
<tr><td>Tid:</td><td>18:00</td></tr><tr><td>Sted:</td><td>Byrådssalen, Herning Rådhus</td></tr>
<tr><td>Medlemmer:</td><td>Dorte Vang (V), borgmester, Poul Lund (A), Rita Bjerg (Ø)</td></tr>
</table>
<div class="punkt"><h2>1.&nbsp;Godkendelse af dagsorden</h2>
<h3>Byrådets beslutning 15.03.2021</h3><p>Godkendt.</p></div>
<div class="punkt"><h2>2.&nbsp;Lokalplan 88 – Boliger ved Fruehøjgaard</h2>
<table><tr><td>Sagsnr.:</td><td>01.02.05-P16-3-20</td></tr></table>
<h3>Sagens tidligere behandling</h3>
<table><tr><th>Forum</th><th>Mødedato</th><th>Punkt</th></tr>
<tr><td>Plan- og Miljøudvalget</td><td>01.03.2021</td><td>11</td></tr>
<tr><td>Økonomiudvalget</td><td>08.03.2021</td><td>6</td></tr></table>
<h3>Sagsfremstilling</h3><p>Lokalplanen giver mulighed for 40 rækkehuse.</p>
<h3>Indstilling</h3><p>Direktionen indstiller, at lokalplanen vedtages endeligt.</p>
<div class="felt"><h3>Udvalgets beslutning 01.03.2021</h3>
<p>Anbefales med de ændringer, der fremgår af høringsnotatet.</p>
<p>Rita Bjerg (Ø) kunne ikke anbefale indstillingen.</p></div>
<div class="felt"><h3>Økonomiudvalgets beslutning 08.03.2021</h3><p>Anbefales.</p></div>
<div class="felt"><h3>Byrådets beslutning 15.03.2021</h3><p>Godkendt.</p></div>
</div></body></html>"""


def test_a_decision_naming_its_committee_by_kind_is_named_by_the_history_table(
        read_file: ReadFile) -> None:
    """"Udvalgets beslutning 01.03.2021" in the council's minutes is the committee's that
    the item's "Sagens tidligere behandling" table lists that day, with its item number
    (before: the body "Udvalget", no number); the minority's "kunne ikke anbefale" in a
    paragraph of its own stays with that decision (before: a second Sagsfremstilling)."""
    (m,) = read_file("herning_byraadet_15032021.html", _PAGE)
    plan = m.items[1]
    assert plan.decision == "Godkendt."
    assert _history(plan) == [("Plan- og Miljøudvalget", date(2021, 3, 1), 11),
                              ("Økonomiudvalget", date(2021, 3, 8), 6)]
    assert plan.history[0].text.endswith("Rita Bjerg (Ø) kunne ikke anbefale indstillingen.")
    assert _names(plan).count("Sagsfremstilling") == 1
    assert any(s.text.startswith("Plan- og Miljøudvalget den 1. marts 2021:")
               for s in plan.sections if s.name == "Beslutningshistorik")


_PREPARE = ("\nKultur- og Fritidsudvalget\nTirsdag den 6. september 2016 - kl. 17:00\n"
            "Mødelokale 1, Allerød Rådhus, Bjarkesvej 2, 3450\nAllerød\n\nDeltagere\n\n"
            "Jonas Kirk (C) (formand) - Deltog\nBente Hald (A) - Deltog\n\n"
            "Afbud/Fraværende\n\nLeo Marker (V) - Afbud\n\n"
            "Punkt 1 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt\n")


def test_a_place_wrapped_before_its_town(read_file: ReadFile) -> None:
    """A Prepare print's place line that ends in the postcode, the town on the next line,
    is the place whole (before: the town lost)."""
    (m,) = read_file("kfu_referat_06-09-2016.txt", _PREPARE)
    assert m.place == "Mødelokale 1, Allerød Rådhus, Bjarkesvej 2, 3450 Allerød"
    assert [p.name for p in m.participants] == ["Jonas Kirk (C)", "Bente Hald (A)",
                                                "Leo Marker (V)"]
    assert m.items[0].decision == "Godkendt"
