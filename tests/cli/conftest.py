"""Fixtures for the command line: run `main([...])` in-process, databases on tmp_path."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from accountdesk.cli.main import main
from accountdesk.services.demo import create_demo
from accountdesk.storage.database import Database


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


@pytest.fixture
def cli(capsys):
    """`cli("list", "--db", path)`: exit status and what was printed."""

    def run(*args) -> Run:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "cli.sqlite3"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-demo") / "demo.sqlite3"
    database = Database(path, create=True)
    create_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_path(tmp_path, demo_template) -> Path:
    """A database with the demo customers, this test's own copy."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def fingerprint():
    """`fingerprint(path)`: the file's bytes in short, to show a failed command left it as it was."""

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"

    return digest
