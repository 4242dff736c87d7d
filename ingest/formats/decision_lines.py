"""A decision list written one line an item, as a council's beslutningsprotokol is
published in markdown or plain text: the item's number, its title and, after a dash, what
was decided:

    1. **Godkendelse af dagsorden** – Godkendt.
    3. **Budgetopfølgning 3, 2024** – Godkendt med 25 stemmer for. Imod stemte 4 (Ø, F).

or without the bold ("4. Takstblad for affaldsordninger 2025 – Som indstillet."). Read as
it stands no line is an item heading (a heading's title does not go on into sentences),
and the file was refused. Each such line is written as the item's heading with its
decision labelled on the line below ("1. **Godkendelse af dagsorden**" / "Beslutning:
Godkendt."), which the parser reads as any item's own decision.

Only a list is so read: two or more such lines numbered one after the other, and every
numbered line of that list so written. The bold title ends where its emphasis does; a
plain title ends at the last dash before a capital letter whose text ends a sentence
("Klimahandleplan – status 2024 – Taget til efterretning.": a title's own dash is
followed by a word in lower case, or by the decision's dash).
"""

from __future__ import annotations

import re

# "3. **Title** – Decision." (the title's emphasis ends the title)
_BOLD_RE = re.compile(r"^(?P<n>\d{1,3})[.)]\s+(?P<t>(?:\*\*|__)[^*_]{2,200}(?:\*\*|__))"
                      r"\s*[–—-]\s+(?P<d>\S.*)$")
# "3. Title – Decision." (the last dash before a capital letter and a sentence)
_PLAIN_RE = re.compile(r"^(?P<n>\d{1,3})[.)]\s+(?P<t>[A-ZÆØÅ][^*_]{1,200})\s+[–—]\s+"
                       r"(?P<d>[A-ZÆØÅ](?:(?!\s[–—]\s+[A-ZÆØÅ]).)*[.!?)])$")
_NUMBERED_RE = re.compile(r"^(\d{1,3})[.)]\s+\S")
_MIN_LINES = 2


def _split(line: str) -> tuple[str, str, str] | None:
    """The number, title and decision of one line, or None."""
    m = _BOLD_RE.match(line) or _PLAIN_RE.match(line)
    if not m or re.search(r"[a-zæøå]{3}[.!?]\s", m.group("t")):  # (a title is no sentence)
        return None
    return m.group("n"), m.group("t"), m.group("d").strip()


def one_line_decisions(text: str) -> str:
    """The text with each line of a one-line-an-item decision list written as the item's
    heading over its decision; other text as it was.

    >>> print(one_line_decisions("1. **Godkendelse af dagsorden** – Godkendt.\\n"
    ...                          "2. Meddelelser – Taget til efterretning."))
    1. **Godkendelse af dagsorden**
    Beslutning: Godkendt.
    <BLANKLINE>
    2. Meddelelser
    Beslutning: Taget til efterretning.
    <BLANKLINE>
    >>> one_line_decisions("1. Budget – status\\n2. Eventuelt")
    '1. Budget – status\\n2. Eventuelt'
    """
    lines = text.split("\n")
    split: dict[int, tuple[str, str, str]] = {}
    for run in _runs(lines):
        parts = [_split(lines[k].strip()) for k in run]
        if len(run) >= _MIN_LINES and all(parts):
            split.update(zip(run, parts, strict=True))  # type: ignore[arg-type]
    if not split:
        return text
    out: list[str] = []
    for k, line in enumerate(lines):
        if k in split:
            number, title, decision = split[k]
            out += [f"{number}. {title}", f"Beslutning: {decision}", ""]
        else:
            out.append(line)
    return "\n".join(out)


def _runs(lines: list[str]) -> list[list[int]]:
    """The numbered lists of the text: the lines numbered one after the other ("1." …
    "7."), whatever stands between them."""
    runs: list[list[int]] = []
    last = None
    for k, line in enumerate(lines):
        if not (m := _NUMBERED_RE.match(line.strip())):
            continue
        number = int(m.group(1))
        if last is None or number != last + 1:
            runs.append([])
        runs[-1].append(k)
        last = number
    return runs
