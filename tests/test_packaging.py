"""What a fresh install needs is declared: every package, the fonts, the translations."""

import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]


def declared() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]


def test_every_package_is_listed_for_the_wheel():
    found = set(find_packages(str(ROOT), include=["accountdesk", "accountdesk.*"]))
    listed = set(declared()["packages"])
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == {"accountdesk._resources", "accountdesk._translations"}


def test_resources_and_translations_are_mapped_into_the_package():
    config = declared()
    assert config["package-dir"]["accountdesk._resources"] == "resources"
    assert config["package-dir"]["accountdesk._translations"] == "translations"
    assert "fonts/*" in config["package-data"]["accountdesk._resources"]
    assert "script.py.mako" in config["package-data"]["accountdesk.storage.migrations"]
