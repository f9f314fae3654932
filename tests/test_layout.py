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


MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40
# Settings literals, exempt as the style guide says: a table of Scrapy settings and the
# settings model's field declarations read best whole.
EXEMPT = {"crawler/fetch/stack.py:scrapy_settings", "settings/model.py"}


def function_lengths(path: Path) -> list[tuple[str, int]]:
    """(name, lines of its body) of every function; a long typed signature (a command's
    options) is declaration, not logic, so the body is counted from its first statement."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0]
            start = first.lineno if not isinstance(first, ast.Expr) else first.end_lineno or 0
            found.append((node.name, (node.end_lineno or 0) - start + 1))
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_modules_and_functions_stay_small(package: str) -> None:
    too_long = []
    for path in modules(package):
        name = str(path.relative_to(ROOT))
        if name in EXEMPT:
            continue
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{name}: {lines} lines")
        too_long += [
            f"{name}:{function} body {length} lines"
            for function, length in function_lengths(path)
            if length > MAX_FUNCTION_LINES and f"{name}:{function}" not in EXEMPT
        ]
    assert not too_long, too_long
