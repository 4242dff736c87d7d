"""The last step of every adapter: what the decision texts say about absence and votes,
agenda or minutes, and the warnings `referat ingest` prints."""

from __future__ import annotations

import re
from collections import Counter

from referat.danish import sentences
from referat.domain import (
    ATTENDED,
    CALLED,
    DAGSORDEN,
    HISTORY_SECTIONS,
    REFERAT,
    UNKNOWN_COMMITTEE,
    AgendaItem,
    Meeting,
    Participant,
)
from referat.part_time import missed_items, noted, part_time

from .absence_trailer import absence_heading, absence_trailer
from .committee_initials import own_initials
from .common import DECISION, EARLIER
from .dated import spelled_out
from .decided_attendance import named_substitutes, sent_apologies
from .form_history import form_history
from .history_text import written_history
from .item_text import EMPTY_LABEL_RE
from .lead_notes import lead_notes
from .line_entries import without_organisations
from .notice_attachments import notice_attachments
from .part_cases import inherited_cases
from .people import decision_people
from .placeholders import drop_placeholders, placeholder
from .protocol_entry import entered_statements
from .treatment_notes import one_per_treatment
from .vote_above import vote_paragraph
from .vote_names import without_own_body

# A form's empty label ending the text, a field nobody filled in: "Godkendt" / "Bemærkninger:"
_EMPTY_FIELD_RE = re.compile(r"\n[ \t]*[A-ZÆØÅ][\w/-]*(?:[ \t]+[\w/-]+)?[ \t]*:\s*\Z")


def _same_person(a: str, b: str) -> bool:
    """`'Liselott Blixt'` is `'Liselott Blixt (UP)'` and `'Liselott Blixt, Venstre'`."""
    a, b = (re.split(r"[(,]", n.lower())[0].strip() for n in (a, b))
    return bool(a) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _without_title(name: str, people: list[Participant]) -> str:
    """A listed member's name without their post's word before it ("Medarbejderrepræsentanten
    Bo Eriksen deltog ikke …" → "Bo Eriksen"); the post alone the one present who holds it."""
    first, _, rest = name.partition(" ")
    held = [p.name for p in people if p.status == ATTENDED and not rest and len(first) > 6
            and re.search(rf"\b{re.escape(first[:-2].lower())}\b", p.role)]
    if first.endswith(("en", "et")) and len(held) == 1:
        return held[0]
    if first[1:].islower() and first.endswith(("en", "et")) and any(
            re.split(r"[(,]", p.name)[0].strip() == re.split(r"[(,]", rest)[0].strip()
            for p in people):
        return rest
    return name


def _named_in(name: str, text: str) -> bool:
    """Whether the text names the person (without the party after the name)."""
    bare = re.split(r"[(,]", name)[0].strip()
    return bool(bare) and re.search(rf"\b{re.escape(bare)}\b", text) is not None


def _numbered_from_zero(meeting: Meeting) -> None:
    """Punkt 0 is the meeting's own front page, so minutes that number their items from
    0 ("0. Valg af dirigent og referent", as a school board's do) have each item take
    its place in reading order, the printed number kept as its label: "punkt 0" is
    still shown and asked so, and no item hides the front page."""
    if not any(item.number == 0 for item in meeting.items):
        return
    for place, item in enumerate(meeting.items, start=1):
        item.label = item.label or str(item.number)
        item.number = place


def _drop_repeated_numbers(meeting: Meeting) -> None:
    """An item is cited by its Punkt number, so two items with one number cannot both be
    stored: the first is kept and the file's summary names the one left out."""
    seen: set[int] = set()
    kept = []
    for item in meeting.items:
        if item.number in seen:
            meeting.warnings.append(
                f"punkt {item.number} står flere gange; kun det første er indlæst, "
                f"ikke »{item.title[:60]}«")
            continue
        seen.add(item.number)
        kept.append(item)
    meeting.items = kept


# "Jens Erik Lauridsen (A)", "Lise Bech": capitalised names, a party in brackets
_PERSON_RE = re.compile(r"^[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,4}(?:\s+\([^()]{1,30}\))?$")


