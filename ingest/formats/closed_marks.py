"""Whether an item's title or a line of its own marks it closed or open: "Lukket punkt:
Salg af grund", "Salg af grund (lukket)", "Ikke offentligt - Køb af jord", a padlock
after the title ("Handicappris 2025 🔒"), a page's "Åben sag" badge after the title or its
"Lukket punkt" badge before it, and a council's "Referat:" note under an item."""

from __future__ import annotations

import re

# "Lukket:", "Lukket punkt -", "(Lukket)", "LUKKET …" before the title; "(lukket punkt)",
# "- Lukket" or a wrapped "Lukket punkt" after it. "Fortroligt" and "Ikke offentligt"
# (and "Ikke offentlig sag") mark a closed item the same ways, as does an English "Closed
# item –" in minutes printed in two languages.
_SECRET = r"(?:lukket|fortroligt?|ikke[\s-]+offentlig[te]?|closed\s+item)"
_CLOSED_PREFIX_RE = re.compile(
    rf"^\s*(?:[(\[]\s*{_SECRET}(?:\s+(?:punkt|sag))?\s*[)\]]\s*[:\-–]?"
    rf"|{_SECRET}(?:\s+(?:punkt|sag|dagsordenspunkt|møde))?\s*[:\-–]"  # ("Lukket møde:")
    r"|(?-i:LUKKET|FORTROLIGT|IKKE OFFENTLIGT)(?:\s+(?-i:PUNKT))?(?=\s)"
    # (a portal's badge before the title, words apart with no separator: "Lukket punkt
    # Salg af erhvervsgrund", a capital opening the title after it)
    r"|(?-i:Lukket\s+(?:punkt|sag))(?=\s+(?-i:[A-ZÆØÅ0-9»«\"“])))\s*",
    re.IGNORECASE,
)
_CLOSED_SUFFIX_RE = re.compile(
    # ("(lukket punkt jf. styrelseslovens § 10, stk. 2)": the mark and its legal ground)
    rf"\s*(?:[(\[]\s*{_SECRET}(?:\s+(?:punkt|sag))?(?:\s+(?:jf\.|jævnfør|iht\.)[^)\]]{{0,60}}"
    r"|\s*[-–,:]\s*[^)\]]{1,60})?"  # (a remark: "(lukket - ikke til hjemmesiden)")
    rf"\s*[)\]]|[-–]\s*{_SECRET}(?:\s+(?:punkt|sag))?"  # ("… - LUKKET SAG")
    r"|\s(?:lukket|LUKKET)\s+(?:punkt|PUNKT|sag|SAG)"
    # (a page's badge after the title: "Salg af grund, etape 2 Lukket")
    r"|\s(?-i:Fortroligt|FORTROLIGT|Ikke offentligt?|Lukket|LUKKET)"
    # (a print's open/closed mark after the title: "Salg af jord (L)"; a padlock, "… 🔒")
    r"|\s\((?-i:L)\)|\s[\U0001F512\U0001F510]\ufe0f?)"
    r"(?:\s+[·•])?\s*$",  # (a band's mark and its separator: "… LUKKET ·")
    re.IGNORECASE,
)


