"""Notes of photo imports: one cut short is found at the next start, with what was kept."""

from __future__ import annotations

from inspector_app import media_imports


def test_an_import_cut_short_is_found_with_what_was_kept(ws, visit, tmp_path):
    names = [tmp_path / f"IMG_{n}.jpg" for n in range(5)]
    note = media_imports.begin_import(ws, visit["visit"], names)
    media_imports.note_kept(note, ["IMG_0.jpg", "IMG_1.jpg"])
    assert media_imports.interrupted_imports(ws) == []          # running here: not interrupted
    media_imports.cut_short(note)
    (cut,) = media_imports.interrupted_imports(ws)
    assert cut["visit_id"] == visit["visit"] and cut["kept"] == ["IMG_0.jpg", "IMG_1.jpg"]
    assert cut["names"] == [f"IMG_{n}.jpg" for n in range(5)]
    media_imports.end_import(cut["note"])
    assert media_imports.interrupted_imports(ws) == []


def test_an_import_that_ends_leaves_no_note(ws, visit, tmp_path):
    note = media_imports.begin_import(ws, visit["visit"], [tmp_path / "a.jpg"])
    media_imports.end_import(note)
    assert not note.exists() and media_imports.interrupted_imports(ws) == []
