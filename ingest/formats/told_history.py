"""A case's earlier treatment told in a sentence of the case's own text, as typed minutes
from before the meeting systems write it, with no heading of its own:

    Sagen var på udvalgets møde den 12/1 1988, pkt. 3, udsat, idet udvalget ønskede …
    Sagen har senest været behandlet på udvalgets møde den 10/1 1994, pkt. 4, hvor …
    Sagen har tidligere været behandlet i Økonomiudvalget den 23/4 2001, pkt. 3, hvor …
    Tidligere behandlet i udvalget den 4. maj 2021, pkt. 3.   (a protocol's decision cell)

An item taken up again notes the meeting it was put off at, its own body's, the same way
("Genoptaget fra mødet den 26. februar 2025, punkt 27.", under its heading or after its
title): that meeting is an earlier treatment too, its item number said or not.

The sentence stays the case's text; the meeting it names ("udvalgets", "i udvalget": the
committee's own, or the body named), its date and item number, and what was done there
(if said) are the case's history. Only a sentence naming the item's number is read so: "Sagen var på
dagsordenen den 8/1 2004" may name a meeting the item quotes below (or none at all).

A council's volunteer secretary tells the treatment that sent the case to the council
without an item number, as the subject of a sentence saying what that body decided on the
day, or as the council's own meeting "på mødet <day>, hvor …" what was agreed there:

    Social- og Sundhedsudvalget besluttede på sit møde d. 19. september 2023 at sende …
    Kultur- og Fritidsudvalget behandlede sagen 12. januar 2026 og besluttede at bede …
    Rådet drøftede processen på mødet d. 6/6-23, hvor det blev aftalt at holde …

Those are read too (`told_treatments`): the body's decision verb and the date right after
it (a body named before the verb, or the meeting's own), never a meeting to come."""

from __future__ import annotations

import re
from datetime import date

from referat.danish import sentences
from referat.domain import Treatment

from .dates import written_date
from .earlier_entries import earlier_head
from .treatment_notes import Told

_DATE = (r"\d{1,2}/\d{1,2}\s\d{4}|\d{1,2}/\d{1,2}-\d{2}(?!\d)|\d{1,2}[-./]\d{1,2}[-./]\d{4}|"
         r"\d{1,2}\.\s*[a-zæøå]{3,9}\s+\d{4}")
_TOLD_RE = re.compile(
    r"(?m)(?:^|(?<=[.:]\s))(?:Sagen\s+(?:har|var|blev)\b[^.]{0,60}?|"
    r"(?:Tidligere|Senest|Sidst)\s+behandlet)\s(?:på|i|for)\s+"
    r"(?:(?P<own>[Uu]dvalget|[Uu]dvalgets)|(?P<body>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?))"
    r"(?:\s+(?:møde|dagsorden))?\s+den\s+(?P<d>" + _DATE + r"),\s*(?:pkt\.|punkt)\s*"
    r"(?P<p>\d{1,3})(?:,\s*(?:(?:hvor|men|og)\s+)?(?P<t>.+?))?\.(?=\s+[A-ZÆØÅ]|\s*$)", re.S)

# "Genoptaget fra mødet den 26. februar 2025, punkt 27." (in italics too): the body's own
_RESUMED_FROM_RE = re.compile(
    r"(?:^|(?<=[.:(*_]))\s*(?:(?:Punktet|Sagen)\s+er\s+)?(?i:genoptaget)\s+fra\s+"
    r"(?:(?i:udvalgets|byrådets)\s+)?mødet\s+(?:den\s+|d\.\s*)?(?P<d>" + _DATE + r")"
    r"(?:,\s*(?:pkt\.|punkt)\s*(?P<p>\d{1,3}))?(?=[.)*_]|\s*$)", re.M)


