"""Who took part and who was absent, as a minutes header lists them: "Name - Deltog"
lines, lists under "Tilstede" / "Medlemmer" / "Afbud" headings one name a line, and
comma-separated names after a label. A name may carry its role before it ("Formand
Erik Nielsen (A)") or its party after a comma ("Erling Larsen, (A)", as Køge prints it).
"""

from __future__ import annotations

import re

from referat.domain import Participant
from referat.part_time import part_role, part_time
from referat.values import UNALIGNED

from .affiliations import held_at, with_organisations, without_affiliation
from .day_apology import with_post
from .list_parts import split_top_level
from .not_names import KIND_AFTER_RE, heading_words
from .party_role import party_then_role
from .role_case import lower_role

PARTICIPANT_RE = re.compile(r"^(.*?)\s+-\s*(Deltog|Afbud|Fraværende)\s*$", re.IGNORECASE)


def clean_heading(text: str) -> str:
    """A heading without markdown marks, its trailing colon and extra spaces."""
    text = re.sub(r"[#*_]", "", text).strip()
    return re.sub(r"\s+", " ", text.rstrip(":").strip())


# "Kenneth Jerkel (Fraværende)", "Ole Hansen (afbud)": that one is absent
STATUS_MARK_RE = re.compile(r"\s*[*_]*\((?:afbud|fraværende)\)[*_]*", re.IGNORECASE)
# (and a note that no substitute came: "Stedfortræder var ikke indkaldt.", "Ingen suppleant",
# "Der var ikke indkaldt stedfortræder.")
NOBODY_RE = re.compile(r"^(?:ingen|ingen afbud|ingen fraværende|ingen\.|-|–|(?:(?:stedfortræder|"
                       r"suppleant)\w{0,2}\s+(?:var|blev|er)\s+ikke|ingen\s+(?:stedfortræder|"
                       r"suppleant)\w{0,2}(?:\s+(?:var|blev|er))?)(?:\s+indkaldt)?\.?|"
                       r"(?:der\s+)?(?:var|blev|er)\s+ikke\s+(?:indkaldt|mødt)\s+(?:nogen\s+)?"
                       r"(?:stedfortræder|suppleant)\w{0,2}\.?)$", re.IGNORECASE)
# "Erling Larsen, (A)": the party after a comma belongs to the name before it
_PARTY_AFTER_COMMA_RE = re.compile(r",\s*(?=\([A-ZÆØÅ]{1,4}\))")
# "Formand Erik Nielsen (A)": the role before the name (numbered: "1. viceborgmester Ib Ek")
_ROLE_RE = re.compile(r"^((?:\d\.\s*)?(?:formand|næstformand|borgmester|overborgmester|"
                      r"viceborgmester|rådmand|medlem))\s+(?=[A-ZÆØÅ])", re.IGNORECASE)
# A role alone, as a list's entry after its member: "Karsten Vig (A), Formand"
ROLE_WORD_RE = re.compile(r"(?:\d\.\s*)?(?:formand|næstformand|borgmester|viceborgmester|"
                          r"regionsrådsformand)", re.IGNORECASE)
# The titles of an office a member holds besides the body's role ("Borgmester … , formand")
_TITLES = frozenset({"borgmester", "overborgmester", "viceborgmester", "rådmand"})
# "Tina Mandrup (V), formand": the role after a comma, in lower case ("stedfortræder for Ida Kjær")
# (an office in brackets after the role: "Kirsten Holm (V), formand (borgmester)")
# (the body the role is held for in brackets after it, no party's letters: "formand (DH
# Rebild, Scleroseforeningen)", "sekretær for rådet (Center Sundhed og Handicap)")
# (two roles: "Bent Juul (V), borgmester, formand")
# (a post named by what it heads: "rådmand for beskæftigelses- og socialforvaltningen")
_ROLE_AFTER_RE = re.compile(r"^(.*?\S),\s*((?:\d\.\s*)?[a-zæøå][\w .-]{2,60}"
                            r"(?:,\s*[a-zæøå][\w .-]{2,40})?"
                            r"(?:\s*\((?!afbud|fraværende|[A-ZÆØÅ]{1,3}\))\w[\w ,.&–-]{2,60}\))?)$")
