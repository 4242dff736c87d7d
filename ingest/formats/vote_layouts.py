"""Votes that minutes write as a table or a party a line, rewritten as one label line a
side ("For: C, V, A (5)" / "Imod: O (1)"), which `people.decision_people` reads as any
vote label: a table by columns ("For | Imod | Undlod" over "C, V, A (5) | O (1)"), a
table's rows ("| For | V, A, C | 5 |"), a table of each party's counts ("Parti For Imod
Undlod" / "A - Socialdemokratiet 10 0 0") and "Socialdemokratiet (A): For" a line each."""

from __future__ import annotations

import re

from .party_votes import party_letter


def vote_lines(text: str) -> str:
    r"""`text` with its vote tables and party lines as label lines.

    >>> print(vote_lines("Godkendt.\n| For | V, A, C | 5 |"))
    Godkendt.
    For: V, A, C
    """
    text = _vote_columns(text)  # "For | Imod | Undlod" over "C, V, A (5) | O (1)"
    text = _count_table(text)  # "Parti For Imod Undlod" over "A - Socialdemokratiet 10 0 0"
    text = _roll_call_run(text)  # "Ida Bak (A) For Ole Dam (V) Imod …", wrapped anyhow
    text = _party_lines(text)  # "Socialdemokratiet (A): For" a line each
    text = _roll_call(text)  # "Tove Lindgaard (A): Ja" a line each; "Ja: …" / "Nej: …"
    text = _NAMES_BELOW_RE.sub(_names_below, text)  # "For stemte (8):" over a name a line
    return _VOTE_ROW_RE.sub(r"\g<k>: \g<n>", text)  # "| For | V, A, C | 5 |"


# A vote table's row, as markdown or a Word table's text writes it: "| For | V, A, C | 5 |"
_VOTE_ROW_RE = re.compile(r"(?im)^[ \t]*\|?[ \t]*(?P<k>for|imod|undlod(?: at stemme)?)[ \t]*\|"
                          r"[ \t]*(?P<n>[^|\n]*?)[ \t]*(?:\|[^\n]*)?$")


_CELLS_RE = re.compile(r"\s*\|\s*|\s{2,}")
_VOTE_HEADS = ("for", "imod", "undlod", "undlod at stemme", "stemte for", "stemte imod")


def _vote_columns(text: str) -> str:
    r"""A vote table by columns, its heads on one line and the votes on the next (a Word
    table's rows, pandoc's simple table): one "For: …" line per column.

    >>> print(_vote_columns("Anbefales.\n\nFor | Imod | Undlod\n\nC, V, A (5) | O (1)"))
    Anbefales.
    <BLANKLINE>
    For: C, V, A (5)
    Imod: O (1)
    """
    lines = text.split("\n")
    for k, line in enumerate(lines):
        heads = [c.strip("* ").lower() for c in _CELLS_RE.split(line.strip()) if c.strip("* ")]
        if len(heads) < 2:  # ("**For** **Imod** **Undlod**": bold heads one space apart)
            heads = [c.strip().lower() for c in re.findall(r"\*\*([^*]+)\*\*", line)]
        if len(heads) < 2 or not all(h in _VOTE_HEADS for h in heads):
            continue
        rest = [j for j in range(k + 1, min(len(lines), k + 4))
                if lines[j].strip() and not re.fullmatch(r"[-\s|+=:]+", lines[j])]
        if not rest:
            continue
        cells = [c for c in _CELLS_RE.split(lines[rest[0]].strip()) if c]
        if len(cells) < 2:  # "V, A, I (4) F (1)": a count closes each column's names
            cells = re.split(r"(?<=\))\s+(?=[A-ZÆØÅ])", lines[rest[0]].strip())
        said = [f"{h[:1].upper()}{h[1:]}: {c}" for h, c in zip(heads, cells, strict=False)]
        lines[k:rest[0] + 1] = said
        return "\n".join(lines)
    return text


# (not a vote's own label after a heading naming a party: "Ændringsforslag nr. 1 (Ø): For
# stemte: Ø (1)." is the amendment's vote by its sides' labels, no party's line)
_PARTY_LINE_RE = re.compile(r"(?-i:[A-ZÆØÅ])[^:()\n]{1,40}?\((?P<l>(?-i:[A-ZÆØÅ]{1,2}))\)[ \t]*:"
                            r"[ \t]*(?P<v>for|imod|undlod|undlader|hverken for eller imod)\b"
                            r"(?![ \t]+stemte\b|(?:[ \t]+at[ \t]+stemme)?[ \t]*:)\.?",
                            re.IGNORECASE)


def _party_lines(text: str) -> str:
    """A vote a party a line ("Socialdemokratiet (A): For" / "Dansk Folkeparti (O): Imod",
    or the lines run together), as one line a side ("For: A" / "Imod: O")."""
    sides: dict[str, list[str]] = {}
    for m in _PARTY_LINE_RE.finditer(text):
        kind = "Undlod" if m.group("v").lower().startswith(("undl", "hverken")) else (
            m.group("v").capitalize())
        sides.setdefault(kind, []).append(m.group("l"))
    if len(sides) < 1 or sum(len(v) for v in sides.values()) < 2:
        return text
    said = "\n".join(f"{k}: {', '.join(v)}" for k, v in sides.items())
    return _PARTY_LINE_RE.sub("", text).rstrip() + "\n" + said


