"""Round 226's layouts (round 226's blind files): one file holding several meetings. A
"Samlede referater" print of a year's minutes bound one after another behind a cover,
each with its own cover head and a page counter that starts again, the running header
above its items naming its day; the minutes followed by the next meeting's agenda, its
footer naming another kind and month; a markdown archive of a council's meetings, newest
first, each "# Referat af møde <day>" with a "### Dagsorden" list over its items and a
"Suppleant:" in its head; and a web page of a year's meetings, each under its day's
heading and a badge ("Referat", "Dagsorden", "Aflyst"), one of them cancelled. Every
text is written by the tests (other towns, bodies, names and words than the blind
files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile


def _pages(pages: list[list[str]]) -> str:
    return "\n\f\n".join("\n".join(page) for page in pages) + "\n"


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


# --- "Samlede referater": each meeting's own cover head, its counter from 1 again -------


def _minutes(day: str, long_day: str, place: str, away: str, items: list[str]) -> list[list[str]]:
    run = ["Kolding Kommune", f"Kulturudvalget - Referat - {day}",
           f"Referat fra Kulturudvalgets møde {day}"]
    body: list[str] = []
    for n, (title, decision) in enumerate(zip(items[::2], items[1::2], strict=True), 1):
        body += [f"{n}. {title}", f"Sagsnr.: 20/{400 + n}", "Beslutning", decision,
                 f"Fraværende: {away}"]
    return [[*run, "Side 1 af 2", "Referat", "Kulturudvalget", "Mødedato", long_day,
             "Mødetidspunkt", "Kl. 17.00 - 19.00", "Mødested", place, "Medlemmer",
             "Ane Dyhr (A), formand", "Ulrik Fog (V)", "Bodil Kjær (F)", "Afbud", away,
             "Indholdsfortegnelse", *items[::2]],
            [*run, "Side 2 af 2", *body]]


def _collection() -> str:
    cover = ["Kolding Kommune", "Samlede referater 2020", "Kulturudvalget", "Indhold",
             "Referat af mødet 4. februar 2020", "side 2",
             "Referat af mødet 5. maj 2020", "side 4"]
    return _pages([cover,
                   *_minutes("04.02.2020", "Tirsdag den 4. februar 2020", "Byrådssalen",
                             "Ulrik Fog (V)", ["Godkendelse af dagsorden", "Godkendt.",
                                               "Eventuelt", "Intet."]),
                   *_minutes("05.05.2020", "Tirsdag den 5. maj 2020", "Kolding Bibliotek",
                             "Bodil Kjær (F)", ["Godkendelse af dagsorden", "Godkendt.",
                                                "Musikskolens takster", "Anbefales."])])


def test_each_meeting_of_a_collection_starts_at_its_own_cover_head(read_file: ReadFile) -> None:
    """Behind a "Samlede referater" cover, the second meeting's cover page ("Side 1 af 2"
    again) holds its head; the page of items below it repeats the running header, which
    names its day. The meeting starts at its cover page: its place, hours and members
    are its own, and the first meeting's last decision ends before it (before: the cut
    fell at the running header over the items, the cover head was the last decision's
    text and the second meeting had no place, no time and one participant)."""
    first, second = read_file("kolding-kultur-2020.txt", _collection())
    assert (first.date, second.date) == (date(2020, 2, 4), date(2020, 5, 5))
    assert second.place == "Kolding Bibliotek" and second.start_time == "17:00"
    assert _people(second)["Bodil Kjær (F)"][0] == "afbud"
    assert _people(second)["Ulrik Fog (V)"][0] == "deltog"
    assert len(second.participants) == 3
    assert first.item(2).decision == "Intet."
    assert [i.title for i in second.items] == ["Godkendelse af dagsorden",
                                               "Musikskolens takster"]


# --- the minutes, then the next meeting's agenda with a footer of its own --------------


def _bound() -> str:
    def head(kind: str, day: str) -> str:
        return f"Fanø Kommune          Teknisk Udvalg          {kind} {day}"

    def foot(kind: str, day: str, n: int) -> str:
        return f"{kind} - Teknisk Udvalg - {day}                      Side {n} af 2"

    def cover(kind: str, long_day: str) -> list[str]:
        return ["      FANØ KOMMUNE", f"      {kind.upper()}", "      Teknisk Udvalg", "",
                f"  Mødedato:   {long_day}", "  Mødetid:    Kl. 16.00",
                "  Mødested:   Rådhuset, Nordby", "  Medlemmer:  Jes Brink (V), formand",
                "              Lone Holt (A)", "              Kim Ravn (C)",
                *(["  Afbud:      Kim Ravn (C)"] if kind == "Referat" else []), "",
                "  INDHOLDSFORTEGNELSE", "  Punkt 1.  Godkendelse af dagsorden ........ 2",
                "  Punkt 2.  Havnens takster 2022 ............ 2"]

    def item(n: int, title: str, body: list[str]) -> list[str]:
        return [f"Punkt {n}.  {title}", "=" * len(f"Punkt {n}.  {title}"),
                f"Sagsnr.: 21/{80 + n}", "", *body, ""]

    return _pages([
        [head("Referat", "03.05.2021"), "-" * 60, *cover("Referat", "Mandag den 3. maj 2021"),
         "", foot("Referat", "3. maj 2021", 1)],
        [head("Referat", "03.05.2021"), "-" * 60, "",
         *item(1, "Godkendelse af dagsorden", ["Beslutning", "", "    Godkendt.", "",
                                               "    Fraværende: Kim Ravn"]),
         *item(2, "Havnens takster 2022", ["Beslutning", "", "    Anbefales.", "",
                                           "    Fraværende: Kim Ravn"]),
         "    Dagsorden til udvalgets næste møde følger nedenfor.", "",
         foot("Referat", "3. maj 2021", 2)],
        [head("Dagsorden", "07.06.2021"), "-" * 60, *cover("Dagsorden", "Mandag den 7. juni 2021"),
         "", foot("Dagsorden", "7. juni 2021", 1)],
        [head("Dagsorden", "07.06.2021"), "-" * 60, "",
         *item(1, "Godkendelse af dagsorden", ["Indstilling", "",
                                               "    Det indstilles, at dagsordenen godkendes."]),
         *item(2, "Havnens takster 2022", ["Sagsfremstilling", "",
                                           "    Taksterne stiger med 2 pct."]),
         foot("Dagsorden", "7. juni 2021", 2)],
    ])


def test_the_next_meetings_agenda_bound_behind_the_minutes_is_read(read_file: ReadFile) -> None:
    """"Referat - … - 3. maj 2021  Side 2 af 2", then a page "Dagsorden - … - 7. juni 2021
    Side 1 af 2": a second document the same system printed (its counter's line alike
    but for the kind and the month), read as the agenda it is, its members called and
    none absent; and the minutes' page foot over their first item's page is the page's
    furniture, no meeting of its own (before: the agenda was cut off as appended files,
    and the cover and contents list were read as a meeting of their own)."""
    minutes, agenda = read_file("fanoe-tu.txt", _bound())
    assert (minutes.date, minutes.doc_type) == (date(2021, 5, 3), "referat")
    assert (agenda.date, agenda.doc_type) == (date(2021, 6, 7), "dagsorden")
    assert [i.title for i in minutes.items] == ["Godkendelse af dagsorden",
                                                "Havnens takster 2022"]
    assert _people(minutes)["Kim Ravn (C)"][0] == "afbud"
    assert {s for s, _ in _people(agenda).values()} == {"indkaldt"}
    assert [i.number for i in agenda.items] == [1, 2] and not any(
        i.decision for i in agenda.items)


# --- a markdown archive, newest first ------------------------------------------------


def _archive(older: bool = True) -> str:
    def meeting(day: str, place: str, extra: list[str], titles: list[str]) -> list[str]:
        items = [line for n, t in enumerate(titles, 1)
                 for line in (f"## {n}. {t}", "", "**Beslutning:** Godkendt.", "")]
        return [f"# Referat af møde {day}", "",
                f"**Tid:** Onsdag den {day} kl. 10.00-12.00", f"**Sted:** {place}", "",
                "**Til stede:** Karen Lind (formand), Jonas Dam, Ellen Hvid", *extra, "",
                "### Dagsorden", "", *(f"{n}. {t}" for n, t in enumerate(titles, 1)), "",
                *items]
    return "\n".join([
        "---", 'title: "Referater 2023"', "---", "", "**Handicaprådet i Skive Kommune**", "",
        "Her finder du rådets referater. Det nyeste står øverst.", "",
        *meeting("4. oktober 2023", "Skive Rådhus",
                 ["**Suppleant:** Poul Beck (for Bent Kirk)", "**Afbud:** Bent Kirk"],
                 ["Godkendelse af dagsorden", "Tilgængelighed i svømmehallen"]),
        *(["---", "", *meeting("3. maj 2023", "Jobcentret, Skive", ["**Afbud:** Ingen"],
                               ["Godkendelse af dagsorden", "Budget 2024"])] if older else []),
    ]) + "\n"


def test_a_markdown_archive_holds_a_meeting_under_each_heading(read_file: ReadFile) -> None:
    """Each "# Referat af møde <day>" over its labels and a "### Dagsorden" list whose
    first line is the item 1 read above: a meeting of its own, its items numbered from 1
    again and none of the next meeting's in it (before: one meeting, whose last item held
    the later meetings' heads and items)."""
    newest, older = read_file("skive-handicapraad.md", _archive())
    assert (newest.date, older.date) == (date(2023, 10, 4), date(2023, 5, 3))
    assert older.place == "Jobcentret, Skive"
    assert [i.title for i in newest.items] == ["Godkendelse af dagsorden",
                                               "Tilgængelighed i svømmehallen"]
    assert [i.title for i in older.items] == ["Godkendelse af dagsorden", "Budget 2024"]
    assert "Budget 2024" not in "\n".join(s.text for i in newest.items for s in i.sections)