_STANDS_IN_ROLE_RE = re.compile(r"^(.*?\S),\s*((?i:stedfortræder|suppleant)\s+for\s+"  # (the
                                r"[A-ZÆØÅ][\w .'-]{2,50}\([A-ZÆØÅ]{1,3}\))$")  # other's party)
# "Hans Ørum (A), Vestby Kommune": the member's municipality (a KKR's or a joint body's)
_HOME_RE = re.compile(r"(?<=\)),\s*((?:[A-ZÆØÅ][\w-]+\s){1,2}(?:Kommune|Regionskommune))$")
_ROLE_AFTER_PARTY_RE = re.compile(  # "Kasper Glyrskov (A) formand": after the party, no comma
    r"^(.*?\S\s*\([^()]{1,30}\))\s+((?:\d\.\s*)?[a-zæøå][\w .-]{2,40})$")
# "Christina Holm (A), Borgmester": an office after the party, written with its capital
_OFFICE_AFTER_RE = re.compile(r"^(.*?\S\s*\([A-ZÆØÅ]{1,3}\)),\s*((?:\d\.\s*)?(?:Borgmester|"
                              r"Viceborgmester|Formand|Næstformand|Rådmand))$")
_AFTER_NAME_RES = (_ROLE_AFTER_RE, _ROLE_AFTER_PARTY_RE, _STANDS_IN_ROLE_RE, _OFFICE_AFTER_RE)


# "Tina Brix Juhl(A)": a party letter glued to the name (a printer driver that sets each
# word on its own loses the space before the bracket)
_GLUED_PARTY_RE = re.compile(r"(?<=[a-zæøå])\((?=[A-ZÆØÅ]{1,3}\)(?:[,;.]|\s|$))")


def spaced_party(text: str) -> str:
    """`'Tina Brix Juhl(A), næstformand'` → `'Tina Brix Juhl (A), næstformand'`."""
    return _GLUED_PARTY_RE.sub(" (", text)


def party_after_comma(text: str) -> str:
    """`'Erling Larsen, (A)'` → `'Erling Larsen (A)'`."""
    return _PARTY_AFTER_COMMA_RE.sub(" ", text)


# an association and its branch in brackets after a name, no party: "(DH – LEV)"
_FROM_BRACKET_RE = re.compile(r"\s+\(((?-i:[A-ZÆØÅ])[^()]{1,30}\s–\s[^()]{2,40})\)$")
_OUTER_DASH_RE = re.compile(r" [-–] (?![^()]*\))")


def person(text: str, status: str = "deltog") -> Participant:
    """One listed person: "Formand Erik Nielsen (A) - formand", "Nick Lorentzen (A)
    (formand)" → the name and the role."""
    # (a justified PDF line's words spaced out, "Simon  Hansen  (V)"; an en dash, "Hans Vest
    # (V) – formand", but not inside a bracket, "Kim Lyngsø (DH – Scleroseforeningen)")
    name, _, role = _OUTER_DASH_RE.sub(" - ", party_after_comma(" ".join(text.split())),
                                       count=1).partition(" - ")
    role = role.replace(" – ", " - ")
    # ("Ida Holm (V) – deltog": the list's status after the dash, no role)
    role, status = role_status(lower_role(role.strip()), status)
    name = _DATED_NOTE_RE.sub("", name)  # ("(meldt 27.11.2025)": when, no role)
    if m := _FROM_BRACKET_RE.search(name):  # where from: "Kim Lyngsø (DH – LEV)", the role
        name, role = name[:m.start()], f"{role} ({m[1]})" if role else m[1]
    name, role = (said := party_then_role(name))[0], role or said[1]  # ("(Ø, næstformand)")
    after = _ROLE_AFTER_RE.match(name.strip())  # (a post's own bracket after its comma:
    if (m := _ROLE_BRACKET_RE.search(name)) and not (  # "Ib Dal, kulturchef (referent)")
            after and after.group(2).endswith(")")):  # (kept as written: "centerchef for Kultur")
        said, sep, party = m.group(1).partition(", ")  # "(byrådsmedlem, V)": and a party
        said, party = (said, f" ({party})") if sep and party.isupper() and len(party) <= 3 else (
            m.group(1), "")
        role = role or said[:1].lower() + said[1:]
        name = name[:m.start()] + party + name[m.end():]
    if m := next(filter(None, (r.match(name.strip()) for r in _AFTER_NAME_RES)), None):
        # ", formand" (as written); "… (A) samt 16 øvrige medlemmer" counts others
        tail = "" if m.group(2).split()[0] in _LINKS else m.group(2).strip()
        name, role = m.group(1), with_post(role, lower_role(tail) if m.re is _OFFICE_AFTER_RE
                                            else tail)  # ("…, 1. viceborgmester – Afbud <day>")
    if m := _ROLE_RE.match(name.strip()):
        role = role or m.group(1).lower()
        name = name.strip()[m.end():]
    if m := _HOME_RE.search(name.strip()):  # (kept with the role: "borgmester, Søby Kommune")
        name, role = name.strip()[:m.start()], f"{role}, {m.group(1)}" if role else m.group(1)
    # ("Afbud: Ib Due (V). Stedfortræder: …", "Afbud: Ib Due.": no dot of the name)
    return Participant(re.sub(r"(?:(?<=\))|(?<=[a-zæøå]{2}))\.$", "", name.strip()), status, role)


