"""What a Hebrew or Persian user sees: the real window in a language, and its words collected.

`visible_texts(top)` gathers every string a user can read or hear on a window or dialog:
labels, buttons, group and tab titles, placeholders, tooltips, accessible names, combo
items, header and cell texts of item views, status messages, actions. `left_in_english`
then keeps those that still hold Latin letters once the data of the test file (customer
names, host names, e-mails, paths) and the few words that are the same in every language
(product and file-format names, key names) are taken out: in a Hebrew or Persian window,
such a string was not translated.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QThreadPool,
)
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from accountdesk.domain.languages import LANGUAGES
from accountdesk.domain.service_file import ContactData
from accountdesk.services import service_files as sf

ROOT = Path(__file__).resolve().parents[2]
UI_TESTS = ROOT / "tests" / "ui"
TRANSLATIONS = ROOT / "translations"
RTL_LANGUAGES = tuple(info.code for info in LANGUAGES if info.rtl)  # the registry's

if str(UI_TESTS) not in sys.path:
    sys.path.insert(0, str(UI_TESTS))


def _load_ui_fixtures():
    """The UI tests' fixtures (database, settings) and sample customers, under a name of
    their own: a conftest is only seen by the tests of its folder."""
    spec = importlib.util.spec_from_file_location(
        "i18n_ui_window_fixtures", UI_TESTS / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ui_fixtures = _load_ui_fixtures()
db = ui_fixtures.db
template_db = ui_fixtures.template_db
settings = ui_fixtures.settings
SAMPLE_FILES = (ui_fixtures.acme, ui_fixtures.hebrew_customer, ui_fixtures.persian_customer)


# ---------------------------------------------------------------- translations


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory) -> Path:
    """The .ts sources compiled now, so the test sees them and not an older .qm."""
    from accountdesk._build import qt_tool

    folder = tmp_path_factory.mktemp("qm")
    for source in sorted(TRANSLATIONS.glob("accountdesk_*.ts")):
        subprocess.run(
            [
                *qt_tool("lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(folder / f"{source.stem}.qm"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return folder


def source_texts() -> dict[str, set[str]]:
    """Every source text (without its accelerator &) -> the contexts it is in."""
    found: dict[str, set[str]] = {}
    root = ET.parse(TRANSLATIONS / "accountdesk_he.ts").getroot()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found.setdefault(without_accelerator(message.findtext("source") or ""), set()).add(name)
    return found


# ---------------------------------------------------------------- collecting the words


@dataclass(frozen=True)
class Seen:
    where: str  # the kind of widget (or action) and what of it, for the failure message
    text: str


def without_accelerator(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _label_text(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return without_accelerator(text) if label.buddy() is not None else text


def _name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    outer = type(parent).__name__ + "/" if parent is not None else ""
    own = (
        f"#{widget.objectName()}"
        if widget.objectName() and not widget.objectName().startswith("qt_")
        else ""
    )
    return f"{outer}{type(widget).__name__}{own}"


def visible_texts(top: QWidget) -> list[Seen]:
    """The words on `top` (a window or dialog) that a user sees or a screen reader reads."""
    seen = [Seen(f"{type(top).__name__} window title", top.windowTitle().replace("[*]", ""))]
    for widget in [top, *top.findChildren(QWidget)]:
        if (
            QWidget.window(widget) is not top or not widget.isVisible()
        ):  # a dialog may own a `window`
            continue
        where = _name(widget)
        seen += [
            Seen(f"{where} tooltip", widget.toolTip()),
            Seen(f"{where} accessible name", widget.accessibleName()),
            Seen(f"{where} accessible description", widget.accessibleDescription()),
        ]
        seen += [Seen(f"{where} {what}", text) for what, text in _own_texts(widget)]
        for action in widget.actions():
            if action.isVisible() and not isinstance(widget, QMenu):
                seen += action_texts(action, f"{where} action")
    return [s for s in seen if s.text.strip()]


def _own_texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    if isinstance(widget, QLabel):
        yield "text", _label_text(widget)
    elif isinstance(widget, QAbstractButton):
        yield "text", without_accelerator(widget.text())
    elif isinstance(widget, QGroupBox):
        yield "title", without_accelerator(widget.title())
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", without_accelerator(widget.tabText(i))
            yield f"tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        yield "text", widget.text()
    elif isinstance(widget, QComboBox):
        yield from _combo_texts(widget)
    elif isinstance(widget, QAbstractSpinBox):
        yield "text", widget.text()
        yield "special value", widget.specialValueText()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield "text", widget.toPlainText()
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QStatusBar):
        yield "message", widget.currentMessage()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _view_texts(widget)
    if isinstance(widget, QMessageBox):
        yield "informative text", widget.informativeText()


def _combo_texts(combo: QComboBox) -> Iterable[tuple[str, str]]:
    yield "current text", combo.currentText()
    if type(combo).__name__ == "TimeZoneCombo":
        return  # IANA names (Asia/Jerusalem), identifiers in every language
    for i in range(combo.count()):
        yield f"item {i}", combo.itemText(i)


ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
MAX_ROWS = 100


def _columns(model: QAbstractItemModel) -> int:
    """A model's column count (QAbstractListModel makes columnCount private: one column)."""
    if isinstance(model, QAbstractListModel):
        return 1
    return model.columnCount(QModelIndex())


