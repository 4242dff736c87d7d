"""An earlier decision written on one line with its body and date ("Tidligere beslutning –
Børne- og Ungeudvalget 05-11-2024", "Tidligere beslutning, Landdistriktsrådet 17-06-2025",
"**Tidligere:** Handicaprådet 10.06.2025 – …", "Tidligere behandlet: Bestyrelsen den 27.
november 2024 – Budget godkendt.", "Tidligere beslutning (Plan- og Erhvervsudvalget
10.06.2025):", with the earlier item's number "(Økonomiudvalget 21.01.2025, § 4):" or
", pkt. 6" after the date, and
its text after the colon or below it; a body named by its task, "Tidligere behandling -
Udvalg for Regional Udvikling, 10-03-2025:"): rewritten as the dated decision
heading minutes print elsewhere ("Beslutning i X den DD-MM-YYYY", its text on the line
below), which `dated` reads as the case's history, not as this meeting's decision nor the
Indstilling's text."""

from __future__ import annotations

import re

_BODY = (r"(?=[A-ZÆØÅ])[\w ,.&-]{0,60}?(?i:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|"
         r"nævn|nævnet|kommission|kommissionen)"
         # (a body named by its task after the word: "Udvalg for Regional Udvikling")
         r"(?:[ \t]+for[ \t]+[A-ZÆØÅ][\w -]{2,50}?)?")
_DATE = r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*[a-zæøå]{3,9}\s+\d{4}"
_EARLIER_RE = re.compile(
    rf"(?m)^[ \t]*[*_]*Tidligere(?:[ \t]+(?:beslutning|behandlet|behandling))?[ \t]*[–—:,-]"
    r"[*_]*[ \t]*"
    rf"(?P<body>{_BODY}),?[ \t]+(?:den[ \t]+)?(?P<date>{_DATE})"
    r"(?:,?[ \t]*(?:§|pkt\.?|punkt)[ \t]*(?P<p>\d{1,4}))?"  # (", pkt. 6": its item there)
    r"(?:[ \t]*[–—:-][ \t]*(?P<text>[^\n]*?\S))?[ \t]*[*_]*[ \t]*:?[ \t]*$")
# ... the body and the date in brackets, either first, the text after the colon or below:
# "Tidligere beslutning (Plan- og Erhvervsudvalget 10.06.2025): Igangsættes."
_BRACKETED_RE = re.compile(
    rf"(?m)^[ \t]*[*_]*Tidligere[ \t]+(?:beslutning(?:er)?|behandling)[ \t]*\([ \t]*"
    rf"(?:(?P<body>{_BODY}),?[ \t]+(?:den[ \t]+)?(?P<date>{_DATE})|(?P<date2>{_DATE}),?[ \t]+"
    rf"(?P<body2>{_BODY}))(?:,?[ \t]*(?:§|pkt\.?|punkt)[ \t]*(?P<p>\d{{1,4}}))?"  # (", § 4")
    r"[ \t]*\)[ \t]*[*_]*[ \t]*(?::[ \t]*[*_]*(?:[ \t]*(?P<text>[^\n]*?\S))?)?"
    r"[ \t]*$")


def _heading(m: re.Match[str]) -> str:
    said = f"\n{m.group('text').rstrip('*_ ')}" if m.group("text") else ""
    body, when = m.group("body") or m.group("body2"), m.group("date") or m.group("date2")
    item = f" punkt {m.group('p')}" if "p" in m.groupdict() and m.group("p") else ""
    return f"Beslutning i {body.strip()} den {when}{item}{said}"


def earlier_headings(text: str) -> str:
    """The text with each one-line earlier decision as a dated decision heading.

    >>> earlier_headings("Tidligere beslutning – Plan- og Miljøudvalget 05-11-2024\\nGodkendt.")
    'Beslutning i Plan- og Miljøudvalget den 05-11-2024\\nGodkendt.'
    >>> earlier_headings("*Tidligere behandlet: Bestyrelsen den 27. november 2024 – Godkendt.*")
    'Beslutning i Bestyrelsen den 27. november 2024\\nGodkendt.'
    >>> earlier_headings("**Tidligere:** Handicaprådet 10.06.2025 – Godkendt.")
    'Beslutning i Handicaprådet den 10.06.2025\\nGodkendt.'
    >>> earlier_headings("Tidligere beslutning (Plan- og Miljøudvalget 10.06.2025): Godkendt.")
    'Beslutning i Plan- og Miljøudvalget den 10.06.2025\\nGodkendt.'
    >>> earlier_headings("Tidligere beslutning (Kulturudvalget 21.01.2025, § 4): Udsat.")
    'Beslutning i Kulturudvalget den 21.01.2025 punkt 4\\nUdsat.'
    >>> earlier_headings("Tidligere beslutning: Kulturudvalget den 7. januar 2025, pkt. 3")
    'Beslutning i Kulturudvalget den 7. januar 2025 punkt 3'
    >>> earlier_headings("Tidligere behandling - Udvalg for Natur og Miljø, 10-03-2025:")
    'Beslutning i Udvalg for Natur og Miljø den 10-03-2025'
    """
    return _BRACKETED_RE.sub(_heading, _EARLIER_RE.sub(_heading, text))
