"""Which composer answers a question once its items are found (`Answerer._compose` calls
`route`): the most specific reading first — a meeting's own list, a false premise, a
pending matter, a who-question by role, a case's history — then a decision, then a
fact."""

from __future__ import annotations

import re

from referat.domain import Answer

from .asked_patterns import ATTENDANCE_ASKED
from .bodies import names_other_body
from .case_intent import asks_case_history
from .compose.base import Context, decline
from .compose.case import compose_case
from .compose.case_number import compose_case_number
from .compose.committee import asks_committee, with_committee
from .compose.counted_lists import count_listed
from .compose.decision import decided_here, only_noted, with_decision
from .compose.decision_answer import compose_decision
from .compose.fact import compose_fact
from .compose.missing_meeting import missing_meeting
from .compose.outcome import compose_pending
from .compose.passage import asks_statement
from .compose.people import role_holder
from .compose.when import dated_act
from .compose.who import compose_who
from .intent import (
    VALUE_TYPES,
    asks_decision,
    asks_grant,
    asks_state,
    committee_acts,
    is_yes_no,
    names_body,
)
from .names import ArchiveNames
from .premises import false_premise, unreported_body, unstated_reason
from .query import Question, meeting_named
from .roles import who_role
from .scope import MEETING_ITSELF

_WHICH_MATTER = re.compile(r",\s*(?:som|der)\s+(?=[^?]*\b(?:godkendte|vedtog|besluttede|"
                           r"bevilgede|behandlede)\b)", re.I)


def route(ctx: Context, q: Question, asked: str, names: ArchiveNames) -> Answer:
    """The composer that answers: a meeting's own list, a false premise, a pending
    matter, a who-question by role, a case's history, a decision, a fact."""
    if q.unreported and ATTENDANCE_ASKED.search(ctx.question):
        # "Hvem deltog i udvalgsmødet i maj 2015, hvor …?": a meeting the archive holds no
        # minutes of has no list here, whatever later items tell of it
        return decline(ctx, q.unreported)
    if q.names_meeting or meeting_named(ctx.question):
        # "hvilken direktør deltog i udvalgsmødet …?": the meeting's own list
        holder = role_holder(ctx, asked)
        if holder is not None:
            return holder
    missing = missing_meeting(ctx, bool(MEETING_ITSELF.search(ctx.question)))
    if missing is not None:  # "hvad skete der med mødet 16. januar?" (not in the archive)
        return missing
    numbered = compose_case_number(ctx)  # "hvad er sagsnummeret?": the item's own field
    if numbered is not None:
        return numbered
    listed = count_listed(ctx)  # "hvor mange meddelelser var der?": the list's entries
    if listed is not None:
        return listed
    premise = false_premise(ctx) or unstated_reason(ctx)
    if premise is not None:
        return premise
    pending = compose_pending(ctx)  # "hvad viste analysen?" and it is still under way
    if pending is not None:
        return pending
    role = who_role(ctx.question)
    if q.kind not in ("who", "vote") and role != "proposer":
        role = None  # ("hvem stod bag indstillingen?" reads as a decision question)
    if asks_statement(ctx.question):
        role = None  # "hvad gik mindretalsudtalelsen ud på?": what it says, not whose
    if role is not None:
        answer = compose_who(ctx, role)
        if answer is not None:
            return answer
    if asks_case_history(ctx.question):
        answer = compose_case(ctx)
        if answer is not None:
            return answer
    # "Hvornår vedtog Hoved-MED retningslinjen?", "hvor mange … blev godkendt?": a
    # value asked about someone else's act is a fact in the text, not the decision.
    # (the act in a clause that only says which matter: "Hvad er lejen i aftalen, som
    # byrådet godkendte?" asks the rent)
    main = _WHICH_MATTER.split(ctx.question, maxsplit=1)[0]
    typed_fact = asked in VALUE_TYPES and (not committee_acts(main) or dated_act(
        ctx)) and not decided_here(ctx)  # ("hvornår blev X godkendt?" and it was here)
    decision_like = not typed_fact and (q.kind == "decision" or (
        asked in ("yesno", "free") and (is_yes_no(ctx.question)
                                        or asks_decision(ctx.question))))
    if decision_like and q.kind != "decision" and not asks_decision(ctx.question) and (
            asks_state(ctx.question) or (not names_body(ctx.question)
                                         and only_noted(ctx, ctx.candidates[0]))):
        # "Har Caverion et klimamål?", or only noted: the text answers, if it says
        answer = compose_fact(ctx)
        if not answer.declined:
            return with_decision(ctx, answer)
    held = [] if q.named_elsewhere else names.committees_in(ctx.question)
    if decision_like and names_other_body(ctx.question, held):
        # "hvad besluttede Økonomiudvalget i oktober 2023 …?": that body's decision is
        # told in the text of the item that took the matter further — if it names it
        unreported = unreported_body(ctx)
        if unreported is not None:
            return unreported
        answer = compose_fact(ctx)
        if not answer.declined:
            return answer
    if decision_like:
        answer = compose_decision(ctx, ctx.candidates[0])
        if answer is not None:
            return answer
    if asks_committee(ctx.question):  # "hvilket udvalg behandlede sagen om …?"
        return with_committee(ctx, compose_fact(ctx))
    answer = compose_fact(ctx)
    if asked == "amount" and not answer.declined and asks_grant(ctx.question):
        return with_decision(ctx, answer)  # the figure, and the decision that granted it
    return answer
