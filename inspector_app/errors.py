"""Errors the core raises, each with a Vietnamese and an English message.

The core has no Qt and so no `tr()`: every error carries a code and
parameters, and `message(lang)` renders it from the core's one catalogue
(`inspector_app/catalogue/`). The messages say what happened and what to do,
in words an official reads.
"""

from __future__ import annotations

from .catalogue import ERRORS as MESSAGES
from .catalogue import render


class InspectorError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, code: str, **params: object) -> None:
        if code not in MESSAGES:
            raise KeyError(code)
        self.code = code
        self.params = params
        super().__init__(self.message("vi"))

    def message(self, lang: str = "vi") -> str:
        return render(MESSAGES[self.code], lang, self.params)


class ValidationError(InspectorError):
    """A mutation was refused before anything was written."""


class NotFoundError(ValidationError):
    pass


class LifecycleError(ValidationError):
    pass


class WorkspaceError(InspectorError):
    """The workspace cannot be opened, created or written."""


class WorkspaceLockedError(WorkspaceError):
    def __init__(self, path: str, pid: int) -> None:
        super().__init__("workspace_locked", path=path, pid=pid)
        self.pid = pid


class SyncError(InspectorError):
    """A bundle was refused, or could not be written; nothing was changed."""

    @property
    def reason(self) -> str:
        return self.code


def os_reason(exc: OSError) -> tuple[str, str]:
    """Why a file could not be read or written, in words (Vietnamese, English), not the OS's text."""
    import errno

    reasons = {
        errno.ENOENT: ("không tìm thấy tệp", "the file was not found"),
        errno.EACCES: ("không có quyền đọc hoặc ghi tệp", "permission denied"),
        errno.EPERM: ("không có quyền đọc hoặc ghi tệp", "permission denied"),
        errno.EISDIR: ("đây là một thư mục, không phải tệp", "this is a folder, not a file"),
        errno.ENOSPC: ("ổ đĩa đã đầy", "the disk is full"),
        errno.EIO: ("thiết bị lưu trữ bị rút ra hoặc đọc lỗi", "the storage device was removed or failed"),
        errno.ENODEV: ("thiết bị lưu trữ bị rút ra hoặc đọc lỗi", "the storage device was removed or failed"),
        errno.EROFS: ("thiết bị chỉ cho phép đọc", "the device is read-only"),
    }
    return reasons.get(exc.errno or 0, ("lỗi đọc hoặc ghi tệp", "a read or write error"))
