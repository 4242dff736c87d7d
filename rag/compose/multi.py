"""Questions in several parts ("Hvad besluttede udvalget om studieturen, og hvornår skal
den finde sted?"): each part is answered on its own, with its own citations, and the
answers are joined in the order asked. A part that only refers back ("hvornår skal den
finde sted?") borrows the first part's topic words.

>>> split_parts("Hvad besluttede udvalget om studieturen, og hvornår skal den finde sted?")
['Hvad besluttede udvalget om studieturen?', 'hvornår skal den finde sted studieturen?']
>>> split_parts("Hvor mange var ledige i 2019, og hvor stor en andel var det?")[1]
'hvor stor en andel var det ledige i 2019?'
>>> split_parts("Hvad besluttede udvalget om studie- og praktikpladser?")
['Hvad besluttede udvalget om studie- og praktikpladser?']

A question about several named periods ("… i 2015 og i 2024?") is several questions,
one per period, answered in date order (`period_parts`).
"""

from __future__ import annotations

import re

from referat.danish import QUESTION_WORDS, STOPWORDS, stems, tokens, topic_stems
from referat.periods import find_periods, period_words
from referat.values import CASE_NUMBER

from ..intent import is_yes_no
from ..meeting_intent import MEETING_ASPECTS
from ..overview import asks_overview
from ..roles import SCENE
from .part_bodies import BODY_WORD as _BODY_WORD
from .part_bodies import names_meeting, only_whom_and_when, whom_or_when
from .parts_answer import combine as combine
from .period_parts import period_parts as period_parts
from .pick import scene_matter
from .times_treated import asks_times_treated

# (a verb in the past or a common one: not "antallet der …", "eventuelt nogen …", nor a
# subordinate clause ", og hvis der er plads, …")
_A_VERB = r"(?=(?:[a-zæøå]+(?:ede|te)|kom|fik|gik|var|blev|sad|stod|lå|er|har|sker|findes)\b)"
# A yes/no question on a change, short as it is: "…, og stiger tallet?"
_CHANGE_ASKED = (r"(?:stiger|falder|steg|faldt|vokser|voksede)\s+(?:det|tallet|antallet|"
                 r"andelen|den|de)\b")
# Not after a verb or preposition that embeds the question after the comma: "finde ud
# af, hvor mange", "sat en slutdato på, hvornår", "uddybe analysen af, hvorfor …"
_NOT_EMBEDDED = (r"(?<!\bved)(?<!\bvide)(?<!\bfortælle)(?<!\bforklare)(?<!\boplyse)"
                 r"(?<!\bpå)(?<!\baf)(?<!\bom)(?<!\bi)(?<!\btil)(?<!\bfor)")
# A new question inside the question: ", og hvornår …", "? Hvem …", "og blev den …",
# ", og manglede der nogen?"; not
# two question words asked together ("Hvor og hvornår blev de holdt?").
_PART = re.compile(
    r"(?:,\s*|(?<![\s,])(?<!\bhvor)(?<!\bhvem)(?<!\bhvad)(?<!\bhvornår)(?<!\bhvordan)"
    # ("Hvad tid og hvor mødtes …?": one question, like "Hvor og hvornår …?")
    r"(?<!\bhvorfor)(?<!\bhvad\stid)(?<!\bpå\sdagen)\s+)og\s+(?=(?:hvad|hvem|hvornår|hvor|hvilke|hvilken|"
    r"hvilket|hvordan|hvorfor|blev|var|skal|er)\b)|"
    # ", og fra hvilken dato …?", ", og til hvornår …?": a question word after a preposition
    # (a clause of its own: not ", og i hvilket år?", which asks the same thing further)
    r",\s*og\s+(?=(?:fra|til|i|på|med|for|hos|om|af|under|efter|inden)\s+(?:hvad|hvem|"
    r"hvornår|hvilke|hvilken|hvilket)\b(?:\s+[^\s?]+){3,})|"
    r",\s*og\s+(?=" + _A_VERB + r"\w+\s+(?:der|nogen)\s)|\?\s+(?=\w)|"
    # "… hvor mange får det, og stiger tallet?": a yes/no question on the change
    r",?\s+og\s+(?=" + _CHANGE_ASKED + r")|"
    # a list of questions: "hvor mange …, hvornår blev mødet holdt, og hvad koster …?"
    # (only question words seldom embedded: not ", hvor udvalget …", ", hvad de …")
    # (nor an embedded question, `_NOT_EMBEDDED`)
    + _NOT_EMBEDDED + r",\s*"
    r"(?=(?:hvornår|hvor\s+(?:mange|meget|længe|stor\w*))\s)",
    re.IGNORECASE)
