"""A running page header glued to the page's first line of text, as a PDF's text layer
gives it when the page goes on with a table row broken over the page break:

    Glostrup Kommune Byrådet 11-03-2026
    Punkt 4 Skoledistrikter …
    \\f
    Glostrup Kommune Byrådet 11-03-2026Behandling i
    Økonomiudvalget

Read so, the header is no line of its own that the page furniture reader drops, and it
hides the label after it ("Behandling i …"). The header is known from the pages where
it stands alone as their first line (two pages or more; a line with a digit, a date); a
page whose first line begins with it and goes on without a space gets it as a line of
its own.
"""

from __future__ import annotations

from collections import Counter

_MIN_ALONE = 2  # pages where the header stands alone that make it known


def _first(page: list[str]) -> int | None:
    return next((i for i, ln in enumerate(page) if ln.strip()), None)


def unglued_heads(text: str) -> str:
    """The text (its pages parted by form feeds) with a running header glued to a page's
    first line set on its own line.

    >>> head = "Egeby Kommune Byrådet 02-02-2026"
    >>> text = f"{head}\\nA\\n\\f\\n{head}\\nB\\n\\f\\n{head}Beslutning i\\nX"
    >>> unglued_heads(text).split("\\n")[-3:]
    ['Egeby Kommune Byrådet 02-02-2026', 'Beslutning i', 'X']
    """
    if "\f" not in text:
        return text
    pages = [page.split("\n") for page in text.split("\f")]
    alone = Counter(page[i].strip() for page in pages if (i := _first(page)) is not None)
    heads = [h for h, n in alone.most_common(3) if n >= _MIN_ALONE and len(h) >= 12
             and any(ch.isdigit() for ch in h)]
    if not heads:
        return text
    out: list[list[str]] = []
    for page in pages:
        i = _first(page)
        line = page[i].strip() if i is not None else ""
        # (glued: the text goes on right after the header, no space between)
        head = next((h for h in heads if line.startswith(h) and len(line) > len(h)
                     and not line[len(h)].isspace()), None)
        if i is None or head is None:
            out.append(page)
            continue
        out.append([*page[:i], head, line[len(head):].strip(), *page[i + 1:]])
    return "\f".join("\n".join(page) for page in out)
