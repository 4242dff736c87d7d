"""Plain-text minutes written for young readers (a youth council's, a pupils' board's),
numbered by keycap emojis and labelled by icons and plain questions:

    📝 REFERAT – Ungerådet 💬
    📅 Tirsdag d. 3. juni 2025 kl. 16.00–18.00
    📍 Mødelokalet på biblioteket
    ✅ Til stede:
    • Sara Holm (formand) – 9.a, Nordskolen
    1️⃣ Godkendelse af dagsorden
    💡 Hvad handler det om? / 🕓 Det skete sidst: / ✔️ Det besluttede vi:

* a keycap ("1️⃣" = digit, U+FE0F, U+20E3) before a title is the item's number:
  "1. Godkendelse af dagsorden";
* an icon before a fact is its label ("📅" the date, "📍" the place, as Loop's notes
  write them, `loop_md`), and an icon before a label goes; the plain questions are the
  sections they stand for: "Det besluttede vi" the decision, "Det skete sidst" the
  earlier treatment, "Hvad handler det om?" the case, "Hvad snakkede vi om?" the
  discussion;
* the title's icons go, so "REFERAT – Ungerådet" names the body;
* a member's bullet "Name (role) – class, school" keeps the name and role: what follows
  the dash is where the member comes from, no further person.

Found by that structure only: without two keycap-numbered lines the text is unchanged.
"""

from __future__ import annotations

import re

from .loop_md import EMOJI

_KEYCAP_RE = re.compile(r"^[ \t]*(?P<n>\d{1,2})\ufe0f?\u20e3[ \t]*(?=\S)", re.MULTILINE)
_ICONS_RE = re.compile(rf"(?:{EMOJI}[ \t]*)+")
_LEAD_ICON_RE = re.compile(rf"^[ \t]*(?P<i>{EMOJI})[ \t]*(?P<t>\S.*)$")
_FACTS = {"\U0001f4c5": "Dato", "\U0001f4c6": "Dato", "\U0001f5d3": "Dato",
          "\U0001f4cd": "Sted", "\U0001f4cc": "Sted"}
# the plain questions and statements a youth council's minutes use as labels
_PLAIN_LABELS = (
    (re.compile(r"^det\s+(?:besluttede|vedtog|aftalte)\s+vi\b", re.I), "Beslutning"),
    (re.compile(r"^det\s+skete\s+(?:sidst|tidligere)\b", re.I), "Tidligere behandling"),
    (re.compile(r"^hvad\s+handler\s+(?:det|sagen)\s+om\b", re.I), "Sagsfremstilling"),
    (re.compile(r"^hvad\s+(?:snakkede|talte)\s+vi\s+om\b", re.I), "Drøftelse"),
)
# "• Sara Holm (formand) – 9.a, Nordskolen": a member's bullet with where they come from
_MEMBER_BULLET_RE = re.compile(
    r"^(?P<b>[ \t]*[•\-*][ \t]+[A-ZÆØÅ][\w.'-]*(?:[ \t]+[A-ZÆØÅ][\w.'-]*){1,4}"
    r"(?:[ \t]+\([^()]{2,40}\))?)[ \t]+[–—-][ \t]+\S.*$")


def _label(text: str) -> str | None:
    for rx, name in _PLAIN_LABELS:
        if rx.match(text):
            return name
    return None


def _line(line: str, head: bool) -> str:
    m = _LEAD_ICON_RE.match(line)
    if m:
        icon, text = m.group("i").rstrip("\ufe0f"), m.group("t")
        name = _label(text)
        if name:
            return f"{name}:"
        if icon in _FACTS and head:
            return f"{_FACTS[icon]}: {text}"
        line = text
    if head:
        line = _MEMBER_BULLET_RE.sub(r"\g<b>", line)
        line = _ICONS_RE.sub(" ", line).strip() if _ICONS_RE.search(line) else line
    return line


def icon_items(text: str) -> str:
    """The text with keycap numbers, icon labels and members' bullets read as above;
    unchanged without two keycap-numbered lines.

    >>> print(icon_items("📝 REFERAT – Ungerådet\\n📍 Biblioteket\\n• Sara Holm (formand) – "
    ...       "9.a, Nordskolen\\n1️⃣ Dagsorden\\n✔️ Det besluttede vi:\\nGodkendt.\\n"
    ...       "2️⃣ Evt."))
    REFERAT – Ungerådet
    Sted: Biblioteket
    • Sara Holm (formand)
    1. Dagsorden
    Beslutning:
    Godkendt.
    2. Evt.
    """
    if len(_KEYCAP_RE.findall(text)) < 2:
        return text
    text = _KEYCAP_RE.sub(r"\g<n>. ", text)
    lines = text.split("\n")
    first = next((k for k, ln in enumerate(lines) if re.match(r"^\d{1,2}\. \S", ln)), len(lines))
    return "\n".join(_line(ln, k < first) for k, ln in enumerate(lines))