# "Sofie Ahmadi (Ø) (meldt 27.11.2025)": a dated note on the absence, no role
_DATED_NOTE_RE = re.compile(
    r"\s*\((?:[a-zæøå]+\s+){1,3}(?:den\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)")
# "Nick Lorentzen (A) (formand)", "Jens Ib (centerchef for Kultur)": a role in brackets
# (not "(løsgænger)": a member of no party, where a party would stand)
# (a substitute's, the other member's party inside it: "(stedfortræder for Ib Dam (A))")
_ROLE_BRACKET_RE = re.compile(rf"\s*\(((?:\d\.\s*)?(?!afbud\b|fraværende\b|{UNALIGNED})"
                              r"[a-zæøå][^()]{2,60}|"
                              r"(?i:stedfortræder|suppleant)\s+for\s+[^()]{2,50}\([^()]{1,30}\)|"
                              r"(?i:formand|næstformand|medlem|borgmester|stedfortræder))\)")
# A role, then the organisation or body in brackets: "næstformand (Lindå Byråd, A)"
_ROLE_THEN_BODY_RE = re.compile(r"^([a-zæøå][a-zæøå -]{2,30}?)\s*\(((?-i:[A-ZÆØÅ])[^()]{1,60})\)$")
# "stedfortræder Anders Gammelgaard (V) indkaldt": the substitute of the one before
_SUBSTITUTE_RE = re.compile(
    r"^(?:som\s+)?(?:stedfortræder|suppleant)(?:\s+(?:var|blev|er)\s+indkaldt|\s+mødte)?\s*:?\s+"
    r"(?P<n>(?-i:[A-ZÆØÅ]).*?)(?:\s+(?:(?:(?:var|blev|er)\s+)?indkaldt(?:\s+og\s+(?:deltog|mødte))?|"
    r"deltog|mødte|deltager|mødte op))?\.?$", re.IGNORECASE)  # ("… indkaldt og deltog.")
# "Ib Holm (F) som stedfortræder for Eva Lund (F)": the substitute, then whose place
_AS_SUBSTITUTE_RE = re.compile(r"^(?P<n>[A-ZÆØÅ][^()]{2,60}?(?:\s*\([^()]{1,10}\))?)\s+som\s+"
                               r"(?P<r>(?:stedfortræder|suppleant)\s+for\s+[A-ZÆØÅ].{2,80})$")