_NOTE_LABEL_RE = re.compile(r"^(?i:bemærkning(?:er)?)\s*:\s*|^[*_]+(?=\S)|(?<=\S)[*_]+$")
_LEFT_RE = re.compile(r"^(?P<n>[A-ZÆØÅ][^,.;:]{2,60}?)\s+(?:forlod|gik\s+fra)\s+mødet\b")
# "Under pausen forlod Jens Kolding (V) mødet." after the item (the meeting suspended and
# resumed after it): there for this item, absent from the ones after the pause
_PAUSE_LEFT_RE = re.compile(r"^(?i:under|i)\s+pausen\s+(?:forlod|gik)\s+"
                            r"(?P<n>[A-ZÆØÅ][^,.;:]{2,60}?)\s+(?:fra\s+)?mødet\b")


# "Jonas Lykke (Ø) ankom kl. 16.40 under behandlingen af punktet." in an item's decision:
# there from this item on (after it: from the next one), absent from the ones before
_CAME_RE = re.compile(r"^(?P<n>[A-ZÆØÅ][^,.;:]{2,60}?)\s+(?:ankom|mødte\s+op|kom)"
                      r"(?:\s+til\s+mødet)?(?P<k>\s+kl\.\s*\d{1,2}[.:]\d\d)?(?:\s+(?P<w>under|efter|i|ved)\s+"
                      r"(?:behandlingen\s+af\s+)?(?:punktet|sagen|dette\s+punkt|denne\s+sag))?\s*\.?$")


def _absent_from(meeting: Meeting, name: str, role: str, printed: bool = True,
                 upto: int | None = None, kept: frozenset[int] = frozenset()) -> list[int]:
    """Add `name` to the absentees of the items a part-time `role` says they missed
    ("deltog fra punkt 3", "forlod mødet under behandlingen af punkt 4"); those numbers.
    A `printed` role names the items as the minutes print them: "før pkt. 7" is the item
    labelled 7 (the 8th after an added "4a"), an added "4a" one between 4 and 5; else it
    names them by their place in reading order, the order treated where the minutes
    print the items so (1, 2, 7, 4 …: "inden dette punkt" in the 4th misses the ones read
    after it, not the printed 7 treated before it). Items `kept` stay as they are."""
    marks = [_printed_mark(i) if printed else place
             for place, i in enumerate(meeting.items, start=1)]
    said = missed_items(role, marks) if role else []
    missed = [i.number for i, mark in zip(meeting.items, marks, strict=True) if mark in said
              and (upto is None or i.number <= upto or not i.decision) and i.number not in kept]
    for item in meeting.items:
        if item.number in missed and not any(_same_person(name, a) for a in item.absentees):
            item.absentees = [*item.absentees, name]
    return missed


# a label's line with a short value ("Undlod at stemme 1: F"): its statement ends with it
_SHORT_FIELD_RE = re.compile(r"^[^:\n]{2,40}:[^:\n]{0,25}$")


def _statements(text: str) -> list[str]:
    """The text's sentences, a short label line ending its own with no full stop.

    >>> _statements("Undlod at stemme 1: F\\nBo Ek forlod mødet efter punktet.")
    ['Undlod at stemme 1: F', 'Bo Ek forlod mødet efter punktet.']
    """
    parts = [""]
    for line in text.split("\n"):
        parts[-1] = f"{parts[-1]}\n{line}"
        parts += [""] if _SHORT_FIELD_RE.match(line.strip()) else []
    return [said for part in parts for said in sentences(part)]


def _moved_absence(meeting: Meeting) -> None:
    """ "Jens Lauridsen (A) forlod mødet under behandlingen af punkt 4." written in item
    3's decision: absent from the items that sentence names, not from item 3."""
    for place, item in enumerate(meeting.items, start=1):
        said = _statements(item.decision or "") + lead_notes(item)  # (… or above its text)
        unfit = [s for s in said if "inhabil" in s.lower()]  # (one declared inhabil here
        for sentence in said:  # who "forlod mødet under behandlingen": away for it only)
            sentence = _NOTE_LABEL_RE.sub("", sentence)  # ("Bemærkning:"; "*…*", italics)
            if (came := _CAME_RE.match(sentence)) and _PERSON_RE.match(came["n"]):
                _came_during(meeting, item, place, came)
                continue
            paused = _PAUSE_LEFT_RE.match(sentence)
            if (left := _LEFT_RE.match(sentence) or paused) and _PERSON_RE.match(
                    left["n"]) and not (part_time(sentence) or "inhabil" in sentence.lower()
                                        or any(_named_in(left["n"], u) for u in unfit)):
                # "… forlod mødet under behandlingen af punktet" (not one "inhabil" here)
                after = paused or re.search(r"\befter\s+(?:behandlingen|punktet|sagen)\b",
                                            sentence)
                _absent_from(meeting, left["n"], ("forlod mødet efter punkt" if after else
                                                  "fraværende fra punkt") + f" {place}",
                             printed=False)
                if after:  # "… forlod mødet efter behandlingen af punktet": there for it
                    item.absentees = [a for a in item.absentees
                                      if not _same_person(a, left["n"])]
                continue
            if not (note := noted(sentence)):
                continue
            name, role = note
            if "inhabil" in sentence.lower():  # ("… forlod mødet under behandlingen af pkt.
                role = _LEFT_DURING_RE.sub("deltog ikke i ", role)  # 45 på grund af
                # inhabilitet": away for the items it names only)
            missed = _absent_from(meeting, name, role)
            if missed and item.number not in missed:
                item.absentees = [a for a in item.absentees if not _same_person(a, name)]
            if missed and min(missed) > item.number:  # about the items after this one
                _without_note(item, sentence)


