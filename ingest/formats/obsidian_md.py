"""Markdown as an Obsidian vault note writes it, in the forms the text reader knows:

* a comment "%% … %%" (on one line or over several) is the author's note to self: it
  goes, so it is neither the meeting's place nor an item's text;
* a wiki link is its text: "[[Hanne Skytte]]" → "Hanne Skytte", "[[Folkeoplysnings-
  politik 2023-2026|folkeoplysningspolitikken]]" → its label, an embed "![[Bilag.pdf]]"
  → the file's name, and such an embed of a file alone on its line the item's attachment
  ("Bilag: Bilag.pdf", so that it ends the decision above it);
* a callout ("> [!success] Beslutning" / "> Godkendt.") is a heading and its text: the
  callout's title a "###" heading, its quoted lines unquoted below it ("> [!lock]
  Lukket punkt" a closed item's mark on a line of its own); a callout without a title
  is its text only;
* a tag in an item's heading ("## 4. Klage … #lukket") is no word of the title; a
  "#lukket" tag closes the item as "(lukket)" after the title does.

Found by that structure only: a text with no callout, wiki link or comment is returned as
it is.
"""

from __future__ import annotations

import re

_COMMENT_RE = re.compile(r"%%.*?%%", re.DOTALL)
# "[[target|label]]", "[[target]]", "![[embed.pdf]]" (a heading's "#section" in the target)
_LINK_RE = re.compile(r"!?\[\[(?P<t>[^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|(?P<l>[^\[\]]*))?\]\]")
# "> [!success] Beslutning", "> [!info]- Lukket punkt" (folded), "> [!note]" (no title)
# "![[Bilag pkt 2 Budget Q1.pdf]]" alone on its line: a file embedded in the note
_FILE_EMBED_RE = re.compile(r"(?m)^[ \t]*!\[\[(?P<f>[^\[\]|#]+\.[A-Za-z0-9]{2,5})"
                            r"(?:\|[^\[\]]*)?\]\][ \t]*$")
_CALLOUT_RE = re.compile(r"^>\s*\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*?)\s*$")
_QUOTED_RE = re.compile(r"^>[ \t]?(?P<text>.*)$")
# "## 4. Title #lukket": tags after a heading's title
_HEADING_TAGS_RE = re.compile(r"^(?P<head>#{1,6}\s+\S.*?)(?P<tags>(?:\s+#[\w/-]+)+)\s*$")
_CLOSED_TAG_RE = re.compile(r"#(?:lukket|fortroligt?)\b", re.IGNORECASE)
_OPEN_MARK_TITLE_RE = re.compile(r"^(?:lukket|åbent?)(?:\s+(?:punkt|sag))?$", re.IGNORECASE)


def _link_text(m: re.Match[str]) -> str:
    return (m.group("l") or m.group("t") or "").strip()


def _heading(line: str) -> str:
    """An item heading without its tags; "(lukket)" after the title for a closing tag."""
    m = _HEADING_TAGS_RE.match(line)
    if not m:
        return line
    closed = bool(_CLOSED_TAG_RE.search(m.group("tags")))
    return m.group("head") + (" (lukket)" if closed else "")


def _callouts(lines: list[str]) -> list[str]:
    out: list[str] = []
    inside = False
    for line in lines:
        if m := _CALLOUT_RE.match(line):
            title = m.group("title").strip()
            if _OPEN_MARK_TITLE_RE.match(title):
                out.extend(["", title, ""])  # the item's open/closed mark, alone
            elif title:
                out.extend(["", f"### {title}"])
            inside = True
            continue
        if inside and (q := _QUOTED_RE.match(line)):
            out.append(q.group("text"))
            continue
        inside = False
        out.append(_heading(line) if line.startswith("#") else line)
    return out


def obsidian_markdown(text: str) -> str:
    """The text with Obsidian's comments, wiki links, callouts and heading tags read as
    above.

    >>> obsidian_markdown("## 4. Klage #lukket\\n> [!success] Beslutning\\n> [[Kim Sejr|Kim]] "
    ...                   "tog ordet. %% note %%")
    '## 4. Klage (lukket)\\n\\n### Beslutning\\nKim tog ordet. '
    """
    # (a callout on any line, not only the first)
    if not (re.search(r"^>\s*\[!", text, re.MULTILINE) or "[[" in text or _COMMENT_RE.search(text)):
        return text
    text = _FILE_EMBED_RE.sub(lambda m: f"Bilag: {m['f'].strip()}", _COMMENT_RE.sub("", text))
    text = _LINK_RE.sub(_link_text, text)
    return "\n".join(_callouts(text.split("\n")))
