"""Meeting notes as Microsoft Loop (and Teams' meeting notes, which are Loop pages)
write them, in the forms the text reader knows:

* the agenda is a checklist ("- [x] Godkendelse af dagsorden"), the notes below it one
  heading an item, without its number ("### Godkendelse af dagsorden"). A heading that
  repeats an agenda entry is numbered as the entry ("### 1. Godkendelse af dagsorden"),
  in the agenda's order; an entry without notes gets a heading of its own, so the item
  is not lost; the checklist itself goes, the headings being the agenda;
* a lock icon ("🔒") after an entry or a heading marks the item closed: "(lukket punkt)";
* people are mentioned with "@" ("@Amina Yusuf (formand) · @Hassan Demir"): the mark goes,
  so the names read as any list of people; a heading "Deltagere" over the paragraph of
  them becomes the head's labelled line ("Deltagere: Amina Yusuf (formand) · …");
* the meeting's facts stand on one line behind icons ("📅 3. dec. 2024 17:00 · 📍
  Medborgerhuset"): each becomes a labelled line of the head ("Dato: …", "Sted: …");
* the page's title names the body and the meeting ("# Integrationsrådet – rådsmøde
  december"): the body alone is the title;
* the notes are bullets; a bullet at the margin is a paragraph ("- **Beslutning:** …"
  opens its line with the label);
* after the last item, a heading of the notes' level or above ("## Opfølgningsopgaver",
  the follow-up tasks) or a rule before Loop's own footer ends the minutes: neither is
  the last item's text.

Found by that structure only: without an agenda checklist whose entries are headings
below it, the text is returned as it is.
"""

from __future__ import annotations

import re

from .closed_marks import closed_title
from .text_people import ABSENT, PRESENT

# An agenda entry: a checklist's ("- [x] Budget") or a numbered list's ("1. Budget")
_ENTRY_MARK = r"(?:[-*+][ \t]+\[[ xX]\]|(?=\d{1,3}\.[ \t]))"
_CHECK_RE = re.compile(r"^[ \t]*" + _ENTRY_MARK + r"[ \t]*(?P<t>\S.*?)[ \t]*$")
_HEADING_RE = re.compile(r"^(?P<h>#{1,6})[ \t]+(?P<t>\S.*?)[ \t]*#*[ \t]*$"
                         # (or a bold bullet at the margin, "- **3. Budget** (sagsnr. …)")
                         r"|^(?P<b>[-*+])[ \t]+\*\*(?P<bt>\d{1,3}\.?[ \t]+[^*]+?)\*\*"
                         r"[ \t]*(?P<r>.*)$")
# An entry's presenter and time slot ("Budget – @Kasper Friis (30 min)"): no part of the title
_SLOT_RE = re.compile(r"(?:[ \t]+[–—-][ \t]+@[^–—]+?)?(?:[ \t]*\(\d{1,3}[ \t]*min\.?\))?[ \t]*$")
_CHILD_RE = re.compile(r"^[ \t]+[-*+][ \t]+(?=\S)")
_NUMBER_RE = re.compile(r"^(?:punkt\s+)?(?P<n>\d{1,3})[.):]?\s+(?=\S)", re.IGNORECASE)
_LOCK_RE = re.compile(r"[ \t]*[\U0001f512\U0001f510\U0001f50f][\ufe0f]?")
# An emoji, with its variation selector (an icon before a fact or a title)
EMOJI = r"[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?"
_EMOJI = EMOJI
_EMOJI_RE = re.compile(_EMOJI)
_FACT_ICONS = {"\U0001f4c5": "Dato", "\U0001f4c6": "Dato", "\U0001f5d3": "Dato",
               "\u23f0": "Tid", "\U0001f552": "Tid", "\u231a": "Tid",
               "\U0001f4cd": "Sted", "\U0001f4cc": "Sted", "\U0001f3e2": "Sted"}
_BARE_SPLIT_RE = re.compile(r"[ \t]+[·•][ \t]+")
_BARE_TIME_RE = re.compile(r"^(?:kl\.?[ \t]*)?\d{1,2}[.:]\d{2}"
                           r"(?:[ \t]*[–—-][ \t]*\d{1,2}[.:]\d{2})?$")