def _came_during(meeting: Meeting, item: AgendaItem, place: int, came: re.Match[str]) -> None:
    """A member who came during the item (or after it) missed the items before it: those
    items' absentees name them, and their role, when the list gave none, says when they
    came ("ankom kl. 16.40 under punkt 3"), as a header's note would."""
    when = "efter" if came["w"] == "efter" else "under"
    _absent_from(meeting, came["n"], f"ankom {when} punkt {place}", printed=False)
    known = next((p for p in meeting.participants if _same_person(p.name, came["n"])), None)
    if known is not None and not known.role:
        clock = " ".join((came["k"] or "").split())
        known.role = " ".join(f"ankom {clock} {when} punkt {item.label or item.number}".split())


# a sentence about the item it stands in: "… deltog ikke under dette punkt"
_THIS_ITEM_RE = re.compile(r"\bdeltog\s+ikke\s+(?:under|i|ved)\s+(?:behandlingen\s+af\s+)?"
                           r"(?:dette\s+punkt|denne\s+sag|punktet|sagen)\b", re.IGNORECASE)


def _printed_mark(item: AgendaItem) -> float:
    """The number the minutes print for an item: its label's ("5" of the item numbered 6,
    4.5 for "4a", 5.1 for "5.1"), else its number."""
    if m := re.fullmatch(r"(\d{1,4})(?:([a-z])|(\.\d{1,2}))?", item.label):
        return int(m[1]) + (0.5 if m[2] else float(m[3] or 0))
    return item.number


_LEFT_DURING_RE = re.compile(r"^(?:forlod mødet|gik)\s+(?:under|ved)\s+", re.IGNORECASE)


def _without_note(item: AgendaItem, sentence: str) -> None:
    """The decision without its last line when that line is a note about the items after
    it ("Flemming Kjærulff (V) forlod mødet kl. 21.30 og deltog ikke i behandlingen af pkt.
    7 og 8.", printed between two items): no part of what was decided here."""
    decisions = [s for s in item.sections if s.name == DECISION]
    words = r"\s+".join(map(re.escape, sentence.split()))
    if decisions and (m := re.search(rf"\n\s*{words}\s*\Z", decisions[-1].text)):
        decisions[-1].text = decisions[-1].text[:m.start()].rstrip()


def _part_time_absence(meeting: Meeting) -> None:
    """A member there for part of the meeting ("deltog fra punkt 3") is absent from the
    items they missed: those items' absentees name them; when the items' own records name
    them too, none after the last of those (an added item printed last, treated earlier)
    but one with no decision to name anyone (a closed item whose text is not published),
    nor one whose own record names others away but not them (an item moved up the agenda,
    treated before they left: "Fraværende: X" under it, "X og Y" under the later ones)."""
    for p in meeting.participants:
        named = [i.number for i in meeting.items
                 if any(_same_person(p.name, a) for a in i.absentees)]
        kept = frozenset(i.number for i in meeting.items if named and i.decision
                         and i.absentees and i.number not in named)
        _absent_from(meeting, p.name, p.role, upto=max(named, default=None), kept=kept)


def _came_late_or_left(meeting: Meeting, decided: list[AgendaItem], name: str) -> None:
    """A member absent from the first items or the last ones only took part for the
    rest: their role says which ("fraværende fra punkt 5"), as a list would say it."""
    numbers = [i.number for i in decided]
    away = [i.number for i in decided if any(_same_person(name, a) for a in i.absentees)]
    known = next((p for p in meeting.participants if _same_person(p.name, name)), None)
    if known is None or known.role or known.status == "afbud":
        return  # (absent from the whole meeting, the list says)
    if away == numbers[-len(away):]:
        known.role = f"fraværende fra punkt {away[0]}"
    elif away == numbers[:len(away)]:
        known.role = f"fraværende til og med punkt {away[-1]}"