def told_history(body: list[str], committee: str) -> list[Treatment]:
    """The earlier treatments the item's `body` lines tell in a sentence of their own
    (`committee` the meeting's, which "udvalgets møde" names).

    >>> told_history(["Sagen var på udvalgets møde den 12/1 1988, pkt. 3,",
    ...               "udsat, idet tilbud ønskedes. Der foreligger nu to."], "Kulturudvalget")
    [Treatment(committee='Kulturudvalget', date=datetime.date(1988, 1, 12), \
text='udsat, idet tilbud ønskedes', punkt=3)]
    >>> told_history(["*Genoptaget fra mødet den 4. marts 2025, punkt 9.*"], "Byrådet")[0].punkt
    9
    """
    text = "\n".join(" ".join(ln.split()) for ln in body if ln.strip())
    found = []
    for m in _TOLD_RE.finditer(text):
        when = written_date(m["d"])
        body_name = committee if m["own"] else m["body"]
        if when and body_name:
            found.append(Treatment(body_name, when[0], " ".join((m["t"] or "").split()),
                                   int(m["p"])))
    for m in _RESUMED_FROM_RE.finditer(text) if committee else ():
        if when := written_date(m["d"]):  # (an item taken up again: its own body's meeting)
            found.append(Treatment(committee, when[0], "", int(m["p"]) if m["p"] else None))
    return found


# "<Body> besluttede på sit møde d. <day> at …" (or "på mødet den <day> at …"), "<Body>
# behandlede udkastet den <day> og besluttede at …", "<Body> godkendte (anbefalede) den
# <day> at …" (also after a paragraph's label, "Baggrund: <Body> …"): the body, the day,
# what it did
# ("<Body> behandlede politikken på sit møde den <day> og anbefaler den …": what it did
# told in the present; "<Body> har på sit møde den <day> afgivet høringssvar: …")
_DECIDED_RE = re.compile(
    r"^(?:[A-ZÆØÅ][\w/ ]{2,30}:\s+)?(?P<body>[A-ZÆØÅ][^.!?:]{2,80}?)\s+"
    r"(?:besluttede|godkendte|vedtog|behandlede|anbefalede|(?P<has>har))"
    r"(?:\s+(?:sagen|udkastet|forslaget|planen|punktet|[a-zæøå]{2,}(?:en|et)))?"
    r"(?P<met>\s+på\s+(?:sit\s+møde|mødet))?\s+"
    r"(?:den\s+|d\.\s*)?(?P<d>" + _DATE + r")(?:,)?\s+(?:og\s+(?:besluttede|vedtog)\s+|og\s+"
    r"(?=(?:anbefaler|anbefalede|tiltrådte|tiltræder)\s))?(?P<t>(?(has)(?:afgivet|besluttet|"
    r"behandlet|drøftet|godkendt|anbefalet)\s|(?:(?:at|anbefaler|anbefalede|tiltrådte|"
    # (or what it approved, named: "… godkendte den 15. juni 2022 udbudsstrategien, …")
    r"tiltræder)\s|[a-zæøå]{3,}(?:en|et|ene|erne)\b)).+)$", re.S)
# two bodies' treatments told in one sentence, what was decided said once after both:
# "Økonomiudvalget anbefalede den 20. august 2024, og byrådet vedtog den 29. august 2024,
# at …" (each read as a sentence of its own, "Byrådet vedtog den 29. august 2024, at …")
_VERB = r"\s+(?:anbefalede|besluttede|godkendte|vedtog)\s+den\s+(?:" + _DATE + r")"
_PAIR_RE = re.compile(r"^(?:[A-ZÆØÅ][\w/ ]{2,30}:\s+)?(?P<a>[A-ZÆØÅ][^.!?:,]{2,80}?" + _VERB
                      + r"),\s+og\s+(?P<b>[^\W\d_][^.!?:,]{2,80}?" + _VERB
                      + r"),?\s+(?P<t>at\s.+)$", re.S)
