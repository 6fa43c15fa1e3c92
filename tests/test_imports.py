"""What may import what.

Migrations carry the code they run: one that imported the app's code would change meaning with it.
The packages that others lean on (the page cache, the database backend, the breaker) name no
app: each app registers itself with them in its AppConfig.ready().
Tests take factories and helpers from modules of their own under tests/, never from a conftest:
a conftest holds fixtures, which pytest finds by itself.
"""

import ast
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
APPS = ("careers", "benefits", "cookies")
TESTS = sorted((BASE_DIR / "tests").glob("**/*.py"))
# Each neutral package, and what of the project it may import besides itself.
NEUTRAL = {"careers/pagecache": ("careers.breaker", "careers.metrics"), "careers/database": ("careers.breaker",),
           "careers/breaker.py": ("careers.metrics",), "careers/metrics.py": ()}
MIGRATIONS = sorted(path for app in APPS for path in (BASE_DIR / app).glob("**/migrations/0*.py"))


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield node.module or ""
            yield from (f"{node.module or ''}.{alias.name}" for alias in node.names)


@pytest.mark.parametrize("path", MIGRATIONS, ids=lambda path: str(path.relative_to(BASE_DIR)))
def test_no_migration_imports_the_apps_code(path):
    assert not [name for name in imported_modules(path) if name.split(".")[0] in APPS]


def test_every_migration_is_checked():
    assert len(MIGRATIONS) >= 8


def test_no_test_module_imports_a_conftest():
    assert len(TESTS) >= 50
    importers = [str(path.relative_to(BASE_DIR)) for path in TESTS
                 if any("conftest" in name.split(".") for name in imported_modules(path))]
    assert importers == []


@pytest.mark.parametrize("package", NEUTRAL)
def test_the_neutral_packages_name_no_app(package):
    root = BASE_DIR / package
    paths = sorted(root.glob("**/*.py")) if root.is_dir() else [root]
    own = package.removesuffix(".py").replace("/", ".")
    named = [f"{path.relative_to(BASE_DIR)}: {name}" for path in paths for name in imported_modules(path)
             if name.split(".")[0] in APPS and not name.startswith(own)
             and not any(name.startswith(allowed) for allowed in NEUTRAL[package])]
    assert paths and named == []
