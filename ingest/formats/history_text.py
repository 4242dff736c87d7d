"""A case history written in an item's own section ("Sagens forløb", "Tidligere
behandling", "Tidligere beslutninger") in any of its ways of writing it: dated lines,
label lines, one line an entry, one sentence an entry, dated decision headings, or
entries opening with a body and a date in any order (`history_entries`); read into the
item's history when no dated decision heading gave it one, or else giving those
entries the earlier item's number the section lists (`written_history`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from referat.danish import danish_date, parse_date
from referat.domain import AgendaItem, Treatment

from .body_forms import FIELD_COMMA, STATUTE, task_body
from .common import EARLIER, HISTORY, committee_name
from .dated import headed_entries
from .dates import date_and_time
from .dotted_entries import dotted_entries
from .earlier_entries import noted_entries, unquoted

# a list's bullet before an entry that opens with a capital or a figure
_BULLET_RE = re.compile(r"^[-*•]\s+(?=[A-ZÆØÅ\d])")


def _entries(lines: Iterable[str], opening: Callable[[str], Treatment | None]
             ) -> list[Treatment]:
    """An entry for each line `opening` reads as one; any other line goes on with the
    text of the entry above it (the lines before the first entry are left out); a line's
    bullet ("- SSU 1. marts 2022, pkt. 4: …", a note's list) is no part of its entry."""
    out: list[Treatment] = []
    for line in lines:
        if (entry := opening(_BULLET_RE.sub("", line.strip()))) is not None:
            out.append(entry)
        elif out:
            out[-1].text = f"{out[-1].text}\n{line}".strip()
    return out


# (the text may follow the body's colon: "10.06.2025 Plan- og Erhvervsudvalget: Igangsættes.")
_ENTRY_RE = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s+([A-ZÆØÅ][^:]{2,100}?)"
                       r"(?::\s*(\S.*))?$")


# A table's head row with a column of the body's own item numbers: "Dato Udvalg Pkt.
# Beslutning"; its rows "10-09-2025 Byrådet 128 Budgetforslaget oversendes …"
_NUMBERED_HEAD_RE = re.compile(r"^dato\s+(?:udvalg|organ|myndighed)\s+(?:pkt\.?|punkt|nr\.?)\s",
                               re.IGNORECASE)
_NUMBERED_ROW_RE = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s+([A-ZÆØÅ][^:\d]{2,100}?)"
                              r"\s+(\d{1,4})(?:\s+(\S.*))?$")


def dated_entries(lines: list[str]) -> list[Treatment]:
    """A "Sagens forløb" as "dd-mm-yyyy Udvalg" lines, each followed by its text; under a
    table's head with a column of item numbers, each row's number that body's item's.

    >>> [(t.committee, t.date.isoformat(), t.text) for t in dated_entries(
    ...     ["24-01-2024 Økonomiudvalget", "Anbefales.", "29/01/2024 Byråd 2022-2025"])]
    [('Økonomiudvalget', '2024-01-24', 'Anbefales.'), ('Byrådet', '2024-01-29', '')]
    >>> [(t.committee, t.punkt, t.text) for t in dated_entries(
    ...     ["Dato Udvalg Pkt. Beslutning", "02-09-2025 Økonomiudvalget 61 Anbefales."])]
    [('Økonomiudvalget', 61, 'Anbefales.')]
    """
    numbered = any(_NUMBERED_HEAD_RE.match(line.strip()) for line in lines[:2])
    return _entries(lines, lambda line: _dated_entry(line, numbered))


def _dated_entry(line: str, numbered: bool = False) -> Treatment | None:
    if numbered and (m := _NUMBERED_ROW_RE.match(line)):
        day, month, year, committee, number, said = m.groups()
    elif m := _ENTRY_RE.match(line):
        (day, month, year, committee, said), number = m.groups(), None
    else:
        return None
    try:
        return Treatment(committee_name(committee), date(int(year), int(month), int(day)),
                         said or "", int(number) if number else None)
    except ValueError:
        return None


_LABEL_SPLIT_RE = re.compile(r"(?<=\S)\s+(?=(?:Dato|Punktnummer):\s)")


