"""Does a question ask a case's history, its treatments across meetings and bodies
("hvad er forløbet i sagen om skolestrukturen?", "havde sagen været oppe før?")? The
answer is `rag.compose.case`; a question asking it is no meeting's agenda either
("var det på udvalgets dagsorden før februar 2024?").

>>> asks_case_history("Hvad er forløbet i sagen om den nye skolestruktur?")
True
>>> asks_case_history("Hvad besluttede byrådet om skolestrukturen?")
False

"Forløb" alone is often a programme, not a case:

>>> asks_case_history("Hvor mange blev selvforsørgende efter forløbet i Idrætsfællesskabet?")
False
"""

from __future__ import annotations

import re

_CASE_QUESTION = re.compile(
    r"\bsagsforløb\w*|\bsagens forløb\b|\bforløb\w* (?:i|af|for) sagen\b|\bhistorik\w*|"
    r"\btidligere behandl\w*|\bbehandlet tidligere\b|"
    # "havde sagen været oppe før?", "var det på udvalgets dagsorden før …?"
    r"\b(?:været|var|kom)\s+(?:\w+\s+){0,2}?(?:oppe|behandlet|forelagt)\s+(?:før|tidligere)\b|"
    r"\bpå\s+(?:\w+\s+){0,2}?dagsorden\w*\s+(?:før|tidligere)\b|"
    r"\bhvordan har sagen\b|\bhvor langt er sagen\b|"
    # "hvilke politiske led var sagen igennem?", "hvilke udvalg har behandlet sagen?",
    # "hvor har sagen været behandlet?" (not where it goes next, nor who was heard)
    r"\bhvilke (?:\w+ )?(?:led|udvalg|organer) (?:har|var|blev)\b[^?,]*\bsagen\b|"
    # "hvilke politiske organer behandlede den / fik den forelagt?"
    r"\bhvilke (?:\w+ )?(?:led|udvalg|organer) (?:behandlede|har behandlet|fik (?:den|dem|"
    r"det|sagen) (?:\w+ )?(?:forelagt|gennemgået|præsenteret|behandlet))\b|"
    # "hvordan gik sagen fra kulturudvalget til byrådet?" (not "indstilling fra ØU")
    r"\b(?:gik|kom|sendt)\s+(?:\w+\s+){0,2}?fra\s+\S*(?:udvalg\w*|byrådet)\s+(?:og\s+)?"
    r"(?:videre\s+)?til\s+\S*(?:udvalg\w*|byrådet|kommunalbestyrelsen)\b|"
    r"\bhvor (?:alle steder |mange steder )?(?:er|blev|har) sagen (?:været )?behandlet\b",
    re.IGNORECASE)


# A case followed through several bodies: "hvordan gik sagen gennem sundhedsudvalget,
# økonomiudvalget og byrådet?" (two bodies named by name, not "udvalget" alone)
# ("hvordan gik sagen videre i skoleudvalget, ØU og byrådet?" too)
_THROUGH = re.compile(r"\b(?:gennem|igennem|videre\s+i)\s+(?:\S+\s+){0,2}?(?:\w+udvalg(?:et)?|"
                      r"byrådet|kommunalbestyrelsen)\b", re.IGNORECASE)
_BODY = re.compile(r"\b(\w+udvalg(?:et|ets)?|byråd(?:et|ets)?|kommunalbestyrelsen\w*|"
                   r"magistraten)\b", re.IGNORECASE)


def asks_case_history(question: str) -> bool:
    """
    >>> asks_case_history("Hvordan gik sagen gennem sundhedsudvalget og byrådet?")
    True
    >>> asks_case_history("hvordan gik sagen videre i skoleudvalget, ØU og byrådet?")
    True
    >>> asks_case_history("Hvad sagde udvalget og byrådet om det?")
    False
    """
    bodies = {m.lower()[:7] for m in _BODY.findall(question)}
    return bool(_CASE_QUESTION.search(question)) or (
        len(bodies) >= 2 and bool(_THROUGH.search(question)))
