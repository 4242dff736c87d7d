"""A question written as a letter: who is asking, and why, before the question proper.

Citizens and new members write "Hej, jeg er ny i udvalget og har en nabo på
førtidspension. Blev der besluttet at sætte penge af til dem?". The sentences about the
asker carry words no minutes hold ("nabo", "glemt"), which read as an unanswered part
of the question. `question_first` puts the question proper first and the asker's
context after it, where it reads as a remark (its dates still name the meeting: "Jeg
kigger på mødet i juni 2015 (9/6). Var alle med?"); a bare greeting is left out.

A sentence that tells what the asker heard or read ("Jeg har læst, at …", "Min onkel
påstår, at …") is a claim to check, not context: the question stays as written.
"""

from __future__ import annotations

import re

# Where a sentence may end: after "?", or after "." / "!" before a capital letter …
_BOUNDARY = re.compile(r"(?<=\?)\s+|(?<=[.!])\s+(?=[A-ZÆØÅ\"»])")
# ... unless the word before the stop is an abbreviation ("kl. 8", "bl.a. Toms", "pkt. 5")
_ABBREVIATED = re.compile(r"(?:\b(?:kl|nr|ca|fx|pt|jf|mv|st|pkt|evt|inkl|ekskl|mht|vedr|"
                          r"tlf|dvs|mio|mia|kr|stk|ff|[a-zæøå]\.[a-zæøå]|jan|feb|apr|aug|sept?|"
                          r"okt|nov|dec))\.$", re.I)
# A greeting alone: "Hej.", "Kære kommune!", "Goddag,", "Hej med jer"
_GREETING = re.compile(r"^\s*(?:hej(?:sa)?|hallo|goddag|god dag|davs|kære(?:\s+\w+){1,2})"
                       r"(?:\s+(?:med\s+)?(?:jer|dig|alle))?\s*[.,!:]*\s*", re.I)
# A sentence about the asker: "Jeg er ny i udvalget …", "Min søn på 14 …", "Vi er en
# mindre virksomhed …", "Som tillidsrepræsentant …"
_ABOUT_ASKER = re.compile(r"^\s*(?:jeg|vi|min|mit|mine|vores|som\s+\w+)\b", re.I)
# ... telling what the asker heard, read or believes: a claim, kept where it stands
_HEARSAY = re.compile(r"\b(?:hørt\w*|hører|læst\w*|læser|set|ser|så\s+(?:i|på)|kan\s+se|"
                      r"fået\s+at\s+vide|fik\s+at\s+vide|påst\w+|siger|sagde|sagt|"
                      r"fortal\w+|fortæller|skrev|skrevet|skriver\s+at|står|stod|mener|"
                      r"tror|troede|forstå\w*|husker|lovede|lovet|rygte\w*|avis\w*|"
                      r"at\s+(?:udvalget|politikerne|kommunen|de|man))\b", re.I)


# Thanks or a sign-off after the question: "… 2020? bare overskrifterne tak",
# "… ? Mvh. Bente", "På forhånd tak!"
_SIGN_OFF = re.compile(r"^\s*(?:(?:på\s+forhånd\s+)?tak\b|mvh\b|vh\b|(?:med\s+)?venlig\s+hilsen|"
                       r"hilsen\b)|\btak\s*[.!]*\s*$", re.I)


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    text = text.strip()
    for m in _BOUNDARY.finditer(text):
        if not _ABBREVIATED.search(text[start:m.start()]):
            out.append(text[start:m.start()])
            start = m.end()
    return [s for s in [*out, text[start:]] if s.strip()]


def question_first(text: str, context: bool = True) -> str:
    """The question proper first, the asker's context after it; the text as written
    when it opens with the question, holds no question mark, or tells a claim. Without
    `context`, a context sentence naming no day or number is left out ("Jeg er ny i
    udvalget og har en nabo på førtidspension …": its words are no part of the matter).

    >>> question_first("Hej, jeg er ny i udvalget. Hvem var formand i 2015?")
    'Hvem var formand i 2015? Jeg er ny i udvalget.'
    >>> question_first("Jeg har læst, at planen blev godkendt. Passer det?")
    'Jeg har læst, at planen blev godkendt. Passer det?'
    >>> question_first("Jeg er ny. Jeg kigger på mødet 9/6. Hvem kom?", context=False)
    'Hvem kom? Jeg kigger på mødet 9/6.'
    >>> question_first("Kære kommune. Hvornår var mødet? På forhånd tak")
    'Hvornår var mødet?'
    """
    sentences = _sentences(text)
    while len(sentences) > 1 and "?" not in sentences[-1] and _SIGN_OFF.search(sentences[-1]):
        sentences.pop()  # "… ? På forhånd tak"
    first = next((i for i, s in enumerate(sentences) if "?" in s), 0)
    if first == 0:
        return " ".join(sentences) if len(sentences) < len(_sentences(text)) else text
    told = []
    for sentence in sentences[:first]:
        rest = _GREETING.sub("", sentence, count=1)
        if not rest.strip(" .,!"):
            continue  # a greeting alone
        if not _ABOUT_ASKER.match(rest) or _HEARSAY.search(rest):
            return text  # a claim or a matter told first: the question reads as written
        if context or re.search(r"\d", rest):
            told.append(rest[0].upper() + rest[1:])
    return " ".join(sentences[first:] + told)


def asked_again(text: str) -> list[str]:
    """The question to ask again when the letter as written finds nothing: the question
    proper first, then without the asker's context; [] when it reads as written."""
    return [t for t in dict.fromkeys(question_first(text, c) for c in (True, False))
            if t != text]
