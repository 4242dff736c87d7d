"""Which meetings a question is about: the UI's filters combined with the question's own
period, committee, municipality and punkt — or a Danish note when nothing can match.

A named day ("den 7. februar 2023", "på mødet 7/2") is a strict filter and never
answered from another meeting; a month, quarter or season filters every kind of
question; a year filters decisions and meeting questions, but for facts and figures it
is a preference ("hvor mange … i 2023?" is often answered by the 2024 minutes); a bare
year ("nytårskuren 2025") is always a preference.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from referat.danish import DANISH_MONTHS, STOPWORDS, danish_date, stems
from referat.day_parts import begins_in, part_of_day_meeting
from referat.domain import Filters
from referat.periods import find_period

from .asked_names import question_names
from .asked_patterns import ATTENDANCE_ASKED
from .bodies import foreign_body, initials, names_other_body
from .intent import asks_decision, is_claim
from .meeting_intent import AT_PLACE, PLANNED
from .meeting_plans import planned_calendar
from .neighbour_meeting import neighbour, neighbour_side
from .occasion_scope import occasion_scope
from .period_scope import data_day
from .query import Question
from .roles import asked_role

# What befell a meeting, told by a later one: "hvorfor blev mødet i januar aflyst?"
MEETING_ITSELF = re.compile(r"\b(?:aflys\w*|udsat\w*|udskudt|flyttet|ikke (?:af)?holdt|"
                             # "Der skulle have været udvalgsmøde 16. januar 2024 – hvad
                             # skete der med det?"
                             r"skulle have været|skete der med (?:det|mødet|den))\b", re.I)
# Kinds for which a named period is a preference, not a filter.
SOFT_YEAR_KINDS = ("fact", "number", "who", "when", "vote")


# A holiday a meeting came after: "hvor mødtes udvalget efter sommerferien i 2024?"
_AFTER_BREAK = re.compile(r"\befter\s+(?:\w+\s+)?\w*ferien\b", re.I)


def scope(q: Question, base: Filters | None, lookup: Any) -> tuple[Filters, str | None]:
    """The filters to retrieve with, and why nothing can match (or None)."""
    f = base.copy() if base else Filters()
    note = None
    # Named in the question ("i Greve", "EBU", "Økonomiudvalget"): the question wins
    # over the UI's choice, as a named day does.
    committees = lookup.names.committees_in(q.text)
    if committees:
        f.committees = committees
    municipalities = lookup.names.municipalities_in(q.text)
    if municipalities:
        f.municipalities = municipalities
    elif not committees and f.municipalities and (
            places := lookup.names.municipalities_in(q.text, places=True)) and not set(
            places) & set(f.municipalities) and not _spoken_of(
            lookup, _place_names(q.text, places), f.municipalities):
        # a place of another municipality than the scope's ("Fik Greve Svømmehal lov til
        # …?" asked with Ballerup as home), not one the home minutes speak of: that
        # municipality's minutes are meant
        f.municipalities = places
    elif (other := foreign_body(q.text, lookup.names.municipalities)) is not None:
        # "Hvad har Odense Kommunes teknik- og miljøudvalg besluttet …?": not this archive's
        note = (f"Arkivet har ingen referater fra {other} Kommune (kun fra "
                f"{', '.join(lookup.names.municipalities)}).")
    if committees and not municipalities and f.municipalities and not lookup.meetings_in(f) and (
            set(committees) & set(lookup.names.named_in_full(q.text))) and (
            lookup.meetings_in(trial := _anywhere(f))) and not _spoken_of(
            lookup, committees, f.municipalities):
        # a committee of another municipality in the archive than the scope's, named in
        # full ("Plan- og Tryghedsudvalget", "ØU" asked with Ballerup as the home
        # municipality): it says whose minutes are meant, as a named municipality does (a
        # short form, "Teknikudvalget", may be a body the home minutes speak of: below)
        f = trial
    elif committees and base is not None and not lookup.meetings_in(f) and (
            lookup.meetings_in(trial := _without_committees(f, base))):
        # a body that holds no meeting here ("hvad besluttede Klima- og Miljøudvalget om
        # Interreg?" asked at home, the name another municipality's committee's): its
        # decisions are told in these minutes' case history, so it is a topic, no filter
        f, committees, q.named_elsewhere = trial, [], True
    if committees or municipalities:
        # a committee that became a filter is no longer a topic word ("EBU"); a
        # municipality's name stays one: its minutes say it where they speak of it
        # ("hovedkontor i Ballerup"), and the question then reads as it does in an
        # archive of that municipality alone, where the name is no filter
        named = lookup.names.name_words(q.text) - lookup.names.name_words(
            " ".join(municipalities))
        q.topic = [t for t in q.topic if t not in named]
        if committees:
            q.search_text = lookup.names.initials_as_committee(q.search_text)
    labelled = labelled_punkt(q, f, lookup)
    if labelled is not None:
        q.punkt = labelled
    if q.punkt is not None:
        f.punkt = q.punkt
    # For facts and figures a period is the data's period, not the meeting's, unless
    # the question names a day or a meeting ("junimødet", "mødet i juni 2023").
    # A title asked of a month ("hvem var konstitueret centerchef i februar 2024?") is
    # read from that month's meeting lists when there is such a meeting.
    preference = q.kind in SOFT_YEAR_KINDS and not (
        q.date_strict or q.names_meeting or _acts_then(q.text) or (
            q.kind == "who" and q.period_kind == "month" and asked_role(q.text)))
    if q.kind == "meeting" and q.date_from and _AFTER_BREAK.search(q.text):
        q.relative_meeting = "first"  # "mødet efter sommerferien": the first one after it
    if q.date_from and q.period_kind == "day" and (
            side := neighbour_side(q.text, q.date_label)):
        # "det møde, der fulgte efter udvalgsmødet den 18. august 2020": the next one held
        held = neighbour([m.date for m in lookup.meetings_in(f)], q.date_from, side)
        if held is None:
            return f, f"Der er intet møde {'efter' if side == 'after' else 'før'} den " \
                      f"{danish_date(q.date_from)} i de indlæste referater."
        q.date_from, q.date_to, q.date_label = held, held, danish_date(held)
    if q.relative_meeting:
        pool = lookup.meetings_in(f)
        if q.date_from:  # "det næstsidste møde i 2020": of that year's meetings
            inside = [m for m in pool if q.date_from <= m.date <= (q.date_to or q.date_from)]
            # ("sit første møde i 2025", a year after the archive's: its meeting calendar)
            pool = [] if not inside and planned_calendar(q, f, lookup, q.date_from) else (
                inside or pool)
            if not inside and q.period_kind == "relative" and pool:
                # "hvornår holder udvalget sit første møde i 2026?": no meeting that year
                # is none, not the archive's first
                pool, note = [], f"Der er intet møde {_span(q.date_from, q.date_to)} " \
                                 "i de indlæste referater."
        if pool:
            chosen = {"latest": pool[-1], "first": pool[0],
                      "previous": pool[-2] if len(pool) > 1 else pool[0]}[q.relative_meeting]
            f.date_from = f.date_to = chosen.date
    elif not q.date_from and AT_PLACE.search(q.text) and (
            held := held_at(q.text, lookup.meetings_in(f))):
        f.date_from = f.date_to = held.date  # "… da sagen var oppe hos Toms"
        # the place named the meeting; it is the topic (and searched for: "Sendte EBU
        # nøgletalssagen fra mødet ude hos Toms videre?") only when nothing else is
        q.place_words = frozenset(place := stems(held.place))
        if [t for t in q.topic if t not in place]:
            q.topic = [t for t in q.topic if t not in place]
            q.search_text = AT_PLACE.sub(lambda m: " " if set(stems(m.group(1))) <= set(place)
                                         else m.group(0), q.search_text)
    elif not q.date_from and (part := part_of_day_meeting(q.text)):
        # "eftermiddagsmødet": the latest meeting that began then, or none
        word, first, last = part
        pool = [m for m in lookup.meetings_in(f) if begins_in(m.start_time, first, last)]
        if pool:
            f.date_from = f.date_to = pool[-1].date
        else:
            note = f"Der er intet {word} i de indlæste referater."
    elif q.date_soft or preference or (PLANNED.search(q.text) and not q.date_strict):
        # a preference: see `prefer_period` ("hvad var planlagt til udvalgets møde i
        # juni?" names the plan's month, not a meeting held then)
        pass
    elif q.date_from:
        trial = f.copy()
        lo = max(q.date_from, f.date_from) if f.date_from else q.date_from
        hi = min(q.date_to, f.date_to) if f.date_to and q.date_to else q.date_to
        trial.date_from, trial.date_to = lo, hi
        if lookup.meetings_in(trial):
            f.date_from, f.date_to = lo, hi
        else:
            label = re.sub(r"-?møde\w*", "", q.date_label).strip()  # "decembermødet 2024"
            label = re.sub(r"^(?:i|den|d\.)\s+", "", label)  # ("i 2012": "i" is said below)
            label = re.sub(r"(?<=[a-zæøå])\.$", "", label)  # ("den 19. juni. Hvilke …")
            missing = f"Der er intet møde {'den ' if q.date_strict else 'i '}{label} i de " \
                      "indlæste referater." if label else None
            itself = bool(MEETING_ITSELF.search(q.text))  # "hvorfor blev mødet aflyst?"
            if planned_calendar(q, f, lookup, lo):
                pass  # "hvornår holder byrådet møde i juni 2025?": the year's calendar
            elif is_claim(q.text) and not q.names_meeting and q.kind != "meeting":
                # "… borgermødet blev holdt den 9. marts 2024 – er det rigtigt?": the
                # claim's date, to be checked against the minutes that tell the event
                pass
            elif (q.kind in SOFT_YEAR_KINDS or q.period_kind in _DATA_PERIODS) and (
                    (not q.date_strict or itself or data_day(
                        q, lookup, f.municipalities or getattr(lookup, "municipalities", [])))
                    and (not q.names_meeting or itself)):
                # (a quarter or half-year is the data's period, reported later: "flere
                # firmaer flyttede i 2. kvartal 2020 – gjorde udvalget noget?")
                # "hvorfor blev mødet i januar aflyst?": a later meeting may say why (but
                # "hvad viste nøgletallene på decembermødet 2024?" asks a missing meeting)
                pass
            elif (not q.date_strict or _aimed_at(q)) and (
                    names_other_body(q.text, committees) or not (
                        q.names_meeting or q.kind == "meeting" or _acts_then(q.text))) or (
                    q.kind != "meeting" and _told_later(lookup, f, lo, hi) and (
                        not q.date_strict or (q.meeting_aspect is None
                                              and not ATTENDANCE_ASKED.search(q.text)
                                              and _told_of_matter(lookup, f, lo, hi, q)))):
                # "hvad besluttede Økonomiudvalget i oktober 2023?", "nytårskuren i
                # januar 2024 – tog udvalget det til efterretning?": no meeting of the
                # committee's then, and the question puts none of its acts then — the
                # matter's time, told by the minutes that report it (`prefer_period`),
                # or this note. (A meeting missing from the archive that a later item's
                # history names — "Udsættes. Mødet aflyst …" on 16-01-2024 — is told too;
                # its day too, asked of a matter: "hvad kom der ud af det ekstraordinære
                # møde den 24. april 2013 om Kulturkommune 2017?", not of the whole
                # meeting or of who came)
                q.unreported = missing or ""
            elif itself and q.meeting_aspect is None and _told_later(lookup, f, lo, hi):
                # "Der skulle have været udvalgsmøde 16. januar 2024 – hvad skete der med
                # det?": the meeting is missing, and later items' histories tell of it
                q.unreported = missing or ""
            else:
                note = missing
    # "det ekstraordinære møde i marts": that meeting, where the scope holds one
    f = occasion_scope(q, f, lookup) if note is None else f
    if not lookup.meetings_in(f) and note is None:
        note = "Ingen indlæste møder passer til de valgte filtre."
    return f, note


def _span(lo: date, hi: date | None) -> str:
    """A period in words: "i 2026", "i juni 2024", "fra 1. august 2024 til 30. september 2024"."""
    hi = hi or lo
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return f"i {lo.year}"
    if lo.day == 1 and (hi + timedelta(days=1)).day == 1 and lo.replace(day=1) == hi.replace(day=1):
        return f"i {DANISH_MONTHS[lo.month - 1]} {lo.year}"
    return f"fra {danish_date(lo)} til {danish_date(hi)}"


def _spoken_of(lookup: Any, names: list[str], municipalities: list[str]) -> bool:
    """Do the scope's own minutes speak of a body or place of this name ("sendes til
    Økonomiudvalget", "Greve Svømmehal")? Then it is one they know, and the question is
    theirs."""
    store = getattr(lookup, "store", None)
    cores = {re.sub(r"(?:et|ets)$", "", c) for c in names}  # (any form: "Økonomiudvalg")
    return store is not None and any(store.mentions(c, municipalities) for c in cores)


def meeting_dates(question: str, base: Filters | None, lookup: Any) -> list[date]:
    """The days of the meetings a question can be about (the filters' and the
    municipalities and committees it names): "septembermødet" is the September
    meeting of those, not of another municipality's archive."""
    scope_of = base.copy() if base else Filters()
    names = lookup.names
    period = find_period(question)
    yearless = period is not None and period.year is None and not period.relative
    scope_of.committees = names.committees_in(question) or scope_of.committees
    scope_of.municipalities = names.municipalities_in(question) or scope_of.municipalities
    scope_of.date_from = scope_of.date_to = None
    if yearless and not scope_of.municipalities and not scope_of.committees:
        # (a committee named says whose meetings; the names only when nothing else does)
        narrowed = scope_of.copy()
        narrowed.municipalities = naming_municipality(question, lookup)
        if narrowed.municipalities and (meetings := lookup.meetings_in(narrowed)):
            return [m.date for m in meetings]
    return [m.date for m in lookup.meetings_in(scope_of)]


