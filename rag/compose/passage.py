"""One item's quoted sentences as a passage: the order the minutes have them in, the
sentences around a quote (its reason, its explanation), and the gaps between quotes
marked, so that a quote never reads as one continuous text where it is not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.danish import sentences, stems
from referat.domain import PROTOCOL_SECTION, RetrievedItem
from referat.values import PERSON, find_values

from .base import Context

REASON = re.compile(r"\b(fordi|begrundelse\w*|skyldes|derfor|årsag\w*|da\b|for at|pga\.?|"
                     r"på grund af|grundet|som følge af|idet)\b|"
                     # a purpose: "…, så KUI kan nå at tilbyde udsatte elever …"
                     r",\s*så\s+(?:\w+\s+){0,3}?(?:kan|kunne|får|skal|bliver)\b", re.I)
# A cause, not a consequence or a purpose: "… skyldes den indledende afprøvning", not
# "Derfor pågår der et arbejde …" (what follows from it) — a "hvorfor" answer says why.
CAUSE = re.compile(r"\b(fordi|skyldes|skyldtes|årsag\w*|begrundelse\w*|på grund af|pga\.?|"
                   r"grundet|som følge af|idet)\b", re.I)


@dataclass
class Quote:
    item: RetrievedItem
    section: str
    text: str
    score: float
    overlap: float = 0.0  # share of the question's topic the sentence itself names
    typed: bool = False  # holds a value of the asked type


# A statement written into the minutes, introduced by its label: "Enhedslisten har følgende
# mindretalsudtalelse: …", "Protokoltilførsel: …", "V ønsker følgende bemærkning ført til
# protokol: …"; and a question asking what it says ("Hvad gik … mindretalsudtalelse ud på?")
_STATEMENT = re.compile(r"(?:udtalelse|protokoltilførsel|protokollat|bemærkning|protokol)\s*:",
                        re.I)
STATEMENT_ASKED = re.compile(r"\b(?:\w*udtalelse\w*|protokoltilførs\w*|protokollat\w*|"
                             r"ført (?:\w+ )?til protokol)\b", re.I)


def asks_statement(question: str) -> bool:
    """Does the question ask what a statement says ("Hvad gik Enhedslistens
    mindretalsudtalelse ud på?"), not whose it is ("Hvem stod bag udtalelsen?")?"""
    return bool(STATEMENT_ASKED.search(question)) and not re.match(
        r"\s*(?:og\s+)?hvem\b", question, re.I)


def whole_statement(ctx: Context, quote: Quote) -> str:
    """The whole statement a quote holds a sentence of: its paragraph, when that
    paragraph is introduced by a statement's label, or the whole `PROTOCOL_SECTION` the
    quote is from; otherwise ""."""
    view = ctx.lookup.item(quote.item.ref)
    if view is None:
        return ""
    said = [" ".join(x.split()) for x in sentences(quote.text) if len(x) >= 20]
    text = view.section(quote.section)
    entered = quote.section == PROTOCOL_SECTION  # (its section is the statement, labelled)
    for paragraph in [text] if entered else re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        if any(x in flat for x in said) and (entered or _STATEMENT.search(flat)) and (
                len(flat) <= 2 * ctx.weights.window_chars):
            return flat
    return ""


def section_units(ctx: Context, item: RetrievedItem, section: str) -> list[str]:
    """The sentences of one section of `item`, as quotes are cut from it."""
    view = ctx.lookup.item(item.ref)
    return sentences(view.section(section)) if view else []


def following(ctx: Context, quote: Quote, n: int) -> list[str]:
    """Up to `n` sentences after `quote` in its section."""
    units = section_units(ctx, quote.item, quote.section)
    if quote.text not in units:
        return []
    k = units.index(quote.text) + 1
    return units[k : k + n]


# A list entry ("2. Orientering om …", "- Jobcamp 2025") is a matter of its own: the
# sentence after a quote goes on with it only when it does not start the next entry
# ("3. Icehearts: … et projekt kaldet Icehearts. Programmet stammer fra Finland …").
_LIST_ENTRY = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*])\s")
# ... nor is an attachment line ("Bilag", "1 bilag, heraf 1 anbefales") or a fragment
_NO_SENTENCE = re.compile(r"^\s*(?:\d+\s+)?bilag\b|[^.!?:»”\")]\s*$", re.I)


def continuation(sentence: str, units: list[str]) -> str:
    """The sentence after `sentence` among a section's `units` when it goes on with it
    (it starts no list entry and is a sentence, not "Bilag"), or "".

    >>> continuation("Designet blev vist.", ["Designet blev vist.", "Udvalget ønsker et nyt."])
    'Udvalget ønsker et nyt.'
    >>> continuation("1. Om ledighed.", ["1. Om ledighed.", "2. Om 225-timersreglen."])
    ''
    >>> continuation("Om 225-timersreglen.", ["Om 225-timersreglen.", "1 bilag, heraf 1 anbefales"])
    ''
    """
    if sentence not in units:
        return ""
    k = units.index(sentence) + 1
    return units[k] if k < len(units) and not (_LIST_ENTRY.match(units[k])
                                               or _NO_SENTENCE.search(units[k])) else ""


# A sentence that opens by pointing back goes on with the one before it ("Det betyder …",
# "Heraf …", "Til sammenligning …"), as does one naming a word of it or of the question.
_POINTS_BACK = re.compile(
    r"^\W*(?:det|den|dette|denne|disse|de|der|her|han|hun|heraf|hertil|herudover|derudover|"
    r"desuden|derfor|dermed|endvidere|samtidig|men|og|også|ligeledes|til sammenligning|"
    r"blandt andet|bl\.\s?a\.|eksempelvis|fx|f\.\s?eks\.)\b", re.I)


