"""Failure classes of the twenty-sixth session: a closed item named word for word by
the question loses to open items mentioning its words; a figure's date is no meeting's;
one committee's meetings counted and listed; a period's closed items and a party's or a
person's own votes; how often a matter was on the agenda. In memory; no model, no
Chroma."""

from __future__ import annotations

from datetime import date

from rag.compose.closed import closed_item

from .item_context import item_context, meeting_info

DAY = date(2024, 11, 21)


def _closed_ctx(question: str, agenda: list[tuple[int, str, bool]]):  # noqa: ANN202
    """Two open items that mention the question's words in their text, and the meeting's
    agenda with the closed item only as a title."""
    ctx = item_context(question, [(22, "Orientering fra formanden", DAY),
                                  (8, "Anlægsportefølje", DAY)],
                       {8: [("Beslutning", "Administrationen skal rette henvendelse til KIF.")]})
    info = meeting_info(DAY, [], [], agenda=agenda)
    ctx.lookup.meeting = lambda ref: info
    return ctx


def test_a_closed_item_whose_whole_title_is_asked_is_the_answer() -> None:
    agenda = [(8, "Anlægsportefølje", False), (21, "Henvendelser til formanden", True),
              (22, "Orientering fra formanden", False)]
    found = closed_item(_closed_ctx("Havde formanden fået henvendelser op til mødet?", agenda))
    assert found is not None and found.punkt == 21 and found.closed
    # a question naming only part of the title is not about the closed item
    assert closed_item(_closed_ctx("Hvad fortalte formanden på mødet?", agenda)) is None
    # a one-word closed title is not matched by one word of the question alone
    assert closed_item(_closed_ctx("Hvad sagde formanden om ejendomssagen?",
                                   [(21, "Ejendomssag", True)])) is None


def test_a_figure_dated_to_a_day_the_minutes_write_names_no_meeting() -> None:
    """"dagpengemodtagere 26. august 2020 antal": the minutes write "Pr. den 26. august
    2020 er der 1.035 …" — the count's date, not a missing meeting's."""
    from types import SimpleNamespace

    from rag.period_scope import data_day
    from rag.query import parse_question

    written = {"Pr. den 26. august 2020", "pr. den 26. august 2020"}
    store = SimpleNamespace(mentions=lambda text, municipalities: text in written)
    lookup = SimpleNamespace(store=store)
    q = parse_question("hvor mange dagpengemodtagere var der den 26. august 2020?")
    assert data_day(q, lookup, ["Ballerup"])
    # a day the minutes never write is a meeting's day still
    q = parse_question("hvor mange dagpengemodtagere var der den 27. august 2020?")
    assert not data_day(q, lookup, ["Ballerup"])


def test_one_committees_meetings_are_listed_with_start_room_and_kind() -> None:
    """"Hvor mange gange mødtes teknikudvalget i 2024?" is the archive's count, each
    meeting on its own line with its start, room and whether it was extraordinary."""
    from rag.compose.archive import asks_archive, compose_archive

    assert asks_archive("Hvor mange gange mødtes teknikudvalget i 2024?")
    assert asks_archive("hvilke byrådsmøder i 2024 begyndte på et andet tidspunkt?")
    assert not asks_archive("Hvor mange gange blev lokalplanen sendt i høring?")
    days = [date(2024, 1, 15), date(2024, 3, 13), date(2024, 4, 25)]
    held = [meeting_info(d, [], [], place="Mødelokale 1",
                         occasion="ekstraordinært" if d.month == 3 else "") for d in days]
    ctx = item_context("Hvor mange møder holdt udvalget i 2024?", [], {})
    ctx.lookup.meetings_in = lambda filters: held
    text = compose_archive(ctx, ["EBU"]).text
    assert "EBU (Ballerup): 3 møder:" in text
    assert "13. marts 2024 kl. 08:00 (Mødelokale 1) – ekstraordinært møde" in text
    assert "25. april 2024 kl. 08:00 (Mødelokale 1)\n" in text + "\n"


