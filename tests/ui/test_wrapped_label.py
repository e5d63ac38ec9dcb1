"""A wrapped line of a dialog stays inside its box at any width, in either direction: Qt
places a right-to-left line's trailing space at its left end, which once pushed the
line's last word past the label's left edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ink_columns

from accountdesk.ui.widgets.wrapped_label import WrappedLabel

TEXTS = {
    "he": "הקובץ פגום: הבדיקה המהירה מצאה שגיאות, ואין לכתוב אליו עד שישוחזר מגיבוי שנבדק.",
    "fa": "پرونده آسیب دیده است: بررسی سریع خطا یافت و تا بازیابی از پشتیبان در آن نوشته نمی‌شود.",
    "ar": "الملف تالف: وجد الفحص السريع أخطاء، ولن يُكتب فيه شيء حتى يُستعاد من نسخة احتياطية.",
    "en": "The file is damaged: the quick check found errors, and nothing is written to it.",
}


@pytest.mark.parametrize("language", list(TEXTS))
def test_every_line_is_inside_the_label_at_any_width(qtbot, language):
    label = WrappedLabel()
    qtbot.addWidget(label)
    label.setLayoutDirection(
        Qt.LayoutDirection.LeftToRight if language == "en" else Qt.LayoutDirection.RightToLeft
    )
    label.setText(TEXTS[language])
    for width in range(140, 400, 3):
        label.resize(width, label.heightForWidth(width))
        left, right = ink_columns(label)
        assert left >= 0 and right < width, (width, left, right)
