"""A web page's or a printout's own lines under the minutes, after the last item: no
part of its decision.

* the municipality's postal address, on one line ("Gentofte Kommune, Bernstorffsvej
  161, 2920 Charlottenlund", "… · 7000 Fredericia · Telefon 72 10 70 00 · post@…", the
  site's policy links after it: "… · Tilgængelighedserklæring · Cookies") or
  a site footer's block of short lines: the name ("Gribskov Kommune"), the street
  ("Rådhusvej 3, 3200 Helsinge"), "Telefon 72 49 60 00", an e-mail address;
* the site's policy links ("Cookies  Privatlivspolitik  Tilgængelighedserklæring"; below
  the address, any bullets that are a link each: "* [Kontakt](/kontakt)") and its
  feedback box ("Fandt du det, du søgte?  Ja  Nej");
* the page's own links ("Del siden: …", "Sidst opdateret …", "Til toppen");
* a print stamp ("Udskrevet 13.03.2019 af …"), or the day the minutes were published
  ("Referatet er offentliggjort 08.05.2025.") or the law they were published by and what
  of the closed items shows ("… i henhold til styrelsesloven. Lukkede punkter gengives
  alene med overskrift og beslutning."), or the system that published them
  ("Dagsordener og referater publiceres med FirstAgenda Publication");
* the document's closing line ("… - referat 22.09.2021 - slut", "Slut på referatet");
* a site's cookie notice ("Netpublicator anvender cookies … Læs mere  [ OK ]");
* a listing page's links to the meeting's documents and to other meetings ("Referat
  20.01.2026 (pdf, 196 KB)", "+ Bestyrelsesmøde tirsdag den 25. november 2025", "Se
  ældre referater (2019-2024)", "Se også: Dagsorden 4. marts 2025 · …").

A footer line the page wrapped in two is read as one.
"""

from __future__ import annotations

import re

# "Greve Kommune", "Lyngby-Taarbæk Kommune": the municipality's name alone on its line
MUNICIPALITY_LINE_RE = re.compile(r"^(?:[A-ZÆØÅ][\w.-]*\s+){1,3}Kommune$|^Region\s+[A-ZÆØÅ]\w+$")

_PHONE = r"(?i:tlf|telefon|telefonnummer)\.?:?\s*(?:\+45\s*)?\d[\d ]{7,11}"
_MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_STREET = r"[A-ZÆØÅ][\wæøåé.-]*(?:\s[\wæøåé.-]+){0,3}\s\d{1,3}(?:\s?[A-Za-z])?"
_TOWN = r"[1-9]\d{3}\s+[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}"
# a footer block's lines: the street and town, a phone number, an e-mail or web address
_CONTACT_RE = re.compile(rf"^(?:{_STREET},?\s+{_TOWN}|{_PHONE}|(?:e-?mail:?\s*)?{_MAIL}"
                         r"|(?:https?://|www\.)\S+)$", re.IGNORECASE)
# a line of the site's policy links only
_POLICY_WORDS = frozenset("""cookies cookiepolitik cookieindstillinger
privatlivspolitik privatliv persondatapolitik databeskyttelse tilgængelighedserklæring
tilgængelighed kontakt om hjemmesiden nyhedsbrev presse job facebook linkedin instagram
twitter youtube""".split())
_POLICY = "|".join(sorted(_POLICY_WORDS, key=len, reverse=True))
_POLICY = rf"(?:[\w]+-\s+og\s+)?(?:{_POLICY})"  # ("Cookie- og privatlivspolitik")
# the address on one line, the body's name in it (the site's policy links after it:
# "… · 9900 Frederikshavn · Tlf. 98 45 50 00 · Tilgængelighedserklæring · Cookies")
# (and the body's register numbers: "· CVR 29189420", "· EAN-nr. 5798000…")
_REGISTER = r"(?i:cvr|ean|se)(?:-?nr\.?)?:?\s*\d[\d ]{7,13}"
_ADDRESS_RE = re.compile(rf"^(?=.*\b(?:Kommune|Rådhus)\b)[^.!?]{{0,120}}\b{_TOWN}"
                         rf"(?:\s*[·|,–-]\s*(?:{_PHONE}|www\.[\w.-]+|{_MAIL}|{_REGISTER}|"
                         rf"(?i:{_POLICY})))*(?:\s*[·|])?$")  # (its links wrapped after a "·")