def test_a_heading_naming_only_the_meeting_takes_the_body_from_the_head(
        read_file: ReadFile) -> None:
    """"# Referat af møde 4. oktober 2023" names no body ("Af møde" is none): the body is
    the archive's own name line, "**Handicaprådet i Skive Kommune**", for each meeting."""
    meetings = read_file("skive-handicapraad.md", _archive())
    assert [m.committee for m in meetings] == ["Handicaprådet", "Handicaprådet"]


def test_a_suppleant_label_names_the_substitute_and_whom_they_stood_in_for(
        read_file: ReadFile) -> None:
    """"**Suppleant:** Poul Beck (for Bent Kirk)": the council's substitute took part,
    standing in for the member who sent apologies (before: not read at all)."""
    (newest,) = read_file("skive-handicapraad.md", _archive(older=False))
    people = _people(newest)
    assert people["Poul Beck"] == ("deltog", "stedfortræder for Bent Kirk")
    assert people["Bent Kirk"][0] == "afbud"


# --- a web page of a year's meetings, one of them cancelled --------------------------


def _year_page() -> str:
    def item(n: int, title: str, body: str) -> str:
        return (f'<details class="punkt"><summary>{n}. {title}</summary>'
                f"<p>Sagsnr.: 23/{500 + n}</p>{body}</details>")

    def meeting(day: str, badge: str, facts: str, items: str) -> str:
        return (f'<details class="moede"><summary><h2>{day}</h2>'
                f'<span class="badge">{badge}</span></summary>{facts}{items}</details>')

    decided = "<h4>Beslutning</h4><p>{}</p>"
    facts = ("<dl><dt>Tidspunkt:</dt><dd>Kl. 16.00 - 18.00</dd><dt>Sted:</dt>"
             "<dd>{}</dd><dt>Deltagere:</dt><dd>Rikke Mose (A), formand<br>"
             "Claus Bak (V)<br>Tove Friis (O)</dd><dt>Afbud:</dt><dd>{}</dd></dl>")
    return ("<!DOCTYPE html><html lang='da'><head><title>Møder 2023 - Odsherred Kommune"
            "</title></head><body><main><h1>Social- og Sundhedsudvalget</h1>"
            + meeting("Mandag 6. februar 2023", "Referat", facts.format("Rådhuset, Nykøbing",
                                                                        "Ingen"),
                      item(1, "Godkendelse af dagsorden", decided.format("Godkendt."))
                      + item(2, "Meddelelser", decided.format("Taget til efterretning.")))
            + meeting("Mandag 6. marts 2023", "Aflyst",
                      "<p>Mødet er aflyst.</p><p>Sagerne behandles på mødet den 3. april "
                      "2023.</p>", "")
            + meeting("Mandag 3. april 2023", "Referat", facts.format("Asnæs Bibliotek",
                                                                      "Tove Friis (O)"),
                      item(1, "Godkendelse af dagsorden", decided.format("Godkendt."))
                      + item(2, "Plejeboliger i Vig", decided.format("Anbefales.")))
            + meeting("Mandag 8. maj 2023", "Dagsorden",
                      "<p>Referatet offentliggøres, når det er godkendt.</p>"
                      "<dl><dt>Tidspunkt:</dt><dd>Kl. 16.00</dd><dt>Sted:</dt>"
                      "<dd>Rådhuset, Nykøbing</dd></dl>",
                      item(1, "Godkendelse af dagsorden",
                           "<h4>Indstilling</h4><p>Dagsordenen godkendes.</p>")
                      + item(2, "Budget 2024", "<h4>Sagsfremstilling</h4><p>Rammen er "
                             "udmeldt.</p>"))
            + "</main></body></html>")


