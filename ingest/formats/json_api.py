"""A JSON:API answer (`{"data": {…}, "included": […]}`, as a Drupal site's meeting module
serves its meetings), made the plain tree `structured_export` reads: each resource its
`attributes` with each of its `relationships` replaced by the resource(s) it points to,
found in `included` whatever their order ("field_committee": {"data": {"type":
"taxonomy_term--committee", "id": "c89b…"}} → "committee": {"name":
"Kulturudvalget"}), and the answer's `data` is the tree.

A Drupal site names its fields by its module and bundle: "field_os2web_m_start_date" on
a meeting, "field_os2web_m_bp_number" on a bullet point. Those prefixes name no meaning;
a field reads by what is left ("start_date", "number"): the "field_" mark, the segments
every field of the answer begins with ("os2web_m_") and the resource's own bundle name
("bp_" on a "node--os2web_meetings_bp"). A formatted text field ({"value": "<p>…</p>",
"format": "wysiwyg", "processed": …}) is its HTML; the resources' ids and the site's
internal numbers ("drupal_internal__nid") name nothing of the meeting and are left out,
as is a link or a resource not included. Any other tree is returned as it is."""

from __future__ import annotations

import os

from .export_tree import Tree

_FIELD = "field_"
_SKIP = frozenset(("links", "meta"))
_INTERNAL = "drupal_internal__"
_FORMATTED = frozenset(("value", "format", "processed", "summary"))


def resolved(tree: Tree) -> Tree:
    """The answer's `data` with its relationships resolved (see the module's note)."""
    if not (isinstance(tree, dict) and "data" in tree and isinstance(
            tree.get("included"), list) and _resource(tree["data"] if not isinstance(
                tree["data"], list) else (tree["data"] or [None])[0])):
        return tree
    data = tree["data"]
    pool = [r for r in [*(data if isinstance(data, list) else [data]), *tree["included"]]
            if _resource(r)]
    found = {(r["type"], r["id"]): r for r in pool}
    names = [k for r in pool for part in ("attributes", "relationships")
             for k in (r.get(part) or {}) if k.startswith(_FIELD)]
    shared = _shared_prefix([k[len(_FIELD):] for k in names])
    join = _Join(found, shared)
    return [join.node(r) for r in data] if isinstance(data, list) else join.node(data)


def _resource(node: Tree) -> bool:
    return isinstance(node, dict) and isinstance(node.get("type"), str) and "id" in node and (
        isinstance(node.get("attributes"), dict) or isinstance(node.get("relationships"), dict))


def _shared_prefix(keys: list[str]) -> str:
    """The underscore-ended prefix all `keys` begin with ("os2web_m_"), "" for fewer than
    two keys."""
    if len(keys) < 2:
        return ""
    common = os.path.commonprefix(keys)
    return common[:common.rfind("_") + 1]


class _Join:
    def __init__(self, found: dict, shared: str):
        self.found, self.shared = found, shared

    def _key(self, key: str, bundle: str) -> str:
        if not key.startswith(_FIELD):
            return key
        key = key[len(_FIELD):].removeprefix(self.shared)
        rest = key.removeprefix(bundle + "_") if bundle else key
        return rest or key

    def node(self, resource: dict, seen: frozenset = frozenset()) -> dict:
        """The resource as a mapping of its attributes and resolved relationships."""
        here = (resource["type"], resource["id"])
        bundle = resource["type"].rsplit("--", 1)[-1].rsplit("_", 1)[-1]
        out: dict[str, Tree] = {}
        for key, value in (resource.get("attributes") or {}).items():
            if not key.startswith(_INTERNAL):
                out[self._key(key, bundle)] = _formatted(value)
        for key, link in (resource.get("relationships") or {}).items():
            target = link.get("data") if isinstance(link, dict) else None
            if isinstance(target, list):
                out[self._key(key, bundle)] = [n for t in target if (n := self._to(
                    t, seen | {here})) is not None]
            elif (n := self._to(target, seen | {here})) is not None:
                out[self._key(key, bundle)] = n
        return {k: v for k, v in out.items() if k not in _SKIP}

    def _to(self, ref: Tree, seen: frozenset) -> dict | None:
        if not isinstance(ref, dict):
            return None
        key = (ref.get("type"), ref.get("id"))
        target = self.found.get(key)
        return None if target is None or key in seen else self.node(target, seen)


def _formatted(value: Tree) -> Tree:
    """A formatted text field as its HTML (the processed one when given); any other
    value as it is."""
    if isinstance(value, dict) and "value" in value and set(value) <= _FORMATTED:
        return value.get("processed") or value.get("value")
    return value
