"""A meeting's facts a web page gives in markup rather than in words, written as the
words a minutes header uses (a pass over the page before its text is taken):

* a `<time datetime="2024-11-26T15:00:00+01:00">kl. 15.00</time>` whose text holds no
  date (only the hour, or nothing): the date of its `datetime` is written before the
  text, "26. november 2024 kl. 15.00", as the page's reader sees it beside a calendar
  badge;
* an hour's minutes set as a superscript, as Danish typography writes the hour ("kl.
  19<sup>00</sup>–21<sup>30</sup>"): written "19.00", where the text would read "1900";
* a fact labelled only by an icon (`<li><span class="icon icon--pin"></span> Mødelokale
  3.12</li>`, an OS2/Drupal theme's facts list): the icon's meaning as the label a
  header writes, "Sted: Mødelokale 3.12" (a clock "Tid:", a calendar "Dato:"), also an
  SVG icon naming its symbol by reference only (`<svg class="icon"><use
  href="#calendar"/></svg>`, an Umbraco theme's facts list);
* a fact whose label is for screen readers only (`<li><span class="icon icon-clock"
  aria-hidden="true"></span><span class="sr-only">Tid</span>14:00 – 16:30</li>`): the
  hidden word is the label, "Tid: 14:00 – 16:30", not a word glued to the value; so is a
  label styled apart by its class (`<span class="meta-label">Start</span> kl. 14.00`).

The meeting's facts in a side column printed after the items (`<main>` then `<aside>`
"Mødeinfo" with "Dato", "Tid", "Deltagere"; `html_furniture.beside_minutes`) are moved
before the items, where a minutes header stands.

An icon with words of its own (`aria-label`, text) and an icon among other text in the
middle of a line are left as they are.
"""

from __future__ import annotations

import re

from referat.danish import DANISH_MONTHS

from .html_furniture import beside_minutes, class_words
from .html_shown import SCREEN_READER_CLASSES

_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")
# a date written in the element's own text already ("26.11.2024", "26. nov. 2024")
_HAS_DATE_RE = re.compile(r"\d{1,2}[./-]\s?\d{1,2}[./-]\d{2,4}|\b(?:19|20)\d{2}\b")
# an icon's class word → the label of what it marks
_ICON_LABELS = {"pin": "Sted", "location": "Sted", "map": "Sted", "marker": "Sted",
                "place": "Sted", "sted": "Sted", "clock": "Tid", "time": "Tid",
                "calendar": "Dato", "date": "Dato"}
_ICON_WORDS = frozenset(["icon", "ico", "fa", "glyphicon", "bi", "material"])
# an icon that draws something else with the fact's symbol: a clock's arrow for an earlier
# treatment ("bi-clock-history"), no time
_OTHER_SYMBOL_WORDS = frozenset(["history", "historik", "arrow", "counterclockwise"])
_FACT_TAGS = ("li", "p", "div", "dd", "span")
_HIDDEN_LABEL_RE = re.compile(r"^[A-Za-zÆØÅæøå][\w.]*(?: [\w.]+)?$")  # "Tid", "Dato", "Møde sted"
_MINUTES_RE = re.compile(r"^\s*[0-5]\d\s*$")  # a superscript's minutes: "00", "30"
# the hour right before it: "kl. 19", "19<sup>00</sup>–21"
_HOUR_END_RE = re.compile(r"(?:\b(?i:kl)\.?\s*|[-–]\s*|^)(?:[01]?\d|2[0-3])$")


