"""People in a meeting's lists: who held a role or belonged to a party, whether a named
person took part (or only under an item), and a person's own entry ("Miasser Hawwa (L)")."""

from __future__ import annotations

import re

from referat.danish import KOMMUNE, danish_date, sentences, stems
from referat.domain import Answer, Filters, ItemRef, RetrievedItem
from referat.municipalities import municipalities_named
from referat.periods import period_words
from referat.values import PERSON

from ..asked_names import question_names
from ..catalog import agenda_ref
from ..confidence import match_weight, place_stems
from ..intent import YES_NO, asked_type, is_yes_no
from ..meeting_intent import MEETING_ABOUT
from ..parties import asked_party, party_name
from ..query import PARTY_STEMS, meeting_named, meeting_stems
from ..roles import CHAIR_ASKED, asked_role, asked_role_word, asks_absence, premise_role
from .base import Context
from .front_page import front_page, meeting_first, meeting_label, open_items

# A yes/no question about a person: "Var Allan Kristensen stadig 2. viceborgmester …?"
_PERSON_WAS = re.compile(r"^\W*(?:var|er)\s+(?-i:[A-ZÆØÅ]\w+\s+[A-ZÆØÅ])", re.I)
# Attendance asked as yes/no: "… var centerchefen med?", "Deltog direktøren i mødet?"
# ("Var der en erhvervschef med i 2015?": "med" before a period too)
_ATTENDS = re.compile(r"\b(?:med(?= på mødet| til mødet|,|\W*$| i \d{4}\W*$)|til stede|deltog|"
                      r"mødt\w* op|fraværende|afbud)\b", re.I)
_TITLE_UNIT = re.compile(r"(?:chef|direktør|leder|konsulent|formand)\w*\s+(?:for|fra|i|hos)\s+"
                         r"((?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)*)", re.I)


def title_unit(question: str) -> set[str]:
    """The stems of the unit a title names: "direktøren for Caverion" → {"caverion"}."""
    return set(stems(" ".join(_TITLE_UNIT.findall(question)), frozenset()))


_OTHER_MEETING = re.compile(r"\bmøde[t]? med\b", re.I)
# "Hvilket parti repræsenterer Miasser Hawwa?", "… – for hvilket parti?"
_PARTY_OF = re.compile(r"\bhvilke[tn]?\s+parti\w*|\bparti(?:farve|tilhørsforhold)\b", re.I)


def _entry_fits(entry: str, role: str | None, word: str | None, party: str | None) -> bool:
    """Does a participant entry hold the asked role ("Jette Rau (erhvervschef)") or
    belong to the asked party ("Kim Schulz Larsen (V)")?"""
    notes = [n.strip().lower() for n in re.findall(r"\(([^()]*)\)", entry)]
    if party is not None and party.lower() not in notes:
        return False
    if role is not None:
        titles = " ".join(notes)
        return role in titles and (word is None or word in titles or word == role)
    return party is not None


