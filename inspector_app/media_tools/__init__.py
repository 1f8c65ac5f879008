"""Evidence helpers without Qt: thumbnails, photo ingest, recordings in progress, the watched folder.

Everything here works on files only (no database), so it is safe in a worker
thread; the database is written by the caller afterwards. Each part is a module
of its own (`kinds`, `thumbnails`, `import_job`, `recordings`, `watch`, and the
thread runner `parallel`); their public names are gathered here, so callers say
`media_tools.ingest(...)`, `media_tools.thumb_path(...)`.
"""

from __future__ import annotations

from .import_job import IngestResult, ingest, make_print_copies
from .kinds import AUDIO_SUFFIXES, IMAGE_SUFFIXES, is_audio, is_image
from .recordings import (
    discard_session,
    leftover_recordings,
    leftover_sessions,
    new_staging_path,
    save_session,
    session_file,
    staging_dir,
    write_tone_wav,
)
from .thumbnails import (
    EMBEDDED_MIN_SIDE,
    THUMB_SIZE,
    ThumbRequest,
    make_thumbnail,
    make_thumbnails,
    save_thumbnail,
    thumb_path,
    thumbnail_image,
    thumbnails_of,
    thumbs_dir,
)
from .watch import folder_snapshot, scan_new_images

__all__ = [
    "AUDIO_SUFFIXES", "EMBEDDED_MIN_SIDE", "IMAGE_SUFFIXES", "THUMB_SIZE", "IngestResult", "ThumbRequest",
    "discard_session", "folder_snapshot", "ingest", "is_audio", "is_image", "leftover_recordings",
    "leftover_sessions", "make_print_copies", "make_thumbnail", "make_thumbnails", "new_staging_path",
    "save_session", "save_thumbnail", "scan_new_images", "session_file", "staging_dir", "thumb_path",
    "thumbnail_image", "thumbnails_of", "thumbs_dir", "write_tone_wav",
]
