"""Client records, their relatives, and the audit of every read."""
