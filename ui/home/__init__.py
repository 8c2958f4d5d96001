"""The start tab: the counsellor's day."""