# Where a substitute's name ends and the one they stood in for begins: "Tina Hansen (O)
# for Søren Nielsen (O)", "Hanne Holm (A) deltog som stedfortræder for Ida Bak (A)", "Kim
# Dal (V) deltog i stedet for Ib Bro (V)", an agenda's "Eva Holt (C) er indkaldt for Bo Vig (C)"
STANDS_IN_RE = re.compile(r"\s+(?:(?:deltog|mødte|var|er)\s+som\s+(?:stedfortræder|suppleant)\s+|"
                          r"(?:deltog|mødte)\s+i\s+stedet\s+|(?:(?:var|blev|er)\s+)?indkaldt\s+|"
                          r"indtrådte\s+|indtræder\s+)?for\s+")
# A substitute's entry broken inside the name of the member replaced: "… indkaldt for Claus",
# or before that member's party: "… deltog som stedfortræder for Anne Marie Kjær" / "(C)"
STANDS_FOR_END_RE = re.compile(r"\)\s+(?:\w+\s+){0,3}for\s+[A-ZÆØÅ][\w'-]+"
                               r"(?:\s+[A-ZÆØÅ][\w'-]+){0,2}$")
# A substitute's line under the "Stedfortrædere:" label's first: "Kim Holst (A) mødte for Ida
# Lund", "Ole Bak, V, indtrådte for Eva Dal" (the party after a comma)
STANDS_IN_LINE_RE = re.compile(r"^[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,4}"
                               r"(?:\s+\([A-ZÆØÅ]{1,3}\)|,\s+[A-ZÆØÅ]{1,3},)\s+(?:(?:mødte|møder|"
                               r"deltog|indkaldt|indtrådte|indtræder)\s+)?for\s+[A-ZÆØÅ]")
# "John Schmidt Andersen (V) Formand", "Inger Ewald (O) Afbud": a members' table's cells
_CELL_AFTER_PARTY_RE = re.compile(
    r"^(.*?\S\s*\([^()]{1,30}\))\s+((?i:formand|næstformand|medlem|borgmester|"
    r"viceborgmester|afbud|fraværende|fravær|forfald|til stede|tilstede|deltog|mødt))$")
PRESENT_WORDS = ("til stede", "tilstede", "deltog", "mødt", "deltager", "stedfortræder")
# An attendance word closing a members' table row (`members_table`), or a list entry
ATTENDANCE_RE = re.compile(r"\s+(til stede|tilstede|deltog|mødt|deltager|afbud|fraværende|"
                           r"fravær|forfald|ikke mødt|stedfortræder)"
                           r"(?P<part>\s+(?:fra|til|under)\s+(?:pkt\.?|punkt|kl\.?)\s*[\d.:]+)?$",
                           re.IGNORECASE)
# (a protocol's "- lovligt forfald": an absence with a lawful excuse)
# ("afbud meldt 26/4", "– har meldt afbud"; markdown's emphasis around it: "– *afbud*")
DASH_ABSENT_RE = re.compile(r"\s+[-–]\s*[*_]{0,2}(?:(?:(?:har\s+)?meldt\s+)?afbud|fraværende|"
                            r"(?:lovligt\s+)?forfald|fravær)(?:\s+meldt)?(?:\s+(?:d\.|den)?\s*\d{1,2}[./]\d{1,2}"
                            r"(?:[./]\d{2,4})?)?[*_]{0,2}\.?\s*$", re.IGNORECASE)


