"""The package layout holds: every import points down (cli, gui → services, sync, reports → data → domain), only
data/ speaks SQL, only gui/ imports Qt, and no project import hides inside a function to dodge a cycle."""

import ast
from pathlib import Path

import netralitas_desktop

PACKAGE = Path(netralitas_desktop.__file__).parent
# What each part may import from the project (besides itself).
ALLOWED = {
    "domain": {"paths"},
    "data": {"domain", "paths"},
    "services": {"data", "domain", "paths"},
    "sync": {"data", "domain", "paths"},
    "reports": {"data", "domain", "paths", "services"},
    "cli": {"data", "domain", "paths", "services", "sync", "reports"},
    "gui": {"data", "domain", "paths", "services", "sync", "reports", "selftest"},
    "selftest": {"data", "domain", "paths", "services", "sync", "reports"},  # checks an installed app end to end
}
# Imports inside functions that are there for start-up time, each with its reason in the module.
LAZY_FOR_START_UP = {"cli/reports.py", "cli/protection.py"}  # ReportLab only for `report …`, `passphrase sheet`


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts or path.name == "__main__.py":
            continue
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def part_of(name: str) -> str:
    """`domain`, `data`, … for a module name; a top-level module (paths, selftest) is a part of its own."""
    return name.split(".")[1]


def own_part(module: str) -> str:
    return module.split("/")[0] if "/" in module else module.removesuffix(".py")


def project_imports(tree):
    """(imported project module, at module level?) for every import in the tree; an import under
    `if TYPE_CHECKING:` counts as module level (it never runs)."""
    top_level = {id(node) for node in tree.body}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            top_level |= {id(child) for child in node.body}
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("netralitas_desktop."):
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("netralitas_desktop.")]
        for name in names:
            yield name, id(node) in top_level


def test_every_import_points_down():
    wrong = []
    for module, tree in modules():
        own = own_part(module)
        for name, _ in project_imports(tree):
            target = part_of(name)
            if target != own and own in ALLOWED and target not in ALLOWED[own]:
                wrong.append(f"{module} imports {name}")
    assert wrong == []


def test_no_cycle_between_parts():
    edges: dict[str, set[str]] = {}
    for module, tree in modules():
        own = own_part(module)
        for name, _ in project_imports(tree):
            if part_of(name) != own:
                edges.setdefault(own, set()).add(part_of(name))

    def reaches(start, goal, seen=()):
        return any(nxt == goal or (nxt not in seen and reaches(nxt, goal, (*seen, nxt)))
                   for nxt in edges.get(start, ()))

    assert [part for part in edges if reaches(part, part)] == []


def test_no_project_import_hides_in_a_function_outside_the_gui():
    hidden = [f"{module}: {name}" for module, tree in modules() if not module.startswith("gui/")
              and module not in LAZY_FOR_START_UP for name, top in project_imports(tree) if not top
              and not module.endswith("__init__.py")]
    assert hidden == []


def test_only_the_data_layer_speaks_sql_and_only_the_gui_imports_qt():
    sql_words = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE", "PRAGMA ")
    speaking, qt = [], []
    for module, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and not module.startswith(
                    ("data/", "sync/")):  # sync's SQL moves into data/ with the sync rewrite
                if any(node.value.lstrip().startswith(word) for word in sql_words):  # our SQL is upper case
                    speaking.append(module)
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                if any(n.startswith(("PySide6", "shiboken6")) for n in names) and not module.startswith("gui/"):
                    qt.append(module)
            if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names) and \
                    not module.startswith(("data/", "sync/")):
                speaking.append(module)
    assert sorted(set(speaking)) == []
    assert qt == []


def test_the_store_does_not_pull_in_the_sync_engine_nor_sqlite_utils():
    import subprocess
    import sys

    code = ("import sys; import netralitas_desktop.data.store; "
            "print(sorted(m for m in sys.modules if m.startswith(('netralitas_desktop.sync', 'sqlite_utils', "
            "'PySide6', 'reportlab'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
