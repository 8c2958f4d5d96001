"""The waiting-time targets the queue colours by: per channel, a callback by its promise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from workstation.queue.targets import WAIT_TARGETS, WaitLevel, wait_level

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@given(st.sampled_from(sorted(WAIT_TARGETS)), st.floats(0, 100_000), st.floats(0, 100_000))
def test_a_longer_wait_never_stands_better(channel, a, b):
    shorter, longer = sorted((a, b))
    assert wait_level(channel, shorter) <= wait_level(channel, longer)


@given(st.sampled_from(sorted(WAIT_TARGETS)))
def test_the_target_and_twice_it_are_where_the_colour_changes(channel):
    target = WAIT_TARGETS[channel]
    assert wait_level(channel, target - 1) == WaitLevel.OK
    assert wait_level(channel, target) == WaitLevel.OVER
    assert wait_level(channel, 2 * target - 1) == WaitLevel.OVER
    assert wait_level(channel, 2 * target) == WaitLevel.LATE


def test_the_documented_defaults():
    assert WAIT_TARGETS == {"phone": 60, "chat": 120, "walk_in": 600, "email": 4 * 3600}


@given(st.integers(-7200, 7200))
def test_a_callback_is_judged_by_its_promised_time_not_its_wait(minutes_left_s):
    due = NOW + timedelta(seconds=minutes_left_s)
    level = wait_level("callback", 10_000_000, due_at=due, now=NOW)
    if minutes_left_s <= 0:
        assert level == WaitLevel.LATE
    elif minutes_left_s <= 15 * 60:
        assert level == WaitLevel.OVER
    else:
        assert level == WaitLevel.OK
    assert wait_level("callback", None) == WaitLevel.OK, "no promise, no colour"