def _view_texts(view: QAbstractItemView) -> Iterable[tuple[str, str]]:
    model = view.model()
    headers = [
        (h, o)
        for h, o in (
            (getattr(view, "horizontalHeader", None), Qt.Orientation.Horizontal),
            (getattr(view, "verticalHeader", None), Qt.Orientation.Vertical),
        )
        if h is not None and isinstance(h(), QHeaderView) and h().isVisible()
    ]
    for _header, orientation in headers:
        count = (
            _columns(model)
            if orientation == Qt.Orientation.Horizontal
            else model.rowCount(QModelIndex())
        )
        for section in range(count):
            for role in ROLES:
                yield (
                    f"header {section} {role.name}",
                    _text_of(model.headerData(section, orientation, role)),
                )
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in range(_columns(model)):
            index = model.index(row, column, QModelIndex())
            for role in ROLES:
                yield f"cell {row},{column} {role.name}", _text_of(model.data(index, role))


def _text_of(value) -> str:
    return value if isinstance(value, str) else ""


def action_texts(action: QAction, where: str) -> list[Seen]:
    found = [
        Seen(f"{where} text", without_accelerator(action.text())),
        Seen(f"{where} tooltip", action.toolTip()),
        Seen(f"{where} status tip", action.statusTip()),
    ]
    return [s for s in found if s.text.strip()]


def menu_texts(menu: QMenu, where: str = "menu") -> list[Seen]:
    """A menu's title and every action in it, its sub-menus included."""
    here = f"{where} “{without_accelerator(menu.title())}”"
    seen = [Seen(f"{here} title", without_accelerator(menu.title()))]
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            seen += menu_texts(action.menu(), here)
        elif not is_language_choice(action):
            seen += action_texts(action, f"{here} action")
    return [s for s in seen if s.text.strip()]


def is_language_choice(action: QAction) -> bool:
    """The Language menu names each language in itself ("English" in every UI language)."""
    from accountdesk.ui.language import ENDONYMS

    return action.actionGroup() is not None and action.text() in ENDONYMS.values()


# ---------------------------------------------------------------- judging them


# Words that are the same in a Hebrew or Persian sentence as in English, kept tiny:
ALLOWED = re.compile(
    "|".join(
        [
            r"\bAccountDesk\b",  # the product's name
            r"\b(?:ITIL|SLA|NPS|CSAT|CES)\b",  # the service-management terms written in Latin letters in Hebrew and Persian
            r"\b(?:PDF|CSV|JSON|PNG|JPEG|TIFF|GIF|SHA-256|PKCS#12)\b",  # file formats and standards
            r"\*?\.(?:p12|pfx|pdf|png|jpe?g|tiff?|gif|json|csv|txt|sqlite3|db)\b",  # file name patterns
            r"\b(?:Ctrl|Shift|Alt)\+(?:Shift\+)?\w+\b|\bEnter\b|\bF\d{1,2}\b",  # keys, as printed on the keyboard
            r"\bHH:MM\b|\bYYYY-MM-DD\b",  # how a time or date is typed, shown as written
            # Connecting to a team database: libpq's names and settings, typed as written.
            r"postgresql://[^\s\u2066-\u2069]*|~/[\w./-]+|\bPG[A-Z]+\b",
            r"\b(?:PostgreSQL|libpq|Kerberos|URL|TLS|CA|sslmode|sslrootcert)\b",
            r"\b(?:disable|allow|prefer|require|verify-ca|verify-full)\b",  # sslmode's values
        ]
    )
)
LONG_HEX = re.compile(r"\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b")  # hashes and content ids
ABSOLUTE_PATH = re.compile(r"(?<![\w.])/[^\s\u2066-\u2069]+")
ZONE_NAME = re.compile(r"\b[A-Z][A-Za-z_]+/[A-Za-z_/+\-]+")
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
LATIN = re.compile(r"[A-Za-z]")