# "Referat:" (or "Ref.:") under an item, as a council's minutes head what it did (with the
# colon: the word alone is the document's kind, "Referat" over a meeting's header)
# (a capital first: "… gengives uddrag af Økonomiudvalgets" / "referat:" is a sentence's
# wrapped last word)
MINUTE_NOTE_RE = re.compile(r"^(?:(?-i:R)eferat|Ref\.|REF\.)\s*:\s*$", re.IGNORECASE)
# A line of its own that says whether the item is public: "Åben sag", "Lukket punkt"
# ("Status: Åben" in a publication's item facts, "Åben/lukket: Lukket" a form's row,
# "Adgang: Lukket", "Offentlighed: Åben" and an item table's "Sagstype: Åben" the words
# other systems use for it, a print view's case field "Sagsnr.: Lukket" in place of the
# number;
# "Offentligt", the open counterpart of a protocol's "Ikke offentligt")
# A protocol's "Ikke offentlig(t)" and "Fortroligt" on a line of their own close the item
# as "Lukket punkt" does, also a blank line (a Word paragraph) below the title.
# (after the icon a web page shows before it: "🔒 Lukket punkt")
OPEN_MARK_RE = re.compile(
    r"^(?:[\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?\s*)?"
    r"(?:(?:status|adgang|offentlighed|sagstype|åbent?\s*/\s*lukket|sagsnr\.?|sagsnummer)"
    r"\s*:?\s*)?"
    r"(åben|åbent|lukket|offentligt?|fortroligt|ikke\s+offentligt?)"
    r"(?:\s+(?:sag|punkt|dagsordenspunkt))?$", re.IGNORECASE)


# A portal's notice in place of a closed item's text: "Punktet er lukket. Indholdet
# offentliggøres ikke.", "Sagen er ikke offentlig." (each sentence says so)
_NOTICE_RE = re.compile(
    r"^(?:(?:punktet|sagen|dagsordenspunktet)\s+er\s+(?:et\s+)?lukket(?:\s+(?:punkt|sag))?"
    r"(?:\s+for\s+offentligheden)?"
    # ("Punktet er lukket og fremgår ikke af det offentlige referat.": nor its record)
    r"(?:\s+og\s+(?:fremgår|står|indgår)\s+ikke\s+(?:af|i)\s+(?:det\s+)?offentlige\s+"
    r"(?:referat|protokol|beslutningsprotokol))?"
    # ("Beslutningen fremgår af et særskilt lukket referat.": where its record is)
    r"|(?:beslutningen|afgørelsen)\s+fremgår\s+af\s+(?:et\s+|det\s+)?(?:særskilt\s+)?lukket\s+"
    r"(?:referat|protokol|beslutningsprotokol)"
    # (its translation beside it, in minutes printed in two languages: "This item is closed
    # to the public.", "This item was dealt with behind closed doors.")
    r"|(?:this\s+)?item\s+(?:is|was)\s+(?:closed(?:\s+to\s+the\s+public)?|"
    r"dealt\s+with\s+(?:behind\s+closed\s+doors|in\s+(?:a\s+)?closed\s+session))"
    r"|[\w ]{0,40}?\b(?:offentliggøres|publiceres|vises|offentliggjort)\s+ikke(?:\s+[\w ]{0,40})?"
    r"|[\w ]{0,40}?\ber\s+ikke\s+offentlig[t]?(?:\s+tilgængelig[et]?)?"
    # ("Kun beslutningen offentliggøres.": what is published of it, its text not)
    r"|(?:kun|alene|udelukkende)\s+(?:beslutningen|afgørelsen)\s+(?:offentliggøres|gengives|"
    r"refereres|publiceres|vises)"
    # ("Punktet er behandlet på et lukket møde."): where it was treated, not what was decided
    # ("Sagen behandles for lukkede døre.": an agenda's notice, before the meeting)
    # ("Lukket punkt – behandlet for lukkede døre.": the notice after the mark, unsaid whose)
    # ("… for lukkede døre og fremgår af det lukkede referat.": where its record is)
    r"|(?:(?:punktet|sagen)\s+)?(?:(?:er|blev)\s+behandlet|behandlet|behandles)\s+"
    r"(?:på\s+et\s+lukket\s+møde|for\s+lukkede\s+døre)(?:\s+og\s+(?:fremgår|står)\s+(?:af|i)\s+"
    r"(?:det\s+|den\s+)?lukkede?\s+(?:referat|protokol|beslutningsprotokol)"
    r"|\s+og\s+(?:refereres|gengives|offentliggøres)\s+ikke)?)"  # ("… og refereres ikke")
    # ("Sagen behandles for lukkede døre, jf. kommunestyrelseslovens § 10.": the ground,
    # after any of them: "Sagsfremstillingen er ikke offentlig, jf. styrelseslovens § 10")
    # (its subsection too, "jf. styrelseslovens § 10, stk. 2, og beslutningen
    # offentliggøres ikke.": a law's "stk." no sentence's end)
    r"(?:,?\s+(?:jf\.|jævnfør|iht\.|i\s+henhold\s+til)\s+(?:[^.!]|(?<=\bstk)\.|(?<=\bnr)\.)"
    r"{1,120}?)?"
    r"\s*[.!]?$", re.IGNORECASE)


def closed_notice(text: str) -> bool:
    """Whether a closed item's only text is the portal's notice that it is closed, no
    record of what was decided.

    >>> closed_notice("Punktet er lukket. Indholdet offentliggøres ikke."), closed_notice(
    ...     "Godkendt.")
    (True, False)
    >>> closed_notice("Sagen behandles for lukkede døre, jf. kommunestyrelseslovens § 10.")
    True
    >>> closed_notice("*Punktet blev behandlet for lukkede døre og refereres ikke.*")
    True
    >>> closed_notice("Punktet er behandlet for lukkede døre. Kun beslutningen offentliggøres.")
    True
    >>> closed_notice("Sagen er lukket og fremgår ikke af det offentlige referat.")
    True
    >>> closed_notice("Punktet er behandlet for lukkede døre, jf. styrelseslovens § 10, stk. 2,"
    ...               " og beslutningen offentliggøres ikke.")
    True
    >>> closed_notice("Punktet er behandlet for lukkede døre. Sagsfremstillingen er ikke "
    ...               "offentlig, jf. styrelseslovens § 10, stk. 1.")
    True
    >>> closed_notice("Punktet er behandlet for lukkede døre. Sagens indhold offentliggøres "
    ...               "ikke, jf. kommunestyrelseslovens § 10.")
    True
    """
    # (a sentence ends at its full stop, not at an abbreviation's: "…, jf. § 10.")
    parts = [p.strip("[]*_") for p in re.split(
        r"(?<=[.!\]])(?<!jf\.)(?<!iht\.)(?<!stk\.)(?<!nr\.)\s+", text.strip()) if p]
    return bool(parts) and all(_NOTICE_RE.match(p) for p in parts)


def mark_only(text: str) -> bool:
    """Whether a closed item's only text is its closed mark again, set apart in italics
    ("*Lukket sag*", a portal's export): in minutes that decide, no decision.

    >>> mark_only("*Lukket sag*"), mark_only("Godkendt.")
    (True, False)
    """
    return closes(OPEN_MARK_RE.match(text.strip().strip("*_").strip().removesuffix(".")))


def closes(mark: re.Match[str] | None) -> bool:
    """Whether a match of `OPEN_MARK_RE` marks the item closed ("Lukket punkt",
    "Fortroligt", "Ikke offentlig") rather than open ("Åben sag", "Offentligt").

    >>> [closes(OPEN_MARK_RE.match(s)) for s in ("Lukket punkt", "Ikke offentlig", "Åben sag")]
    [True, True, False]
    """
    return bool(mark) and mark.group(1).lower().startswith(("lukket", "fortrolig", "ikke"))


# "LUKKET PUNKT – sagen behandles for lukkede døre og offentliggøres ikke.": the mark, a
# dash (or colon, or a full stop: "Lukket punkt. Indholdet er ikke offentligt
# tilgængeligt.") and the notice or the legal ground why, a paragraph of its own; a comma
# before the legal ground ("Lukket punkt, jf. lov om kommunernes styrelse § 10.")
_LEGAL_GROUND = r"(?:jf\.|jævnfør|iht\.|i henhold til)\s"
_MARK_THEN_WHY_RE = re.compile(r"^(?P<mark>[^–—:,-]{4,40}?)\s*(?:[–—:-]|\.(?=\s)|"
                               rf",(?=\s*(?i:{_LEGAL_GROUND})))\s*(?P<why>\S.*)$")
