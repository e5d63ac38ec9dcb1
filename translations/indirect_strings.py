"""Strings the code translates through small helpers lupdate cannot follow.

`_tr("…")` helpers (QCoreApplication.translate with a fixed context) and the module-level
`tr()` of accountdesk/ui/signing are invisible to pyside6-lupdate, so their texts are listed
here with the context the helper uses at run time. Only lupdate reads this file; nothing
imports it. Keep it in step with the code (tests/i18n_ui checks that it is).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


STRINGS = (
    # accountdesk/ui/file/meeting_dialog.py
    QT_TRANSLATE_NOOP('MeetingDialog', 'Done'),
    # accountdesk/ui/file/timeline.py
    QT_TRANSLATE_NOOP('Timeline', ', '),
    QT_TRANSLATE_NOOP('Timeline', 'Raised {moment}'),
    QT_TRANSLATE_NOOP('Timeline', "The service window's time zone is not known; times cannot be worked out."),
    QT_TRANSLATE_NOOP('Timeline', 'at {time}'),
    QT_TRANSLATE_NOOP('Timeline', 'level {number} {when}'),
    QT_TRANSLATE_NOOP('Timeline', '{start}: no escalation levels yet.'),
    # accountdesk/ui/search/model.py
    QT_TRANSLATE_NOOP('Search', "Enter opens the service file; Ctrl+Enter opens the supporter's card"),
    # accountdesk/ui/signing/model.py
    QT_TRANSLATE_NOOP('Signing', 'CHANGED — DO NOT TRUST'),
    QT_TRANSLATE_NOOP('Signing', 'Hashes match'),
    QT_TRANSLATE_NOOP('Signing', 'checking…'),
    QT_TRANSLATE_NOOP('Signing', 'signatures valid'),
    # accountdesk/ui/widgets/prompts.py
    QT_TRANSLATE_NOOP('Prompts', 'Delete'),
    QT_TRANSLATE_NOOP('Prompts', 'Delete “{what}”?'),
    QT_TRANSLATE_NOOP('Prompts', 'The service file of “{name}” has changes that are not saved.'),
    QT_TRANSLATE_NOOP('Prompts', 'Unsaved changes'),
    # accountdesk/ui/window/controller.py
    QT_TRANSLATE_NOOP('FileController', 'JSON files (*.json)'),
    QT_TRANSLATE_NOOP('FileController', 'Keep a copy of my version'),
    QT_TRANSLATE_NOOP('FileController', 'New customer'),
    QT_TRANSLATE_NOOP('FileController', 'New customer: fill in the overview, then save (Ctrl+S).'),
    QT_TRANSLATE_NOOP('FileController', 'Not saved'),
    QT_TRANSLATE_NOOP('FileController', 'Not saved: {count} problem(s) to fix; each is shown next to its field.'),
    QT_TRANSLATE_NOOP('FileController', 'Opened {name}'),
    QT_TRANSLATE_NOOP('FileController', 'Reloaded {name} as saved elsewhere; your changes were discarded.'),
    QT_TRANSLATE_NOOP('FileController', 'Saved {name}'),
    QT_TRANSLATE_NOOP('FileController', 'That customer no longer exists; the list is refreshed.'),
    QT_TRANSLATE_NOOP('FileController', 'The database refused the save: {reason}'),
    QT_TRANSLATE_NOOP('FileController', 'Your version is in {path}; showing the saved one.'),
    QT_TRANSLATE_NOOP('FileController', 'Your version is saved as a new customer: {name}'),
    QT_TRANSLATE_NOOP('FileController', '{name} (my copy {number})'),
    QT_TRANSLATE_NOOP('FileController', '{name} (my copy)'),
    # accountdesk/ui/window/import_export.py
    QT_TRANSLATE_NOOP('ImportExport', 'CSV files (*.csv *.txt)'),
    QT_TRANSLATE_NOOP('ImportExport', 'Cannot write {path}: {reason}'),
    QT_TRANSLATE_NOOP('ImportExport', 'Export the listed customers as JSON'),
    QT_TRANSLATE_NOOP('ImportExport', 'Export this customer as JSON'),
    QT_TRANSLATE_NOOP('ImportExport', 'Exported {count} customer(s) to {path}'),
    QT_TRANSLATE_NOOP('ImportExport', 'Exported {name} to {path}'),
    QT_TRANSLATE_NOOP('ImportExport', 'Exporting…'),
    QT_TRANSLATE_NOOP('ImportExport', 'Import contacts from CSV'),
    QT_TRANSLATE_NOOP('ImportExport', 'Import customers from JSON'),
    QT_TRANSLATE_NOOP('ImportExport', 'Import from CSV'),
    QT_TRANSLATE_NOOP('ImportExport', 'Import systems from CSV'),
    QT_TRANSLATE_NOOP('ImportExport', 'Imported {count} customer(s) from {name}'),
    QT_TRANSLATE_NOOP('ImportExport', 'Imported {count} row(s) from {name}'),
    QT_TRANSLATE_NOOP('ImportExport', 'Importing {name}…'),
    QT_TRANSLATE_NOOP('ImportExport', 'JSON files (*.json)'),
    QT_TRANSLATE_NOOP('ImportExport', 'Not exported'),
    QT_TRANSLATE_NOOP('ImportExport', 'Nothing was imported'),
    QT_TRANSLATE_NOOP('ImportExport', 'Open (and save) the customer to import into first.'),
    QT_TRANSLATE_NOOP('ImportExport', 'The file has problems; nothing was imported:'),
    QT_TRANSLATE_NOOP('ImportExport', '… and {count} more'),
)
