"""A team's routing mode and its people's skills (what the router matches on)."""
