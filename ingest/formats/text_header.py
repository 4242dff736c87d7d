"""The header of plain-text and markdown minutes: committee, date and time, place and
participants, from label lines (``Mødedato: …``) or the plain PDF layout (committee lines,
a date line, a place line, then ``Name - Deltog`` lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from referat.danish import TIME_RE
from referat.domain import Participant
from referat.occasions import first_occasion

from .attendance_legends import head_kind, labelled_attendance
from .bullet_people import OBSERVERS, bulleted_people
from .comma_parties import bracketed_parties
from .dated_place import dated_time_place
from .dates import date_and_time
from .dates import written_date as parse_date
from .decision_titles import meeting_line
from .header_names import named_header
from .in_place import in_place_of
from .letterhead_column import without_letterhead_column
from .line_entries import line_entries, line_entry, opens_redacted
from .members_table import BULLET_RE, members_table, people_lists, table_columns
from .name_status import name_status_lines
from .place_labels import addressed_place, first_sentence
from .represented import represented_groups
from .text_furniture import NEXT_MEETING_RE, post_byline, without_letter_date
from .text_header_committee import (
    below_running_lines,
    body_below_date,
    body_under_date,
    labelled_head_committee,
    member_group,
    not_committee,
)
from .text_header_fields import answer_deadline, extra_fields
from .text_header_lists import (
    DOC_WORDS,
    LIST_END,
    NAME_LINE_RE,
    NAME_REST_RE,
    PARTY_FIRST_RE,
    WRAP_WIDTH,
    attendance_notes,
    list_below,
    read_already,
    wrapped_name,
)
from .text_header_rows import (
    EXTRA_FIELD_RE,
    HEADER_FIELD_RE,
    STATUS_CELL_RE,
    header_rows,
    labelled_rows,
)
from .text_people import (
    ABSENT,
    NOBODY_RE,
    PARTICIPANT_RE,
    ROLE_WORD_RE,
    STANDS_FOR_END_RE,
    STANDS_IN_LINE_RE,
    STANDS_IN_RE,
    STATUS_MARK_RE,
    clean_heading,
    looks_like_name,
    participants_from_list,
)
from .text_title import body_of, titled_head, without_date
from .wrapped_rows import place_stages

# A role before the name of a list's entry: "1. viceborgmester Lars" / "Ejby Kofoed (V)"
_ROLE_FIRST_RE = re.compile(rf"^{ROLE_WORD_RE.pattern}\s+(?=(?-i:[A-ZÆØÅ]))", re.IGNORECASE)
# Labels that are also a list's heading on a line of their own: a field only with a colon.
_COLON_ONLY = ("til stede", "tilstede", "medlemmer", "indkaldte", "fremmødte", "deltog")
_PEOPLE_KEYS = ("mødedeltagere", "deltagere", "stedfortræder", "stedfortrædere", "stedfortr.",
                "suppleant", "suppleanter", "indkaldt", *_COLON_ONLY, *ABSENT, *OBSERVERS)

__all__ = ["Header", "clean_heading", "looks_like_name", "parse_header",
           "participants_from_list"]


@dataclass
class Header:
    committee: str | None = None
    date: date | None = None
    start_time: str | None = None
    place: str | None = None
    doc_type: str | None = None
    participants: list[Participant] | None = None
    occasion: str = ""  # `referat.occasions`: the title or committee line's ("ekstraordinært")


# "… kl. 16:30-18:00 (or 16-18) i mødelokale 3, Rådhuset": the place after the date line's time.
_PLACE_AFTER_TIME_RE = re.compile(
    r"(?i:kl)\.?\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–]\s*(?:(?i:kl)\.?\s*)?\d{1,2}(?:[.:]\d\d)?)?"
    r"(?:,?\s+(?:i|på)\s+|,\s+|\s+(?=hos\s))"  # ("kl. 19 hos Bente, Kirkevej 8": a host's home)
    r"(\S.{2,80})$")  # (or after a comma: "kl. 17.00-19.00, personalerummet, Tranebjerg")
# A place ending in its postcode and town: "Statene 2, 5970 Ærøskøbing"
_POSTAL_END_RE = re.compile(r",\s*\d{4}\s+[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+)?$")
# The body opening the date line: "Økonomiudvalget holdt møde mandag den 11. marts 2019 …"
_BODY_BEFORE_DATE_RE = re.compile(r"^([A-ZÆØÅ][\w ,.-]{2,80}?),?(?: holdt møde)?(?: \w+dag)?"
                                  r"\s+(?:den|d\.|[–—-])\s*\d")
# ... and a page header's "Teknik- og Miljøudvalget, 12. april 2011" or "Teknik- og Miljøudvalget –
# Referat – 12. april 2011": a body's name (not a town's dateline, "Holbæk, 12. april 2011"), the
# document's kind between, then the date (after its municipality or not: "Faaborg-Midtfyn Kommune
# Social- og Sundhedsudvalget Referat – 7. april 2011")
_BODY_KIND_DATE_RE = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]*(?: [A-ZÆØÅ][\w-]*)? Kommune,? )?"
    r"([A-ZÆØÅ][\w ,.-]{2,80}?(?i:udvalg|udvalget|råd|rådet|bestyrelsen?|nævnet|nævn|"
    r"kommissionen))(?:\s*[,–—-]\s*|\s+(?=(?i:referat|dagsorden|beslutningsprotokol)\b))"
    # ("Børne- og Familieudvalget – møde tirsdag den 7. marts 2017": the meeting named)
    r"(?:(?i:referat|dagsorden|beslutningsprotokol)\s*[,–—-]?\s*)?(?:(?i:\w*møde)\s+)?"
    r"(?:\w+dag\s+)?(?:den\s+)?\d")


# Lines above the date that are no name ("Kære alle", "Hermed referat af mødet.", "-----")
_PROSE_RE = re.compile(r"^(?:\W+|(?:kære|hej|hermed)\b.*|\S+(?:\s+\S+){3,}[.!?])$", re.IGNORECASE)


# The meeting's hours on a line of their own: "kl. 17.00 - 20.40", "Kl. 16:30", "17:00"
_TIME_LINE_RE = re.compile(
    r"^(?:kl\.?\s*|klokken\s*|(?=\d{1,2}:\d\d))(\d{1,2}[.:]\d\d)(?:\s*[-–]\s*\d{1,2}[.:]\d\d)?\.?$",
    re.IGNORECASE)


# The minute-taker's row after the members: "Referent  Kirsten Lykke" ends their list
# (so do the rows after it, labelled without a colon: "Øvrige Anne Krogh, direktør …", the
# others present; "Bemærkninger …"; "Gæst …"; "Fra administrationen …")
_STAFF_ROW_RE = re.compile(r"^\**(?:referent|sekretær|protokolfører|mødeleder|ordstyrer|"
                           r"øvrige(?:\s+(?:deltagere|fremmødte|tilstede))?|bemærkning(?:er)?|"
                           r"gæst(?:er)?|fra\s+(?:administrationen|forvaltningen|sekretariatet))\b",
                           re.IGNORECASE)


# "# Ældrerådet – referat af møde 14. marts 2024", "# Handicaprådet – møde 3. februar 2025"
_MD_BODY_FIRST_RE = re.compile(
    r"^#\s*\**\s*([A-ZÆØÅ][^–—:#]{2,80}?)\s+[–—-]\s+(?i:(referat|dagsorden|møde))\b(.*)$")


def parse_header(lines: list[str]) -> Header:
    """Committee, date, time, place, kind and participants from the lines before the
    first item (a post's byline, a letter's dateline and the next meeting announced
    aside: when it was posted or written, or the next meeting's day, is no meeting's date)."""
    h = _parse_header(without_letter_date(without_letterhead_column(labelled_attendance(
        [ln for ln in lines if not (post_byline(ln) or NEXT_MEETING_RE.match(ln.strip()))]))))
    h.participants = h.participants or []
    attendance_notes(h.participants, header_rows(lines))
    represented_groups(h.participants, header_rows(lines))  # ("Elevrepræsentant: Asta Krog")
    answer_deadline(h, header_rows(lines))
    h.occasion = first_occasion(lines)  # ("Økonomiudvalget - ekstraordinært møde")
    return h


def _parse_header(lines: list[str]) -> Header:
    h = Header(participants=[])
    rows = bracketed_parties(header_rows(lines))  # ("Ida Holm, C (borgmester)": "(C)")
    extra = extra_fields(h, rows)
    titled = titled_head(rows)
    if titled and not h.committee:
        h.doc_type, h.committee = titled
    # Markdown title: "# REFERAT Erhvervs-, … d. 06-02-2024"
    for row in rows:
        m = re.match(r"^#\s*\**\s*(REFERAT|DAGSORDEN)\b\s*(.*)$", row, re.IGNORECASE)
        if not m and (b := _MD_BODY_FIRST_RE.match(row)):
            # "# Ældrerådet – referat af møde 14. marts 2024"
            kind = b.group(2).lower()  # (a "møde" says no kind)
            h.doc_type = kind if kind != "møde" else h.doc_type
            h.committee = clean_heading(b.group(1))
            if found := parse_date(b.group(3)):
                h.date, h.start_time = found[0], found[1] or h.start_time
            break
        if m:
            h.doc_type = m.group(1).lower()
            # ("# Referat – Handicaprådet, 6. juni 2024": the date after a comma too)
            rest = without_date(re.split(r"\s+(?:d\.|den)\s*\d", m.group(2))[0])
            # "# Referat af møde i Handicaprådet, Skanderborg Kommune"
            rest = re.sub(r"^(?:af|fra|for)\s+(?:\w+\s+)?møde[t]?\s+i\s+", "", rest, flags=re.I)
            # ("# Referat af møde 10. september 2024": the meeting alone, no body named)
            rest = re.sub(r"^(?:af|fra)\s+(?:det\s+)?møde[t]?$", "", rest.strip(), flags=re.I)
            h.committee = body_of(rest) or clean_heading(rest) or h.committee
            found = parse_date(m.group(2))
            if found:  # (the time, if any, from the header's own "Tid:" line)
                h.date, h.start_time = found[0], found[1] or h.start_time
            break
    fields_seen = False
    entries_by_line = False  # a list above read one member a line (`line_entries`)
    listed: int | None = None  # where "Medlemmer" heads a list, one name a line
    for i, row in enumerate(rows):
        if group := member_group(rows, i):  # a joint meeting's members, by committee
            _people(h, "deltagere", group)
            continue
        m = HEADER_FIELD_RE.match(row)
        if not m or m.group(2).startswith("/"):  # "Afbud/Fraværende" is a heading
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key in _PEOPLE_KEYS and ":" not in row and table_columns(row):
            # "Medlemmer   Funktion   Fremmøde": the first column's head of a table
            h.participants.extend(members_table(rows[i:])[0])
            continue
        table, _ = members_table(rows[i + 1:]) if key in _PEOPLE_KEYS and not value else ([], 0)
        if key in _PEOPLE_KEYS and not value and (":" not in row or table):
            # "Deltagere" above a list, one name a line: read here when labels make up
            # the header, else by the plain layout below ("Til stede:" over a table too;
            # "Navn Parti Rolle Fremmøde" below)
            if table or labelled_rows(rows, i):
                value = "" if table else list_below(rows, i)
                h.participants.extend(table)
                if value:
                    _people(h, key, value)
            elif listed is None:
                listed = i  # the plain layout's lists, from here
            continue
        fields_seen = True
        inline = bool(value)
        if key in _PEOPLE_KEYS and not value and row.rstrip("*").endswith(":") and (
                bulleted := bulleted_people(rows, i, key)):  # ("Til stede:" / "• Ida Holm, …")
            h.participants.extend(bulleted)
            continue
        if not value and row.rstrip("*").endswith(":"):
            value = list_below(rows, i)  # the label on a line of its own, the list below
        if key == "mødedato":
            found = date_and_time(value)
            if found:
                h.date, h.start_time = found[0], found[1] or h.start_time
        elif key == "mødested" and value:
            h.place = place_stages(value, rows[i + 1:i + 4], lambda r: bool(  # (its town
                HEADER_FIELD_RE.match(r) or EXTRA_FIELD_RE.match(r)))  # below the postcode)
        elif key in _PEOPLE_KEYS and value:
            # ("Fraværende Ingen" / "Bemærkninger …": a list of nobody is whole on its row)
            by_line = [value]  # (one member a line: `line_entries`)
            for nxt in rows[i + 1: i + 60] if inline and not NOBODY_RE.match(value) else []:
                # (wrapped after a comma, in a name, or one entry a line below)
                last = re.split(r"[,;]", value)[-1].strip()
                last = _ROLE_FIRST_RE.sub("", last)  # ("1. viceborgmester Lars": the name)
                if not nxt or HEADER_FIELD_RE.match(nxt) or EXTRA_FIELD_RE.match(nxt) or (
                        _STAFF_ROW_RE.match(nxt)):
                    break
                # (a name's start, no party yet; not a label "DELTAGERE FRA …:", a role "Formand",
                named = "(" not in last and last[:1].isupper() and not last.endswith(":") and (
                    not (ROLE_WORD_RE.fullmatch(last) or STATUS_CELL_RE.match(last)))  # "Deltog")
                if value.endswith((",", ";", " -")) or re.search(r"\s\d{1,2}\.$", value) or (
                        re.match(r"(?:og|samt) [A-ZÆØÅ]", nxt)):  # "…, 1."; "… den 12."; "…" /
                    # "og Ole Gade"
                    value += " " + nxt
                elif len(by_line) > 1 and opens_redacted(nxt):  # ("(udeladt), …": a seat
                    value += ", " + nxt  # whose name is withheld, no party wrapped)
                    by_line.append(nxt)
                elif value.count("(") > value.count(")"):  # wrapped inside a parenthesis:
                    value += " " + nxt  # "Ole Dam (Byrådets" / "Repræsentant), Ib Holm (F)"
                elif key.startswith("stedfortr") and STANDS_IN_LINE_RE.match(nxt):
                    value += ", " + nxt  # one substitute a line: "Kim Holst (A) mødte for …"
                elif NAME_REST_RE.match(nxt) and (named or STANDS_FOR_END_RE.search(last)):
                    value += " " + nxt  # "…, Jørgen" / "Tousgaard (A), …"; "… for Claus" / …
                elif PARTY_FIRST_RE.match(nxt) and (named or last.endswith(")") and (
                        nxt[1:2].islower()) or STANDS_FOR_END_RE.search(last)):  # (a role's
                    value += " " + nxt  # "…, Anja Mølgaard" / "(A), Per Thyssen (V), …";
                    # bracket after the party's: "…, Lone Mikkelsen (A)" / "(næstformand), …";
                    # the replaced member's party: "… stedfortræder for Ida Lund" / "(C)")
                elif max(len(value), len(row)) >= WRAP_WIDTH and wrapped_name(last, nxt):
                    value += " " + nxt  # a paragraph wrapped in a name: "…, Anne" / "Thorup, …"
                    # ("…, Inger Marie" / "Lund, Kaj …": the surname alone before the comma)
                elif looks_like_name(STATUS_MARK_RE.sub("", entry := BULLET_RE.sub(
                        "", nxt)).split(",")[0]) and ":" not in nxt and len(nxt) < 120:
                    value += ", " + entry  # "Jeppe Trolle (A), formand" / "Merete Amdisen
                    # (C)", or a bullet each below the first: "• Ole Kring (C)"
                    by_line.append(entry)
                else:
                    break
            if ", ".join(by_line) == value and (lined := line_entries(by_line)) is not None:
                value, entries_by_line = lined, True  # ("Name, Organisation, role" a line)
            elif entries_by_line and len(by_line) == 1:
                value = line_entry(value)  # (another list of the header's layout, one line)
            _people(h, key, value)
    if fields_seen and h.date:
        h.committee = h.committee or labelled_head_committee(rows)
        if not h.start_time:  # ("Dato: 03.06.2019" / … / "mandag den 3. juni 2019, kl. 17:00")
            h.start_time, place = dated_time_place(rows, h.date)
            h.place = h.place or place
        h.doc_type = h.doc_type or head_kind(rows)  # ("Referat" alone above the labels)
        h.place = addressed_place(h.place, rows)  # (its address in the head's sentence)
        if listed is None and not h.participants:  # a members table under its own heading
            listed = next((k for k, r in enumerate(rows) if table_columns(r)), None)
        if listed is not None and h.participants and all(p.status != "deltog" for p in (
                h.participants)) and (below := list_below(rows, listed)):  # only the absent
            h.participants[:0] = participants_from_list(below, "deltog")  # ("Afbud X (C)")
        if listed is not None and not h.participants:  # labels without colons above it
            h.participants, _ = people_lists(rows[listed:], LIST_END,
                                             lambda r: bool(HEADER_FIELD_RE.match(r)))
        return named_header(h)
    # Plain layout: committee lines, a date line, a place line, then participants.
    content = [r for i, r in enumerate(rows) if r and i not in extra]
    # (not a list's line: "- 6. marts 2025 – Referat" links another meeting on a web page)
    dated = [i for i, r in enumerate(content) if parse_date(r) and not re.match(r"^[-•·*]\s", r)]
    # (a labelled "Dato: …" is the meeting's day, not a sentence above it: "Dagsordenen er
    # udsendt … den 14. januar 2026.")
    date_idx = next((i for i in dated if h.date and (parse_date(content[i]) or [None])[0] == h.date
                     and EXTRA_FIELD_RE.match(content[i])), dated[0] if dated else None)
    if date_idx is None:  # (dated elsewhere: a running header, "Tidspunkt: …", the name)
        h.participants = h.participants or (h.date and people_lists(content, LIST_END, lambda r: (
            bool(HEADER_FIELD_RE.match(r))))[0]) or []
        return named_header(h)
    # ("Det besluttede X den …"; "Beslutninger fra …" / "Byrådet holdt møde den …")
    date_idx, told = meeting_line(content, dated, date_idx)
    found = date_and_time(content[date_idx])
    h.date, h.start_time = found[0], found[1] or h.start_time  # type: ignore[index]
    if not h.place and (m := _PLACE_AFTER_TIME_RE.search(first_sentence(content[date_idx]))):
        h.place = m.group(1).rstrip(".")
        # "… Skive Rådhus," / "Torvegade 10"; a sentence wrapped in the place: "… kl. 19.00
        # i Skovlund" / "Forsamlingshus, Skovlundvej 12." (not after a whole address, "…,
        # 5970 Ærøskøbing" / "Mødet sluttede kl. 18.10.": a sentence of its own)
        if date_idx + 1 < len(content) and ":" not in (wrap := content[date_idx + 1]) and len(
                wrap) < 80 and (h.place.endswith(",") or len(content[date_idx]) >= 60 and (
                not content[date_idx].endswith(".") and wrap.endswith("."))) and not (
                _POSTAL_END_RE.search(h.place)):
            h.place = f"{h.place} {wrap.rstrip('.')}"
            content.pop(date_idx + 1)
    if taken := body_below_date(content[:date_idx], content[date_idx + 1:]):  # a badge
        h.committee = h.committee or clean_heading(content[date_idx + 1])
        kind = clean_heading(content[date_idx + 2]).lower()
        h.doc_type = h.doc_type or ("dagsorden" if "dagsorden" in kind else "referat")
        del content[date_idx + 1: date_idx + 1 + taken]
    if not h.committee and all(not_committee(r) for r in content[:date_idx]):  # ("Dagsorden" /
        h.committee = body_under_date(content[date_idx + 1:])  # "Kulturudvalget" below it)
    if h.start_time is None and date_idx + 1 < len(content) and (
            m := _TIME_LINE_RE.match(content[date_idx + 1].strip())):  # ("Kl. 19 · Sted")
        h.start_time = m.group(1).replace(".", ":")  # "Tirsdag den 18. juni 2024" / "kl. 17.00"
        content.pop(date_idx + 1)
    head = content[:date_idx]
    # a rule above the minutes' own head ends what came before it (an e-mail's greeting)
    rules = [i for i, r in enumerate(head) if _RULE_LINE_RE.match(r)]
    head = head[rules[-1] + 1:] or head if rules else head
    if h.start_time is None:  # "Dato: 04.12.2012", below it "… 2012, kl. 13:00" (or "Kl. 17")
        for i in range(date_idx, min(len(content), date_idx + 12)):
            found, time = parse_date(content[i]), TIME_RE.search(content[i]) or (
                _TIME_LINE_RE.match("".join(content[i + 1:i + 2]).strip()))
            if found and found[0] == h.date and time:
                h.start_time, date_idx = time.group(1).replace(".", ":"), i
                if not h.place and (m := _PLACE_AFTER_TIME_RE.search(content[i])):
                    h.place = m.group(1).rstrip(".")  # ("… kl. 19.30 på rådhuset, mødesalen.")
                break
    for row in head:
        word = clean_heading(row).lower()
        if word in DOC_WORDS:
            h.doc_type = h.doc_type or ("dagsorden" if "dagsorden" in word else "referat")
    # ... and so does "REFERAT" above the body's name (an e-mail's sign-off before it), or
    # a mail's "BESLUTNINGER" over it (a salutation before it: "Kære medlemmer af …")
    kinds = [i for i, r in enumerate(head) if clean_heading(r).lower() in DOC_WORDS or (
        clean_heading(r).lower() == "beslutninger" and "".join(head[i + 1:i + 2])[:1].isupper())]
    if kinds and any(not not_committee(r) for r in head[kinds[-1] + 1:]):
        head = head[kinds[-1] + 1:]
    # "Økonomiudvalget, den 12.03.2024 kl. 15.00": the body opens the date line
    named = _BODY_KIND_DATE_RE.match(content[date_idx])
    body = named or _BODY_BEFORE_DATE_RE.match(content[date_idx])
    h.committee = h.committee or told  # (the body a decisions title or its sentence names)
    if not h.committee and not head and named:
        h.committee = named.group(1)  # (the first line: a page header's)
    if not h.committee and head:
        head = below_running_lines(head)
        kept = [r for r in head if not not_committee(r) and ":" not in r
                and not _PROSE_RE.match(r)]
        # (… or names it again below a letter's head: "Til medlemmerne af X")
        if body and (not kept or any(r.endswith(f" {body.group(1)}") for r in kept)):
            h.committee = body.group(1)
        else:
            h.committee = re.sub(r"\s+", " ", " ".join(
                clean_heading(r) for r in kept or head)).strip()  # "# Økonomiudvalget"
    rest = content[date_idx + 1 :]
    marked = sum(bool(PARTICIPANT_RE.match(r)) for r in rest)
    if marked and marked * 2 >= sum(bool(NAME_LINE_RE.match(r)) for r in rest):
        # (not one "Mette Lund (A) - fraværende" among plain lines of names)
        people, place = name_status_lines(rest)
    else:
        people, place = people_lists(rest, LIST_END, lambda r: bool(HEADER_FIELD_RE.match(r)))
    known = [p.name for p in h.participants]  # (a label's list's line is no person of its own)
    h.participants.extend(p for p in people if not read_already(p.name, known))
    h.place = h.place or place
    return named_header(h)


def _people(h: Header, key: str, value: str) -> None:
    status = "afbud" if key in ABSENT else "deltog"
    people = in_place_of(participants_from_list(value, status))  # ("X. Suppleant Y deltog.")
    if key.startswith(("stedfortr", "suppleant")):  # "Tina Hansen (O) for Søren Nielsen (O)"
        for p in people:
            name, _, other = STANDS_IN_RE.sub(" for ", p.name, count=1).partition(" for ")
            # ("Bo Krag (for Ib Hansen)": whom they stood in for in the brackets)
            other = other or (m.group(1) if (m := _FOR_ROLE_RE.match(p.role)) else "")
            p.name, p.role = name.strip(), f"stedfortræder for {other.strip()}" if other else (
                p.role if p.role.startswith("stedfortræder") else "stedfortræder")
    for p in people:  # (justified text's wide spaces: "Hanne  Dam  (V),  1.  viceborgmester")
        p.name, p.role = " ".join(p.name.split()), " ".join(p.role.split())
    h.participants.extend(people)  # type: ignore[union-attr]


_RULE_LINE_RE = re.compile(r"^\s*(?:[-_=*]\s*){5,}$")
_FOR_ROLE_RE = re.compile(r"^for\s+((?-i:[A-ZÆØÅ])[^,;()]{2,60})$", re.IGNORECASE)