# the meeting's own body, named by its kind only: "Udvalget godkendte den 1. oktober 2019 …"
_OWN_BODY_RE = re.compile(r"^(?:udvalget|rådet|bestyrelsen|nævnet)$", re.IGNORECASE)
# "… på mødet d. <day>, hvor det blev aftalt at …": the meeting's own body's earlier meeting
_OWN_MEETING_RE = re.compile(
    r"\bpå\s+(?:mødet|sit\s+møde)\s+(?:den\s+|d\.\s*)?(?P<d>" + _DATE + r"),\s+hvor\s+"
    r"(?P<t>.+)$", re.S)


def _sent(m: re.Match[str]) -> bool:
    """A body's response told by the day it was given ("<Body> har den <day> afgivet
    høringssvar, …"), no meeting named: a letter it sent, no treatment at a meeting
    ("har på sit møde den <day> afgivet høringssvar" is one)."""
    return bool(m["has"]) and not m["met"] and m["t"].startswith("afgivet")


def told_treatments(body: list[str], committee: str) -> list[Treatment]:
    """The earlier treatments the item's `body` lines tell as what a body decided on a
    day, without its item number (see the module's note; `committee` the meeting's).

    >>> [(t.committee, str(t.date), t.text) for t in told_treatments([
    ...     "Teknisk Udvalg besluttede på sit møde d. 3. maj 2022 at sende forslaget",
    ...     "i høring. Rådet drøftede sagen på mødet d. 2/2-22, hvor det blev aftalt at",
    ...     "vente."], "Ældrerådet")]
    [('Ældrerådet', '2022-02-02', 'det blev aftalt at vente'), \
('Teknisk Udvalg', '2022-05-03', 'at sende forslaget i høring')]
    >>> [(t.committee, str(t.date), t.text) for t in told_treatments([
    ...     "Udvalget godkendte den 4. maj 2021 at sende planen i høring. Byrådet vedtog den",
    ...     "2. juni 2021 planstrategien, som nu foreligger."], "Miljøudvalget")]
    [('Miljøudvalget', '2021-05-04', 'at sende planen i høring'), \
('Byrådet', '2021-06-02', 'planstrategien, som nu foreligger')]
    """
    paragraphs, lines = [], []  # a paragraph's lines, each its own (a "Sagsnr." line over
    for line in [*body, ""]:  # the sentence, no full stop) or a hard wrap's
        if line.strip():
            lines.append(" ".join(line.split()))
        elif lines:
            paragraphs.append(lines)
            lines = []
    found: list[Treatment] = []
    said_from = dict.fromkeys(" ".join(p[k:]) for p in paragraphs for k in range(len(p)))
    told = dict.fromkeys(s.strip().rstrip(".") for text in said_from for s in sentences(text))
    for said in [one for s in told for one in _apart(s)]:
        if (m := _DECIDED_RE.match(said)) and _sent(m):
            continue  # ("Handicaprådet har den 14. maj 2025 afgivet høringssvar": a letter)
        if m and (head := earlier_head(f"{m['body']} {m['d']}")):
            own = committee and _OWN_BODY_RE.match(head[0])
            entry = Told(committee if own else head[0], head[1], m["t"])
        elif committee and (m := _OWN_MEETING_RE.search(said)) and (when := written_date(m["d"])):
            entry = Told(committee, when[0], m["t"])
        else:
            continue
        if not any((t.committee, t.date) == (entry.committee, entry.date) and (
                entry.text in t.text or t.text in entry.text) for t in found):
            found.append(entry)
    return sorted(found, key=lambda t: t.date or date.min)


def _apart(said: str) -> list[str]:
    """A sentence telling two bodies' treatments (`_PAIR_RE`) as two; any other as it is.

    >>> _apart("Økonomiudvalget anbefalede den 2. maj 2024, og byrådet vedtog den 8. maj "
    ...        "2024, at planen sendes i høring")[1]
    'Byrådet vedtog den 8. maj 2024, at planen sendes i høring'
    """
    if not (m := _PAIR_RE.match(said)):
        return [said]
    return [f"{m['a']}, {m['t']}", f"{m['b'][:1].upper()}{m['b'][1:]}, {m['t']}"]
