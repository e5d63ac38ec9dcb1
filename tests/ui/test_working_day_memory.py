"""What a working day leaves behind: nothing that grows with the number of actions.

(tests/benchmarks/bench_working_day.py drives 2,000 actions and measures memory; these
check the pieces one by one.)
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from ui_helpers import customer_id

from accountdesk.domain.languages import CODES
from accountdesk.services import service_files as sf
from accountdesk.ui.language import LanguageManager


def deferred_deletes() -> None:
    QCoreApplication.processEvents()  # a language switch reaches the windows posted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_switching_languages_all_day_loads_each_language_once(qapp):
    manager = LanguageManager(qapp)
    for language in CODES:
        manager.apply(language)
    loaded = len(qapp.findChildren(QTranslator))
    for _ in range(10):
        for language in CODES:
            manager.apply(language)
    deferred_deletes()
    assert len(qapp.findChildren(QTranslator)) == loaded
    manager.apply("he")  # and a language switched back to is still translated
    hebrew = QCoreApplication.translate("Actions", "&File")
    manager.apply("en")
    assert hebrew == "&קובץ"
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_the_card_deletes_the_content_it_replaces(qtbot, window, db):
    acme = sf.load_file(db, customer_id(db, "Acme Logistics"))
    window.show_card(acme)
    old = window.card.scroll_area.widget()
    old_buttons = list(window.card.copy_buttons)
    window.languages.apply("he")  # a language switch builds the card again
    deferred_deletes()
    assert not shiboken6.isValid(old)
    assert old_buttons and not any(shiboken6.isValid(b) for b in old_buttons)
    replaced = window.card.scroll_area.widget()
    window.show_card(acme)
    deferred_deletes()
    assert not shiboken6.isValid(replaced)


def test_an_old_session_is_deleted_when_another_customer_opens(qtbot, window, db):
    from ui_helpers import open_customer

    open_customer(qtbot, window, "Acme Logistics")
    first = window.context.session
    stack = first.undo_stack
    others = [n for n in (r.name for r in sf.list_customers(db)) if n != "Acme Logistics"]
    open_customer(qtbot, window, others[0])
    deferred_deletes()
    assert not shiboken6.isValid(first) and not shiboken6.isValid(stack)
    assert window.undo_group.stacks() == [window.context.session.undo_stack]


def test_background_work_is_let_go_once_done(qapp):
    """What a search or a summary draft captures (a copy of the file, the database) is
    freed when it is done, not kept by the finished task for the rest of the day."""
    import gc
    import weakref

    from PySide6.QtCore import QObject, QThreadPool

    from accountdesk.ui.operations import BackgroundOp

    class Payload:
        pass

    owner = QObject()
    payloads: list[weakref.ref] = []
    results: list[int] = []
    for number in range(200):
        payload = Payload()
        payloads.append(weakref.ref(payload))
        BackgroundOp(owner, lambda payload=payload, number=number: number).success(
            results.append
        ).run()
        del payload
        if number % 10 == 0:
            QThreadPool.globalInstance().waitForDone(10000)
            qapp.processEvents()
    QThreadPool.globalInstance().waitForDone(10000)
    deferred_deletes()
    deferred_deletes()
    gc.collect()
    assert len(results) == 200
    assert [ref for ref in payloads if ref() is not None] == []
