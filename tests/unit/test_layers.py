"""The layout's promise: imports point one way, referat → ingest → rag → eval → ui."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FLOORS = {"referat": 1, "ingest": 2, "rag": 3, "eval": 4, "ui": 5}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_no_package_imports_a_floor_above_it() -> None:
    upward = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package, floor in FLOORS.items()
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in _imports(path)
        if FLOORS.get(name, 0) > floor
    ]
    assert upward == []
    assert len(list((ROOT / "rag").rglob("*.py"))) > 5  # the walk really saw the code
