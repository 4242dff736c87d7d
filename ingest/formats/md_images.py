"""Images in a markdown file: a logo, an icon before a link or a heading, as Pandoc
(`![Vejle Kommune](media/image1.png){width="1.9in"` / `height="0.6in"}`, its attributes
wrapped over two lines), html2text (`[![Kommune - gå til` / `forsiden](logo.svg)](/)`)
and Confluence's exporters (`## 8. ![(lock)](…/lock.png) LUKKET – …`) write them.

An image is no text of the minutes: it goes, and a link left without text with it. Its
alt text would otherwise be read as the committee (a logo above the body's name), glued
to the item's number (no heading is found after "8. ![(lock)](…)"), or to a closed
item's notice ("![Lukket punkt](lock.svg) Punktet er behandlet for lukkede døre."). A
lock icon in an item's heading marks the item closed: "(lukket)" after the title, unless
the title says so itself. Obsidian's embeds ("![[Bilag.pdf]]") are `obsidian_md`'s.
"""

from __future__ import annotations

import re

# "![alt](src "title"){attrs}": the alt and attributes may wrap onto a second line
_IMAGE_RE = re.compile(r"!\[(?P<alt>[^\[\]\n]*(?:\n[^\[\]\n]*)?)\]\((?P<src>[^()\s]*)"
                       r"(?:\s+\"[^\"\n]*\")?\)(?:\{[^{}]*\})?[ \t]*")
_EMPTY_LINK_RE = re.compile(r"\[\s*\]\([^()\s]*\)")
_LOCK_RE = re.compile(r"\b(?:lock|padlock|lås|laas|lukket|closed)\b", re.IGNORECASE)
_HEADING_RE = re.compile(r"^#{1,6}[ \t]")


def _image(text: str, m: re.Match[str]) -> str:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    locked = _LOCK_RE.search(f"{m.group('alt')} {m.group('src')}")
    if locked and _HEADING_RE.match(line) and not re.search(r"lukket", line.replace(
            m.group(0), ""), re.IGNORECASE):
        return "\x00"  # (the heading's closed mark, written at its end below)
    return ""


def md_images(text: str) -> str:
    """The text without its images (see the module's docstring).

    >>> md_images("## 8. ![(lock)](icons/lock.png) Forpagtning af cafeteria")
    '## 8. Forpagtning af cafeteria (lukket)'
    """
    if "![" not in text:
        return text
    text = _IMAGE_RE.sub(lambda m: _image(text, m), text)
    text = re.sub(r"(?m)^(.*)\x00(.*)$", r"\1\2 (lukket)", text)
    return "\n".join(line.rstrip() for line in _EMPTY_LINK_RE.sub("", text).split("\n"))
