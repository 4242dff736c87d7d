"""A block whose class names a section ("<ul class="bilag">", "<ol class="indstilling">")
inside a field that its own heading already labels: a CMS's field opens with its label
("<div class="attachments"><h4>Bilag</h4><ul class="bilag">…", "<section class="field">
<h3>Indstilling</h3><div class="field-body"><p>… indstiller, at</p><ol
class="indstilling">…"). The class then names the same section again, and a heading made
of it would split the field in two (an empty "Bilag" over the list, or the
recommendation's lead sentence cut from its points). Such a block gets no heading of its
own (`html_text`)."""

from __future__ import annotations

import re

_LABELS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b", "label")
_LEVELS = 2  # the field's label over the block itself, or over its body's wrapper


def _words(node: object) -> str:
    return " ".join(node.get_text(" ").split()).rstrip(":").strip().lower()  # type: ignore[attr-defined]


def headed_already(node: object, heading: str) -> bool:
    """Whether `node` stands in a field whose first element is a label naming `heading`
    (the node's parent or grandparent opens with it).

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup('<div><h4>Bilag</h4><ul class="bilag"><li>Plan</li></ul></div>'
    ...                      '<div><h4>Økonomi</h4><ul class="bilag"><li>Kort</li></ul></div>',
    ...                      "html.parser")
    >>> [headed_already(ul, "Bilag") for ul in soup.find_all("ul")]
    [True, False]
    """
    wanted = heading.lower()
    container = node
    for _ in range(_LEVELS):
        container = getattr(container, "parent", None)
        if container is None:
            return False
        first = next((k for k in container.contents if getattr(k, "name", None)
                      or str(k).strip()), None)
        if getattr(first, "name", None) in _LABELS and first is not node and (
                re.sub(r"\s+", " ", _words(first)) == wanted):
            return True
    return False