MAX_PARTS = 4
# A part that asks something: a question word, or a verb first (yes/no, `is_yes_no`).
# Other parts are the user's context for the question before ("det stod vist i sagen om
# studieturen").
_QUESTION_WORD = re.compile(r"^\W*(?:og\s+)?(?:(?:fra|til|i|på|med|for|hos|om|af|under|efter|"
                            r"inden)\s+(?=hv))?(?:hv(?!is\b)\w+|kan|kunne|vil|ville)\b", re.I)
HV = re.compile(r"\bhv(?!is\b)\w+", re.I)  # (not "hvis": a condition, no question)
_WHEN = re.compile(r"^\W*(?:og\s+)?hvornår\b", re.I)
# A body by its whole name ("Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"; a later
# part naming its own does not borrow the first part's); "udvalget" alone points back
# at the first part's
_NAMED_BODY = re.compile(r"\b(?:[\wæøå]+-,?\s+)*(?:og\s+)?[\wæøå]*(?:udvalg(?:et|ets)?|"
                         r"byråd(?:et|ets)?|kommunalbestyrelsen?)\b", re.I)
_BARE_BODY = frozenset({"udvalg", "udvalget", "udvalgets"})
# A part that points back at the first one: "… og hvor stor en andel var det?" (not an
# article before an adjective: "… i det første halve år med corona?", "den nye plan")
_REFERS_BACK = re.compile(r"\b(?:det|den|dem|denne|dette|disse)\b(?!\s+(?:første|sidste|"
                          r"seneste|næste|forrige|hele|halve|samme|nye|gamle|andet|anden|"
                          r"[a-zæøå]+(?:ste|ede)\s+[a-zæøå]))|\bsagen\b(?!\s+om\b)", re.I)


# A part that asks only who the first part counted: "Hvor mange medlemmer var til stede,
# og hvem var de?" (a list of people answers both; "hvilke var det?" after a count in the
# text is a question of its own)
_WHICH_THEY = re.compile(r"^(?:og\s+)?hvem\s+(?:var|er|blev)\s+"
                         r"(?:de|det|dem|disse)$", re.I)


# A lead that names the matter of every part: "Nytårskuren i januar 2024 – hvornår …, og
# hvor mange dukkede op?" (a phrase without a question word before a dash or colon)
_LEAD = re.compile(r"^\W*([^?:–]{3,90}?)\s*(?:–|\s-\s|:)\s*(?=\w)")  # (not "Elev- og …")
# A part that asks about now, not the first part's period ("…, og hvad viser de nyeste
# nøgletal?")
_NOW = re.compile(r"\b(?:nyeste|seneste|aktuelle|nu|i\s+dag|fremover)\b", re.I)


def _lead(part: str) -> str:
    """The matter named before a dash or colon; not a preamble that starts with a
    preposition or a pronoun ("Til min opgave:", "På det første møde i arkivet:")."""
    m = _LEAD.match(part)
    if not m or HV.search(m.group(1)) or asks(m.group(1)):
        return ""
    words = tokens(m.group(1))
    return m.group(1) if words and words[0] not in STOPWORDS else ""


