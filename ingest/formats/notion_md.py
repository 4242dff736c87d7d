"""Markdown as Notion exports a page ("Export → Markdown & CSV"), in the forms the text
reader knows:

* a callout is raw HTML around its text, its icon first: "<aside>" / "✅ **Beslutning:**
  Godkendt." / "</aside>". The tags go, and so does the icon, so that the label opens
  its line;
* the items are a numbered list of toggles ("1. **Title**" with all the item's content
  indented below it). A callout holding the item's decision is that item's record: it
  is moved to the end of the item, so the notes written under it (a to-do list under
  "**Opgaver**") are the item's text, not part of its decision;
* a rule after the list's last toggle ("---", then "Næste møde: …") ends the minutes:
  what follows it is outside every item;
* an icon set before a heading's title, after its number ("### 5 · 🔒 Lukket punkt:
  Title", as a page's blocks carry an emoji): no word of the title, so the title opens
  with its capital (the lock, where the title does not say so, the closed item's mark);
* an item's sections as toggles: a bullet holding only a bold section name
  ("- **Beslutning**", or "- ▸ Bilag" after a toggle's triangle) with the section's text
  indented below it. The bullet becomes the
  label ("**Beslutning:**") and its text is moved out to the bullet's margin.

Found by that structure only: without a callout or a section toggle the text is
returned as it is.
"""

from __future__ import annotations

import re

from .closed_marks import closed_title
from .loop_md import EMOJI
from .text_sections import section_name

_ASIDE_RE = re.compile(r"^\s*</?aside>\s*$", re.IGNORECASE)
# A callout's icon: an emoji (with its variation selector) before the text
_ICON_RE = re.compile(r"^(\s*)[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff"
                      r"\U0001f000-\U0001faff]\ufe0f?\s+")
_TOGGLE_RE = re.compile(r"^\d{1,3}\.\s+\S")
_RULE_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})\s*$")
# A toggle's bullet holding only a bold name: "- **Beslutning**"; or a name after the
# toggle's triangle, as Notion's export draws a closed toggle: "- ▸ Bilag"; or the name
# alone ("- Sagsfremstilling", a section's name, its text indented below it)
_TOGGLE_LABEL_RE = re.compile(r"^(\s*)[-*+]\s+(?:(?:\*\*|__)(?P<b>[^*_]{2,40}?):?(?:\*\*|__)|"
                              r"[▸▶►▹]\s*(?P<t>[^*_:]{2,40}?)|(?P<p>[^\W\d_][^*_:\[\]()]{1,39}?)):?\s*$")
_LABEL_RE = re.compile(r"^\s*(?:\*\*|__)?([^*_:]{2,40}?)(?::(?:\*\*|__)|(?:\*\*|__)?:)")


# A numbered heading whose title opens with an icon: "### 5 · 🔒 Lukket punkt: Title"
_HEADING_ICON_RE = re.compile(r"^(?P<h>#{1,6}[ \t]+\d{1,3}(?:[.):]|[ \t]+[·–—-])?[ \t]+)"
                              r"(?P<i>" + EMOJI + r")[ \t]+(?=\S)")
_LOCKS = ("\U0001f512", "\U0001f510", "\U0001f50f")


def _heading_icon(line: str) -> str:
    """A numbered heading without the icon before its title (see the module's note)."""
    if not (m := _HEADING_ICON_RE.match(line)):
        return line
    title = line[m.end():]
    if m["i"].startswith(_LOCKS) and not closed_title(title)[0]:
        title = f"Lukket punkt: {title}"
    return m["h"] + title


def _toggles(lines: list[str]) -> list[tuple[int, int]]:
    """(the heading's line, the end of its content) of each "N. Title" at the margin
    whose content is indented below it."""
    heads = [k for k, ln in enumerate(lines) if _TOGGLE_RE.match(ln)]
    spans = []
    for k in heads:
        end = next((j for j in range(k + 1, len(lines)) if lines[j].strip()
                    and not lines[j][:1].isspace()), len(lines))
        if any(lines[j].strip() for j in range(k + 1, end)):
            spans.append((k, end))
    return spans if len(spans) >= 2 else []


def _callouts(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """The callouts ("<aside>" … "</aside>", both lines included) in lines lo … hi."""
    found, start = [], None
    for k in range(lo, hi):
        tag = lines[k].strip().lower()
        if tag == "<aside>":
            start = k
        elif tag == "</aside>" and start is not None:
            found.append((start, k + 1))
            start = None
    return found


def _decides(lines: list[str], lo: int, hi: int) -> bool:
    """Whether a callout's text opens with the decision's label."""
    first = next((_ICON_RE.sub(r"\1", ln) for ln in lines[lo + 1:hi - 1] if ln.strip()), "")
    m = _LABEL_RE.match(first)
    return bool(m) and section_name(m.group(1)) == "Beslutning"


def _decision_last(lines: list[str], lo: int, hi: int) -> list[str]:
    """An item's content with its decision's callout moved after everything else."""
    decided = [c for c in _callouts(lines, lo, hi) if _decides(lines, *c)]
    if len(decided) != 1:
        return lines[lo:hi]
    a, b = decided[0]
    rest = lines[lo:a] + lines[b:hi]
    while rest and not rest[-1].strip():
        rest.pop()
    return [*rest, "", *lines[a:b], ""]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _section_toggles(lines: list[str]) -> list[str]:
    """The lines with each section toggle made a label over its text (as above)."""
    out, k = [], 0
    while k < len(lines):
        m = _TOGGLE_LABEL_RE.match(lines[k])
        margin = _indent(lines[k])
        end = next((j for j in range(k + 1, len(lines)) if lines[j].strip()
                    and _indent(lines[j]) <= margin), len(lines))
        body = [ln for ln in lines[k + 1:end] if ln.strip()]
        name = (m["b"] or m["t"] or m["p"]) if m else ""
        if m and not body and section_name(name) and _indent(
                lines[k + 1] if k + 1 < len(lines) else "") > margin:
            k += 1  # an empty toggle (its one blank line indented below it, as Notion
            continue  # writes one): a section the template leaves to be filled in
        if not (m and body and section_name(name)):
            out.append(lines[k])
            k += 1
            continue
        depth = min(_indent(ln) for ln in body) - margin
        out.append(f"{m.group(1)}**{name}:**")
        out += [ln[depth:] if ln.strip() else "" for ln in lines[k + 1:end]]
        k = end
    return out


def notion_markdown(text: str) -> str:
    """The text with Notion's callouts, toggle list and section toggles read as above."""
    lines = _section_toggles([_heading_icon(ln) for ln in text.split("\n")])
    text = "\n".join(lines)
    if not any(_ASIDE_RE.match(ln) for ln in lines):
        return text
    toggles = _toggles(lines)
    out = lines[:toggles[0][0]] if toggles else list(lines)
    for k, (head, end) in enumerate(toggles):
        out += [lines[head], *_decision_last(lines, head + 1, end)]
        after = toggles[k + 1][0] if k + 1 < len(toggles) else len(lines)
        tail = lines[end:after]
        if k + 1 == len(toggles) and (rule := next((j for j, ln in enumerate(tail)
                                                    if _RULE_RE.match(ln)), None)) is not None:
            tail = tail[:rule]  # (the list's end, then the minutes' closing lines)
        out += tail
    return "\n".join(_ICON_RE.sub(r"\1", ln) for ln in out if not _ASIDE_RE.match(ln))
