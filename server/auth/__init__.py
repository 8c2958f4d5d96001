"""Login, tokens and the caller's identity on every request."""