# A roll call's answer: "Ja" is for, "Nej" against
_ANSWERS = {"ja": "For", "nej": "Imod", "undlod": "Undlod", "undlader": "Undlod",
            "blank": "Undlod", "hverken for eller imod": "Undlod"}
_ANSWER = "|".join(_ANSWERS)
# "Tove Lindgaard (A): Ja", a member a line
_MEMBER_ANSWER_RE = re.compile(
    rf"(?im)^[ \t]*(?P<n>(?-i:[A-ZÆØÅ])[^:()\n]{{1,40}}?\((?-i:[A-ZÆØÅ]{{1,2}})\))[ \t]*:[ \t]*"
    rf"(?P<v>{_ANSWER})\.?[ \t]*$")
# "Ja: Tove Lindgaard (A), …", the members by their answer
_GROUP_ANSWER_RE = re.compile(r"(?im)^[ \t]*(?P<v>ja|nej)[ \t]*:[ \t]*(?P<n>\S.*)$")


# A roll call's entry in running text: the member's name, party and answer, the name's
# words capitalised ("Lise-Lotte Skov (Ø) Imod", "Bo Lamar Ley (A) For"); with a colon
# ("Ida Bak (A): Ja") it is `_party_lines`' and `_roll_call`'s line
_RUN_ENTRY_RE = re.compile(
    r"(?P<n>[A-ZÆØÅ][\w'.-]+(?:[ \t]+(?:(?:von|van|de|la)[ \t]+)?[A-ZÆØÅ][\w'.-]+){1,4}"
    r"[ \t]*\([A-ZÆØÅ]{1,3}\))[ \t]+(?P<v>[Ff]or|[Ii]mod|[Uu]ndlod|[Jj]a|[Nn]ej)(?![\w-])\.?")
_RUN_GAP_RE = re.compile(r"[\s,;]*")
# The fewest entries in a row that make a roll call (not a sentence's "Ole Dam (V) imod")
_MIN_RUN = 3


def _roll_call_run(text: str) -> str:
    r"""A roll call whose entries run together or wrap anywhere (a PDF's lines joined,
    "Name (P) For" with no colon): one label line a side in its place.

    >>> print(_roll_call_run("Navneafstemning: Ida Bak (A) For Ole Dam (V) Imod\nEva Lund (A) "
    ...                      "Undlod"))
    Navneafstemning:
    For: Ida Bak (A)
    Imod: Ole Dam (V)
    Undlod: Eva Lund (A)
    """
    runs: list[list[re.Match[str]]] = []
    for m in _RUN_ENTRY_RE.finditer(text):
        if runs and _RUN_GAP_RE.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    runs = [run for run in runs if len(run) >= _MIN_RUN]
    for run in reversed(runs):
        sides: dict[str, list[str]] = {}
        for m in run:
            sides.setdefault(_ANSWERS.get(m.group("v").lower(), m.group("v").capitalize()),
                             []).append(" ".join(m.group("n").split()))
        said = "\n".join(f"{k}: {', '.join(v)}" for k, v in sides.items())
        before, after = text[:run[0].start()].rstrip(" \t"), text[run[-1].end():].lstrip()
        text = f"{before}\n{said}\n{after}"
    return text.rstrip("\n") if runs else text


# A side's label over its voters a line each, a named roll call ("For stemte (8):" /
# "Rasmus Dahl (Ø)" / "Amira Said (Ø)" …, blank lines between them or not)
_MEMBER = r"[A-ZÆØÅ][\w'.-]+(?:[ \t]+[A-ZÆØÅ][\w'.-]+){1,4}[ \t]*\([A-ZÆØÅ]{1,3}\)"
_NAMES_BELOW_RE = re.compile(
    r"(?im)^(?P<k>[ \t]*(?:for stemte|imod stemte|stemte for|stemte imod|undlod at stemme|for|"
    r"imod|undlod)[ \t]*(?:\(\d+\)|\d+)?[ \t]*:)[ \t]*"
    rf"(?P<n>(?:\n(?:[ \t]*\n)*[ \t]*(?-i:{_MEMBER})[ \t]*(?=\n|$))+)")


def _names_below(m: re.Match[str]) -> str:
    r"""The side's label with its voters after it on its line.

    >>> print(_NAMES_BELOW_RE.sub(_names_below, "For stemte (2):\nIda Bak (A)\nOle Dam (V)\nX"))
    For stemte (2): Ida Bak (A), Ole Dam (V)
    X
    """
    names = [" ".join(line.split()) for line in m.group("n").split("\n") if line.strip()]
    return f"{m.group('k').strip()} {', '.join(names)}"