def naming_municipality(question: str, lookup: Any) -> list[str]:
    """The one municipality of several whose minutes name every proper name of the
    question ("De tre rækkehuse på Birkedalen 2a-2c …": a street only Greve's minutes
    name), as `[name]`; else `[]`. A month without a year ("i oktober") is then that
    municipality's October, not the archive's latest."""
    municipalities = list(getattr(lookup.names, "municipalities", []))
    store = getattr(lookup, "store", None)
    names = [w for w, _ in question_names(question) if len(w) >= _NAME_CHARS]
    if store is None or len(municipalities) < 2 or not names:
        return []
    having = [m for m in municipalities if all(store.mentions(n, [m]) for n in names)]
    return having if len(having) == 1 else []


# A proper name long enough to tell a place or a body ("Birkedalen", not "Ø")
_NAME_CHARS = 4


def _place_names(text: str, municipalities: list[str]) -> list[str]:
    """The places the question names by a municipality's name: "Greve Svømmehal"."""
    return [m.group(0) for name in municipalities for m in re.finditer(
        rf"\b{re.escape(name)}\s+[A-ZÆØÅ][\wæøå-]+", text)]


def _anywhere(f: Filters) -> Filters:
    """`f` in every municipality of the archive."""
    return replace(f.copy(), municipalities=[])