def labelled_entries(lines: list[str]) -> list[Treatment]:
    """A "Sagsforløb" as label lines ("Udvalg: …", "Dato: …", "Punktnummer: …"), each
    entry followed by its text, as a FirstAgenda publication page writes it.

    >>> [(t.committee, t.date.isoformat(), t.punkt, t.text) for t in labelled_entries(
    ...     ["Udvalg: Magistraten", "Dato: 02-09-2025", "Punktnummer: 12", "Anbefales."])]
    [('Magistraten', '2025-09-02', 12, 'Anbefales.')]
    >>> [(t.committee, t.punkt) for t in labelled_entries(  # (the labels on one line)
    ...     ["Udvalg: Magistraten Dato: 02-09-2025 Punktnummer: 12 Anbefales."])]
    [('Magistraten', 12)]
    """
    out: list[Treatment] = []
    # (a printed page's labels side by side on one line: "Udvalg: X   Dato: …   Punktnummer: 6")
    for line in [part for ln in lines for part in _LABEL_SPLIT_RE.split(ln)]:
        label, _, value = line.partition(":")
        key = label.strip().lower()
        if key == "udvalg" and value.strip():
            out.append(Treatment(committee_name(value), None, ""))
        elif out and key == "dato" and out[-1].date is None and (found := parse_date(value)):
            out[-1].date = found[0]
        elif out and key == "punktnummer" and (m := re.match(r"(\d+)\b\s*(.*)", value.strip())):
            out[-1].punkt = int(m[1])  # (the text run on after it, when the lines were joined)
            out[-1].text = m[2]
        elif out:
            out[-1].text = f"{out[-1].text}\n{line}".strip()
    return out


# "Klima- og Miljøudvalget, 6. marts 2025, punkt 5: Udsat …": body, date, item, text
# (or "Teknik- og Miljøudvalget 07-11-2023, punkt 6" and its text below or after it, or
# after a dash or in brackets: "SOU 19.09.2023, pkt. 2 – udkast godkendt …", "… pkt. 6
# (temadrøftelse)"), or after the full stop closing the item's number ("Udvalg for
# regional udvikling 12. juni 2019, punkt 41."); a protocol numbering its "Sag N" names
# the earlier item so too ("Kommunalbestyrelsen den 24. juni 2014, sag 7: …")
_LISTED_RE = re.compile(rf"^(?P<c>(?:{STATUTE}|[A-ZÆØÅ])(?:[^,:]|(?<=-),|{FIELD_COMMA}){{2,80}}?),?"
                        r"\s+(?:den\s+|d\.\s*)?"
                        r"(?P<d>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}(?:\.\s*|\s+)[a-zæøå]+\s+"
                        r"\d{4}),\s*"
                        r"(?:pkt\.?|punkt|sag|item)\s*"  # ("…, 12 August 2025, item 61:")
                        # (an item numbered in its part or lettered: "punkt I.2", "punkt D")
                        r"(?P<p>\d+|[IVX]{1,4}\.\d+|[A-Z](?=:))"
                        r"\s*(?::\s*|\s+[–—-]\s+|\s+(?=[A-ZÆØÅ(])|\.(?:\s+|$)|$)"
                        r"(?P<t>.*)$",
                        re.IGNORECASE)
# a body's name: capitalised words and their links ("Teknik- og Miljøudvalget", a comma
# after a shortened word: "Plan-, Teknik- og Miljøudvalget"), not a sentence ("Byrådet
# besluttede den 22.01.2024, punkt 9, at …")
_BODY_WORDS_RE = re.compile(
    r"^(?:(?:[A-ZÆØÅ0-9][\w.-]*|[a-zæøå][\w]*-|og|for|i|med|af)(?:(?<=-),)?\s*)+$"
    # or a body "for" its field in small letters ("Udvalg for regional udvikling")
    r"|^(?=[A-ZÆØÅ])[\w-]*(?i:udvalg|råd|nævn|kommission|bestyrelse)\w*\s+for(?:\s+[a-zæøå-]+)+$")
# an entry run into the text before it: "… i 8 uger. Byrådet 29-11-2023, punkt 14 Godkendt.",
# or into the entry before it, which ends with its number ("… 11. marts 2026, punkt 5 Grønt
# Råd, 18. november 2026, punkt 2": two lines a reader joined)
_RUN_IN_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ][^,:.]{2,80}?,?\s+\d{1,2}[-./]\d{1,2}[-./]"
                        r"\d{2,4},\s*(?:pkt\.?|punkt)\s*\d)|(?:(?<=\bpunkt\s\d)|(?<=\bpunkt\s\d\d)|(?<=\bpunkt\s\d{3}))\s+"
                        r"(?=[A-ZÆØÅ][^,:.]{2,80}?,\s+\d{1,2}\.\s*[a-zæøå]{3,9}\s+\d{4},\s*punkt\s*\d)")


