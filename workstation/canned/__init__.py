"""Canned replies: a team's reusable answers."""