# ... or no stop at all, the notice's capital after the mark: a lock icon's "Lukket punkt"
# set before the notice on its line ("Lukket punkt  Punktet er behandlet for lukkede døre.")
_CAPITAL_AFTER_RE = re.compile(r"(?<=\S)\s+(?=[A-ZÆØÅ])")
_LEGAL_GROUND_RE = re.compile(rf"^{_LEGAL_GROUND}", re.IGNORECASE)


def mark_line(line: str, italic: bool = False) -> re.Match[str] | None:
    """The mark a line of its own makes, whether the item is open or closed ("Åben sag",
    "Lukket punkt."), also a closed mark with its reason after a dash ("LUKKET PUNKT –
    sagen behandles for lukkede døre …", "Lukket punkt: jf. styrelseslovens § 10"): a match
    of `OPEN_MARK_RE` (read by `closes`); None for any other line.

    >>> [bool(mark_line(s)) for s in ("Lukket punkt.", "LUKKET PUNKT – sagen behandles for "
    ...  "lukkede døre.", "Lukket punkt – Salg af grund", "Lukket for trafik – se bilag",
    ...  "**Lukket punkt**", "Lukket punkt, jf. lov om kommunernes styrelse § 10.",
    ...  "Lukket punkt, Salg af grund", "Lukket punkt  Punktet er behandlet for lukkede døre.",
    ...  "Lukket punkt Salg af grund")]
    [True, True, False, False, True, True, False, True, False]
    >>> bool(mark_line("*Lukket punkt*")), bool(mark_line("*Lukket punkt*", italic=True))
    (False, True)
    """
    # (in bold, as a label is: "**Lukket punkt**"; a line in italics is the item's text,
    # as `text_layout.clean_markdown` keeps "*Lukket punkt.*", but for an `italic` mark:
    # one right under the heading of an item its title does not close, "*Lukket punkt*")
    line = re.sub(r"^(\*\*|__)(.+)\1$" if not italic else r"^(\*\*|__|\*|_)(.+)\1$", r"\2",
                  line.strip()).strip()
    if mark := OPEN_MARK_RE.match(line.removesuffix(".")):
        return mark
    split = _MARK_THEN_WHY_RE.match(line)
    if split and closes(mark := OPEN_MARK_RE.match(split["mark"].strip())):
        why = split["why"]
        return mark if closed_notice(why) or _LEGAL_GROUND_RE.match(why) else None
    for gap in _CAPITAL_AFTER_RE.finditer(line[:60]):  # (the mark is a few words)
        if closes(mark := OPEN_MARK_RE.match(line[:gap.start()])) and closed_notice(
                line[gap.end():]):
            return mark
    return None


# A page's badge before the item's number ("Lukket punkt 10. Køb af jord", a portal's
# "Lukket punkt" span before its "10." span): the mark goes after the number, as a title's
# prefix ("10. Lukket punkt: Køb af jord")
_BADGE_FIRST_RE = re.compile(
    rf"^(?P<s>\s*)(?P<m>(?:{_SECRET}|åben|åbent)(?:\s+(?:punkt|sag))?)\s*[:\-–]?\s+"
    r"(?P<n>\d{1,4}\.)\s+(?=(?-i:[A-ZÆØÅ0-9\"“«]))", re.IGNORECASE)


def number_first(line: str) -> str:
    """An item's line with a badge before its number written with the number first.

    >>> number_first("Lukket punkt 10.  Køb af jord"), number_first("Lukket 2. maj")
    ('10. Lukket punkt: Køb af jord', 'Lukket 2. maj')
    """
    return _BADGE_FIRST_RE.sub(r"\g<s>\g<n> \g<m>: ", line)


