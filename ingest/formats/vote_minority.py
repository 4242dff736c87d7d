"""A counted minority named as voting "for" something else than what was adopted:

    Vedtaget med 6 stemmer mod 2. Bent Olsen og Jørgen Dam stemte for at anbefale
    forvaltningens forslag.

The two named are the 2 against the decision: they voted for another proposal (the
recommendation the body turned down, a postponement). Read so only when the count says the
decision was adopted (not "ikke vedtaget", not "forkastet"), with fewer votes against than
for, and the sentence right after it names exactly as many persons as voted against, each
by name ("Bent Olsen", "Jens Dam (V)"): a party's letter counts no votes.

A proposal turned down by a count names its minority the other way round:

    Forslaget blev forkastet med 19 stemmer mod 6 (Ø, F).

The 19 are the votes that turned it down; the 6 after "mod" voted for it (as after
"godkendt med 19 stemmer mod 6 (Ø)" they voted against). So such a count is read as
its sides said outright, "… med 19 stemmer imod og 6 stemmer for (Ø, F)", each side's
bracket kept with it ("forkastet med 19 stemmer (A, V) mod 6 (Ø, F)": A and V against).
"""

from __future__ import annotations

import re

_ADOPTED_RE = re.compile(
    r"(?<!ikke )\b(?:vedtaget|godkendt|tiltrådt|anbefalet|besluttet)\s+med\s+(?P<n>\d+)\s+"
    r"stemmer\s+(?:for\s+)?mod\s+(?P<m>\d+)(?:\s+stemmer?)?(?:\s+imod)?\s*\.\s+"
    r"(?P<who>(?-i:[A-ZÆØÅ])[^.!?:]{2,200}?)\s+(?P<verb>stemte\s+for)\s+at\s+(?=(?-i:[a-zæøå]))",
    re.IGNORECASE)
_PERSON_RE = re.compile(r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}(?:\s+\([A-ZÆØÅ]{1,3}\))?")


# "forkastet med 19 stemmer mod 6 (Ø, F)", "… ikke vedtaget med 4 stemmer (A, V) mod 3 (F)"
_REJECTED_COUNT_RE = re.compile(
    r"\b(?P<verb>forkastet|nedstemt|afvist|faldt|bortfaldt|ikke\s+(?:vedtaget|godkendt|"
    r"tiltrådt|anbefalet))\s+med\s+(?P<n>\d+)\s+stemmer(?P<np>\s+\([^()]{1,300}\))?\s+mod\s+"
    r"(?P<m>\d+)(?:\s+stemmer?)?\s+(?P<mp>\([^()]{1,300}\))", re.IGNORECASE)


def _persons(who: str) -> int:
    """How many persons `who` names, each by name; 0 when any part is no person's name."""
    parts = [p.strip() for p in re.split(r",\s*|\s+og\s+", who) if p.strip()]
    return len(parts) if all(_PERSON_RE.fullmatch(p) for p in parts) else 0


def minority_for_another(text: str) -> str:
    """The text with such a minority's "stemte for at …" read as "stemte imod, for at …"
    (see the module's note); any other text as it is.

    >>> minority_for_another("Vedtaget med 6 stemmer mod 2. Bo Holm og Ane Dam stemte for at "
    ...                      "udsætte sagen.")
    'Vedtaget med 6 stemmer mod 2. Bo Holm og Ane Dam stemte imod, for at udsætte sagen.'
    >>> minority_for_another("Forkastet med 6 stemmer mod 2. Bo Holm og Ane Dam stemte for at "
    ...                      "godkende.")[-23:]
    'stemte for at godkende.'
    """
    def read(m: re.Match[str]) -> str:
        against = int(m["m"])
        if not int(m["n"]) > against or _persons(m["who"]) != against:
            return m.group(0)
        return m.group(0)[:m.start("verb") - m.start()] + "stemte imod, for at "

    return _ADOPTED_RE.sub(read, text)


def rejected_count(text: str) -> str:
    """The text with a counted rejection's sides said outright (see the module's note).

    >>> rejected_count("Forslaget blev forkastet med 19 stemmer mod 6 (Ø, F).")
    'Forslaget blev forkastet med 19 stemmer imod og 6 stemmer for (Ø, F).'
    >>> rejected_count("Forkastet med 5 stemmer (A, V) mod 2 (Ø).")
    'Forkastet med 5 stemmer imod (A, V) og 2 stemmer for (Ø).'
    >>> rejected_count("Godkendt med 19 stemmer mod 6 (Ø, F).")
    'Godkendt med 19 stemmer mod 6 (Ø, F).'
    """
    def read(m: re.Match[str]) -> str:
        against = f"{m['n']} stemmer imod{m['np'] or ''}"
        return f"{m['verb']} med {against} og {m['m']} stemmer for {m['mp']}"

    return _REJECTED_COUNT_RE.sub(read, text)
