"""Row and op ids: UUIDv7 in canonical text form, time-ordered; natural ids stable."""

import uuid

from inspector_app.ids import natural_id, uuid7


def test_uuid7_is_a_canonical_version_7_uuid():
    text = uuid7()
    parsed = uuid.UUID(text)
    assert str(parsed) == text
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_uuid7_sorts_in_creation_order_and_never_repeats():
    ids = [uuid7() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_natural_id_is_the_same_on_every_device_and_differs_by_part():
    assert natural_id("visit-1", "item-A") == natural_id("visit-1", "item-A")
    assert natural_id("visit-1", "item-A") != natural_id("visit-1", "item-B")
    # Pinned: the value other laptops compute for the same key must never change.
    assert natural_id("a", "b") == "9d2bd635-3681-5f7d-becb-21536b34eb14"
