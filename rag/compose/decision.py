"""Decision questions, however they are phrased ("hvad besluttede udvalget om …",
"blev … udsat?", "hvad gjorde udvalget med …", "skal kommunen …?"): the blocks of the
answer — an item's `Beslutning`, whole and verbatim, with what "Indstillingens punkt N"
proposed, an explained "Udsættes", earlier treatments labelled as earlier, and, for a
yes/no question, a first line that says Ja / Nej / Sagen blev udsat / Taget til
efterretning. The answer is assembled in `decision_answer.py`.

>>> outcome("Udsættes"), outcome("Indstillingen godkendt."), outcome("Taget til efterretning")
('udsat', 'godkendt', 'efterretning')
>>> outcome("Sagen blev sendt tilbage med henblik på en ny vurdering.")
'tilbage'
>>> outcome("Godkendt. Sagen sendes tilbage til udvalget efter høringen.")
'godkendt'
"""

from __future__ import annotations

import re
from dataclasses import replace

from referat.danish import (
    danish_date,
    sentences,
    statement_and_question,
)
from referat.domain import DAGSORDEN, HISTORY_SECTIONS, MONEY_SECTION, Answer, RetrievedItem
from referat.periods import period_words

from ..confidence import item_text, match_weight, rarest_named, stem_set
from ..follow_up import asker_context
from ..intent import POSTPONED, UNANIMITY
from .base import UNQUOTED, Context, quote_block
from .decision_focus import DISSENT, focused_decision
from .passage import ELISION, continuation, goes_on, section_units
from .proposal import proposal_note, proposal_points

# A matter sent back for more work: no decision yet ("Sagen blev sendt tilbage …",
# "Byrådet besluttede at tilbagesende sagen …", "Sagen hjemvises …")
_SENT_BACK = (r"\b(?:sendt|sendes|sende|sendte)\s+(?:sagen\s+|den\s+)?tilbage\b|\bhjemvis\w*|"
              r"\btilbagesend\w*")
# ... as the decision's first words; later in a decision only back to the administration
# or for another round: "Godkendt. Sagen sendes tilbage til udvalget, når høringen er
# afsluttet." is a step after an approval
_SENT_BACK_FIRST = (r"^\W*(?:sagen\s+|punktet\s+)?(?:blev\s+)?(?:(?:\w+\s+){0,3}?besluttede\s+"
                    r"at\s+)?(?:" + _SENT_BACK + ")")
_SENT_BACK_LATER = (r"(?:" + _SENT_BACK + r")\s+(?:\w+\s+)?(?:til\s+(?:administrationen|"
                    r"forvaltningen|fornyet)|med\s+henblik)\b")
# Outcomes of a decision, from its own words; the first that matches wins.
_OUTCOMES = [
    ("udsat", re.compile(r"^\s*(?:punktet\s+)?(?:udsættes|udsat|blev udsat)\b|\budsættes\b",
                         re.I)),
    # "Sagen blev sendt tilbage med henblik på …", "Sagen hjemvises til administrationen"
    ("tilbage", re.compile(_SENT_BACK_FIRST, re.I)),
    ("afvist", re.compile(r"\b(?:ikke godkendt|afvist|afvises|forkastet|ikke tiltrådt|"
                          r"kan ikke godkendes|godkendes ikke)\b", re.I)),
    # "Anbefales.", "Økonomiudvalget anbefaler overfor Byrådet, at …"
    ("anbefalet", re.compile(r"^\s*(?:indstilles|anbefales|anbefalet|oversendes)\b|"
                             r"\banbefaler\s+(?:over\s*for|overfor)\b", re.I)),
    ("efterretning", re.compile(r"\befterretning\b", re.I)),
    ("godkendt", re.compile(r"\b(?:godkend\w*|tiltrådt|vedtaget|besluttet|bevilget)\b", re.I)),
    ("tilbage", re.compile(_SENT_BACK_LATER, re.I)),
]
# What a yes/no question asks to be true.
_ASKED_OUTCOME = [
    ("udsat", re.compile(POSTPONED, re.I)),
    ("tilbage", re.compile(_SENT_BACK, re.I)),
    ("afvist", re.compile(r"\b(?:afvis\w*|afvist|forkast\w*|sagde nej)\b", re.I)),
    ("efterretning", re.compile(r"\befterretning\b", re.I)),
    ("anbefalet", re.compile(r"\banbefal\w*|\bindstille\w*|\bsendt\w*\s+(?:\w+\s+){0,3}?videre\b|"
                             r"\b(?:videresend|oversend)\w*", re.I)),
]
# Approval named in a yes/no question ("blev planen godkendt?", "skulle de vedtage …?")
APPROVAL_ASKED = re.compile(r"\b(?:godkend\w*|vedt[ao]g\w*|vedtage\w*)\b", re.I)
# A bare check of the statement before it: "Passer det?", "Er det rigtigt?"
_CONFIRM = re.compile(r"^\W*(?:og\s+)?(?:passer|stemmer|holder|er)\s+det(?:\s+(?:nu|virkelig))?"
                      r"(?:\s+(?:rigtigt|korrekt|sandt))?\W*$", re.I)
