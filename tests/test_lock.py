"""The lock (uv.lock) holds what pyproject.toml asks for: every dependency, in its range.

An install from the lock is what users and CI get; pyproject.toml keeps the compatible
ranges for anyone installing AccountDesk as a package. The two must not drift apart.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def lock() -> dict:
    return tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))


def declared() -> list[tuple[str, Requirement]]:
    """(group, requirement) for the app's dependencies and each extra's."""
    project = pyproject()["project"]
    found = [("app", Requirement(text)) for text in project["dependencies"]]
    for extra, texts in project["optional-dependencies"].items():
        found += [(extra, Requirement(text)) for text in texts]
    return found


def locked_versions() -> dict[str, set[Version]]:
    versions: dict[str, set[Version]] = {}
    for package in lock()["package"]:
        name = canonicalize_name(package["name"])
        versions.setdefault(name, set()).add(Version(package["version"]))
    return versions


def locked_project() -> dict:
    [project] = [p for p in lock()["package"] if p["name"] == "accountdesk"]
    return project


@pytest.mark.parametrize(("group", "requirement"), declared(), ids=lambda value: str(value))
def test_every_dependency_is_locked_within_its_range(group, requirement):
    versions = locked_versions().get(canonicalize_name(requirement.name))
    assert versions, f"{requirement.name} ({group}) is missing from uv.lock: run `uv lock`"
    outside = [str(v) for v in versions if not requirement.specifier.contains(v, prereleases=True)]
    assert not outside, f"uv.lock has {requirement.name} {outside}, outside {requirement.specifier}"


def test_the_lock_was_made_from_this_pyproject():
    """uv records the requirements it resolved; they are exactly today's."""
    metadata = locked_project()["metadata"]
    recorded = {
        (
            canonicalize_name(entry["name"]),
            SpecifierSet(entry.get("specifier", "")),
            entry.get("marker", ""),
        )
        for entry in metadata["requires-dist"]
    }
    wanted = set()
    for group, requirement in declared():
        marker = "" if group == "app" else f"extra == '{group}'"
        wanted.add((canonicalize_name(requirement.name), requirement.specifier, marker))
    assert recorded == wanted, "pyproject.toml changed since uv.lock was made: run `uv lock`"


def test_every_extra_is_in_the_lock():
    extras = set(pyproject()["project"]["optional-dependencies"])
    assert set(locked_project()["optional-dependencies"]) == extras
