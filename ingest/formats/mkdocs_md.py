"""Markdown as MkDocs Material writes it, in the forms the text reader knows:

* an admonition ('!!! note "Title"', or a collapsible '??? note "Title"' / '???+ …';
  Docusaurus's fenced ":::tip Title" … ":::" read as the same)
  with its body indented four spaces below it: the marker line becomes the title as a
  bold label of its own ("**Beslutning**"), and the body is dedented. Nested
  admonitions are dedented level by level. An admonition without a title is only its
  body;
* an icon shortcode (":material-folder:", ":octicons-file-16:", ":fontawesome-…:")
  goes, so that the label after it opens its line ("Sagsnr. 25/4410");
* an item heading that is only the closed mark ("## 6. Lukket punkt") followed by an
  admonition titled with that mark, the item's title its first line: the heading gets
  that title ("## 6. Lukket punkt: Title").

Found by that structure only: a text without an admonition line is returned as it is.
"""

from __future__ import annotations

import re

from .closed_marks import OPEN_MARK_RE, closes

_ADMONITION_RE = re.compile(
    r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*'
    r'(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')
_ICON_RE = re.compile(r":(?:material|octicons|fontawesome|simple)-[\w-]+:[ \t]*")
_HEADING_MARK_RE = re.compile(r"^(#{1,6}[ \t]+\d{1,3}\.?[ \t]+)(.+?)[ \t]*$")


def _width(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _closed_heading(out: list[str], body: str) -> bool:
    """Give the last heading the first line of an admonition titled with the closed mark
    as its title, when the heading too is the closed mark alone."""
    k = next((j for j in range(len(out) - 1, -1, -1) if out[j].strip()), None)
    head = _HEADING_MARK_RE.match(out[k]) if k is not None else None
    if not head or not OPEN_MARK_RE.match(head.group(2)):
        return False
    out[k] = f"{head.group(1)}{head.group(2)}: {body.strip()}"
    return True


# Docusaurus's admonition fence: ":::tip Beslutning" (or ":::note[Title]") up to ":::"
# (with its title only: a bare ":::note" is Pandoc's div, whose markers `pandoc_md` drops)
_FENCE_OPEN_RE = re.compile(
    r"^[ \t]*:::[ \t]*([a-z]+)(?:[ \t]*\[([^\]]+)\]|[ \t]+([^\s{].*?))[ \t]*$")
_FENCE_CLOSE_RE = re.compile(r"^[ \t]*:::[ \t]*$")


def _fenced(lines: list[str]) -> list[str]:
    """Docusaurus's fenced admonitions written as MkDocs writes them: the fence's line as
    '!!! tip "Title"', its body indented below it, the closing fence gone. A fence
    never closed is left as it is."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        head = _FENCE_OPEN_RE.match(lines[k])
        end = next((j for j in range(k + 1, len(lines)) if _FENCE_CLOSE_RE.match(lines[j])
                    or _FENCE_OPEN_RE.match(lines[j])), None) if head else None
        if end is None or not _FENCE_CLOSE_RE.match(lines[end]):
            out.append(lines[k])
            k += 1
            continue
        title = (head.group(2) or head.group(3)).replace('"', "")
        out.append(f'!!! {head.group(1)} "{title}"')
        out += [f"    {ln}" if ln.strip() else "" for ln in lines[k + 1:end]]
        k = end + 1
    return out


def mkdocs_markdown(text: str) -> str:
    """The text with MkDocs admonitions and icons written as the text reader reads them
    (see the module's docstring); text without an admonition comes back unchanged."""
    lines = _fenced(text.split("\n"))
    if not any(_ADMONITION_RE.match(ln) for ln in lines):
        return text
    out: list[str] = []
    stack: list[int] = []  # the body indent of each open admonition
    skip_first = False
    for line in lines:
        if line.strip():
            while stack and _width(line) < stack[-1]:
                stack.pop()
        cut = stack[-1] if stack else 0
        body = line[min(cut, _width(line)):] if line.strip() else ""
        if m := _ADMONITION_RE.match(body):
            title = (m.group("title") or "").strip()
            stack.append(cut + len(m.group("indent")) + 4)
            mark = OPEN_MARK_RE.match(title)
            skip_first = closes(mark)
            if title and not skip_first:
                out.append(f"{m.group('indent')}**{title}**")
            continue
        body = _ICON_RE.sub("", body)
        if skip_first and body.strip():
            skip_first = False
            if _closed_heading(out, body):
                continue
            out.append("Lukket punkt")
        out.append(body.rstrip())
    return "\n".join(out)
