"""Members written by their initials ("Til stede: AH, MK, LB", "For stemte: AH og MK",
"LB deltog ikke i behandlingen"), their names only in a legend after the last item
("Navneliste / forkortelser" / "Forkortelse: Navn" / "AH: Anette Holmgaard (A), formand"):
the legend is no part of the last item, and the initials read as the names it gives: a
labelled list of people as the legend's entries, with their roles ("Til stede: Anette
Holmgaard (A), formand; …"), a vote or an attendance sentence with the names alone."""

from __future__ import annotations

import re

from .text_people import looks_like_name

# the legend's heading ("Navneliste / forkortelser", "Forkortelser") and its head row
_HEADING_RE = re.compile(r"^(?:navneliste|forkortelser|initialer|deltagerliste)\b.{0,40}$",
                         re.IGNORECASE)
_HEAD_ROW_RE = re.compile(r"^(?:forkortelse|initialer|initial)\s*[:|]\s*navn$", re.IGNORECASE)
# a row: "AH: Anette Holmgaard (A), formand", "MK = Morten Kjær (V)", "LB – Lise Bruun"
_ROW_RE = re.compile(r"^(?P<ini>[A-ZÆØÅ]{2,4})\s*(?::|=|\||\s[–-])\s*(?P<entry>[A-ZÆØÅ].{2,80})$")
# a sentence that names who voted, took part or was away
_PEOPLE_WORDS_RE = re.compile(r"\b(?:stemte|stemmer|undlod|deltog|inhabil\w*|forlod|afbud|"
                              r"fravær\w*|mødte|ankom|til\s+stede)\b", re.IGNORECASE)
_LIST_RE = re.compile(r"^(?P<label>[A-ZÆØÅa-zæøå][\w .-]{1,30}):\s*(?P<list>[A-ZÆØÅ]{2,4}"
                      r"(?:\s*(?:,|og|&)\s*[A-ZÆØÅ]{2,4})*)\.?$")
_VOTE_LABEL_RE = re.compile(r"stem|undlod", re.IGNORECASE)  # (a vote: the names alone)
_MIN_ROWS = 3


def named_initials(text: str) -> str:
    """`text` without its legend of initials, and those initials read as its names.

    >>> print(named_initials("Til stede: AH, MK\\nAfbud: LB\\n1. Dagsorden\\nBeslutning\\n"
    ...     "Godkendt. For stemte: AH og MK.\\nNavneliste\\nAH: Ida Holm (A), formand\\n"
    ...     "MK: Ole Bak (V)\\nLB: Eva Dam (F)"))
    Til stede: Ida Holm (A), formand; Ole Bak (V)
    Afbud: Eva Dam (F)
    1. Dagsorden
    Beslutning
    Godkendt. For stemte: Ida Holm (A) og Ole Bak (V).
    """
    lines = text.split("\n")
    start, legend = _legend(lines)
    if not legend:
        return text
    known = "|".join(sorted(legend, key=len, reverse=True))
    token = re.compile(rf"(?<![\w-])({known})(?![\w-])")
    out = []
    for line in lines[:start]:
        if (m := _LIST_RE.match(line.strip())) and not _VOTE_LABEL_RE.search(m["label"]) and all(
                t in legend for t in re.findall(r"[A-ZÆØÅ]{2,4}", m["list"])):
            entries = [legend[t] for t in re.findall(r"[A-ZÆØÅ]{2,4}", m["list"])]
            line = f"{m['label']}: {'; '.join(entries)}"
        elif _PEOPLE_WORDS_RE.search(line):
            line = token.sub(lambda t: legend[t[1]].split(",")[0].strip(), line)
        out.append(line)
    return "\n".join(out).rstrip() + ("\n" if text.endswith("\n") else "")


def _legend(lines: list[str]) -> tuple[int, dict[str, str]]:
    """Where the legend at the end of `lines` starts and its initials' entries; (len, {})
    when the text does not end in one (a heading or a head row over three rows or more)."""
    k = len(lines)
    rows: dict[str, str] = {}
    while k > 0:
        line = lines[k - 1].strip()
        m = _ROW_RE.match(line)
        if line and not (m and looks_like_name(m["entry"].split(",")[0].strip())):
            break
        if m:
            rows[m["ini"]] = m["entry"].strip()
        k -= 1
    while k > 0 and not lines[k - 1].strip():
        k -= 1
    headed = False
    for pattern in (_HEAD_ROW_RE, _HEADING_RE):
        while k > 0 and not lines[k - 1].strip():
            k -= 1
        if k > 0 and pattern.match(lines[k - 1].strip()):
            k, headed = k - 1, True
    return (k, rows) if headed and len(rows) >= _MIN_ROWS else (len(lines), {})
