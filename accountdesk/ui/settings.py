"""What the app remembers between runs, each option declared once with its default.

Stored with QSettings (per user). Window geometry is kept per layout direction, so a
window laid out right to left does not come back mirrored in the wrong place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from accountdesk.storage.server_urls import without_password

ORGANIZATION = "AccountDesk"
APPLICATION = "AccountDesk"
MAX_RECENT = 8

DATABASE_PATH = "database/path"
RECENT_DATABASES = "database/recent"
# The team database open last ("" when it was a local file) and those used recently:
# URLs without a password, which libpq finds itself (~/.pgpass, a service file, Kerberos).
SERVER_URL = "database/server"
RECENT_SERVERS = "database/recent_servers"
LANGUAGE = "ui/language"
# The key keeps its first name, so a choice made before Arabic came is kept.
NATIVE_DIGITS = "ui/persian_digits"
JALALI = "ui/jalali"
SPLITTER = "window/splitter"
SUPPORTER_FILTER = "list/supporter"
BACKUP_FOLDERS = "backups/folders"  # {database path: backup folder}
BACKUPS_KEPT = "backups/kept"
SAVE_FOLDER = "files/save_folder"
NOTIFICATIONS = "home/notifications"
NOTIFIED = "home/notified"  # "YYYY-MM-DD item-key" of what was notified, today's only


def _geometry_key(rtl: bool) -> str:
    return "window/geometry_rtl" if rtl else "window/geometry"


class Settings:
    """Typed access to the stored options."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    # ------------------------------------------------------------ database

    def database_path(self) -> Path | None:
        value = self._store.value(DATABASE_PATH, "")
        return Path(str(value)) if value else None

    def set_database_path(self, path: Path) -> None:
        self._store.setValue(DATABASE_PATH, str(path))
        self._store.setValue(SERVER_URL, "")  # the next start opens this file
        self._add_recent(path)

    def server_url(self) -> str:
        """The team database to open at start, when it was the one open last."""
        return str(self._store.value(SERVER_URL, "") or "")

    def set_server_url(self, url: str) -> None:
        shown = without_password(url)
        self._store.setValue(SERVER_URL, shown)
        items = [shown] + [u for u in self._list(RECENT_SERVERS) if u != shown]
        self._store.setValue(RECENT_SERVERS, items[:MAX_RECENT])

    def recent_servers(self) -> list[str]:
        return self._list(RECENT_SERVERS)

    def recent_databases(self) -> list[Path]:
        return [Path(p) for p in self._list(RECENT_DATABASES)]

    def _add_recent(self, path: Path) -> None:
        items = [str(path)] + [p for p in self._list(RECENT_DATABASES) if p != str(path)]
        self._store.setValue(RECENT_DATABASES, items[:MAX_RECENT])

    def _list(self, key: str) -> list[str]:
        value = self._store.value(key, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    # ------------------------------------------------------------ backups

    def backup_folder(self, database: Path) -> Path | None:
        """Where this database's backups go, when the user chose a folder for them."""
        folder = self._folders().get(str(database), "")
        return Path(folder) if folder else None

    def set_backup_folder(self, database: Path, folder: Path) -> None:
        folders = self._folders()
        folders[str(database)] = str(folder)
        self._store.setValue(BACKUP_FOLDERS, folders)

    def _folders(self) -> dict[str, str]:
        value = self._store.value(BACKUP_FOLDERS, {})
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def backups_kept(self) -> int | None:
        """How many rolling backups to keep; None for the default."""
        try:
            kept = int(str(self._store.value(BACKUPS_KEPT, 0) or 0))
        except (TypeError, ValueError):
            return None
        return kept if kept > 0 else None

    # ------------------------------------------------------------ language

    def language(self) -> str | None:
        value = self._store.value(LANGUAGE, "")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self._store.setValue(LANGUAGE, language)

    def native_digits(self) -> bool:
        """The UI language's own digits (Persian ۱۲۳, Arabic ١٢٣); on unless turned off."""
        return self._flag(NATIVE_DIGITS)

    def set_native_digits(self, on: bool) -> None:
        self._store.setValue(NATIVE_DIGITS, bool(on))

    def jalali(self) -> bool:
        """The Solar Hijri calendar in a Persian UI; on unless turned off."""
        return self._flag(JALALI)

    def set_jalali(self, on: bool) -> None:
        self._store.setValue(JALALI, bool(on))

    def _flag(self, key: str, default: bool = True) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, str):  # an INI file gives "true" / "false"
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    # ------------------------------------------------------------ window

    def geometry(self, rtl: bool) -> QByteArray | None:
        value = self._store.value(_geometry_key(rtl))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, rtl: bool, geometry: QByteArray) -> None:
        self._store.setValue(_geometry_key(rtl), geometry)

    def splitter_sizes(self) -> list[int]:
        try:
            return [int(v) for v in self._list(SPLITTER)]
        except ValueError:
            return []

    def set_splitter_sizes(self, sizes: list[int]) -> None:
        self._store.setValue(SPLITTER, [str(s) for s in sizes])

    def supporter_filter(self) -> str:
        return str(self._store.value(SUPPORTER_FILTER, "") or "")

    def set_supporter_filter(self, name: str) -> None:
        self._store.setValue(SUPPORTER_FILTER, name)

    def save_folder(self) -> Path | None:
        """The folder the user last saved a file into."""
        value = self._store.value(SAVE_FOLDER, "")
        return Path(str(value)) if value else None

    def set_save_folder(self, folder: Path) -> None:
        self._store.setValue(SAVE_FOLDER, str(folder))

    # ------------------------------------------------------------ incident imports

    def incident_mapping(self) -> str:
        """The column mapping of the last incident import (its JSON), "" when none."""
        return str(self._store.value("incidents/mapping", ""))

    def set_incident_mapping(self, document: str) -> None:
        self._store.setValue("incidents/mapping", document)

    # ------------------------------------------------------------ notifications

    def notifications(self) -> bool:
        """Desktop notifications of what falls due; on unless turned off."""
        return self._flag(NOTIFICATIONS)

    def set_notifications(self, on: bool) -> None:
        self._store.setValue(NOTIFICATIONS, bool(on))

    def notified(self, day: str) -> set[str]:
        """The keys of the items notified on `day` (ISO date)."""
        prefix = day + " "
        return {e[len(prefix) :] for e in self._list(NOTIFIED) if e.startswith(prefix)}

    def set_notified(self, day: str, keys: set[str]) -> None:
        """Remember `keys` as notified on `day`; earlier days are forgotten."""
        self._store.setValue(NOTIFIED, [f"{day} {key}" for key in sorted(keys)])

    def sync(self) -> None:
        self._store.sync()
