"""Qt's own words that a user sees, listed so that our catalogue can translate them.

Qt ships no Vietnamese catalogue (there is no qtbase_vi.qm), so every dialog,
button and menu that Qt builds itself would stay in English. The modules of
this package list those texts with QT_TRANSLATE_NOOP(context, source), using
Qt's own context (its class name) and its exact source text, accelerators and
%1 placeholders included. `make translations` (pyside6-lupdate over every file
in ui/) extracts them into resources/i18n/inspector_vi.ts, where they are
translated with the rest of the app; because our QTranslator is installed on
the whole application, Qt's own QCoreApplication::translate(context, source)
calls find them there.

Nothing imports these modules; they exist for lupdate. The texts come from
Qt itself (6.12.0 and 6.11.3 agree): from the translate() calls the dialogs
make (observed with a logging QTranslator) and from the up-to-date Qt
catalogues in the PySide6 wheel (PySide6/Qt/translations/qtbase_*.qm), checked
against the strings in the Qt libraries. When Qt is upgraded, check them again.

- common: dialog and wizard buttons, message and input boxes, the context
  menus of text fields, spin boxes and scroll bars;
- file_dialog: Qt's own file dialog (used where no native one exists), its file
  list (QFileSystemModel) and the file kinds it shows;
- print_dialog: the print dialog of Linux (CUPS) and its properties dialog;
- page_sizes: the paper names of QPageSize shown in that properties dialog.
"""
