"""The chat conversation view."""
