"""Answer classes found in the nineteenth session on the dev halves of earlier blind
batches and fresh ones (bt, bu: the seeds; pf: Greve and the formats examples): a year
that names the report a figure is asked from, the words that name the paper a figure
is asked in, and a party's name typed with a slip."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from rag.catalog import MeetingInfo
from rag.compose.archive import asks_archive, compose_archive
from rag.compose.fact import compose_fact
from rag.compose.missing_meeting import missing_meeting
from rag.meeting_intent import MEETINGS_ASKED
from rag.names import ArchiveNames
from rag.overview import asks_trend
from rag.parties import asked_party
from rag.query import parse_question
from rag.scope import MEETING_ITSELF, scope
from referat.danish import sentences
from referat.lexicon import expand_abbreviations
from referat.periods import MEETING_BEFORE, find_period
from referat.word_typos import respell_parties

_STATUS = "Status på arbejdsgiverens sociale ansvar"


def _others(archive: Any, day: date, titles: tuple[str, ...], text: str) -> None:
    """Other items of the day, numbered from 1, that share `text`: an archive in which
    the asked item's own words are rare and the shared ones are not."""
    for punkt, title in enumerate(titles, start=1):
        archive.add(day, punkt, title, {"Sagsfremstilling": text})


def test_the_year_of_a_status_is_the_reports_not_its_figures(
        archive: Any, context: Any) -> None:
    """"… hvor mange borgere ifølge statussen i 2025?": the status put before the
    committee in 2025 reports on 2024; its sentence on 1 August – 31 December 2024
    answers, not a bare list line that names no period."""
    assert MEETING_BEFORE.search("hvor mange borgere ifølge statussen i ")
    assert MEETING_BEFORE.search("i opgørelserne fra ")
    assert not MEETING_BEFORE.search("hvor mange borgere var i løntilskud i ")
    item = archive.add(date(2025, 3, 18), 5, _STATUS, {"Sagsfremstilling": (
        "I perioden den 1. august 2024 til den 31. december 2024 har der været 130 borgere "
        "i løntilskud i private virksomheder ud over det oplyste tal i opgørelsen.\n"
        "- Løntilskud (30)\n- Virksomhedspraktik (44)")})
    answer = compose_fact(context("Hvor mange borgere var i løntilskud i private "
                                  "virksomheder ifølge statussen i 2025?", [item]))
    assert "130 borgere" in answer.text and not answer.declined


def test_the_words_naming_the_paper_pick_no_sentence(archive: Any, context: Any) -> None:
    """"Seniorjob – hvordan har tallet ændret sig i statusserne om arbejdsgiverens
    sociale ansvar?": every sentence of the status is about the employer's social
    responsibility; the one with "Seniorjob (9)" answers, not the one repeating the
    paper's name."""
    # (an archive of other statuses: "seniorjob" is rare, "status" and "ansvar" are not)
    _others(archive, date(2023, 2, 7), (
        "Status på IPS-indsatsen", "Socialt ansvar i udbud", "Status på nøgletal",
        "Status på jobcentret", "Status på rygestop", "Status på ledigheden"),
        "Der gives en status på kommunens sociale ansvar og arbejdsgiverens opgaver.")
    item = archive.add(date(2023, 2, 7), 10, _STATUS, {"Sagsfremstilling": (
        "Der udarbejdes en status for Ballerup Kommunes sociale ansvar som arbejdsgiver to "
        "gange årligt til udvalget samt en gang årligt til Økonomiudvalget.\n"
        "- Fleksjob (70)\n- Seniorjob (9)\n- Løntilskud (20)")})
    answer = compose_fact(context("Seniorjob i kommunen – hvordan har tallet ændret sig i "
                                  "statusserne om arbejdsgiverens sociale ansvar?", [item]))
    assert "Seniorjob (9)" in answer.text
    assert "to gange årligt" not in answer.text


def test_a_party_typed_with_a_slip_still_names_its_members() -> None:
    """"Var der socialdemokarter, der ikke dukkede op …?" asks about (A)'s members; a
    word that is no party's stays as typed."""
    fixed = respell_parties("Hvilke socialdemokarter dukkede ikke op til mødet?")
    assert "socialdemokrater" in fixed
    assert asked_party(fixed) == "A"
    assert asked_party("Var der nogen V'ere i udvalget ved mødet 9/6-2015?") == "V"
    assert respell_parties("Konservatisme og kommunikation") == (
        "Konservatisme og kommunikation")


