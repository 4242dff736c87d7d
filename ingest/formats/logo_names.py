"""The municipality a web page's logo names. The logo's file name may be an
abbreviation ("/Content/img/fmk_logo.svg"); its alt text is the name the page prints
("Faaborg-Midtfyn Kommune"), so that one is read first."""

from __future__ import annotations

import re

_LOGO_IMG_RE = re.compile(r"<img\b[^>]*\bsrc=[\"'][^\"']*/([a-zæøå-]+)_logo\.\w+[\"'][^>]*>",
                          re.IGNORECASE)
_ALT_RE = re.compile(r"\balt=[\"']\s*([^\"'<>]{2,60}?)\s*[\"']", re.IGNORECASE)
_NAMED_RE = re.compile(r"^((?:[A-ZÆØÅ][\w.-]*\s+){0,2}[A-ZÆØÅ][\w.-]*)\s+[Kk]ommune$")
_FILE_RE = re.compile(r"/([a-zæøå-]+)_logo\.\w+")


def logo_hints(html: str) -> tuple[str, ...]:
    """The municipality's name the logo gives: its alt text's "<Name> Kommune", else the
    logo file's name before "_logo" (a host's spelling); () when there is no logo.

    >>> logo_hints('<img src="/img/fmk_logo.svg" alt="Faaborg-Midtfyn Kommune">')
    ('Faaborg-Midtfyn',)
    >>> logo_hints('<img src="/img/holbaek_logo.png">')
    ('holbaek',)
    """
    if (img := _LOGO_IMG_RE.search(html)) and (alt := _ALT_RE.search(img.group(0))) and (
            named := _NAMED_RE.match(alt.group(1))):
        return (named.group(1),)
    file = _FILE_RE.search(html)
    return (file.group(1),) if file else ()
