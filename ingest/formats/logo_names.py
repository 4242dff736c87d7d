"""The municipality a web page's logo names. The logo's file name may be an
abbreviation ("/Content/img/fmk_logo.svg"); its alt text is the name the page prints
("Faaborg-Midtfyn Kommune"), so that one is read first. A page built by hand names its
municipality only there ("/static/img/logo_kommune.png", alt "Holbæk Kommune")."""

from __future__ import annotations

import re

from referat.municipalities import official_name

_LOGO_IMG_RE = re.compile(r"<img\b[^>]*\bsrc=[\"'][^\"']*/([a-zæøå-]+)_logo\.\w+[\"'][^>]*>",
                          re.IGNORECASE)
_ALT_RE = re.compile(r"\balt=[\"']\s*([^\"'<>]{2,60}?)\s*[\"']", re.IGNORECASE)
_NAMED_RE = re.compile(r"^((?:[A-ZÆØÅ][\w.-]*\s+){0,2}[A-ZÆØÅ][\w.-]*)\s+[Kk]ommune$")
_FILE_RE = re.compile(r"/([a-zæøå-]+)_logo\.\w+")
# any image whose file or class says it is a logo
_ANY_LOGO_RE = re.compile(r"<img\b[^>]*\b(?:src|class|id)=[\"'][^\"']*logo[^>]*>", re.IGNORECASE)


def _alt_name(img: str) -> str | None:
    """The "<Name>" of an image tag's alt text "<Name> Kommune"."""
    alt = _ALT_RE.search(img)
    named = _NAMED_RE.match(alt.group(1)) if alt else None
    return named.group(1) if named else None


def logo_municipality(raw: bytes) -> str | None:
    """The municipality an HTML page's logo names in its alt text, its official name.

    >>> logo_municipality('<img src="/img/logo_kommune.png" alt="Holbæk Kommune">'.encode())
    'Holbæk'
    """
    if raw.lstrip()[:1] != b"<":
        return None
    html = raw[:200_000].decode("utf-8", "replace")
    return next((official_name(name) for m in _ANY_LOGO_RE.finditer(html)
                 if (name := _alt_name(m.group())) and official_name(name)), None)


def logo_hints(html: str) -> tuple[str, ...]:
    """The municipality's name the logo gives: its alt text's "<Name> Kommune", else the
    logo file's name before "_logo" (a host's spelling); () when there is no logo.

    >>> logo_hints('<img src="/img/fmk_logo.svg" alt="Faaborg-Midtfyn Kommune">')
    ('Faaborg-Midtfyn',)
    >>> logo_hints('<img src="/img/holbaek_logo.png">')
    ('holbaek',)
    """
    if (img := _LOGO_IMG_RE.search(html)) and (named := _alt_name(img.group(0))):
        return (named,)
    file = _FILE_RE.search(html)
    return (file.group(1),) if file else ()
