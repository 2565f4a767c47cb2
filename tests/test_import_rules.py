"""The code's rooms and which way their imports point, read from the source (every import, lazy ones too)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_FEATURES = sorted(p.name for p in (ROOT / "desktop").iterdir() if (p / "__init__.py").is_file())


def imported(path: Path, root: Path = ROOT) -> set[str]:
    """Every module a file imports, anywhere in it; a relative import counts as its absolute name."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    return names


def modules(folder: str):
    return sorted((ROOT / folder).rglob("*.py"))


def under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("path", modules("db"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_data_layer_never_imports_qt_or_the_window(path):
    wrong = {n for n in imported(path) if under(n.split(".")[0], "PySide6") or under(n, "shiboken6") or under(n, "desktop")}
    assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def crossings(path: Path, root: Path = ROOT) -> set[str]:
    """The window's modules that a feature module imports but may not: any outside its own package and shared."""
    parts = path.relative_to(root).parts
    if len(parts) == 2 or parts[1] == "app":
        return set()  # desktop/__main__.py and desktop.app wire the features together
    own = ("desktop.shared", f"desktop.{parts[1]}")
    return {n for n in imported(path, root) if under(n, "desktop") and n != "desktop" and not any(under(n, o) for o in own)}


@pytest.mark.parametrize("path", modules("desktop"), ids=lambda p: str(p.relative_to(ROOT)))
def test_a_feature_imports_db_shared_widgets_and_itself_only(path):
    assert not crossings(path), f"{path.relative_to(ROOT)} imports {sorted(crossings(path))}"


def test_shared_widgets_import_no_feature():
    for path in modules("desktop/shared"):
        wrong = {n for n in imported(path) if under(n, "desktop") and not under(n, "desktop.shared")}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


BOTTOM = ("db.files", "db.errors", "db.phrases")
"""What every part of the data layer may use: files, and the errors and messages it says to users."""


def test_the_bottom_of_the_data_layer_imports_nothing_above_it():
    for path in modules("db/files"):
        wrong = {n for n in imported(path) if under(n, "db") and not any(under(n, below) for below in BOTTOM)}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


@pytest.mark.parametrize("folder, loose", [("desktop", {"__init__.py", "__main__.py"}), ("db", {"__init__.py", "errors.py", "phrases.py"})])
def test_every_module_lives_in_a_feature_package(folder, loose):
    assert {p.name for p in (ROOT / folder).glob("*.py")} == loose


@pytest.mark.parametrize("package", [p.parent for p in (ROOT / "db").rglob("__init__.py")]
                         + [p.parent for p in (ROOT / "desktop").rglob("__init__.py")],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_every_package_says_what_it_owns(package):
    docstring = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
    assert docstring and len(docstring.split()) >= 8, f"{package.relative_to(ROOT)}/__init__.py needs a docstring"


def test_the_rules_see_a_forbidden_import_even_a_lazy_or_relative_one(tmp_path):
    feature = tmp_path / "desktop" / "notes"
    feature.mkdir(parents=True)
    (feature / "pane.py").write_text("def later():\n    from desktop.reader.reader_view import ReaderView\n"
                                     "from . import notes_model\nfrom ..search import search_box\n", encoding="utf-8")
    assert crossings(feature / "pane.py", tmp_path) == {
        "desktop.reader.reader_view", "desktop.reader.reader_view.ReaderView", "desktop.search", "desktop.search.search_box"}
