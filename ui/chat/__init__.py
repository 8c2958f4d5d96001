"""The open contacts: a tab each, the conversation, the wrap-up and the handover."""
