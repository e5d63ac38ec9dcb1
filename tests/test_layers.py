"""The layers only point one way: domain ← storage ← services ← ui / cli / documents.

Read from the source with `ast`, so an import hidden inside a function counts too.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "accountdesk"

# For each layer: the accountdesk layers and the outside packages it must not import.
FORBIDDEN = {
    "domain": (
        {"storage", "services", "ui", "cli", "documents", "i18n"},
        {"PySide6", "sqlalchemy", "alembic", "reportlab"},
    ),
    "i18n": ({"storage", "services", "ui", "cli", "documents"}, {"PySide6", "sqlalchemy"}),
    "storage": ({"services", "ui", "cli", "documents", "i18n"}, {"PySide6", "reportlab"}),
    "documents": ({"storage", "services", "ui", "cli"}, {"PySide6", "sqlalchemy"}),
    "services": ({"ui", "cli"}, {"PySide6"}),
    "ui": ({"cli"}, set()),
}


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(layer: str) -> list[str]:
    banned_layers, banned_packages = FORBIDDEN[layer]
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_names(path):
            parts = name.split(".")
            if parts[0] == "accountdesk" and len(parts) > 1 and parts[1] in banned_layers:
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
            if parts[0] in banned_packages:
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer):
    assert violations(layer) == []
