"""What a desktop browser shows on screen, each fact once (a pass over the page before its
text is taken). A meeting system's page says some things twice and hides others:

* content hidden by the `hidden` attribute or an inline `display:none` /
  `visibility:hidden` that no control on the page reveals (no button or link names it by
  `aria-controls`, `data-target`, `data-bs-target` or `href="#id"`) is stale: an old
  place, an old afbud box, a draft decision, a withdrawn item, a former member;
* a print-only copy (Bootstrap's `d-none d-print-block`, a class the page's own style
  sheet hides on screen: `.print-only{display:none}` outside `@media print`) and a
  mobile-only copy of what the desktop layout shows in full (Tailwind's `md:hidden`,
  Bootstrap's `d-md-none`, a `hidden` class the desktop breakpoint does not show again):
  the desktop copy is the one read;
* a teaser cut off with "…" before a "Læs mere" button that reveals the full text: the
  full text is read, without the teaser and the button (`drop_teasers`);
* words for screen readers only (`sr-only`, `visually-hidden`: "Punkt 3, åbent punkt:",
  "Sagsnummer:", "(PDF, bilag 1 til punkt 2)") add nothing the screen shows, except an
  attendance status said only by an icon beside a name ("Afbud: " after a ✕ icon); a
  legend of those icons ("✓ Deltog ✕ Afbud") is no participant
  (`drop_screen_reader_text`, after the page's facts have taken their hidden labels).

Content a control reveals (a collapsed accordion, a tab's panel, the full text behind
"Læs mere") is read: a reader opens it.
"""

from __future__ import annotations

import re

# an inline style that hides the element
_STYLE_HIDDEN_RE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b",
                              re.IGNORECASE)
# a style sheet's rule and an @media block (its own braces inside)
_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_MEDIA_RE = re.compile(r"@media([^{]*)\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}", re.IGNORECASE)
_CLASS_SELECTOR_RE = re.compile(r"^[\w-]*\.([\w-]+)$")
# classes shown only in print or only on a phone, whatever the style sheet is called
_PRINT_ONLY = frozenset("""print-only printonly only-print visible-print visible-print-block
show-for-print print-visible""".split())
_MOBILE_ONLY = frozenset("""md:hidden lg:hidden d-md-none d-lg-none hidden-md hidden-lg
visible-xs visible-xs-block hide-for-large hide-for-medium show-for-small-only
mobile-only""".split())
# a class that hides the element unless a breakpoint's class shows it again
_HIDING = frozenset(["d-none", "hidden"])
_SHOWN_AT_RE = re.compile(
    r"^(?:d-(?:sm|md|lg|xl)-(?!none)[\w-]+|(?:sm|md|lg|xl):(?!hidden)[\w-]+)$")
# the attributes by which a control names the element it opens
_CONTROL_ATTRS = ("aria-controls", "data-target", "data-bs-target")
_ELLIPSIS_RE = re.compile(r"\s*(?:…|\.{3})\s*$")


def drop_unshown(soup: object) -> None:
    """Remove, in place, what the page keeps from the screen: stale hidden content,
    print-only and mobile-only copies, and a "Læs mere" teaser with its button."""
    hiding = _style_hidden_classes(soup)
    opened = _opened_ids(soup)
    drop_teasers(soup, opened)
    for node in list(soup.find_all(True)):  # type: ignore[attr-defined]
        if _gone(node):
            continue
        if _copy_elsewhere(node) or _unshown(node, hiding) and str(
                node.get("id") or "") not in opened and not _after_toggle(node):
            node.decompose()


def _copy_elsewhere(node: object) -> bool:
    """A print-only or mobile-only copy, which no control shows on a desktop screen."""
    classes = set(node.get("class") or [])  # type: ignore[attr-defined]
    return bool(classes & (_PRINT_ONLY | _MOBILE_ONLY)) or bool(classes & _HIDING) and not any(
        _SHOWN_AT_RE.match(c) for c in classes)


def _unshown(node: object, hiding: frozenset[str]) -> bool:
    """The element is hidden by its attribute, inline style or a class the page's style
    sheet hides (until a script shows it)."""
    if node.name in ("svg", "symbol", "template"):  # type: ignore[attr-defined]
        return False  # (an icon sprite: its symbols drawn where they are used)
    return node.has_attr("hidden") or bool(_STYLE_HIDDEN_RE.search(str(  # type: ignore[attr-defined]
        node.get("style") or ""))) or bool(set(node.get("class") or []) & hiding)  # type: ignore[attr-defined]


def _after_toggle(node: object) -> bool:
    """The element comes right after a toggle that names none: an accordion's button
    (`<h3><button>` over `<div hidden>`), a grid row's link that runs a script to show
    the detail row below (`<a href="javascript:__doPostBack(…)">`); the toggle opens it."""
    for holder in [node, *node.parents]:  # type: ignore[attr-defined]
        before = holder.find_previous_sibling(True)
        if before is not None:
            return any(t.name == "button" or t.has_attr("aria-expanded") or t.has_attr(
                "data-toggle") or t.has_attr("data-bs-toggle") or t.has_attr("onclick") or str(
                t.get("href") or "").startswith("javascript:")
                for t in [before, *before.find_all(("button", "a"))])
    return False


def _style_hidden_classes(soup: object) -> frozenset[str]:
    """The classes the page's own `<style>` hides on screen (`.print-only{display:none}`),
    outside its print and small-screen `@media` blocks."""
    found: set[str] = set()
    for style in soup.find_all("style"):  # type: ignore[attr-defined]
        css = style.get_text()
        screen = [body for media, body in _MEDIA_RE.findall(css)
                  if "screen" in media.lower() and "max-width" not in media.lower()]
        for part in [_MEDIA_RE.sub("", css), *screen]:
            for selectors, body in _RULE_RE.findall(part):
                if _STYLE_HIDDEN_RE.search(body.strip()):
                    found.update(m.group(1) for sel in selectors.split(",")
                                 if (m := _CLASS_SELECTOR_RE.match(sel.strip())))
    return frozenset(found)


