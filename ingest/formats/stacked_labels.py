"""An item printed as a two-column table (labels left, values right) whose text
`pdftotext` (without `-layout`) gives column by column: all the item's labels first,
each a paragraph of its own ("Sagsnr." / "Sagsfremstilling" / "Indstilling" /
"Beslutning"), then all its values in the same order, one paragraph each. Put back
label by label, so that each section holds its own text (read as it was, the last label
heads every value: the case text and the recommendation become the decision).

Only an exact match is re-paired: two or more labels with nothing between them but blank
lines, and after them, to the item's end, as many paragraphs as there are labels."""

from __future__ import annotations

from collections.abc import Callable


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """The runs of filled lines that blank lines part."""
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def paired_labels(body: list[str], is_label: Callable[[str], bool]) -> list[str]:
    """The item's lines with its stacked labels each put above its own value; the lines as
    they are when the item is not printed so.

    >>> label = lambda s: s in ("Sagsnr.", "Indstilling", "Beslutning")
    >>> paired_labels(["Sagsnr.", "", "Indstilling", "", "Beslutning", "", "24/311", "",
    ...                "Det indstilles, at …", "", "Godkendt.", "For stemte: A"], label)
    ['Sagsnr.', '24/311', '', 'Indstilling', 'Det indstilles, at …', '', 'Beslutning', \
'Godkendt.', 'For stemte: A', '']
    >>> paired_labels(["Indstilling", "Godkendes.", "", "Beslutning", "Godkendt."], label)
    ['Indstilling', 'Godkendes.', '', 'Beslutning', 'Godkendt.']
    """
    run: list[int] = []  # the first run of two or more labels, blank lines apart
    for k, line in enumerate(body):
        if not line.strip():
            continue
        if is_label(line.strip()):
            run.append(k)
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2:
        return body
    values = _paragraphs(body[run[-1] + 1:])
    if len(values) != len(run) or any(is_label(p[0].strip()) for p in values):
        return body
    return body[:run[0]] + [line for k, value in zip(run, values, strict=True)
                            for line in (body[k], *value, "")]