# A clause that dates the question by another act ("…, da reglerne blev vedtaget?")
_ASIDE = re.compile(r",?\s+\b(?:da|når|efter at|inden|før)\s+[^?,;–]+", re.I)
_FIRST_LINE = {
    "udsat": "Sagen blev udsat.",
    "tilbage": "Sagen blev sendt tilbage til fornyet behandling.",
    "efterretning": "Taget til efterretning.",
    "anbefalet": "Udvalget anbefalede sagen (den endelige beslutning træffes af et andet "
                 "organ).",
}





def _letters(text: str) -> str:
    """Only the letters, lower-cased: "Erhvervs-, Beskæftigelses-, og
    Uddannelsesudvalget" is the committee "Erhvervs-, Beskæftigelses- og …"."""
    return re.sub(r"\W", "", text.lower())


def outcome(decision: str) -> str:
    """The decision's outcome: udsat, afvist, anbefalet, efterretning, godkendt or
    'andet' (a decision in other words)."""
    for name, rx in _OUTCOMES:
        if rx.search(decision):
            return name
    return "andet"


def only_noted(ctx: Context, item: RetrievedItem) -> bool:
    """Was the item only taken note of ("Taget til efterretning", an orientation)? Then
    its decision does not answer a yes/no question about the matter itself ("Må man
    arbejde ved siden af sin førtidspension?"): the text does."""
    view = ctx.lookup.item(item.ref)
    decision = " ".join(view.section("Beslutning").split()) if view else ""
    # (or only discussed: "Sagen blev drøftet" answers no "Er de unge dårligere uddannet
    # end landsgennemsnittet?")
    return (outcome(decision) == "efterretning" and decision.lower().startswith(
        "taget til efterretning")) or bool(_ONLY_DISCUSSED.fullmatch(decision))


_ONLY_DISCUSSED = re.compile(r"(?:(?:sagen|punktet|temaet|emnet)\s+blev\s+|udvalget\s+)?"
                             r"drøfte(?:t|de)(?:\s+(?:sagen|punktet|temaet|emnet))?\.?", re.I)


def decided_here(ctx: Context) -> bool:
    """"Hvornår blev studieturen godkendt?" and the best item's own decision did it: the
    answer is this meeting's decision and date, not a date in the text."""
    if not _WHEN_DECIDED.search(ctx.question):
        return False
    view = ctx.lookup.item(ctx.candidates[0].ref)
    decision = " ".join(view.section("Beslutning").split()) if view else ""
    return outcome(decision) == (asked_outcome(ctx.question) or "godkendt")


_WHEN_DECIDED = re.compile(r"hvornår\s(?:\w+\s){0,6}?(?:godkendt|vedtaget|besluttet|udsat)\b", re.I)


def with_decision(ctx: Context, answer: Answer) -> Answer:
    """A yes/no question about the matter answered from an item's text: the answer also
    quotes the committee's decision on the item, since "bliver energitjekket en fast
    ordning?" asks what the committee did as much as what the text says."""
    cited = answer.citations[0].ref if answer.citations else None
    item = next((i for i in ctx.candidates if i.ref == cited), None)
    view = ctx.lookup.item(item.ref) if item is not None else None
    decision = " ".join(view.section("Beslutning").split()) if view else ""
    if item is None or not decision:
        return answer
    # the decision in its own words ("Taget til efterretning."), as every decision is
    note = (f"Udvalgets beslutning: »{decision}« ({ctx.committee(item)}, "
            f"{danish_date(item.meeting_date)}, {item.ref.name}).")
    return replace(answer, text=f"{answer.text}\n\n{note}")


# An outcome named as what did not happen: "… 'Indstillingen godkendt' i stedet for bare
# at blive taget til efterretning", "frem for at blive udsat", "snarere end afvist"
_INSTEAD_OF = re.compile(r"\b(?:i stedet for|frem for|fremfor|snarere end|ikke bare)\b[^?,;]*",
                         re.I)


def asked_outcome(question: str) -> str:
    """The outcome a question names ("udsat", "afvist", …), or "" for none; not one it
    names as the alternative.

    >>> asked_outcome("Hvilke sager blev afvist i stedet for at blive udsat?")
    'afvist'
    """
    question = _INSTEAD_OF.sub(" ", question)
    return next((n for n, rx in _ASKED_OUTCOME if rx.search(question)), "")