def role_holder(ctx: Context, asked: str) -> Answer | None:
    """"Hvem var konstitueret centerchef for Arbejdsmarked på mødet i februar 2024?",
    "Hvilken direktør deltog i udvalgsmødet den 7. februar 2023?", "Hvilke medlemmer fra
    Venstre sad med på mødet?": the participants whose entry in the meeting's list holds
    the role (and most of the question's other words) or the party, from the first
    meeting retrieved that has any; None if none, or if the question (`asked` its asked
    type) is not about people in a role or a party."""
    if _PARTY_OF.search(ctx.question):
        # "Miasser Hawwa sad med … – for hvilket parti?": the person's entry in a list
        own = _person_listed(ctx)
        if own is not None:
            return own
    # ("Var centerchefen for By og Miljø med på mødet 8.9.2020?": its entry's status)
    # (not "med til mødet med KKR": another body's meeting, which no list of ours covers)
    attends = YES_NO in (asked, asked_type(ctx.question)) and bool(
        _ATTENDS.search(ctx.question)) and not _OTHER_MEETING.search(ctx.question)
    role = asked_role(ctx.question) if asked == PERSON or attends else None
    word = asked_role_word(ctx.question) if role else None
    # ("sad der en løsgænger med …?" is a yes/no question about the list's members)
    party = asked_party(ctx.question) if asked in (PERSON, YES_NO) else None
    if role is None and party is None:
        if asked == YES_NO and _PERSON_WAS.search(ctx.question) \
                and meeting_named(ctx.question):
            # "Var Allan Kristensen stadig 2. viceborgmester, da udvalget mødtes
            # 18/3-25?": his entry in that meeting's list says it
            meeting = next((m for m in map(ctx.lookup.meeting, (i.ref for i in ctx.items))
                            if m is not None), None)
            return named_people(ctx, meeting) if meeting else None
        return None
    w = ctx.weights
    # Words that name the meeting, the period, the role or the party are not the
    # role's own qualifiers ("konstitueret", "Arbejdsmarked").
    chair = CHAIR_ASKED.search(ctx.question)  # ("hvem ledede fællesmødet …?": its words)
    skip = (period_words(ctx.q.text) | meeting_stems() | set(stems(word or ""))
            | PARTY_STEMS | KOMMUNE | set(stems(chair.group(0) if chair else "")))
    wanted = [t for t in ctx.q.topic if t not in skip]
    # the title's own unit, by name ("direktøren for Caverion", "chefen fra Gladsaxe")
    unit = title_unit(ctx.question) if role else set()
    seen = set()
    lo, hi = ctx.q.date_from, ctx.q.date_to or ctx.q.date_from
    for item in ctx.items:
        meeting = ctx.lookup.meeting(item.ref)
        if meeting is None or meeting.ref in seen:
            continue
        if lo and hi and not lo <= meeting.date <= hi:
            continue  # "… på mødet i marts 2025?": that meeting's list, not another's
        seen.add(meeting.ref)
        # ... nor are words that name what the meeting did ("mødet hos Toms")
        about = set(stems(" ".join([meeting.place, *(t for _, t, _ in meeting.agenda)])))
        # ... nor the body and its municipality ("formand for Fanøs økonomiudvalg")
        about |= place_stems(ctx.question, meeting.ref)
        own = [t for t in wanted if t not in about]
        found = []
        for entry in meeting.listed:
            if not _entry_fits(entry, role, word, party):
                continue
            have = set(stems(entry))
            # (a compound names its unit: "arbejdsmarkedsområdet" — "for Arbejdsmarked")
            if role and own and sum(match_weight(t, have, w) > 0 for t in own
                                    ) < w.role_entry_share * len(own):
                continue
            if not unit - about <= have:
                continue  # "Direktøren for Caverion": not the municipality's director
            found.append(entry)
        if found:
            return listed(ctx, meeting, found, answer_yes_no=attends)
        if party and lo:
            # "Var Enhedslisten med på mødet i marts 2025?" and no one of Ø is listed
            body = (f"Deltager- og afbudslisten til {meeting_label(ctx, meeting)} nævner ingen "
                    f"fra {party_name(party)} ({party})." + (
                        " Deltog: " + ", ".join(meeting.attendees) + "."
                        if meeting.attendees else ""))
            return front_page(ctx, meeting, body)
    return None


HOW_MANY = re.compile(r"\bhvor mange\b", re.I)


def listed(ctx: Context, meeting, found: list[str],  # noqa: ANN001
           answer_yes_no: bool = False, counted: str = "") -> Answer:
    """The entries `found` in the meeting's participant list, each with its status; a
    yes/no question about one entry ("Var centerchefen med?") starts with Ja or Nej; a
    count asked of the whole list names what it counts (`counted`, e.g. "Udvalget har {n}
    medlemmer på listen:" → "Udvalget har 9 medlemmer på listen: 7 deltog, 2 havde
    afbud.")."""
    label = meeting_label(ctx, meeting)
    lines, lead = [f"> {entry} — {meeting.status_of(entry)}" for entry in found], ""
    if called := [e for e in found if e in meeting.called]:  # only the agenda is here
        who = "vedkommende" if len(called) == 1 else "de"
        lead = (f"Kun dagsordenen er i arkivet: den indkalder {', '.join(called)}; om {who} "
                "deltog, står i referatet. ")
    elif answer_yes_no and len(found) == 1:
        # "Var X med?" of an absent member is no; "Havde X meldt afbud?" yes
        no = (found[0] in meeting.absentees) != asks_absence(ctx.question)
        lead = "Nej. " if no else "Ja. "
    elif HOW_MANY.search(ctx.question):  # "hvor mange af de fremmødte kom fra (A)?"
        absent = sum(e in meeting.absentees for e in found)
        lead = f"{len(found) - absent} deltog, {absent} havde afbud. "
        if counted:
            lead = f"{counted.format(n=len(found))} {lead}"
    body = f"{lead}Ifølge deltager- og afbudslisten til {label}:\n" + "\n".join(lines)
    return meeting_first(ctx, meeting.ref, ctx.answer(
        body, [ctx.cite(meeting.ref, "; ".join(found), "Møde", title="")]))


