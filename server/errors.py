"""One shape for "refused, with an HTTP status and a message for a person", raised by
service code that routes translate without knowing the subject."""

from __future__ import annotations


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message