def _opened_ids(soup: object) -> set[str]:
    """The ids of the elements a control on the page opens."""
    ids: set[str] = set()
    for node in soup.find_all(True):  # type: ignore[attr-defined]
        for attr in _CONTROL_ATTRS:
            ids.update(v.lstrip("#") for v in str(node.get(attr) or "").split())
        href = str(node.get("href") or "")
        if href.startswith("#") and (node.has_attr("aria-expanded") or node.has_attr(
                "data-toggle") or node.has_attr("data-bs-toggle")):
            ids.add(href[1:])
    ids.discard("")
    return ids


def drop_teasers(soup: object, opened: set[str]) -> list[object]:
    """Remove the teaser before a "Læs mere" button and the button: an element whose text,
    without its closing "…", opens the text of the element the button reveals right
    after it. Returns what was removed."""
    gone: list[object] = []
    for target_id in opened:
        full = soup.find(id=target_id)  # type: ignore[attr-defined]
        if full is None or not (text := _words(full)):
            continue
        controls = []
        for before in full.find_previous_siblings(True):
            if any(target_id in str(before.get(a) or "") for a in _CONTROL_ATTRS):
                controls.append(before)
                continue
            short = _ELLIPSIS_RE.sub("", _words(before))
            if controls and short and len(short) < len(text) and text.startswith(short):
                gone.extend([before, *controls])
            break
    for node in gone:
        node.decompose()
    return gone


def _gone(node: object) -> bool:
    """The element was removed with an element around it (read from its own dict: a
    missing attribute of a tag is a search of its children)."""
    return bool(vars(node).get("_decomposed"))


def _words(node: object) -> str:
    return " ".join(node.get_text(" ").split())  # type: ignore[attr-defined]


# words for screen readers only (Bootstrap's, WordPress's, Drupal's classes)
SCREEN_READER_CLASSES = frozenset(["sr-only", "visually-hidden", "visuallyhidden",
                                   "screen-reader-text", "element-invisible",
                                   "u-visually-hidden", "visually-hidden-focusable"])
# an attendance status an icon shows ("Afbud: ", "Deltog"), and those of the absent
_STATUS_RE = re.compile(r"^\s*(?:deltog|afbud|fraværende|fravær|forfald|til stede)\s*:?\s*$",
                        re.IGNORECASE)
_ABSENT = frozenset(["afbud", "fraværende", "fravær", "forfald"])
_ICONS = ("svg", "i", "img")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_NUMBER_SHOWN_RE = re.compile(r"^\s*(?:punkt\s+|pkt\.?\s*)?\d", re.IGNORECASE)
_NAMED = ("h1", "h2", "h3", "h4", "h5", "h6", "button", "a", "summary")


def drop_screen_reader_text(soup: object) -> None:
    """Remove, in place, the words for screen readers only that name a heading, a
    button, a link or a summary for them ("Punkt 3, åbent punkt:", "(PDF, bilag 1 til
    punkt 2)"), a heading for them alone, and a label of theirs before the value the
    screen labels its own way ("Sagsnummer: " before "Sagsnr. 23/4127"); a hidden word
    inside a sentence stays a word. An icon's attendance status stays as the list's mark
    ("Ole Bak (Ø) - afbud"); a legend of status icons goes."""
    for node in soup.find_all(class_=lambda c: c in SCREEN_READER_CLASSES):  # type: ignore[attr-defined]
        if _gone(node):
            continue
        status = node.get_text(strip=True).rstrip(":").lower()
        entry, icon = node.parent, node.find_previous_sibling(_ICONS)
        if status in _ABSENT and icon is not None:  # (the ✕ icon's "Afbud: ", as the
            node.decompose()  # list marks an absent member)
            entry.append(f" - {status}")
        elif _STATUS_RE.match(status) and icon is not None or _names_for_them(node):
            node.decompose()
    for word in soup.find_all(string=_STATUS_RE):  # type: ignore[attr-defined]
        block = None if _gone(word) else word.find_parent(("p", "div", "ul", "dl"))
        if block is not None and not _gone(block) and _icon_legend(block):
            block.decompose()


def _names_for_them(node: object) -> bool:
    """Words for screen readers that name the element they stand in, or label a value;
    not the item's number when the heading shows none ("<h3><span class="sr-only">Punkt
    1: </span>Title</h3>": the number a screen reader alone hears is still the item's)."""
    heading = node.find_parent(_HEADINGS)  # type: ignore[attr-defined]
    if heading is not None and re.search(r"\d", node.get_text()) and not _NUMBER_SHOWN_RE.match(  # type: ignore[attr-defined]
            "".join(t for t in heading.find_all(string=True) if t.parent is not node)):
        return False
    return node.name in _HEADINGS or node.find_parent(_NAMED) is not None or (  # type: ignore[attr-defined]
        node.get_text(strip=True).endswith(":"))  # type: ignore[attr-defined]


def _icon_legend(node: object) -> bool:
    """A block of attendance statuses only, each after its icon: "✓ Deltog ✕ Afbud"."""
    words = [s.strip() for s in node.find_all(string=True) if s.strip()]  # type: ignore[attr-defined]
    icons = node.find_all(_ICONS)  # type: ignore[attr-defined]
    return len(words) >= 2 and len(icons) >= len(words) and all(
        _STATUS_RE.match(w) for w in words)
