"""Visible names for codes the core stores without labels (answer types, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.checklists.answer_types import TYPES

translate = QCoreApplication.translate


def answer_type_label(kind: str) -> str:
    """The name of an answer type, e.g. "compliance" → "Đạt / Không đạt / Không áp dụng"."""
    names = {
        "compliance": translate("LibraryLabels", "Compliant / non-compliant"),
        "yes_no": translate("LibraryLabels", "Yes / no"),
        "number": translate("LibraryLabels", "Number"),
        "text": translate("LibraryLabels", "Text"),
        "date": translate("LibraryLabels", "Date"),
        "time": translate("LibraryLabels", "Time"),
        "datetime": translate("LibraryLabels", "Date and time"),
        "single_choice": translate("LibraryLabels", "Single choice"),
        "multi_choice": translate("LibraryLabels", "Multiple choice"),
        "score": translate("LibraryLabels", "Score"),
    }
    return names.get(kind, kind)


def answer_type_options() -> list[tuple[str, str]]:
    return [(kind, answer_type_label(kind)) for kind in TYPES]


def status_label(status: str) -> str:
    names = {"draft": translate("LibraryLabels", "Draft"), "published": translate("LibraryLabels", "Published")}
    return names.get(status, status)


def source_label(source: str | None) -> str:
    names = {
        "builtin": translate("LibraryLabels", "Built-in"),
        "local": translate("LibraryLabels", "Made on this computer"),
        "distribution": translate("LibraryLabels", "From headquarters"),
    }
    return names.get(source or "", source or "")


def yes_mark(value: bool) -> str:
    return "✓" if value else ""