def listed_entries(lines: list[str]) -> list[Treatment]:
    """A "Sagens forløb" as one line an entry, its text after the item's number.

    >>> [(t.committee, t.date.isoformat(), t.punkt, t.text) for t in listed_entries(
    ...     ["Klima- og Miljøudvalget, 6. marts 2025, punkt 5: Udsat."])]
    [('Klima- og Miljøudvalget', '2025-03-06', 5, 'Udsat.')]
    >>> [(t.committee, t.punkt, t.text) for t in listed_entries(
    ...     ["Teknik- og Miljøudvalget 07-11-2023, punkt 6", "Anbefales. Byrådet "
    ...      "29-11-2023, punkt 14 Godkendt."])]
    [('Teknik- og Miljøudvalget', 6, 'Anbefales.'), ('Byrådet', 14, 'Godkendt.')]
    """
    return _entries((part for ln in lines for part in _RUN_IN_RE.split(ln)), _listed_entry)


def _listed_entry(line: str) -> Treatment | None:
    m = _LISTED_RE.match(line)
    m = m if m and (_BODY_WORDS_RE.match(m.group("c")) or task_body(m.group("c"))) else None
    found = (parse_date(m.group("d")) or date_and_time(m.group("d"))) if m else None  # (English)
    return Treatment(committee_name(m.group("c")), found[0], m.group("t").strip(),
                     int(m["p"]) if m["p"].isdigit() else None) if m and found else None


# "Børne- og Familieudvalget besluttede den 9. december 2025, at …": an earlier decision
# told as a sentence, the body its subject and the date after its verb (or after what it
# discussed: "… drøftede første udkast på mødet den 8. maj 2024 (pkt. 4)"); or the case its
# subject, treated by the body ("Sagen blev behandlet i Plan- og Miljøudvalget den 4.
# marts 2020, punkt 7, hvor …"); the earlier item's number after the date
_TOLD_RE = re.compile(
    r"^(?P<pv>(?:Sagen|Punktet|Forslaget)\s+(?:blev|var|har\s+været)\s+(?:behandlet|forelagt)"
    r"\s+(?:(?:i|af|på|for)\s+)?)?"
    r"(?P<c>[A-ZÆØÅ][\w -]{0,80}?(?i:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|"
    r"nævnet|kommission|kommissionen)|Udvalget|Bestyrelsen|Rådet|Nævnet)\s+"
    r"(?(pv)|(?:besluttede|vedtog|godkendte|anbefalede|behandlede|drøftede|fastlagde|"
    r"tiltrådte)\s+(?:(?:[a-zæøå]+\s+){1,3}(?=(?:på|i)\s+(?:sit\s+)?møde))?)"
    r"(?:(?:på|i)\s+(?:sit\s+)?møde(?:t)?\s+)?den\s+(?P<d>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
    r"\d{1,2}\.\s*[a-zæøå]+\s+\d{4})\b(?:,?\s*\(?(?:pkt\.?|punkt|§)\s*(?P<p>\d+)\b)?")


def told_entries(lines: list[str]) -> list[Treatment]:
    """A "Tidligere behandling" as sentences, one an entry, each naming the body and the
    day it decided.

    >>> [(t.committee, t.date.isoformat(), t.text[-12:]) for t in told_entries(
    ...     ["Kulturudvalget besluttede den 6. februar 2024, at sagen udsættes."])]
    [('Kulturudvalget', '2024-02-06', 'en udsættes.')]
    >>> [(t.committee, t.date.isoformat(), t.punkt) for t in told_entries(
    ...     ["Sagen blev behandlet i Miljøudvalget den 4. marts 2020, punkt 7, hvor …"])]
    [('Miljøudvalget', '2020-03-04', 7)]
    """
    return _entries(lines, _told_entry)


def _told_entry(line: str) -> Treatment | None:
    m = _TOLD_RE.match(line)
    found = (parse_date(m.group("d")) or date_and_time(m.group("d"))) if m else None  # (English)
    return Treatment(committee_name(m.group("c")), found[0], line,
                     int(m.group("p")) if m.group("p") else None) if m and found else None


# What a portal sets before an entry's body and date to say whose step it was, after a
# dash ("Udvalgets anbefaling – Planudvalget, 27. oktober 2022, punkt 62",
# "Økonomiudvalgets indstilling – Økonomiudvalget, 23.09.2020, pkt. 4"); the entry in bold,
# its text quoted below it ("> Udvalget anbefaler indstillingen.")
_STEP_LABEL_RE = re.compile(
    r"^(?=[A-ZÆØÅ])[\w-]{0,60}?(?i:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|"
    r"nævnet)s\s+(?i:anbefaling|indstilling|beslutning|behandling)(?:\s*\([^()]{1,40}\))?"
    r"\s*[–—-]\s+(?=[A-ZÆØÅ])")  # (its reading in brackets: "Byrådets beslutning (1. behandling)")