def goes_on(sentence: str, after: str, topic: list[str]) -> bool:
    """Does `after` go on with `sentence`: does it point back, or name one of its content
    words or the question's topic?

    >>> goes_on("Ledigheden er 4,1 pct.", "Til sammenligning er den 3,2 pct. i regionen.", [])
    True
    >>> goes_on("Praksis har ikke været benyttet.", "Budgettet er uændret i 2024.", ["samle"])
    False
    """
    if _POINTS_BACK.search(after):
        return True
    said = {t for t in stems(sentence) if len(t) >= 4 and not t.isdigit()} | set(topic)
    return bool(said & set(stems(after)))


def next_sentence(ctx: Context, quote: Quote) -> str:
    """The sentence after `quote` in its section when it goes on with it, or ""."""
    return continuation(quote.text, section_units(ctx, quote.item, quote.section))


# A sentence whose subject points back ("Det giver …", "Heraf er …", "Dette betyder …")
# says nothing without the sentence before it.
_LEANS_BACK = re.compile(r"^\W*(?:det|dette|denne|disse|heraf|hertil|herudover|derudover|"
                         r"desuden|derfor|dermed|endvidere|samtidig|ligeledes|også)\b", re.I)


def sentence_before(ctx: Context, quote: Quote) -> str:
    """The sentence before `quote` in its section when `quote` leans on it, or "".
    ("Det giver en samlet nettotilflytning på 36 virksomheder." — what "det" is, the
    sentence before says.)"""
    units = section_units(ctx, quote.item, quote.section)
    if not _LEANS_BACK.search(quote.text) or quote.text not in units:
        return ""
    k = units.index(quote.text)
    return units[k - 1] if k > 0 and not _NO_SENTENCE.search(units[k - 1]) else ""


def reason_after(ctx: Context, quote: Quote, window: int = 3) -> str:
    """The first of the few sentences after `quote` in its section that gives a reason
    ("Begrundelsen er, at …", "… fordi …"), or ""."""
    return next((u for u in following(ctx, quote, window) if REASON.search(u)), "")


def introduction(ctx: Context, quote: Quote) -> str:
    """The earlier sentence of `quote`'s section that first names the person `quote`
    names, or "": who they are is said there ("På mødet deltager analytiker Kenneth
    Andersen fra Exometric." before "Kenneth Andersen vil uddybe analysen.")."""
    people = [v.text for v in find_values(quote.text, frozenset({PERSON})) if " " in v.text]
    units = section_units(ctx, quote.item, quote.section)
    if not people or quote.text not in units:
        return ""
    return next((u for u in units[:units.index(quote.text)] if any(p in u for p in people)),
                "")


_QUOTE_MARKS = '"“”'


def speaker_before(ctx: Context, quote: Quote, window: int = 6) -> str:
    """The sentence that says whose words `quote` ends ("Regelforenklings- og Afbureau-
    kratiseringsudvalget … har afgivet følgende høringssvar: "… Arbejdet bør være afsluttet
    inden …""), when the quote closes a quotation that opened a few sentences before; ""
    otherwise."""
    if sum(quote.text.count(c) for c in _QUOTE_MARKS) % 2 == 0:
        return ""
    units = section_units(ctx, quote.item, quote.section)
    if quote.text not in units:
        return ""
    k = units.index(quote.text)
    for j in range(k - 1, max(-1, k - 1 - window), -1):
        opened = units[j]
        if sum(opened.count(c) for c in _QUOTE_MARKS) % 2:
            before = opened[:min(opened.find(c) for c in _QUOTE_MARKS if c in opened)]
            return opened if len(before.strip()) > 10 else (units[j - 1] if j else "")
    return ""


def in_text_order(ctx: Context, group: list[Quote]) -> list[Quote]:
    """One item's quotes in the order the minutes have them (a heading before its text,
    a reason after its claim); the best-scored first when they come from other sections;
    a quote another one holds is left out."""
    # a sentence already inside another quote (a line of several sentences, a sentence
    # window) is not quoted twice
    flat = [" ".join(q.text.split()) for q in group]
    group = [q for k, q in enumerate(group)
             if not any(flat[k] in flat[j] and (flat[k] != flat[j] or j < k)
                        for j in range(len(group)) if j != k)]
    view = ctx.lookup.item(group[0].item.ref)
    if view is None or len({q.section for q in group}) > 1:
        return group
    # (whitespace as one space: a sentence may run over a line break, "… 2013:\nPunktet …")
    text = " ".join(view.section(group[0].section).split())
    at = [text.find(" ".join(q.text.split())) for q in group]
    order = sorted(range(len(group)), key=lambda k: (at[k] < 0, at[k]))
    return [group[k] for k in order]


ELISION = " […] "  # between quoted sentences that do not follow each other in the minutes


def joined(ctx: Context, group: list[Quote]) -> str:
    """One item's quotes as one passage; where the minutes have text between two of
    them, the gap is marked ("[…]"), so the quote never reads as one continuous text."""
    view = ctx.lookup.item(group[0].item.ref)
    out = group[0].text
    for before, quote in zip(group, group[1:], strict=False):
        flat = " ".join(view.section(quote.section).split()) if view else ""
        adjacent = before.section == quote.section and " ".join(
            f"{before.text} {quote.text}".split()) in flat
        # (two lines that share a sentence: the shared one is shown once)
        shown = " ".join(out.split())
        new = [x for x in sentences(quote.text) if " ".join(x.split()) not in shown]
        if new:
            # (a table's rows stay one to a line: "Ordning | Takst 2021 | …")
            glue = "\n" if "|" in before.text and "|" in quote.text else (
                " " if adjacent or len(new) < len(sentences(quote.text)) else ELISION)
            out += glue + " ".join(new)
    return out
