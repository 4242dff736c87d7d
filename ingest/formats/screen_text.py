"""A text export for a screen reader or a Braille display: pure 7-bit ASCII (æ, ø, å
written "ae", "oe", "aa"), hard-wrapped at the display's width (40 cells), no tables.
Each heading is announced by a word of its own ("Sektion: Deltagere", "Overskrift:
Beslutning"), each item by its place in the list ("PUNKT 2 AF 5") with its title on
a "Titel:" line below, and a list's size stands in its label ("Til stede (5 personer):").

Written back as the minutes the parser reads: the wrapped lines joined again (a line
was wrapped where the next line's first word would have fitted on it), "Punkt 2
<title>", the headings without their announcing word, the labels without their count,
and the labels' and roles' words spelled in Danish again ("Fravaerende:" →
"Fraværende:", "naestformand" → "næstformand"), only where a label, a heading or a
list's role stands: names ("Inger Aaskov") and the text stay as printed.
"""

from __future__ import annotations

import re

from .common import CANONICAL_HEADINGS

_ITEM_RE = re.compile(r"^PUNKT\s+(\d{1,3})\s+AF\s+(\d{1,3})$", re.IGNORECASE)
_TITLE_RE = re.compile(r"^Titel:\s*(\S.*)$", re.IGNORECASE)
_ANNOUNCED_RE = re.compile(r"^(?:Sektion|Overskrift|Afsnit|Rubrik):\s*(\S.*)$", re.IGNORECASE)
_COUNT_RE = re.compile(r"^([A-Z][\w -]{2,30}?)\s*\(\d+\s+\w+\)\s*:$")
_LABEL_RE = re.compile(r"^([A-Z][A-Za-z-]*(?: [a-z][A-Za-z-]*){0,3}):")
_RULE_RE = re.compile(r"^[-=_*]{10,}$")
# the reader's own closing announcement, no text of the minutes
_END_RE = re.compile(r"^(?:slut\s+paa\s+(?:dokumentet|teksten)|dokumentet\s+slutter)\.?$", re.I)
_ENTRY_RE = re.compile(r"^([-*] .+,\s*)([a-z]+)$")
# the words of the labels, headings, roles and closing lines minutes print with æ, ø, å
_DANISH = """mødeoplysninger mødedato mødetid mødested mødelokale mødeleder mødet møde
    fraværende fravær næstformand sekretær stedfortræder tilhørere høring høringssvar
    bemærkning bemærkninger åben åbent hævet udvalgsformand rådsmedlem""".split()
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_WORDS = {w.translate(_FOLD): w for w in {*_DANISH, *(w for h in CANONICAL_HEADINGS
                                                      for w in h.split())}
          if w.translate(_FOLD) != w}


def _danish(word: str) -> str:
    """ "Fravaerende" → "Fraværende", in the word's case; any other word as it is."""
    found = _WORDS.get(word.lower())
    if found is None:
        return word
    return found.upper() if word.isupper() and len(word) > 1 else (
        found[:1].upper() + found[1:] if word[:1].isupper() else found)


def _words(text: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: _danish(m.group(0)), text)


def is_screen_text(text: str) -> bool:
    """ASCII only, its items announced "PUNKT 1 AF 5", "PUNKT 2 AF 5" … (two or more)."""
    if not text.isascii():
        return False
    totals = [m.group(2) for ln in text.split("\n") if (m := _ITEM_RE.match(ln.strip()))]
    return len(totals) >= 2 and len(set(totals)) == 1


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines joined where the wrapper broke them: the next line's first word would
    have fitted on the line within the text's width."""
    width = max((len(ln) for ln in lines), default=0)
    out: list[str] = []
    for prev, line in zip(["", *lines], lines, strict=False):  # (as printed, not joined)
        first = line.split(" ", 1)[0]
        if (out and prev.strip() and line.strip() and len(prev) + 1 + len(first) > width
                and not any(rx.match(s) for rx in (_RULE_RE, _ITEM_RE, _ANNOUNCED_RE)
                            for s in (prev.strip(), line.strip()))
                and not line.startswith(("- ", "* ")) and not _LABEL_RE.match(line)
                and not prev.rstrip().endswith(":")):
            prev = out[-1]
            out[-1] = f"{prev.rstrip()} {line.strip()}"
        else:
            out.append(line.rstrip())
    return out


def screen_text(text: str) -> str:
    """The text as minutes the parser reads when it is a screen reader's export
    (`is_screen_text`); any other text unchanged.

    >>> print(screen_text("Moedested: Raadhuset, lokale\\n2\\nPUNKT 1 AF 2\\nTitel: Budget\\n"
    ...                   "Overskrift: Beslutning\\nGodkendt.\\nPUNKT 2 AF 2\\nTitel: Eventuelt"))
    Mødested: Raadhuset, lokale 2
    Punkt 1 Budget
    Beslutning
    Godkendt.
    Punkt 2 Eventuelt
    """
    text = text.replace("\r\n", "\n")
    if not is_screen_text(text):
        return text
    out: list[str] = []
    lines = _unwrapped(text.split("\n"))
    for k, line in enumerate(lines):
        stripped = line.strip()
        if (item := _ITEM_RE.match(stripped)) and k + 1 < len(lines) and (
                title := _TITLE_RE.match(lines[k + 1].strip())):
            out.append(f"Punkt {item.group(1)} {title.group(1)}")
        elif _TITLE_RE.match(stripped) and k and _ITEM_RE.match(lines[k - 1].strip()):
            continue
        elif announced := _ANNOUNCED_RE.match(stripped):
            out.append(_words(announced.group(1)))
        elif counted := _COUNT_RE.match(stripped):
            out.append(f"{_words(counted.group(1))}:")
        elif _END_RE.match(stripped):
            continue
        elif label := _LABEL_RE.match(stripped):  # (a one-word value: "Adgang: aaben")
            value = stripped[label.end(1):]
            out.append(_words(label.group(1)) + (_words(value) if len(value[1:].split()) == 1
                                                 else value))
        elif entry := _ENTRY_RE.match(stripped):
            out.append(entry.group(1) + _danish(entry.group(2)))
        else:
            out.append(re.sub(r"^[A-Za-z]+", lambda m: _danish(m.group(0)), line))
    return "\n".join(out)