_FEEDBACK_RE = re.compile(r"^(?:fandt du (?:det|hvad),? du (?:søgte|ledte efter)|var (?:siden|"
                          r"denne side|indholdet) (?:nyttig|brugbar|til hjælp)|kunne du finde)\b",
                          re.IGNORECASE)
# "Del siden: Facebook LinkedIn Mail", "Sidst opdateret: 10. april 2025", "Offentliggjort: 14.
# maj 2025"
# (in an English locale too: "Last modified: March 6, 2025 by …"; in emphasis: "*…*";
# as a sentence: "Siden er sidst opdateret 14. november 2024")
_PAGE_FOOT_RE = re.compile(r"^[*_]*(?:(?:siden|denne side)\s+(?:er|blev)\s+(?=(?:sidst|senest)\s))?"
                           r"(?:del siden|del på|sidst opdateret|senest opdateret|"
                           r"opdateret den|opdateret \d|til toppen|print siden|abonn[eé]r på|"
                           r"sidst ændret|senest ændret|sidst redigeret|senest redigeret|"
                           r"last modified|last updated|"
                           # (the page's own dates: "Offentliggjort: 14. maj 2025 · Senest …")
                           r"(?:offentliggjort|publiceret|udgivet):\s*\d{1,2}|"
                           # (a newsletter's: "Du modtager denne mail, fordi du abonnerer …")
                           r"du\s+(?:modtager|får)\s+(?:denne|dette|nyhedsbrevet)\s+\w+,?\s+(?:fordi|da)|"
                           r"(?:del|udskriv|print)$)\b", re.IGNORECASE)
# When and by whom the document was printed, once at its end: "Udskrevet 13.03.2019 af
# Tønder Kommune - Referat Økonomiudvalget 11.03.2019"
# (an export's: "Udtrukket fra dagsordenssystemet 03-12-2025 07:55 af AFRI"; a sheet's
# last row "Udtræk dannet 05-12-2025 08:30 af RHO")
# (from where: "Udskrevet fra Politikerportalen 12.03.2026"; when a page was made: "Siden
# er dannet 01-12-2025 08:14:37")
_PRINT_STAMP_RE = re.compile(r"^(?:(?:udskrevet|printet|udskrift|udtrukket|eksporteret|"
                             r"udtræk\s+dannet)(?:\s+fra\s+\w+(?:\s+\w+)?)?"
                             r"|(?:siden|dokumentet|udskriften)\s+(?:er|blev)\s+(?:dannet|genereret)"
                             r")\s+(?:den\s+)?\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b", re.IGNORECASE)
# When the page published the minutes, a line of its own under them: "Referatet er
# offentliggjort 08.05.2025.", "Dagsordenen blev publiceret den 2. maj 2025" (on the site:
# "Referatet er offentliggjort på roskilde.dk den 01-12-2025."; "Referatet er udsendt 10.12.2025";
# a page's label and the day: "Offentliggjort: 10.02.2020"; a portal's participle and the day
# and hour alone: "Publiceret 05.12.2025 kl. 12:14")
_PUBLISHED_RE = re.compile(r"^(?:(?:referatet|dagsordenen|protokollen|beslutningsprotokollen)\s+"
                           r"(?:er|blev)\s+|(?=\w+\s*:)"  # (or as a label: "Offentliggjort: …")
                           r"|(?=(?:offentliggjort|publiceret|udgivet)\s+(?:den\s+)?\d))"
                           r"(?:offentliggjort|publiceret|udgivet|udsendt|sendt(?:\s+ud)?)\s*:?"
                           r"\s+(?:på\s+[\w.-]+\s+)?"
                           r"(?:d(?:en|\.)\s+)?"
                           r"(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})"
                           r"(?:\s+kl\.?\s*\d{1,2}[.:]\d\d)?\.?$", re.IGNORECASE)


