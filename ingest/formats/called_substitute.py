"""A substitute named in the sentence after an absence, as a typed protocol writes it:
"Fraværende: Ove Bjerre (afbud). I hans sted var indkaldt 1. stedfortræder Grethe Kvist,
der deltog i hele mødet." The row is the absence and the substitute's own row, as the
header reads a labelled substitute: "Fraværende: Ove Bjerre (afbud)" / "Stedfortræder:
Grethe Kvist for Ove Bjerre". (A scan's "stedfortraeder" spells the "æ" as "ae".) The
sentence naming whom the substitute stands in for first reads the same: "Stedfortræder:
Som stedfortræder for Claus Holm (A) var indkaldt Vibeke Jeppesen" / "(A)." (its party
letter wrapped to a line of its own, or the name's last word with it: "… deltog Niels
Ove" / "Feddersen (V).") is "Stedfortræder: Vibeke Jeppesen (A) for Claus Holm
(A)"; so is the substitute's own sentence below the absence: "Vibeke Jeppesen (A) mødte
for Claus Holm (A).". A row of an absence list naming who came instead ("Inger Dahl (A) -
i stedet mødte stedfortræder Poul Frandsen (A)") is the absent one's row, and the
substitute's row follows the list (a label would take the list's next rows)."""

from __future__ import annotations

import re

from .line_pairs import joined_pairs

# "I hans sted var indkaldt 1. stedfortræder Grethe Kvist, der deltog i hele mødet."
_CALLED_RE = re.compile(
    r"^(?P<head>[A-ZÆØÅ][A-Za-zÆØÅæøå ]{2,30}:\s*(?P<absent>[A-ZÆØÅ][^.:;()]{2,60}?)"
    r"(?:\s*\([^()]{1,30}\))?)\.\s+(?:I\s+(?:hans|hendes|dennes)\s+sted\s+(?:var|blev|er)\s+"
    r"(?:indkaldt|mødt|mødte)\s+)?(?:(?:\d\.|første|anden|1ste|2den)\s+)?"
    r"(?:stedfortr(?:æ|ae)der|suppleant)(?:en)?\s+(?P<sub>(?-i:[A-ZÆØÅ])[^,.;()]{2,60}?"
    r"(?:\s*\([^()]{1,10}\))?)\s*(?:,\s*(?:der|som)\s+[^.]*"
    # (the order turned: "1. stedfortræder Ivan Strand (V) var indkaldt og deltog."; an
    # agenda's "Stedfortræder Eva Dahl (V) er indkaldt.")
    r"|\s+(?:var|blev|er)\s+indkaldt(?:\s+og\s+(?:deltog|mødte)[^.]*)?)?\.?$", re.IGNORECASE)

# "Stedfortræder: Som stedfortræder for Claus Holm (A) var indkaldt Vibeke Jeppesen (A)."
_STANDS_IN_RE = re.compile(
    r"^(?:[A-ZÆØÅ][A-Za-zÆØÅæøå ]{2,30}:\s*)?Som\s+(?:(?:\d\.|første|anden)\s+)?"
    r"(?:stedfortr(?:æ|ae)der|suppleant)\s+for\s+(?P<absent>[A-ZÆØÅ][^.:;()]{2,60}?"
    r"(?:\s*\([^()]{1,10}\))?)\s+(?:(?:var|blev|er)\s+(?:indkaldt|mødt|mødte)|deltog|mødte)\s+"
    r"(?P<sub>[A-ZÆØÅ][^,.;:()]{2,60}?(?:\s*\([^()]{1,10}\))?)\s*\.?$", re.IGNORECASE)
# "Niels Ove Trabjerg (V) mødte for Søren Kvist (V).": the substitute's own sentence,
# the one they stood in for after "for"
_NAME = r"[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,4}(?:\s*\([^()]{1,10}\))?"
_CAME_FOR_RE = re.compile(
    rf"^(?P<sub>{_NAME})\s+(?:mødte|deltog|indtrådte|var\s+indkaldt)\s+"
    rf"(?:som\s+(?:stedfortr(?:æ|ae)der|suppleant)\s+)?(?:i\s+stedet\s+)?for\s+"
    rf"(?P<absent>{_NAME})\s*\.?$")
