"""The status bar tells the counsellor when one change holds up the rest."""

from __future__ import annotations


def test_a_change_that_keeps_failing_is_shown_until_it_goes_through(qtbot, main_window):
    window = main_window("anna")
    status = window.status
    assert not status.stuck_label.isVisible()
    # What the sync worker emits after workstation.sync.STUCK_AFTER failed pushes in a row.
    window.worker.push_stuck.emit("appointment.book", 5, "The database is busy.")
    qtbot.waitUntil(status.stuck_label.isVisible, timeout=3000)
    text = status.stuck_label.text()
    assert "5" in text and text == status.tr(
        "⚠ A change has failed %n time(s); the changes after it wait", "", 5)
    assert "failed" not in text, "shown in the user's language (Finnish here)"
    assert "appointment.book" in status.stuck_label.toolTip()
    assert "The database is busy." in status.stuck_label.toolTip()
    window.worker.push_stuck.emit("", 0, "")
    qtbot.waitUntil(lambda: not status.stuck_label.isVisible(), timeout=3000)
