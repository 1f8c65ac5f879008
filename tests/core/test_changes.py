"""`Changes`: what a mutation touched, asked about one or several entities."""

from inspector_app.changes import Changes


def test_touches_answers_for_any_of_the_entities_asked():
    changes = Changes.of([("finding", "f1"), ("request", "r1")])
    assert changes.touches("finding")
    assert changes.touches("visit", "request")
    assert not changes.touches("visit", "media")
    assert not changes.touches()
    assert not Changes().touches("finding")
