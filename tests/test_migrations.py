"""Migrations carry the code they run: one that imported the app's code would change meaning with it."""

import ast
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
APPS = ("careers", "benefits", "cookies")
MIGRATIONS = sorted(path for app in APPS for path in (BASE_DIR / app).glob("**/migrations/0*.py"))


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield node.module or ""


@pytest.mark.parametrize("path", MIGRATIONS, ids=lambda path: str(path.relative_to(BASE_DIR)))
def test_no_migration_imports_the_apps_code(path):
    assert not [name for name in imported_modules(path) if name.split(".")[0] in APPS]


def test_every_migration_is_checked():
    assert len(MIGRATIONS) >= 8