def _without_committees(f: Filters, base: Filters) -> Filters:
    """`f` with the UI's own committee choice instead of the question's."""
    return replace(f.copy(), committees=list(base.committees))


def _told_of_matter(lookup: Any, f: Filters, first: Any, last: Any, q: Question) -> bool:
    """Does a later item's history tell a treatment in these days of the very matter
    asked ("… den 24. april 2013 om Kulturkommune 2017?": its title or text names it),
    not just any treatment by the committee then? The committee's own name is no matter."""
    store = getattr(lookup, "store", None)
    # (nor a municipality's name, the scope's: "i Syddjurs")
    body = set(stems(" ".join([*f.committees, q.committee_mention or "",
                               *getattr(lookup, "municipalities", []),
                               *initials(q.text)]), frozenset()))
    matter = [t for t in q.topic if t not in body and not t.isdigit() and t not in STOPWORDS
              and not _BODY_STEM.search(t)]
    if store is None or not matter:
        return False
    for text in store.treatments_between(first, last, f.committees, f.municipalities):
        have = set(stems(text, frozenset()))
        named = [t for t in matter if t in have or any(
            len(t) >= _STEM_PREFIX and h.startswith(t) for h in have)]
        if len(named) >= max(1, len(matter) // 2):  # (half the matter's words)
            return True
    return False


_BODY_STEM = re.compile(r"udvalg|byråd|kommunalbestyr|regionsråd")
_STEM_PREFIX = 5  # a question stem this long matches a compound it begins ("kulturkommun")


def _told_later(lookup: Any, f: Filters, first: Any, last: Any) -> bool:
    """Does a later item's history name a treatment by the asked committees in these
    days (the meeting itself is not in the archive)?"""
    store = getattr(lookup, "store", None)
    return bool(first and last and store is not None
                and store.treated_between(first, last, f.committees, f.municipalities))


def held_at(text: str, meetings: list[Any]) -> Any | None:
    """The one meeting held at the place the question names ("hvem manglede, da sagen
    var oppe hos toms?" — the meeting held at "Toms Gruppen, Toms Allé nr. 1"), or None:
    the place's first word must be the named one, and only one meeting held there (a
    committee meeting always held at the town hall names no meeting by it)."""
    for m in AT_PLACE.finditer(text):
        word = m.group(1).lower()
        if word in STOPWORDS:
            continue
        held = [mt for mt in meetings
                if mt.place and re.match(rf"{re.escape(word)}\b", mt.place.lower())]
        if len(held) == 1:
            return held[0]
    return None


# Where a clause ends: "Musa Kekec holdt ferie i juli 2015. Skulle udvalget …"
_CLAUSE_END = re.compile(r"[.?!;:–]\s|\s-\s|,\s+(?=(?:og\s+)?(?:hv\w+|skulle|blev|har|var)\b)")
# A period the act is aimed at, not done in: "tage med til jobcamp til oktober"
# (or an event's own day: "arrangementet skulle holdes 3. maj 2023", "kurset starter 1/9")
_TARGET = re.compile(r"\b(?:til|inden|før|frem til|efter|fra og med|pr\.|per|gældende fra|"
                     r"senest|(?<!\bmødet\s)(?<!\bmøde\s)(?<!referatet\s)fra|(?:af)?holdes|"
                     r"finder sted|fandt sted|åbner|åbnede|starter|startede|begynder)\s+$", re.I)


def _aimed_at(q: Question) -> bool:
    """A day no meeting was held that the question names as a target ("mødet, som
    udvalget indkaldte til den 10. april 2013"): the matter's date, not a filter."""
    at = q.text.find(q.date_label) if q.date_label else -1
    return at > 0 and bool(_TARGET.search(re.sub(r"\s*den\s*$", " ", q.text[:at])))


def _acts_then(text: str) -> bool:
    """Does the question put the committee's act in its period ("hvad besluttede
    udvalget om SKP i efteråret 2015?"), not only the matter ("sparede i 2014 –
    besluttede udvalget …?")?

    >>> _acts_then("hvad besluttede udvalget om mentorstøtte i efteråret 2015?")
    True
    >>> _acts_then("Musa Kekec holdt ferie i juli 2015. Skulle udvalget godkende det?")
    False
    """
    period = find_period(text)
    if period is None or period.relative:
        return False
    a, b = period.span
    if _TARGET.search(text[max(0, a - 12):a]):
        return False
    starts = [m.end() for m in _CLAUSE_END.finditer(text[:a])]
    end = _CLAUSE_END.search(text, b)
    clause = text[starts[-1] if starts else 0:end.start() if end else len(text)]
    # ("Hvem deltog, da planudvalget i februar 2024 behandlede rammeaftalen?": its treatment)
    return asks_decision(clause) or bool(_TREATED.search(clause))


_DATA_PERIODS = ("quarter", "half")
_TREATED = re.compile(r"\b(?:da|hvor|når)\s[^?,]*\b(?:behandlede|drøftede)\b", re.I)


def labelled_punkt(q: Question, f: Filters, lookup: Any) -> int | None:
    """The item number of the printed label asked for: "punkt 2.1" of minutes numbered
    1.1, 1.2, 2.1, … is their fourth item; "punkt 5a" the one after 5. A plain number
    asked ("punkt 5") is read as a label only within a named meeting or period: across
    the archive it is the fifth item of each meeting. None when no item of the scope's
    meetings is printed so, or when they disagree."""
    if not q.label or (q.label.isdigit() and not (f.date_from or q.relative_meeting)):
        return None
    keys = [m.key for m in lookup.meetings_in(f)]
    found = lookup.store.punkts_labelled(q.label, keys) if keys else set()
    return found.pop() if len(found) == 1 else None

