"""Callback requests: calling a citizen back, up to three tries."""
