"""The Minutes page: generate, preview, print, sign and verify the biên bản."""

from .page import MinutesPage

__all__ = ["MinutesPage"]
