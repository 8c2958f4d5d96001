"""Canned replies: a team's texts for chats and emails."""
