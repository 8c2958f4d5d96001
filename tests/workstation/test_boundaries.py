"""The dependency rule of DESIGN.md: workstation/ never imports PySide6, ui or server."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.support.live_server import ROOT

FORBIDDEN = ("PySide6", "ui", "server")


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_workstation_module_imports_qt_ui_or_server():
    offenders = {str(p.relative_to(ROOT)): sorted(imported_roots(p) & set(FORBIDDEN))
                 for p in (ROOT / "workstation").rglob("*.py")}
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}


def test_importing_every_workstation_module_loads_no_qt():
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts)
               for p in (ROOT / "workstation").rglob("*.py")]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui', 'server')]\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "[]"


def test_ui_imports_workstation_but_never_server():
    offenders = {str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")
                 if "server" in imported_roots(p)}
    assert offenders == set()


def test_server_imports_only_the_workstation_contract_and_rules_never_qt_or_ui():
    offenders = {str(p.relative_to(ROOT)): sorted(imported_roots(p) & {"PySide6", "ui"})
                 for p in (ROOT / "server").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_checker_would_catch_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport server.app\n")
    assert imported_roots(bad) >= {"PySide6", "server"}


def test_the_servers_database_layer_knows_no_subject(tmp_path):
    """server/db.py is the ground floor: a Database opens without loading the sync package
    or any subject (it once imported the change log, and the change log imports every
    subject's models through the registry: an import circle)."""
    code = ("import sys\n"
            "from server.db import Database\n"
            f"Database('sqlite:///{tmp_path / 'db.sqlite'}').dispose()\n"
            "print(sorted(m for m in sys.modules if m.count('.') >= 2 "
            "and m.startswith('server.')))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "[]"