def facts_as_text(soup: object) -> None:
    """The page's dated `<time>` elements and icon-labelled facts as words, and a side
    column of the meeting's facts after the items before them (in place)."""
    for aside in soup.find_all("aside"):  # type: ignore[attr-defined]
        main = aside.find_previous_sibling("main")
        if main is not None and beside_minutes(aside):
            main.insert_before(aside.extract())
    for node in soup.find_all("time"):  # type: ignore[attr-defined]
        m = _ISO_DATE_RE.match(str(node.get("datetime") or "").strip())
        own = node.get_text(" ", strip=True)
        if m and not _HAS_DATE_RE.search(own) and 1 <= int(m.group(2)) <= 12:
            day = f"{int(m.group(3))}. {DANISH_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
            node.string = f"{day} {own}".strip()
    for sup in soup.find_all("sup"):  # type: ignore[attr-defined]
        before = sup.previous_sibling
        if _MINUTES_RE.match(sup.get_text()) and isinstance(before, str) and (
                _HOUR_END_RE.search(before)):
            sup.replace_with(f".{sup.get_text().strip()}")
    for hidden in soup.find_all("span", class_=lambda c: c in SCREEN_READER_CLASSES or (
            bool(c) and c.endswith("-label"))):  # type: ignore[attr-defined]
        if _opens_fact(hidden):
            hidden.replace_with(f"{hidden.get_text(strip=True)}: ")
    for icon in soup.find_all(("span", "i", "svg")):  # type: ignore[attr-defined]
        label = _icon_label(icon)
        if label:
            after = icon.next_sibling
            if isinstance(after, str) and not getattr(after, "name", None):
                after.replace_with(after.lstrip())  # (the line's break after the icon)
            icon.replace_with(f"{label}: ")


def _opens_fact(hidden: object) -> bool:
    """A screen-reader label that opens its fact's line (after an icon at most), a value
    after it."""
    parent = hidden.parent  # type: ignore[attr-defined]
    label = hidden.get_text(strip=True)  # type: ignore[attr-defined]
    if parent is None or parent.name not in _FACT_TAGS or not _HIDDEN_LABEL_RE.match(label):
        return False
    before = [c for c in hidden.previous_siblings  # type: ignore[attr-defined]
              if getattr(c, "name", None) or str(c).strip()]
    if any(not getattr(c, "name", None) or c.get_text(strip=True) for c in before):
        return False  # (a hidden word inside a sentence: "Læs mere <sr-only>om X</sr-only>")
    after = "".join(c.get_text() if getattr(c, "name", None) else str(c)
                    for c in hidden.next_siblings).strip()  # type: ignore[attr-defined]
    return bool(after) and not after.startswith(":")


def _icon_label(icon: object) -> str:
    """The label an empty icon stands for, when it opens its fact's line; else ""."""
    words = class_words(icon) | _symbol_words(icon)
    if not words & _ICON_WORDS or words & _OTHER_SYMBOL_WORDS or icon.get_text(  # type: ignore[attr-defined]
            strip=True) or icon.get(  # type: ignore[attr-defined]
            "aria-label") or icon.find("title"):  # type: ignore[attr-defined]
        return ""
    label = next((_ICON_LABELS[w] for w in sorted(words) if w in _ICON_LABELS), "")
    parent = icon.parent  # type: ignore[attr-defined]
    if label == "Tid" and parent is not None and any(  # the time with its day: "Dato:"
            _ISO_DATE_RE.match(str(t.get("datetime") or "")) for t in parent.find_all("time")):
        label = "Dato"
    if not label or parent is None or parent.name not in _FACT_TAGS:
        return ""
    before = [c for c in icon.previous_siblings  # type: ignore[attr-defined]
              if getattr(c, "name", None) or str(c).strip()]
    after = parent.get_text(" ", strip=True)
    if before or not after or ":" in after.split(" ", 1)[0]:  # ("Sted: …" labelled already)
        return ""
    return label


def _symbol_words(icon: object) -> set[str]:
    """The words of the symbol an SVG icon draws by reference (`<use href="#icon-pin">`:
    "icon", "pin"); empty for any other element."""
    if getattr(icon, "name", None) != "svg":
        return set()
    refs = [str(use.get("href") or use.get("xlink:href") or "")
            for use in icon.find_all("use")]  # type: ignore[attr-defined]
    return {w for ref in refs for w in re.split(r"[^a-z]+", ref.rsplit("#", 1)[-1].lower()) if w}