def listed_person(text: str, status: str) -> Participant:
    """One entry of a list as the person it names, with what the entry says of them."""
    text = text.strip().rstrip(" -")
    if m := _SUBSTITUTE_RE.match(text):
        return Participant(m.group("n").strip(), "deltog", "stedfortræder")
    if m := _AS_SUBSTITUTE_RE.match(text):  # "Ib Holm (F) som stedfortræder for Eva Lund (F)"
        return Participant(m.group("n"), "deltog", " ".join(m.group("r").split()).rstrip("."))
    if m := PARTICIPANT_RE.match(text.replace(" – ", " - ")):  # "Ida Holm (C) - Deltog"
        text, status = m.group(1), "deltog" if m.group(2).lower() == "deltog" else "afbud"
    if STATUS_MARK_RE.search(text) or DASH_ABSENT_RE.search(text):
        # "Ole Bak (V) (afbud)", "Jens Fyrst (O) - Fraværende"
        status = "afbud"
        text = DASH_ABSENT_RE.sub("", STATUS_MARK_RE.sub("", text)).strip()
    if m := _CELL_AFTER_PARTY_RE.match(text):  # a table row run together: "… (O) Afbud"
        text = m.group(1)
        if ATTENDANCE_RE.match(" " + m.group(2)):
            status = "deltog" if m.group(2).lower() in PRESENT_WORDS else "afbud"
        else:
            text = f"{text} ({m.group(2).lower()})"  # the role, as a bracket reads it
    role = ""
    if m := part_time(text, absent=status == "afbud"):  # there for part of the meeting:
        # took part ("Kirsten Lunderød (Ø) - deltog fra punkt 3", "Bo Jensen (V) deltog ikke
        # i behandlingen af punkt 3 og 4": `part_time.missed_items` reads the role; an
        # absent entry's note stays the role, its items' brackets after it: "… (punkt 6-9)")
        word = m.group("w") or ("fraværende" if status == "afbud" else "deltog")
        # (the entry's status before the note, and its comma: "– deltog, forlod mødet …")
        status, role, text = "deltog", part_role(m, word.lower()), text[:m.start()].rstrip(" ,;")
    found = person(text, status)
    found.role = f"{found.role} ({m['p']})" if m and m["b"] and found.role else found.role or role
    if found.role.startswith(("stedfortræder", "suppleant")):
        found.status = "deltog"  # a substitute is there in the absent one's place
    return found


def role_status(role: str, status: str) -> tuple[str, str]:
    """A role after its member and the status a list prints after it: "rådmand – afbud",
    "Næstformand (afbud)" (absent), "formand Deltog" (a members' table's status column run
    on after the role)."""
    if DASH_ABSENT_RE.search(role) or STATUS_MARK_RE.search(role):
        return STATUS_MARK_RE.sub("", DASH_ABSENT_RE.sub("", role)), "afbud"
    padded = f" {role}"  # (the status alone too: "deltog")
    m = ATTENDANCE_RE.search(padded)
    if not m or m.group("part") or m.group(1).lower() == "stedfortræder":
        return role, status  # ("formand deltog fra punkt 3" says more: the role keeps it)
    there = m.group(1).lower() in PRESENT_WORDS
    return padded[:m.start()].strip(" ,-–"), "deltog" if there else "afbud"

_SENTENCE_END_RE = re.compile(r"(?<=[a-zæøå\d)])(?<!\bDr)(?<!\bProf)\.\s+"  # ("Dr. Heiko Rathjen")
                              r"(?=[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅa-zæøå]|:))")
_SUBSTITUTE_AFTER_RE = re.compile(
    r"(?<=\))\s*[-–,]?\s*(?:stedfortræder|suppleant)\s*:?\s*(?=(?-i:[A-ZÆØÅ]))", re.IGNORECASE)
_AND_AFTER_PARTY_RE = re.compile(r"(?<=\))\s+og\s+(?=[A-ZÆØÅ])")
# "Karl Skov og Ruth Madsen": two people ("Kultur- og Fritidsudvalget" is no pair); a
# role in brackets after the second is that one's ("… og Ruth Madsen (medarbejdervalgt)")
_TWO_NAMES_RE = re.compile(r"^((?:[A-ZÆØÅ][\w'-]*[a-zæøå]\s+){1,3}[A-ZÆØÅ][\w'-]*[a-zæøå])\s+og\s+"
                           r"((?:[A-ZÆØÅ][\w'-]*\s+){1,3}[A-ZÆØÅ][\w'-]*[a-zæøå]\.?"
                           r"(?:\s*\([a-zæøå][^()]*\))?)$")
# ... unless it names the group both sit for ("Alma Juhl og Oliver Brix (elevrådet)")
_GROUP_ROLE_RE = re.compile(r"\s*\([a-zæøå]+(?:rådet|udvalget|bestyrelsen|foreningen)\)$")


def _two_names(m: re.Match[str]) -> str:
    group = _GROUP_ROLE_RE.search(m[2])
    return f"{m[1]}{group[0] if group else ''}\n{m[2]}"