# When the minutes were approved, with the print stamp under them: "Referatet er godkendt
# den 11.03.2026." ("… godkendt af formanden den 26-11-2025"; a listing page's "Referat
# godkendt af formanden den 27. januar 2026")
_APPROVED_RE = re.compile(r"^(?:referat(?:et)?|protokollen|beslutningsprotokollen)\s+"
                          r"(?:(?:er|blev)\s+)?godkendt(?:\s+af\s+[\w ]{2,40}?)?\s+"
                          r"(?:d(?:en|\.)\s+)?"
                          r"(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})\.?$",
                          re.IGNORECASE)
# The system that published the page: "Dagsordener og referater publiceres med FirstAgenda
# Publication", "Dagsordenen er udgivet fra Prepare."
_CREDIT_RE = re.compile(r"^(?:dagsorden\w*|referat\w*|dokument\w*)(?:\s+og\s+\w+)?\s+"
                        r"(?:(?:er|blev|bliver)\s+)?(?:publiceres|publiceret|udgives|udgivet|"
                        r"offentliggøres|offentliggjort)\s+(?:med|fra|via|i)\s+[A-Z][\w-]*"
                        r"(?:\s+[A-Z][\w-]*){0,2}\.?$", re.IGNORECASE)
# A site's cookie notice, its buttons after it ("… anvender cookies til … [ OK ]")
_COOKIE_NOTICE_RE = re.compile(r"\b(?:anvender|bruger|benytter|sætter)\s+cookies\b|"
                               r"^(?:\w+\s+){0,2}(?:\[\s*[\wæøå ]{1,15}\s*\]\s*)+$",
                               re.IGNORECASE)
# a footer's sentences on one line ("Referatet er godkendt den 11.03.2026. Udskrevet …")
_SENTENCE_END_RE = re.compile(r"(?<=[.!])\s+(?=[A-ZÆØÅ])")
# a site footer's parts on one line, between "·" or "|" ("Slagelse Kommune · Rådhuspladsen
# 11 · 4200 Slagelse · Tlf. … · <the site's name> · Siden er dannet …")
_PART_SPLIT_RE = re.compile(r"[·|]")  # (the spaces around stripped after: linear time)


# a rule of dashes or equals signs framing a plain text's footer
_RULE_RE = re.compile(r"^[-=_*~]{5,}$")
# a markdown list's bullet that is one link only ("  * [Tilgængelighedserklæring](/was)")
_BARE_LINK_RE = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?\[[^\]\n]{1,60}\]\([^()\s]*\)[ \t]*$")
# a link's target after its text in a saved page ("… <https://www.was.digst.dk/…>")
_TARGET_RE = re.compile(r"<https?://[^\s<>]+>")
# the heading of the footer's contact block, above the name and address ("Kontakt")
_CONTACT_HEAD_RE = re.compile(r"^(?:kontakt(?:\s+os)?|kontaktoplysninger)$", re.IGNORECASE)
# A web page's box of links to the body's other meetings, above the site's footer:
# "Andre møder i Teknisk Udvalg" / "• Referat – Teknisk Udvalg 17.11.2025" / "• Se også:
# Økonomiudvalget 17.12.2025 – dagsorden" (a document's kind and a day in each link)
_KIND = r"(?:referat|dagsorden|beslutningsprotokol)"
_DAY = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
_MEETING_LINK_RE = re.compile(
    rf"^[•·*-]\s+(?:se også:\s*)?(?:{_KIND}\s*[–-]\s*[^.!?]{{3,80}}?\s{_DAY}"
    rf"|[^.!?]{{3,80}}?\s{_DAY}\s*[–-]\s*{_KIND})$", re.IGNORECASE)