_FACT_SPLIT_RE = re.compile(r"[ \t]+[·|•][ \t]+(?=" + _EMOJI + ")")
# "@Amina Yusuf": a mention (not an address, "post@egeby.dk")
_MENTION_RE = re.compile(r"(?<![\w@.])@(?=[A-ZÆØÅ])")
_RULE_RE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")
_BULLET_RE = re.compile(r"^[-*+][ \t]+(?!\[[ xX]\])(?=\S)")
# The page's title: the body, a dash, the meeting ("rådsmøde december", "møde 3. dec.")
# (or the meeting, a dash, the body: "Lokaludvalgsmøde januar 2026 – Amager Øst Lokaludvalg")
_TITLE_RE = re.compile(r"^(?P<h>#[ \t]+)(?P<b>\S.*?)[ \t]+[–—-][ \t]+(?P<m>.*?)$")
_MEETING_RE = re.compile(r"\w*møde\w*\b", re.IGNORECASE)


def _head_title(m: re.Match[str]) -> str:
    """A heading's (or a bold bullet's) title."""
    return m.group("t") or m.group("bt")


def _key(title: str) -> str:
    """A title as entries and headings are compared: no number, icon, closed mark, slot or case."""
    title = _EMOJI_RE.sub(" ", _NUMBER_RE.sub("", _SLOT_RE.sub("", title.strip())))
    title = closed_title(" ".join(title.split()))[1]
    return re.sub(r"[\W_]+", " ", title).strip().casefold()


def _entry(title: str) -> tuple[int | None, str, bool]:
    """An agenda entry's (or a heading's) own number, its title and whether it is closed."""
    m = _NUMBER_RE.match(title.strip())
    number = int(m.group("n")) if m else None
    text = _SLOT_RE.sub("", title.strip()[m.end():] if m else title.strip())
    locked = bool(_LOCK_RE.search(text))
    closed, text = closed_title(" ".join(_LOCK_RE.sub(" ", text).split()))
    return number, text, closed or locked


