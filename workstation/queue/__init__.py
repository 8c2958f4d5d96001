"""The regional contact queue: channels, statuses and the rules for chat messages."""
