"""Signing test fixtures: a database with two customers, and the tests' own certificates."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import signing_pki as pki_module  # noqa: E402
import signing_samples as samples  # noqa: E402


@pytest.fixture(scope="session")
def pki(tmp_path_factory):
    return pki_module.make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def trust_roots(pki):
    from accountdesk.documents.signatures.checks import load_trust_roots

    return load_trust_roots([pki.ca_pem.read_bytes()])


@pytest.fixture
def db(tmp_path):
    from accountdesk.services.json_format import add_missing_staff
    from accountdesk.storage.database import Database

    database = Database(tmp_path / "signing.sqlite3", create=True)
    with database.transaction() as session:
        add_missing_staff(session, samples.STAFF)
    yield database
    database.close()


@pytest.fixture
def hebrew(db):
    from accountdesk.services.service_files import save_file

    return save_file(db, samples.hebrew_file()).id


@pytest.fixture
def english(db):
    from accountdesk.services.service_files import save_file

    return save_file(db, samples.english_file()).id
