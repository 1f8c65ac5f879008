"""`inspector-cli` commands for the minutes feature (none yet)."""

from __future__ import annotations


def register(commands, common, parser_class) -> dict:
    """Add this feature's sub-commands to `commands`; return their handlers."""
    return {}
