"""Fixtures shared by the server tests that play the queue's people against a module's own
``server``."""

from __future__ import annotations

import pytest

from tests.support.desk import log_in_queue_people


@pytest.fixture(scope="module")
def people(server):
    """The queue's people at their desks, logged in once for the module's server."""
    desks = log_in_queue_people(server)
    yield desks
    for desk in desks.values():
        desk.close()
