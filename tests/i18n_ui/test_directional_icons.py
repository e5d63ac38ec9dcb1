"""Icons that point the way text runs (undo, redo) are mirrored in Hebrew and Persian.

Each directional action's icon, in every mode a menu draws it in, is compared pixel for
pixel with the English one flipped left to right: when the window is made in the language,
and after switching to it at run time.
"""

from __future__ import annotations

import pytest
from i18n_screens import (  # noqa: F401 - fixtures
    RTL_LANGUAGES,
    compiled_translations,
    db,
    make_window,
    settings,
    template_db,
    wait_idle,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage

SIZE = 16
MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled)


def image(icon: QIcon, mode: QIcon.Mode) -> QImage:
    return icon.pixmap(SIZE, SIZE, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def same(a: QImage, b: QImage) -> bool:
    return a.size() == b.size() and a.constBits().tobytes() == b.constBits().tobytes()


def english_images(make_window) -> dict[tuple[str, QIcon.Mode], QImage]:
    window = make_window("en", customer=None)
    found = {
        (name, mode): image(action.icon(), mode)
        for name, action in window.actions_.directional.items()
        for mode in MODES
    }
    window._may_close = True
    window.close()
    return found


def mirror_problems(window, english) -> list[str]:
    problems = []
    for name, action in window.actions_.directional.items():
        for mode in MODES:
            wanted = english[name, mode].flipped(Qt.Orientation.Horizontal)
            if same(image(action.icon(), mode), english[name, mode]):
                problems.append(f"{name} ({mode.name}): the English icon, not mirrored")
            elif not same(image(action.icon(), mode), wanted):
                problems.append(f"{name} ({mode.name}): not the English icon mirrored")
    return problems


def test_the_directional_actions_are_undo_and_redo(qtbot, make_window):
    window = make_window("en", customer=None)
    assert set(window.actions_.directional) == {"undo", "redo"}
    for action in window.actions_.directional.values():
        assert not action.icon().isNull()
        icon = image(action.icon(), QIcon.Mode.Normal)
        assert not same(icon, icon.flipped(Qt.Orientation.Horizontal)), (
            "a symmetric icon proves nothing"
        )


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_directional_icons_are_mirrored_in_a_right_to_left_window(qtbot, make_window, lang):
    english = english_images(make_window)
    window = make_window(lang, customer=None)
    assert not mirror_problems(window, english)


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_directional_icons_mirror_when_the_language_is_switched_and_back(qtbot, make_window, lang):
    english = english_images(make_window)
    window = make_window("en", customer=None)
    window.actions_.languages[lang].trigger()
    wait_idle(qtbot)
    assert not mirror_problems(window, english)
    window.actions_.languages["en"].trigger()
    wait_idle(qtbot)
    for name, action in window.actions_.directional.items():
        for mode in MODES:
            assert same(image(action.icon(), mode), english[name, mode]), (name, mode)
