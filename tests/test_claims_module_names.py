"""No module of the claim checker binds a top-level name twice: a second `_NOUNS = ...` or
`def _reader` further down silently replaces the first for every use above it, a slip that
merges of parallel work make easily and that no reading test points at."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

CLAIMS = Path(__file__).resolve().parent.parent / "src" / "milex" / "claims"


def _bound(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return names


@pytest.mark.parametrize("path", sorted(CLAIMS.glob("*.py")), ids=lambda p: p.name)
def test_claims_module_binds_each_top_level_name_once(path: Path):
    counts = Counter(_bound(ast.parse(path.read_text(encoding="utf-8"))))
    assert [n for n, k in counts.items() if k > 1] == []