def _away_from_meeting(meeting: Meeting, name: str) -> None:
    """The listed member is "afbud" for the meeting; one not listed is added so."""
    known = next((p for p in meeting.participants if _same_person(p.name, name)), None)
    if known:
        known.status = "afbud"
    else:
        meeting.participants.append(Participant(name, "afbud"))


_ANY_OTHER_BUSINESS_RE = re.compile(r"^(?:eventuelt|evt\.?|any other business|aob)$", re.IGNORECASE)


def finish_meeting(
    meeting: Meeting, doc_type: str | None = None, unknown_headings: list[str] | None = None,
    printed: bool = False,
) -> Meeting:
    """Absence and votes from each item's decision text (the item's own text wins for
    that item), the meeting's absentees (absent in most decided items), the kind
    (minutes when any decision exists) and warnings. In a `printed` document (the text
    reader's) the attendance line a template sets under each decision, repeating whom
    the meeting has as away ("Fraværende: X": the head's absentee, or one the lines name
    under every decision), then leaves the decision; an item's own absence stays in it
    (an answer on who missed that item quotes it); a structured export's decision field
    stays as published."""
    _drop_repeated_numbers(meeting)
    drop_placeholders(meeting.items)  # ("Afbud: [udfyldes]": nobody)
    meeting.participants = [p for p in meeting.participants if not placeholder(p.name)]
    for item in meeting.items:
        entered_statements(item)  # "Protokoltilførsel: …" under the decision
        for section in item.sections:
            if section.name == "Beslutning":  # "Afbud:" with nobody after it says nothing
                section.text = _EMPTY_FIELD_RE.sub("", EMPTY_LABEL_RE.sub(
                    "", section.text)).strip()
            elif section.name == EARLIER:  # (nor under an earlier body's decision)
                section.text = EMPTY_LABEL_RE.sub("", section.text).strip()
        for entry in item.history:
            entry.text = EMPTY_LABEL_RE.sub("", entry.text).strip()
        if not item.decision:  # "Konklusion" where a board writes what it decided
            for section in item.sections:
                section.name = DECISION if section.name == "Konklusion" else section.name
        notice_attachments(item)  # ("b." / "Bilag" / … / "c.": the notices' text again)
        written_history(item, meeting.date)  # a PDF's "Sagens forløb", "Tidligere beslutninger"
        item.history = item.history or form_history(item, meeting.date)  # (its form's field)
        item.history = one_per_treatment(item.history)  # (a metadata note and its heading)
    spelled_out(meeting.items, own_initials(meeting.committee))  # ("KFU 01.03.2022, pkt. 5")
    inherited_cases(meeting.items)  # ("7.1" … "7.4" decided apart under "7"'s case)
    decided = [i for i in meeting.items if i.decision]
    absent_count: Counter[str] = Counter()
    for item in decided:
        absent, votes = decision_people(item.decision)
        # (a minutes' own note above the decision: "Jens Dam deltog ikke … (inhabil).")
        absent += [a for a in decision_people(item.section("Beskrivelse") or "")[0] + [
            a for s in item.sections if s.name not in (DECISION, *HISTORY_SECTIONS)
            for said in sentences(s.text) if _THIS_ITEM_RE.search(said)  # ("X deltog ikke
            for a in decision_people(said)[0]] if a not in absent]  # under dette punkt." in
        # the case's text; not under an earlier treatment's decision: that day's absence)
        absent = without_organisations(  # ("Afbud: X, Blå Kors": X's organisation, no one)
            [_without_title(a, meeting.participants) for a in absent], meeting.participants)
        if absent:  # added to what the item's own record says (an Acadre "absent" field)
            item.absentees = list(item.absentees)  # (its own list, never a shared one)
            for a in absent:  # (once each: "Hans Toft (C) … inhabil" and "…: Hans Toft")
                if not any(_same_person(a, b) for b in item.absentees):
                    item.absentees.append(a)
            absent_count.update(absent)
        votes = votes or decision_people(vote_paragraph(item))[1]  # (told right above it)
        if votes := without_own_body(votes, meeting.committee):  # (not "Ældrerådet …")
            item.votes = votes
    _moved_absence(meeting)
    _part_time_absence(meeting)
    for name, n in absent_count.items():
        if sent_apologies(decided, meeting.participants, name):  # ("Afbud: X" under item 1)
            _away_from_meeting(meeting, name)
            continue
        if n * 2 <= len(decided) or n < 2:
            # absent for some items only: said on those items; from the first ones (one,
            # the approval of the agenda, too: "Fraværende: X" there only), they came late
            # — when the minutes note absence item by item (another item names someone)
            if len(decided) > 2 and any(_same_person(name, a) for a in decided[0].absentees) \
                    and any(i.absentees for i in decided[1:]):
                _came_late_or_left(meeting, decided, name)
            continue
        if not all(any(_same_person(name, a) for a in decided[k].absentees) for k in (0, -1)):
            _came_late_or_left(meeting, decided, name)  # took part, for some items
            continue
        _away_from_meeting(meeting, name)
    named_substitutes(decided, meeting.participants)  # ("Stedfortræder: X" under decisions)
    if meeting.start_time and re.match(r"^\d[:.]\d\d$", meeting.start_time):
        meeting.start_time = "0" + meeting.start_time.replace(".", ":")
    meeting.doc_type = doc_type or (REFERAT if decided else DAGSORDEN)
    if meeting.doc_type == DAGSORDEN:  # an agenda lists whom it calls, not who came
        for p in meeting.participants:
            p.status = CALLED if p.status == ATTENDED else p.status
    if meeting.doc_type == REFERAT:
        missing = [i.name.removeprefix("punkt ") for k, i in enumerate(meeting.items)
                   if not i.decision and not i.closed and not i.is_signature  # ("5a" as printed)
                   and not _ANY_OTHER_BUSINESS_RE.match(i.title)  # "Eventuelt": "Intet."
                   and not _group_heading(meeting.items, k)]
        if missing and len(missing) < len(meeting.items):
            meeting.warnings.append(f"referat uden beslutning i punkt {', '.join(missing)}")
    if meeting.committee == UNKNOWN_COMMITTEE:  # (answers cite it; a user should know)
        meeting.warnings.append("udvalgets navn står ikke i filens hoved (citeres som "
                                f"'{UNKNOWN_COMMITTEE}')")
    if unknown_headings:
        names = ", ".join(sorted(set(unknown_headings))[:5])
        meeting.warnings.append(f"ukendte overskrifter (læst som sagsfremstilling): {names}")
    away = [p.name for p in meeting.participants if p.status == "afbud"]  # (head, or each item's)
    numbers = [i.number for i in meeting.items]
    # (a template's line under every decision: also "Fraværende: Ingen", and the members
    # the head says left or came late, for the items they missed: "X (F) forlod mødet
    # efter behandlingen af punkt 4")
    lined = bool(decided) and all(absence_trailer(i.decision)[0] != i.decision for i in decided)
    left: list[str] = []  # (and those an earlier decision says left: "X forlod mødet …")
    for item in decided if printed else []:  # ("Godkendt." / "Fraværende: X")
        gone = away + [p.name for p in meeting.participants if lined and p.role
                       and item.number in missed_items(p.role, numbers)] + (
            left if lined else [])
        for section in item.sections:
            text, names = absence_trailer(section.text) if section.name == DECISION else (
                section.text, [])
            # (the meeting's absentees again, not the item's alone; or ones the decision
            # names itself: "X (V) erklærede sig inhabil" / "Fraværende: …, X")
            headed = absence_heading(section.text)  # ("Fraværende" over the names)
            if text != section.text and (names or lined) and (headed or all(
                    any(_same_person(a, b) for b in gone) or _named_in(a, text) for a in names)):
                section.text = text
                item.absentees += [a for a in names if headed and a not in item.absentees]
        left += [m["n"] for said in sentences(item.decision) if (
            m := _LEFT_RE.match(said) or _PAUSE_LEFT_RE.match(said)) and _PERSON_RE.match(m["n"])]
    _numbered_from_zero(meeting)  # (last: "deltog fra punkt 3" above named the printed 3)
    return meeting


def _group_heading(items: list[AgendaItem], k: int) -> bool:
    """Whether item k is only the heading of the lettered items after it ("4.
    Anlægsbevillinger 2012" over "4a." and "4b.", or "7.1", "7.2"): decided in them, not
    itself."""
    mark = items[k].label or str(items[k].number)
    return k + 1 < len(items) and re.fullmatch(rf"{re.escape(mark)}(?:[a-z]|\.\d{{1,2}})",
                                               items[k + 1].label) is not None
