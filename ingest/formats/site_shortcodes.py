"""A static site generator's shortcodes in a page's markdown, as the text the page shows:

* Hugo's paired or single markers on lines of their own ("{{< notice "lukket" >}}",
  "{{< /notice >}}", "{{% toc %}}") go, the text between paired markers stays as a
  paragraph of the item's text;
* Zola's call on a line of its own ('{{ lukket(tekst="Punktet behandles for lukkede
  døre.") }}') is its quoted arguments' text, what the template prints.

Found by that structure only: a text without a shortcode line is returned as it is."""

from __future__ import annotations

import re

_HUGO_RE = re.compile(r"^[ \t]*\{\{[<%][ \t]*/?[\w-]+\b.*?[>%]\}\}[ \t]*$")
_ZOLA_RE = re.compile(r"^[ \t]*\{\{[ \t]*[\w-]+\((.*)\)[ \t]*\}\}[ \t]*$")
_ARGUMENT_RE = re.compile(r"\b\w+[ \t]*=[ \t]*\"((?:[^\"\\]|\\.)*)\"")


def shortcode_text(text: str) -> str:
    """The markdown with its shortcode lines as the page shows them (see the module's
    docstring)."""
    if "{{" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if _HUGO_RE.match(line):
            continue
        if call := _ZOLA_RE.match(line):
            line = " ".join(a.strip() for a in _ARGUMENT_RE.findall(call.group(1)))
        out.append(line)
    return "\n".join(out)
