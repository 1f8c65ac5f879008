"""Qt's own file dialog (QFileDialog without a native dialog: Linux without a
portal, QFileDialog.Option.DontUseNativeDialog), its file list and its file kinds.
See the package docstring."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Labels, tool buttons, accept buttons and window titles.
FILE_DIALOG = [
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    # Read as key sequences: the translation must stay a valid shortcut.
    QT_TRANSLATE_NOOP("QFileDialog", "Alt+Left"),
    QT_TRANSLATE_NOOP("QFileDialog", "Alt+Right"),
    QT_TRANSLATE_NOOP("QFileDialog", "Alt+Up"),
]
# File type filters.
FILE_DIALOG_FILTERS = [
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "All files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
]
# Context menus of the file list, of the sidebar and of the list's header
# ("Show " is followed by a column name).
FILE_DIALOG_MENUS = [
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Remove"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show "),
]
# Questions and errors.
FILE_DIALOG_MESSAGES = [
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    QT_TRANSLATE_NOOP("QFileDialog",
                      "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory."),
]
# Column headers of the detail view, and the root of the file system
# ("My Computer" on Windows, "Kind" instead of "Type" on macOS).
FILE_SYSTEM_MODEL = [
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
]
# The Type column for what is not a file with a known MIME type
# ("File Folder" and "Shortcut" on Windows, "Alias" on macOS).
FILE_ICON_PROVIDER = [
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
]
# The Type column for files. Where the system has a shared MIME database
# (most Linux desktops) its comments come already translated; elsewhere Qt uses
# its built-in database and translates the comment in context "QMimeType".
# Listed: the kinds our dialogs ask for (photos, recordings, PDF) and the
# office files an official's folders are full of.
MIME_TYPES = [
    QT_TRANSLATE_NOOP("QMimeType", "Joint Photographic Experts Group"),
    QT_TRANSLATE_NOOP("QMimeType", "Portable Network Graphics"),
    QT_TRANSLATE_NOOP("QMimeType", "Tagged Image File Format"),
    QT_TRANSLATE_NOOP("QMimeType", "Windows bitmap"),
    QT_TRANSLATE_NOOP("QMimeType", "Graphics Interchange Format"),
    QT_TRANSLATE_NOOP("QMimeType", "MPEG-1 Audio Layer 3"),
    QT_TRANSLATE_NOOP("QMimeType", "Ogg Vorbis Codec Compressed WAV File"),
    QT_TRANSLATE_NOOP("QMimeType", "Ogg Opus Codec Compressed WAV File"),
    QT_TRANSLATE_NOOP("QMimeType", "Free Lossless Audio Codec"),
    QT_TRANSLATE_NOOP("QMimeType", "Portable Document Format"),
    QT_TRANSLATE_NOOP("QMimeType", "Microsoft Word Document"),
    QT_TRANSLATE_NOOP("QMimeType", "Office Open XML Document"),
    QT_TRANSLATE_NOOP("QMimeType", "Microsoft Excel Spreadsheet"),
    QT_TRANSLATE_NOOP("QMimeType", "Office Open XML Workbook"),
    QT_TRANSLATE_NOOP("QMimeType", "Microsoft Powerpoint Presentation"),
    QT_TRANSLATE_NOOP("QMimeType", "Office Open XML Presentation"),
    QT_TRANSLATE_NOOP("QMimeType", "Compressed Archive File"),
]
