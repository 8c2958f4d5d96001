"""What the use cases need of the running core, as protocols: the UI hands in its sync
worker (which owns the engine on its thread), tests hand in a recorder or the engine."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Submitter(Protocol):
    """Queues a local edit: its outbox entry and optimistic rows are written by the one
    writer thread, then pushed."""

    def submit(self, name: str, args: dict, optimistic=(), base_version=None,
               done=None) -> None: ...


class Core(Submitter, Protocol):
    """The core as the UI sees it: edits, the writer's small jobs and a few questions about
    work in flight. Nothing here blocks the caller except ``fetch_attachment`` (call it off
    the GUI thread)."""

    def call(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` on the writer thread, in order with the edits."""

    def awaiting_write(self, entity: str, record_id: str) -> bool:
        """Whether an edit of this record is queued but not yet in the store."""

    def save_draft(self, key: str, text: str) -> None:
        """Keep (or, when empty, forget) an unsent text; written in order with the edits."""

    def forget_draft(self, key: str, text: str) -> None:
        """Forget a draft if it still says ``text`` (the server has it now); a draft
        changed since stays. Written in order with the edits and draft saves."""

    def fetch_attachment(self, inbound_id: str, index: int) -> bytes:
        """One attachment of an inbound mail from the server (blocking: HTTP)."""

    def adopt_login(self, api: Any) -> None:
        """Take over a renewed login's tokens and send what waited for it."""


def plain(record: dict[str, Any]) -> dict[str, Any]:
    """A record without the store's own keys (``_pending``): what an optimistic row holds."""
    return {k: v for k, v in record.items() if not k.startswith("_")}
