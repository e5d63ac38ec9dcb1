"""A read-only local copy of the customers a person opened recently on a team database,
for a call on a bad line: when the server cannot be reached, the app opens this copy.

One SQLite file per server URL (its password left out), in the user's cache folder, beside
a small JSON file saying which customers it holds, most recently opened first, and when it
was last refreshed. Each customer is copied from the server whenever it is opened or saved
(`storage.copying`, replacing the copy's older version); the copy keeps the last `KEPT`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs
from sqlalchemy import select

from accountdesk.storage import tables as t
from accountdesk.storage.backups import BackupPolicy
from accountdesk.storage.copying import copy_customers, delete_named
from accountdesk.storage.database import Database
from accountdesk.storage.locations import APP_NAME, make_private_file, make_private_folder
from accountdesk.storage.server_urls import without_password
from accountdesk.storage.sqlite_database import SqliteDatabase

KEPT = 50
FOLDER = "offline"
# Why the copy cannot be changed (the window says it in its own words).
READ_ONLY = "a copy kept for when the team database cannot be reached"


@dataclass(frozen=True)
class OfflineCopy:
    path: Path
    server: str  # the URL without its password
    refreshed_at: dt.datetime  # UTC
    customers: tuple[str, ...]  # names, most recently opened first


def copy_path(url: str) -> Path:
    key = hashlib.sha256(without_password(url).encode()).hexdigest()[:20]
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_NAME)) / FOLDER / f"{key}.sqlite3"


def find(url: str) -> OfflineCopy | None:
    """The copy kept for this server, if there is one."""
    path = copy_path(url)
    try:
        about = json.loads(_about(path).read_text(encoding="utf-8"))
        refreshed = dt.datetime.fromisoformat(about["refreshed_at"])
        customers = tuple(str(name) for name in about["customers"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not path.exists() or not customers:
        return None
    return OfflineCopy(path, str(about.get("server", "")), refreshed, customers)


def refresh(server: Database, url: str, customer_id: int, kept: int = KEPT) -> None:
    """Copy this customer from the server into the copy, as it is now."""
    path = copy_path(url)
    make_private_folder(path.parent)
    copy = _open(path, create=True)
    try:
        result = copy_customers(server, copy, only=[customer_id], replace=True)
        known = find(url)
        names = [*result.copied, *(known.customers if known else ())]
        with copy.session() as session:  # a customer replaced under a new name is gone
            present = set(session.scalars(select(t.Customer.name)))
        recent = [name for name in dict.fromkeys(names) if name in present]
        if len(recent) > kept:
            with copy.transaction() as session:
                delete_named(session.connection(), recent[kept:])
            recent = recent[:kept]
    finally:
        copy.close()
    _write_about(path, url, recent)


def open_read_only(url: str) -> SqliteDatabase:
    """The copy, opened so nothing can be saved into it."""
    db = _open(copy_path(url), create=False)
    db.read_only_reason = READ_ONLY
    return db


def _open(path: Path, *, create: bool) -> SqliteDatabase:
    # No backups of a copy: the server keeps the real thing.
    policy = replace(BackupPolicy.for_database(path), automatic=False)
    return SqliteDatabase(path, create=create, backups=policy)


def _about(path: Path) -> Path:
    return path.with_suffix(".json")


def _write_about(path: Path, url: str, customers: list[str]) -> None:
    about = {
        "server": without_password(url),
        "refreshed_at": dt.datetime.now(dt.UTC).isoformat(),
        "customers": customers,
    }
    target = _about(path)
    partial = target.with_suffix(".json.partial")
    partial.write_text(json.dumps(about, ensure_ascii=False), encoding="utf-8")
    make_private_file(partial)
    os.replace(partial, target)