def _voted_ctx(question: str):  # noqa: ANN202
    """A council meeting of three items, one closed, whose decisions record F's and Ø's
    votes; the lookup answers for every meeting and item."""
    from rag.catalog import ItemView, agenda_ref

    day = date(2024, 6, 26)
    agenda = [(16, "Huslejestigning", False), (24, "Kystbeskyttelse", False),
              (45, "Leverandør til danskundervisning", True)]
    info = meeting_info(day, [], [], agenda=agenda)
    decided = {16: "Godkendt. F undlod at stemme.", 24: "Godkendt. Ø undlod at stemme.",
               45: "Godkendt. Ø stemmer imod. F undlader at stemme."}
    views = {agenda_ref(info, n): ItemView(agenda_ref(info, n), n, t, c, None,
                                           [("Beslutning", decided[n])])
             for n, t, c in agenda}
    ctx = item_context(question, [(16, "Huslejestigning", day)], {})
    ctx.lookup.meetings_in = lambda filters: [info]
    ctx.lookup.meeting = lambda ref: info
    ctx.lookup.item = views.get
    return ctx


def test_a_partys_votes_are_its_own_lines_closed_items_included() -> None:
    """"I hvilke sager undlod F at stemme …?" lists F's abstentions (not Ø's), also in a
    closed item, whose decision is published."""
    from rag.compose.votes_held import compose_votes_held

    text = compose_votes_held(_voted_ctx("I hvilke sager undlod F at stemme i juni 2024?")).text
    assert "punkt 16" in text and "punkt 45" in text
    assert "punkt 24" not in text


def test_a_partys_votes_in_closed_items_are_listed_with_their_decisions() -> None:
    from rag.compose.closed_items import closed_items

    ctx = _voted_ctx("I hvilke lukkede sager stemte Ø imod i 2024?")
    text = closed_items(ctx, ctx.lookup.meeting(None)).text
    assert "punkt 45: Leverandør til danskundervisning" in text
    assert "»Godkendt. Ø stemmer imod. F undlader at stemme.«" in text
    ctx = _voted_ctx("I hvilke lukkede sager stemte F imod i 2024?")  # (F abstained)
    assert "punkt 45" not in closed_items(ctx, ctx.lookup.meeting(None)).text


def test_how_often_a_matter_was_on_the_agenda_lists_each_time() -> None:
    """"Hvor mange gange var sagen (sagsnr. 22-0129) på dagsordenen i 2024?" counts the
    items of that case number across the year's meetings, each with its decision; asked
    by a word of the title, the items whose title holds it."""
    from rag.catalog import ItemView, agenda_ref
    from rag.compose.multi import split_parts
    from rag.compose.times_treated import compose_times_treated

    days = [date(2024, 1, 29), date(2024, 3, 13), date(2024, 6, 26)]
    agendas = {days[0]: [(15, "Lindeskolen, pavilloner", False), (16, "Budget", False)],
               days[1]: [(9, "Initiativretsforslag om cykelstier", False)],
               days[2]: [(17, "Lindeskolen, legeplads", False)]}
    infos = [meeting_info(d, [], [], agenda=agendas[d]) for d in days]
    case = {15: "22-0129", 17: "22-0129", 16: "24-0001", 9: "24-0002"}
    views = {agenda_ref(m, n): ItemView(agenda_ref(m, n), n, t, c, case[n],
                                        [("Beslutning", f"Godkendt ({t}).")])
             for m in infos for n, t, c in m.agenda}

    def ask(question: str) -> str:
        ctx = item_context(question, [(16, "Budget", days[0])], {})
        ctx.lookup.meetings_in = lambda filters: infos
        ctx.lookup.meeting = lambda ref: next(m for m in infos if m.date == ref.date)
        ctx.lookup.item = views.get
        answer = compose_times_treated(ctx)
        return answer.text if answer else ""

    text = ask("Hvor mange gange var sagen (sagsnr. 22-0129) på dagsordenen i 2024?")
    assert text.startswith("2 gange") and "punkt 15" in text and "punkt 17" in text
    assert "»Godkendt (Lindeskolen, legeplads).«" in text
    text = ask("Hvor mange initiativretsforslag blev der behandlet i 2024?")
    assert text.startswith("1 gang") and "punkt 9: Initiativretsforslag" in text
    # "… og hvad drejede det sig om hver gang?" is answered by the list, not asked again
    assert len(split_parts("Hvor mange gange var skolen på dagsordenen i 2024, og hvad "
                           "drejede det sig om hver gang?")) == 1