def _roll_call(text: str) -> str:
    r"""A roll call's answers as one label line a side ("For: …" / "Imod: …"): members
    answering a line each (two at least), or grouped under "Ja:" and "Nej:".

    >>> print(_roll_call("Navneafstemning:\nIda Bak (A): Ja\nOle Dam (V): Nej\nEva Lund (A): Ja"))
    Navneafstemning:
    For: Ida Bak (A), Eva Lund (A)
    Imod: Ole Dam (V)
    >>> print(_roll_call("Ja: Ida Bak (A), Eva Lund (A)\nNej: Ole Dam (V)"))
    For: Ida Bak (A), Eva Lund (A)
    Imod: Ole Dam (V)
    """
    members = list(_MEMBER_ANSWER_RE.finditer(text))
    if len(members) >= 2:
        sides: dict[str, list[str]] = {}
        for m in members:
            sides.setdefault(_ANSWERS[m.group("v").lower()], []).append(m.group("n").strip())
        said = "\n".join(f"{k}: {', '.join(v)}" for k, v in sides.items())
        first = members[0].start()
        return text[:first] + said + _MEMBER_ANSWER_RE.sub("", text[first:]).rstrip("\n")
    groups = {m.group("v").lower() for m in _GROUP_ANSWER_RE.finditer(text)}
    if groups == {"ja", "nej"}:  # (both sides: a vote, not one "Ja: …" line of text)
        return _GROUP_ANSWER_RE.sub(lambda m: f"{_ANSWERS[m.group('v').lower()]}: "
                                    f"{m.group('n')}", text)
    return text


# A table of the votes by party, each party's count under each side (a council's print):
# "Parti For Imod Undlod" over "A - Socialdemokratiet 10 0 0" … "I alt 16 13 1", its cells
# one space or a pipe apart (a PDF's text joins a row's cells)
_COUNT_HEAD_RE = re.compile(r"^[ \t|]*(?:parti|partier|partigruppe|gruppe|liste)[ \t|]+"
                            r"(?P<s>(?:(?:for|imod|undlod(?: at stemme)?|ja|nej)[ \t|]*){2,4})$",
                            re.IGNORECASE)
_COUNT_SIDE_RE = re.compile(r"undlod at stemme|undlod|for|imod|ja|nej", re.IGNORECASE)
_COUNT_ROW_RE = re.compile(r"^[ \t|]*(?P<p>[^\d|\n]*?\S)[ \t|]+(?P<c>\d+(?:[ \t|]+\d+)*)[ \t|]*$")
_TOTAL_ROW_RE = re.compile(r"^(?:i\s*alt|total|sum|samlet)$", re.IGNORECASE)
_SIDE_NAMES = {"for": "For", "ja": "For", "imod": "Imod", "nej": "Imod"}


def _letter(cell: str) -> str:
    """A party's row head as its letter: "F - SF" → "F" (the letter before the dash, not
    the name's own capitals), "Dansk Folkeparti" → "O"."""
    return m.group(1) if (m := re.match(r"([A-ZÆØÅ]{1,2})\s*[-–:]\s+\S", cell)) else (
        party_letter(cell))


def _count_table(text: str) -> str:
    r"""A vote table of each party's counts: one "For: …" line a side naming the parties
    that gave it a vote (a party split between sides on each), its total from the "I alt"
    row; the text as it was unless every row names a party by its letter or name.

    >>> print(_count_table("Godkendt:\nParti For Imod Undlod\nA - Socialdemokratiet 5 0 0\n"
    ...                    "F - SF 1 3 0\nØ 0 0 1\nI alt 6 3 1\nMindretalsudtalelse …"))
    Godkendt:
    For: A, F (6)
    Imod: F (3)
    Undlod: Ø (1)
    Mindretalsudtalelse …
    """
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if not (head := _COUNT_HEAD_RE.match(line)):
            continue
        sides = [_SIDE_NAMES.get(s.lower(), "Undlod") for s in _COUNT_SIDE_RE.findall(head["s"])]
        votes: dict[str, list[str]] = {side: [] for side in sides}
        totals: list[str] = []
        end = k + 1
        while end < len(lines) and (row := _COUNT_ROW_RE.match(lines[end])) and len(
                counts := re.split(r"[ \t|]+", row["c"].strip())) == len(sides):
            if _TOTAL_ROW_RE.match(row["p"].strip(" |")):
                totals = counts
            elif not re.fullmatch(r"[A-ZÆØÅ]{1,2}", letter := _letter(row["p"].strip(" |"))):
                break  # (no party: no such table)
            else:
                for side, count in zip(sides, counts, strict=True):
                    votes[side] += [letter] if int(count) else []
            end += 1
        if end - k < 3 or (end < len(lines) and _COUNT_ROW_RE.match(lines[end])):
            continue
        total = dict(zip(sides, totals, strict=False))
        said = [f"{side}: {', '.join(parties)}" + (f" ({total[side]})" if side in total else "")
                for side, parties in votes.items() if parties]
        lines[k:end] = said
        return "\n".join(lines)
    return text
