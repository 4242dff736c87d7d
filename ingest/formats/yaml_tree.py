"""A YAML export (an open-data feed's `.yaml`: meetings under a key, a comment header)
as the tree `export_tree` reads from JSON: mappings, lists and text, a date or a time
stamp YAML reads by itself (`dato: 2022-06-08`) its ISO text, every key text.

Known by the file's name only (`.yaml`, `.yml`): much plain text is valid YAML too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from .export_tree import Tree

SUFFIXES = (".yaml", ".yml")


def is_yaml(path: Path) -> bool:
    """A file named as YAML."""
    return path.suffix.lower() in SUFFIXES


def yaml_tree(raw: bytes) -> Tree:
    """The YAML document as a tree; None when it does not read."""
    try:
        return _plain(yaml.safe_load(raw.decode("utf-8-sig")))
    except (UnicodeDecodeError, yaml.YAMLError):
        return None


def _plain(node: object) -> Tree:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.date):  # (a datetime too)
        return node.isoformat()
    return node
