"""The list of a customer's versions of one kind (summaries, or one period's reports), with
whether each still checks out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import DocumentKind
from accountdesk.domain.words import N_
from accountdesk.services.signing.changes import Change
from accountdesk.services.signing.verification import VersionCheck
from accountdesk.services.signing.versions import VersionInfo
from accountdesk.ui.formatting import fmt
from accountdesk.ui.labels import label, word
from accountdesk.ui.signing.texts import method_text, side_text, status_text

if TYPE_CHECKING:
    from accountdesk.storage.database import Database

Index = QModelIndex | QPersistentModelIndex
ALARM = QColor("#b00020")


@dataclass(frozen=True)
class VersionRow:
    info: VersionInfo
    check: VersionCheck | None  # None while it is being checked
    since: VersionInfo | None = None  # the signed version the changes are counted from
    changes: tuple[Change, ...] = ()

    @property
    def broken(self) -> bool:
        return self.check is not None and not self.check.ok


def load_rows(
    db: Database,
    customer_id: int,
    kind: DocumentKind = DocumentKind.SUMMARY,
    period: Period | None = None,
) -> list[VersionRow]:
    """Every version of the customer of this kind (a report's: of this period), checked
    (run off the UI thread). A summary lists what changed since the signed one; a report
    is the period's figures, not an agreement that changes."""
    from accountdesk.services.signing import changes_since_signed, check_version, list_versions

    rows = []
    for info in list_versions(db, customer_id, kind):
        if info.period != period:
            continue
        if kind is DocumentKind.SUMMARY:
            since, changes = changes_since_signed(db, info.id)
            rows.append(VersionRow(info, check_version(db, info.id), since, tuple(changes)))
        else:
            rows.append(VersionRow(info, check_version(db, info.id)))
    return rows


def _number(row: VersionRow) -> str:
    return fmt().integer(row.info.number)


def _issued(row: VersionRow) -> str:
    info = row.info
    if info.issued_at is None:
        return ""
    when = fmt().date_short(info.issued_at.astimezone().date())
    return f"{when}{fmt().separator}{info.issued_by}" if info.issued_by else when


def _signatures(row: VersionRow) -> str:
    return "; ".join(
        f"{side_text(s.side)}: {s.name} ({method_text(s.method)})" for s in row.info.signatories
    )


def _integrity(row: VersionRow) -> str:
    if row.check is None:
        return QCoreApplication.translate("Signing", "checking…")
    if not row.check.ok:
        return QCoreApplication.translate("Signing", "CHANGED — DO NOT TRUST")
    text = QCoreApplication.translate("Signing", "Hashes match")
    if row.check.signatures:
        text += fmt().separator + QCoreApplication.translate("Signing", "signatures valid")
    return text


COLUMNS: tuple[tuple[str, Callable[[VersionRow], str]], ...] = (
    (N_("Field", "Version"), _number),
    (N_("Field", "Status"), lambda row: status_text(row.info.status)),
    (N_("Field", "Language"), lambda row: label(row.info.language)),
    (N_("Field", "Issued"), _issued),
    (N_("Field", "Signatures"), _signatures),
    (N_("Field", "Integrity"), _integrity),
)


class VersionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VersionRow] = []

    def set_rows(self, rows: Sequence[VersionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[VersionRow]:
        return list(self._rows)

    def row_at(self, row: int) -> VersionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.ForegroundRole and row.broken:
            return QBrush(ALARM)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(COLUMNS):
            return word("Field", COLUMNS[section][0])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )
