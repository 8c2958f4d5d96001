"""The regional queue dock."""
