"""Client-generated ids: time-ordered UUIDs (v7), so B-tree inserts stay local and ids sort
by creation on both the workstation and the server."""

from __future__ import annotations

import os
import time
import uuid


def new_id() -> str:
    maker = getattr(uuid, "uuid7", None)  # Python 3.14+
    if maker is not None:
        return str(maker())
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80  # 48-bit Unix time in milliseconds
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 62) & 0xFFF) << 64  # 12 random bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)  # 62 random bits
    return str(uuid.UUID(int=value))