def guest_at_item(ctx: Context, meeting, names: set[str], who: str = "",  # noqa: ANN001
                  need: int = 2) -> Answer | None:
    """A person not on the meeting's list who took part under items ("På mødet deltager
    afsnitsleder Jakob Timmermann under behandlingen af sagen"): each item's sentence,
    cited to its item; None when no item names the person (`need` of the `names`
    stems; a title asked: its one word, "GIS-medarbejderen")."""
    found = _item_mentions(ctx, meeting, names, need)
    if not found:
        return None
    who = who or " ".join(w for w, _ in question_names(ctx.question))
    body = f"Deltagerlisten til {meeting_label(ctx, meeting)} nævner ikke {who}, men " + (
        "disse punkter gør:\n" if len(found) > 1 else "")
    body += _mention_lines(found)
    return meeting_first(ctx, found[0][0], ctx.answer(body, _mention_cites(ctx, found),
                                                      kind="meeting"))


def _item_mentions(ctx: Context, meeting, names: set[str],  # noqa: ANN001 - MeetingInfo
                   need: int) -> list[tuple[ItemRef, str, str]]:
    """(item, title, sentence) for each of the meeting's open items with a sentence that
    names `need` of the `names` stems: the one that says they took part, else the first."""
    found = []
    for n, title, view in open_items(ctx, meeting):
        hits = [x for _, text in view.sections for x in sentences(text)
                if len(names & set(stems(x))) >= need]
        hit = next((x for x in hits if "deltag" in x.lower()), hits[0] if hits else "")
        if hit:
            found.append((agenda_ref(meeting, n), title, hit))
    return found


def _mention_lines(found: list[tuple[ItemRef, str, str]]) -> str:
    return "\n".join(f"{'- ' if len(found) > 1 else ''}{ref.name} ({title}):\n> {hit}"
                     for ref, title, hit in found)


def _mention_cites(ctx: Context, found: list[tuple[ItemRef, str, str]]) -> list:
    return [ctx.cite(ref, hit, "Yderligere deltagelse", title=title)
            for ref, title, hit in found]


def _person_listed(ctx: Context) -> Answer | None:
    """The first retrieved meeting (in the asked period) whose list names the person the
    question names, with the entry; None when no list does."""
    lo, hi = ctx.q.date_from, ctx.q.date_to or ctx.q.date_from
    for item in ctx.items:
        meeting = ctx.lookup.meeting(item.ref)
        if meeting is None or (lo and hi and not lo <= meeting.date <= hi):
            continue
        found = _entries_naming(meeting, _person_stems(ctx, meeting))
        if found:
            return listed(ctx, meeting, found)
    return None


def _entries_naming(meeting, names: set[str]) -> list[str]:  # noqa: ANN001 - MeetingInfo
    """The list entries that name the person: a first and a last name of `names` (one
    of them may be spelled a letter apart: "Saime" and "Saima B. Inanc"; a genitive's
    "s" is no letter of the name: "Jette Raus titel")."""
    exact = _with_genitives(names)
    # (a letter apart is the name misspelt, not its genitive: "Andersens" is no "Andersen"
    # of another first name)
    return [e for e in meeting.listed
            if len(exact & (have := set(stems(e)))) >= 2
            or (names & have and any(_one_apart(n, h) for n in names - have for h in have
                                     if n[:-1] != h))]


def _with_genitives(names: set[str]) -> set[str]:
    """The name stems and each without a genitive's "s" ("raus" → "rau")."""
    return names | {n[:-1] for n in names if n.endswith("s") and len(n) > 3}


