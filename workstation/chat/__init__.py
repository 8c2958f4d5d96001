"""Chat and email: the conversation of a contact."""