def _agenda(lines: list[str]) -> tuple[list[int], list[int | None]] | None:
    """The checklist whose entries are headings below it: the entries' lines, and the
    line of each entry's heading (None for an entry without one)."""
    runs: list[list[int]] = []
    for k, line in enumerate(lines):
        if _CHECK_RE.match(line):
            if runs and all(not ln.strip() for ln in lines[runs[-1][-1] + 1:k]):
                runs[-1].append(k)
            else:
                runs.append([k])
    for run in runs:
        if len(run) < 2:
            continue
        keys = [_key(_CHECK_RE.match(lines[k]).group("t")) for k in run]  # type: ignore[union-attr]
        # (a numbered list is Loop's agenda only over bold bullets: a heading repeating it is
        # the markdown's own item)
        kind = "bt" if lines[run[0]].lstrip()[:1].isdigit() else "t"
        found: list[int | None] = []
        at = run[-1] + 1
        for key in keys:
            hit = next((j for j in range(at, len(lines)) if (h := _HEADING_RE.match(lines[j]))
                        and h.group(kind) and _key(_head_title(h)) == key), None)
            found.append(hit)
            at = hit + 1 if hit is not None else at
        if sum(h is not None for h in found) >= max(2, (len(run) + 1) // 2):
            return run, found
    return None


def _fact_lines(line: str) -> list[str]:
    """A line of facts behind icons as labelled lines ("📅 3. dec. 2024 · 📍 Rådhuset" →
    "Dato: 3. dec. 2024", "Sted: Rådhuset"); any other line as it is."""
    if not _EMOJI_RE.match(line.strip()):
        return [line]
    out: list[str] = []
    for part in _FACT_SPLIT_RE.split(line.strip()):
        icon = _EMOJI_RE.match(part)
        text = part[icon.end():].strip() if icon else part.strip()
        label = _FACT_ICONS.get(icon.group(0).rstrip("\ufe0f")) if icon else None
        bare = _BARE_SPLIT_RE.split(text)
        if label and len(bare) > 1 and not out:  # (then "· 18:00 · Rådhuset")
            return [f"{label}: {bare[0]}", *_bare_facts(bare[1:])]
        out.append(f"{label}: {text}" if label and text else text)
    return out


def _bare_facts(parts: list[str]) -> list[str]:
    """The facts after the first, without icons: a time ("18:00–20:30") is "Tid", the
    next "Sted"; the first line keeps only its own fact."""
    out, label = [], "Tid"
    for part in parts:
        label = "Tid" if _BARE_TIME_RE.match(part) else "Sted" if label == "Tid" else ""
        out.append(f"{label}: {part}" if label else part)
    return out


def _notes_end(lines: list[str], last: int) -> int:
    """Where the last item's notes end: the next heading of its level or above, or a
    rule (Loop's footer below it); after a bold bullet, any heading or a paragraph at the margin."""
    level = len(_HEADING_RE.match(lines[last]).group("h") or "#" * 7)  # type: ignore[union-attr]
    for j in range(last + 1, len(lines)):
        h = _HEADING_RE.match(lines[j])
        if (h and len(h.group("h") or "#" * 8) <= level) or _RULE_RE.match(lines[j]) or (
                level > 6 and lines[j][:1].strip() and not _BULLET_RE.match(lines[j])):
            return j
    return len(lines)


def loop_notes(text: str) -> str:
    """The text with Loop's agenda, notes, mentions and icons read as above; unchanged
    without an agenda checklist whose entries are headings below it.

    >>> print(loop_notes("# Rådet – rådsmøde maj\\n\\n📅 2. maj 2025 · 📍 Rådhuset\\n\\n"
    ...       "- [x] Budget\\n- [ ] Salg 🔒\\n\\n### Budget\\n\\n- **Beslutning:** Godkendt."
    ...       "\\n\\n### Salg 🔒\\n\\n- @Ole Bak deltog ikke.\\n\\n## Opgaver\\n\\n- [ ] @Ole Bak"))
    # Rådet
    <BLANKLINE>
    Dato: 2. maj 2025
    Sted: Rådhuset
    <BLANKLINE>
    <BLANKLINE>
    ### 1. Budget
    <BLANKLINE>
    **Beslutning:** Godkendt.
    <BLANKLINE>
    ### 2. Salg (lukket punkt)
    <BLANKLINE>
    Ole Bak deltog ikke.
    <BLANKLINE>
    """
    lines = text.split("\n")
    agenda = _agenda(lines)
    if agenda is None:
        return text
    run, found = agenda
    entries = [_entry(_CHECK_RE.match(lines[k]).group("t")) for k in run]  # type: ignore[union-attr]
    matched = [j for j in found if j is not None]
    end = _notes_end(lines, matched[-1])
    heads: dict[int, str] = {}  # a heading's line → its new text
    before: dict[int, list[str]] = {}  # entries without notes, by the line they go before
    for k, ((own, title, closed), line) in enumerate(zip(entries, found, strict=True), 1):
        number = own or k
        if line is None:
            after = next((j for j in found[k:] if j is not None), end)
            before.setdefault(after, []).append(f"{number}. {title}")
            continue
        h = _HEADING_RE.match(lines[line])
        _, said, locked = _entry(_head_title(h))  # type: ignore[arg-type]
        mark = " (lukket punkt)" if closed or locked else ""
        rest = (h.group("r") or "").strip("() \t")  # type: ignore[union-attr]
        heads[line] = f"{h.group('h') or '###'} {number}. {said}{mark}" + (  # type: ignore[union-attr]
            f"\n\n{rest}" if rest else "")
    level = (_HEADING_RE.match(lines[matched[0]]).group("h") or "###")  # type: ignore[union-attr]
    _people_heads(lines, matched[0])
    out: list[str] = []
    for j, line in enumerate(lines[:end]):
        out += [f"{level} {t}" for t in before.get(j, [])]
        if j in run:
            continue
        if j in heads:
            out.append(heads[j])
        elif j < matched[0]:
            out += [_MENTION_RE.sub("", ln) for ln in _fact_lines(_title(line))]
        elif _BULLET_RE.match(line) or _CHILD_RE.match(line):  # (a paragraph of its own)
            out += [""] if out and out[-1].strip() else []
            out.append(_MENTION_RE.sub("", _BULLET_RE.sub("", _CHILD_RE.sub("", line))))
        else:
            out.append(_MENTION_RE.sub("", line))
    out += [f"{level} {t}" for t in before.get(end, [])]
    return "\n".join(out)


def _people_heads(lines: list[str], stop: int) -> None:
    """Each heading over people in lines before `stop` ("## Deltagere", then a paragraph
    of names) as the label of that paragraph's line, in place."""
    for k in range(stop):
        h = _HEADING_RE.match(lines[k])
        if not h or h.group("t").strip(" :").lower() not in (*PRESENT, *ABSENT):
            continue
        j = next((j for j in range(k + 1, stop) if lines[j].strip()), None)
        if j is not None and not _HEADING_RE.match(lines[j]) and ":" not in lines[j]:
            names = re.sub(r"\s+[·•|]\s+", ", ", lines[j].strip())  # ("@A · @B")
            lines[k], lines[j] = "", f"{h.group('t').strip(' :')}: {names}"


def _title(line: str) -> str:
    """The page's title without the meeting's name after the body."""
    m = _TITLE_RE.match(line)
    if not m or not line.startswith("# "):
        return line
    if _MEETING_RE.search(m.group("m")):
        return f"{m.group('h')}{m.group('b')}"
    if _MEETING_RE.search(m.group("b")):  # ("Lokaludvalgsmøde januar – Amager Øst Lokaludvalg")
        return f"{m.group('h')}{m.group('m')}"
    return line