# "Inger Marie Dahl (A) - i stedet mødte stedfortræder Poul Erik Frandsen (A)": a row of an
# absence list naming who came in the absent one's place
_IN_PLACE_RE = re.compile(
    rf"^(?P<absent>{_NAME})\s*[-–,]\s*(?:i\s+stedet|i\s+(?:hans|hendes|dennes)\s+sted)\s+"
    r"(?:mødte|deltog|var\s+indkaldt|blev\s+indkaldt)\s+(?:(?:\d\.|første|anden)\s+)?"
    rf"(?:stedfortr(?:æ|ae)der|suppleant)(?:en)?\s+(?P<sub>{_NAME})\s*\.?$")
# A row that ends a list: blank, or a label of its own ("Referent: …", "Afbud:")
_LIST_END_RE = re.compile(r"^\s*(?:$|[A-ZÆØÅ][\w .-]{1,30}:)")
# a party letter wrapped to a line of its own: "(A).", with the name's last word or two
# before it ("… deltog Niels Ove" / "Feddersen (V).")
_LETTER_LINE_RE = re.compile(r"^(?:[A-ZÆØÅ][\w'-]+\s+){0,2}\([A-ZÆØÅ]{1,3}\)\.?$")


def called_substitutes(rows: list[str]) -> list[str]:
    """`rows` with each absence row naming the substitute called in its place parted in two.

    >>> called_substitutes(["Fraværende: Ove Bjerre (afbud). I hans sted var indkaldt "
    ...                     "1. stedfortraeder Grethe Kvist, der deltog i hele mødet."])
    ['Fraværende: Ove Bjerre (afbud)', 'Stedfortræder: Grethe Kvist for Ove Bjerre']
    >>> called_substitutes(["Stedfortræder: Som stedfortræder for Ib Lund (V) var indkaldt "
    ...                     "Eva Dahl", "(V).", "Næste møde: 2. maj"])
    ['Stedfortræder: Eva Dahl (V) for Ib Lund (V)', 'Næste møde: 2. maj']
    >>> called_substitutes(["Som stedfortræder for Ib Lund (V) deltog Eva", "Dahl (V)."])
    ['Stedfortræder: Eva Dahl (V) for Ib Lund (V)']
    >>> called_substitutes(["Kim Lyng (V) mødte for Ib Lund (V)."])
    ['Stedfortræder: Kim Lyng (V) for Ib Lund (V)']
    >>> called_substitutes(["Afbud:", "Ib Lund (V) - i stedet mødte stedfortræder Kim Lyng (V)",
    ...                     "Ole Bak (A)", "", "Referent: Jens Dam"])[1:4]
    ['Ib Lund (V)', 'Ole Bak (A)', 'Stedfortræder: Kim Lyng (V) for Ib Lund (V)']
    """
    def letter_wrapped(row: str, nxt: str) -> str | None:  # (the party letter's own line)
        joined = f"{row.strip()} {nxt}"
        return joined if _LETTER_LINE_RE.match(nxt) and _STANDS_IN_RE.match(joined) else None

    out: list[str] = []
    later: list[str] = []  # (a substitute named in a list's row: after the list's last row)
    for row in joined_pairs(rows, letter_wrapped):
        if later and _LIST_END_RE.match(row):
            out, later = out + later, []
        if m := _IN_PLACE_RE.match(row.strip()):
            out.append(m["absent"])
            later.append(f"Stedfortræder: {m['sub'].strip()} for {m['absent'].strip()}")
            continue
        if m := _STANDS_IN_RE.match(row.strip()) or _CAME_FOR_RE.match(row.strip()):
            out.append(f"Stedfortræder: {m['sub'].strip()} for {m['absent'].strip()}")
            continue
        m = _CALLED_RE.match(row.strip())
        if m is None:
            out.append(row)
            continue
        out += [m["head"], f"Stedfortræder: {m['sub'].strip()} for {m['absent'].strip()}"]
    return out + later