# A second member on a list's line, as a two-column list prints: "Tine Vinther (A) Erik
# Lykke (O)", "Mikkel Brodersen (A), borgmester Bente Ravnholt (O)"
_SECOND_NAME_RE = re.compile(r"\s+(?=(?:[A-ZÆØÅ][\w'-]+\s+){1,3}[A-ZÆØÅ][\w'-]+\s*"
                             r"\([A-ZÆØÅ]{1,3}\)(?:,|\s*$|\s+[-–]\s))")
# "skoleleder Hanne Vestergaard (sekretær)": one word of office in lower case, then a
# name of two to four words (no party: "borgmester Bente Ravnholt (O)" is `split_columns`')
_ROLE_BEFORE_RE = re.compile(r"^([a-zæøå][a-zæøå-]{3,30})\s+(?:[A-ZÆØÅ][\w'-]*[a-zæøå]\s+){1,3}"
                             r"[A-ZÆØÅ][\w'-]*[a-zæøå](?:\s*\([a-zæøå][^()]{2,40}\))?"
                             r"(?:\s*\([A-ZÆØÅ][^()]{2,60}\))?$")  # (and the organisation's)
# An official's title before the name, capitalised as a list's line begins: "Politidirektør
# Poul Erik Olsen", "Beredskabschef Jan Glerup" (a title ending as an office does)
OFFICE_FIRST_RE = re.compile(r"^([A-ZÆØÅ][a-zæøå]{2,30}(?:direktør|chef|inspektør))\s+"
                              r"(?=(?:[A-ZÆØÅ][\w'-]*[a-zæøå]\s+){1,3}[A-ZÆØÅ])")
_LINKS = frozenset("for og samt fra af i med ved eller".split())  # "Tina Hansen (O) for Søren …"
_STANDS_FOR = ("stedfortræder for ", "suppleant for ")  # (a role naming a member)
# The role after the party and a dash, capitalised as a cell's first word: "(A) - Borgmester"
_DASHED_ROLE_RE = re.compile(rf"\)\s+[-–]\s+{ROLE_WORD_RE.pattern}$", re.IGNORECASE)


def split_columns(text: str, roles_first: bool = False) -> list[str]:
    """A list's line holding two members side by side, as two entries: a cut before a
    "Name (P)" where a party's bracket or a lower-case role word ends the one before
    (`roles_first`: a list that writes each role before its name, "Borgmester Erik Hove
    (V), 1. viceborgmester Poul Krogh (A)", has no cut after a role alone).

    >>> split_columns("Tine Vinther (A) Erik Lykke (O)")
    ['Tine Vinther (A)', 'Erik Lykke (O)']
    >>> split_columns("Mads Olrik (V) Hans Ove Mikkelsen (Ø), stedfortræder")
    ['Mads Olrik (V)', 'Hans Ove Mikkelsen (Ø), stedfortræder']
    >>> split_columns("Bo Lund (A) - Borgmester Eva Dal (V)")
    ['Bo Lund (A) - Borgmester', 'Eva Dal (V)']
    """
    cuts = [m for m in _SECOND_NAME_RE.finditer(text)
            if (before := text[:m.start()].split()) and (
                before[-1].endswith(")") or (before[-1].islower() and before[-1] not in _LINKS
                                             and not (roles_first and _ROLE_RE.match(text)))
                or _DASHED_ROLE_RE.search(text[:m.start()]))]
    out, start = [], 0
    for m in cuts:
        out.append(text[start:m.start()].strip())
        start = m.end()
    return [*out, text[start:].strip()]


# Two words sharing their last part, one word of a role: "børne- og ungdomsorganisationerne"
_COMPOUND_RE = re.compile(r"-\s+(?:og|eller)\s+(?=[a-zæøå])")