def _one_apart(a: str, b: str) -> bool:
    """Two name stems of four letters or more, one letter changed, added or dropped."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _person_stems(ctx: Context, meeting) -> set[str]:  # noqa: ANN001 - MeetingInfo
    # a person has a first and a last name; the meeting's place, items and committee
    # are no one ("hvem deltog i mødet hos Toms Gruppen?")
    about = stems(" ".join([ctx.committee(meeting.ref), meeting.place,
                            *(t for _, t, _ in meeting.agenda)]))
    return _question_people(ctx) - set(about)


def _question_people(ctx: Context) -> set[str]:
    """The stems of the names the question holds, without parties, municipalities ("nogen
    fra Radikale Venstre") and what the meeting was about ("møde om Køge Bugt …")."""
    about = stems(" ".join([*(m.group(1) for m in MEETING_ABOUT.finditer(ctx.question)),
                            *municipalities_named(ctx.question)]), frozenset())
    return {s for _, s in question_names(ctx.question)} - KOMMUNE - PARTY_STEMS - set(about)


def named_people(ctx: Context, meeting) -> Answer | None:  # noqa: ANN001 - MeetingInfo
    """"Var Mette Vaaben Mortensen med på udvalgsmødet 7. februar 2023?": her entry in
    the list (or that the list does not name her); None if the question names nobody."""
    # a person on the list is one even when an item's title names them too ("Valg af
    # midlertidig formand under Musa Kekecs (A) fravær")
    people = _question_people(ctx)
    found = _entries_naming(meeting, people)
    spoken = _with_genitives(people)  # (not the meeting's matter: `_question_people`)
    if found:
        wrong_role = _premise_role_denied(ctx, meeting, found)
        if wrong_role is not None:
            return wrong_role
        answer = listed(ctx, meeting, found, answer_yes_no=is_yes_no(ctx.question))
        if _ROLE_ASKED.search(ctx.question) and not any(_ROLE_IN_ENTRY.search(e)
                                                       for e in found):
            # "Anja Holtze rollen i 2025?" and her entry gives a party only: the items
            # that name her say what she did ("… indstillede Anja Holtze (A) som …")
            items = _item_mentions(ctx, meeting, spoken, 2)
            if items:
                answer.text += "\n\nPunkter, der nævner dem:\n" + _mention_lines(items)
                answer.citations += _mention_cites(ctx, items)
            else:
                # "Hvilken titel havde Mette Vaaben Mortensen …?" and her entry gives none
                answer.text = ("Det står ikke i referaterne: listen angiver ingen titel eller "
                               f"rolle.\n\n{answer.text}")
                answer.declined = True
        return answer
    names = _person_stems(ctx, meeting)
    if len(names) < 2:
        # a guest whom an item's title names ("Besøg af … direktør, Katrine Joensen"):
        # the names that are not the committee's or the place's
        guest = spoken - set(stems(" ".join([ctx.committee(meeting.ref), meeting.place])))
        return guest_at_item(ctx, meeting, guest) if len(guest) >= 2 else None
    guest = guest_at_item(ctx, meeting, names)
    if guest is not None:
        return guest
    label = meeting_label(ctx, meeting)
    body = (f"Deltager- og afbudslisten til {label} nævner ikke "
            f"{' '.join(w for w, _ in question_names(ctx.question))}.")
    return front_page(ctx, meeting, body)


def _premise_role_denied(ctx: Context, meeting, found: list[str]) -> Answer | None:  # noqa: ANN001
    """"Var det Jannik Karoli Plum Nielsen, der sad med som direktør?" when his entry
    says "(centerchef for Arbejdsmarked)" and another entry holds "(direktør)": "Nej",
    both entries quoted. None when the question is no yes/no question, names no single
    role, the person's entry holds the role, or no other entry does (a member's entry
    often gives a party only: the list then cannot deny the role)."""
    if not is_yes_no(ctx.question) or len(found) != 1:
        return None
    role = premise_role(ctx.question)
    if role is None or _holds(found[0], role):
        return None
    holders = [e for e in meeting.listed
               if e != found[0] and _holds(e, role)]
    if not holders:
        return None
    answer = listed(ctx, meeting, found + holders)
    answer.text = f"Nej. {role.capitalize()} var {_names(holders)}. " + answer.text
    return answer


def _holds(entry: str, role: str) -> bool:
    """Does a list entry's parenthesis name the role ("… (direktør)", "… (2.
    viceborgmester)")?"""
    return any(role in note.lower() for note in re.findall(r"\(([^()]*)\)", entry))


def _names(entries: list[str]) -> str:
    """The persons' names without their parentheses, joined in Danish."""
    names = [re.sub(r"\s*\([^()]*\)", "", e).strip() for e in entries]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


# A title or role asked ("Jette Raus titel", "hvilken rolle havde …"), and an entry that
# gives one: a parenthesis that is not only a party letter ("(centerchef for …)").
_ROLE_ASKED = re.compile(r"\b(?:titel|titlen|stilling\w*|rolle\w*|funktion\w*)\b", re.I)
_ROLE_IN_ENTRY = re.compile(r"\((?![A-ZÆØÅ]\)|løsgænger)[^)]{2,}\)", re.I)


# "… og under hvilke punkter?": the items too, not only the lists
_ITEMS_ASKED = re.compile(r"\bpunkt\w*|\bsager(?:ne)?\b", re.I)


def attendance_record(ctx: Context) -> Answer | None:
    """"Mette Vaaben Mortensen – hvilke af udvalgsmøderne var hun med til?": every
    meeting (in the asked period; of the committee, when one is named) whose list names
    the person, in date order, with the entry (the title then) and the status; and, when
    the question asks under which items or no list names them (a guest), the retrieved
    items whose text names them. None when the question names no one or nothing does."""
    listing = getattr(ctx.lookup, "meetings_in", None)
    seen = [m for m in map(ctx.lookup.meeting, (i.ref for i in ctx.items)) if m is not None]
    names = {s for _, s in question_names(ctx.question)} - KOMMUNE
    if listing is None or not seen or len(names) < 2:
        return None
    q = ctx.q
    wanted = Filters(municipalities=sorted({m.municipality for m in seen}),
                     date_from=q.date_from, date_to=q.date_to or q.date_from)
    if q.committee_mention:
        wanted.committees = sorted({m.committee for m in seen})
    rows, total = [], 0
    for info in listing(wanted):
        meeting = ctx.lookup.meeting(info.ref)
        total += meeting is not None
        rows += [(meeting, e) for e in _entries_naming(meeting, names)] if meeting else []
    items = _items_naming(ctx, names) if not rows or _ITEMS_ASKED.search(ctx.question) else []
    if not rows and not items:
        return None
    who = " ".join(w for w, _ in question_names(ctx.question))
    # (date, punkt, line, citation): the list entries first on each day, then its items
    found = [(m.date, 0, f"- {danish_date(m.date)}: {e} — "
                         f"{m.status_of(e)}",
              ctx.cite(m.ref, e, "Møde", title="")) for m, e in rows]
    found += [(item.meeting_date, item.punkt, f"- {danish_date(item.meeting_date)}, "
                                              f"{item.ref.name} ({item.title}): »{hit}«",
               ctx.cite(item, hit, "Yderligere deltagelse")) for item, hit in items]
    found.sort(key=lambda f: f[:2])
    absent = sum(e in m.absentees for m, e in rows)
    body = (f"{who} står på deltager- og afbudslisten til {len(rows)} af {total} møder "
            f"{'i perioden' if q.date_from else 'i arkivet'} (afbud til {absent})"
            if rows else f"{who} står ikke på nogen af mødernes deltagerlister") + (
        ", og nævnes under disse punkter" if items else "") + ":\n" + "\n".join(
        f[2] for f in found)
    return meeting_first(ctx, found[0][3].ref,
                         ctx.answer(body, [f[3] for f in found], kind="meeting"))


def _items_naming(ctx: Context, names: set[str]) -> list[tuple[RetrievedItem, str]]:
    """The retrieved items whose text names the person (a first and a last name), each
    with the sentence that says they took part, else the first that names them."""
    found = []
    for item in ctx.items:
        view = None if item.is_meeting else ctx.lookup.item(item.ref)
        hits = [x for _, text in (view.sections if view else []) for x in sentences(text)
                if len(names & set(stems(x))) >= 2]
        if hits:
            found.append((item, next((x for x in hits if "deltag" in x.lower()), hits[0])))
    return found