NO_YES_NO = "Referatet svarer ikke med et ja eller nej"
NO_YES_NO_LINE = f"{NO_YES_NO}; beslutningen lyder:"


def yes_no_line(question: str, decision: str) -> str:
    """The first line of the answer to a yes/no question about a decision (the outcome
    asked is the question's, not a statement's before it: "Besøget blev udsat. Blev det
    gennemført senere?" does not ask whether it was postponed)."""
    if UNANIMITY.search(statement_and_question(question)[1]):
        # "Var valget enstemmigt?", "var udvalget enigt?": the vote lines answer
        return ("Nej, ikke enstemmigt." if DISSENT.search(decision)
                else "Ja, referatet nævner ingen, der stemte imod eller undlod at stemme.")
    got = outcome(decision)
    said, asked_now = statement_and_question(question)
    claim = said if _CONFIRM.match(asked_now) else asked_now  # "… skulle godkende X. Passer det?"
    asked = asked_outcome(claim) or "godkendt"
    if got == asked:
        return ("Ja. " + _FIRST_LINE.get(got, "")).strip()
    if got == "efterretning" and APPROVAL_ASKED.search(_ASIDE.sub("", claim)):
        # "skulle EBU godkende udviklingsforløbet? Passer det?": only noted, not approved
        return "Nej, sagen blev kun taget til efterretning."
    if got in _FIRST_LINE:
        return ("Nej. " if asked != "godkendt" else "") + _FIRST_LINE[got]
    if got == "afvist" or (got == "godkendt" and asked in ("udsat", "afvist", "tilbage")):
        return "Nej."
    return NO_YES_NO_LINE


def topic_evidence(ctx: Context, item: RetrievedItem, shown: str) -> tuple[str, str]:
    """(section, sentence) of the item that names what the question asks about beyond
    what the item's title and the answer already show (`shown`: the decision and the
    proposal it approved): "hvad kom der ud af orienteringen om 225-timersreglen?" is
    answered by Meddelelser's "Taget til efterretning", and the answer shows the message
    about 225-timersreglen it covered; "har udvalget besluttet at IPS også skal gælde for
    unge?" shows the sentence on the young, not only "Status på IPS-indsatsen". Two
    sentences, joined with "[…]", when the second names question words the first does
    not; else the sentence with the one after it. ("", "") when the question asks nothing
    beyond what is shown."""
    w = ctx.weights
    named = period_words(ctx.question)
    in_item = stem_set(item_text(ctx.lookup, item))
    asker = asker_context(ctx.question)  # "Jeg er tillidsrepræsentant i FOA."
    topic = [t for t in ctx.q.topic if t not in named and t not in asker
             and match_weight(t, in_item, w)]
    if not topic:
        return "", ""
    idf = {t: ctx.lookup.idf.get(t, ctx.lookup.default_idf) for t in topic}
    # What the title and the quoted decision already show identifies the item; the
    # question's other words are what it asks about ("… en kampagne for at lokke flere
    # firmaer til Ballerup, da de hørte om til- og fraflytning").
    on_show = stem_set(f"{item.title} {shown}")
    topic = [t for t in topic if not match_weight(t, on_show, w)]
    if not topic:
        return "", ""
    rarest = rarest_named(topic, in_item, ctx.lookup, w)
    view = ctx.lookup.item(item.ref)
    found: list[tuple[float, str, str, frozenset[str]]] = []
    for section, text in view.sections if view else []:
        if section in UNQUOTED or section == "Beslutning" or section in HISTORY_SECTIONS:
            continue
        for sentence in sentences(text):
            have = stem_set(sentence)
            named = [t for t in topic if match_weight(t, have, w)]
            if len(sentence) < w.min_sentence_chars or (
                    rarest not in named and len(named) < 2):
                continue
            score = sum(idf[t] * match_weight(t, have, w) for t in topic)
            found.append((score, section, sentence, frozenset(named)))
    if not found:
        return "", ""
    found.sort(key=lambda f: -f[0])
    score, section, sentence, named = found[0]
    # a second sentence when it names what the first does not, nearly as well
    second = next((f for f in found[1:] if f[3] - named and f[0] >= w.second_evidence_share
                   * score), None)
    if second is not None:
        order = [x for _, text in (view.sections if view else []) for x in sentences(text)]
        first, later = sorted([sentence, second[2]], key=order.index)
        # (one sentence between them is shown, not elided: "… ansøgningsfrist den 21.
        # juni kl. 12. Administrationen søger ikke puljen i 2024 … Puljen kan søges …")
        adjacent = second[1] == section and order.index(later) - order.index(first) == 2
        # (and the sentence after the later one, when it goes on with it)
        after = continuation(later, section_units(ctx, item, section))
        if after and after not in (first, later) and goes_on(later, after, ctx.q.topic):
            later = f"{later} {after}"
        if adjacent:
            return section, f"{first} {order[order.index(first) + 1]} {later}"
        return section, ELISION.join([first, later])
    # one sentence alone, with the next one: "Det første grafiske design har været
    # præsenteret …" is answered by "Udvalget besluttede, at de gerne vil se et nyt oplæg"
    after = continuation(sentence, section_units(ctx, item, section))
    return section, f"{sentence} {after}".strip()


