"""The regional contact queue and its chats."""
