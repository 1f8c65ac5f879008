"""The Sync screen: bundles out and in, conflicts, history, trusted devices."""

from .page import SyncPage

__all__ = ["SyncPage"]