def participants_from_list(text: str, default_status: str = "deltog") -> list[Participant]:
    """The people of a comma-separated list; "(afbud)" after a name marks that one absent,
    "(formand)" or " - formand" its role, "fra punkt 3" a part of the meeting."""
    people: list[Participant] = []
    text = without_affiliation(_GROUP_LABEL_RE.sub("", text))  # ("Byrådet: …", "(V), X Kommune")
    # (a list may separate its names by semicolons: "Hans Stavnsager (V), formand; …")
    sep = ";" if ";" in text else ","
    # "Bo Jensen (V) deltog ikke i punkt 3. Carl Olsen (F) forlod mødet …": sentences
    text = _SENTENCE_END_RE.sub(sep + " ", text)
    # "Ole Haubro (O) - stedfortræder: Gitte Lindqvist (O)": the absent one, then the
    # substitute as an entry of their own
    text = _SUBSTITUTE_AFTER_RE.sub(f"{sep} Stedfortræder: ", text)
    roles_first = bool(_ROLE_RE.match(text.strip()))  # ("Borgmester Erik Hove (V), …")
    parts = [column for part in split_top_level(party_after_comma(text), sep)
             for both in _AND_AFTER_PARTY_RE.split(part)  # "B (S) og C (A)": two people
             for name in _TWO_NAMES_RE.sub(_two_names, both.strip()).split("\n")
             for column in split_columns(name, roles_first)]
    parts = with_organisations(parts, looks_like_name)  # ("Bent Juul, Ravnholt IF")
    for part in parts:
        # ("…, samt Maria Holm"; a semicolon list wrapped onto the next line: "…;, …"; a
        # label's dash before the first name: "Til stede – Camilla Ravn (A), …")
        part = re.sub(r"^(?:samt|og|[–—-])\s+(?=[A-ZÆØÅ])", "", part.strip(" ,"))
        if not part or NOBODY_RE.match(part) or part.endswith(":") or _is_heading(part) and not (
                people and held_at(part, people[-1].role)):  # ("Fraværende: Ingen"; "Deltagere
            continue  # fra Kultur- og Fritidsudvalget:" heads a group; not "…, Morsø Kommune")
        if sep == ";" and (m := _ROLE_AFTER_RE.match(part)):
            name, role = m.group(1).strip(), m.group(2).strip()
            if (t := _ROLE_RE.match(name)) and t.group(1).lower() in _TITLES:
                name, role = name[t.end():], f"{t.group(1).lower()}, {role}"  # "Borgmester …"
            people.append(Participant(name, default_status, role))
            continue
        part = OFFICE_FIRST_RE.sub(lambda t: f"{t.group(1).lower()} ", part)
        if (m := _ROLE_BEFORE_RE.match(part)) and m.group(1) not in _LINKS:
            # "skoleleder Hanne Vestergaard (sekretær)": a person, the role before the name
            found = listed_person(part[m.end(1):], default_status)
            found.role = f"{m.group(1)}, {found.role}" if found.role else m.group(1)
            people.append(found)
            continue
        if people and (part[:1].islower() or re.match(r"\d\.\s*[a-zæøå]", part) or held_at(
                part, people[-1].role) or ROLE_WORD_RE.fullmatch(STATUS_MARK_RE.sub("", part))
                       ) and not (roles_first and _ROLE_RE.match(part)) and (sum(
                not re.fullmatch(r"\([A-ZÆØÅ]{1,4}\)", w) for w in _COMPOUND_RE.sub(
                    "-", part).split()) <= (6 if part.startswith(_STANDS_FOR) else 4)
                or _part_note(part) or _ROLE_THEN_BODY_RE.match(part)):
            # "Erik Lauritzen (A), borgmester, Stephan …": the role of the name before
            # ("stedfortræder for Inger Marie Dam (V)": the party letter is no word of it; "børne-
            # og ungdomsorganisationerne" one word; "Eva Lund (V), forlod mødet kl. 17.30 efter
            # punkt 6": a part-time note, kept whole as the role, however long)
            role, people[-1].status = role_status(  # (it may say more than the label did)
                " ".join(part.split()).rstrip("."), people[-1].status)
            role = role.lower() if ROLE_WORD_RE.fullmatch(role) else role  # ("Formand")
            if body := _ROLE_THEN_BODY_RE.match(role):  # "formand (DH Lindå)": the body
                role = body.group(1)  # after the name, as `affiliations` keeps it
                people[-1].name = f"{people[-1].name} ({body.group(2)})"
            held = people[-1].role  # ("Borgmester Helle Winther (A), formand": both)
            people[-1].role = role if role.startswith(held) else f"{held}, {role}" if (
                (re.sub(r"^\d\.\s*", "", held) in _TITLES or held_at(part, held))  # ("1. vice-
                and held not in role or _SECOND_ROLE_RE.fullmatch(role) and "," not in held
            ) else held  # borgmester, næstformand"; "…, Morsø Kommune"; a second role)
            continue
        people.append(listed_person(part, default_status))
    return people


