"""A substitute named in the sentence after an absence, as a typed protocol writes it:
"Fraværende: Ove Bjerre (afbud). I hans sted var indkaldt 1. stedfortræder Grethe Kvist,
der deltog i hele mødet." The row is the absence and the substitute's own row, as the
header reads a labelled substitute: "Fraværende: Ove Bjerre (afbud)" / "Stedfortræder:
Grethe Kvist for Ove Bjerre". (A scan's "stedfortraeder" spells the "æ" as "ae".) The
sentence naming whom the substitute stands in for first reads the same: "Stedfortræder:
Som stedfortræder for Claus Holm (A) var indkaldt Vibeke Jeppesen" / "(A)." (its party
letter wrapped to a line of its own, or the name's last word with it: "… deltog Niels
Ove" / "Feddersen (V).") is "Stedfortræder: Vibeke Jeppesen (A) for Claus Holm
(A)"; so is such a sentence after the labelled absence's own ("Fraværende: Ib Lund (V) og
Ole Bak (A). Som stedfortræder for Ole Bak var indkaldt Eva Dahl (A).", also with the
label alone on its row above the paragraph, a PDF's hanging label), and the
substitute's own sentence below the absence: "Vibeke Jeppesen (A) mødte
for Claus Holm (A).". A row of an absence list naming who came instead ("Inger Dahl (A) -
i stedet mødte stedfortræder Poul Frandsen (A)"; a web page's "Kirsten Holm (V).
Stedfortræder Niels Bak (V) deltog." under its "Afbud" heading) is the absent one's row,
and the substitute's row follows the list (a label would take the list's next rows). A
substitute called in vain ("Afbud: Margit Lund. Suppleant Hans Ek var indkaldt, men kunne
ikke komme.") is absent too: a row of their own under the same label."""

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
# ... as the second sentence of a labelled absence: "Fraværende: Ib Lund (V) og Ole Bak (A).
# Som stedfortræder for Ole Bak var indkaldt Eva Dahl (A)."
_LABEL_THEN_RE = re.compile(r"^(?P<head>[A-ZÆØÅ][A-Za-zÆØÅæøå ]{2,30}:\s*\S.*?[\w)])\.\s+"
                            r"(?P<rest>Som\s+\S.*)$")
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
# "Kirsten Holm (V). Stedfortræder Niels Bak (V) deltog." (or "… deltog i stedet."): an
# absence list's row (a bullet's too) whose second sentence names who came in its place
_THEN_CAME_RE = re.compile(
    rf"^(?P<bullet>[-–•*·]\s+)?(?P<absent>{_NAME})\.\s+(?:(?:\d\.|første|anden)\s+)?"
    rf"(?i:stedfortr(?:æ|ae)der|suppleant)(?:en)?\s+(?P<sub>{_NAME})\s+(?:deltog|mødte)"
    r"(?:\s+i\s+(?:hele\s+)?mødet|\s+i\s+(?:stedet|(?:hans|hendes|dennes)\s+sted))?\s*\.?$")
