"""The names a question says: capitalised words inside it, a full name or a code that
opens it ("Jakob Timmermann – hvilken stilling havde han?", "ITM8, der er flyttet …")."""

from __future__ import annotations

import re

from referat.danish import QUESTION_WORDS, STOPWORDS, stems

# Verbs that open a yes/no question about a person ("Sad Anja Holtze med …?").
_VERB_FIRST = frozenset("sad deltog mødte stemte fik gik kom blev".split())
# A first and a last name: "Mette Vaaben Mortensen" (not "Jobcamp 2025").
FULL_NAME = re.compile(r"(?<!^)\b[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ][a-zæøåé]+"
                        r"(?:-[A-ZÆØÅ][a-zæøåé]+)?)+")  # ("Mette Bjørn-Andersen")
# A capitalised word inside a sentence: a name ("Gladsaxe", "Mette Vaaben Mortensen").
CAPITALISED = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-ZÆØÅ][a-zæøåé]{2,}\b")


# A code name that opens the question: "ITM8, der er flyttet ind på Tonsbakken – …"
# (not a word shouted before the question: "OBS:", "HASTER –")
_CODE_FIRST = re.compile(r"^\s*(?!(?:OBS|NB|PS|HASTER|VIGTIGT|HEJ|TAK|SPØRGSMÅL)\b)"
                         r"([A-ZÆØÅ]{2,}\d*|[A-ZÆØÅ]+\d+[A-ZÆØÅ\d]*)\b(?=,|\s+[–-])")
# A full name that opens the question: "Jakob Timmermann – hvilken stilling havde han …?"
NAME_FIRST = re.compile(r"^\s*(([A-ZÆØÅ][a-zæøåé]{2,})(?:\s+[A-ZÆØÅ][a-zæøåé]{2,}"
                         r"(?:-[A-ZÆØÅ][a-zæøåé]+)?\b)+)")


def question_names(question: str) -> list[tuple[str, str]]:
    """The capitalised words of a question (not its first, unless it begins a full
    name or is a code such as "ITM8" or "DGI"), each with its stem: "hvor mange flyttede
    til Gladsaxe?" → [("Gladsaxe", "gladsax")]."""
    words = CAPITALISED.findall(question.strip())
    first = NAME_FIRST.match(question)
    if first and first.group(2).lower() not in STOPWORDS | QUESTION_WORDS | _VERB_FIRST:
        words.insert(0, first.group(2))
    elif code := _CODE_FIRST.match(question):
        words.insert(0, code.group(1))
    # (a word of asking is no name: "fra Greve Kommune", "Udvalget")
    return [(word, (stems(word, frozenset()) or [word.lower()])[0]) for word in words
            if word.lower() not in QUESTION_WORDS]
