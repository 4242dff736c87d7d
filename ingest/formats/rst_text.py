"""Minutes written in reStructuredText (a Sphinx habit) and saved as plain text:

    ==========================================
     Referat – Plan- og Miljøudvalget
    ==========================================

    :Dato: Onsdag den 7. februar 2018
    :Sted: Mødelokale A, Rådhuset

    2. Lokalplan 18-32 – endelig vedtagelse
    =======================================

    :Sagsnr.: 17/28443

    .. note::

       - Byrådet 28.09.2017, punkt 12: Forslaget vedtaget.

    =======  ==============
    Stemme   Partier
    =======  ==============
    For      V, O, S og C
    =======  ==============

read as the plain text the text reader knows: a title's underline (and overline) goes,
so the title is a line of its own; a field ":Sagsnr.: 17/28443" is the label line
"Sagsnr.: 17/28443"; a directive's line (".. note::", ".. contents:: Indhold") and its
options (":local:") go and its indented content stands unindented where it was; a
comment (".. text") goes with its indented lines; a simple table (columns marked by runs
of "=" with the head between the first two rules) is a pipe table, a row a line, so a
vote table's rows read as "| For | V, O, S og C |".

Only a text with the markup's own signs – an underlined title and a directive or two
field lines – is changed.
"""

from __future__ import annotations

import re

_ADORNMENT_RE = re.compile(r"^([=\-~^\"'`#*+._:])\1{2,}[ \t]*$")
_FIELD_RE = re.compile(r"^:(?P<name>[^:\s][^:\n]{0,40}?):(?:[ \t]+(?P<value>\S.*))?$")
_DIRECTIVE_RE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+"
                           r"(?:(?P<kind>[\w:-]+)::[ \t]*(?P<arg>.*))?")
# the admonitions, whose argument is their text's first line (".. note:: Husk …")
_ADMONITIONS = frozenset({"note", "warning", "attention", "important", "tip", "hint",
                          "caution", "danger", "error", "admonition"})
_OPTION_RE = re.compile(r"^[ \t]+:[\w-]+:")
_TABLE_RULE_RE = re.compile(r"^[ \t]*=+(?:[ \t]+=+)+[ \t]*$")
_INLINE_RE = re.compile(r"``([^`\n]+)``|`([^`<\n]+?)(?:\s*<[^>\n]*>)?`_{1,2}")


def _underlined(lines: list[str], k: int) -> bool:
    """Whether line k is a title's underline: below a title no longer than it, itself
    below a blank line, the top or an overline of the same sign."""
    under = _ADORNMENT_RE.match(lines[k])
    if not under or k == 0:
        return False
    title = lines[k - 1].strip()
    if not title or _ADORNMENT_RE.match(lines[k - 1]) or len(title) > len(lines[k].strip()):
        return False
    return k < 2 or not lines[k - 2].strip() or lines[k - 2].strip() == lines[k].strip()


def is_rst(text: str) -> bool:
    """An underlined title and a directive or two fields: reStructuredText."""
    lines = text.split("\n")
    if not any(_underlined(lines, k) for k in range(len(lines))):
        return False
    directives = sum(bool(m and m.group("kind")) for m in map(_DIRECTIVE_RE.match, lines))
    return directives > 0 or sum(bool(_FIELD_RE.match(ln)) for ln in lines) >= 2


def _titles(lines: list[str]) -> list[str]:
    """The lines without titles' underlines and overlines."""
    drop = set()
    for k in range(len(lines)):
        if _underlined(lines, k):
            drop.add(k)
            if k >= 2 and lines[k - 2].strip() == lines[k].strip():
                drop.add(k - 2)
    return [ln.strip() if k + 1 in drop else ln for k, ln in enumerate(lines) if k not in drop]


def _directives(lines: list[str]) -> list[str]:
    """Directives' lines and options dropped, their content unindented; comments gone."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = _DIRECTIVE_RE.match(lines[k])
        if not m:
            out.append(_INLINE_RE.sub(lambda i: i.group(1) or i.group(2), lines[k]))
            k += 1
            continue
        indent, k = len(m.group("indent")), k + 1
        block: list[str] = []
        while k < len(lines) and (not lines[k].strip() or
                                  len(lines[k]) - len(lines[k].lstrip()) > indent):
            if not _OPTION_RE.match(lines[k]):
                block.append(lines[k])
            k += 1
        while block and not block[-1].strip():
            k -= 1  # (the blank lines after the block stay where they were)
            block.pop()
        if m.group("kind"):
            if m.group("kind").lower() in _ADMONITIONS and m.group("arg").strip():
                out.append(m.group("arg").strip())
            depth = min((len(b) - len(b.lstrip()) for b in block if b.strip()), default=0)
            out.extend(b[depth:] for b in block)
    return out


def _row(line: str, columns: list[tuple[int, int]]) -> str:
    starts = [a for a, _ in columns[1:]] + [len(line)]
    cells = [line[a:b].strip() for (a, _), b in zip(columns, starts, strict=True)]
    return "| " + " | ".join(cells) + " |"


def _tables(lines: list[str]) -> list[str]:
    """Each simple table's rows as pipe rows (its rules gone)."""
    out: list[str] = []
    columns: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        if _TABLE_RULE_RE.match(line):
            opening = not columns
            columns = [m.span() for m in re.finditer(r"=+", line)] if opening else columns
            closing = not opening and not (k + 1 < len(lines) and lines[k + 1].strip())
            if closing:
                columns = []
            elif not opening:  # (the rule under the head)
                out.append("| " + " | ".join("---" for _ in columns) + " |")
            continue
        out.append(_row(line, columns) if columns and line.strip() else line)
    return out


def rst_text(text: str) -> str:
    """The text as plain text (see the module's docstring); unchanged when it is no
    reStructuredText.

    >>> print(rst_text(":Dato: 7. februar 2018\\n:Tid: Kl. 08.30\\n\\n1. Eventuelt\\n"
    ...                "============\\n\\nIntet."))
    Dato: 7. februar 2018
    Tid: Kl. 08.30
    <BLANKLINE>
    1. Eventuelt
    <BLANKLINE>
    Intet.
    """
    if not is_rst(text):
        return text
    lines = _tables(_directives(_titles(text.split("\n"))))
    return "\n".join(f"{m.group('name')}: {m.group('value') or ''}".rstrip()
                     if (m := _FIELD_RE.match(ln)) else ln for ln in lines)