class _Store:
    """The item store's case histories, as `missing_meeting` reads them."""

    def __init__(self, rows: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
        self.rows = rows

    def treated_items(self, first: date, last: date, municipalities: Any = None) -> Any:
        return [(row, [t for t in treated if first.isoformat() <= t["date"] <= last.isoformat()])
                for row, treated in self.rows]


def _row(punkt: int, title: str) -> dict[str, Any]:
    return {"municipality": "Ballerup", "committee": "EBU", "date": "2024-02-06",
            "time": "08:00", "punkt": punkt, "label": "", "title": title, "closed": 0,
            "journal_number": None, "sections": [], "doc_type": "referat"}


def test_a_missing_meeting_is_told_by_the_histories_that_name_it(
        archive: Any, context: Any) -> None:
    """"Der skulle have været udvalgsmøde 16. januar 2024 – hvad skete der med det?":
    the archive has no minutes of that day, but the items of the next meeting say in
    their case history what happened ("Udsættes. Mødet aflyst, …"): told once, each
    item it concerned cited."""
    cancelled = {"committee": "EBU", "date": "2024-01-16", "ref_punkt": None,
                 "text": "Udsættes.\nMødet aflyst, da udvalget ikke er beslutningsdygtigt."}
    archive.store = _Store([(_row(2, "Forenkling af politikker"), [cancelled]),
                            (_row(6, "Energitjek"), [cancelled])])
    item = archive.add(date(2024, 2, 6), 2, "Forenkling af politikker", {"Beslutning": "Ja"})
    asked = "Der skulle have været udvalgsmøde 16. januar 2024 – hvad skete der med det?"
    ctx = context(asked, [item])
    ctx.q.unreported = "Der er intet møde den 16. januar 2024 i de indlæste referater."
    answer = missing_meeting(ctx, bool(MEETING_ITSELF.search(asked)))
    assert answer is not None and not answer.declined
    assert answer.text.count("Mødet aflyst, da udvalget ikke er beslutningsdygtigt") == 1
    assert [c.ref.punkt for c in answer.citations] == [2, 6]
    # a matter treated that day is no question about the meeting itself
    assert not MEETING_ITSELF.search("Hvad besluttede udvalget 16. januar 2024 om energitjek?")


def test_a_figure_that_restates_the_one_before_is_on_its_topic(
        archive: Any, context: Any) -> None:
    """"Hvor mange flere blev meldt ledige i hele landet …?": "Det er en stigning på
    47.907 borgere …" names no topic word; the sentence before it does."""
    item = archive.add(date(2020, 9, 8), 4, "Udvikling på arbejdsmarkedet under COVID-19", {
        "Sagsfremstilling": (
            "Ifølge en status udgør antallet nytilmeldte ledige i hele landet fra den 9. marts "
            "til den 23. august 2020 223.409 borgere. Det er en stigning på 47.907 borgere "
            "sammenlignet med samme periode i 2019. Kommunen følger udviklingen tæt.")})
    answer = compose_fact(context("Hvor mange flere blev meldt ledige i hele landet i "
                                  "corona-perioden end samme tid i 2019?", [item]))
    assert "47.907" in answer.text and not answer.declined


def test_a_programmes_lines_are_not_joined() -> None:
    """"kl. 19:30: Opsamling … v/ Centerchef Martin …" and the paragraph after it are two
    units, so a who-question quotes the programme line it asks about alone."""
    units = sentences("Program\nkl. 17:20: Foredrag v/ Anne Glad med efterfølgende debat.\n"
                      "kl. 19:30: Opsamling på dagen og tak for i aften v/ Centerchef Martin "
                      "Nordentoft Rasmussen\nAdministrationen er i dialog med Danske Patienter.")
    assert "kl. 19:30: Opsamling på dagen og tak for i aften v/ Centerchef Martin " \
           "Nordentoft Rasmussen" in units
    assert "Administrationen er i dialog med Danske Patienter." in units
    assert asks_trend("hvor mange har kommunen haft i virksomhedspraktik fra 2015 og frem "
                      "til nu?")


def test_a_middle_initial_ends_no_sentence() -> None:
    """"Charlotte Levin (S), John T. Olsen (S) og Liselott Blixt (UP) undlod at tage
    stilling." is one sentence, so a who-answer quotes every name; "Bilag B." still ends
    one."""
    assert sentences("Charlotte Levin (S), John T. Olsen (S) og Liselott Blixt (UP) undlod "
                     "at tage stilling. Sagen blev godkendt.") == [
        "Charlotte Levin (S), John T. Olsen (S) og Liselott Blixt (UP) undlod at tage "
        "stilling.", "Sagen blev godkendt."]
    assert sentences("Der henvises til Bilag B. Det blev godkendt.") == [
        "Der henvises til Bilag B.", "Det blev godkendt."]


def test_which_bodies_met_and_how_many_meetings_are_the_catalogues() -> None:
    """"Hvilke udvalg i Greve holdt møde mandag den 8. januar 2024?" and "Hvor mange
    ekstraordinære møder holdt ØU i 2024?" are answered from the meetings held, and a
    chat's "igang" is "i gang"."""
    assert asks_archive("Hvilke udvalg i Greve holdt møde mandag den 8. januar 2024?")
    assert asks_archive("Hvor mange ekstraordinære møder holdt ØU i Greve i 2024?")
    assert not asks_archive("Hvilke udvalg behandlede sagen om madservice?")
    assert expand_abbreviations("hvornår gik det igang?") == "hvornår gik det i gang?"


def test_a_programme_line_names_who_does_what_is_asked(archive: Any, context: Any) -> None:
    """"Hvem skulle holde foredrag på ældreudvalgets dialogmøde med de frivillige
    foreninger?": the programme's "kl. 17:20: Foredrag v/ Anne Glad", not a sentence
    that only names the event and its guests."""
    _others(archive, date(2024, 6, 3), (
        "Frivillighedspris", "Tilskud til foreninger", "Frivillige i plejecentre"),
        "De frivillige foreninger får tilskud efter retningslinjerne.")
    item = archive.add(date(2024, 6, 3), 7, "Dialogmøde 2024 - planlægning", {
        "Sagsfremstilling": (
            "Sagen handler om planlægning af Dialogmøde 2024 mellem Sundheds- og "
            "Omsorgsudvalget og de frivillige foreninger i Greve Kommune.\n"
            "Program for Dialogmøde\n"
            "kl. 16:00: Velkomst v/ viceborgmester Liselott Blixt\n"
            "kl. 17:20: Foredrag v/ Anne Glad (tv-personlighed) med efterfølgende debat.\n"
            "kl. 18:50: Middag og musik")})
    answer = compose_fact(context("Hvem skulle holde foredrag på ældreudvalgets dialogmøde "
                                  "med de frivillige foreninger i oktober 2024?", [item]))
    assert "Foredrag v/ Anne Glad" in answer.text


def test_a_persons_title_across_meetings_is_their_record() -> None:
    """"Er Jannik Plum Nielsen centerchef eller direktør? Han står forskelligt i
    deltagerlisterne fra 2023 og frem" and "… hvad var hans rolle på møderne?" ask every
    list that names him since 2023 (each with the title then), not one meeting."""
    q = parse_question("Er Jannik Plum Nielsen centerchef eller direktør? Han står vist "
                       "forskelligt i deltagerlisterne fra 2023 og frem")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")
    assert MEETINGS_ASKED.search(q.text)
    period = find_period("deltagerlisterne fra 2023 og frem")
    assert period is not None and (period.kind, period.year, period.end_year) == (
        "range", 2023, date.today().year)
    q = parse_question("Jannik Plum Nielsen – hvad var hans rolle på møderne?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_the_bodies_that_met_on_a_day_are_listed_with_time_and_place(
        archive: Any, context: Any) -> None:
    """"Hvilke udvalg i Greve holdt møde onsdag d. 17. april 2024, og hvornår på dagen?":
    every body that met that day, each with its start and its room."""
    day = date(2024, 4, 17)
    for committee, start, place in (("Byrådet", "19:00", "Byrådssalen"),
                                    ("Økonomiudvalget", "15:15", "Biblioteket")):
        archive.add_meeting(MeetingInfo("Greve", committee, day, start, place, [], [], [],
                                        "referat", "x.json"))
    archive.add_meeting(MeetingInfo("Greve", "Byrådet", date(2024, 5, 8), "19:00",
                                    "Byrådssalen", [], [], [], "referat", "y.json"))
    ctx = context("Hvilke udvalg i Greve holdt møde onsdag d. 17. april 2024?", [])
    answer = compose_archive(ctx)
    assert "Økonomiudvalget (Greve): 1 møde: 17. april 2024 kl. 15:15 (Biblioteket)" in answer.text
    assert "Byrådet (Greve): 1 møde: 17. april 2024 kl. 19:00 (Byrådssalen)" in answer.text
    assert "8. maj" not in answer.text


def test_the_first_meeting_of_a_year_after_the_archive_is_asked_of_its_calendar() -> None:
    """"hvornår har kulturudvalget sit første møde i 2025?" and the archive ends in 2024:
    the meeting calendar decided in 2024 is searched, not the archive's first meeting
    (2012) taken for "the first"."""
    held = [SimpleNamespace(date=date(2012, 3, 6)), SimpleNamespace(date=date(2024, 8, 14))]
    lookup = SimpleNamespace(
        names=ArchiveNames(["Greve"], ["Kultur- og Fritidsudvalget"]),
        meetings_in=lambda f: [m for m in held if not f.date_from or (
            f.date_from <= m.date <= (f.date_to or f.date_from))],
        vocabulary={"mødekalend"})
    q = parse_question("hvornår har kulturudvalget sit første møde i 2025?")
    filters, note = scope(q, None, lookup)
    assert note is None and filters.date_from is None
    assert "mødekalender 2025" in q.search_text
