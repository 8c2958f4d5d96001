"""Shared by every subject of the UI: translation, labels, background work."""
