"""Visible names for codes the core stores without labels (answer types, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.checklists import answer_types

translate = QCoreApplication.translate


def answer_type_label(kind: str, lang: str = "vi") -> str:
    """The name of an answer type, e.g. "percentage" → "Tỷ lệ phần trăm": the core type's own."""
    return answer_types.label(kind, lang)


def answer_type_options(lang: str = "vi") -> list[tuple[str, str]]:
    return [(kind, answer_type_label(kind, lang)) for kind in answer_types.TYPES]


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
