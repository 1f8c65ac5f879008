"""The Library: checklists and their legal bases, org units, plans and teams."""

from .page import LibraryPage

__all__ = ["LibraryPage"]