# What a part is about: the words after its first preposition ("… med forløbene hos
# Idrætsfællesskabet").
_MATTER = re.compile(r"\b(?:med|om|hos|for|af|ved)\s+(\w.*)$", re.I | re.S)


# How much, not of what: "hvor længe må en nytteindsats højst vare?" lends "nytteindsats"
_BOUNDS = frozenset("højst mindst maksimalt minimalt maksimum minimum cirka omtrent præcis "
                    "præcist ca vare varer varede".split())


def _topic_words(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in STOPWORDS and t not in QUESTION_WORDS
            and t not in _BOUNDS and not t.isdigit()]


# "…, og manglede der nogen?": a verb before "der"/"nogen" asks
_VERB_FIRST = re.compile(r"^\W*(?:og\s+)?" + _A_VERB + r"[a-zæøå]+\s+(?:der|nogen)\b", re.I)


_CHANGE_FIRST = re.compile(r"^\W*(?:og\s+)?" + _CHANGE_ASKED, re.I)


def asks(part: str) -> bool:
    return bool(_QUESTION_WORD.search(part) or _VERB_FIRST.search(part)) or is_yes_no(
        re.sub(r"^\W*og\s+", "", part)) or bool(_CHANGE_FIRST.match(part))



# A list of questions: "hvornår var den sat til …, hvilke datoer foreslog administrationen,
# og …": a question word (and its noun) then a finite verb starts a question of its own;
# not an embedded one ("…, hvad der skete", "…, hvad udvalget ville")
_FINITE = (r"(?:[a-zæøå]+(?:ede|te)|er|var|blev|kom|fik|gik|sad|stod|lå|har|havde|skal|"
           r"skulle|kan|kunne|vil|ville|må|måtte|får|foreslog|sagde|gav|tog|holdt|holder|"
           r"valgte|gør|gjorde|koster|kostede|ligger|sker|skete|mener|siger)\b")
_LISTED_ASK = re.compile(_NOT_EMBEDDED + r",\s+"
                         r"(?=(?:hvem|hvad|hvordan|hvorfor|hvilke[nt]?\s+[\wæøå-]+)\s+"
                         r"(?!(?:der|som)\b)" + _FINITE + ")", re.I)