_BOLD_RE = re.compile(r"^(\*\*|__)(?P<t>.+?)\1:?$")


def _entry_line(line: str) -> str:
    """A history's line without a Markdown quote's mark, the bold around an entry's
    heading, or the step's label before its body.

    >>> _entry_line("**Udvalgets anbefaling – Planudvalget, 27. oktober 2022, punkt 62**")
    'Planudvalget, 27. oktober 2022, punkt 62'
    """
    s = re.sub(r"^>\s?", "", line.strip())
    if bold := _BOLD_RE.match(s):
        s = bold["t"].strip()
    return _STEP_LABEL_RE.sub("", s, count=1)


def history_entries(lines: list[str]) -> list[Treatment]:
    """A case history in any of its ways of writing it: dated lines, label lines, one
    line an entry, one sentence an entry, dated decision headings, a portal's rows of
    dotted fields ("Ældrerådet · 20.11.2025 · Punkt 4"), or entries opening with a body and
    a date in any order; an entry's text without the quotes around it."""
    lines = [_entry_line(line) for line in lines]
    entries = (dated_entries(lines) or labelled_entries(lines) or listed_entries(lines)
               or told_entries(lines) or headed_entries(lines) or dotted_entries(lines)
               or noted_entries(lines))
    for entry in entries:  # (the decision's words without the quotes the entry sets them in)
        entry.text = unquoted(entry.text)
    return entries


def written_history(item: AgendaItem, day: date | None = None) -> None:
    """The item's history from its history section when nothing else gave it one; when
    dated decision headings did ("Beslutning i Byrådet den 26. august 2020:"), a list
    in the section naming the same body and day with the earlier item's number
    ("Byrådet den 26. august 2020, punkt 141") gives the entry its number, and an entry
    of another day the list names is added in its place by date. A "Beslutningshistorik"
    heading over its entries, not a dated heading of its own (eDoc prints it after the
    decision: "Social- og Arbejdsmarkedsudvalget d. 12-08-2020, punkt 6" / "Udsat til
    næste møde."), is such a section too. An entry dated after the meeting's `day` (a
    later body's treatment printed with it) is none of its history."""
    written = [text for text in (item.section(HISTORY), item.section("Tidligere behandling"))
               if text]  # (both: "Sagens forløb" dated lines, the other with the numbers)
    earlier = written[0] if written else "" if item.history else item.section(EARLIER)
    if not earlier:
        return
    listed = [t for t in history_entries(earlier.split("\n"))
              if not (day and t.date and t.date > day)]
    numbered = listed
    if not item.history:  # (the other section's entries give them their numbers only)
        item.history, listed = listed, []
        numbered = [t for text in written[1:] for t in history_entries(text.split("\n"))]
    _named_by_list(item, numbered)
    for entry in item.history:
        entry.punkt = entry.punkt or next((t.punkt for t in numbered if (
            t.date == entry.date and t.committee == entry.committee)), None)
    for entry in listed:  # an entry the headings did not give ("… den 30. august 2006, pkt.
        # 4 (1. behandling): …" above "Økonomiudvalget den 12. september 2006, pkt. 3: …")
        if entry.date and not any(t.date == entry.date for t in item.history):
            later = next((k for k, t in enumerate(item.history) if t.date and t.date > entry.date),
                         len(item.history))
            item.history.insert(later, entry)


# A body named by its kind alone in a decision's heading ("Udvalgets beslutning 04.02.2021")
_KIND_ONLY = frozenset(("udvalget", "udvalg", "rådet", "bestyrelsen", "nævnet"))


def _named_by_list(item: AgendaItem, listed: list[Treatment]) -> None:
    """An entry whose heading names its body by the kind alone ("Udvalgets beslutning
    04.02.2021", in the council's minutes the committee's) named by the one body the case's
    history list gives that day ("Teknik- og Miljøudvalget 04.02.2021 7"), in the history
    and in the entry's section."""
    for entry in item.history:
        named = {t.committee for t in listed if t.date == entry.date and t.committee}
        if entry.committee.lower() not in _KIND_ONLY or len(named) != 1 or not entry.date:
            continue
        old, entry.committee = f"{entry.committee} den {danish_date(entry.date)}:", named.pop()
        for section in item.sections:
            if section.name == EARLIER and section.text.startswith(old):
                section.text = f"{entry.committee}{section.text[section.text.index(' den '):]}"