def data_strings(*values) -> set[str]:
    """Every string held in these records (dataclasses, lists), not their enumeration values
    nor country codes: an enumeration value (`critical`) or a code (`IL`) on screen is an
    untranslated label (the screen names the country)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, Enum):
            return
        if isinstance(value, str):
            if len(value.strip()) >= 2:
                found.add(value.strip())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                if item.name != "country":
                    walk(getattr(value, item.name))
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item)

    for value in values:
        walk(value)
    return found


def _zone_names() -> set[str]:
    from zoneinfo import available_timezones

    return available_timezones()


@dataclass
class Judge:
    """Decides which collected strings are still English."""

    data: set[str] = field(default_factory=set)
    sources: dict[str, set[str]] = field(default_factory=source_texts)

    def remainder(self, text: str) -> str:
        """The text without data and allowed words: what should be in the UI's language."""
        rest = text.translate(BIDI_CONTROLS)
        for value in sorted(self.data, key=len, reverse=True):
            rest = rest.replace(value, " ")
        rest = LONG_HEX.sub(" ", rest)
        rest = ABSOLUTE_PATH.sub(" ", rest)
        zones = _zone_names()
        rest = ZONE_NAME.sub(lambda m: " " if m.group(0) in zones else m.group(0), rest)
        return ALLOWED.sub(" ", rest)

    def is_english(self, text: str) -> bool:
        return bool(LATIN.search(self.remainder(text)))

    def explain(self, seen: Seen) -> str:
        text = seen.text.translate(BIDI_CONTROLS)
        contexts = self.sources.get(text)
        why = (
            f"source text in {', '.join(sorted(contexts))}: not translated"
            if contexts
            else "not a source text: not marked for translation, or built from English pieces"
        )
        return f"{seen.where}: {text!r} ({why})"

    def english(self, seen: Iterable[Seen]) -> list[str]:
        unique = {}
        for item in seen:
            if self.is_english(item.text):
                unique.setdefault((item.where, item.text), self.explain(item))
        return list(unique.values())


# ---------------------------------------------------------------- the window


def wait_idle(qtbot) -> None:
    """Background work (searches, saves, PDFs) finished and its results delivered."""
    QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(20)
    QCoreApplication.processEvents()


def active_modal(qtbot, kind=None) -> QWidget:
    found = {}

    def shown() -> bool:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and (kind is None or isinstance(widget, kind)):
            found["widget"] = widget
            return True
        return False

    qtbot.waitUntil(shown, timeout=10000)
    return found["widget"]


def top_levels_shown() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture
def make_window(qtbot, qapp, db, settings, compiled_translations, monkeypatch):
    """`make(language)`: the main window in that language, with every tab of the file view
    (the Summaries and Signed versions tabs as the app adds them) and Acme Logistics open."""
    from accountdesk.ui import language

    monkeypatch.setattr(language, "translation_dirs", lambda: [compiled_translations])
    manager = language.LanguageManager(qapp)
    made = []

    def make(lang: str, customer: str | None = "Acme Logistics"):
        from ui_helpers import open_customer

        from accountdesk.ui.app import EXTRA_TABS
        from accountdesk.ui.file.view import lazy_tab
        from accountdesk.ui.window.main_window import MainWindow

        manager.apply(lang)
        window = MainWindow(db, settings, manager)
        qtbot.addWidget(window)
        made.append(window)
        for key, title, target in EXTRA_TABS:
            window.file_view.add_tab(lazy_tab(key, title, target))
        window.show()
        qtbot.waitExposed(window)
        if customer is not None:
            open_customer(qtbot, window, customer)
        return window

    yield make
    for window in made:
        window._may_close = True  # unsaved edits of a test are not the user's
    wait_idle(qtbot)
    manager.apply("en")


# ---------------------------------------------------------------- the screens


