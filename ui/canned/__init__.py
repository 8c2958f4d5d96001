"""Canned replies: inserting one into a reply, and managing the team's."""
