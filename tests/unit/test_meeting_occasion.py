"""A meeting's occasion (extraordinary, theme, constituent, dialogue, joint): read from
each format's name of the meeting, stored with it, and the meeting a question naming it
is about. No model, no Chroma."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from ingest.chunk import meeting_key, meeting_text, meeting_to_nodes
from ingest.formats import read_meetings
from ingest.itemstore import ItemStore
from rag.catalog import ItemView, MeetingInfo, list_meetings, meetings_within
from rag.compose.base import Context
from rag.compose.meeting import compose_meeting
from rag.meeting_intent import occasion_asked
from rag.names import ArchiveNames
from rag.occasion_scope import occasion_first
from rag.query import parse_question
from rag.scope import scope
from referat import schema as k
from referat.domain import AgendaItem, Filters, ItemRef, Meeting, RetrievedItem, Section
from referat.occasions import OCCASIONS, occasion_heading, occasion_meeting, occasion_of

KTM = "Klima-, Teknik- og Miljøudvalget"
OEU = "Økonomiudvalget"


# -- the phrase ------------------------------------------------------------------------

# How each format names a meeting of each occasion ("": an ordinary meeting, and phrases
# that only speak of an occasion)
NAMED = {
    "ekstraordinært": (
        "Ekstraordinær dagsorden", "Ekstraordinært møde", "Referat – ekstraordinært møde",
        "## Referat – ekstraordinært møde", "Referat af ekstraordinært møde i Økonomiudvalget",
        "Økonomiudvalget - ekstraordinært møde", "Referat – Økonomiudvalget – ekstraordinært møde",
        "Mødetype: Ekstraordinært møde", "Ekstraordinært møde kl. 14:30", "Ekstraordinært PUK",
        "EKSTRAORDINÆRT MØDE", "Klima-, Teknik- og Miljøudvalgets ekstraordinære møde"),
    "temamøde": ("Temamøde", "Temamøde om budget 2025", "Referat fra Byrådets temamøde",
                 "Økonomiudvalget – temamøde"),
    "konstituerende": ("Konstituerende møde", "Byrådet (konstituerende møde)",
                       "Referat af det konstituerende møde"),
    "dialogmøde": ("Dialogmøde med Ældrerådet",
                   "Referat af dialogmøde mellem Velfærdsudvalget og Ældrerådet"),
    "fællesmøde": ("Fællesmøde", "Fællesmøde mellem Børne- og Skoleudvalget og Kultur- og "
                   "Fritidsudvalget"),
    "": ("Dagsorden", "Referat", "Ordinært møde", "Økonomiudvalget", "Orientering om temamødet",
         "Mødet indledes med temamøde om klimaplanen",
         "Dialogmødet med virksomhederne blev holdt på rådhuset",
         "Ekstraordinært møde afholdes den 3. maj.", "Temadrøftelse om budget", ""),
}


@pytest.mark.parametrize("phrase, expected",
                         [(p, occasion) for occasion, ps in NAMED.items() for p in ps])
def test_the_occasion_is_read_from_a_meetings_name(phrase: str, expected: str) -> None:
    assert occasion_of(phrase) == expected


def test_every_occasion_has_its_words() -> None:
    assert len(OCCASIONS) == 5
    assert [occasion_meeting(o) for o in OCCASIONS] == [
        "det ekstraordinære møde", "temamødet", "det konstituerende møde", "dialogmødet",
        "fællesmødet"]
    assert (occasion_meeting(""), occasion_heading(""), occasion_heading("temamøde")) == (
        "mødet", "Møde", "Temamøde")


# The questions that name each occasion ("": none)
ASKED = {
    "ekstraordinært": (
        "Hvornår og hvor holdt Greves teknikudvalg sit ekstraordinære møde i marts 2024?",
        "Hvem deltog i økonomiudvalgets ekstraordinære møde i november 2024?",
        "Hvor blev det ekstraordinære udvalgsmøde holdt?",
        "Hvad blev besluttet på et ekstraordinært møde?"),
    "temamøde": ("Hvad blev drøftet på temamødet?",),
    "konstituerende": ("Hvem blev valgt på det konstituerende møde?",),
    "dialogmøde": ("Hvem deltog i dialogmødet?",),
    "fællesmøde": ("Hvor blev fællesmødet holdt?",),
    "": ("Hvor blev mødet holdt?", "Hvad kom der ud af dialogmøderne med virksomhederne?",
         "Fik skolen en ekstraordinær bevilling?"),
}


@pytest.mark.parametrize("question, expected",
                         [(q, occasion) for occasion, qs in ASKED.items() for q in qs])
def test_the_occasion_a_question_names(question: str, expected: str) -> None:
    assert occasion_asked(question) == expected


# -- the adapters ----------------------------------------------------------------------

def _firstagenda(name: str, day: str, place: str) -> str:
    html = ("<div><h3>Beslutning</h3><span>Godkendt.</span><h3>Fremstilling</h3>"
            "<h4>Resume</h4><p>Udvalget drøftede temamøde om klimaplanen.</p></div>")
    return json.dumps({
        "Udvalg": {"Navn": KTM},
        "Moede": {"Dato": day, "Sted": place, "Navn": name, "Afsluttet": True,
                  "Moededeltagere": [{"Name": "Hans-Jørgen Kirstein", "Absent": False}]},
        "Dagsordenpunkter": [{"Punktnummer": "1", "Navn": "Tune Skole, midlertidige bygninger",
                              "SagsNummer": "24-001", "Bilag": [],
                              "Felter": [{"Navn": "", "Html": html}]}],
    }, ensure_ascii=False)


@pytest.mark.parametrize("name, expected", [
    ("Ekstraordinær dagsorden", "ekstraordinært"), ("Dagsorden", ""), ("Temamøde", "temamøde")])
def test_firstagenda_json_reads_moede_navn(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / "ktm.json"
    path.write_text(_firstagenda(name, "2024-03-13T16:20:00+01:00", "Mødelokale 1"), "utf-8")
    (m,) = read_meetings(path, "Greve")
    assert (m.committee, str(m.date), m.start_time, m.occasion) == (
        KTM, "2024-03-13", "16:20", expected)


def _acadre(meeting_name: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><root><table name="agenda"><fields>'
            '<field name="name">Referat</field></fields><table name="committee"><fields>'
            '<field name="name">Udvalget for plan, udvikling og kultur (PUK)</field>'
            '</fields></table><table name="meeting"><fields>'
            f'<field name="name">{meeting_name}</field>'
            '<field name="date">2013-06-20 10:30</field>'
            '<field name="location">Kaløvig Kursuscenter</field></fields></table>'
            '<table name="agendaitemparents"><fields><field name="sort">715</field></fields>'
            '<table name="agendaitem"><fields><field name="name">Kulturkommune 2017</field>'
            '<field name="accessname">Åben</field></fields></table></table>'
            '</table></root>')


@pytest.mark.parametrize("name, expected", [("Ekstraordinært PUK", "ekstraordinært"),
                                            ("PUK", ""), ("Temamøde PUK", "temamøde")])
def test_acadre_reads_the_meetings_name(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / "puk_acadre.xml"
    path.write_text(_acadre(name), "utf-8")
    (m,) = read_meetings(path)
    assert (str(m.date), m.occasion) == ("2013-06-20", expected)


def _edoc(committee: str, title: str = "") -> str:
    own = f"<MeetingTitle>{title}</MeetingTitle>" if title else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><Meeting><Committee>{committee}</Committee>'
            f"<MeetingDate>04-12-2012 13:00:00</MeetingDate>{own}<MeetingAgendaTypes>"
            "<MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType><MeetingAgendaItems>"
            "<MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber><Document><Title>"
            "Godkendelse af dagsorden</Title></Document><FullText>Beslutning\nGodkendt."
            "</FullText></MeetingAgendaItem></MeetingAgendaItems></MeetingAgendaType>"
            "</MeetingAgendaTypes></Meeting>")


@pytest.mark.parametrize("committee, title, expected", [
    ("Økonomiudvalget", "Konstituerende møde", "konstituerende"),
    ("Økonomiudvalget - ekstraordinært møde", "", "ekstraordinært"),
    ("Økonomiudvalget", "", ""),
])
def test_edoc_reads_a_title_or_the_committee_line(tmp_path: Path, committee: str, title: str,
                                                  expected: str) -> None:
    path = tmp_path / "oeu_edoc.xml"
    path.write_text(_edoc(committee, title), "utf-8")
    (m,) = read_meetings(path, "Ballerup")
    assert (m.committee, m.occasion) == (OEU, expected)


_TEXT = """{head}
Mødedato: 11-03-2024 kl. 16:00
Mødested: Rådhuset, mødelokale 2