_LINKS_HEAD_RE = re.compile(  # (whose meetings, before: "Udvalgets øvrige møder")
    r"^(?:[a-zæøå-]+s\s+)?(?:andre|øvrige|tidligere|kommende|relaterede)\s+møder\b[^.!?]{0,80}$"
    r"|^se også:?$", re.IGNORECASE)
# A listing page's link to a meeting's document, with the file's type and size ("Referat
# 20.01.2026 (pdf, 196 KB)", "Dagsorden 4. marts 2025"); a collapsed row of another meeting
# ("+ Bestyrelsesmøde tirsdag den 25. november 2025"); the link to the archive ("Se ældre
# referater (2019-2024)")
_WORD_DAY = r"\d{1,2}\.\s*[a-zæøå]+\s+\d{4}"
_DOC_LINK_RE = re.compile(rf"^{_KIND}\s+(?:{_DAY}|{_WORD_DAY})(?:\s*\([^()]*\b[kKM]B\))?$"
                          rf"|^{_DAY}\s+{_KIND}$",  # (a sidebar's row: "12.02.2024  Referat")
                          re.IGNORECASE)
_COLLAPSED_RE = re.compile(rf"^[+▸►]\s+[^.!?]{{3,80}}\s(?:{_DAY}|{_WORD_DAY})$")
_ARCHIVE_RE = re.compile(r"^(?:se|vis|find)\s+(?:ældre|tidligere|alle|flere)\s+(?:referater|"
                         r"dagsordener|møder)\b[^.!?]*$", re.IGNORECASE)


# What the published minutes hold, by law, not when: "Referatet er offentliggjort i henhold
# til styrelsesloven.", "Lukkede punkter gengives alene med overskrift og beslutning."
_PUBLISHED_BY_LAW_RE = re.compile(
    r"^(?:(?:referatet|dagsordenen|protokollen)\s+(?:er|blev)\s+(?:offentliggjort|publiceret)\s+"
    r"(?:i\s+henhold\s+til|jf\.|efter)\s+[\w§ .-]{3,60}?"
    r"|lukkede\s+punkter\s+(?:gengives|offentliggøres|vises|publiceres)\s+(?:alene|kun)\s+"
    r"med\s+(?:overskrift|titel)(?:\s+og\s+beslutning)?)\.?$", re.IGNORECASE)


def published_line(line: str) -> bool:
    """Whether the line only says when the minutes were published ("Referatet er
    offentliggjort 04.12.2025."): no text of the last item's decision.

    >>> published_line("Offentliggjort: 03.04.2019"), published_line("Offentliggjort 2019")
    (True, False)
    >>> published_line("Publiceret 11.06.2024 kl. 09:05")
    True
    """
    return bool(_PUBLISHED_RE.match(line.strip()))


def without_published(line: str) -> str:
    """A running header's line without its part that says when the minutes were sent or
    published: that day is no meeting's date.

    >>> without_published("Skive Kommune · Økonomiudvalget · Referatet er udsendt 10.12.2025")
    'Skive Kommune · Økonomiudvalget'
    """
    if not re.search(r"(?i)offentliggjort|publiceret|udgivet|sendt", line):
        return line
    parts = re.split(r"(\s+[·|•–]\s+)", line)
    if not any(_PUBLISHED_RE.match(p.strip()) for p in parts[::2]):
        return line
    kept = [p.strip() for p in parts[::2] if not _PUBLISHED_RE.match(p.strip())]
    return " · ".join(kept)


def address_line(line: str) -> bool:
    """The municipality's postal address on one line."""
    return bool(_ADDRESS_RE.match(line.strip()))


# The document's own closing line, its name and "slut" after a dash ("Lemvig Kommune -
# Økonomiudvalget - referat 22.09.2021 - slut"), or "Slut på referatet", "Referat slut"
_CLOSING_RE = re.compile(r"^(?:\S.{0,120}?\s[-–—]\s*)?(?:slut(?:\s+på\s+(?:referatet|dagsordenen|"
                         r"protokollen))?|(?:referat|dagsorden|protokol)(?:et|en|len)?\s+slut)"
                         r"\s*[-–—.]*$", re.IGNORECASE)