def show_tab(qtbot, window, key: str) -> QWidget:
    """The tab, loaded (the Summaries and Signed versions tabs load when first shown)."""
    tab = window.file_view.show_tab(key)
    assert tab is not None, key
    if hasattr(tab, "real"):
        qtbot.waitUntil(lambda: tab.real is not None)
        tab = tab.real
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not getattr(tab, "_busy", False), timeout=30000)
    return tab


# Opens a screen: (qtbot, window, judge, tmp_path) -> yields the widget to judge.
Opener = Callable[..., Iterator[object]]


def tab_screen(key: str) -> Opener:
    def opener(qtbot, window, judge, tmp_path):
        show_tab(qtbot, window, key)
        yield window

    return opener


def summaries_screen(qtbot, window, judge, tmp_path):
    tab = show_tab(qtbot, window, "summaries")
    yield window  # before a draft
    tab.generate_button.click()
    qtbot.waitUntil(lambda: tab.summary is not None and not tab._busy, timeout=60000)
    yield window  # the draft shown


def signing_screen(qtbot, window, judge, tmp_path):
    panel = show_tab(qtbot, window, "signing")
    yield window  # no versions yet
    panel.issue_button.click()
    issue = active_modal(qtbot)
    yield issue
    issue.buttons.button(issue.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel._busy, timeout=60000)
    wait_idle(qtbot)
    yield window  # a version, its hashes and signatories
    for button in (panel.paper_button, panel.draw_button, panel.digital_button):
        button.click()
        dialog = active_modal(qtbot)
        if hasattr(dialog, "scan_path"):  # the signatories are filled in: a scan that is not there
            dialog.scan_path.setText(str(tmp_path / "missing-scan.pdf"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # shows what is missing
        assert dialog.isVisible() and dialog.error.text()
        yield dialog
        dialog.reject()


def card_screen(qtbot, window, judge, tmp_path):
    window.actions_["card"].trigger()
    qtbot.waitUntil(lambda: window.card is not None and window.card.isVisible())
    yield window.card


def search_screen(qtbot, window, judge, tmp_path):
    judge.data.add("mail")  # what the user typed
    with qtbot.waitSignal(window.search.results_shown, timeout=10000):
        qtbot.keyClicks(window.search.field, "mail")
    assert window.search.model.rowCount() > 0
    yield window


def record_dialog_screen(key: str, row: int | None) -> Opener:
    """The tab's editor dialog for a row (None: a new one, OK pressed to show its problems)."""

    def opener(qtbot, window, judge, tmp_path):
        tab = show_tab(qtbot, window, key)
        if row is None:
            tab.table.add_button.click()
        else:
            tab.table.select_row(row)
            tab.table.edit_button.click()
        dialog = active_modal(qtbot)
        if row is None:
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        yield dialog

    return opener


def nested_dialog_screen(key: str, sub_list: str, row: int | None) -> Opener:
    """A dialog opened from inside a record dialog (a level, a risk, a participant…)."""

    def opener(qtbot, window, judge, tmp_path):
        tab = show_tab(qtbot, window, key)
        tab.table.select_row(0)
        if tab.model.rowCount():
            tab.table.edit_button.click()
        else:
            tab.table.add_button.click()
        outer = active_modal(qtbot)
        rows = getattr(outer, sub_list)
        if row is None:
            rows.table.add_button.click()
        else:
            rows.table.select_row(row)
            rows.table.edit_button.click()
        qtbot.waitUntil(lambda: rows.dialog is not None and rows.dialog.isVisible())
        if row is None:
            rows.dialog.buttons.button(rows.dialog.buttons.StandardButton.Ok).click()
        yield rows.dialog

    return opener


def delete_question_screen(qtbot, window, judge, tmp_path):
    tab = show_tab(qtbot, window, "systems")
    tab.table.select_row(0)
    tab.table.delete_button.click()
    yield active_modal(qtbot, QMessageBox)


def delete_customer_screen(qtbot, window, judge, tmp_path):
    window.actions_["delete_customer"].trigger()
    yield active_modal(qtbot, QMessageBox)


def history_screen(qtbot, window, judge, tmp_path):
    """A saved change to a contact's phone and an archiving, each a line of the history."""
    session = window.context.session
    contact = session.file.contacts[0]
    session.replace_row("contacts", 0, dataclasses.replace(contact, phone="+97235559999"), "")
    window.actions_["save"].trigger()
    window.actions_["archive_customer"].trigger()
    tab = show_tab(qtbot, window, "history")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)
    yield window


def unsaved_question_screen(qtbot, window, judge, tmp_path):
    overview = show_tab(qtbot, window, "overview")
    overview.customer_form.editors["industry"].set_value("הובלה")
    window.controller.open_customer(sf.find_customer_id(window.context.db, "מרפאות השרון"))
    yield active_modal(qtbot, QMessageBox)


def not_saved_screen(qtbot, window, judge, tmp_path):
    show_tab(qtbot, window, "overview")
    session = window.context.session
    session.add_row("contacts", ContactData(), "+")
    session.set_field("name", "", "+")
    window.actions_["save"].trigger()
    yield window  # problems under the fields, in the banner and in the status bar


def conflict_screen(qtbot, window, judge, tmp_path):
    db = window.context.db
    theirs = sf.load_file(db, window.context.session.file.id)
    theirs.industry = "שילוח"
    sf.save_file(db, theirs)
    window.context.session.set_field("notes", "שלי", "+")
    window.actions_["save"].trigger()
    yield active_modal(qtbot)


def database_screen(qtbot, window, judge, tmp_path):
    window.switch_database(tmp_path / "missing.sqlite3")
    yield active_modal(qtbot)


def connect_screen(qtbot, window, judge, tmp_path):
    window.actions_["connect_database"].trigger()
    dialog = active_modal(qtbot)
    dialog.tabs.setCurrentIndex(1)
    dialog.try_connect()  # no host: the problem is said under the fields
    yield dialog


def server_problem_screen(qtbot, window, judge, tmp_path):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window.actions_["connect_database"].trigger()
    dialog = active_modal(qtbot)
    dialog.url_field.setText(f"postgresql://127.0.0.1:{port}/accountdesk")
    judge.data.add("Connection refused")  # libpq's own words, quoted as the reason
    dialog.try_connect()
    yield active_modal(qtbot, type(dialog.problem))


def about_screen(qtbot, window, judge, tmp_path):
    window.actions_["about"].trigger()
    yield active_modal(qtbot, QMessageBox)


def import_problems_screen(qtbot, window, judge, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps(
            {"format": "accountdesk.service-file", "version": 1, "customers": [{"name": ""}]}
        ),
        encoding="utf-8",
    )
    window.io.import_json_file(broken)
    qtbot.waitUntil(
        lambda: window.io.message is not None and window.io.message.isVisible(), timeout=10000
    )
    yield window.io.message


SCREENS: dict[str, Opener] = {
    "overview tab": tab_screen("overview"),
    "systems tab": tab_screen("systems"),
    "contacts tab": tab_screen("contacts"),
    "escalation tab": tab_screen("escalation"),
    "expectations tab": tab_screen("expectations"),
    "meetings tab": tab_screen("meetings"),
    "summaries tab": summaries_screen,
    "signed versions tab and signing dialogs": signing_screen,
    "supporter's card": card_screen,
    "search results": search_screen,
    "system dialog": record_dialog_screen("systems", 0),
    "new system dialog with problems": record_dialog_screen("systems", None),
    "contact dialog": record_dialog_screen("contacts", 0),
    "new contact dialog with problems": record_dialog_screen("contacts", None),
    "escalation dialog": record_dialog_screen("escalation", 0),
    "escalation level dialog": nested_dialog_screen("escalation", "levels", 1),
    "new escalation level with problems": nested_dialog_screen("escalation", "levels", None),
    "expectation dialog": record_dialog_screen("expectations", 0),
    "new expectation dialog with problems": record_dialog_screen("expectations", None),
    "risk dialog with problems": nested_dialog_screen("expectations", "risks", None),
    "meeting dialog": record_dialog_screen("meetings", None),
    "participant dialog with problems": nested_dialog_screen("meetings", "participants", None),
    "action item dialog with problems": nested_dialog_screen("meetings", "action_items", None),
    "delete question": delete_question_screen,
    "delete customer question": delete_customer_screen,
    "history tab": history_screen,
    "unsaved changes question": unsaved_question_screen,
    "not saved: problems shown": not_saved_screen,
    "conflict dialog": conflict_screen,
    "database dialog": database_screen,
    "about box": about_screen,
    "connect to a team database": connect_screen,
    "team database cannot be reached": server_problem_screen,
    "import problems": import_problems_screen,
}
