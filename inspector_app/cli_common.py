"""What every command group of `inspector-cli` shares: finding and opening the workspace.

Kept apart from `cli.py` so that the command groups (`cli_minutes`,
`cli_sync`, `cli_visit`) need not import the module that imports them.
"""

from __future__ import annotations

from pathlib import Path


def workspace_path(args) -> Path:
    """The workspace named by `--workspace`, or the user's default one."""
    from .paths import default_workspace
    return Path(getattr(args, "workspace", None) or default_workspace())


def open_workspace(args):
    """The workspace of `args`, opened (and locked) for this command."""
    from .workspace import Workspace
    return Workspace.open(workspace_path(args))


def pick(lang: str, pair: tuple[str, str]) -> str:
    """The English or Vietnamese half of a (vi, en) pair."""
    return pair[1] if lang == "en" else pair[0]