def _policy_links(line: str) -> bool:
    # (a saved page's link keeps its target: "Tilgængelighedserklæring <https://…>")
    words = [w.lower() for w in re.split(r"[\s·|•]+", _TARGET_RE.sub("", line)) if w]
    return bool(words) and all(w in _POLICY_WORDS for w in words) and (
        len(words) >= 2 or words[0] in ("cookies", "cookiepolitik", "privatlivspolitik",
                                        "tilgængelighedserklæring"))


def _one_footer_line(s: str) -> bool:
    return bool(_ADDRESS_RE.match(s) or _CONTACT_RE.match(s) or _PAGE_FOOT_RE.match(s)
                or _PRINT_STAMP_RE.match(s) or _FEEDBACK_RE.match(s) or _policy_links(s)
                or _PUBLISHED_RE.match(s) or _APPROVED_RE.match(s) or _CREDIT_RE.match(s)
                or _PUBLISHED_BY_LAW_RE.match(s)
                or _COOKIE_NOTICE_RE.search(s) or _CLOSING_RE.match(s))


def footer_line(line: str) -> bool:
    """A line of a page's footer (the module's kinds), also its stamps as sentences on one
    line and a site's footer in parts between "·".

    >>> footer_line("Referatet er godkendt den 02.05.2025. Udskrevet fra Portalen 03.05.2025.")
    True
    >>> footer_line("Ry Kommune · Torvet 1 · 8680 Ry · Tlf. 87 00 00 00 · Møder · Siden er "
    ...             "dannet 03-05-2025 10:12"), footer_line("Godkendt. Udskrevet 03.05.2025.")
    (True, False)
    """
    s = line.strip()
    if _one_footer_line(s):
        return True
    sentences = _SENTENCE_END_RE.split(s)
    if len(sentences) > 1 and all(_one_footer_line(p) for p in sentences):
        return True
    return _dotted_footer(s)


def _dotted_footer(s: str) -> bool:
    """A site's footer on one line in short parts between "·" (or "|"): the
    municipality's (or amt's) name or the site's copyright, its street and town, and a
    phone number or a stamp among them; no part a sentence.

    >>> _dotted_footer("© Vejle Amt · Damhaven 12 · 7100 Vejle · Tlf. 75 83 53 33")
    True
    """
    parts = [p.strip() for p in _PART_SPLIT_RE.split(s)]
    if len(parts) < 3 or any(not p or len(p) > 60 or p.endswith((".", "!", "?", ":"))
                             for p in parts):
        return False
    town = any(re.fullmatch(rf"(?:{_STREET},?\s+)?{_TOWN}", p) for p in parts)
    named = any(re.search(r"\b(?:Kommune|Rådhus|Amt|Amtskommune)\b|^©", p) for p in parts)
    stamps = sum(bool(re.fullmatch(rf"{_PHONE}|(?:e-?mail:?\s*)?{_MAIL}|{_REGISTER}", p)
                      or _PRINT_STAMP_RE.match(p)) for p in parts)
    return town and stamps > 0 and (named or stamps > 1)  # (an institution's phone and mail)


