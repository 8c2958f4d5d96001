"""The regional queue and the offers."""