Punkt 1 Godkendelse af dagsorden
Beslutning
Godkendt. Temamøde om klimaplanen holdes senere.

Punkt 2 Budgetopfølgning
Beslutning
Taget til efterretning.
"""


@pytest.mark.parametrize("head, expected", [
    ("Stevns Kommune\nReferat\nØkonomiudvalget - ekstraordinært møde", "ekstraordinært"),
    ("Stevns Kommune\nReferat af ekstraordinært møde i Økonomiudvalget", "ekstraordinært"),
    ("Stevns Kommune\nTemamøde\nØkonomiudvalget", "temamøde"),
    ("Stevns Kommune\nReferat\nØkonomiudvalget", ""),  # (an item's "Temamøde …": no title)
])
def test_a_text_header_line_gives_the_occasion(tmp_path: Path, head: str, expected: str
                                               ) -> None:
    path = tmp_path / "oeu.txt"
    path.write_text(_TEXT.format(head=head), "utf-8")
    (m,) = read_meetings(path)
    assert (m.committee, str(m.date), len(m.items), m.occasion) == (
        OEU, "2024-03-11", 2, expected)


# -- storage ---------------------------------------------------------------------------

def _meeting(day: date, occasion: str = "") -> Meeting:
    items = [AgendaItem(1, "Tune Skole", sections=[Section("Beslutning", "Godkendt.")])]
    return Meeting(KTM, day, items, start_time="16:20", place="Mødelokale 1",
                   municipality="Greve", source=f"/x/{day}.json", occasion=occasion)


def _put(store: ItemStore, m: Meeting) -> None:
    store.put_meeting(meeting_key(m), m, f"sha-{m.date}", meeting_to_nodes(m, "sha"))


def test_the_occasion_is_stored_with_the_meeting_and_read_back(tmp_path: Path) -> None:
    store = ItemStore(tmp_path / k.ITEM_STORE_FILE)
    extra, ordinary = _meeting(date(2024, 3, 13), "ekstraordinært"), _meeting(date(2024, 3, 14))
    for m in (extra, ordinary, extra):  # (the same meeting again: replaced, not doubled)
        _put(store, m)
    found = list_meetings(store)
    assert [(m.date.day, m.occasion) for m in found] == [(13, "ekstraordinært"), (14, "")]
    assert [m.occasion for m in list_meetings(store, details=False)] == ["ekstraordinært", ""]
    rows = store._rows("SELECT * FROM occasions")  # noqa: SLF001
    assert len(rows) == 1


def test_only_the_meeting_node_of_an_occasion_carries_it() -> None:
    extra, ordinary = _meeting(date(2024, 3, 13), "ekstraordinært"), _meeting(date(2024, 3, 14))
    assert meeting_to_nodes(extra, "sha")[-1].metadata[k.OCCASION] == "ekstraordinært"
    assert "Ekstraordinært møde i Klima-" in meeting_text(extra)
    assert all(k.OCCASION not in n.metadata for n in meeting_to_nodes(ordinary, "sha"))
    assert "\nMøde i Klima-" in meeting_text(ordinary)  # (an ordinary meeting's as before)


def test_a_store_written_before_occasions_still_loads(tmp_path: Path) -> None:
    path = tmp_path / k.ITEM_STORE_FILE
    _put(ItemStore(path), _meeting(date(2024, 3, 13), "ekstraordinært"))
    with sqlite3.connect(path) as db:  # an index of the version before: no such table
        db.execute("DROP TABLE occasions")
    assert [m.occasion for m in list_meetings(ItemStore(path))] == [""]


# -- the meeting a question is about ---------------------------------------------------

def _info(committee: str, day: date, time: str, occasion: str = "",
          place: str = "Mødelokale 1") -> MeetingInfo:
    return MeetingInfo("Greve", committee, day, time, place, ["Hans-Jørgen Kirstein"], [],
                       [(1, "Tune Skole", False)], "referat", "", occasion=occasion)


ARCHIVE = [
    _info(KTM, date(2024, 3, 13), "16:20", "ekstraordinært"),
    _info(OEU, date(2024, 3, 13), "16:35", "ekstraordinært", "Byrådssalen"),
    _info(KTM, date(2024, 3, 14), "08:00", place="Rådhuset"),
    _info(OEU, date(2024, 11, 13), "16:15", "ekstraordinært"),
    _info(OEU, date(2024, 11, 20), "08:00"),
    _info(KTM, date(2024, 11, 21), "08:00"),
]


def _lookup(meetings: list[MeetingInfo]) -> SimpleNamespace:
    names = ArchiveNames(["Greve"], sorted({m.committee for m in meetings}))
    return SimpleNamespace(names=names, meetings_in=lambda f: list(meetings_within(
        meetings, f.date_from, f.date_to, tuple(f.committees), tuple(f.municipalities))))


@pytest.mark.parametrize("question, day, committees", [
    ("Hvornår og hvor holdt Klima-, Teknik- og Miljøudvalget sit ekstraordinære møde i "
     "marts 2024?", date(2024, 3, 13), [KTM]),
    ("Hvem deltog i Økonomiudvalgets ekstraordinære møde i november 2024?",
     date(2024, 11, 13), [OEU]),
    ("Hvor blev Økonomiudvalgets ekstraordinære møde holdt i marts 2024?",
     date(2024, 3, 13), [OEU]),
])
def test_scope_picks_the_meeting_of_the_occasion(question: str, day: date,
                                                 committees: list[str]) -> None:
    filters, note = scope(parse_question(question), None, _lookup(ARCHIVE))
    assert (filters.date_from, filters.date_to, filters.committees, note) == (
        day, day, committees, None)


def test_several_meetings_of_the_occasion_span_their_days_and_committees() -> None:
    filters, _ = scope(parse_question("Hvor blev det ekstraordinære møde holdt?"), None,
                       _lookup(ARCHIVE))
    assert (filters.date_from, filters.date_to, filters.committees) == (
        date(2024, 3, 13), date(2024, 11, 13), [KTM, OEU])


@pytest.mark.parametrize("question", [
    "Hvad blev drøftet på temamødet?",  # no theme meeting in the archive
    "Hvor holdt Klima-, Teknik- og Miljøudvalget sit ekstraordinære møde i november 2024?",
    "Hvor blev mødet holdt i marts 2024?",  # no occasion named
])
def test_without_such_a_meeting_the_scope_is_as_before(question: str) -> None:
    q = parse_question(question)
    before = scope(parse_question(question), None, _lookup(
        [SimpleNamespace(**{**vars(m), "occasion": ""}) for m in ARCHIVE]))  # type: ignore
    assert scope(q, None, _lookup(ARCHIVE)) == before


def _context(question: str, meetings: list[MeetingInfo]) -> Context:
    by_ref = {m.ref: m for m in meetings}
    retrieved = [RetrievedItem(m.ref, "", False, 1.0) for m in meetings]
    lookup = SimpleNamespace(meeting=lambda ref: by_ref.get(ref.meeting),
                             item=lambda ref: ItemView(ref, ref.punkt, "Tune Skole", False, None),
                             municipalities=["Greve"], idf={}, default_idf=1.0,
                             meetings_in=lambda f: meetings)
    return Context(question, parse_question(question), retrieved, lookup,  # type: ignore[arg-type]
                   lambda i: 0.9, 0.6)


def test_the_meeting_answer_names_the_occasion_and_prefers_its_meeting() -> None:
    # two meetings of the committee, the ordinary one retrieved first
    ordinary = _info(KTM, date(2024, 3, 13), "08:00", place="Rådhuset")
    extra = _info(KTM, date(2024, 3, 13), "16:20", "ekstraordinært")
    answer = compose_meeting(_context("Hvor blev det ekstraordinære møde holdt?",
                                      [ordinary, extra]))
    assert answer.text.startswith(
        "Det ekstraordinære møde i Klima-, Teknik- og Miljøudvalget den 13. marts 2024 blev "
        "holdt: Mødelokale 1.")
    assert answer.citations[0].ref == extra.ref
    plain = compose_meeting(_context("Hvor blev mødet holdt?", [ordinary, extra]))
    assert plain.text.startswith("Mødet i Klima-, Teknik- og Miljøudvalget den 13. marts "
                                 "2024 blev holdt: Rådhuset.")


def test_occasion_first_keeps_the_order_without_an_occasion() -> None:
    a, b = _info(KTM, date(2024, 3, 14), "08:00"), _info(KTM, date(2024, 3, 13), "16:20",
                                                         "temamøde")
    items = [RetrievedItem(m.ref, "", False, 1.0) for m in (a, b)]
    lookup = SimpleNamespace(meeting=lambda ref: {a.ref: a, b.ref: b}[ref.meeting])
    assert occasion_first("Hvor var mødet?", items, lookup) == items
    assert occasion_first("Hvor var temamødet?", items, lookup) == items[::-1]
    assert ItemRef("Greve", KTM, date(2024, 3, 13), "16:20") == b.ref
    assert Filters() == Filters()


def test_the_matter_a_meeting_is_told_by_names_no_one_asked_about() -> None:
    extra = _info(OEU, date(2024, 11, 13), "16:15", "ekstraordinært")
    extra.agenda = [(2, "Modernisering af Køge Bugt Strandpark", False)]
    ctx = _context("Hvem deltog i Økonomiudvalgets ekstraordinære møde i november 2024 om "
                   "Køge Bugt Strandpark?", [extra])
    ctx.lookup.item = lambda ref: ItemView(ref, 2, "Modernisering af Køge Bugt Strandpark",
                                           False, None, [("Sagsfremstilling", "Køge Bugt "
                                                          "Strandpark skal moderniseres.")])
    answer = compose_meeting(ctx)
    assert answer.text.startswith("Deltagere i det ekstraordinære møde i Økonomiudvalget den "
                                  "13. november 2024:\n- Hans-Jørgen Kirstein"), answer.text
