"""The queue as it is drawn: each channel's icon, and waiting times that turn amber past
their channel's target and red past twice it, said in words too (tooltip, screen reader)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from ui.common import theme
from ui.home.glance import glance
from ui.queue.model import COLUMNS, QueueModel

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
R = Qt.ItemDataRole
WAITING = COLUMNS.index("waiting")


def contact(cid: str, channel: str, waited: int, **extra) -> dict:
    return {"id": cid, "status": "waiting", "channel": channel, "language": "fi",
            "created_at": (NOW - timedelta(seconds=waited)).isoformat(), "priority": 0,
            "subject": "s", **extra}


def model_of(rows: list[dict]) -> QueueModel:
    model = QueueModel({}, user_id="me")
    model.apply(rows)
    model.now = NOW
    return model


def test_waiting_times_turn_colour_past_the_target(qapp, qtmodeltester):
    theme.apply(qapp, high_contrast=False)
    rows = [contact("phone-ok", "phone", 59), contact("phone-over", "phone", 61),
            contact("chat-late", "chat", 300), contact("email-ok", "email", 3600)]
    model = model_of(rows)
    qtmodeltester.check(model, force_py=True)
    colours = theme.brushes()

    def cell(cid: str, role):
        return model.data(model.index(model.row_of(cid), WAITING), role)

    assert cell("phone-ok", R.BackgroundRole) is None
    assert cell("email-ok", R.BackgroundRole) is None
    assert cell("phone-over", R.BackgroundRole) == colours.warn_bg
    assert cell("phone-over", R.ForegroundRole) == colours.warn
    assert cell("chat-late", R.BackgroundRole) == colours.error_bg
    assert cell("chat-late", R.ForegroundRole) == colours.error
    # Not by colour alone.
    assert cell("phone-over", R.ToolTipRole) == "1:01, over the target 1:00"
    assert cell("chat-late", R.AccessibleTextRole) == "5:00, over twice the target 2:00"
    assert cell("phone-ok", R.ToolTipRole) is None


def test_the_clock_moves_a_row_past_its_target(qapp, qtbot):
    model = model_of([contact("c", "chat", 100)])
    index = model.index(0, WAITING)
    assert model.data(index, R.BackgroundRole) is None
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.tick()                      # now is the real clock: long past 2 minutes
    assert R.BackgroundRole in changed.args[2], "the tick repaints the colour too"
    assert model.data(index, R.BackgroundRole) == theme.brushes().error_bg


def test_each_channel_has_its_icon(qapp):
    rows = [contact(c, c, 1) for c in ("phone", "chat", "email", "callback", "walk_in")]
    model = model_of(rows)
    icons = [model.data(model.index(n, 0), R.DecorationRole) for n in range(len(rows))]
    assert all(isinstance(i, QIcon) and not i.isNull() for i in icons)
    keys = {i.pixmap(16, 16).toImage().bits().tobytes() for i in icons}
    assert len(keys) == len(rows), "five channels, five different pictures"
    assert model.data(model.index(0, 1), R.DecorationRole) is None


def test_the_glance_counts_by_channel_and_language_and_finds_transfers():
    rows = [contact("a", "chat", 50), contact("b", "chat", 500, language="sv"),
            contact("c", "phone", 10),
            contact("d", "email", 20, handed_over_by="pekka", offered_to="me"),
            contact("e", "chat", 5, handed_over_by="pekka", team_id="t1"),
            contact("f", "chat", 5, handed_over_by="pekka", team_id="t2"),
            contact("g", "callback", 0, window_start=(NOW + timedelta(hours=1)).isoformat())]
    g = glance(rows, now=NOW, user_id="me", team_id="t1")
    assert g.total == 7
    assert (g.count.waiting, g.count.later) == (6, 1), "counted as the queue dock counts"
    assert g.channels["chat"].waiting == 4 and g.channels["chat"].oldest_contact["id"] == "b"
    assert g.channels["callback"].waiting == 1 and g.channels["callback"].oldest is None
    assert g.channels["walk_in"].waiting == 0
    assert g.languages == {"fi": 6, "sv": 1}
    assert [r["id"] for r in g.transfers] == ["d", "e"]
