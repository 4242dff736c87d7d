"""Votes asked about without a matter: "Stemte nogen imod noget i 2023?", "Var der
afstemninger på mødet i februar 2024?", "Har nogen i udvalget undladt at stemme?",
"Sker det nogensinde, at nogen stemmer imod?".

Such a question is about every item of the meetings in its period (or of every meeting
the archive holds), not about the items that retrieval ranks first for the word
"stemme": each item's decision is read for its vote lines ("Stemte imod: …",
"… undlod at stemme", "For stemte: …"), and the items that hold one are listed in date
order, each cited. None holding one is an answer too ("Nej. … nævner ingen
afstemninger"), citing the meetings read — not a decline.

>>> asks_votes_held("Stemte nogen imod noget i 2023?")
True
>>> asks_votes_held("Hvem stemte imod studieturen?")
False
"""

from __future__ import annotations

import re

from referat.danish import danish_date, sentences, topic_stems
from referat.domain import Answer
from referat.periods import period_words

from ..asked_names import question_names
from ..catalog import agenda_name, agenda_ref
from ..intent import is_yes_no
from ..parties import PARTIES, asked_party, names_party, party_name, voting_party
from .base import Context, quote_block
from .front_page import meeting_first, open_items
from .meeting_outcomes import meetings_in_scope, opening
from .role_lines import ROLE_LINES

# A vote asked about: "stemte", "stemt om", "afstemning", "undladt at stemme",
# "kampvotering"
_VOTE_ASKED = re.compile(r"\b(?:stem(?:te|t|me|mer|ning)\w*|afstemning\w*|\w*votering\w*|"
                         r"undl(?:od|adt|ader|ade)\b)", re.I)
# Words that ask about votes, or how often, not about a matter
_ASKING = frozenset(topic_stems(
    "stemte stemt stemme stemmer stemmerne afstemning afstemninger kampvotering votering "
    "undlod undladt undlader imod nogensinde sinde gang gange ofte tit eksempel eksempler "
    "sker skete sag sager punkt punkter noget nogen nogle møde mødet møder møderne "
    "udvalg udvalget politikere medlemmer kommunalbestyrelse byråd"))
_COMMITTEE_WORD = re.compile(r"udvalg\w*$|byråd\w*$|kommunalbestyrelse\w*$|regionsråd\w*$")
_AGAINST = re.compile(r"\b(?:imod|i mod|mod|tiltræde|mindretal\w*)\b", re.I)
_ABSTAINED = re.compile(r"\bundl\w+", re.I)
_FOR = re.compile(r"\bstemte\s+for\b|\bfor\s+stemte\b", re.I)
_MOST = 12  # items listed; more are counted
_PARTY_NAMES = frozenset(name for name, _ in PARTIES)


def asks_votes_held(question: str) -> bool:
    """Does the question ask about votes with no matter of its own ("Hvad stemte Linda
    imod på byrådsmødet 17. april?" asks every item's lines naming her), and no party
    whose members are asked for?"""
    if not _VOTE_ASKED.search(question) or asked_party(question):
        return False
    dated = period_words(question)
    people = set(_voters(question))
    rest = [t for t in topic_stems(question)
            if t not in _ASKING and t not in dated and not t.isdigit()
            and not _COMMITTEE_WORD.search(t) and t not in people]
    return not rest


def _voters(question: str) -> list[str]:
    """The stems of the names the question asks the votes of: people's, and parties'
    ("Økonomiudvalget" is neither)."""
    return [stem for _, stem in question_names(question) if not _COMMITTEE_WORD.search(stem)]


def _named(question: str) -> list[str]:
    """The people's names as written, each a word to find in a vote line (a party's name
    is found by its letter, `voting_party`: minutes write "(Ø)")."""
    return [name for name, stem in question_names(question)
            if not _COMMITTEE_WORD.search(stem) and name.lower() not in _PARTY_NAMES]


def asked_roles(question: str) -> list[str]:
    """The vote lines asked for: against, abstained, for; all three for "afstemninger"."""
    roles = [role for role, rx in (("against", _AGAINST), ("abstained", _ABSTAINED),
                                   ("for", _FOR)) if rx.search(question)]
    return roles or ["against", "abstained", "for"]


_WHAT = {("against",): "at nogen stemte imod", ("abstained",): "at nogen undlod at stemme",
         ("for",): "hvem der stemte for"}


def compose_votes_held(ctx: Context) -> Answer | None:
    """The items of the meetings in scope whose decision records a vote of the asked
    kind, in date order; "Nej" with the meetings read when none does. None when nothing
    was retrieved to say which municipality is meant."""
    meetings = meetings_in_scope(ctx)
    if not meetings:
        return None
    roles = asked_roles(ctx.question)
    party = voting_party(ctx.question)  # "I hvilke sager undlod F at stemme …?": F's lines
    people = _named(ctx.question)  # "Hvad stemte Linda imod …?": the lines naming her
    found = []
    for meeting in meetings:
        # (a closed item's decision is published too: "F undlader at stemme.")
        for n, title, view in open_items(ctx, meeting, closed=True):
            lines = [s for s in sentences(view.section("Beslutning"))
                     if any(ROLE_LINES[r].search(s) for r in roles)
                     and (party is None or names_party(party, s))
                     and all(re.search(rf"\b{re.escape(p)}\b", s) for p in people)]
            if lines:
                found.append((meeting, n, title, " ".join(lines)))
    yes_no = is_yes_no(ctx.question) or bool(re.match(r"\W*(?:sker|skete)\b", ctx.question,
                                                       re.I))
    if not found:
        what = _WHAT.get(tuple(roles), "nogen afstemninger")
        who = " ".join(people) or (party_name(party) if party else "")
        if who and what.startswith("at nogen"):  # "… at Allan Kristensen stemte imod"
            what = what.replace("nogen", who, 1)
        read = ", ".join(danish_date(m.date) for m in meetings[:6]) + (
            f" og {len(meetings) - 6} møder til" if len(meetings) > 6 else "")
        body = (("Nej. " if yes_no else "") + f"Referaterne nævner ikke {what} "
                f"(læst: {'mødet' if len(meetings) == 1 else 'møderne'} {read}).")
        cites = [ctx.cite(m.ref, "", "Møde", title="") for m in meetings[:6]]
        return meeting_first(ctx, cites[0].ref, ctx.answer(body, cites, kind="meeting"))
    shown = found[:_MOST]
    head = ("Ja. " if yes_no else "") + ("Afstemninger i referaterne:" if len(roles) == 3
                                         else "Disse punkter:")
    lines = [f"- {opening(ctx, m)}, {agenda_name(m, n)}: {title}\n{quote_block(quote)}"
             for m, n, title, quote in shown]
    more = f"\n… og {len(found) - _MOST} punkter til." if len(found) > _MOST else ""
    cites = [ctx.cite(agenda_ref(m, n), quote, "Beslutning", title=title)
             for m, n, title, quote in shown]
    return meeting_first(ctx, cites[0].ref, ctx.answer(
        f"{head}\n" + "\n".join(lines) + more, cites, kind="who"))