def _listed(pieces: list[str]) -> list[str]:
    """Each piece that asks, split at the questions it lists after commas."""
    out: list[str] = []
    for piece in pieces:
        cut = [m.start() for m in _LISTED_ASK.finditer(piece)
               if asks(piece[:m.start()]) or HV.search(piece[:m.start()])]
        bounds = [0, *cut, len(piece)]
        out += [piece[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    return out


def shown_parts(question: str) -> list[str]:
    """The question's parts in the user's words (the headings of the answer); one part
    when it is not split."""
    parts: list[str] = []
    for p in (p.strip(" ,?–") for p in _listed(_PART.split(question.strip()))):
        if p and parts and not asks(p):
            parts[-1] += ". " + p  # "… kendt for? det stod vist i sagen om studieturen"
        elif p and parts and _WHICH_THEY.match(p):
            # "Hvor mange medlemmer var til stede, og hvem var de?": one list answers both
            parts[-1] += ", og " + p
        elif p:
            parts.append(p)
    if len(parts) > 1 and not asks(parts[0]) and not HV.search(parts[0]) and not (
            question.strip()[len(parts[0]):].lstrip(" ,").startswith("?")):
        # "Ballerup havde 2,8 pct. ledighed – og hvad så med nabokommunen Gladsaxe?": the
        # first part is what the user knows, the question comes after it
        parts[:2] = [f"{parts[0]} {parts[1]}"]
    # (a part of two words is one only when it asks: "…, og hvem manglede?")
    if not 2 <= len(parts) <= MAX_PARTS or any(
            len(p.split()) < 2 or (len(p.split()) == 2 and not (
                HV.match(p) or _CHANGE_FIRST.match(p))) for p in parts):
        return [question]
    return [p + "?" for p in parts]


def named_again(part: str, dated: set[str], first_stems: set[str]) -> bool:
    """Does a later part name the first part's matter itself, and a time of its own?
    "Hvor længe har Servicekorpset haft folk i nyttejob, og hvor mange var i nyttejob i
    efteråret 2024?" asks the second of all the minutes, not of the first part's item.

    >>> named_again("hvor mange var i nyttejob i efteråret 2024", {"efterår", "2024"},
    ...             {"servicekorps", "folk", "nyttejob"})
    True
    """
    matter = {t for t in set(topic_stems(part)) - dated - _ASKING_STEMS if len(t) > 3}
    return bool(dated) and bool(matter & first_stems)


# A meeting named at the end of a part: "… på udvalgsmødet i februar 2023"
_AT_MEETING = re.compile(r"\b(?:på|ved|til|under)\s+(?:\S+\s+){0,2}?[\w-]*mød(?:et|erne)\b"
                         r"[^?]*$", re.I)


def _meeting_or_period(part: str) -> str:
    """The meeting or period a part names at its end, with its preposition; "" for none.

    >>> _meeting_or_period("hvem var centerchef for Arbejdsmarked på udvalgsmødet i maj 2023")
    'på udvalgsmødet i maj 2023'
    """
    m = _AT_MEETING.search(part)
    if m:
        return m.group(0).strip()
    found = [p for p in find_periods(part) if not p.relative]
    if not found:
        return ""
    head = part[:found[0].span[0]]
    prep = re.search(r"\b(?:i|på|fra|ved|den|d\.)\s+$", head, re.I)
    return part[prep.start() if prep else found[0].span[0]:].strip()


def _parallel(first: str, later: str) -> bool:
    """Do two parts open with the same question word ("hvem var …, og hvem var …")?"""
    a = HV.search(first)
    b = HV.search(re.sub(r"^\W*og\s+", "", later))
    return bool(a and b and a.start() < 3 and b.start() < 3
                and a.group(0).lower() == b.group(0).lower())


# how often, how long …: the asking, not the matter ("og hvor ofte ifølge sagen i 2023?")
# ("og hvad er sidste frist for at melde sig til?": the deadline is the asking too)
_ASKING_STEMS = frozenset(stems("ofte tit sjældent hyppigt længe gang gange frist fristen "
                                "sidste seneste dato datoen tidspunkt tidspunktet"))


# A time frame, not a matter: "og hvor mange i perioden august–december 2024?"
_FRAME_STEMS = frozenset(stems("periode perioden tidsrum tidsrummet opgørelse opgørelsen "
                               "året årene"))


# A later part with more words of its own than this asks about a matter of its own: the
# first part's period is not its period
_OWN_MATTER = 2


# A first part of only a question word and its noun, sharing the next part's verb
_SHARED_VERB = re.compile(r"^\W*hvilke[nt]?\s+[\wæøå-]+\W*$", re.I)
_ASKED_NOUN = re.compile(r"^\W*(?:og\s+)?hvilke[nt]?\s+[\wæøå-]+\s+(.+)$", re.I)


_THIS_YEAR = re.compile(r"\bi år\b", re.I)


# "hvem stemte for, og hvem gjorde ikke?": the later part's "gjorde ikke" denies the verb
# of the part before it ("hvem stemte ikke for")
_PRO_VERB = re.compile(r"^(\W*(?:og\s+)?(?:hvem|hvilke[nt]?(?:\s+[\wæøå-]+)?)\s+)"
                       r"(?:gjorde|gør|har|havde)\s+ikke\b", re.I)
_VERB_OF = re.compile(r"^\W*(?:og\s+)?(?:hvem|hvilke[nt]?(?:\s+[\wæøå-]+)?)\s+"
                      r"(?!gjorde|gør|har|havde)([a-zæøå]+)(\s+(?:for|imod|med|op|ja|nej)\b)?",
                      re.I)


def _verb_denied(parts: list[str]) -> list[str]:
    """Each part whose verb is "gjorde ikke" with the verb of the part before it.

    >>> _verb_denied(["Hvem stemte for", "og hvem gjorde ikke"])
    ['Hvem stemte for', 'og hvem stemte ikke for']
    """
    out = parts[:1]
    for part in parts[1:]:
        if (m := _PRO_VERB.match(part)) and (v := _VERB_OF.match(out[-1])):
            part = f"{m.group(1)}{v.group(1)} ikke{v.group(2) or ''}{part[m.end():]}"
        out.append(part)
    return out


def split_parts(question: str) -> list[str]:
    """The question's parts, each a question of its own, as asked of the archive; one
    part when it is not split."""
    parts = _verb_denied([p.rstrip("?") for p in shown_parts(question)])
    tail = _tail(question) if len(parts) > 1 else ""
    parts[-1] = parts[-1].removesuffix(f". {tail}")
    if len(parts) == 1 or (len(parts) == 2 and only_whom_and_when(parts[1])
                           and is_yes_no(parts[0]) and not whom_or_when(parts[0])):
        return [question]
    first_dated = period_words(parts[0])
    # (not the scene the first part sets: "…, mens Musa Kekec var fraværende, og hvem
    # foreslog hende?" asks who proposed, not who was away)
    first_words = [w for w in _topic_words(SCENE.sub(" ", parts[0]))
                   if not set(stems(w, frozenset())) & first_dated]
    first_cases = CASE_NUMBER.findall(parts[0])  # "Sag nr. 88.20.04-Ø54-10-18"
    with_body = " ".join(first_words + first_cases)
    # (without the bodies it names, for a part that names its own)
    unnamed = _NAMED_BODY.sub(" ", parts[0])
    without_body = " ".join([w for w in first_words if w in _topic_words(unnamed)
                             and not _BODY_WORD.search(w)] + first_cases)
    first_stems = set(topic_stems(parts[0]))
    # a lead is what a later part with words of its own is about too
    lead = _lead(parts[0])
    # "Studieturen i 2023: hvilken måned stod den til …, og hvilken dato blev den lagt
    # på?": the first part points back at the lead, so a later "den" does too
    lead_is_referent = bool(lead) and bool(_REFERS_BACK.search(
        parts[0][_LEAD.match(parts[0]).end():]))
    lead_topic = " ".join([w for w in _topic_words(lead) if not set(stems(w, frozenset()))
                           & period_words(lead)] + CASE_NUMBER.findall(lead))
    # "hvor mange … i 2019, og hvor stor en andel var det": the second part is about 2019
    first_period = next((p.label for p in find_periods(parts[0]) if not p.relative), "")
    # "Hvem står bag Havets Folkemøde i august 2024, og hvilken kommune er tovholder i
    # år?": "i år" is the year the first part names, not this year
    first_year = next((p.year for p in find_periods(parts[0]) if p.year and not p.relative),
                      None)
    if first_year:
        parts[1:] = [_THIS_YEAR.sub(f"i {first_year}", p) for p in parts[1:]]
    # (a meeting's scene naming its matter, "På mødet i maj om X:", not a lead, nor
    # "Om X:", whose words the later parts borrow below)
    scene, matter = scene_matter(parts[0])
    scene = scene if matter != scene and not lead and not scene.lower().startswith(
        ("om ", "angående ", "vedrørende ")) else ""
    out = [parts[0] + "?"]
    if len(_topic_words(parts[0])) <= 1:
        # "Hvad gik godt, og hvad gik skidt med forløbene hos Idrætsfællesskabet?": the
        # first part's matter is named in a later one (what follows its preposition);
        # a parallel question of its own ("Hvem var direktør, og hvem var centerchef for
        # Arbejdsmarked på mødet i februar 2023?") shares only the meeting or period
        donor = next((m.group(1) for p in parts[1:] if (m := _MATTER.search(p))), "")
        when = _meeting_or_period(parts[-1]) if _parallel(parts[0], parts[-1]) else ""
        donor = when or donor
        if _SHARED_VERB.match(parts[0]) and (rest := _ASKED_NOUN.match(parts[1])):
            donor = rest.group(1)  # "Hvilken ugedag og hvilket klokkeslæt holder …?"
        out[0] = f"{parts[0]} {donor}?" if donor else out[0]
    for part in parts[1:]:
        own_body = any(_BODY_WORD.search(w) and w.lower() not in _BARE_BODY
                       for w in re.findall(r"[\w-]+", part))
        first_topic = without_body if own_body else with_body
        if names_meeting(parts[0]) and any(rx.search(part) for _, rx in MEETING_ASPECTS):
            # "Hvem deltog i mødet …, og var der nogen fraværende?": the same meeting,
            # followed up from the first part's answer (`Answerer`), not by its words
            out.append(part + "?")
            continue
        # its own topic: not its period, nor the words it repeats ("… i juni 2015, og
        # hvor ofte ifølge sagen i februar 2023?" asks the first part's question again)
        dated = period_words(part)
        own = [t for t in topic_stems(part) if t not in dated and t not in first_stems
               and t not in _ASKING_STEMS]
        if (not own and asks_overview(parts[0])) or (
                len(own) <= _OWN_MATTER and asks_times_treated(parts[0])):
            # ("Hvor mange gange var X på dagsordenen, og hvad drejede det sig om hver
            # gang?": each time is listed with its decision)
            # "Hvilke lokalplaner er dukket op i referaterne, og hvad går de ud på?": the
            # overview quotes what each item says; asking it again repeats it
            continue
        if lead_topic:
            # "Nytårskuren …: …, og hvor mange dukkede op?": the lead's matter; and the
            # first part's, when the part points back at it ("…, og hvor stor en andel
            # var det?")
            # ("…, og hvor mange i perioden august–december 2024?" names no matter of its
            # own: it asks the first part's question again)
            back = not lead_is_referent and (
                (len(own) <= _OWN_MATTER and _REFERS_BACK.search(part)) or not (
                    set(own) - _FRAME_STEMS or _MATTER.search(part)))
            part = f"{part} {first_topic if back else lead_topic}"
        elif first_topic and ((len(own) <= _OWN_MATTER
                               and not named_again(part, dated, first_stems))
                              or _REFERS_BACK.search(part)):
            # (under the first part's scene when it names a matter: "På mødet om de unge
            # på uddannelseshjælp: …, og hvor lang tid tager det?" asks of that item)
            part = f"{scene}: {part} {first_topic}" if scene else f"{part} {first_topic}"
        if first_period and not find_periods(part) and not _WHEN.search(part) \
                and not _NOW.search(part) and (len(own) <= _OWN_MATTER
                                               or _REFERS_BACK.search(part)):
            # (not to a part that asks when: "… planlagt i sagsoversigten for 2023, og
            # hvornår blev den faktisk behandlet?" asks the time itself; nor to a part
            # with a matter of its own: "Hvor mange penge var der til iværksætter-
            # indsatsen i 2023, og hvad regner man med, at energitjekket koster om året?")
            part = f"{part} {first_period}"
        out.append(part + "?")
    return [f"{p.rstrip('?')}. {tail}?" for p in out] if tail else out


def _tail(question: str) -> str:
    """The statement after the last question mark: the scene of every part ("Hvem skal
    købe grundene, og hvad må der bygges? ØU havde udbuddet oppe i oktober")."""
    head, mark, tail = question.strip().rpartition("?")
    tail = tail.strip(" ,?")
    return tail if mark and head.strip() and tail and not asks(tail) else ""
