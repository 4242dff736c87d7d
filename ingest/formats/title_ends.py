"""Where an item's title printed over lines ends and its text begins: a capitalised
sentence after a finished title, a paragraph of prose, a full line below a short heading,
and a year alone that ends a title wrapped in a table's narrow cell."""

from __future__ import annotations

import re
from collections.abc import Callable

from .text_layout import CONTINUES, LABEL_LINE_RE

ABBREVIATION_RE = re.compile(r"\b(?:nr|pkt|mv|m\.v|bl\.a|ca|jf|vedr)\.$", re.IGNORECASE)
TITLE_LINES = 3  # a title wraps onto at most this many more lines
# A year alone on its line: "Tilsyn med private pasningsordninger" / "2016"
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")

Check = Callable[[str], bool]


def year_below(lines: list[str], k: int, is_marker: Check) -> bool:
    """Line `k` is a year alone that a narrow table cell wrapped off the title above
    it, the item's own line (its case number) right below it: "Tilsyn med private
    pasningsordninger" / "2016" / "Sagsnr.: 17/733" – no item 2016."""
    nxt = next((ln.strip() for ln in lines[k + 1:k + 2]), "")
    return bool(_YEAR_RE.match(lines[k].strip())) and bool(nxt) and is_marker(nxt)


# A title's last phrase wrapped onto a line of its own after a dash, lower case or a
# number first: "Lokalplan 1112 for boliger ved Rude Havvej" / "- endelig vedtagelse",
# "Budget 2024-2027" / "- 2. behandling"
_DASH_TAIL_RE = re.compile(r"^[-–]\s+(?=[a-zæøå\d])(?:[^.!?:;]|(?<=\d)\.){2,60}$")
_TAIL_REST = 3  # words of the phrase's rest on the line below it, at most


def dash_tail(title: str, lines: list[str], k: int, ends: Check) -> bool:
    """Line `k` is the end of the title above it, not a list in the item's text: a short
    phrase after a dash, lower case, one line alone (or wrapped after a small word onto a
    few words below it) before where the item's own lines begin (`ends`: its case number,
    a section heading) or a blank line; never after a title that opens a list ("Forliget
    indeholder:")."""
    nxt = next((ln.strip() for ln in lines[k + 1:k + 2]), "")
    line = lines[k].strip()
    if line.split()[-1].lower() in CONTINUES and nxt and len(nxt.split()) <= _TAIL_REST:
        # (the phrase wrapped in turn: "– separering i Nørre og" / "Søndermark" / "Sagsnr.")
        after = next((ln.strip() for ln in lines[k + 2:k + 3]), "")
        line, nxt = f"{line} {nxt}", after
    return (bool(_DASH_TAIL_RE.match(line) or _CAPITAL_TAIL_RE.match(line) and hangs_under(
        lines, k)) and not title.rstrip().endswith(":")
            and len(line.split()) <= 8 and (not nxt or ends(nxt)))


# ... or a capital after the dash, "Lokalplan nr. 12 og tillæg nr. 4" / "– Boligområde ved
# Skovvej", where the line hangs under the title's first word (`hangs_under`)
_CAPITAL_TAIL_RE = re.compile(r"^[-–]\s+(?=[A-ZÆØÅ])[^.!?:;]{2,60}$")


def hangs_under(lines: list[str], k: int) -> bool:
    """Line `k` is indented to the column where the title begins on the heading line
    above it, right of the heading's number ("Pkt. 18   Lokalplan …" / "          –
    Boligområde …"), the title's wrapped lines between at that column too: a title's
    hanging indent, not a list of the item's text set at the heading's margin."""
    col = len(lines[k]) - len(lines[k].lstrip())
    j = k - 1
    while j > 0 and k - j <= TITLE_LINES and len(lines[j]) - len(lines[j].lstrip()) == col:
        j -= 1  # (the title's lines wrapped at that column above it)
    above = lines[j].rstrip() if j >= 0 else ""
    lead = len(above) - len(above.lstrip())
    return lead < col < len(above) and above[col - 1] == " " and above[col] != " " and bool(
        above[lead:col].strip())


def sentence_after(title: str, line: str) -> bool:
    """A capitalised line ending a sentence after a finished title is the item's text
    ("Eventuelt" / "Intet."), not the title's rest ("Lokalplan for" / "Vestervej")."""
    last = title.rsplit(" ", 1)[-1].lower()
    ends = line.endswith((".", "!", "?")) or bool(_SENTENCE_INSIDE_RE.search(line))
    return (line[:1].isupper() and ends and not title.endswith((",", "-"))
            and last not in CONTINUES and not ABBREVIATION_RE.search(line))


# a sentence's end inside a paragraph, after a word or a year: "… 8. marts 2025. Næste"
_PROSE_INSIDE_RE = re.compile(r"(?:[a-zæøå]{3}|\d{4})[.!?]\s+[A-ZÆØÅ][a-zæøå]")


def prose_after(title: str, lines: list[str], k: int, is_heading: Check) -> bool:
    """A capitalised line after a finished title opening a paragraph of sentences (two
    or more lines, a sentence ending inside them and at their end, before the next blank
    line or heading): the item's text as a narrow column wraps it, not the title's rest
    ("Orientering og eventuelt" / "Formanden orienterede om Idrættens" / "Dag den 8.
    marts 2025. Næste møde" / "holdes den 21.01.25.")."""
    last = title.rsplit(" ", 1)[-1].lower()
    if not lines[k].strip()[:1].isupper() or title.endswith((",", "-")) or last in CONTINUES:
        return False
    run: list[str] = []
    for line in lines[k:k + TITLE_LINES + 8]:
        if not (s := line.strip()) or is_heading(s) or LABEL_LINE_RE.match(s):
            break
        run.append(s)
    text = " ".join(run)
    return len(run) >= 2 and text.endswith((".", "!", "?")) and bool(_PROSE_INSIDE_RE.search(text))


def body_below(head: str, nxt: str) -> bool:
    """A heading's line far shorter than a full line below it did not wrap: that line is
    the item's text ("Punkt 6: Orientering fra formanden" / "Birgit Lund orienterede om
    mødet …, hvor den nye"), however it ends."""
    return len(nxt) >= 70 and 2 * len(nxt) >= 3 * len(head.strip()) or _fits_after(head, nxt)


def _fits_after(head: str, nxt: str) -> bool:
    """The next line's first word would have fitted on the heading's line had the heading
    wrapped as the lines below it do: the heading ended there ("Punkt 5: Eventuelt" /
    "Næste møde er den 12. juni 2024. Tariq Aziz undersøger muligheden for")."""
    words = nxt.split()
    return len(nxt) >= 40 and len(head.strip()) + 1 + len(words[0]) + 3 <= len(nxt)


# A sentence that ends inside a wrapped line: "… på ældreområdet. Der foreslås bl.a. at"
_SENTENCE_INSIDE_RE = re.compile(r"[a-zæøå]{3}[.!?]\s+[A-ZÆØÅ][a-zæøå]")