# "Afbud: Margit Lund. Suppleant Hans Ek var indkaldt, men kunne ikke komme.": a substitute
# called in vain, absent as the member is (their row under the same label)
_IN_VAIN_RE = re.compile(
    r"^(?P<head>(?P<label>[A-ZÆØÅ][A-Za-zÆØÅæøå ]{2,30}):\s*[A-ZÆØÅ][^.:;]{2,80}?)\.\s+"
    rf"(?i:stedfortr(?:æ|ae)der|suppleant)(?:en)?\s+(?P<sub>{_NAME})\s+(?:var|blev)\s+indkaldt,?\s+"
    r"men\s+(?:kunne\s+ikke|mødte\s+ikke|meldte\s+(?:også\s+)?afbud)\b[^.]*\.?$")
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
    >>> called_substitutes(["Fraværende: Ib Lund (V) og Ole Bak (A). Som stedfortræder for "
    ...                     "Ole Bak var indkaldt Eva Dahl (A)."])
    ['Fraværende: Ib Lund (V) og Ole Bak (A)', 'Stedfortræder: Eva Dahl (A) for Ole Bak (A)']
    >>> called_substitutes(["Kim Lyng (V) mødte for Ib Lund (V)."])
    ['Stedfortræder: Kim Lyng (V) for Ib Lund (V)']
    >>> called_substitutes(["Afbud:", "Ib Lund (V) - i stedet mødte stedfortræder Kim Lyng (V)",
    ...                     "Ole Bak (A)", "", "Referent: Jens Dam"])[1:4]
    ['Ib Lund (V)', 'Ole Bak (A)', 'Stedfortræder: Kim Lyng (V) for Ib Lund (V)']
    >>> called_substitutes(["Afbud", "", "- Ib Lund (V). Stedfortræder Kim Lyng (V) deltog.", ""])
    ['Afbud', '', '- Ib Lund (V)', 'Stedfortræder: Kim Lyng (V) for Ib Lund (V)', '']
    >>> called_substitutes(["Afbud", "Ib Lund (V). Stedfortræder Kim Lyng (V) deltog i stedet."])
    ['Afbud', 'Ib Lund (V)', 'Stedfortræder: Kim Lyng (V) for Ib Lund (V)']
    >>> called_substitutes(["Afbud: Ib Lund (V). Stedfortræder Ole Ravn (V) er indkaldt."])
    ['Afbud: Ib Lund (V)', 'Stedfortræder: Ole Ravn (V) for Ib Lund (V)']
    >>> called_substitutes(["Afbud: Ib Lund. Suppleant Ole Ravn var indkaldt, men kunne", "ikke."])
    ['Afbud: Ib Lund', 'Afbud: Ole Ravn (indkaldt som stedfortræder)']
    """
    def letter_wrapped(row: str, nxt: str) -> str | None:  # (the party letter's own line;
        joined = f"{row.strip()} {nxt}"  # a sentence's last words: "… men kunne" / "ikke komme.")
        return joined if _LETTER_LINE_RE.match(nxt) and _STANDS_IN_RE.match(joined) or (
            _IN_VAIN_RE.match(joined.strip()) and not _IN_VAIN_RE.match(row.strip())) else None

    out: list[str] = []
    later: list[str] = []  # (a substitute named in a list's row: after the list's last row)
    for row in joined_pairs(_hanging_labels(rows), letter_wrapped):
        if later and _LIST_END_RE.match(row):
            out, later = out + later, []
        if m := _IN_PLACE_RE.match(row.strip()) or _THEN_CAME_RE.match(row.strip()):
            out.append(f"{m.groupdict().get('bullet') or ''}{m['absent']}")
            later.append(f"Stedfortræder: {m['sub'].strip()} for {m['absent'].strip()}")
            continue
        if m := _IN_VAIN_RE.match(row.strip()):  # (called, but not there)
            out += [m["head"], f"{m['label']}: {m['sub'].strip()} (indkaldt som stedfortræder)"]
            continue
        if m := _STANDS_IN_RE.match(row.strip()) or _CAME_FOR_RE.match(row.strip()):
            out.append(f"Stedfortræder: {m['sub'].strip()} for {m['absent'].strip()}")
            continue
        if (m := _LABEL_THEN_RE.match(row.strip())) and (sub := _STANDS_IN_RE.match(m["rest"])):
            # (the one stood in for named with the party the absence gives them)
            absent = sub["absent"].strip()
            party = re.search(rf"{re.escape(absent)}\s*(\([^()]{{1,10}}\))", m["head"])
            absent = f"{absent} {party[1]}" if party and "(" not in absent else absent
            out += [m["head"], f"Stedfortræder: {sub['sub'].strip()} for {absent}"]
            continue
        m = _CALLED_RE.match(row.strip())
        if m is None:
            out.append(row)
            continue
        # (the one stood in for with the party letter the absence gives them: "Afbud: Ib
        # Lund (V). Stedfortræder Eva Dahl (V) er indkaldt." – for Ib Lund (V))
        absent = m["absent"].strip()
        party = re.search(rf"{re.escape(absent)}\s*(\([A-ZÆØÅ]{{1,4}}\))", m["head"])
        out += [m["head"], f"Stedfortræder: {m['sub'].strip()} for {absent}"
                           f"{' ' + party[1] if party else ''}"]
    return out + later



_BARE_LABEL_RE = re.compile(r"^[A-ZÆØÅ][A-Za-zÆØÅæøå ]{2,30}:$")
_SENTENCE_LINES = 5  # how many lines a hanging label's paragraph wraps over, at most


def _hanging_labels(rows: list[str]) -> list[str]:
    """`rows` with a label alone on its row over a paragraph that names a stand-in in its
    second sentence (a PDF's hanging label: "Fraværende:" / "Ib Lund (V). Som
    stedfortræder for Ib Lund var" / "indkaldt Eva Dahl (V).") as one row, the label's.

    >>> _hanging_labels(["Fraværende:", "Ib Lund (V). Som stedfortræder for Ib Lund var",
    ...                  "indkaldt Eva Dahl (V).", "Mødeleder:"])
    ['Fraværende: Ib Lund (V). Som stedfortræder for Ib Lund var indkaldt Eva Dahl (V).', \
'Mødeleder:']
    """
    out: list[str] = []
    k = 0
    while k < len(rows):
        end = _paragraph_end(rows, k) if _BARE_LABEL_RE.match(rows[k].strip()) else None
        if end is None:
            out.append(rows[k])
            k += 1
            continue
        out.append(" ".join(row.strip() for row in rows[k:end + 1]))
        k = end + 1
    return out


def _paragraph_end(rows: list[str], k: int) -> int | None:
    """The row that ends the paragraph below label row `k`, if the label and it read as an
    absence and a stand-in's sentence; else None."""
    text = rows[k].strip()
    for n in range(k + 1, min(len(rows), k + 1 + _SENTENCE_LINES)):
        row = rows[n].strip()
        if not row or ":" in row:
            return None
        text = f"{text} {row}"
        if row.endswith("."):
            m = _LABEL_THEN_RE.match(text)
            return n if m and _STANDS_IN_RE.match(m["rest"]) else None
    return None
