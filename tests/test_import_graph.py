"""The project's import graph is a tree: no cycles, start-up checks only in harbour.startup, small modules.

Read with the standard library's `ast` over harbour/, actions/ and scripts/, imports inside
functions counted (they are imports all the same, only later), and a package's lazy exports
(``_EXPORTS = {"Name": "harbour.x.y"}``) counted as imports of the package. An import inside a
function is allowed only with a one-line reason next to it (a comment on its line, or on the line
just above its group): laziness that was measured to matter, or an optional package.
"""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("harbour", "actions", "scripts")
MAX_LINES = 450
SIZED = ("harbour", "actions")
# Packages that must never import one another, nor harbour.startup (only harbour.serve does).
INDEPENDENT = ("harbour.privacy", "harbour.stats")
STARTUP = "harbour.startup"
STARTUP_IMPORTERS = ("harbour.serve",)

Edge = Tuple[str, str, int, bool]  # importer, imported, line, inside a function


def modules() -> Dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


MODULES = modules()


def project_module(name: str) -> Optional[str]:
    """The project module an import of ``name`` runs (the longest known prefix), or None."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def edges_of(name: str, path: Path) -> List[Edge]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_function = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(function)
    }
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    edges: List[Edge] = []
    for node in ast.walk(tree):
        targets: List[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            # `from pkg import module` imports the module; `from pkg import name` the package.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "_EXPORTS" for target in node.targets
        ) and isinstance(node.value, ast.Dict):
            targets = [v.value for v in node.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        for target in targets:
            imported = project_module(target)
            if imported and imported != name:
                edges.append((name, imported, node.lineno, id(node) in in_function))
    return edges


EDGES = [edge for name, path in MODULES.items() for edge in edges_of(name, path)]


def find_cycle(edges: List[Edge]) -> Optional[List[str]]:
    graph: Dict[str, List[str]] = {name: [] for name in MODULES}
    for importer, imported, _, _ in edges:
        graph[importer].append(imported)
    state: Dict[str, int] = {}  # 1 on the current path, 2 done
    path: List[str] = []

    def visit(node: str) -> Optional[List[str]]:
        state[node] = 1
        path.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def test_the_scan_sees_the_project_and_imports_inside_functions():
    assert {"harbour.serve", "harbour.startup.preload", "actions.base", "scripts.bench"} <= set(MODULES)
    inside = {(importer, imported) for importer, imported, _, in_function in EDGES if in_function}
    assert ("harbour.serve", "harbour.startup.patches") in inside


def test_the_import_graph_has_no_cycles():
    cycle = find_cycle(EDGES)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_a_cycle_would_be_found():
    looped = EDGES + [("harbour.vocab", "harbour.serve", 1, True)]  # serve imports vocab, indirectly
    assert find_cycle(looped) is not None


def test_every_import_inside_a_function_says_why():
    unexplained = []
    for importer, _, line, inside in EDGES + external_function_imports():
        if inside and not has_reason(MODULES[importer], line):
            unexplained.append(f"{MODULES[importer].relative_to(ROOT)}:{line}")
    assert not unexplained, "imports inside functions without a one-line reason: " + ", ".join(sorted(set(unexplained)))


def external_function_imports() -> List[Edge]:
    """Imports of other packages (Rasa, spaCy…) inside functions: they need a reason too."""
    found: List[Edge] = []
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(function):
                    if isinstance(node, (ast.Import, ast.ImportFrom)):
                        found.append((name, "", node.lineno, True))
    return found


def has_reason(path: Path, line: int) -> bool:
    lines = path.read_text(encoding="utf-8").splitlines()
    index = line - 1
    if "#" in lines[index]:
        return True
    index -= 1
    while index >= 0 and (not lines[index].strip() or lines[index].lstrip().startswith(("import ", "from "))):
        if "#" in lines[index]:
            return True
        index -= 1
    return index >= 0 and lines[index].lstrip().startswith("#")


def test_only_the_launcher_imports_the_start_up_package():
    importers = {
        importer
        for importer, imported, _, _ in EDGES
        if (imported == STARTUP or imported.startswith(STARTUP + "."))
        and not (importer == STARTUP or importer.startswith(STARTUP + "."))
    }
    assert importers <= set(STARTUP_IMPORTERS), importers


@pytest.mark.parametrize("package", INDEPENDENT)
def test_privacy_and_stats_never_import_each_other_or_the_channels(package):
    others = [p for p in INDEPENDENT if p != package] + ["harbour.channels"]
    wrong = [
        (importer, imported, line)
        for importer, imported, line, _ in EDGES
        if (importer == package or importer.startswith(package + "."))
        and any(imported == other or imported.startswith(other + ".") for other in others)
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("package", SIZED)
def test_no_module_is_over_450_lines(package):
    long = {
        str(path.relative_to(ROOT)): count
        for path in sorted((ROOT / package).rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"
