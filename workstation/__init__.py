"""Client core of the counsellor workstation: domain rules, wire contract, local store and
sync engine. Pure Python: never imports PySide6, ``ui`` or ``server`` (a test enforces it)."""

__version__ = "0.1.0"
