"""What a decision approved when it refers to the Indstilling: the proposal's numbered
points ("1. Godkender forslag til studietur. 2. Beslutter dato for studieturen.") and the
note that quotes them beside a decision such as "Indstillingens punkt 2 godkendt" or
"Indstilles til godkendelse".

>>> proposal_note("Godkendt.", {1: "Godkender forslag til studietur."})
'Indstillingen lød: »Godkender forslag til studietur.«'
"""

from __future__ import annotations

import re

# A decision that approves or recommends without words of its own: what it approved is
# the Indstilling ("Indstilles til godkendelse", "Godkendt", "Anbefales").
_BARE_APPROVAL = re.compile(r"^\s*(?:indstilles til godkendelse|anbefales|godkendt|godkendes|"
                            r"tiltrådt|tiltrædes|indstillingen (?:godkendt|godkendes|tiltrådt))"
                            r"\b", re.I)

def indstilling_points(indstilling: str) -> dict[int, str]:
    """`"1. Godkender forslag til studietur.\\n2. Beslutter dato …"` → {1: …, 2: …}."""
    points: dict[int, str] = {}
    bullets: set[int] = set()  # the points numbered by their bullets' order
    current: int | None = None
    for line in indstilling.split("\n"):
        m = re.match(r"^\s*(\d{1,2})\.\s+(.*)$", line)
        bullet = re.match(r"^\s*[-•]\s+(at\s.*)$", line)  # "- at godkende …": the next point
        if m:
            current = int(m.group(1))
            points[current] = m.group(2).strip()
        elif bullet and not any(k for k in points if k not in bullets):
            # (only before any numbered point: "1. at godkende følgende:\n- at X" keeps X)
            current = (current or 0) + 1
            bullets.add(current)
            points[current] = bullet.group(1).strip()
        elif current is not None and line.strip() and not _JOINER.fullmatch(line.strip()):
            points[current] = f"{points[current]} {line.strip()}"
    return points


def proposal_points(indstilling: str) -> dict[int, str]:
    """The Indstilling's points; an Indstilling of one unnumbered proposal ("Administrationen
    indstiller, at datoen … flyttes til mandag den 29. januar 2024.") is its one point."""
    text = " ".join(indstilling.split())
    return indstilling_points(indstilling) or ({1: text} if text else {})


# "- at godkende X\neller\n2. at godkende Y": a word between options joins no point
_JOINER = re.compile(r"(?:eller|og|samt)", re.I)
# A decision line that is an outcome and nothing else: "- Ikke godkendt", "- Anbefales"
# "1. Ikke godkendt", "Ad 2: Godkendt", "1.-3. Anbefales", "1. - 2. godkendt."
# (with the point's lettered sub-points: "1. a.-d. Godkendt")
_NUMBERED_OUTCOME = re.compile(r"^\s*(?:ad\s+)?(?P<a>\d{1,2})\.?\s*(?:-\s*(?P<b>\d{1,2})\.?)?\s*"
                               r"(?:[a-h]\.?(?:\s*-\s*[a-h]\.?)?(?=\s))?"
                               r"[):]?\s+(?P<o>\S.*?)\s*$", re.I)
# The proposal approved, in either order: "Indstillingen blev godkendt", "Byrådet
# godkendte administrationens indstilling", "Udvalget tiltrådte Økonomiudvalgets indstilling"
_APPROVED_PROPOSAL = re.compile(r"\bIndstilling(?:en)?\b.*\b(?:godkendt|godkendes)|"
                                r"\b(?:godkend\w*|tiltræd\w*|tiltrådte|anbefal\w*|fulgte|følger)"
                                r"\s+(?:\w+s\s+|den\s+)?indstilling(?:en)?\b", re.I)
# An outcome's point numbers on a line of their own, the outcome below: "Ad 1-4." /
# "Anbefales."
_POINTS_ALONE = re.compile(r"^\s*(?:ad\s+)?\d{1,2}\.?\s*(?:-\s*\d{1,2}\.?)?\s*:?\s*$", re.I)
_BARE_OUTCOME = re.compile(r"(?:ikke\s+)?(?:godkendt|godkendes|anbefales|anbefalet|vedtaget|"
                           r"tiltrådt|taget til efterretning|udsat|udsættes|afvist)\.?", re.I)


def _joined_points(decision: str) -> list[str]:
    """The decision's lines, a line of point numbers alone joined to the outcome below it."""
    out: list[str] = []
    for line in decision.split("\n"):
        if out and _POINTS_ALONE.match(out[-1]) and line.strip():
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def proposal_note(decision: str, points: dict[int, str]) -> str:
    """What the decision approved when it refers to the Indstilling, by point number
    ("Indstillingens punkt 2 godkendt") or as a whole ("Indstilles til godkendelse")."""
    # "- Ikke godkendt\n- Godkendt" against two options: each outcome is its option's
    bare = [x.strip(" -•\t") for x in decision.split("\n") if x.strip()[:1] in ("-", "•")]
    if len(bare) >= 2 and len(bare) == len(points) and all(
            _BARE_OUTCOME.fullmatch(x) for x in bare):
        return "\n".join(f"Indstillingens punkt {n} »{t}«: {x}"
                         for (n, t), x in zip(sorted(points.items()), bare, strict=True))
    # "1. Ikke godkendt\n2. Godkendt", "1.-3. Anbefales": each outcome is its points'
    by_number = [(n, m["o"].strip()) for x in _joined_points(decision)
                 if (m := _NUMBERED_OUTCOME.match(x)) and _BARE_OUTCOME.fullmatch(m["o"].strip())
                 for n in range(int(m["a"]), int(m["b"] or m["a"]) + 1)]
    if by_number and all(n in points for n, _ in by_number):
        return "\n".join(f"Indstillingens punkt {n} »{points[n]}«: {x}" for n, x in by_number)
    cited = sorted({int(m) for m in re.findall(r"Indstillingens punkt (\d+)", decision)})
    notes = [f"Indstillingens punkt {n} lød: »{points[n]}«" for n in cited if n in points]
    if notes:
        return "\n".join(notes)
    if points and (_BARE_APPROVAL.search(decision) or _APPROVED_PROPOSAL.search(decision)):
        if len(points) == 1:
            return f"Indstillingen lød: »{next(iter(points.values()))}«"
        return "Indstillingen lød: " + " ".join(
            f"{n}. »{t}«" for n, t in sorted(points.items()))
    return ""