# A second role, one word in small letters ("borgermedlem, ungerepræsentant")
_SECOND_ROLE_RE = re.compile(r"[a-zæøå]{4,}")


def _part_note(entry: str) -> bool:
    """`'forlod mødet kl. 17.30 efter punkt 6'`: an entry that is a part-time note whole."""
    m = part_time(f" {entry}")
    return bool(m and m.start() == 0 and m.group("w"))


# A list opened by the body its people sit in: "Byrådet: ", "Bestyrelsen: "
# (also the rest of a label "Deltagere fra Ældrerådet: …", the body the list is from)
_GROUP_LABEL_RE = re.compile(r"^\s*(?:[A-ZÆØÅ][\w-]*(?:et|en)|(?i:fra)\s+[A-ZÆØÅ][^:]{1,80})\s*"
                             r":\s*(?=[A-ZÆØÅ])")
_NAME_WORD_RE = re.compile(r"^(?:[A-ZÆØÅ][\w'.-]*|\(\w{1,4}\)|af|de|van|von|og)$")
def _is_heading(text: str) -> bool:
    """`'Indholdsfortegnelse'`, `'Åbne punkter'`, `'REGION MIDTJYLLAND'`: a list's end."""
    return heading_words(clean_heading(text).lower())


def looks_like_name(text: str) -> bool:
    """`'Mette Lund (A) - formand'`, `'Nick Lorentzen (A) (formand)'`, not `'Hent hele
    referatet'`, a heading (`'Indholdsfortegnelse'`) nor a page's date line."""
    first = re.split(r"\s+[-–]\s+(?![^()]*\))|[,;](?![^()]*\))", text.strip(), maxsplit=1)[0]
    # (from: "Mikkel Dahl (Holstebro …)", "(Ældrerådet (Valby))"; no party: "(løsgænger)")
    first = re.sub(rf"(?<=\w)\s+\((?:(?-i:[A-ZÆØÅ])(?:[^()]|\([^()]*\)){{4,60}}|"
                   rf"(?i:{UNALIGNED}))\)$", "", first)
    # (the role right after the party, no comma: "Ida Vest (A) formand", a web chip's)
    first = re.sub(rf"(?<=\))\s+{ROLE_WORD_RE.pattern}$", "", first.rstrip(), flags=re.IGNORECASE)
    words = _ROLE_BRACKET_RE.sub("", first).split()
    return 1 <= len(words) <= 7 and text[:1].isupper() and all(
        _NAME_WORD_RE.match(w) for w in words) and not clean_heading(text).lower().startswith(
        ("punkt", "titel", "side ", "hent")) and not _is_heading(text) and not (
        KIND_AFTER_RE.match(text))


# The labels of those present besides the members: an official among them is staff
ALSO_PRESENT = ("desuden deltog", "endvidere deltog", "derudover deltog", "også til stede",
                "desuden")  # ("Desuden:" over the staff, in a list beside "Afbud:")
PRESENT = ("tilstede", "til stede", "deltagere", "mødedeltagere", "fremmødte", "medlemmer",
           "indkaldt", "indkaldte",  # (an agenda's: those called, as `finish` marks them)
           *ALSO_PRESENT,  # (and a school board's groups)
           "forældrerepræsentanter", "medarbejderrepræsentanter", "elevrepræsentanter",
           "skoleledelse", "skolens ledelse")
ABSENT = ("afbud/fraværende", "afbud", "fraværende", "fravær", "forfald",
          "fraværende med afbud", "afbud fra", "meldt afbud")