def test_a_year_page_holds_a_meeting_under_each_days_heading(read_file: ReadFile) -> None:
    """Each meeting under its day's heading ("Mandag 3. april 2023") over its badge
    ("Referat") and labels: a meeting of its own with its place and absentee; the agenda's
    notice under its badge ("Referatet offentliggøres, når det er godkendt.") is its
    head's, not the last decision's text (before: one meeting of 6 February, every later
    meeting's lines in its last item)."""
    meetings = read_file("odsherred-ssu-2023.html", _year_page())
    assert [m.date for m in meetings] == [date(2023, 2, 6), date(2023, 4, 3), date(2023, 5, 8)]
    assert [m.doc_type for m in meetings] == ["referat", "referat", "dagsorden"]
    assert meetings[1].place == "Asnæs Bibliotek"
    assert _people(meetings[1])["Tove Friis (O)"][0] == "afbud"
    assert [i.title for i in meetings[2].items] == ["Godkendelse af dagsorden", "Budget 2024"]


def test_a_cancelled_meeting_between_two_others_is_no_meeting(read_file: ReadFile) -> None:
    """"Mandag 6. marts 2023" / "Aflyst" / "Mødet er aflyst.": no meeting of that day,
    and neither the notice nor its day is the text of the item above it (before: the
    whole page was one meeting)."""
    meetings = read_file("odsherred-ssu-2023.html", _year_page())
    assert date(2023, 3, 6) not in [m.date for m in meetings]
    assert meetings[0].item(2).decision == "Taget til efterretning."
    assert "aflyst" not in "\n".join(s.text for s in meetings[0].item(2).sections)