def footer_start(lines: list[str], first: int, end: int) -> int:
    """Where a footer at the end of `lines[first:end]` starts (`end` when there is none):
    its lines from the bottom up, and the municipality's name above them."""
    filled = [i for i in range(first, end) if lines[i].strip()]
    popped = False
    # (the site's links, a bare link a bullet, below the footer's address: "* [Kontakt](…)")
    links = next((n for n in range(len(filled)) if not _BARE_LINK_RE.match(
        lines[filled[len(filled) - 1 - n]])), len(filled))
    if links and len(filled) > links + 1 and footer_line(lines[filled[-links - 1]]):
        end, popped, filled = filled[-links], True, filled[:-links]
    # (a plain text's footer framed by rules: "-----" / the address / "Tlf. …" / "-----")
    framed = len(filled) > 2 and bool(_RULE_RE.match(lines[filled[-1]].strip())) and (
        footer_line(lines[filled[-2]]))
    below = filled.pop() if framed else end
    if (block := _site_block(lines, filled)) is not None:
        end, popped, filled = filled[block], True, filled[:block]
    while len(filled) > 1 and (footer_line(lines[filled[-1]]) or (
            popped and (MUNICIPALITY_LINE_RE.match(lines[filled[-1]].strip())
                        or _CONTACT_HEAD_RE.match(lines[filled[-1]].strip())
                        or _contact_person(lines, filled) or _meeting_links(lines, filled)))):
        end, popped = filled.pop(), True
        # (a footer's line the page wrapped: "… Hovedgaden 1, 4660" / "Store Heddinge · …")
        while len(filled) > 2 and footer_line(f"{lines[filled[-2]]} {lines[filled[-1]]}") and (
                not footer_line(lines[filled[-1]])):
            filled.pop()
            end = filled.pop()
    if popped and len(filled) > 1 and _RULE_RE.match(lines[filled[-1]].strip()):
        end = filled.pop()  # (the rule above the footer)
    return end if popped or not framed else below


def _meeting_links(lines: list[str], filled: list[int]) -> bool:
    """The last of `filled` is a link to another meeting's document in the box above the
    site's footer, or that box's heading above its links ("Andre møder i …")."""
    s = lines[filled[-1]].strip()
    parts = [p.strip() for p in _PART_SPLIT_RE.split(re.sub(r"(?i)^se også:\s*", "", s))]
    if _MEETING_LINK_RE.match(s) or _COLLAPSED_RE.match(s) or _ARCHIVE_RE.match(s) or (
            _DOC_LINK_RE.match(parts[0]) and all(_DOC_LINK_RE.match(p) or _APPROVED_RE.match(p)
                                                for p in parts[1:-1])) or (
            _APPROVED_RE.match(parts[0]) and len(parts) > 1 and _DOC_LINK_RE.match(parts[1])):
        return True
    below = [lines[k].strip() for k in range(filled[-1] + 1, len(lines)) if lines[k].strip()]
    return bool(_LINKS_HEAD_RE.match(s)) and bool(below) and bool(
        _MEETING_LINK_RE.match(below[0]) or _DOC_LINK_RE.match(below[0]))


def _contact_person(lines: list[str], filled: list[int]) -> bool:
    """The last of `filled` names the contact under the block's heading ("Kontakt" /
    "Landdistriktskoordinator Mette Lind" / "Tlf. …"): a short line, no sentence."""
    s = lines[filled[-1]].strip()
    return len(filled) > 2 and bool(_CONTACT_HEAD_RE.match(lines[filled[-2]].strip())) and (
        len(s.split()) <= 6 and not s.endswith((".", ":", "!", "?")))


def _strong(s: str) -> bool:
    return footer_line(s) or bool(MUNICIPALITY_LINE_RE.match(s))


def _short(s: str) -> bool:
    """A footer's line of a link, a heading or an address part ("Følg os", "Kanalstræde
    2", "CVR-nr. 29189129", "Mandag - onsdag 10-15"): short, no sentence."""
    return len(s) <= 40 and len(s.split()) <= 5 and not s.endswith((".", ":", ";", ","))


def _site_block(lines: list[str], filled: list[int]) -> int | None:
    """Where in `filled` a site's footer of short lines starts (None when there is none):
    the run of short lines at the end, from its first footer line on, when three or more
    of them are footer lines (the feedback box, "Sidst opdateret …", the municipality's
    name, "Tlf. …", an e-mail) among headings and links ("Genveje", "Følg os",
    "Facebook")."""
    k = len(filled)
    while k > 1 and (_strong(s := lines[filled[k - 1]].strip()) or _short(s)):
        k -= 1
    strong = [n for n in range(k, len(filled)) if _strong(lines[filled[n]].strip())]
    return strong[0] if len(strong) >= 3 and strong[0] > 0 else None