# Money asked about a decision: "Fik iværksætterindsatsen ekstra penge?", "Bevilgede
# udvalget midler til …?" — the item's economics section says whether it cost anything.
_ASKS_MONEY = re.compile(r"\b(?:penge\w*|bevilg\w*|finansier\w*|betal\w*|kost\w*|"
                         r"midler|midlerne|tilskud\w*|udgift\w*|beløb\w*)\b", re.I)


def money_note(question: str, sections: list[tuple[str, str]], shown: str) -> str:
    """The first sentences of the item's economics section when the question asks about
    money and the answer does not already quote that section; "" otherwise."""
    if not _ASKS_MONEY.search(question) or shown.startswith(MONEY_SECTION):
        return ""
    text = next((t for n, t in sections if n.startswith(MONEY_SECTION) and t.strip()), "")
    return " ".join(sentences(text)[:2])


def decision_block(ctx: Context, item: RetrievedItem, brief: bool = False) -> tuple[str, str]:
    """The answer text for one item's decision, and the quoted decision. `brief`: the
    decision alone, for a later body's treatment of a case whose text, proposal and
    history the answer has already shown (`same_case`)."""
    view = ctx.lookup.item(item.ref)
    decision = view.section("Beslutning") if view else ""
    head = (f"{ctx.committee(item)} behandlede sagen på mødet den "
            f"{danish_date(item.meeting_date)} ({item.ref.name}: {item.title}).")
    if not decision:
        meeting = ctx.lookup.meeting(item.ref)
        if meeting is not None and getattr(meeting, "doc_type", "") == DAGSORDEN:
            return (f"Kun dagsordenen til mødet den {danish_date(item.meeting_date)} er i "
                    f"arkivet, ikke referatet: {item.ref.name} ({item.title}) stod på "
                    "dagsordenen, men beslutningen kendes ikke herfra.", "")
        return (f"{head} Referatet indeholder ingen beslutning for punktet "
                "(dagsorden eller orientering).", "")
    # (a long list of news in the Beslutning: the paragraphs on the matter asked)
    shown = focused_decision(ctx, item.title, decision)
    lines = [head, "Beslutning:", quote_block(shown)]
    if brief:
        return "\n".join(lines), decision
    proposal = proposal_note(decision, proposal_points(view.section("Indstilling")))
    section, evidence = topic_evidence(ctx, item, f"{shown} {proposal}")
    if evidence:
        lines += [f"Det, der spørges om, står i punktets {section.lower()}:",
                  quote_block(evidence)]
    money = money_note(ctx.question, view.sections, section)
    if money:
        lines += ["Om økonomien står der:", quote_block(money)]
    notes = [proposal] if proposal else []
    got = outcome(decision)
    if got == "udsat":
        notes.append("Punktet blev altså udsat: der blev ikke truffet en beslutning på "
                     "dette møde.")
    elif got == "tilbage":
        notes.append("Sagen blev altså sendt tilbage: der blev ikke truffet en endelig "
                     "beslutning på dette møde.")
    elif got == "efterretning" and decision.lower().startswith("taget til efterretning"):
        # ("Taget til efterretning. Udvalget ønsker sagen forelagt …" added something)
        added = len(decision.split()) > 4
        notes.append("Udvalget tog altså orienteringen til efterretning" + (
            " med tilføjelsen ovenfor." if added else " (ingen ændringer)."))
    decider = " ".join(view.section("Beslutningen træffes af").split()).rstrip(".")
    if got == "anbefalet":
        notes.append("Udvalget anbefaler altså sagen til godkendelse; den endelige "
                     f"beslutning træffes af {decider or 'et andet organ'}.")
    elif decider and _letters(decider) not in _letters(ctx.committee(item)):
        # "har udvalget sidste ord …?": the minutes name who decides the case
        notes.append(f"Ifølge referatet træffes beslutningen af {decider}.")
    for hist in HISTORY_SECTIONS:
        earlier = view.section(hist)
        if earlier:
            notes.append(f"Tidligere behandling ({hist}, et tidligere møde): "
                         f"»{' '.join(earlier.split())}«")
    if notes:
        lines.append("\n".join(notes))
    return "\n".join(lines), decision