def closed_title(title: str) -> tuple[bool, str]:
    """`(True, 'Salg af grund')` for "Lukket punkt: Salg af grund" and its variants.

    >>> closed_title("Lukket: LUKKET Køb af ejendom"), closed_title("Salg af grund (lukket)")
    ((True, 'Køb af ejendom'), (True, 'Salg af grund'))
    >>> closed_title("Lukkede veje i Hundige")
    (False, 'Lukkede veje i Hundige')
    >>> closed_title("Fortroligt: Personalesag"), closed_title("Ikke offentligt - Køb af jord")
    ((True, 'Personalesag'), (True, 'Køb af jord'))
    >>> closed_title("Fortrolighed i sagsbehandlingen")
    (False, 'Fortrolighed i sagsbehandlingen')
    >>> closed_title("Påbud om oprydning Lukket sag"), closed_title("Lokalplan 12 Åben sag")
    ((True, 'Påbud om oprydning'), (False, 'Lokalplan 12'))
    >>> closed_title("Trafikplan 2025 Åben"), closed_title("Ny by Lukket")
    ((False, 'Trafikplan 2025'), (True, 'Ny by'))
    >>> closed_title("Åbent punkt: Godkendelse af dagsorden")
    (False, 'Godkendelse af dagsorden')
    >>> closed_title("Salg af jord (L)"), closed_title("Takster 2018 (Å)")
    ((True, 'Salg af jord'), (False, 'Takster 2018'))
    >>> closed_title("Handicappris 2025 \N{LOCK}")
    (True, 'Handicappris 2025')
    >>> closed_title("Lukket punkt  Salg af grund"), closed_title("Lukket punkt for bilister")
    ((True, 'Salg af grund'), (False, 'Lukket punkt for bilister'))
    >>> closed_title("Lukket punkt")  # (the mark alone: a closed item, its title unpublished)
    (True, 'Lukket punkt')
    >>> closed_title("Salg af grund – delvist lukket punkt")  # (open, a part of it closed)
    (False, 'Salg af grund')
    """
    if closes(OPEN_MARK_RE.match(title.strip())):
        return True, title.strip()
    closed, title = False, title.strip()
    if (m := PARTLY_CLOSED_RE.search(title)) and m.start() > 0:
        return False, title[: m.start()].strip()  # an open item with a closed part
    while (m := _CLOSED_PREFIX_RE.match(title)) and title[m.end():].strip():
        closed, title = True, title[m.end():].strip()
    m = _CLOSED_SUFFIX_RE.search(title)
    if m and m.start() > 0:
        closed, title = True, title[: m.start()].strip()
    elif (m := _OPEN_SUFFIX_RE.search(title)) and m.start() > 0:
        title = title[: m.start()].strip()  # the page's "Åben sag" badge: no title word
    elif not closed and (m := _OPEN_PREFIX_RE.match(title)) and title[m.end():].strip():
        title = title[m.end():].strip()  # "Åbent punkt: Godkendelse af dagsorden"
    return closed, title


# "… – delvist lukket punkt", "(delvis lukket sag)" after the title: the item is published
# and only a part of it ("Denne del af punktet er lukket.") withheld, so an open item
PARTLY_CLOSED_RE = re.compile(r"\s*(?:[-–—]\s*|[(\[]\s*)delvis[t]?\s+lukket"
                              r"(?:\s+(?:punkt|sag|dagsordenspunkt))?\s*[)\]]?\s*$",
                              re.IGNORECASE)
_OPEN_PREFIX_RE = re.compile(r"^(?:åbent punkt|åben sag|åbent|åben)\s*[:–-]\s*", re.IGNORECASE)
# A badge after an open item's title: "Vandløbsregulativ for Lilleå Åben sag", or the
# status alone, as the closed ones' "Lukket" ("Trafiksikkerhedsplan 2025-2028 Åben")
_OPEN_SUFFIX_RE = re.compile(
    r"\s(?:Åben sag|Åbent punkt|ÅBEN SAG|ÅBENT PUNKT|\(Å\)|Åben|Åbent|ÅBEN|ÅBENT)\s*$")
