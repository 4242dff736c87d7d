"""A SharePoint REST answer in OData's verbose JSON (`{"d": {"__metadata": {…}, "Title":
…, "Udvalg": {"__metadata": …, "Title": "Økonomiudvalget"}, "Deltagere": {"results":
[…]}, "Moedestart": "/Date(1760968800000)/"}}`), made the plain tree `structured_export`
reads: the answer's "d" wrapper, every `__metadata` and `__deferred` link dropped, a
collection's `{"results": […]}` its list, a `/Date(ms)/` (milliseconds since 1970, UTC)
an ISO time in UTC ("2025-10-20T14:00:00Z", read in Danish time), and a list item named
only by SharePoint's "Title" column (a member, a looked-up committee) given that title
as its name too. Any other tree is returned as it is."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from .export_tree import NAME_KEYS, Tree, field, is_item

_DATE_RE = re.compile(r"/Date\((-?\d+)(?:[+-]\d{4})?\)/")
_LINKS = ("__metadata", "__deferred")


def plain(tree: Tree) -> Tree:
    """The tree without OData's verbose wrapping (see the module's note)."""
    if not (isinstance(tree, dict) and set(tree) == {"d"} and isinstance(tree["d"], dict | list)):
        return tree
    return _plain(tree["d"])


def _plain(node: Tree) -> Tree:
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, str):
        return _date(node)
    if not isinstance(node, dict):
        return node
    if set(node) == {"results"} and isinstance(node["results"], list):
        return _plain(node["results"])
    out = {k: _plain(v) for k, v in node.items() if k not in _LINKS and not (
        isinstance(v, dict) and set(v) <= set(_LINKS))}  # (a lookup not expanded)
    if "__metadata" in node and isinstance(out.get("Title"), str) and not is_item(
            out) and field(out, NAME_KEYS) is None:
        out["Navn"] = out["Title"]
    return out


def _date(said: str) -> str:
    """"/Date(1760968800000)/" → "2025-10-20T14:00:00Z"; any other text as it is."""
    if not (found := _DATE_RE.fullmatch(said.strip())):
        return said
    moment = datetime.fromtimestamp(int(found[1]) / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
